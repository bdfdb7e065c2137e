"""A record as a laptop sends it in a batch (docs/sync-protocol.md, "POST /records"): the types
taken, the parent each child hangs from, and the shape checks every record passes before the
server looks at what it holds. No database here."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from inspector.i18n import _

PARENT = {
    "inspection": None,
    "complaint": None,
    "form_snapshot": None,
    "answer": ("inspection", "inspection_id"),
    "finding": ("inspection", "inspection_id"),
    "corrective_action": ("inspection", "inspection_id"),
    "attachment": ("inspection", "inspection_id"),
    "worker_interview": ("inspection", "inspection_id"),
    "report": ("inspection", "inspection_id"),
    "complaint_referral": ("complaint", "complaint_id"),
}
IGNORED = frozenset({"agency", "branch", "sub_agent", "inspector_profile"})
CONFIDENTIAL = frozenset({"worker_interview"})
AUDIT = "audit_event"
MAX_REVISION = 2**31 - 1
MAX_RECORD_BYTES = 1024 * 1024
MAX_DEPTH = 12


@dataclass
class Outcome:
    type: str
    id: str
    status: str
    revision: int | None = None
    reason: str = ""

    def as_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"type": self.type, "id": self.id, "status": self.status}
        if self.revision is not None:
            answer["revision"] = self.revision
        if self.reason:
            answer["reason"] = self.reason
        return answer


class Refused(Exception):
    """This record cannot be stored as sent; the message says why, for the inspector."""


def canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def as_uuid(value: Any, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except (ValueError, TypeError, AttributeError):
        raise Refused(_("{what} is not a UUID.").format(what=what)) from None


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_REVISION:
        raise Refused(_("{what} is not a revision number.").format(what=what))
    return value


@dataclass
class Envelope:
    type: str
    id: uuid.UUID
    revision: int
    base_revision: int | None
    deleted: bool
    data: dict[str, Any]
    text: str  # canonical JSON of data
    digest: str


def read_envelope(raw: Any) -> Envelope:
    """A record of the batch, its shape checked; ``Refused`` says what is wrong with it."""
    if not isinstance(raw, dict):
        raise Refused(_("A record is not a JSON object."))
    kind = raw.get("type")
    if not isinstance(kind, str) or (kind not in PARENT and kind not in IGNORED and kind != AUDIT):
        raise Refused(_("Records of type '{type}' are not taken.").format(type=str(kind)[:40]))
    record_id = as_uuid(raw.get("id"), _("The record id"))
    revision = _int(raw.get("revision"), _("The revision"))
    base_value = raw.get("base_revision")
    base = None if base_value is None else _int(base_value, _("The base revision"))
    operation = raw.get("operation", "upsert")
    if operation not in ("upsert", "delete"):
        raise Refused(_("The operation is 'upsert' or 'delete'."))
    data = raw.get("data")
    if not isinstance(data, dict):
        raise Refused(_("The record has no data object."))
    if _depth(data) > MAX_DEPTH:
        raise Refused(_("The record's data is nested too deeply."))
    text = canonical(data)
    if "\x00" in text or "\\u0000" in text:
        raise Refused(_("The record holds a NUL character."))
    if len(text.encode("utf-8")) > MAX_RECORD_BYTES:
        raise Refused(_("The record is larger than 1 MB."))
    if "id" in data and str(data["id"]) != str(record_id):
        raise Refused(_("The record's data names another id."))
    if "revision" in data and data["revision"] != revision:
        raise Refused(_("The record's data carries another revision."))
    return Envelope(
        type=kind,
        id=record_id,
        revision=revision,
        base_revision=base,
        deleted=operation == "delete",
        data=data,
        text=text,
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
