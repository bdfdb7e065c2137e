"""Complaints a consular official takes from a migrant worker about a recruiter."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.checklists.model import Form
from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.agencies import COUNTRY_CODE, get_agency
from inspector.services.inspections import start_inspection
from inspector.services.interviews import WorkerIdentityData, new_worker_code, store_identity
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Complaint, ComplaintStatus, InspectionKind


@dataclass
class ComplaintData:
    summary: str
    agency_id: uuid.UUID | None = None
    agency_name_given: str = ""
    channel: str = "consulate"
    origin_country: str = ""
    destination_country: str = ""
    employer: str = ""
    allegations: Sequence[str] = field(default_factory=tuple)
    urgent: bool = False
    trafficking_indicators: bool = False
    consent_to_share: bool = False
    complainant: WorkerIdentityData | None = None


def record_complaint(uow: UnitOfWork, data: ComplaintData) -> uuid.UUID:
    if not data.summary.strip():
        raise InvalidInput(_("The complaint needs a summary of what happened."))
    if data.agency_id is None and not data.agency_name_given.strip():
        raise InvalidInput(_("Name the agency the complaint is about, registered or not."))
    if data.agency_id is not None:
        get_agency(uow.session, data.agency_id)
    for label, code in (("origin", data.origin_country), ("destination", data.destination_country)):
        if code and not COUNTRY_CODE.match(code):
            raise InvalidInput(
                _("The {which} country '{value}' is not a two-letter ISO code.").format(
                    which=label, value=code
                )
            )
    code = new_worker_code("C")
    complaint = Complaint(
        id=uuid.uuid4(),
        reference=uow.next_reference("CMP"),
        channel=data.channel,
        complainant_code=code,
        agency_id=data.agency_id,
        agency_name_given=data.agency_name_given.strip(),
        origin_country=data.origin_country,
        destination_country=data.destination_country,
        employer=data.employer,
        allegations=list(data.allegations),
        summary=data.summary.strip(),
        urgent=data.urgent,
        trafficking_indicators=data.trafficking_indicators,
        consent_to_share=data.consent_to_share,
    )
    store_identity(uow, code, data.complainant)
    uow.changed(complaint, "complaint.recorded", details={"allegations": list(data.allegations)})
    return complaint.id


def inspect_complaint(
    uow: UnitOfWork, complaint_id: uuid.UUID, form: Form | dict[str, Any], **options: Any
) -> uuid.UUID:
    """Start a complaint-driven inspection of the agency a complaint names."""
    complaint = uow.session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(_("No complaint with id {id}.").format(id=complaint_id))
    if complaint.agency_id is None:
        raise InvalidInput(
            _("Link complaint {reference} to a registered agency before inspecting it.").format(
                reference=complaint.reference
            )
        )
    inspection_id = start_inspection(
        uow,
        complaint.agency_id,
        form,
        kind=InspectionKind.COMPLAINT,
        complaint_id=complaint.id,
        **options,
    )
    complaint.status = ComplaintStatus.UNDER_INVESTIGATION
    uow.changed(
        complaint, "complaint.inspection_started", details={"inspection": str(inspection_id)}
    )
    return inspection_id


def list_complaints(session: Session, status: ComplaintStatus | None = None) -> list[Complaint]:
    query = select(Complaint).order_by(Complaint.received_at.desc())
    if status is not None:
        query = query.where(Complaint.status == status)
    return list(session.scalars(query))
