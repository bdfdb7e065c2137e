"""Agencies' risk bands in SQL, from the findings inspectors sent, with the laptop's rules
(inspector.checklists.scoring and inspector.services.agency_overview): an inspection's points
from its findings (dropped ones left out), its band from those points (any critical finding:
critical), an agency's demerits over the last 24 months raising the band of its last completed
inspection (12: at least high, 24: critical). One query per page, scoped by jurisdiction in it.

Not carried over: an inspection replaced by an amendment still counts here beside it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Integer, and_, case, func, literal, or_, select
from sqlalchemy.orm import aliased

from inspector.checklists.scoring import DEFAULT_RULES
from inspector.server.console.auth import Viewer
from inspector.server.tables import Record

BANDS = ("low", "medium", "high", "critical")
DONE = ("completed", "locked")


def field(record: Any, name: str) -> Any:
    return record.data[name].as_string()


def inspection_day(record: Any) -> Any:
    """The day an inspection took place, as YYYY-MM-DD text (the laptop's order of dates)."""
    return func.substr(
        func.coalesce(
            field(record, "completed_at"),
            field(record, "locked_at"),
            field(record, "started_at"),
            field(record, "planned_date"),
        ),
        1,
        10,
    )


def _months_before(day: dt.date, months: int) -> dt.date:
    from inspector.services.agency_overview import months_before

    return months_before(day, months)


def inspection_points() -> Any:
    """Per inspection id: its points and how many critical findings it has."""
    finding = aliased(Record)
    severity = field(finding, "severity")
    points = case(
        *[(severity == name, value) for name, value in DEFAULT_RULES.points.items()], else_=0
    )
    dropped = func.coalesce(finding.data["dropped"].as_boolean(), False)
    return (
        select(
            finding.inspection_id.label("inspection_id"),
            func.sum(points).label("points"),
            func.sum(case((severity == "critical", 1), else_=0)).label("criticals"),
        )
        .where(finding.type == "finding", finding.deleted.is_(False), dropped.is_(False))
        .group_by(finding.inspection_id)
        .subquery("points")
    )


def agency_risk(viewer: Viewer, today: dt.date | None = None) -> Any:
    """A subquery: agency_id, band (0 low .. 3 critical), demerits, inspected (completed
    inspections counted), for the agencies of the viewer's jurisdictions that have one."""
    rules = DEFAULT_RULES
    today = today or dt.date.today()
    window_start = _months_before(today, 24).isoformat()
    inspection = aliased(Record)
    points = inspection_points()
    day = inspection_day(inspection)
    total = func.coalesce(points.c.points, 0)
    band = case(
        (or_(func.coalesce(points.c.criticals, 0) > 0, total > rules.high_up_to), 3),
        (total > rules.medium_up_to, 2),
        (total > rules.low_up_to, 1),
        else_=0,
    )
    scored = (
        select(
            inspection.agency_id.label("agency_id"),
            band.label("band"),
            case((and_(day >= window_start, day <= today.isoformat()), total), else_=0).label(
                "in_window"
            ),
            func.row_number()
            .over(partition_by=inspection.agency_id, order_by=(day.desc(), inspection.id.desc()))
            .label("rank"),
        )
        .outerjoin(points, points.c.inspection_id == inspection.id)
        .where(
            inspection.type == "inspection",
            inspection.deleted.is_(False),
            inspection.agency_id.is_not(None),
            field(inspection, "status").in_(DONE),
            viewer.scope(inspection.jurisdiction_id),
        )
        .subquery("scored")
    )
    last_band = func.max(case((scored.c.rank == 1, scored.c.band), else_=None))
    demerits = func.sum(scored.c.in_window)
    final = case(
        (demerits >= rules.suspension_at, literal(3)),
        (and_(demerits >= rules.surveillance_at, last_band < 2), literal(2)),
        else_=last_band,
    )
    return (
        select(
            scored.c.agency_id.label("agency_id"),
            final.cast(Integer).label("band"),
            demerits.cast(Integer).label("demerits"),
            func.count().label("inspected"),
        )
        .group_by(scored.c.agency_id)
        .subquery("risk")
    )


def band_name(rank: int | None) -> str:
    return BANDS[rank] if rank is not None and 0 <= rank < len(BANDS) else ""
