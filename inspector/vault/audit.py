"""The audit trail: every change appends an event, and events form a hash chain.

Each event's hash covers its own fields and the previous event's hash. The chain head (last
sequence number and hash) is kept in ``vault_setting``, written in the same transaction, so that a
removed last event is detected as well as an edited or removed one in the middle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.i18n import _
from inspector.vault.tables import AuditEvent, VaultSetting
from inspector.vault.types import utcnow

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def event_hash(
    *,
    seq: int,
    event_id: uuid.UUID,
    at: dt.datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    inspection_id: uuid.UUID | None,
    details: dict[str, Any],
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        {
            "seq": seq,
            "id": str(event_id),
            "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "inspection_id": str(inspection_id) if inspection_id else None,
            "details": details,
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hash_of(event: AuditEvent) -> str:
    return event_hash(
        seq=event.seq,
        event_id=event.id,
        at=event.at,
        actor=event.actor,
        action=event.action,
        entity_type=event.entity_type,
        entity_id=event.entity_id,
        inspection_id=event.inspection_id,
        details=event.details,
        prev_hash=event.prev_hash,
    )


def append_event(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    inspection_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event. Call inside the write transaction that makes the change."""
    head = session.get(VaultSetting, HEAD_KEY)
    prev_seq, prev_hash = (head.value["seq"], head.value["hash"]) if head else (0, GENESIS)
    # JSON round trip now, so the hash covers exactly what the database will give back.
    details = json.loads(json.dumps(details or {}, ensure_ascii=False, default=str))
    event = AuditEvent(
        seq=prev_seq + 1,
        id=uuid.uuid4(),
        at=utcnow(),
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        inspection_id=inspection_id,
        details=details,
        prev_hash=prev_hash,
    )
    event.hash = _hash_of(event)
    session.add(event)
    new_head = {"seq": event.seq, "hash": event.hash}
    if head is None:
        session.add(VaultSetting(key=HEAD_KEY, value=new_head))
    else:
        head.value = new_head
    return event


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    event_id: str | None
    message: str


@dataclass(frozen=True)
class ChainReport:
    events: int
    head_hash: str
    problems: list[ChainProblem]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_chain(session: Session) -> ChainReport:
    """Recompute the chain from the first event; name every event that does not fit."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    last_hash = GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        count += 1
        if event.seq != expected_seq:
            problems.append(
                ChainProblem(
                    expected_seq,
                    None,
                    _("event #{seq} is missing (deleted from the audit trail)").format(
                        seq=expected_seq
                    ),
                )
            )
        if event.prev_hash != expected_prev and event.seq == expected_seq:
            problems.append(
                ChainProblem(
                    event.seq,
                    str(event.id),
                    _("event #{seq} ({id}) does not follow the event before it").format(
                        seq=event.seq, id=event.id
                    ),
                )
            )
        if _hash_of(event) != event.hash:
            problems.append(
                ChainProblem(
                    event.seq,
                    str(event.id),
                    _("event #{seq} ({id}, {action}) was altered after it was written").format(
                        seq=event.seq, id=event.id, action=event.action
                    ),
                )
            )
        expected_prev = event.hash
        expected_seq = event.seq + 1
        last_hash = event.hash
    head = session.get(VaultSetting, HEAD_KEY)
    if head is not None:
        head_seq, head_hash = head.value["seq"], head.value["hash"]
        if head_seq >= expected_seq:
            if head_seq == expected_seq:
                message = _("event #{seq} is missing from the end of the audit trail").format(
                    seq=head_seq
                )
            else:
                message = _(
                    "events #{first} to #{last} are missing from the end of the audit trail"
                ).format(first=expected_seq, last=head_seq)
            problems.append(ChainProblem(expected_seq, None, message))
        elif head_hash != last_hash:
            problems.append(
                ChainProblem(
                    head_seq,
                    None,
                    _("the recorded head of the audit trail does not match its last event"),
                )
            )
    elif count:
        problems.append(ChainProblem(0, None, _("the audit trail has no recorded head")))
    return ChainReport(events=count, head_hash=last_hash, problems=problems)
