"""Acceptance: switching to French in the settings shows French labels in the window and in the
checklist of the open inspection; switching back restores English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import start_inspection
from inspector.services.uow import UnitOfWork
from tests.conftest import small_form
from tests.gui.conftest import vault_of, wait_idle


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    from inspector.gui.i18n import install_translators

    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def nav_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    nav = window.workspace.nav
    return [nav.item(i).text() for i in range(nav.count())]


def test_french_in_the_window_and_in_the_checklist(qtbot, window, context) -> None:
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(uow, AgencyData("NP-RA-9401", "Agence Test", "NP"))
        inspection = start_inspection(uow, agency, small_form())
    settings = window.workspace.show_page("settings")
    settings.language.setCurrentIndex(settings.language.findData("fr"))
    wait_idle(qtbot, context)
    assert nav_texts(window)[:3] == ["Tableau de bord", "Agences", "Inspections"]

    editor = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    assert editor.complete_button.text().replace("&", "") == "Terminer"
    row = editor.form_view.rows["licence_displayed"]
    assert row.label.text().startswith("La licence est-elle affichée ?")
    assert [b.text() for b in row.input.buttons.values()] == ["Oui", "Non", "Sans objet"]
    assert editor.form_view.sections.item(0).text().startswith("Licence et statut juridique")

    settings = window.workspace.show_page("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    wait_idle(qtbot, context)
    assert nav_texts(window)[:3] == ["Dashboard", "Agencies", "Inspections"]
