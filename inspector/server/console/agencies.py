"""The agency registry as the console reads it: searched and paged in SQL, one agency with its
inspections, findings, open corrective actions, risk and referred complaints; and the complaints
referred to the viewer's jurisdictions. Everything scoped in the query itself."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from inspector.server.console.auth import Viewer
from inspector.server.console.risk import agency_risk, band_name, field
from inspector.server.records import referred_complaint
from inspector.server.tables import Account, Agency, Jurisdiction, Record


@dataclass(frozen=True)
class AgencyRow:
    id: uuid.UUID
    licence_number: str
    name: str
    jurisdiction: str
    city: str
    licence_status: str
    band: str
    demerits: int


@dataclass(frozen=True)
class Paged:
    rows: list[Any]
    total: int
    page: int
    pages: int


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_agencies(session: Session, viewer: Viewer, query: str, page: int, size: int) -> Paged:
    """Agencies whose name or licence number holds ``query``, by name, one page."""
    risk = agency_risk(viewer)
    conditions = [viewer.scope(Agency.jurisdiction_id)]
    words = query.split()[:6]
    for word in words:
        pattern = _like(word)
        conditions.append(
            or_(
                func.lower(Agency.name).like(pattern, escape="\\"),
                func.lower(Agency.licence_number).like(pattern, escape="\\"),
            )
        )
    total = int(session.scalar(select(func.count()).select_from(Agency).where(*conditions)) or 0)
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    rows = session.execute(
        select(
            Agency.id,
            Agency.licence_number,
            Agency.name,
            Jurisdiction.code,
            Agency.data["city"].as_string(),
            Agency.data["licence_status"].as_string(),
            risk.c.band,
            risk.c.demerits,
        )
        .join(Jurisdiction, Jurisdiction.id == Agency.jurisdiction_id)
        .outerjoin(risk, risk.c.agency_id == Agency.id)
        .where(*conditions)
        .order_by(Agency.name, Agency.licence_number)
        .offset((page - 1) * size)
        .limit(size)
    ).all()
    return Paged(
        [
            AgencyRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", band_name(r[6]), r[7] or 0)
            for r in rows
        ],
        total,
        page,
        pages,
    )


@dataclass(frozen=True)
class InspectionLine:
    id: uuid.UUID
    reference: str
    status: str
    kind: str
    day: str
    inspector: str
    findings: int


@dataclass(frozen=True)
class FindingLine:
    inspection_id: uuid.UUID
    reference: str
    severity: str
    title: str
    standard: str


@dataclass(frozen=True)
class ActionLine:
    inspection_id: uuid.UUID
    reference: str
    description: str
    deadline: str
    status: str
    overdue: bool


@dataclass(frozen=True)
class ComplaintLine:
    id: uuid.UUID
    reference: str
    received: str
    agency_id: uuid.UUID | None
    agency: str
    licence_number: str
    jurisdiction: str
    status: str
    urgent: bool
    trafficking: bool
    allegations: list[str]
    summary: str
    destination: str
    assigned: int = 0


@dataclass
class AgencyPage:
    id: uuid.UUID
    name: str
    licence_number: str
    jurisdiction: str
    jurisdiction_id: int
    data: dict[str, Any]
    band: str
    demerits: int
    inspections: list[InspectionLine] = dc_field(default_factory=list)
    findings: list[FindingLine] = dc_field(default_factory=list)
    actions: list[ActionLine] = dc_field(default_factory=list)
    complaints: list[ComplaintLine] = dc_field(default_factory=list)


def agency_page(session: Session, viewer: Viewer, agency_id: uuid.UUID) -> AgencyPage | None:
    risk = agency_risk(viewer)
    row = session.execute(
        select(Agency, Jurisdiction.code, risk.c.band, risk.c.demerits)
        .join(Jurisdiction, Jurisdiction.id == Agency.jurisdiction_id)
        .outerjoin(risk, risk.c.agency_id == Agency.id)
        .where(Agency.id == agency_id, viewer.scope(Agency.jurisdiction_id))
    ).first()
    if row is None:
        return None
    agency, code, band, demerits = row
    result = AgencyPage(
        agency.id,
        agency.name,
        agency.licence_number,
        code,
        agency.jurisdiction_id,
        dict(agency.data),
        band_name(band),
        demerits or 0,
    )
    inspection = aliased(Record)
    finding = aliased(Record)
    findings_of = (
        select(func.count())
        .where(
            finding.type == "finding",
            finding.inspection_id == inspection.id,
            finding.deleted.is_(False),
        )
        .correlate(inspection)
        .scalar_subquery()
    )
    scope = (
        inspection.type == "inspection",
        inspection.agency_id == agency_id,
        inspection.deleted.is_(False),
        viewer.scope(inspection.jurisdiction_id),
    )
    day = func.substr(
        func.coalesce(
            field(inspection, "completed_at"),
            field(inspection, "started_at"),
            field(inspection, "planned_date"),
        ),
        1,
        10,
    )
    for r in session.execute(
        select(
            inspection.id,
            field(inspection, "reference"),
            field(inspection, "status"),
            field(inspection, "kind"),
            day,
            Account.username,
            findings_of,
        )
        .join(Account, Account.id == inspection.account_id)
        .where(*scope)
        .order_by(day.desc(), inspection.id)
        .limit(200)
    ):
        result.inspections.append(
            InspectionLine(r[0], r[1] or "", r[2] or "", r[3] or "", r[4] or "", r[5], r[6])
        )
    for r in session.execute(
        select(
            inspection.id,
            field(inspection, "reference"),
            field(finding, "severity"),
            field(finding, "title"),
            field(finding, "standard"),
        )
        .join(finding, finding.inspection_id == inspection.id)
        .where(
            *scope,
            finding.type == "finding",
            finding.deleted.is_(False),
            func.coalesce(finding.data["dropped"].as_boolean(), False).is_(False),
        )
        .order_by(inspection.id, finding.id)
        .limit(500)
    ):
        result.findings.append(FindingLine(r[0], r[1] or "", r[2] or "", r[3] or "", r[4] or ""))
    action = aliased(Record)
    today = dt.date.today().isoformat()
    for r in session.execute(
        select(
            inspection.id,
            field(inspection, "reference"),
            field(action, "description"),
            field(action, "deadline"),
            field(action, "status"),
        )
        .join(action, action.inspection_id == inspection.id)
        .where(
            *scope,
            action.type == "corrective_action",
            action.deleted.is_(False),
            field(action, "status").in_(("open", "in-progress")),
        )
        .order_by(field(action, "deadline"), action.id)
        .limit(500)
    ):
        deadline = r[3] or ""
        result.actions.append(
            ActionLine(r[0], r[1] or "", r[2] or "", deadline, r[4] or "", deadline < today)
        )
    result.complaints = complaints(session, viewer, agency_id=agency_id, limit=200).rows
    return result


def complaints(
    session: Session,
    viewer: Viewer,
    *,
    agency_id: uuid.UUID | None = None,
    page: int = 1,
    limit: int = 25,
) -> Paged:
    """Complaints of the viewer's jurisdictions (referred ones included), newest first, shown
    as they are referred: without the complainant's code, the summary only with consent."""
    from inspector.server.tables import Assignment

    conditions = [
        Record.type == "complaint",
        Record.deleted.is_(False),
        viewer.scope(Record.jurisdiction_id),
    ]
    if agency_id is not None:
        conditions.append(Record.agency_id == agency_id)
    total = int(session.scalar(select(func.count()).select_from(Record).where(*conditions)) or 0)
    pages = max(1, -(-total // limit))
    page = min(max(1, page), pages)
    assigned = (
        select(func.count())
        .where(Assignment.complaint_id == Record.id)
        .correlate(Record)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Record.id,
            Record.data,
            Record.agency_id,
            Agency.name,
            Agency.licence_number,
            Jurisdiction.code,
            assigned,
        )
        .join(Jurisdiction, Jurisdiction.id == Record.jurisdiction_id)
        .outerjoin(Agency, Agency.id == Record.agency_id)
        .where(*conditions)
        .order_by(Record.received_at.desc(), Record.id)
        .offset((page - 1) * limit)
        .limit(limit)
    ).all()
    lines = []
    for record_id, data, agency, agency_name, licence, code, assigned_count in rows:
        shared = referred_complaint(data)
        allegations = shared.get("allegations")
        lines.append(
            ComplaintLine(
                id=record_id,
                reference=str(shared.get("reference", "")),
                received=str(shared.get("received_at", ""))[:10],
                agency_id=agency,
                agency=agency_name or str(shared.get("agency_name_given", "")),
                licence_number=licence or "",
                jurisdiction=code,
                status=str(shared.get("status", "")),
                urgent=bool(shared.get("urgent")),
                trafficking=bool(shared.get("trafficking_indicators")),
                allegations=[str(a) for a in allegations] if isinstance(allegations, list) else [],
                summary=str(shared.get("summary", "")),
                destination=str(shared.get("destination_country", "")),
                assigned=int(assigned_count or 0),
            )
        )
    return Paged(lines, total, page, pages)


def complaint_in_scope(
    session: Session, viewer: Viewer, complaint_id: uuid.UUID
) -> ComplaintLine | None:
    """One complaint of the viewer's jurisdictions, as referred; None for any other."""
    record = session.scalar(
        select(Record).where(
            Record.type == "complaint",
            Record.id == complaint_id,
            Record.deleted.is_(False),
            viewer.scope(Record.jurisdiction_id),
        )
    )
    if record is None:
        return None
    agency = session.get(Agency, record.agency_id) if record.agency_id else None
    shared = referred_complaint(record.data)
    return ComplaintLine(
        id=record.id,
        reference=str(shared.get("reference", "")),
        received=str(shared.get("received_at", ""))[:10],
        agency_id=record.agency_id,
        agency=agency.name if agency else str(shared.get("agency_name_given", "")),
        licence_number=agency.licence_number if agency else "",
        jurisdiction="",
        status=str(shared.get("status", "")),
        urgent=bool(shared.get("urgent")),
        trafficking=bool(shared.get("trafficking_indicators")),
        allegations=[],
        summary=str(shared.get("summary", "")),
        destination=str(shared.get("destination_country", "")),
    )
