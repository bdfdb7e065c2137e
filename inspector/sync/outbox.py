"""The outbox going up: entries read in order, coalesced to the latest revision of each record,
sent with the record's current columns, and what the server answered recorded record by record.

A record is sent at the place of its oldest waiting entry, so a parent (written before its
children) always goes before them, even when it changed again later. Only entries up to the one
read are marked sent, and only for what the server acknowledged: a change made while a sync
runs waits for the next one. A record the server refused (quarantined) or answered with a
conflict keeps its entries; they are held back until the record changes again or a person
releases it, so they neither block the queue nor go up again unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from inspector.i18n import _
from inspector.sync.values import record_data, table_of
from inspector.vault.tables import (
    AuditEvent,
    FormSnapshot,
    OutboxEntry,
    QuarantinedRecord,
    SyncConflict,
    SyncedRecord,
)
from inspector.vault.types import utcnow

# What the server takes from the outbox (docs/sync-protocol.md). ``form_snapshot`` goes up as
# the parent an inspection or interview needs, ``audit_event`` after the records. Other tables
# (the profile, branches, sub-agents) and the local-only ones stay on the laptop.
SENT_TYPES = (
    "agency",
    "complaint",
    "complaint_referral",
    "inspection",
    "answer",
    "finding",
    "corrective_action",
    "worker_interview",
    "attachment",
    "report",
)
ACKNOWLEDGED = ("stored", "duplicate", "ignored")
_PARENT_COLUMNS = {"inspection": "inspection_id", "complaint": "complaint_id"}
_NEEDS_SNAPSHOT = ("inspection", "worker_interview")


@dataclass
class Outgoing:
    """One record as it goes up; ``last_seq``: the newest outbox entry it answers (None for a
    parent sent without an entry of its own)."""

    type: str
    id: str
    revision: int
    base_revision: int | None
    operation: str
    data: dict[str, Any]
    last_seq: int | None

    def wire(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "id": self.id,
            "revision": self.revision,
            "base_revision": self.base_revision,
            "operation": self.operation,
            "data": self.data,
        }

    def size(self) -> int:
        return len(json.dumps(self.wire(), ensure_ascii=False, separators=(",", ":")).encode())


@dataclass(frozen=True)
class Waiting:
    type: str
    id: str
    last_seq: int
    revision: int
    operation: str


def waiting(session: Session) -> list[Waiting]:
    """Every record with outbox entries not yet answered, oldest first, one per record."""
    groups = (
        select(
            OutboxEntry.entity_type,
            OutboxEntry.entity_id,
            func.min(OutboxEntry.seq).label("first"),
            func.max(OutboxEntry.seq).label("last"),
        )
        .where(OutboxEntry.sent_at.is_(None), OutboxEntry.entity_type.in_(SENT_TYPES))
        .group_by(OutboxEntry.entity_type, OutboxEntry.entity_id)
        .subquery()
    )
    rows = session.execute(
        select(
            groups.c.entity_type,
            groups.c.entity_id,
            groups.c.last,
            OutboxEntry.revision,
            OutboxEntry.operation,
        )
        .join(OutboxEntry, OutboxEntry.seq == groups.c.last)
        .order_by(groups.c.first)
    )
    held = held_back(session)
    return [
        item
        for item in (Waiting(*row) for row in rows)
        if held.get((item.type, item.id), -1) < item.revision
    ]


def held_back(session: Session) -> dict[tuple[str, str], int]:
    """Records quarantined or in conflict, with the revision that was refused: their entries up
    to that revision wait for a person (a later change goes up by itself)."""
    held: dict[tuple[str, str], int] = {}
    for table, still_open in (
        (QuarantinedRecord, QuarantinedRecord.released_at.is_(None)),
        (SyncConflict, SyncConflict.resolved_at.is_(None)),
    ):
        rows = session.execute(
            select(table.entity_type, table.entity_id, table.revision).where(still_open)
        )
        for entity_type, entity_id, revision in rows:
            key = (entity_type, entity_id)
            held[key] = max(held.get(key, 0), revision)
    return held


def count_waiting(session: Session) -> int:
    """How many records wait to go up (each counted once, however often it changed; those held
    back in quarantine or conflict are counted there)."""
    return len(waiting(session))


def acknowledged_revision(session: Session, type_: str, id_: str) -> int | None:
    return session.scalar(
        select(SyncedRecord.revision).where(
            SyncedRecord.entity_type == type_, SyncedRecord.entity_id == id_
        )
    )


def _snapshot_record(session: Session, snapshot_id: uuid.UUID) -> Outgoing | None:
    snapshot = session.get(FormSnapshot, snapshot_id)
    if snapshot is None:
        return None
    return Outgoing(
        "form_snapshot", str(snapshot.id), 1, None, "upsert", record_data(snapshot), None
    )


def _inspection_of_deleted(session: Session, type_: str, id_: str) -> uuid.UUID | None:
    return session.scalar(
        select(AuditEvent.inspection_id)
        .where(AuditEvent.entity_type == type_, AuditEvent.entity_id == id_)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    )


def acknowledged_revisions(
    session: Session, items: Iterable[Waiting]
) -> dict[tuple[str, str], int]:
    """The revisions the server acknowledged of ``items``, in one query."""
    wanted = {(item.type, item.id) for item in items}
    if not wanted:
        return {}
    rows = session.execute(
        select(SyncedRecord.entity_type, SyncedRecord.entity_id, SyncedRecord.revision).where(
            SyncedRecord.entity_type.in_(sorted({type_ for type_, _id in wanted})),
            SyncedRecord.entity_id.in_(sorted({id_ for _type, id_ in wanted})),
        )
    )
    return {(type_, id_): revision for type_, id_, revision in rows if (type_, id_) in wanted}


def outgoing(
    session: Session, items: Iterable[Waiting], parents_sent: set[str]
) -> Iterator[Outgoing]:
    """The records to send for ``items``, each preceded by the form snapshot it needs when the
    server has not acknowledged that yet (``parents_sent`` remembers the snapshots this run
    sent or found acknowledged)."""
    items = list(items)
    bases = acknowledged_revisions(session, items)
    for item in items:
        cls = table_of(item.type)
        if cls is None:
            continue
        row = session.get(cls, uuid.UUID(item.id))
        base = bases.get((item.type, item.id))
        if row is None:
            # Deleted here: a delete is a new revision of the record. The server finds its
            # parent by the inspection it names, which the deletion's audit event recorded.
            data: dict[str, Any] = {"id": item.id}
            inspection_id = _inspection_of_deleted(session, item.type, item.id)
            if inspection_id is not None:
                data["inspection_id"] = str(inspection_id)
            yield Outgoing(item.type, item.id, item.revision + 1, base, "delete", data,
                           item.last_seq)  # fmt: skip
            continue
        snapshot_id = (
            getattr(row, "form_snapshot_id", None) if item.type in _NEEDS_SNAPSHOT else None
        )
        if snapshot_id is not None and str(snapshot_id) not in parents_sent:
            parents_sent.add(str(snapshot_id))
            if acknowledged_revision(session, "form_snapshot", str(snapshot_id)) is None:
                parent = _snapshot_record(session, snapshot_id)
                if parent is not None:
                    yield parent
        revision = int(getattr(row, "revision", item.revision) or item.revision)
        yield Outgoing(
            item.type, item.id, revision, base, "upsert", record_data(row), item.last_seq
        )


def batches(
    records: Iterable[Outgoing], max_records: int, max_bytes: int
) -> Iterator[tuple[list[Outgoing], list[Outgoing]]]:
    """Batches within the server's limits, and with each the records too large to send at all.
    The size counted is that of the JSON before compression (what the server unpacks)."""
    budget = int(max_bytes * 0.9) - 64  # the envelope and some headroom
    batch: list[Outgoing] = []
    too_large: list[Outgoing] = []
    used = 0
    for record in records:
        size = record.size() + 1
        if size > budget:
            too_large.append(record)
            continue
        if batch and (len(batch) >= max_records or used + size > budget):
            yield batch, too_large
            batch, too_large, used = [], [], 0
        batch.append(record)
        used += size
    if batch or too_large:
        yield batch, too_large


@dataclass(frozen=True)
class Refusal:
    """A record the server refused or answered with a conflict, as a person reads it."""

    type: str
    id: str
    label: str  # "inspection INS-2026-…" or the type and the id's first characters
    reason: str

    @classmethod
    def of(cls, record: Outgoing, reason: str) -> Refusal:
        name = record.data.get("reference") or record.id[:8]
        return cls(record.type, record.id, f"{record.type.replace('_', ' ')} {name}", reason)


@dataclass
class Answered:
    acknowledged: int = 0
    quarantined: list[Refusal] = field(default_factory=list)
    conflicts: list[Refusal] = field(default_factory=list)


def _acknowledge(
    session: Session,
    record: Outgoing,
    revision: int,
    status: str,
    known: dict[tuple[str, str], SyncedRecord],
    quarantined: set[str],
) -> None:
    synced = known.get((record.type, record.id))
    if synced is None:
        synced = SyncedRecord(entity_type=record.type, entity_id=record.id, revision=revision,
                              status=status)  # fmt: skip
        session.add(synced)
        known[(record.type, record.id)] = synced
    else:
        synced.revision, synced.status, synced.acknowledged_at = revision, status, utcnow()
    if record.id in quarantined:  # refused before, taken now: out of quarantine
        session.execute(
            update(QuarantinedRecord)
            .where(
                QuarantinedRecord.entity_type == record.type,
                QuarantinedRecord.entity_id == record.id,
                QuarantinedRecord.released_at.is_(None),
            )
            .values(released_at=utcnow())
        )
    parent_column = _PARENT_COLUMNS.get(record.type)
    if parent_column and quarantined:
        # Records refused while their parent was missing go up again with it.
        for held in session.scalars(
            select(QuarantinedRecord).where(QuarantinedRecord.released_at.is_(None))
        ):
            if held.data.get(parent_column) == record.id:
                held.released_at = utcnow()


def _mark_answered(session: Session, answered: list[Outgoing], now: dt.datetime) -> None:
    """Mark sent the outbox entries each acknowledged record answers (up to the one read), in
    one statement run for all of them."""
    params = [
        {"type_": record.type, "id_": record.id, "last": record.last_seq, "now": now}
        for record in answered
        if record.last_seq is not None
    ]
    if not params:
        return
    table = OutboxEntry.__table__
    session.execute(
        table.update()
        .where(
            table.c.entity_type == bindparam("type_"),
            table.c.entity_id == bindparam("id_"),
            table.c.seq <= bindparam("last"),
            table.c.sent_at.is_(None),
        )
        .values(sent_at=bindparam("now")),
        params,
    )


def quarantine(session: Session, record: Outgoing, reason: str) -> None:
    """Keep a refused record aside with the reason; one open entry per record."""
    open_entry = session.scalar(
        select(QuarantinedRecord).where(
            QuarantinedRecord.entity_type == record.type,
            QuarantinedRecord.entity_id == record.id,
            QuarantinedRecord.released_at.is_(None),
        )
    )
    if open_entry is None:
        session.add(QuarantinedRecord(entity_type=record.type, entity_id=record.id,
                                      revision=record.revision, reason=reason,
                                      data=record.data))  # fmt: skip
    else:
        open_entry.revision, open_entry.reason, open_entry.data = (
            record.revision,
            reason,
            record.data,
        )
        open_entry.at = utcnow()


def _conflict(session: Session, record: Outgoing, server_revision: int | None, reason: str) -> None:
    open_entry = session.scalar(
        select(SyncConflict).where(
            SyncConflict.entity_type == record.type,
            SyncConflict.entity_id == record.id,
            SyncConflict.resolved_at.is_(None),
        )
    )
    if open_entry is None:
        session.add(SyncConflict(entity_type=record.type, entity_id=record.id,
                                 revision=record.revision, server_revision=server_revision,
                                 reason=reason, data=record.data))  # fmt: skip
    else:
        open_entry.revision, open_entry.server_revision = record.revision, server_revision
        open_entry.reason, open_entry.data, open_entry.at = reason, record.data, utcnow()


def record_answers(
    session: Session, sent: list[Outgoing], results: list[dict[str, Any]]
) -> Answered:
    """Store what the server said of each record sent; a record it did not answer stays
    waiting."""
    answered = Answered()
    quarantined = set(
        session.scalars(
            select(QuarantinedRecord.entity_id).where(QuarantinedRecord.released_at.is_(None))
        )
    )
    known = {
        (synced.entity_type, synced.entity_id): synced
        for synced in session.scalars(
            select(SyncedRecord).where(
                SyncedRecord.entity_type.in_(sorted({record.type for record in sent})),
                SyncedRecord.entity_id.in_(sorted({record.id for record in sent})),
            )
        )
    }
    by_key = {(str(r.get("type")), str(r.get("id"))): r for r in results if isinstance(r, dict)}
    taken: list[Outgoing] = []
    for index, record in enumerate(sent):
        result = results[index] if index < len(results) and isinstance(results[index], dict) else {}
        if (result.get("type"), result.get("id")) != (record.type, record.id):
            result = by_key.get((record.type, record.id), {})
        status = result.get("status")
        reason = str(result.get("reason") or "")
        revision = result.get("revision")
        if status in ACKNOWLEDGED:
            _acknowledge(session, record, int(revision or record.revision), str(status), known,
                         quarantined)  # fmt: skip
            taken.append(record)
            answered.acknowledged += 1
        elif status == "refused":
            reason = reason or _("refused by the server")
            quarantine(session, record, reason)
            answered.quarantined.append(Refusal.of(record, reason))
        elif status == "conflict":
            reason = reason or _("the server holds a newer version")
            _conflict(session, record, int(revision) if revision is not None else None, reason)
            answered.conflicts.append(Refusal.of(record, reason))
    _mark_answered(session, taken, utcnow())
    return answered
