"""A derived finding's title and corrective action show in the window's language (they are
stored in the checklist's first language); a finding the inspector typed keeps its text."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from inspector.gui.editor.evidence import EvidenceList
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.evidence import add_attachment, link_to_finding
from inspector.services.findings import add_corrective_action, add_finding
from inspector.services.inspections import record_answer, start_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Finding, Severity
from tests.conftest import PASSPHRASE, small_form
from tests.gui.conftest import vault_of, wait_idle
from tests.services.test_dashboard import demo_template


@pytest.fixture
def french(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from inspector.gui.i18n import install_translators

    install_translators(QApplication.instance(), "fr")  # type: ignore[arg-type]
    yield
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def french_window(qtbot, folder):  # type: ignore[no-untyped-def]
    from inspector.gui.context import AppContext
    from inspector.gui.main_window import MainWindow
    from inspector.settings import Settings
    from inspector.vault.store import unlock_vault

    context = AppContext(folder, Settings(language="fr"))
    context.open(unlock_vault(folder, PASSPHRASE))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window._open_workspace()
    return window


def test_the_findings_panel_shows_the_rules_wording_in_french(qtbot, french, vault_folder) -> None:  # type: ignore[no-untyped-def]
    window = french_window(qtbot, vault_folder)
    context = window.context
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(uow, AgencyData("NP-RA-9402", "Agence Test", "NP"))
        inspection = start_inspection(uow, agency, small_form())
    with UnitOfWork(vault_of(context)) as uow:
        record_answer(uow, inspection, "licence_displayed", "no")
        typed = add_finding(uow, inspection, severity=Severity.MINOR, title="Registre incomplet")
        add_corrective_action(uow, typed, "Tenir the register up to date", _in_days(30))
        record_answer(uow, inspection, "passports_held", "yes")
        photo = add_attachment(uow, inspection, b"seen", filename="passports.txt")
        photo_id = photo.id
        record_answer(uow, inspection, "passport_photo", [str(photo_id)])
        derived = uow.session.scalars(
            select(Finding.id).where(Finding.rule_id == "licence-not-displayed")
        ).one()
        link_to_finding(uow, inspection, photo_id, derived)
    editor = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    tree = editor.findings.tree
    shown = {
        tree.topLevelItem(i).text(1): [
            tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }
    assert set(shown) == {"Licence non affichée", "Passeports retenus", "Registre incomplet"}
    assert any(line.endswith(": Afficher la licence") for line in shown["Licence non affichée"])
    assert any(
        line.endswith(": Tenir the register up to date") for line in shown["Registre incomplet"]
    )
    files = [w for w in editor.form_view.findChildren(EvidenceList) if w.list.count()]
    tips = [f.list.item(i).toolTip() for f in files for i in range(f.list.count())]
    assert any("Licence non affichée" in tip for tip in tips), tips
    context.close_vault()


def _in_days(days: int):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.today() + dt.timedelta(days=days)


def french_actions() -> set[str]:
    from inspector.checklists.loader import load_file
    from tests.conftest import ROOT

    return {
        rule.corrective_action["fr"]
        for name in ("agency-inspection", "follow-up-inspection")
        for _question, rule in load_file(ROOT / "forms" / f"{name}.yaml").rules().values()
        if rule.corrective_action
    }


def test_the_dashboard_lists_corrective_actions_in_french(  # type: ignore[no-untyped-def]
    qtbot, french, template_vault, tmp_path_factory, tmp_path
) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template(template_vault, tmp_path_factory), folder)
    window = french_window(qtbot, folder)
    page = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    tree = page.actions.tree
    actions = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert actions
    assert set(actions) <= french_actions()  # no English left, e.g. "Stop all recruitment…"
    window.context.close_vault()
