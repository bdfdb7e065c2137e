"""The overview's numbers, each computed by one SQL query scoped to the viewer's jurisdictions:
inspections received by month, findings by IRIS principle and severity, agencies by risk band,
overdue corrective actions, and devices that have not synced for some days."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from inspector.server.console.auth import Viewer
from inspector.server.console.risk import BANDS, agency_risk, field
from inspector.server.tables import Account, Agency, Device, Jurisdiction, Record

# The IRIS Standard's principles as the shipped checklists name them (forms/*.yaml standards).
IRIS = ("IRIS-A", "IRIS-B", "IRIS-1", "IRIS-2", "IRIS-3", "IRIS-4", "IRIS-5")
SEVERITIES = ("critical", "major", "minor", "observation")
OPEN_ACTION = ("open", "in-progress")


def month_of(session: Session, column: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


def received_by_month(session: Session, viewer: Viewer, months: int = 12) -> list[tuple[str, int]]:
    """(YYYY-MM, inspections received) for the last ``months`` months, empty months included."""
    today = dt.date.today()
    year, month = today.year, today.month
    labels = []
    for _ in range(months):
        labels.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    labels.reverse()
    start = dt.datetime(int(labels[0][:4]), int(labels[0][5:]), 1, tzinfo=dt.UTC)
    month = month_of(session, Record.received_at)
    counts = dict(
        session.execute(
            select(month, func.count())
            .where(
                Record.type == "inspection",
                Record.deleted.is_(False),
                Record.received_at >= start,
                viewer.scope(Record.jurisdiction_id),
            )
            .group_by(month)
        ).all()
    )
    return [(label, int(counts.get(label, 0))) for label in labels]


def findings_by_principle(
    session: Session, viewer: Viewer
) -> list[tuple[str, dict[str, int], int]]:
    """(principle, {severity: findings}, total) over findings not dropped; 'other' for findings
    that cite no IRIS principle. A finding citing two principles counts under each."""
    severity = field(Record, "severity")
    standard = func.coalesce(field(Record, "standard"), "")
    dropped = func.coalesce(Record.data["dropped"].as_boolean(), False)
    columns = [
        func.sum(case((standard.like(f"%{code}%"), 1), else_=0)).label(code) for code in IRIS
    ]
    none_cited = ~func.coalesce(standard, "").like("%IRIS-%")
    columns.append(func.sum(case((none_cited, 1), else_=0)).label("other"))
    rows = session.execute(
        select(severity, *columns)
        .where(
            Record.type == "finding",
            Record.deleted.is_(False),
            dropped.is_(False),
            viewer.scope(Record.jurisdiction_id),
        )
        .group_by(severity)
    ).all()
    result: dict[str, dict[str, int]] = {code: {} for code in (*IRIS, "other")}
    for row in rows:
        for code in (*IRIS, "other"):
            count = int(row._mapping[code] or 0)
            if count:
                result[code][str(row[0])] = result[code].get(str(row[0]), 0) + count
    return [(code, counts, sum(counts.values())) for code, counts in result.items()]


def agencies_by_band(session: Session, viewer: Viewer) -> list[tuple[str, int]]:
    """(band, agencies) for every band, then agencies of the registry never inspected."""
    risk = agency_risk(viewer)
    counts = dict(session.execute(select(risk.c.band, func.count()).group_by(risk.c.band)).all())
    agencies = session.scalar(
        select(func.count()).select_from(Agency).where(viewer.scope(Agency.jurisdiction_id))
    )
    banded = session.scalar(
        select(func.count())
        .select_from(risk)
        .join(Agency, Agency.id == risk.c.agency_id)
        .where(viewer.scope(Agency.jurisdiction_id))
    )
    rows = [(name, int(counts.get(rank, 0))) for rank, name in enumerate(BANDS)]
    rows.append(("not inspected", max(0, int(agencies or 0) - int(banded or 0))))
    return rows


@dataclass(frozen=True)
class OverdueAction:
    inspection_id: uuid.UUID
    reference: str
    agency: str
    description: str
    deadline: str
    status: str


def overdue_actions(
    session: Session, viewer: Viewer, limit: int = 10
) -> tuple[int, list[OverdueAction]]:
    """Open corrective actions of completed inspections past their deadline: how many, and the
    oldest ``limit``."""
    action = aliased(Record)
    inspection = aliased(Record)
    deadline = field(action, "deadline")
    where = (
        action.type == "corrective_action",
        action.deleted.is_(False),
        field(action, "status").in_(OPEN_ACTION),
        deadline < dt.date.today().isoformat(),
        viewer.scope(action.jurisdiction_id),
        inspection.type == "inspection",
        field(inspection, "status").in_(("completed", "locked")),
    )
    joined = (
        select(func.count())
        .select_from(action)
        .join(inspection, inspection.id == action.inspection_id)
    )
    total = int(session.scalar(joined.where(*where)) or 0)
    rows = session.execute(
        select(
            inspection.id,
            field(inspection, "reference"),
            Agency.name,
            field(action, "description"),
            deadline,
            field(action, "status"),
        )
        .select_from(action)
        .join(inspection, inspection.id == action.inspection_id)
        .outerjoin(Agency, Agency.id == inspection.agency_id)
        .where(*where)
        .order_by(deadline, action.id)
        .limit(limit)
    ).all()
    return total, [
        OverdueAction(r[0], r[1] or "", r[2] or "", r[3] or "", r[4] or "", r[5] or "")
        for r in rows
    ]


@dataclass(frozen=True)
class QuietDevice:
    id: uuid.UUID
    name: str
    username: str
    jurisdiction: str
    last_seen_at: dt.datetime | None


def quiet_devices(session: Session, viewer: Viewer, days: int) -> list[QuietDevice]:
    """Devices not revoked that have not called for ``days`` days (or never)."""
    from inspector.vault.types import utcnow

    since = utcnow() - dt.timedelta(days=days)
    rows = session.execute(
        select(Device.id, Device.name, Account.username, Jurisdiction.code, Device.last_seen_at)
        .join(Account, Account.id == Device.account_id)
        .join(Jurisdiction, Jurisdiction.id == Account.jurisdiction_id)
        .where(
            Device.revoked_at.is_(None),
            (Device.last_seen_at.is_(None)) | (Device.last_seen_at < since),
            viewer.scope(Account.jurisdiction_id),
        )
        .order_by(Device.last_seen_at.asc().nulls_first(), Device.id)
        .limit(50)
    ).all()
    return [QuietDevice(*row) for row in rows]
