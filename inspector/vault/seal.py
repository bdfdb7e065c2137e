"""Tamper evidence that holds against someone with the passphrase but not the signing key.

The hash chain of ``inspector.vault.audit`` shows an edited or removed event, but whoever holds
the passphrase can rewrite a locked answer (dropping the trigger and putting it back) and then
re-hash the whole chain. Three things make that visible:

- Locking an inspection records a digest of its whole content (the inspection's own fields,
  its checklist version, answers, findings, the frozen part of corrective actions, worker
  interviews and the SHA-256 of each attachment) in the ``inspection.locked`` event, signed
  with the inspector's signing key when the vault has one.
- A report records the digest of the content it was built from.
- After each lock and each report the chain head (sequence number and hash) is signed with
  the signing key, in an ``audit.head_signed`` event: re-hashing the chain after an edit then
  needs the signing key as well. The central server also keeps each laptop's signed heads.

``verify_evidence`` re-computes all of it. What stays possible for someone holding every key
(the passphrase and the signing key inside the vault) is said in the README.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.vault.tables import (
    Agency,
    Answer,
    Attachment,
    CorrectiveAction,
    Finding,
    FormSnapshot,
    Inspection,
    SigningIdentity,
    WorkerInterview,
)

LOCK_ACTION = "inspection.locked"
HEAD_ACTION = "audit.head_signed"
STATEMENT = "field-inspector-lock/1"

# Fields that never change once an inspection is locked (the database refuses it). Ids of the
# agency and checklist are left out: another vault knows them under its own ids; the licence
# number and the checklist's SHA-256 say the same.
_INSPECTION = ("id", "reference", "kind", "announced", "team", "place", "planned_date",
               "started_at", "completed_at", "notes", "complaint_id", "follows_up_id", "amends_id",
               "form_id", "form_version")  # fmt: skip
_FINDING = ("id", "source", "rule_id", "question_path", "severity", "standard", "title",
            "description", "evidence", "dropped", "override_reason")  # fmt: skip
_ACTION = ("id", "finding_id", "description", "deadline")
_INTERVIEW = ("id", "code", "consent_given", "consent_at", "language", "interpreter_used",
              "answers", "notes")  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _rows(session: Session, table: type, fields: tuple[str, ...], *where: Any) -> list[dict]:
    core = table.__table__  # type: ignore[attr-defined]
    query = select(*[core.c[name] for name in fields]).where(*where)
    rows = [
        {name: _plain(value) for name, value in zip(fields, row, strict=True)}
        for row in session.execute(query)
    ]
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))


def attachments_of(session: Session, inspection_id: uuid.UUID) -> list[list[str]]:
    """[attachment id, SHA-256] of each attachment, in id order."""
    rows = session.execute(
        select(Attachment.id, Attachment.sha256).where(Attachment.inspection_id == inspection_id)
    )
    return sorted([str(row[0]), str(row[1])] for row in rows)


def inspection_digest(
    session: Session, inspection_id: uuid.UUID, attachments: list[list[str]] | None = None
) -> str:
    """The SHA-256 of an inspection's content as stored (see the module's docstring). An
    import passes ``attachments`` from the signed lock statement: attachments do not travel in
    an export."""
    core = Inspection.__table__  # type: ignore[attr-defined]
    found = session.execute(
        select(
            *[core.c[name] for name in _INSPECTION],
            FormSnapshot.sha256,
            Agency.licence_number,
        )
        .join(FormSnapshot, FormSnapshot.id == core.c.form_snapshot_id)
        .join(Agency, Agency.id == core.c.agency_id)
        .where(core.c.id == inspection_id)
    ).one()
    inspection = {name: _plain(value) for name, value in zip(_INSPECTION, found, strict=False)}
    interview = WorkerInterview.__table__  # type: ignore[attr-defined]
    interviews = sorted(
        (
            {
                **{name: _plain(value) for name, value in zip(_INTERVIEW, row, strict=False)},
                "form_sha256": row[-1],
            }
            for row in session.execute(
                select(*[interview.c[name] for name in _INTERVIEW], FormSnapshot.sha256)
                .outerjoin(FormSnapshot, FormSnapshot.id == interview.c.form_snapshot_id)
                .where(interview.c.inspection_id == inspection_id)
            )
        ),
        key=lambda row: str(row["id"]),
    )
    content = {
        "inspection": inspection,
        "form_sha256": found[-2],
        "agency_licence_number": found[-1],
        "answers": _rows(session, Answer, ("question_path", "value"),
                         Answer.inspection_id == inspection_id),
        "findings": _rows(session, Finding, _FINDING, Finding.inspection_id == inspection_id),
        "corrective_actions": _rows(session, CorrectiveAction, _ACTION,
                                    CorrectiveAction.inspection_id == inspection_id),
        "interviews": interviews,
        "attachments": attachments if attachments is not None
        else attachments_of(session, inspection_id),
    }  # fmt: skip
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lock_statement(inspection_id: uuid.UUID | str, digest: str) -> bytes:
    """What a lock signature signs."""
    return f"{STATEMENT}/{inspection_id}/{digest}".encode("ascii")


def head_statement(seq: int, head_hash: str) -> bytes:
    """What a chain-head signature signs."""
    return f"field-inspector-audit-head/1/{seq}/{head_hash}".encode("ascii")


# --- signatures ----------------------------------------------------------------------------------


def sign(private_key_der: bytes, data: bytes) -> tuple[str, bytes]:
    """The algorithm's name and the signature of ``data`` with a PKCS#8 DER private key."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    key = serialization.load_der_private_key(private_key_der, password=None)
    if isinstance(key, rsa.RSAPrivateKey):
        return "RSA-PKCS1v15-SHA256", key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return "ECDSA-SHA256", key.sign(data, ec.ECDSA(hashes.SHA256()))
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "Ed25519", key.sign(data)
    raise ValueError("unsupported signing key")


def signature_valid(certificate_der: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` over ``data`` was made by the key of the certificate."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    try:
        public = x509.load_der_x509_certificate(certificate_der).public_key()
        if isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, ed25519.Ed25519PublicKey):
            public.verify(signature, data)
        else:
            return False
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def current_identity(session: Session) -> SigningIdentity | None:
    return session.scalar(
        select(SigningIdentity).order_by(SigningIdentity.created_at.desc()).limit(1)
    )


def signed_by_current(session: Session, data: bytes) -> dict[str, str]:
    """``algorithm``, ``signature`` (base64) and ``signer`` (certificate SHA-256) with the
    signing key in use; empty when the vault has none yet."""
    identity = current_identity(session)
    if identity is None:
        return {}
    algorithm, signature = sign(identity.private_key, data)
    return {
        "algorithm": algorithm,
        "signature": base64.b64encode(signature).decode("ascii"),
        "signer": identity.fingerprint,
    }


def seal_lock(session: Session, inspection_id: uuid.UUID) -> dict[str, Any]:
    """The details of an ``inspection.locked`` event: the content digest, the attachments'
    hashes, and the signature of the lock statement (when the vault has a signing key)."""
    session.flush()
    digest = inspection_digest(session, inspection_id)
    return {
        "digest": digest,
        "attachments": attachments_of(session, inspection_id),
        **signed_by_current(session, lock_statement(inspection_id, digest)),
    }


# --- trust ---------------------------------------------------------------------------------------


def certificate_der(pem_or_der: bytes) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    if pem_or_der.lstrip().startswith(b"-----"):
        certificate = x509.load_pem_x509_certificate(pem_or_der)
        return certificate.public_bytes(serialization.Encoding.DER)
    return x509.load_der_x509_certificate(pem_or_der).public_bytes(serialization.Encoding.DER)


def trusted_signer(session: Session, certificate: bytes, extra: list[bytes] | None = None) -> bool:
    """Whether this vault trusts a signer: one of its own signing certificates, one issued by
    the authority that issued them (the CA certificate kept in their chain), or one given by
    the user (``extra``, DER)."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    fingerprint = hashlib.sha256(certificate).hexdigest()
    own = list(session.scalars(select(SigningIdentity)))
    if any(identity.fingerprint == fingerprint for identity in own):
        return True
    if extra and any(hashlib.sha256(der).hexdigest() == fingerprint for der in extra):
        return True
    try:
        subject = x509.load_der_x509_certificate(certificate)
    except ValueError:
        return False
    issuers = [
        x509.load_pem_x509_certificate(pem.encode("ascii"))
        for identity in own
        if not identity.self_signed
        for pem in identity.chain
    ]
    issuers += [x509.load_der_x509_certificate(der) for der in extra or []]
    for issuer in issuers:
        try:
            subject.verify_directly_issued_by(issuer)
        except (ValueError, TypeError, InvalidSignature):
            continue
        return True
    return False


@dataclass(frozen=True)
class LockCheck:
    kept: bool
    reason: str  # why the lock was not kept, in plain words (empty when kept)
    signer: str = ""


def _statement_parts(statement: Any) -> tuple[str, list[list[str]], bytes, bytes] | None:
    """digest, attachments, signature and certificate (DER) of a lock statement from a file, or
    None when any of them is missing or malformed."""
    import binascii

    if not isinstance(statement, dict):
        return None
    digest, attachments = statement.get("digest"), statement.get("attachments")
    signature, pem = statement.get("signature"), statement.get("certificate")
    if not (isinstance(digest, str) and len(digest) == 64 and isinstance(attachments, list)):
        return None
    if not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
        for pair in attachments
    ):
        return None
    if not (isinstance(signature, str) and isinstance(pem, str)):
        return None
    try:
        return (
            digest,
            attachments,
            base64.b64decode(signature, validate=True),
            certificate_der(pem.encode("ascii")),
        )
    except (ValueError, TypeError, binascii.Error, UnicodeEncodeError):
        return None


def check_imported_lock(
    session: Session, inspection_id: uuid.UUID, statement: Any, trust: list[bytes]
) -> LockCheck:
    """Whether an imported inspection keeps its lock: its records as stored here have the
    digest that was signed, the signature verifies, and this vault trusts the signer."""
    from inspector.i18n import _

    parts = _statement_parts(statement)
    if parts is None:
        return LockCheck(False, _("the export carries no signed lock statement for it"))
    digest, attachments, signature, certificate = parts
    if inspection_digest(session, inspection_id, attachments) != digest:
        return LockCheck(False, _("its records are not the ones that were locked"))
    fingerprint = hashlib.sha256(certificate).hexdigest()
    if not signature_valid(certificate, lock_statement(inspection_id, digest), signature):
        return LockCheck(False, _("its lock signature does not verify"))
    if not trusted_signer(session, certificate, trust):
        return LockCheck(
            False,
            _("it was locked by a signer this vault does not trust (certificate {fingerprint}; "
              "pass it with --trust if you trust it)").format(fingerprint=fingerprint[:16]),
        )  # fmt: skip
    return LockCheck(True, "", fingerprint)


# --- signed chain heads --------------------------------------------------------------------------


def sign_head(session: Session, actor: str) -> None:
    """Sign the chain head as it is now (after a lock or a report) with the signing key in use,
    in an ``audit.head_signed`` event; nothing when the vault has no signing key yet."""
    from inspector.vault.audit import HEAD_KEY, append_event
    from inspector.vault.tables import VaultSetting

    session.flush()
    head = session.get(VaultSetting, HEAD_KEY)
    if head is None:
        return
    seq, head_hash = int(head.value["seq"]), str(head.value["hash"])
    signed = signed_by_current(session, head_statement(seq, head_hash))
    if not signed:
        return
    append_event(
        session,
        actor=actor,
        action=HEAD_ACTION,
        entity_type="audit",
        entity_id=str(seq),
        details={"seq": seq, "hash": head_hash, **signed},
    )
