"""What needs the inspector's attention: inspections in progress, inspections to lock or report,
corrective actions due soon or overdue, complaints nobody has acted on yet, and whether changes
wait for a backup.

Each list is one query with its own count, so a heading can say "12" while the list shows the
first ``limit`` rows."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import Session

from inspector.services.backup import BackupReminder, backup_reminder
from inspector.vault.tables import (
    ActionStatus,
    Agency,
    Complaint,
    ComplaintStatus,
    CorrectiveAction,
    Inspection,
    InspectionKind,
    InspectionStatus,
    Report,
)

ACTION_HORIZON_DAYS = 14  # corrective actions due within this many days are listed
LIST_LIMIT = 100
OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
# Corrective actions count once their inspection is completed: before that they are proposals.
ISSUED = (InspectionStatus.COMPLETED, InspectionStatus.LOCKED)

T = TypeVar("T")


class NextStep(enum.StrEnum):
    LOCK = "lock"  # completed: lock it, then build and sign the report
    REPORT = "report"  # locked: build and sign the report


@dataclass(frozen=True)
class InspectionItem:
    id: uuid.UUID
    reference: str
    status: InspectionStatus
    kind: InspectionKind
    agency_id: uuid.UUID
    agency_name: str
    date: dt.date | None  # the last step taken: completed, started or planned


@dataclass(frozen=True)
class ReportItem:
    id: uuid.UUID
    reference: str
    status: InspectionStatus
    agency_id: uuid.UUID
    agency_name: str
    date: dt.date | None  # completed
    next_step: NextStep


@dataclass(frozen=True)
class ActionItem:
    id: uuid.UUID
    inspection_id: uuid.UUID
    inspection_reference: str
    agency_id: uuid.UUID
    agency_name: str
    description: str
    deadline: dt.date
    status: ActionStatus
    days_left: int  # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class ComplaintItem:
    id: uuid.UUID
    reference: str
    received_on: dt.date
    agency_id: uuid.UUID | None
    agency_name: str  # the registered name, else the name the complainant gave
    urgent: bool
    trafficking_indicators: bool


@dataclass(frozen=True)
class Listing(Generic[T]):
    items: tuple[T, ...]
    total: int  # may exceed len(items)


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    in_progress: Listing[InspectionItem]
    to_report: Listing[ReportItem]
    actions_due: Listing[ActionItem]
    overdue_actions: int
    complaints_waiting: Listing[ComplaintItem]
    backup: BackupReminder


def _listing(session: Session, query: Select[Any], limit: int) -> tuple[list[Any], int]:
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    return list(session.execute(query.limit(limit))), total or 0


def _date(*moments: dt.datetime | dt.date | None) -> dt.date | None:
    for moment in moments:
        if isinstance(moment, dt.datetime):
            return moment.date()
        if moment is not None:
            return moment
    return None


def in_progress_query() -> Select[Any]:
    return (
        select(
            Inspection.id,
            Inspection.reference,
            Inspection.status,
            Inspection.kind,
            Agency.id,
            Agency.name,
            Inspection.started_at,
            Inspection.planned_date,
        )
        .join(Agency, Agency.id == Inspection.agency_id)
        .where(Inspection.status.in_((InspectionStatus.DRAFT, InspectionStatus.IN_PROGRESS)))
        .order_by(Inspection.updated_at.desc(), Inspection.reference)
    )


def has_report() -> Any:
    """True for an inspection with an agency-facing report stored. An internal report (with the
    confidential parts) is not what the licensing agency receives, so it does not count."""
    return exists().where(Report.inspection_id == Inspection.id, Report.internal.is_(False))


def to_report_query() -> Select[Any]:
    return (
        select(
            Inspection.id,
            Inspection.reference,
            Inspection.status,
            Agency.id,
            Agency.name,
            Inspection.completed_at,
        )
        .join(Agency, Agency.id == Inspection.agency_id)
        .where(
            (Inspection.status == InspectionStatus.COMPLETED)
            | and_(Inspection.status == InspectionStatus.LOCKED, ~has_report())
        )
        .order_by(Inspection.completed_at, Inspection.reference)  # longest waiting first
    )


def actions_due_query(today: dt.date, horizon_days: int = ACTION_HORIZON_DAYS) -> Select[Any]:
    return (
        select(
            CorrectiveAction.id,
            Inspection.id,
            Inspection.reference,
            Agency.id,
            Agency.name,
            CorrectiveAction.description,
            CorrectiveAction.deadline,
            CorrectiveAction.status,
        )
        .join(Inspection, Inspection.id == CorrectiveAction.inspection_id)
        .join(Agency, Agency.id == Inspection.agency_id)
        .where(
            CorrectiveAction.status.in_(OPEN_ACTION),
            Inspection.status.in_(ISSUED),
            CorrectiveAction.deadline <= today + dt.timedelta(days=horizon_days),
        )
        .order_by(CorrectiveAction.deadline, Inspection.reference, CorrectiveAction.created_at)
    )


def complaints_waiting_query() -> Select[Any]:
    return (
        select(
            Complaint.id,
            Complaint.reference,
            Complaint.received_at,
            Agency.id,
            func.coalesce(Agency.name, Complaint.agency_name_given),
            Complaint.urgent,
            Complaint.trafficking_indicators,
        )
        .outerjoin(Agency, Agency.id == Complaint.agency_id)
        .where(Complaint.status == ComplaintStatus.RECEIVED)
        .order_by(Complaint.urgent.desc(), Complaint.received_at, Complaint.reference)
    )


def dashboard(
    session: Session,
    *,
    today: dt.date | None = None,
    limit: int = LIST_LIMIT,
    backup_days: int = 7,
    now: dt.datetime | None = None,
    language: str | None = None,
) -> Dashboard:
    """``backup_days``: the inspector's backup reminder delay (settings); ``now`` for tests;
    ``language``: the reader's, for the corrective actions a checklist's rule proposed."""
    from inspector.services.rule_wording import action_descriptions

    today = today or dt.date.today()
    rows, total = _listing(session, in_progress_query(), limit)
    in_progress = Listing(
        tuple(
            InspectionItem(id, ref, status, kind, agency_id, name, _date(started, planned))
            for id, ref, status, kind, agency_id, name, started, planned in rows
        ),
        total,
    )
    rows, total = _listing(session, to_report_query(), limit)
    to_report = Listing(
        tuple(
            ReportItem(
                id,
                ref,
                status,
                agency_id,
                name,
                _date(completed),
                NextStep.LOCK if status is InspectionStatus.COMPLETED else NextStep.REPORT,
            )
            for id, ref, status, agency_id, name, completed in rows
        ),
        total,
    )
    actions_query = actions_due_query(today)
    rows, total = _listing(session, actions_query, limit)
    shown = action_descriptions(session, [row[0] for row in rows], language) if language else {}
    actions = Listing(
        tuple(
            replace(
                ActionItem(*row, days_left=(row[6] - today).days),
                description=shown.get(row[0], row[5]),
            )
            for row in rows
        ),
        total,
    )
    overdue = session.scalar(
        select(func.count()).select_from(
            actions_query.where(CorrectiveAction.deadline < today).order_by(None).subquery()
        )
    )
    rows, total = _listing(session, complaints_waiting_query(), limit)
    complaints = Listing(
        tuple(
            ComplaintItem(id, ref, received.date(), agency_id, name or "", urgent, trafficking)
            for id, ref, received, agency_id, name, urgent, trafficking in rows
        ),
        total,
    )
    backup = backup_reminder(session, backup_days, now=now)
    return Dashboard(today, in_progress, to_report, actions, overdue or 0, complaints, backup)
