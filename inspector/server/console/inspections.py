"""Inspections as they arrived: the filtered, paged list and one inspection with its findings,
corrective actions, evidence (with SHA-256), worker interviews as aggregates only, the state of
the sending laptop's audit chain, and its signed reports with the server's check."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from inspector.server.console.agencies import Paged
from inspector.server.console.auth import Viewer
from inspector.server.console.risk import field
from inspector.server.tables import (
    Account,
    Agency,
    Device,
    Jurisdiction,
    Record,
    SealedReport,
)

STATUSES = ("draft", "in-progress", "completed", "locked")


@dataclass(frozen=True)
class Filters:
    status: str = ""
    jurisdiction: str = ""
    q: str = ""
    since: str = ""  # YYYY-MM-DD, received on or after
    agency: uuid.UUID | None = None


@dataclass(frozen=True)
class InspectionRow:
    id: uuid.UUID
    reference: str
    status: str
    kind: str
    agency: str
    agency_id: uuid.UUID | None
    jurisdiction: str
    inspector: str
    received_at: dt.datetime
    reports: int
    verified: int


def list_inspections(
    session: Session, viewer: Viewer, filters: Filters, page: int, size: int
) -> Paged:
    conditions: list[Any] = [
        Record.type == "inspection",
        Record.deleted.is_(False),
        viewer.scope(Record.jurisdiction_id),
    ]
    if filters.status in STATUSES:
        conditions.append(field(Record, "status") == filters.status)
    if filters.jurisdiction:
        conditions.append(Jurisdiction.code == filters.jurisdiction)
    if filters.agency is not None:
        conditions.append(Record.agency_id == filters.agency)
    if filters.q:
        conditions.append(
            func.lower(func.coalesce(field(Record, "reference"), "")).contains(
                filters.q.lower(), autoescape=True
            )
        )
    if filters.since:
        try:
            since = dt.datetime.fromisoformat(filters.since).replace(tzinfo=dt.UTC)
        except ValueError:
            since = None
        if since is not None:
            conditions.append(Record.received_at >= since)
    base = (
        select(func.count())
        .select_from(Record)
        .join(Jurisdiction, Jurisdiction.id == Record.jurisdiction_id)
    )
    total = int(session.scalar(base.where(*conditions)) or 0)
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    report = aliased(Record)
    reports = (
        select(func.count())
        .where(
            report.type == "report", report.inspection_id == Record.id, report.deleted.is_(False)
        )
        .correlate(Record)
        .scalar_subquery()
    )
    verified = (
        select(func.count())
        .where(SealedReport.inspection_id == Record.id, SealedReport.verified.is_(True))
        .correlate(Record)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Record.id,
            field(Record, "reference"),
            field(Record, "status"),
            field(Record, "kind"),
            Agency.name,
            Record.agency_id,
            Jurisdiction.code,
            Account.username,
            Record.received_at,
            reports,
            verified,
        )
        .join(Jurisdiction, Jurisdiction.id == Record.jurisdiction_id)
        .join(Account, Account.id == Record.account_id)
        .outerjoin(Agency, Agency.id == Record.agency_id)
        .where(*conditions)
        .order_by(Record.received_at.desc(), Record.id)
        .offset((page - 1) * size)
        .limit(size)
    ).all()
    return Paged(
        [
            InspectionRow(
                r[0],
                r[1] or "",
                r[2] or "",
                r[3] or "",
                r[4] or "",
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
            )
            for r in rows
        ],
        total,
        page,
        pages,
    )


@dataclass(frozen=True)
class ReportLine:
    id: uuid.UUID
    sha256: str
    size: int
    language: str
    internal: bool
    checked: bool  # the server has looked at it
    verified: bool
    signer: str
    problem: str
    sealed_at: dt.datetime | None
    ltv_sha256: str


@dataclass(frozen=True)
class AuditState:
    events: int  # audit events of this inspection the server holds
    device: str
    chain_seq: int  # the last event the device sent
    signed_seq: int  # the last head the device signed and the server matched
    rewritten_at: dt.datetime | None


@dataclass
class InspectionPage:
    id: uuid.UUID
    data: dict[str, Any]
    jurisdiction: str
    inspector: str
    received_at: dt.datetime
    agency: Agency | None
    findings: list[dict[str, Any]] = dc_field(default_factory=list)
    actions: list[dict[str, Any]] = dc_field(default_factory=list)
    evidence: list[dict[str, Any]] = dc_field(default_factory=list)
    answers: int = 0
    interviews: dict[str, int] = dc_field(default_factory=dict)
    reports: list[ReportLine] = dc_field(default_factory=list)
    audit: list[AuditState] = dc_field(default_factory=list)


def inspection_page(
    session: Session, viewer: Viewer, inspection_id: uuid.UUID
) -> InspectionPage | None:
    row = session.execute(
        select(Record, Jurisdiction.code, Account.username)
        .join(Jurisdiction, Jurisdiction.id == Record.jurisdiction_id)
        .join(Account, Account.id == Record.account_id)
        .where(
            Record.type == "inspection",
            Record.id == inspection_id,
            viewer.scope(Record.jurisdiction_id),
        )
    ).first()
    if row is None:
        return None
    record, code, username = row
    agency = session.get(Agency, record.agency_id) if record.agency_id else None
    if agency is not None and not viewer.sees(agency.jurisdiction_id):
        agency = None
    result = InspectionPage(
        record.id, dict(record.data), code, username, record.received_at, agency
    )
    child = (
        Record.inspection_id == inspection_id,
        Record.deleted.is_(False),
        viewer.scope(Record.jurisdiction_id),
    )
    for kind, data in session.execute(
        select(Record.type, Record.data)
        .where(*child, Record.type.in_(("finding", "corrective_action")))
        .order_by(Record.received_at, Record.id)
    ):
        (result.findings if kind == "finding" else result.actions).append(dict(data))
    result.actions.sort(key=lambda action: str(action.get("deadline") or ""))
    for data, confidential in session.execute(
        select(Record.data, Record.confidential)
        .where(*child, Record.type == "attachment")
        .order_by(Record.received_at, Record.id)
    ):
        hidden = bool(confidential or data.get("confidential") or data.get("interview_id"))
        result.evidence.append(
            {
                "filename": "" if hidden else str(data.get("filename", "")),
                "caption": "" if hidden else str(data.get("caption", "")),
                "media_type": str(data.get("media_type", "")),
                "size": data.get("size"),
                "sha256": str(data.get("sha256", "")),
                "confidential": hidden,
            }
        )
    result.answers = int(
        session.scalar(select(func.count()).where(*child, Record.type == "answer")) or 0
    )
    # Worker interviews: counts only, computed in SQL; no answer, code or note leaves the table.
    consent = Record.data["consent_given"].as_boolean()
    interpreter = Record.data["interpreter_used"].as_boolean()
    counts = session.execute(
        select(
            func.count(),
            func.sum(case((consent.is_(True), 1), else_=0)),
            func.sum(case((interpreter.is_(True), 1), else_=0)),
        ).where(*child, Record.type == "worker_interview")
    ).one()
    result.interviews = {
        "total": int(counts[0] or 0),
        "consent": int(counts[1] or 0),
        "interpreter": int(counts[2] or 0),
    }
    for data, report_id, sealed in session.execute(
        select(Record.data, Record.id, SealedReport)
        .outerjoin(SealedReport, SealedReport.report_id == Record.id)
        .where(*child, Record.type == "report")
        .order_by(Record.received_at, Record.id)
    ):
        result.reports.append(
            ReportLine(
                id=report_id,
                sha256=str(data.get("sha256", "")),
                size=int(data.get("size") or 0),
                language=str(data.get("language", "")),
                internal=bool(data.get("internal")),
                checked=sealed is not None,
                verified=bool(sealed and sealed.verified),
                signer=sealed.signer if sealed else str(data.get("signer", "")),
                problem=sealed.problem if sealed else "",
                sealed_at=sealed.sealed_at if sealed else None,
                ltv_sha256=sealed.ltv_sha256 if sealed else "",
            )
        )
    for device_id, events in session.execute(
        select(Record.device_id, func.count())
        .where(*child, Record.type == "audit_event")
        .group_by(Record.device_id)
    ):
        device = session.get(Device, device_id)
        if device is None:
            continue
        result.audit.append(
            AuditState(
                events,
                device.name or str(device.id)[:8],
                device.audit_seq,
                device.audit_signed_seq,
                device.history_rewritten_at,
            )
        )
    return result


def report_download(
    session: Session, viewer: Viewer, report_id: uuid.UUID
) -> tuple[str, str] | None:
    """(sha256 of the bytes to send, file name): the sealed B-LT copy when there is one, else
    the report as it came; None outside the viewer's jurisdictions or before the file came."""
    from inspector.server.tables import Blob

    row = session.execute(
        select(Record, SealedReport)
        .outerjoin(SealedReport, SealedReport.report_id == Record.id)
        .where(
            Record.type == "report",
            Record.id == report_id,
            Record.deleted.is_(False),
            viewer.scope(Record.jurisdiction_id),
        )
    ).first()
    if row is None:
        return None
    record, sealed = row
    inspection = session.get(Record, ("inspection", record.inspection_id))
    reference = str(inspection.data.get("reference", "")) if inspection else ""
    safe = "".join(ch for ch in reference if ch.isascii() and (ch.isalnum() or ch in "-_"))
    safe = safe or str(report_id)[:8]
    if sealed is not None and sealed.ltv_sha256:
        sha256, name = sealed.ltv_sha256, f"report-{safe}-sealed.pdf"
    else:
        sha256, name = str(record.data.get("sha256", "")), f"report-{safe}.pdf"
    held = session.scalar(
        select(func.count()).where(
            Blob.sha256 == sha256, Blob.jurisdiction_id == record.jurisdiction_id
        )
    )
    return (sha256, name) if held else None
