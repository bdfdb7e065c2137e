"""``inspector audit verify`` beyond the hash chain: what the trail records of locked content,
reports and attachments is re-computed, and every signed chain head checked (the records are
described in ``inspector.vault.seal``). Problems name the record and what no longer matches;
notes say what could not be checked and why."""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.i18n import _
from inspector.vault.seal import (
    HEAD_ACTION,
    LOCK_ACTION,
    head_statement,
    inspection_digest,
    lock_statement,
    signature_valid,
)
from inspector.vault.tables import (
    Attachment,
    AttachmentBlob,
    AuditEvent,
    Inspection,
    InspectionStatus,
    Report,
    SigningIdentity,
)


@dataclass
class EvidenceReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    locks_checked: int = 0
    reports_checked: int = 0
    attachments_checked: int = 0
    heads_checked: int = 0


@dataclass
class _Trail:
    """What the audit trail says, gathered in one pass."""

    hashes: dict[int, str] = field(default_factory=dict)
    locks: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    created: dict[str, tuple[uuid.UUID | None, dict[str, Any]]] = field(default_factory=dict)
    heads: list[dict[str, Any]] = field(default_factory=list)


def _trail(session: Session) -> _Trail:
    trail = _Trail()
    query = select(
        AuditEvent.seq,
        AuditEvent.action,
        AuditEvent.entity_id,
        AuditEvent.inspection_id,
        AuditEvent.details,
        AuditEvent.hash,
    ).order_by(AuditEvent.seq)
    for seq, action, entity_id, inspection_id, details, stored in session.execute(query):
        trail.hashes[seq] = stored
        details = details if isinstance(details, dict) else {}
        locked = action == LOCK_ACTION and "digest" in details
        imported = action == "inspection.imported" and bool(details.get("lock_kept"))
        if inspection_id is not None and (locked or imported):
            trail.locks[inspection_id] = details
        elif action in ("report.created", "attachment.added"):
            trail.created[entity_id] = (inspection_id, details)
        elif action == HEAD_ACTION:
            trail.heads.append(details)
    return trail


def _signature(details: dict[str, Any]) -> bytes:
    try:
        return base64.b64decode(str(details.get("signature")), validate=True)
    except (ValueError, binascii.Error):
        return b""


def _check_heads(trail: _Trail, certificates: dict[str, bytes], result: EvidenceReport) -> None:
    for details in trail.heads:
        result.heads_checked += 1
        seq, signed_hash = details.get("seq"), details.get("hash")
        certificate = certificates.get(str(details.get("signer")))
        if not isinstance(seq, int) or trail.hashes.get(seq) != signed_hash:
            result.problems.append(
                _("the audit trail up to event #{seq} is not the one that was signed: it was "
                  "edited and re-hashed, or events were removed").format(seq=seq)
            )  # fmt: skip
        elif certificate is None or not signature_valid(
            certificate, head_statement(seq, str(signed_hash)), _signature(details)
        ):
            result.problems.append(
                _("the signature of the audit trail head at event #{seq} does not verify").format(
                    seq=seq
                )
            )


def _check_locks(
    session: Session, trail: _Trail, certificates: dict[str, bytes], result: EvidenceReport
) -> None:
    inspection = Inspection.__table__  # type: ignore[attr-defined]
    unchecked = 0
    locked = select(inspection.c.id, inspection.c.reference).where(
        inspection.c.status == InspectionStatus.LOCKED
    )
    for inspection_id, reference in session.execute(locked):
        details = trail.locks.get(inspection_id)
        if details is None:
            unchecked += 1
            continue
        result.locks_checked += 1
        # An imported inspection's attachments stayed behind: their hashes are in the event.
        attachments = details.get("attachments") if details.get("lock_kept") else None
        digest = inspection_digest(session, inspection_id, attachments)
        if digest != details.get("digest"):
            result.problems.append(
                _("inspection {reference} was changed after it was locked (its content no "
                  "longer has the digest recorded when it was locked)").format(reference=reference)
            )  # fmt: skip
            continue
        if details.get("signature"):
            certificate = certificates.get(str(details.get("signer")))
            statement = lock_statement(inspection_id, digest)
            if certificate is None or not signature_valid(
                certificate, statement, _signature(details)
            ):
                result.problems.append(
                    _("the lock signature of inspection {reference} does not verify").format(
                        reference=reference
                    )
                )
    if unchecked:
        result.notes.append(
            _("{n} inspections were locked before lock digests were recorded: their content "
              "was not checked.").format(n=unchecked)
        )  # fmt: skip


def _check_reports(session: Session, trail: _Trail, result: EvidenceReport) -> None:
    digests: dict[uuid.UUID, str] = {}
    query = select(Report.id, Report.inspection_id, Report.sha256, Report.content)
    for report_id, inspection_id, sha256, content in session.execute(query):
        result.reports_checked += 1
        event_inspection, details = trail.created.get(str(report_id), (None, {}))
        actual = hashlib.sha256(content).hexdigest()
        if not details:
            result.problems.append(
                _("report {id} has no event in the audit trail: it was stored behind the app's "
                  "back").format(id=report_id)
            )  # fmt: skip
            continue
        if actual != sha256 or details.get("sha256") != actual or event_inspection != inspection_id:
            result.problems.append(
                _("report {id} is not the report that was made for its inspection (its file or "
                  "its inspection was changed or swapped)").format(id=report_id)
            )  # fmt: skip
            continue
        if "inspection_digest" in details:
            if inspection_id not in digests:
                digests[inspection_id] = inspection_digest(session, inspection_id)
            if digests[inspection_id] != details["inspection_digest"]:
                result.problems.append(
                    _("report {id} was made from content its inspection no longer has").format(
                        id=report_id
                    )
                )


def _check_attachments(session: Session, trail: _Trail, result: EvidenceReport) -> None:
    query = select(Attachment.id, Attachment.sha256, AttachmentBlob.content).outerjoin(
        AttachmentBlob, AttachmentBlob.sha256 == Attachment.sha256
    )
    for attachment_id, sha256, blob in session.execute(query):
        result.attachments_checked += 1
        _inspection, details = trail.created.get(str(attachment_id), (None, {}))
        if (
            blob is None
            or hashlib.sha256(blob).hexdigest() != sha256
            or (details and details.get("sha256") != sha256)
        ):
            result.problems.append(
                _("attachment {id} is not the file that was added (its content or its hash was "
                  "changed)").format(id=attachment_id)
            )  # fmt: skip


def verify_evidence(session: Session) -> EvidenceReport:
    """Re-compute locked content, reports and attachments against the audit trail, and check
    every signed chain head."""
    result = EvidenceReport()
    certificates = {
        identity.fingerprint: identity.certificate
        for identity in session.scalars(select(SigningIdentity))
    }
    trail = _trail(session)
    _check_heads(trail, certificates, result)
    _check_locks(session, trail, certificates, result)
    _check_reports(session, trail, result)
    _check_attachments(session, trail, result)
    return result
