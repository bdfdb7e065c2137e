"""The Data page: a registry file previewed (first rows and every problem) before anything is
stored, then imported; a backup made from the page; an export with confidential data only after
the warning is accepted."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from inspector.vault.backup import read_manifest, restore_backup
from inspector.vault.store import unlock_vault
from inspector.vault.tables import Agency
from tests.conftest import PASSPHRASE
from tests.gui.conftest import vault_of, wait_idle


def _count(context) -> int:  # type: ignore[no-untyped-def]
    with vault_of(context).reading() as session:
        return session.scalar(select(func.count()).select_from(Agency)) or 0


def _cells(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [model.item(row, column).text() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_import_preview_shows_rows_and_problems_before_anything_is_stored(
    qtbot, window, context, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registry.csv"
    path.write_text(
        "Licence No,Name of agency,Country,Expiry date\n"
        "NP-1,Everest Manpower,NP,31/12/2027\n"
        "NP-2,,NP,\n"
        "NP-3,Lumbini Jobs,NP,31/02/2027\n"
        "NP-4,Annapurna Overseas,np,2027-06-30\n"
        "NP-5,Pokhara Placement,NP,\n",
        "utf-8",
    )
    page = window.workspace.show_page("data")
    box = page.registry
    box.preview_registry(path)
    qtbot.waitUntil(lambda: box.import_button.isEnabled(), timeout=30_000)

    preview = _cells(box.preview_model)
    assert preview[0] == ["2", "NP-1", "Everest Manpower", "NP", "31/12/2027"]
    assert len(preview) == 5
    problems = _cells(box.problems_model)
    assert [row[:2] for row in problems] == [["3", "B (Name of agency)"], ["4", "D (Expiry date)"]]
    assert "'31/02/2027' is not a date" in problems[1][2]
    assert "3 good, 2 rejected" in box.summary.text()
    assert box.import_button.text().replace("&", "") == "Import 3 agencies"
    assert _count(context) == 0  # a preview stores nothing

    box.all_or_nothing.setChecked(True)
    box.import_button.click()
    assert "Nothing was imported" in box.summary.text()
    assert _count(context) == 0

    box.all_or_nothing.setChecked(False)
    box.import_button.click()
    wait_idle(qtbot, context)
    assert _count(context) == 3
    assert "3 new agencies" in box.summary.text()
    assert not box.import_button.isEnabled()


def test_a_backup_from_the_page(qtbot, window, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.workspace.show_page("data")
    wait_idle(qtbot, context)
    assert "never been backed up" in page.backup_state.text()
    target = tmp_path / "drive" / "backup.zip"
    target.parent.mkdir()
    page.backup_to(target)
    wait_idle(qtbot, context)
    assert "Backup written to" in page.backup_message.text(), page.backup_message.text()
    qtbot.waitUntil(lambda: "Last backup" in page.backup_state.text(), timeout=30_000)
    assert read_manifest(target).vault_id == vault_of(context).vault_id
    restored = restore_backup(target, tmp_path / "restored", passphrase=PASSPHRASE)
    with unlock_vault(restored.folder, PASSPHRASE) as copy:
        assert copy.check_integrity() == []

    # The open vault's own folder is refused as a place to restore into.
    page.restore_from(target, context.folder, PASSPHRASE)
    assert "Choose another folder" in page.backup_message.text()


def test_confidential_export_only_after_the_warning(qtbot, window, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.workspace.show_page("data")
    page.include_confidential.setChecked(True)
    assert isinstance(page.question, QMessageBox)
    page.question.button(QMessageBox.StandardButton.No).click()
    assert not page.include_confidential.isChecked()

    page.export_format.setCurrentIndex(page.export_format.findData("json"))
    page.export_to(tmp_path / "out")
    wait_idle(qtbot, context)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    assert manifest["include_confidential"] is False
    assert "Exported" in page.export_message.text()


def test_the_backup_result_shows_in_view(qtbot, window, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 720)
    page = window.workspace.show_page("data")
    wait_idle(qtbot, context)
    page.backup_to(tmp_path / "backup.zip")
    wait_idle(qtbot, context)
    assert "Backup written to" in page.backup_message.text()
    # On screen, inside the page's scrolled area, not below its lower edge.
    qtbot.waitUntil(lambda: not page.backup_message.visibleRegion().isEmpty(), timeout=5_000)
    viewport = page.scroll.viewport()
    top_left = page.backup_message.mapTo(viewport, page.backup_message.rect().topLeft())
    assert 0 <= top_left.y() < viewport.height()


def test_switching_language_keeps_the_import_preview(
    qtbot, window, context, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from inspector.gui.i18n import install_translators

    path = tmp_path / "registry.csv"
    path.write_text(
        "Licence No,Name of agency,Country\nNP-1,Everest Manpower,NP\nNP-2,,NP\n", "utf-8"
    )
    box = window.workspace.show_page("data").registry
    box.preview_registry(path)
    qtbot.waitUntil(lambda: box.import_button.isEnabled(), timeout=30_000)
    try:
        context.settings.language = "fr"
        context.save_settings()  # the main window builds its views again, in French
        box = window.workspace.page("data").registry
        assert window.workspace.state() == {"page": "data"}
        assert _cells(box.preview_model)[0] == ["2", "NP-1", "Everest Manpower", "NP"]
        assert box.file.text() == str(path)
        assert box.import_button.text().replace("&", "") == "Importer 1 agence"
        box.import_button.click()
        wait_idle(qtbot, context)
        assert _count(context) == 1
    finally:
        install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
