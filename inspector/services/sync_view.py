"""What the window shows of sync beside ``inspector.services.sync``: this laptop's enrolment
and the assignments that came down with their agencies, and starting an assigned inspection."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.sync import state
from inspector.vault.tables import (
    Agency,
    Assignment,
    Complaint,
    Inspection,
    InspectionKind,
    InspectionStatus,
)

if TYPE_CHECKING:
    from inspector.services.uow import UnitOfWork


# --- this laptop's enrolment ---


@dataclass(frozen=True)
class EnrolmentFacts:
    server_url: str
    server_name: str
    account_name: str
    jurisdiction: str  # its name, else its code
    enrolled_at: dt.datetime
    device_id: uuid.UUID
    ca_fingerprint: str


def enrolment_facts(session: Session) -> EnrolmentFacts | None:
    enrolment = state.enrolment(session)
    if enrolment is None:
        return None
    account = enrolment.account or {}
    return EnrolmentFacts(
        server_url=enrolment.server_url,
        server_name=enrolment.server_name,
        account_name=str(account.get("name") or ""),
        jurisdiction=str(account.get("jurisdiction_name") or account.get("jurisdiction") or ""),
        enrolled_at=enrolment.enrolled_at,
        device_id=enrolment.device_id,
        ca_fingerprint=enrolment.ca_fingerprint,
    )


# --- assignments ---


@dataclass(frozen=True)
class AssignmentItem:
    id: uuid.UUID
    agency_id: uuid.UUID | None  # the agency in this vault; None until the registry has it
    agency_name: str
    licence_number: str
    kind: str
    due_date: dt.date | None
    form_id: str
    notes: str
    received_at: dt.datetime


def _local_agency(session: Session, row: Assignment) -> Agency | None:
    agency = session.get(Agency, row.agency_id) if row.agency_id else None
    if agency is None and row.licence_number:
        agency = session.scalar(
            select(Agency).where(Agency.licence_number == row.licence_number).limit(1)
        )
    return agency


def assignment_items(session: Session) -> list[AssignmentItem]:
    """The assignments that came down, soonest due first (those without a date last)."""
    rows = session.scalars(
        select(Assignment).order_by(
            Assignment.due_date.is_(None), Assignment.due_date, Assignment.received_at
        )
    )
    items = []
    for row in rows:
        agency = _local_agency(session, row)
        items.append(
            AssignmentItem(
                id=row.id,
                agency_id=agency.id if agency else None,
                agency_name=agency.name if agency else "",
                licence_number=row.licence_number,
                kind=row.kind,
                due_date=row.due_date,
                form_id=row.form_id or "agency-inspection",
                notes=row.notes,
                received_at=row.received_at,
            )
        )
    return items


def start_assigned_inspection(
    uow: UnitOfWork,
    assignment_id: uuid.UUID,
    *,
    team: tuple[str, ...] = (),
    announced: bool = False,
) -> uuid.UUID:
    """Start the inspection an assignment asks for: its agency, the newest version of its
    checklist, its kind (a complaint-driven one linked to the complaint when it came down too,
    a follow-up of the agency's last locked inspection), planned for its due date."""
    from inspector.services.inspections import start_inspection
    from inspector.services.sync import newest_form

    session = uow.session
    row = session.get(Assignment, assignment_id)
    if row is None:
        raise NotFound(_("No assignment {id} on this laptop.").format(id=assignment_id))
    agency = _local_agency(session, row)
    if agency is None:
        raise NotFound(
            _(
                "Agency {licence} of this assignment is not in this laptop's registry yet; "
                "sync first."
            ).format(licence=row.licence_number or "?")
        )
    form = newest_form(session, row.form_id or "agency-inspection")
    kind = InspectionKind.ROUTINE
    complaint_id: uuid.UUID | None = None
    follows_up_id: uuid.UUID | None = None
    if row.kind == InspectionKind.COMPLAINT.value:
        kind = InspectionKind.COMPLAINT
        if row.complaint_id is not None and session.get(Complaint, row.complaint_id) is not None:
            complaint_id = row.complaint_id
    elif row.kind == InspectionKind.FOLLOW_UP.value:
        kind = InspectionKind.FOLLOW_UP
        follows_up_id = session.scalar(
            select(Inspection.id)
            .where(
                Inspection.agency_id == agency.id,
                Inspection.status == InspectionStatus.LOCKED,
            )
            .order_by(Inspection.completed_at.desc())
            .limit(1)
        )
        if follows_up_id is None:
            raise InvalidInput(
                _(
                    "This assignment asks for a follow-up, but this laptop holds no locked "
                    "inspection of {agency} to follow up."
                ).format(agency=agency.name)
            )
    return start_inspection(
        uow,
        agency.id,
        form,
        kind=kind,
        team=team,
        planned_date=row.due_date,
        announced=announced,
        complaint_id=complaint_id,
        follows_up_id=follows_up_id,
    )
