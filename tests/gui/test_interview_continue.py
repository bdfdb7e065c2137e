"""Worker interviews through the widgets: the Interviews tab marks an unfinished interview,
Continue opens it where it stopped with its answers, finishing it there clears the mark; Complete
with an unfinished interview says how many and offers to go back or complete anyway."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from inspector.gui.editor.editor import InspectionEditor
from inspector.services.inspections import get_inspection
from inspector.vault.tables import InspectionStatus
from tests.gui.conftest import vault_of, wait_idle
from tests.gui.test_inspection_editor import answer, click
from tests.services.test_interview_progress import STARTED, _interview
from tests.services.test_interview_progress import inspection as inspection


@pytest.fixture
def editor(qtbot, window, context, inspection) -> InspectionEditor:  # type: ignore[no-untyped-def]
    vault = vault_of(context)
    _interview(vault, inspection, STARTED)
    opened = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: opened.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    return opened  # type: ignore[no-any-return]


def test_an_unfinished_interview_is_continued(qtbot, context, editor) -> None:  # type: ignore[no-untyped-def]
    interviews = editor.interviews
    assert interviews.list.count() == 1
    item = interviews.list.item(0)
    assert "unfinished, 5 required answers missing" in item.text()
    interviews.list.setCurrentItem(item)
    click(qtbot, interviews.continue_button)
    dialog = editor.interview_dialog
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.form_view)
    view = dialog.form_view
    # The answers given before are there.
    selection = view.rows["selection"].input
    assert selection.buttons["inspector_sample"].isChecked()
    for path in ("private_setting", "interview_language", "interpreter_used", "fl_indicators",
                 "referral_needed"):  # fmt: skip
        view.go_to(path)
        answer(qtbot, view.rows[path], "no")
        wait_idle(qtbot, context)
    click(qtbot, dialog.findChild(type(dialog.start), "interviewDone"))
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: "finished" in interviews.list.item(0).text()
                    and "unfinished" not in interviews.list.item(0).text())  # fmt: skip


def test_complete_says_how_many_interviews_are_unfinished(qtbot, context, editor) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, editor.complete_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: getattr(editor, "complete_anyway", None) is not None)
    box = editor.complete_anyway
    assert "1 unfinished worker interview" in box.text()
    assert "1 unfinished worker interview" in editor.banner.text()
    back = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    assert box.defaultButton() is back
    click(qtbot, back)
    wait_idle(qtbot, context)
    with vault_of(context).reading() as session:
        assert get_inspection(session, editor.inspection_id).status is InspectionStatus.IN_PROGRESS

    click(qtbot, editor.complete_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.complete_anyway is not box)
    box = editor.complete_anyway
    anyway = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    click(qtbot, anyway)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.data is not None and editor.data.status == "completed")
