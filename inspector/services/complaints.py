"""Complaints a consular official takes from a migrant worker about a recruiter.

The complainant is a code. A real identity, if kept at all, is in ``worker_identity`` (never
synced, exported or reported) and is read only when someone asks for it, which is audited. Audit
details name allegations, targets and statuses, never a person.

Referrals are rows of their own (one per body referred to), each a synchronised record."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.checklists.model import Form
from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.agencies import COUNTRY_CODE, get_agency
from inspector.services.inspections import start_inspection
from inspector.services.interviews import WorkerIdentityData, new_worker_code, store_identity
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import append_event
from inspector.vault.tables import (
    Agency,
    Complaint,
    ComplaintReferral,
    ComplaintStatus,
    Inspection,
    InspectionKind,
    InspectionStatus,
    WorkerIdentity,
)

# The sections of the agency inspection checklist; a complaint's allegations use the same ids.
ALLEGATION_IDS = tuple(f"S{number:02d}" for number in range(1, 13))
INTAKE_FORM = "complaint-intake"


class ReferralTarget(enum.StrEnum):
    """Where a complaint can be referred; the values are those of the intake checklist."""

    ORIGIN_REGULATOR = "origin_regulator"
    DESTINATION_INSPECTORATE = "destination_inspectorate"
    POLICE = "police"
    SHELTER_NGO = "shelter_ngo"


class ReferralStatus(enum.StrEnum):
    NOT_SENT = "not_sent"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


@dataclass
class ComplaintData:
    summary: str
    agency_id: uuid.UUID | None = None
    agency_name_given: str = ""
    channel: str = "consulate"
    origin_country: str = ""
    destination_country: str = ""
    employer: str = ""
    sub_agent: str = ""
    allegations: Sequence[str] = field(default_factory=tuple)
    urgent: bool = False
    trafficking_indicators: bool = False
    consent_to_share: bool = False
    complainant: WorkerIdentityData | None = None


@dataclass(frozen=True)
class Referral:
    target: ReferralTarget
    status: ReferralStatus
    referred_on: dt.date
    identity_shared: bool = False


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the complaints list: nothing about the complainant."""

    id: uuid.UUID
    reference: str
    received_at: dt.datetime
    agency_id: uuid.UUID | None
    agency_name: str  # the registered name, else the name the complainant gave
    origin_country: str
    destination_country: str
    allegations: tuple[str, ...]
    urgent: bool
    trafficking_indicators: bool
    status: ComplaintStatus


@dataclass(frozen=True)
class LinkedInspection:
    id: uuid.UUID
    reference: str
    status: InspectionStatus


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    agency_licence: str
    agency_name_given: str
    channel: str
    employer: str
    sub_agent: str
    summary: str
    consent_to_share: bool
    complainant_code: str
    has_identity: bool
    referrals: tuple[Referral, ...]
    inspections: tuple[LinkedInspection, ...]


@dataclass(frozen=True)
class IntakeWording:
    """Labels of the complaint intake checklist in one language, for the screens that take and
    show complaints (the checklist is the one place its wording lives)."""

    allegations: dict[str, str]
    channels: dict[str, str]
    referral_targets: dict[str, str]
    referral_statuses: dict[str, str]
    summary_hint: str


def intake_wording(language: str) -> IntakeWording:
    """The intake checklist's wording; loading the shipped checklists the first time takes a
    quarter of a second, so call this off the GUI thread."""
    from inspector.checklists.library import shipped_form
    from inspector.checklists.model import text_in

    questions = shipped_form(INTAKE_FORM).all_questions()

    def choices(question: str) -> dict[str, str]:
        return {c.value: text_in(c.label, language) for c in questions[question].choices}

    return IntakeWording(
        allegations=choices("allegations"),
        channels=choices("channel"),
        referral_targets=choices("referral_to"),
        referral_statuses=choices("referral_status"),
        summary_hint=text_in(questions["details"].hint, language),
    )


# --- recording ---------------------------------------------------------------------------------


def _country(code: str, message: str) -> str:
    code = code.strip().upper()
    if code and not COUNTRY_CODE.match(code):
        raise InvalidInput(message.format(value=code))
    return code


def record_complaint(uow: UnitOfWork, data: ComplaintData) -> uuid.UUID:
    if not data.summary.strip():
        raise InvalidInput(_("The complaint needs a summary of what happened."))
    if data.agency_id is None and not data.agency_name_given.strip():
        raise InvalidInput(_("Name the agency the complaint is about, registered or not."))
    if data.agency_id is not None:
        get_agency(uow.session, data.agency_id)
    origin = _country(
        data.origin_country, _("The country of origin '{value}' is not a two-letter ISO code.")
    )
    destination = _country(
        data.destination_country,
        _("The destination country '{value}' is not a two-letter ISO code."),
    )
    if origin and origin == destination:
        raise InvalidInput(_("The destination country must differ from the country of origin."))
    allegations = list(dict.fromkeys(data.allegations))
    for allegation in allegations:
        if allegation not in ALLEGATION_IDS:
            raise InvalidInput(
                _("'{value}' is not an allegation: use the section ids S01 to S12.").format(
                    value=allegation
                )
            )
    code = new_worker_code("C")
    while uow.session.scalar(select(WorkerIdentity.id).where(WorkerIdentity.code == code)):
        code = new_worker_code("C")
    complaint = Complaint(
        id=uuid.uuid4(),
        reference=uow.next_reference("CMP"),
        channel=data.channel,
        complainant_code=code,
        agency_id=data.agency_id,
        agency_name_given=data.agency_name_given.strip(),
        origin_country=origin,
        destination_country=destination,
        employer=data.employer.strip(),
        allegations=allegations,
        summary=data.summary.strip(),
        urgent=data.urgent,
        trafficking_indicators=data.trafficking_indicators,
        consent_to_share=data.consent_to_share,
        sub_agent=data.sub_agent.strip()[:300],
    )
    store_identity(uow, code, data.complainant)
    uow.changed(
        complaint,
        "complaint.recorded",
        details={
            "allegations": allegations,
            "urgent": data.urgent,
            "trafficking_indicators": data.trafficking_indicators,
        },
    )
    return complaint.id


def _complaint(session: Session, complaint_id: uuid.UUID) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(_("No complaint with id {id}.").format(id=complaint_id))
    return complaint


def _referrals(complaint: Complaint) -> tuple[Referral, ...]:
    found = []
    for row in complaint.referrals:
        try:
            found.append(
                Referral(
                    target=ReferralTarget(row.target),
                    status=ReferralStatus(row.status),
                    referred_on=row.referred_on,
                    identity_shared=row.identity_shared,
                )
            )
        except ValueError:
            continue  # written by a newer version: shown by that version
    return tuple(found)


# --- reading -------------------------------------------------------------------------------------


def list_complaints(session: Session, status: ComplaintStatus | None = None) -> list[Complaint]:
    query = select(Complaint).order_by(Complaint.received_at.desc())
    if status is not None:
        query = query.where(Complaint.status == status)
    return list(session.scalars(query))


def _row_query() -> Any:
    return select(
        Complaint.id,
        Complaint.reference,
        Complaint.received_at,
        Complaint.agency_id,
        func.coalesce(Agency.name, Complaint.agency_name_given),
        Complaint.origin_country,
        Complaint.destination_country,
        Complaint.allegations,
        Complaint.urgent,
        Complaint.trafficking_indicators,
        Complaint.status,
    ).outerjoin(Agency, Agency.id == Complaint.agency_id)


def _row(values: Sequence[Any]) -> ComplaintRow:
    *head, allegations, urgent, trafficking, status = values
    return ComplaintRow(*head, tuple(allegations or ()), urgent, trafficking, status)


def complaint_rows(
    session: Session,
    status: ComplaintStatus | None = None,
    *,
    agency_id: uuid.UUID | None = None,
    limit: int | None = None,
) -> list[ComplaintRow]:
    """Complaints newest first, filtered in SQL by status and agency."""
    query = _row_query().order_by(Complaint.received_at.desc(), Complaint.reference.desc())
    if status is not None:
        query = query.where(Complaint.status == status)
    if agency_id is not None:
        query = query.where(Complaint.agency_id == agency_id)
    if limit is not None:
        query = query.limit(limit)
    return [_row(values) for values in session.execute(query)]


def get_complaint(session: Session, complaint_id: uuid.UUID) -> ComplaintDetail:
    """Everything about a complaint except who the complainant is."""
    complaint = _complaint(session, complaint_id)
    row = _row(session.execute(_row_query().where(Complaint.id == complaint_id)).one())
    has_identity = session.scalar(
        select(WorkerIdentity.id).where(WorkerIdentity.code == complaint.complainant_code)
    )
    inspections = session.execute(
        select(Inspection.id, Inspection.reference, Inspection.status)
        .where(Inspection.complaint_id == complaint_id)
        .order_by(Inspection.created_at)
    )
    return ComplaintDetail(
        row=row,
        agency_licence=complaint.agency.licence_number if complaint.agency else "",
        agency_name_given=complaint.agency_name_given,
        channel=complaint.channel,
        employer=complaint.employer,
        sub_agent=complaint.sub_agent,
        summary=complaint.summary,
        consent_to_share=complaint.consent_to_share,
        complainant_code=complaint.complainant_code,
        has_identity=has_identity is not None,
        referrals=_referrals(complaint),
        inspections=tuple(LinkedInspection(*values) for values in inspections),
    )


def reveal_identity(uow: UnitOfWork, complaint_id: uuid.UUID) -> WorkerIdentityData | None:
    """The complainant's identity, for a person who asked to see it. The audit trail records that
    it was shown (never what it is); nothing is queued for sync."""
    complaint = _complaint(uow.session, complaint_id)
    identity = uow.session.scalar(
        select(WorkerIdentity).where(WorkerIdentity.code == complaint.complainant_code)
    )
    if identity is None:
        return None
    append_event(
        uow.session,
        actor=uow.actor,
        action="complaint.identity_shown",
        entity_type="complaint",
        entity_id=str(complaint.id),
    )
    return WorkerIdentityData(
        full_name=identity.full_name,
        contact=identity.contact,
        document_number=identity.document_number,
    )


# --- acting on a complaint ----------------------------------------------------------------------


def link_agency(uow: UnitOfWork, complaint_id: uuid.UUID, agency_id: uuid.UUID) -> None:
    """Tie a complaint to a registered agency; the name the complainant gave is kept."""
    complaint = _complaint(uow.session, complaint_id)
    get_agency(uow.session, agency_id)
    if complaint.agency_id == agency_id:
        return
    complaint.agency_id = agency_id
    uow.changed(complaint, "complaint.agency_linked", details={"agency_id": str(agency_id)})


def refer_complaint(uow: UnitOfWork, complaint_id: uuid.UUID, referral: Referral) -> None:
    """Record a referral, or a new status of an earlier one to the same body. The complainant's
    identity goes with it only if they consented."""
    complaint = _complaint(uow.session, complaint_id)
    if referral.identity_shared and not complaint.consent_to_share:
        raise InvalidInput(
            _(
                "The complainant did not consent to their identity being shared: refer the "
                "facts and the complaint code {code} only."
            ).format(code=complaint.complainant_code)
        )
    received = complaint.received_at.astimezone().date()
    if referral.referred_on > dt.date.today() or referral.referred_on < received:
        raise InvalidInput(
            _(
                "The referral date must be between the date the complaint was received "
                "({received}) and today."
            ).format(received=received.isoformat())
        )
    row = next((r for r in complaint.referrals if r.target == referral.target.value), None)
    if row is None:
        row = ComplaintReferral(id=uuid.uuid4(), complaint_id=complaint.id,
                                target=referral.target.value)  # fmt: skip
        complaint.referrals.append(row)
    row.status = referral.status.value
    row.referred_on = referral.referred_on
    row.identity_shared = referral.identity_shared
    uow.changed(
        row,
        "complaint_referral.recorded",
        details={"to": referral.target.value, "status": referral.status.value},
    )
    if complaint.status == ComplaintStatus.RECEIVED:
        complaint.status = ComplaintStatus.REFERRED
    uow.changed(
        complaint,
        "complaint.referred",
        details={
            "to": referral.target.value,
            "status": referral.status.value,
            "identity_shared": referral.identity_shared,
        },
    )


def set_complaint_status(uow: UnitOfWork, complaint_id: uuid.UUID, status: ComplaintStatus) -> None:
    complaint = _complaint(uow.session, complaint_id)
    if complaint.status == status:
        return
    before = complaint.status
    complaint.status = status
    uow.changed(
        complaint,
        "complaint.status_changed",
        details={"from": before.value, "to": status.value},
    )


def reopen_complaint(uow: UnitOfWork, complaint_id: uuid.UUID) -> ComplaintStatus:
    """Reopen a closed complaint at the stage its inspections and referrals say it is at."""
    complaint = _complaint(uow.session, complaint_id)
    inspected = uow.session.scalar(
        select(Inspection.id).where(Inspection.complaint_id == complaint_id).limit(1)
    )
    if inspected is not None:
        status = ComplaintStatus.UNDER_INVESTIGATION
    elif complaint.referrals:
        status = ComplaintStatus.REFERRED
    else:
        status = ComplaintStatus.RECEIVED
    set_complaint_status(uow, complaint_id, status)
    return status


def inspect_complaint(
    uow: UnitOfWork, complaint_id: uuid.UUID, form: Form | dict[str, Any], **options: Any
) -> uuid.UUID:
    """Start a complaint-driven inspection of the agency a complaint names."""
    complaint = _complaint(uow.session, complaint_id)
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
