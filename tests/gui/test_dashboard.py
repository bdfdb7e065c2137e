"""The dashboard after the demo data: its four lists hold what the vault holds, overdue actions
stand out, and a row opens its inspection."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, update

from inspector.gui import labels
from inspector.vault.store import unlock_vault
from inspector.vault.tables import (
    Complaint,
    ComplaintStatus,
    CorrectiveAction,
    Inspection,
    InspectionStatus,
)
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_idle
from tests.services.test_dashboard import demo_template

OVERDUE_DAYS = 3


@pytest.fixture
def vault_folder(template_vault, tmp_path_factory, tmp_path):  # type: ignore[no-untyped-def]
    """The demo data, with one corrective action of the completed inspection made overdue."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template(template_vault, tmp_path_factory), folder)
    with unlock_vault(folder, PASSPHRASE) as vault, vault.engine.begin() as conn:
        completed = select(Inspection.id).where(Inspection.status == InspectionStatus.COMPLETED)
        first = conn.scalar(
            select(CorrectiveAction.id)
            .where(CorrectiveAction.inspection_id.in_(completed.scalar_subquery()))
            .order_by(CorrectiveAction.deadline, CorrectiveAction.id)
            .limit(1)
        )
        conn.execute(
            update(CorrectiveAction)
            .where(CorrectiveAction.id == first)
            .values(deadline=dt.date.today() - dt.timedelta(days=OVERDUE_DAYS))
        )
    return folder


def counts(context) -> dict[str, int]:  # type: ignore[no-untyped-def]
    today = dt.date.today()

    def work(session):  # type: ignore[no-untyped-def]
        def count(query):  # type: ignore[no-untyped-def]
            return session.scalar(select(func.count()).select_from(query.subquery()))

        done = ("completed", "locked")
        actions = (
            select(CorrectiveAction.id)
            .join(Inspection, Inspection.id == CorrectiveAction.inspection_id)
            .where(Inspection.status.in_(done))
            .where(CorrectiveAction.status.in_(["open", "in-progress"]))
        )
        return {
            "in_progress": count(
                select(Inspection.id).where(Inspection.status.in_(["draft", "in-progress"]))
            ),
            # The demo stores no reports: every locked inspection is still to report.
            "to_report": count(select(Inspection.id).where(Inspection.status.in_(done))),
            "actions": count(
                actions.where(CorrectiveAction.deadline <= today + dt.timedelta(days=14))
            ),
            "overdue": count(actions.where(CorrectiveAction.deadline < today)),
            "oldest_days": (
                today
                - session.scalar(
                    select(func.min(CorrectiveAction.deadline)).where(
                        CorrectiveAction.id.in_(actions.scalar_subquery())
                    )
                )
            ).days,
            "complaints": count(
                select(Complaint.id).where(Complaint.status == ComplaintStatus.RECEIVED)
            ),
        }

    return context.read_now(work)


def test_dashboard_lists_match_the_vault_after_the_demo(qtbot, window) -> None:
    page = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    expected = counts(window.context)
    assert all(expected.values())  # something in every list, overdue actions among them
    overdue_count = expected["overdue"]
    assert page.in_progress.tree.topLevelItemCount() == expected["in_progress"]
    assert page.to_report.tree.topLevelItemCount() == expected["to_report"]
    assert page.actions.tree.topLevelItemCount() == expected["actions"]
    assert page.complaints.tree.topLevelItemCount() == expected["complaints"]
    assert page.in_progress.title() == f"In &progress ({expected['in_progress']})"
    assert page.to_report.title() == f"To &lock or report ({expected['to_report']})"
    assert page.actions.title() == (
        f"Corrective actions &due within 14 days or overdue ({expected['actions']}; "
        f"{overdue_count} overdue)"
    )
    assert page.complaints.title() == f"Complaints a&waiting action ({expected['complaints']})"

    overdue = page.actions.tree.topLevelItem(0)  # soonest deadline first: the most overdue
    assert overdue.text(1) == f"overdue by {expected['oldest_days']} days"
    assert overdue.foreground(2).color().name() == "#b00020"
    last_overdue = page.actions.tree.topLevelItem(overdue_count - 1)
    assert last_overdue.foreground(2).color().name() == "#b00020"
    if expected["actions"] > overdue_count:
        first_due = page.actions.tree.topLevelItem(overdue_count)
        assert first_due.foreground(2).color().name() != "#b00020"
    steps = {page.to_report.tree.topLevelItem(i).text(2) for i in range(expected["to_report"])}
    assert steps == {"Lock, then report", "Build the report"}


def reference_of_open_inspection(window) -> str:  # type: ignore[no-untyped-def]
    editor = window.workspace.editor
    assert editor is not None
    query = select(Inspection.reference).where(Inspection.id == editor.inspection_id)
    return window.context.read_now(lambda s: s.scalar(query))  # type: ignore[no-any-return]


def test_a_row_opens_its_inspection(qtbot, window) -> None:
    page = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    item = page.in_progress.tree.topLevelItem(0)
    page.in_progress.tree.setCurrentItem(item)
    qtbot.keyClick(page.in_progress.tree, Qt.Key.Key_Return)
    assert reference_of_open_inspection(window) == item.text(0)

    page = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    action = page.actions.tree.topLevelItem(0)
    page.actions.tree.setCurrentItem(action)
    qtbot.keyClick(page.actions.tree, Qt.Key.Key_Return)
    assert reference_of_open_inspection(window) == action.text(4)


def test_locking_clears_the_lists(qtbot, window) -> None:
    page = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    assert page.actions.tree.topLevelItemCount() > 0
    window.lock()
    for section in page.sections:
        assert section.tree.topLevelItemCount() == 0
    assert "…" in page.in_progress.title()


def test_the_dashboard_reminds_of_changes_in_no_backup(qtbot, window) -> None:
    page = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    assert not page.backup.isVisible()  # the demo's changes are minutes old; the delay is 7 days
    assert "last backup: never" in page.status.text()
    # A delay of 0 days (below what the settings page offers) makes every unsaved change due.
    window.context.settings.backup_reminder_days = 0
    page.refresh()
    wait_idle(qtbot, window.context)
    assert page.backup.isVisible()
    today = labels.date_text(dt.date.today())
    assert page.backup.text().startswith(f"Changes made since {today} are in no backup yet")
