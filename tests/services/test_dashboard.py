"""The dashboard's lists, checked against the vault after the demo data and at chosen dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update

from inspector.services.dashboard import NextStep, dashboard
from inspector.services.findings import set_action_status
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault, unlock_vault
from inspector.vault.tables import (
    ActionStatus,
    Complaint,
    ComplaintStatus,
    CorrectiveAction,
    Inspection,
    InspectionStatus,
    Report,
)
from tests.conftest import PASSPHRASE, TemplateVault

_DEMO: dict[str, Path] = {}


def demo_template(template: TemplateVault, factory: pytest.TempPathFactory) -> Path:
    """A vault holding fill_demo's data, built once per run (it takes seconds) and copied by the
    tests that use it, here and in tests/gui."""
    from inspector.services.demo import fill_demo

    key = str(factory.getbasetemp())
    if key not in _DEMO:
        folder = factory.mktemp("demo") / "vault"
        shutil.copytree(template.folder, folder)
        with unlock_vault(folder, PASSPHRASE) as vault:
            fill_demo(vault)
        _DEMO[key] = folder
    return _DEMO[key]


@pytest.fixture
def demo_vault(
    template_vault: TemplateVault, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
):  # type: ignore[no-untyped-def]
    folder = tmp_path / "demo"
    shutil.copytree(demo_template(template_vault, tmp_path_factory), folder)
    vault = unlock_vault(folder, PASSPHRASE)
    yield vault
    vault.close()


def test_the_lists_hold_what_the_vault_says_after_the_demo(demo_vault: Vault) -> None:
    today = dt.date.today()
    with demo_vault.reading() as session:
        board = dashboard(session, today=today)
        inspections = list(session.scalars(select(Inspection)))
        actions = list(session.scalars(select(CorrectiveAction)))
        complaints = list(session.scalars(select(Complaint)))
        reported = set(session.scalars(select(Report.inspection_id)))
    status = {i.id: i.status for i in inspections}
    # Worked out here from every record, in Python, not by the service's queries.
    in_progress = {
        i.id
        for i in inspections
        if i.status in (InspectionStatus.DRAFT, InspectionStatus.IN_PROGRESS)
    }
    to_report = {
        i.id
        for i in inspections
        if i.status is InspectionStatus.COMPLETED
        or (i.status is InspectionStatus.LOCKED and i.id not in reported)
    }
    due = {
        a.id
        for a in actions
        if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        and status[a.inspection_id] in (InspectionStatus.COMPLETED, InspectionStatus.LOCKED)
        and a.deadline <= today + dt.timedelta(days=14)
    }
    waiting = {c.id for c in complaints if c.status is ComplaintStatus.RECEIVED}
    assert in_progress and to_report and due and waiting  # the demo has some of each
    assert {i.id for i in board.in_progress.items} == in_progress
    assert board.in_progress.total == len(in_progress)
    assert {i.id for i in board.to_report.items} == to_report
    assert board.to_report.total == len(to_report)
    assert {a.id for a in board.actions_due.items} == due
    assert board.actions_due.total == len(due)
    assert {c.id for c in board.complaints_waiting.items} == waiting
    assert board.complaints_waiting.total == len(waiting)
    deadlines = [a.deadline for a in board.actions_due.items]
    assert deadlines == sorted(deadlines)
    for item in board.to_report.items:
        expected = (
            NextStep.LOCK if status[item.id] is InspectionStatus.COMPLETED else NextStep.REPORT
        )
        assert item.next_step is expected
    # Actions of inspections still being worked on are proposals, not listed.
    proposals = [a for a in actions if status[a.inspection_id] is InspectionStatus.IN_PROGRESS]
    assert proposals and not {a.id for a in proposals} & {a.id for a in board.actions_due.items}


def _store_report(vault: Vault, inspection_id: uuid.UUID, *, internal: bool) -> None:
    content = b"%PDF-1.7 demo"
    with UnitOfWork(vault) as uow:
        uow.session.add(
            Report(
                id=uuid.uuid4(),
                inspection_id=inspection_id,
                language="en",
                internal=internal,
                paper="A4",
                sha256=hashlib.sha256(content).hexdigest(),
                size=len(content),
                content=content,
            )
        )


def test_a_locked_inspection_leaves_the_list_once_its_agency_report_is_stored(
    demo_vault: Vault,
) -> None:
    with demo_vault.reading() as session:
        before = dashboard(session)
    locked = next(i for i in before.to_report.items if i.next_step is NextStep.REPORT)
    _store_report(demo_vault, locked.id, internal=True)
    with demo_vault.reading() as session:
        after_internal = dashboard(session)
    assert locked.id in {i.id for i in after_internal.to_report.items}
    _store_report(demo_vault, locked.id, internal=False)
    with demo_vault.reading() as session:
        after = dashboard(session)
    assert locked.id not in {i.id for i in after.to_report.items}
    assert after.to_report.total == before.to_report.total - 1


def test_actions_enter_the_list_two_weeks_ahead_and_turn_overdue(demo_vault: Vault) -> None:
    with demo_vault.reading() as session:
        action = dashboard(session).actions_due.items[-1]
    deadline = action.deadline

    def listed(today: dt.date):  # type: ignore[no-untyped-def]
        with demo_vault.reading() as session:
            board = dashboard(session, today=today)
        return board, {a.id: a for a in board.actions_due.items}

    _board, items = listed(deadline - dt.timedelta(days=15))
    assert action.id not in items
    _board, items = listed(deadline - dt.timedelta(days=14))
    assert items[action.id].days_left == 14 and not items[action.id].overdue
    board, items = listed(deadline + dt.timedelta(days=2))
    assert items[action.id].overdue and items[action.id].days_left == -2
    overdue = sum(1 for a in board.actions_due.items if a.overdue)
    assert board.overdue_actions == overdue >= 1
    with UnitOfWork(demo_vault) as uow:
        set_action_status(uow, action.id, ActionStatus.DONE)
    _board, items = listed(deadline + dt.timedelta(days=2))
    assert action.id not in items


def test_lists_are_cut_to_the_limit_but_counts_are_not(demo_vault: Vault) -> None:
    with demo_vault.reading() as session:
        full = dashboard(session)
        short = dashboard(session, limit=2)
    assert full.actions_due.total > 2
    assert len(short.actions_due.items) == 2
    assert short.actions_due.total == full.actions_due.total
    assert short.actions_due.items == full.actions_due.items[:2]


def test_urgent_complaints_come_first(demo_vault: Vault) -> None:
    with UnitOfWork(demo_vault) as uow:
        uow.session.execute(update(Complaint).values(status=ComplaintStatus.RECEIVED))
    with demo_vault.reading() as session:
        items = dashboard(session).complaints_waiting.items
    assert len(items) >= 2
    urgent = [c.urgent for c in items]
    assert urgent == sorted(urgent, reverse=True) and urgent[0]
    registered = [c for c in items if c.agency_id is not None]
    assert registered and all(c.agency_name for c in items)


def test_the_backup_reminder_is_due_once_changes_wait_longer_than_the_delay(
    demo_vault: Vault, tmp_path: Path
) -> None:
    from inspector.services.backup import backup_vault
    from inspector.vault.types import utcnow

    later = utcnow() + dt.timedelta(days=8)
    with demo_vault.reading() as session:
        fresh = dashboard(session, backup_days=7)
        waited = dashboard(session, backup_days=7, now=later)
    assert not fresh.backup.due and fresh.backup.last_backup is None
    assert waited.backup.due and waited.backup.days_unsaved == 8
    backup_vault(demo_vault, tmp_path / "demo.backup")
    with demo_vault.reading() as session:
        saved = dashboard(session, backup_days=7, now=later)
    assert not saved.backup.due and saved.backup.last_backup is not None
