"""Corrective actions followed up through the widgets: marked done from the dashboard (its
overdue list shrinks), verified from the agency's page, a refused date or note shown in the
dialog, and a follow-up inspection started from an overdue action and from the agency."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from sqlalchemy import select

from inspector.gui.editor.editor import InspectionEditor
from inspector.vault.tables import ActionStatus, CorrectiveAction, Inspection, InspectionKind
from tests.gui.conftest import wait_idle
from tests.gui.test_dashboard import vault_folder  # noqa: F401 - the demo data, one action overdue
from tests.gui.test_inspection_editor import click


def _action(context, action_id):  # type: ignore[no-untyped-def]
    def work(session):  # type: ignore[no-untyped-def]
        action = session.get(CorrectiveAction, action_id)
        session.expunge(action)
        return action

    return context.read_now(work)


def test_marking_an_overdue_action_done_shrinks_the_dashboard_list(qtbot, window) -> None:
    page = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    board = page.dashboard
    overdue, listed = board.overdue_actions, page.actions.tree.topLevelItemCount()
    assert overdue >= 1
    tools = page.action_tools
    assert not tools.done_button.isEnabled()  # nothing chosen yet
    row = page.actions.tree.topLevelItem(0)  # the most overdue first
    page.actions.tree.setCurrentItem(row)
    row.setSelected(True)
    assert tools.done_button.isEnabled() and tools.verify_button.isEnabled()
    action_id = row.data(2, 256).id
    click(qtbot, tools.done_button)
    dialog = tools.dialog
    qtbot.waitExposed(dialog)
    assert row.text(2) in [w.text() for w in dialog.findChildren(type(dialog.error))]
    # No note: refused, the dialog stays open with the reason.
    click(qtbot, dialog.ok)
    wait_idle(qtbot, window.context)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "a note" in dialog.error.text() and dialog.isVisible()
    assert dialog.date.maximumDate() == QDate.currentDate()  # no date in the future
    qtbot.keyClicks(dialog.note, "Refund receipts for every worker seen")
    click(qtbot, dialog.ok)
    wait_idle(qtbot, window.context)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, window.context)
    stored = _action(window.context, action_id)
    assert stored.status is ActionStatus.DONE and stored.done_on == dt.date.today()
    assert stored.done_note == "Refund receipts for every worker seen"
    qtbot.waitUntil(lambda: page.actions.tree.topLevelItemCount() == listed - 1)
    assert page.dashboard.overdue_actions == overdue - 1


def test_verify_from_the_agency_page(qtbot, window) -> None:
    context = window.context
    action = context.read_now(
        lambda s: s.scalar(
            select(CorrectiveAction)
            .join(Inspection, Inspection.id == CorrectiveAction.inspection_id)
            .where(Inspection.status.in_(["completed", "locked"]))
            .order_by(CorrectiveAction.deadline)
            .limit(1)
        )
    )
    agency_id = context.read_now(lambda s: s.get(Inspection, action.inspection_id).agency_id)
    page = window.workspace.open_agency(agency_id)
    detail = page.detail
    wait_idle(qtbot, context)
    detail.tabs.setCurrentIndex(2)
    ids = [a.id for a in detail.overview.open_actions]
    row = detail.actions.topLevelItem(ids.index(action.id))
    detail.actions.setCurrentItem(row)
    row.setSelected(True)
    click(qtbot, detail.action_tools.verify_button)
    dialog = detail.action_tools.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.note, "Visited on site: the fee notice is displayed")
    click(qtbot, dialog.ok)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = _action(context, action.id)
    assert stored.status is ActionStatus.VERIFIED and stored.verified_on == dt.date.today()
    assert stored.verification == "Visited on site: the fee notice is displayed"
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: action.id not in [a.id for a in detail.overview.open_actions])


def _opened_follow_up(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(window.workspace.editor, InspectionEditor), timeout=20_000)
    editor = window.workspace.editor
    return window.context.read_now(lambda s: s.get(Inspection, editor.inspection_id))


def test_a_follow_up_starts_from_an_overdue_action_and_from_the_agency(qtbot, window) -> None:
    page = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    row = page.actions.tree.topLevelItem(0)
    page.actions.tree.setCurrentItem(row)
    row.setSelected(True)
    action = _action(window.context, row.data(2, 256).id)
    click(qtbot, page.action_tools.follow_up_button)
    wait_idle(qtbot, window.context)
    inspection = _opened_follow_up(qtbot, window)
    assert inspection.kind is InspectionKind.FOLLOW_UP
    assert inspection.follows_up_id == action.inspection_id
    first = inspection.id

    agency_id = inspection.agency_id
    agencies = window.workspace.open_agency(agency_id)
    wait_idle(qtbot, window.context)
    assert agencies.detail.follow_up.isEnabled()
    before = window.workspace.editor
    click(qtbot, agencies.detail.follow_up)
    wait_idle(qtbot, window.context)
    qtbot.waitUntil(lambda: window.workspace.editor is not before)
    # The follow-up already under way opens again: no second one.
    assert _opened_follow_up(qtbot, window).id == first
