"""Counts in the window agree with their number, in each language: a registry of one agency is
"1 new agency" ("1 nouvelle agence", "1 agencia nueva"), never "1 new agencies"; English gets its
singular from inspector_en.ts (Qt's %n plurals)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
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
