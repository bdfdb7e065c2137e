"""Evidence through the widgets: a caption asked for each file of a pick, naming it; removal
asks first and then takes the file out of the inspection; a caption changed later; a photo linked
to its finding; a double-click shows the photo full size; a file that is not what its name says
is refused, its name in the message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from inspector.gui.editor.editor import InspectionEditor
from inspector.gui.editor.evidence import EvidenceList
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import answers_of, record_answer, start_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Attachment, Finding
from tests.conftest import SMALL_COMPLIANT, small_form
from tests.gui.conftest import vault_of, wait_idle
from tests.gui.test_inspection_editor import click, drop_file, write_photo


@pytest.fixture
def files(qtbot, window, context) -> EvidenceList:  # type: ignore[no-untyped-def]
    """The passport photo question of an open inspection (the agency holds passports)."""
    vault = vault_of(context)
    with UnitOfWork(vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-GUI-EV", "Evidence Widgets Agency", "NP"))
        inspection_id = start_inspection(uow, agency_id, small_form(), team=["A. Inspector"])
        for path, value in {**SMALL_COMPLIANT, "passports_held": "yes"}.items():
            record_answer(uow, inspection_id, path, value)
    editor = window.workspace.open_inspection(inspection_id)
    assert isinstance(editor, InspectionEditor)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    editor.form_view.go_to("passport_photo")
    evidence = editor.form_view.rows["passport_photo"].evidence
    assert evidence is not None
    return evidence


def _stored(context) -> dict[str, Attachment]:  # type: ignore[no-untyped-def]
    with vault_of(context).reading() as session:
        rows = session.scalars(select(Attachment)).all()
        for row in rows:
            session.expunge(row)
    return {row.filename: row for row in rows}


def _pick(qtbot, context, files: EvidenceList, paths: list[Path], captions: list[str]):  # type: ignore[no-untyped-def]
    files.ask_captions(paths)
    dialog = files.dialog
    qtbot.waitExposed(dialog)
    for path, label in zip(paths, dialog.labels, strict=True):
        assert path.name in label.text()
    for edit, caption in zip(dialog.edits, captions, strict=True):
        qtbot.keyClicks(edit, caption)
    click(qtbot, dialog.ok)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: files.list.count() == len(paths))


def _select(files: EvidenceList, filename: str) -> None:
    for row in range(files.list.count()):
        item = files.list.item(row)
        if files.thumbnails[item.data(Qt.ItemDataRole.UserRole)].filename == filename:
            files.list.setCurrentItem(item)
            return
    raise AssertionError(filename)


def test_each_file_of_a_pick_gets_its_own_caption(qtbot, context, files, tmp_path):  # type: ignore[no-untyped-def]
    paths = [write_photo(tmp_path / "drawer.png"), write_photo(tmp_path / "safe.png")]
    _pick(qtbot, context, files, paths, ["Passports in the drawer", "The office safe"])
    stored = _stored(context)
    assert stored["drawer.png"].caption == "Passports in the drawer"
    assert stored["safe.png"].caption == "The office safe"
    shown = {files.list.item(i).text() for i in range(files.list.count())}
    assert shown == {"Passports in the drawer", "The office safe"}


def test_remove_asks_first_then_takes_the_file_out(qtbot, context, files, tmp_path):  # type: ignore[no-untyped-def]
    paths = [write_photo(tmp_path / "drawer.png"), write_photo(tmp_path / "safe.png")]
    _pick(qtbot, context, files, paths, ["one", "two"])
    _select(files, "drawer.png")
    click(qtbot, files.remove_button)
    box = files.dialog
    assert isinstance(box, QMessageBox) and "drawer.png" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    wait_idle(qtbot, context)
    assert set(_stored(context)) == {"drawer.png", "safe.png"}

    _select(files, "drawer.png")
    click(qtbot, files.remove_button)
    box = files.dialog
    remove = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    click(qtbot, remove)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: files.list.count() == 1)
    stored = _stored(context)
    assert set(stored) == {"safe.png"}
    with vault_of(context).reading() as session:
        inspection_id = stored["safe.png"].inspection_id
        assert answers_of(session, inspection_id)["passport_photo"] == [str(stored["safe.png"].id)]


def test_caption_edited_and_photo_linked_to_its_finding(qtbot, context, files, tmp_path):  # type: ignore[no-untyped-def]
    _pick(qtbot, context, files, [write_photo(tmp_path / "pile.png")], [""])
    _select(files, "pile.png")
    click(qtbot, files.caption_button)
    dialog = files.dialog
    assert "pile.png" in dialog.label.text()
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "Twelve passports on the desk")
    click(qtbot, dialog.ok)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: files.list.item(0).text() == "Twelve passports on the desk")
    assert _stored(context)["pile.png"].caption == "Twelve passports on the desk"

    _select(files, "pile.png")
    click(qtbot, files.link_button)
    link = files.dialog
    assert link.combo.count() == 2  # "(no finding)" and the passports finding
    link.combo.setCurrentIndex(1)
    click(qtbot, link.ok)
    wait_idle(qtbot, context)
    with vault_of(context).reading() as session:
        finding = session.scalar(select(Finding).where(Finding.rule_id == "passports-held"))
        assert _stored(context)["pile.png"].finding_id == finding.id
    qtbot.waitUntil(lambda: "Passports retained" in files.list.item(0).toolTip())


def test_double_click_shows_the_photo_full_size(qtbot, context, files, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    path = tmp_path / "wall.png"
    image.save(str(path), "PNG")
    drop_file(files, path)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: files.list.count() == 1)
    item = files.list.item(0)
    rect = files.list.visualItemRect(item)
    # A person's double-click: a press and release, then the double-click event.
    qtbot.mouseClick(files.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(files.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, context)
    qtbot.waitUntil(
        lambda: files.dialog is not None and files.dialog.objectName() == "previewDialog"
    )
    pixmap = files.dialog.picture.pixmap()
    assert (pixmap.width(), pixmap.height()) == (800, 600)


def test_a_file_that_is_not_what_its_name_says_is_refused(qtbot, context, files, tmp_path):  # type: ignore[no-untyped-def]
    fake = tmp_path / "contract.pdf"
    fake.write_bytes(os.urandom(256 * 1024))
    drop_file(files, fake)
    wait_idle(qtbot, context)
    row = files.parent()
    qtbot.waitUntil(lambda: row.problem.isVisible())
    assert "contract.pdf" in row.problem.text() and "not a readable PDF" in row.problem.text()
    assert _stored(context) == {}
