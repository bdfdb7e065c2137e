"""Words for stored values (statuses, kinds, severities, risk bands), translated when shown.

Each function builds its table when called, so a change of language shows at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor


def licence_status(value: str) -> str:
    return {
        "pending": QCoreApplication.translate("labels", "Pending"),
        "active": QCoreApplication.translate("labels", "Active"),
        "suspended": QCoreApplication.translate("labels", "Suspended"),
        "revoked": QCoreApplication.translate("labels", "Revoked"),
        "expired": QCoreApplication.translate("labels", "Expired"),
    }.get(value, value)


def inspection_status(value: str) -> str:
    return {
        "draft": QCoreApplication.translate("labels", "Draft"),
        "in-progress": QCoreApplication.translate("labels", "In progress"),
        "completed": QCoreApplication.translate("labels", "Completed"),
        "locked": QCoreApplication.translate("labels", "Locked"),
    }.get(value, value)


def inspection_kind(value: str) -> str:
    return {
        "routine": QCoreApplication.translate("labels", "Routine"),
        "complaint-driven": QCoreApplication.translate("labels", "Complaint-driven"),
        "follow-up": QCoreApplication.translate("labels", "Follow-up"),
    }.get(value, value)


def severity(value: str) -> str:
    return {
        "critical": QCoreApplication.translate("labels", "Critical"),
        "major": QCoreApplication.translate("labels", "Major"),
        "minor": QCoreApplication.translate("labels", "Minor"),
        "observation": QCoreApplication.translate("labels", "Observation"),
    }.get(value, value)


def risk_band(value: str) -> str:
    return {
        "low": QCoreApplication.translate("labels", "Low"),
        "medium": QCoreApplication.translate("labels", "Medium"),
        "high": QCoreApplication.translate("labels", "High"),
        "critical": QCoreApplication.translate("labels", "Critical"),
    }.get(value, value)


def standing(value: str) -> str:
    return {
        "good": QCoreApplication.translate("labels", "good standing"),
        "surveillance": QCoreApplication.translate("labels", "surveillance"),
        "suspension or revocation": QCoreApplication.translate(
            "labels", "suspension or revocation"
        ),
    }.get(value, value)


def action_status(value: str) -> str:
    return {
        "open": QCoreApplication.translate("labels", "Open"),
        "in-progress": QCoreApplication.translate("labels", "In progress"),
        "done": QCoreApplication.translate("labels", "Done"),
        "verified": QCoreApplication.translate("labels", "Verified"),
        "cancelled": QCoreApplication.translate("labels", "Cancelled"),
    }.get(value, value)


def complaint_status(value: str) -> str:
    return {
        "received": QCoreApplication.translate("labels", "Received"),
        "referred": QCoreApplication.translate("labels", "Referred"),
        "under-investigation": QCoreApplication.translate("labels", "Under investigation"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }.get(value, value)


def days_left(days: int) -> str:
    """'overdue by 3 days', 'due today', 'in 5 days'."""
    if days < 0:
        return (
            QCoreApplication.translate("labels", "overdue by {n} days").format(n=-days)
            if days < -1
            else QCoreApplication.translate("labels", "overdue by 1 day")
        )
    if days == 0:
        return QCoreApplication.translate("labels", "due today")
    if days == 1:
        return QCoreApplication.translate("labels", "due tomorrow")
    return QCoreApplication.translate("labels", "in {n} days").format(n=days)


def date_format() -> str:
    """The one date format of the window: the language's short format with a four-digit year
    ("06/12/2026" in French, "12/6/2026" in English), for date fields and for dates in text."""
    pattern = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(day: dt.date | None) -> str:
    """A date as the window shows it (``date_format``), or a dash for none."""
    if day is None:
        return "—"
    return _locale().toString(QDate(day.year, day.month, day.day), date_format())


def time_text(moment: dt.datetime) -> str:
    """A moment's local time of day in the language's short format ("14:32", "2:32 PM")."""
    local = moment.astimezone() if moment.tzinfo else moment
    return _locale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def moment_text(moment: dt.datetime | None) -> str:
    """A moment in local time as the window shows it: its date (``date_text``) and its time
    (``time_text``), such as "06/12/2026 14:32" in French; a dash for none."""
    if moment is None:
        return "—"
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{date_text(local.date())} {time_text(local)}"


def _locale() -> QLocale:
    """The language chosen (``i18n.install_translators`` makes it the default); before that,
    the system's - never Qt's "C" locale, whose dates read "4 12 2026"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        from inspector.gui.i18n import effective_language

        locale = QLocale(effective_language(""))
    return locale


RED = QColor("#b00020")
AMBER = QColor("#9a5b00")
BAND_COLOURS = {
    "low": ("#1b5e20", "#e8f5e9"),
    "medium": ("#7a4f01", "#fff4d6"),
    "high": ("#8a3b00", "#ffe0cc"),
    "critical": ("#ffffff", "#b00020"),
}
