"""Counts in the window agree with their number, in each language: a registry of one agency is
"1 new agency" ("1 nouvelle agence", "1 agencia nueva"), never "1 new agencies"; English gets its
singular from inspector_en.ts (Qt's %n plurals)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_idle


@pytest.fixture
def use_language() -> Iterator:  # type: ignore[type-arg]
    from inspector.gui.i18n import install_translators

    app = QApplication.instance()
    yield lambda language: install_translators(app, language)  # type: ignore[arg-type]
    install_translators(app, "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "read", "button", "imported"),
    [
        (
            "en",
            "2 rows read: 1 good, 1 rejected.",
            "Import 1 agency",
            "Imported: 1 new agency, 0 updated, 0 unchanged, 1 row rejected.",
        ),
        (
            "fr",
            "2 lignes lues : 1 valide, 1 rejetée.",
            "Importer 1 agence",
            "Importé : 1 nouvelle agence, 0 mise à jour, 0 inchangée, 1 ligne rejetée.",
        ),
        (
            "es",
            "2 filas leídas: 1 válida, 1 rechazada.",
            "Importar 1 agencia",
            "Importado: 1 agencia nueva, 0 actualizadas, 0 sin cambios, 1 fila rechazada.",
        ),
    ],
)
def test_a_registry_of_one_agency_is_counted_in_the_singular(
    qtbot, window, context, use_language, tmp_path: Path, language, read, button, imported
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registry.csv"
    path.write_text(
        "Licence No,Name of agency,Country\nNP-1,Everest Manpower,NP\nNP-2,,NP\n", "utf-8"
    )
    use_language(language)
    box = window.workspace.show_page("data").registry
    box.preview_registry(path)
    qtbot.waitUntil(lambda: box.import_button.isEnabled(), timeout=30_000)
    first = box.summary.text().splitlines()[0]
    assert re.sub(r" \(.*?\)", "", first) == read  # the file's encoding left out
    assert box.import_button.text().replace("&", "") == button

    box.import_button.click()
    wait_idle(qtbot, context)
    assert box.summary.text() == imported


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("en", "with 1 attachment.", "with 3 attachments."),
        ("fr", "avec 1 pièce jointe.", "avec 3 pièces jointes."),
        ("es", "con 1 adjunto.", "con 3 adjuntos."),
    ],
)
def test_the_evidence_package_counts_its_attachments(
    qtbot, use_language, language: str, one: str, three: str
) -> None:  # type: ignore[no-untyped-def]
    """The words the Data page shows after saving a package (its source is checked against the
    page's code by test_translations)."""
    use_language(language)
    source = "Evidence package of {reference} saved to {path}, with %n attachments."
    said = [QCoreApplication.translate("DataPage", source, "", n) for n in (1, 3)]
    assert said[0].endswith(one) and said[1].endswith(three), said


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Not yet sent: 1 record and 3 files."),
        ("fr", "Pas encore envoyés : 1 enregistrement et 3 fichiers."),
        ("es", "Pendientes de envío: 1 registro y 3 archivos."),
    ],
)
def test_what_is_not_yet_sent_is_counted_in_the_singular_and_the_plural(
    use_language, language: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from inspector.gui.sync_texts import waiting_text

    use_language(language)
    status = SimpleNamespace(records_waiting=1, files_waiting=3)
    assert waiting_text(status) == said  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "one", "expires"),
    [
        ("en", "1 inspection", "Expires in 1 day"),
        ("fr", "1 inspection", "Expire dans 1 jour"),
        ("es", "1 inspección", "Caduca en 1 día"),
    ],
)
def test_one_inspection_and_one_day_in_the_window(
    qtbot, window, context, use_language, language: str, one: str, expires: str
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from inspector.services.agencies import AgencyData, create_agency
    from inspector.services.inspections import start_inspection
    from inspector.services.uow import UnitOfWork
    from tests.conftest import small_form
    from tests.gui.conftest import vault_of

    use_language(language)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(
            uow, AgencyData("NP-RA-9403", "Agence Test", "NP", licence_valid_until=tomorrow)
        )
        start_inspection(uow, agency, small_form())
    page = window.workspace.show_page("inspections")
    wait_idle(qtbot, context)
    assert page.count.text() == one
    agencies = window.workspace.show_page("agencies")
    wait_idle(qtbot, context)
    from inspector.gui.agency_model import COLUMNS

    model = agencies.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    tooltip = model.index(0, COLUMNS.index("expiry")).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == expires
