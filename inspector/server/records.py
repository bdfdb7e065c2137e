"""Taking a batch of records from a laptop, record by record.

One bad record never blocks a queue: each record is checked on its own and answered on its own
(stored, duplicate, conflict, refused, ignored; docs/sync-protocol.md).
Revisions decide, never clocks: a laptop's revisions only grow, so a revision the server already
holds from the same device is a duplicate; a version from another device on a stale base is a
conflict, and both versions are kept. A locked inspection is final: its locked version is stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session

from inspector.i18n import _
from inspector.server.changes import append_change
from inspector.server.envelope import (
    AUDIT,
    CONFIDENTIAL,
    IGNORED,
    PARENT,
    Envelope,
    Outcome,
    Refused,
    as_uuid,
    read_envelope,
)
from inspector.server.tables import (
    Account,
    AccountRole,
    Agency,
    Conflict,
    Device,
    Record,
)
from inspector.vault.types import utcnow

# The laptop tables a device may send, and the parent each child hangs from.
# Columns of a complaint that can identify the complainant: never sent to another jurisdiction
# (the summary only when the complainant agreed to share it).
COMPLAINT_IDENTITY = ("complainant_code",)


class Ingest:
    """One batch from one device.

    The records the batch names (and their parents) are read in one query first, every check
    runs in memory, and what is kept is written in one flush at the end. A refused record
    changes nothing before it is refused. Only when that flush fails (another server process
    stored one of the same new records a moment earlier) does the caller run the batch again
    ``careful``ly: a savepoint and a flush per record.
    """

    def __init__(
        self, session: Session, device: Device, account: Account, *, careful: bool = False
    ) -> None:
        self.session = session
        self.device = device
        self.account = account
        self.careful = careful
        self.known: dict[tuple[str, uuid.UUID], Record | None] = {}
        self.referred: list[Record] = []  # complaints to announce to another jurisdiction
        self.reports: list[Record] = []

    def prefetch(self, raws: list[Any]) -> None:
        """Read every stored record this batch names or hangs from, in one query."""
        from sqlalchemy import select, tuple_

        keys: set[tuple[str, uuid.UUID]] = set()
        for raw in raws:
            if not isinstance(raw, dict) or not isinstance(raw.get("data"), dict):
                continue
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                keys.add((str(raw.get("type")), uuid.UUID(str(raw.get("id")))))
            link = PARENT.get(str(raw.get("type")))
            if link is not None:
                with contextlib.suppress(ValueError, TypeError, AttributeError):
                    keys.add((link[0], uuid.UUID(str(raw["data"].get(link[1])))))
        ordered = sorted(keys)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            for record in self.session.scalars(
                select(Record).where(tuple_(Record.type, Record.id).in_(chunk))
            ):
                self.known[(record.type, record.id)] = record
        for key in ordered:
            self.known.setdefault(key, None)

    def _stored(self, kind: str, record_id: uuid.UUID) -> Record | None:
        key = (kind, record_id)
        if key not in self.known:
            self.known[key] = self.session.get(Record, key)
        return self.known[key]

    def _flush(self) -> None:
        if self.careful:
            self.session.flush()

    # --- scope ---

    def _may_write(self, record: Record) -> bool:
        return (
            record.jurisdiction_id == self.account.jurisdiction_id
            or record.account_id == self.account.id
        )

    def _parent(self, envelope: Envelope) -> Record | None:
        link = PARENT.get(envelope.type)
        if link is None:
            return None
        parent_type, column = link
        parent_id = as_uuid(envelope.data.get(column), column)
        parent = self._stored(parent_type, parent_id)
        if parent is None:
            raise Refused(
                _("The {parent} this record belongs to has not arrived.").format(
                    parent=parent_type.replace("_", " ")
                )
            )
        if not self._may_write(parent):
            raise Refused(_("This record belongs to another jurisdiction."))
        return parent

    def _jurisdiction_of(self, envelope: Envelope, parent: Record | None) -> int:
        if parent is not None:
            return parent.jurisdiction_id
        if envelope.type == "complaint" and self.account.role is AccountRole.CONSULAR:
            agency = self._agency(envelope.data.get("agency_id"))
            if agency is not None:
                return agency.jurisdiction_id
        return self.account.jurisdiction_id

    def _agency(self, value: Any) -> Agency | None:
        if value in (None, ""):
            return None
        try:
            return self.session.get(Agency, uuid.UUID(str(value)))
        except ValueError:
            return None

    # --- one record ---

    def take(self, raw: Any) -> Outcome:
        kind = raw.get("type") if isinstance(raw, dict) else None
        shown_id = str(raw.get("id"))[:64] if isinstance(raw, dict) else ""
        try:
            envelope = read_envelope(raw)
        except Refused as refusal:
            return Outcome(str(kind)[:40], shown_id, "refused", reason=str(refusal))
        if envelope.type in IGNORED:
            return Outcome(
                envelope.type,
                str(envelope.id),
                "ignored",
                envelope.revision,
                _("The agency registry is published by the ministry; laptop copies are not kept."),
            )
        savepoint = self.session.begin_nested() if self.careful else None
        try:
            if envelope.type == AUDIT:
                outcome = self._audit_event(envelope)
            else:
                outcome = self._record(envelope)
        except Refused as refusal:
            if savepoint is not None:
                savepoint.rollback()
            return Outcome(envelope.type, str(envelope.id), "refused", reason=str(refusal))
        if savepoint is not None:
            savepoint.commit()
        return outcome

    def _record(self, envelope: Envelope) -> Outcome:
        parent = self._parent(envelope)
        existing = self._stored(envelope.type, envelope.id)
        outcome = Outcome(envelope.type, str(envelope.id), "stored", envelope.revision)
        locked = envelope.type == "inspection" and envelope.data.get("status") == "locked"
        parent_locked = parent is not None and parent.locked
        if existing is not None and not self._may_write(existing):
            raise Refused(_("This record belongs to another jurisdiction."))
        if existing is None:
            self._store_new(envelope, parent, locked)
        elif existing.digest == envelope.digest and existing.revision == envelope.revision:
            return Outcome(envelope.type, str(envelope.id), "duplicate", existing.revision)
        elif existing.locked and not locked:
            raise Refused(
                _("This inspection is locked on the server; record changes as an amendment.")
            )
        elif existing.device_id == self.device.id and envelope.revision < existing.revision:
            # An old revision sent again after a newer one arrived: nothing to do.
            return Outcome(envelope.type, str(envelope.id), "duplicate", existing.revision)
        elif (
            existing.device_id == self.device.id and envelope.revision > existing.revision
        ) or envelope.base_revision == existing.revision:
            self._replace(existing, envelope, locked)
        elif locked or parent_locked:
            # A locked inspection never conflicts: its final version is kept, and the version it
            # displaces is kept beside it for the record.
            self._keep_aside(existing.type, existing.id, existing, resolved=True)
            self._replace(existing, envelope, locked)
        else:
            self._keep_aside(envelope.type, envelope.id, existing, envelope=envelope)
            return Outcome(
                envelope.type,
                str(envelope.id),
                "conflict",
                existing.revision,
                _(
                    "The server holds revision {server} from another device; yours (revision "
                    "{mine}) was based on {base}. Both are kept for a person to resolve."
                ).format(
                    server=existing.revision,
                    mine=envelope.revision,
                    base=envelope.base_revision if envelope.base_revision else _("none"),
                ),
            )
        record = self.known.get((envelope.type, envelope.id))
        if record is not None and envelope.type == "complaint":
            self.referred.append(record)
        if record is not None and envelope.type == "report":
            self.reports.append(record)
        return outcome

    def _store_new(self, envelope: Envelope, parent: Record | None, locked: bool) -> None:
        now = utcnow()
        inspection_id = (
            envelope.id if envelope.type == "inspection" else self._optional_uuid(envelope)
        )
        self._add(
            Record(
                type=envelope.type,
                id=envelope.id,
                revision=envelope.revision,
                jurisdiction_id=self._jurisdiction_of(envelope, parent),
                device_id=self.device.id,
                account_id=self.account.id,
                inspection_id=inspection_id,
                agency_id=self._agency_id(envelope),
                deleted=envelope.deleted,
                confidential=envelope.type in CONFIDENTIAL
                or bool(envelope.data.get("confidential")),
                locked=locked or (parent is not None and parent.locked),
                digest=envelope.digest,
                data=envelope.data,
                received_at=now,
                updated_at=now,
            )
        )

    def _add(self, record: Record) -> None:
        self.session.add(record)
        self.known[(record.type, record.id)] = record
        self._flush()

    def _optional_uuid(self, envelope: Envelope) -> uuid.UUID | None:
        value = envelope.data.get("inspection_id")
        return as_uuid(value, "inspection_id") if value else None

    def _agency_id(self, envelope: Envelope) -> uuid.UUID | None:
        value = envelope.data.get("agency_id")
        if not value:
            return None
        return as_uuid(value, "agency_id")

    def _replace(self, existing: Record, envelope: Envelope, locked: bool) -> None:
        existing.revision = envelope.revision
        existing.data = envelope.data
        existing.digest = envelope.digest
        existing.deleted = envelope.deleted
        existing.locked = existing.locked or locked
        existing.device_id = self.device.id
        existing.agency_id = self._agency_id(envelope)
        existing.updated_at = utcnow()
        self._flush()

    def _keep_aside(
        self,
        kind: str,
        record_id: uuid.UUID,
        existing: Record,
        *,
        envelope: Envelope | None = None,
        resolved: bool = False,
    ) -> None:
        """Keep a version that is not (or no longer) the server's: the incoming one of a
        conflict, or the one a locked inspection displaced."""
        source = envelope or existing
        self.session.add(
            Conflict(
                type=kind,
                record_id=record_id,
                jurisdiction_id=existing.jurisdiction_id,
                device_id=self.device.id if envelope else existing.device_id,
                revision=source.revision,
                base_revision=envelope.base_revision if envelope else None,
                server_revision=existing.revision,
                digest=source.digest,
                data=source.data,
                resolved_at=utcnow() if resolved else None,
            )
        )
        self._flush()

    # --- the audit trail ---

    def _audit_event(self, envelope: Envelope) -> Outcome:
        """An event of the laptop's hash chain: its hash must be right, and it must follow the
        last event this device sent. A chain that forks is a history rewritten on the laptop."""
        from inspector.vault.audit import event_hash

        data = envelope.data
        try:
            seq = int(data["seq"])
            computed = event_hash(
                seq=seq,
                event_id=envelope.id,
                at=dt.datetime.fromisoformat(str(data["at"])),
                actor=str(data["actor"]),
                action=str(data["action"]),
                entity_type=str(data["entity_type"]),
                entity_id=str(data["entity_id"]),
                inspection_id=uuid.UUID(data["inspection_id"])
                if data.get("inspection_id")
                else None,
                details=data.get("details") or {},
                prev_hash=str(data["prev_hash"]),
            )
        except (KeyError, ValueError, TypeError, AttributeError):
            raise Refused(_("The audit event is incomplete.")) from None
        if computed != data.get("hash"):
            raise Refused(_("The audit event's hash does not match its content."))
        existing = self._stored(AUDIT, envelope.id)
        if existing is not None:
            if existing.digest == envelope.digest:
                return Outcome(AUDIT, str(envelope.id), "duplicate", existing.revision)
            raise Refused(_("This audit event arrived before with other content."))
        device = self.device
        if device.audit_seq and seq <= device.audit_seq:
            device.history_rewritten_at = device.history_rewritten_at or utcnow()
            raise Refused(
                _(
                    "The laptop's audit trail was rewritten: event {seq} arrived before with "
                    "another content."
                ).format(seq=seq)
            )
        if device.audit_seq and seq != device.audit_seq + 1:
            raise Refused(
                _("Audit events {first} to {last} are missing before this one.").format(
                    first=device.audit_seq + 1, last=seq - 1
                )
            )
        if device.audit_seq and data["prev_hash"] != device.audit_hash:
            device.history_rewritten_at = device.history_rewritten_at or utcnow()
            raise Refused(_("The audit event does not follow the one before it."))
        envelope.data = {**data}
        inspection = data.get("inspection_id")
        now = utcnow()
        self._add(
            Record(
                type=AUDIT,
                id=envelope.id,
                revision=1,
                jurisdiction_id=self.account.jurisdiction_id,
                device_id=device.id,
                account_id=self.account.id,
                inspection_id=uuid.UUID(inspection) if inspection else None,
                digest=envelope.digest,
                data=data,
                received_at=now,
                updated_at=now,
            )
        )
        device.audit_seq = seq
        device.audit_hash = computed
        self._flush()
        return Outcome(AUDIT, str(envelope.id), "stored", 1)

    # --- after the batch ---

    def announce(self) -> None:
        """Referred complaints go down to the jurisdiction of the agency they name, without the
        complainant's identity. Called last, just before the commit (the change log's lock)."""
        for record in self.referred:
            if record.jurisdiction_id == self.account.jurisdiction_id and (
                self.account.role is not AccountRole.CONSULAR
            ):
                continue
            append_change(
                self.session,
                "complaint",
                str(record.id),
                referred_complaint(record.data),
                jurisdiction_id=record.jurisdiction_id,
            )


def referred_complaint(data: dict[str, Any]) -> dict[str, Any]:
    shared = {key: value for key, value in data.items() if key not in COMPLAINT_IDENTITY}
    if not data.get("consent_to_share"):
        shared["summary"] = ""
    return shared
