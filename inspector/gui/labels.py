"""Words for stored values (statuses, kinds, severities, risk bands), translated when shown.

Each function builds its table when called, so a change of language shows at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def licence_status(value: str) -> str:
    return {
        "pending": _tr("Pending"),
        "active": _tr("Active"),
        "suspended": _tr("Suspended"),
        "revoked": _tr("Revoked"),
        "expired": _tr("Expired"),
    }.get(value, value)


def inspection_status(value: str) -> str:
    return {
        "draft": _tr("Draft"),
        "in-progress": _tr("In progress"),
        "completed": _tr("Completed"),
        "locked": _tr("Locked"),
    }.get(value, value)


def inspection_kind(value: str) -> str:
    return {
        "routine": _tr("Routine"),
        "complaint-driven": _tr("Complaint-driven"),
        "follow-up": _tr("Follow-up"),
    }.get(value, value)


def severity(value: str) -> str:
    return {
        "critical": _tr("Critical"),
        "major": _tr("Major"),
        "minor": _tr("Minor"),
        "observation": _tr("Observation"),
    }.get(value, value)


def risk_band(value: str) -> str:
    return {
        "low": _tr("Low"),
        "medium": _tr("Medium"),
        "high": _tr("High"),
        "critical": _tr("Critical"),
    }.get(value, value)


def standing(value: str) -> str:
    return {
        "good": _tr("good standing"),
        "surveillance": _tr("surveillance"),
        "suspension or revocation": _tr("suspension or revocation"),
    }.get(value, value)


def action_status(value: str) -> str:
    return {
        "open": _tr("Open"),
        "in-progress": _tr("In progress"),
        "done": _tr("Done"),
        "verified": _tr("Verified"),
        "cancelled": _tr("Cancelled"),
    }.get(value, value)


def complaint_status(value: str) -> str:
    return {
        "received": _tr("Received"),
        "referred": _tr("Referred"),
        "under-investigation": _tr("Under investigation"),
        "closed": _tr("Closed"),
    }.get(value, value)


def days_left(days: int) -> str:
    """'overdue by 3 days', 'due today', 'in 5 days'."""
    if days < 0:
        return _tr("overdue by {n} days").format(n=-days) if days < -1 else _tr("overdue by 1 day")
    if days == 0:
        return _tr("due today")
    if days == 1:
        return _tr("due tomorrow")
    return _tr("in {n} days").format(n=days)


def date_text(day: dt.date | None) -> str:
    # ISO dates: the same in every language and country an inspector works in.
    return day.isoformat() if day is not None else "—"


RED = QColor("#b00020")
AMBER = QColor("#9a5b00")
BAND_COLOURS = {
    "low": ("#1b5e20", "#e8f5e9"),
    "medium": ("#7a4f01", "#fff4d6"),
    "high": ("#8a3b00", "#ffe0cc"),
    "critical": ("#ffffff", "#b00020"),
}
