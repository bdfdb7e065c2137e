"""The change log laptops pull from, numbered in commit order.

A cursor over a plain sequence skips rows when two transactions commit out of order: the one that
took the lower number commits last, after a reader has already moved past it. Here every
transaction that appends to the log first takes one short transaction-scoped lock (PostgreSQL's
``pg_advisory_xact_lock``; SQLite's writers are serialised by ``BEGIN IMMEDIATE`` anyway), so
numbers are handed out and committed in the same order. Keep such transactions short: append the
change last, just before the commit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from inspector.server.tables import Change

_CHANGE_LOCK = 0x46494331  # our own constant for the advisory lock


def append_change(
    session: Session,
    type_: str,
    entity_id: str,
    data: dict[str, Any],
    *,
    jurisdiction_id: int | None = None,
    account_id: int | None = None,
) -> None:
    """Add a change for everyone (no jurisdiction, no account), a jurisdiction, or one person."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHANGE_LOCK})
    session.add(
        Change(
            type=type_,
            entity_id=entity_id,
            data=data,
            jurisdiction_id=jurisdiction_id,
            account_id=account_id,
        )
    )
    session.flush()


def changes_after(
    session: Session, cursor: int, *, jurisdiction_id: int, account_id: int, limit: int
) -> list[Change]:
    """The changes this person's device may see, after ``cursor``, oldest first. The scope is in
    the query itself."""
    query = (
        select(Change)
        .where(Change.seq > cursor)
        .where(or_(Change.jurisdiction_id.is_(None), Change.jurisdiction_id == jurisdiction_id))
        .where(or_(Change.account_id.is_(None), Change.account_id == account_id))
        .order_by(Change.seq)
        .limit(limit)
    )
    return list(session.scalars(query))
