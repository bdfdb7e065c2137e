"""The ministry's "require contact every N days" (off unless its server says so).

The server states N in its hello; the laptop stores it at enrolment and at every sync, so the
rule holds offline, as last heard. Contact is a sync in which the server took this laptop's
records and audit trail (files may still be on their way), or the enrolment itself.

What "require" means for the inspector, in two steps, never a lock-out:

- In the last ``WARN_DAYS`` days before contact is due, the status says when it is due.
- Once more than N days have passed, the status says so plainly, and starting a NEW inspection
  is refused (``ContactOverdue``) until a sync succeeds. Everything else goes on as before:
  opening, answering, completing, locking, reporting on and exporting inspections already
  started, complaints, backups, and of course syncing. Work in hand is never held hostage.

A laptop that is not enrolled has no such rule. Turning sync off (standalone) does not lift it:
the rule is the ministry's, and a sync is what ends it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from inspector.errors import ContactOverdue
from inspector.i18n import _, ngettext
from inspector.sync import state
from inspector.vault.types import utcnow

WARN_DAYS = 2  # the status tells the inspector this long before contact is due


@dataclass(frozen=True)
class ContactRule:
    max_days: int | None  # None: the ministry requires nothing (or this laptop is not enrolled)
    last_contact: dt.datetime | None
    now: dt.datetime

    @property
    def due(self) -> dt.datetime | None:
        """When contact is due (None when there is no rule)."""
        if self.max_days is None or self.last_contact is None:
            return None
        return self.last_contact + dt.timedelta(days=self.max_days)

    @property
    def overdue(self) -> bool:
        due = self.due
        return due is not None and self.now > due

    @property
    def due_soon(self) -> bool:
        due = self.due
        return due is not None and not self.overdue and due - self.now <= dt.timedelta(WARN_DAYS)

    @property
    def days_without_contact(self) -> int:
        if self.last_contact is None:
            return 0
        return max(0, (self.now - self.last_contact).days)


def _moment(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    else:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def last_contact(session: Session) -> dt.datetime | None:
    """The latest of: the server took this laptop's records, a sync finished, the enrolment."""
    from inspector.services.backup import last_sync

    enrolment = state.enrolment(session)
    moments = [
        _moment(state.get(session, state.LAST_CONTACT)),
        _moment(last_sync(session)),
        _moment(enrolment.enrolled_at) if enrolment is not None else None,
    ]
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def contact_rule(session: Session, now: dt.datetime | None = None) -> ContactRule:
    enrolled = state.enrolment(session) is not None
    days = state.get(session, state.MAX_DAYS_OFFLINE)
    valid = isinstance(days, int) and not isinstance(days, bool) and days > 0
    return ContactRule(
        max_days=days if enrolled and valid else None,
        last_contact=last_contact(session),
        now=now or utcnow(),
    )


def contact_words(rule: ContactRule) -> str | None:
    """The rule's state in one plain sentence; None when there is nothing to say."""
    if rule.max_days is None:
        return None
    every = ngettext(
        "your ministry requires a sync every day",
        "your ministry requires a sync every {n} days",
        rule.max_days,
    ).format(n=rule.max_days)
    if rule.overdue:
        return _(
            "No contact with the server for {days}: {every}. Sync now: no new inspection can "
            "be started until a sync succeeds (work already started goes on)."
        ).format(
            days=ngettext("{n} day", "{n} days", rule.days_without_contact).format(
                n=rule.days_without_contact
            ),
            every=every,
        )
    if rule.due_soon and rule.due is not None:
        hours = max(1, math.ceil((rule.due - rule.now).total_seconds() / 3600))
        left = (
            ngettext("{n} hour", "{n} hours", hours).format(n=hours)
            if hours < 48
            else ngettext("{n} day", "{n} days", hours // 24).format(n=hours // 24)
        )
        return _(
            "Sync within {left}: {every}; after that no new inspection can be started until "
            "a sync succeeds."
        ).format(left=left, every=every)
    return None


def refuse_new_inspection_when_overdue(session: Session, now: dt.datetime | None = None) -> None:
    """Raise ``ContactOverdue`` when the ministry's contact rule is overdue (see the module)."""
    rule = contact_rule(session, now)
    if rule.overdue:
        raise ContactOverdue(contact_words(rule) or "")
