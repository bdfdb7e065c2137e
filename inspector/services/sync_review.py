"""Sync results a person looks at and decides on: records the server refused (quarantined),
records in conflict, the assignments and checklists that came down."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.uow import UnitOfWork
from inspector.sync import state
from inspector.vault.tables import (
    Assignment,
    AuditEvent,
    OutboxEntry,
    PublishedForm,
    QuarantinedRecord,
    SyncConflict,
    SyncedRecord,
)
from inspector.vault.types import utcnow

if TYPE_CHECKING:
    from inspector.checklists.model import Form
    from inspector.vault.store import Vault


@dataclass(frozen=True)
class QuarantineRow:
    id: int
    entity_type: str
    entity_id: str
    label: str  # a reference when the record has one, else the short id
    revision: int
    reason: str
    at: dt.datetime


def _label(entity_type: str, entity_id: str, data: dict[str, Any]) -> str:
    reference = data.get("reference")
    return f"{entity_type.replace('_', ' ')} {reference or entity_id[:8]}"


def quarantined(session: Session) -> list[QuarantineRow]:
    rows = session.scalars(
        select(QuarantinedRecord)
        .where(QuarantinedRecord.released_at.is_(None))
        .order_by(QuarantinedRecord.at)
    )
    return [
        QuarantineRow(r.id, r.entity_type, r.entity_id, _label(r.entity_type, r.entity_id, r.data),
                      r.revision, r.reason, r.at)
        for r in rows
    ]  # fmt: skip


def retry_quarantined(vault: Vault, entry_id: int) -> None:
    """Put a quarantined record back in the queue (after the cause was fixed on the server):
    the next sync sends it again."""
    with UnitOfWork(vault) as uow:
        entry = uow.session.get(QuarantinedRecord, entry_id)
        if entry is None or entry.released_at is not None:
            raise NotFound(_("No quarantined record {id}.").format(id=entry_id))
        entry.released_at = utcnow()
        if entry.entity_type == "audit_event":
            event_seq = uow.session.scalar(
                select(AuditEvent.seq).where(AuditEvent.id == uuid.UUID(entry.entity_id))
            )
            if event_seq is not None:
                mark = int(state.get(uow.session, state.AUDIT_SEQ, 0))
                state.put(uow.session, state.AUDIT_SEQ, min(mark, event_seq - 1))
        elif entry.entity_type != "form_snapshot" and not _has_unsent(uow.session, entry):
            # Its entries were sent (a report refused after it arrived): queue it once more. A
            # snapshot goes again with its inspection.
            uow.session.add(OutboxEntry(entity_type=entry.entity_type, entity_id=entry.entity_id,
                                        revision=entry.revision, operation="upsert"))  # fmt: skip


def _has_unsent(session: Session, entry: QuarantinedRecord) -> bool:
    return (
        session.scalar(
            select(OutboxEntry.seq)
            .where(
                OutboxEntry.entity_type == entry.entity_type,
                OutboxEntry.entity_id == entry.entity_id,
                OutboxEntry.sent_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


@dataclass(frozen=True)
class ConflictRow:
    id: int
    entity_type: str
    entity_id: str
    label: str
    revision: int  # this laptop's
    server_revision: int | None
    reason: str
    data: dict[str, Any]  # this laptop's version as sent, for a side-by-side view
    at: dt.datetime


def conflicts(session: Session) -> list[ConflictRow]:
    rows = session.scalars(
        select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.at)
    )
    return [
        ConflictRow(r.id, r.entity_type, r.entity_id, _label(r.entity_type, r.entity_id, r.data),
                    r.revision, r.server_revision, r.reason, r.data, r.at)
        for r in rows
    ]  # fmt: skip


def resolve_conflict(vault: Vault, conflict_id: int, keep: str) -> None:
    """``keep="mine"``: this laptop's version goes up again as a new revision over the
    server's. ``keep="server"``: the server's version stands; this laptop's copy is left as it
    is and its next change is sent over the server's."""
    from inspector.sync.values import table_of

    if keep not in ("mine", "server"):
        raise InvalidInput(_("Keep 'mine' or 'server'."))
    with UnitOfWork(vault) as uow:
        conflict = uow.session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFound(_("No open conflict {id}.").format(id=conflict_id))
        conflict.resolved_at, conflict.resolution = utcnow(), keep
        server_revision = conflict.server_revision or conflict.revision
        known = uow.session.get(SyncedRecord, (conflict.entity_type, conflict.entity_id))
        if known is None:
            uow.session.add(SyncedRecord(entity_type=conflict.entity_type,
                                         entity_id=conflict.entity_id,
                                         revision=server_revision, status="conflict"))  # fmt: skip
        else:
            known.revision, known.status = server_revision, "conflict"
        if keep == "server":
            # This laptop's version is not sent again; its next change goes over the server's.
            uow.session.execute(
                update(OutboxEntry)
                .where(
                    OutboxEntry.entity_type == conflict.entity_type,
                    OutboxEntry.entity_id == conflict.entity_id,
                    OutboxEntry.revision <= conflict.revision,
                    OutboxEntry.sent_at.is_(None),
                )
                .values(sent_at=utcnow())
            )
        else:
            cls = table_of(conflict.entity_type)
            row = uow.session.get(cls, uuid.UUID(conflict.entity_id)) if cls else None
            if row is None:
                raise NotFound(_("The record of conflict {id} is no longer in this vault.").format(
                    id=conflict_id))  # fmt: skip
            row.revision = max(row.revision, server_revision)
            uow.changed(row, "sync.conflict_kept_mine", details={"conflict": conflict_id})


# --- what came down ---


@dataclass(frozen=True)
class AssignmentRow:
    id: uuid.UUID
    agency_id: uuid.UUID | None
    licence_number: str
    kind: str
    due_date: dt.date | None
    form_id: str
    notes: str


def list_assignments(session: Session) -> list[AssignmentRow]:
    rows = session.scalars(
        select(Assignment).order_by(Assignment.due_date.is_(None), Assignment.due_date)
    )
    return [
        AssignmentRow(r.id, r.agency_id, r.licence_number, r.kind, r.due_date, r.form_id, r.notes)
        for r in rows
    ]


def _version_key(version: str) -> tuple[tuple[int, Any], ...]:
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"[.\-_]", version)
    )


def newest_form(session: Session, form_id: str) -> Form:
    """The checklist a new inspection should use: the newest version published by the ministry
    or shipped with the app. Drafts keep the version they started with."""
    from inspector.checklists.library import shipped_forms
    from inspector.checklists.loader import load_document

    candidates: list[tuple[tuple[tuple[int, Any], ...], int, Any]] = [
        (_version_key(form.version), 0, form) for form in shipped_forms() if form.id == form_id
    ]
    for published in session.scalars(select(PublishedForm).where(PublishedForm.form_id == form_id)):
        candidates.append((_version_key(published.version), 1, published))
    if not candidates:
        raise NotFound(_("No checklist '{id}' here.").format(id=form_id))
    _key, _published, best = max(candidates, key=lambda item: (item[0], item[1]))
    if isinstance(best, PublishedForm):
        return load_document(best.content, f"{best.form_id}@{best.version}")
    form: Form = best
    return form
