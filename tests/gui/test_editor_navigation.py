"""Moving through a checklist in the editor: next and previous section by button and key, the jump
list, the list of what is still to answer (by label and section, each a link), counters of what
is required, Complete and Lock that ask first, reopen and delete with a reason, a warning when the
agency already has an inspection under way, and the cursor starting on the first question."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from inspector.errors import NotFound
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import get_inspection, record_answer, start_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import AuditEvent, InspectionStatus
from tests.conftest import SMALL_COMPLIANT, small_form
from tests.gui.conftest import vault_of, wait_idle


def open_small(qtbot, window, context, licence: str = "NP-RA-9501"):  # type: ignore[no-untyped-def]
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(uow, AgencyData(licence, "Navigation Agency", "NP"))
        inspection = start_inspection(uow, agency, small_form())
    editor = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    return editor


def activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def section_of(view) -> str:  # type: ignore[no-untyped-def]
    return view.current_section()


def click_radio(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_next_previous_and_the_jump_list(qtbot, window, context) -> None:
    editor = open_small(qtbot, window, context)
    activate(qtbot, window)
    view = editor.form_view
    view.go_to_section("licence")
    assert not view.previous_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert section_of(view) == "fees"
    qtbot.keyClick(view.rows["fees_charged_to_workers"].input.focus_widget(), Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert section_of(view) == "documents"
    assert not view.next_button.isEnabled()
    qtbot.keyClick(view.sections, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert section_of(view) == "fees"
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert section_of(view) == "licence"
    qtbot.keyClick(view.sections, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert section_of(view) == "fees"
    assert view.jump.currentText() == "Fees and costs"
    view.jump.activated.emit(view.jump.findData("documents"))
    assert section_of(view) == "documents"


def test_what_is_still_to_answer_is_listed_by_label_and_section(qtbot, window, context) -> None:
    editor = open_small(qtbot, window, context)
    activate(qtbot, window)
    review = editor.review
    texts = [review.list.item(i).text() for i in range(review.list.count())]
    assert "Licence and legal status — Is the licence displayed? (not answered)" in texts
    assert not any("licence_displayed" in text for text in texts)  # no internal names
    assert editor.side.tabText(editor.side.indexOf(review)) == f"Still to answer ({len(texts)})"
    # Each entry goes to its question.
    item = next(review.list.item(i) for i in range(review.list.count())
                if "passports" in review.list.item(i).text())  # fmt: skip
    review.list.itemClicked.emit(item)
    view = editor.form_view
    assert section_of(view) == "documents"
    row = view.rows["passports_held"]
    assert row.isAncestorOf(QApplication.focusWidget()) or row.input.focus_widget().hasFocus()
    # The list follows the answers.
    click_radio(qtbot, row.input.buttons["no"])
    wait_idle(qtbot, context)
    after = [review.list.item(i).text() for i in range(review.list.count())]
    assert len(after) == len(texts) - 1
    assert not any("passports" in text for text in after)


def test_section_counters_count_what_is_required_and_tick_when_done(qtbot, window, context):  # type: ignore[no-untyped-def]
    editor = open_small(qtbot, window, context)
    view = editor.form_view
    licence = view.sections.item(0)
    assert licence.text() == "Licence and legal status  0/3"
    fees = view.sections.item(1)
    assert fees.text() == "Fees and costs  0/1"  # the optional notes are not counted
    view.go_to_section("licence")
    click_radio(qtbot, view.rows["licence_displayed"].input.buttons["yes"])
    wait_idle(qtbot, context)
    assert licence.text() == "Licence and legal status  1/3"
    with UnitOfWork(vault_of(context)) as uow:
        record_answer(uow, editor.inspection_id, "licence_expiry", "2030-06-30")
    click_radio(qtbot, view.rows["licence_in_scope"].input.buttons["yes"])
    wait_idle(qtbot, context)
    assert licence.text() == "Licence and legal status  3/3 ✓"


def test_focus_starts_on_the_first_unanswered_question(qtbot, window, context) -> None:
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(uow, AgencyData("NP-RA-9502", "Focus Agency", "NP"))
        inspection = start_inspection(uow, agency, small_form())
        record_answer(uow, inspection, "licence_displayed", "yes")
    editor = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    activate(qtbot, window)
    focus = QApplication.focusWidget()
    assert focus is not editor.complete_button
    assert editor.form_view.rows["licence_expiry"].isAncestorOf(focus)


def test_complete_and_lock_ask_first_and_reopen_takes_a_reason(qtbot, window, context) -> None:
    editor = open_small(qtbot, window, context)
    with UnitOfWork(vault_of(context)) as uow:
        for question, value in SMALL_COMPLIANT.items():
            record_answer(uow, editor.inspection_id, question, value)
    editor.reload()
    wait_idle(qtbot, context)
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    box = editor.confirm
    assert "Lock" in box.text() and "reopen" in box.text()
    box.reject()  # Cancel: nothing happens
    wait_idle(qtbot, context)
    assert editor.data.status == "in-progress"
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.mouseClick(editor.confirm.findChild(QPushButton, "confirmYes"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.data.status == "completed")
    assert editor.reopen_button.isEnabled() and not editor.delete_button.isEnabled()

    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    dialog = editor.reason_dialog
    assert not dialog.ok.isEnabled()  # no reason, no reopening
    qtbot.keyClicks(dialog.reason, "the agency sent the missing receipt")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.data.status == "in-progress")
    with vault_of(context).reading() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "inspection.reopened")
        ).one()
        assert event.details["reason"] == "the agency sent the missing receipt"

    editor.complete()
    wait_idle(qtbot, context)
    editor.confirm.accept()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.data.status == "completed")
    qtbot.mouseClick(editor.lock_button, Qt.MouseButton.LeftButton)
    assert "never changes again" in editor.confirm.text()
    editor.confirm.accept()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.data.status == "locked")
    assert not editor.reopen_button.isEnabled() and not editor.delete_button.isEnabled()
    with vault_of(context).reading() as session:
        assert get_inspection(session, editor.inspection_id).status is InspectionStatus.LOCKED


def test_a_draft_is_deleted_with_a_reason(qtbot, window, context) -> None:
    editor = open_small(qtbot, window, context)
    inspection_id = editor.inspection_id
    assert editor.delete_button.isEnabled()
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    dialog = editor.reason_dialog
    qtbot.keyClicks(dialog.reason, "started for the wrong agency")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.pages.get("inspections"))
    with vault_of(context).reading() as session:
        try:
            get_inspection(session, inspection_id)
            raise AssertionError("the inspection is still there")
        except NotFound:
            pass
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "inspection.deleted")
        ).one()
        assert event.details["reason"] == "started for the wrong agency"


def test_starting_a_second_inspection_offers_the_one_under_way(qtbot, window, context) -> None:
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(uow, AgencyData("NP-RA-9503", "Busy Agency", "NP"))
        first = start_inspection(uow, agency, small_form())
        record_answer(uow, first, "licence_displayed", "yes")
        reference = get_inspection(uow.session, first).reference
    dialog = window.workspace.start_inspection(agency)
    assert dialog.under_way.isVisibleTo(dialog)
    assert reference in dialog.under_way.text() and "under way" in dialog.under_way.text()
    qtbot.mouseClick(dialog.open_existing, Qt.MouseButton.LeftButton)
    editor = window.workspace.editor
    assert editor is not None and editor.inspection_id == first
    # An agency with nothing under way: no warning.
    with UnitOfWork(vault_of(context)) as uow:
        quiet = create_agency(uow, AgencyData("NP-RA-9504", "Quiet Agency", "NP"))
    other = window.workspace.start_inspection(quiet)
    assert not other.under_way.isVisibleTo(other)
    assert isinstance(first, uuid.UUID)
