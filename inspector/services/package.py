"""The evidence package of an inspection: its latest signed report, its attachments, the
signer's certificate and a signed manifest, in one zip for the licensing agency (see
``inspector.reports.package`` for the format and how it is checked).

An agency's package holds the latest agency-facing report and no confidential attachment (a
worker interview's files never leave this way); ``internal=True`` makes the authority's package
from the latest internal report, with every attachment. Making a package is audited."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector import __version__
from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.reports.certificates import SigningMaterial, describe, to_pem
from inspector.reports.package import (
    CERTIFICATE,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    REPORT,
    SIGNATURE,
    sign_manifest,
    signature_file,
)
from inspector.services.evidence import read_attachment
from inspector.services.inspections import find_inspection
from inspector.services.reports import report_file
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import append_event
from inspector.vault.tables import Attachment, AuditEvent, Report, SigningIdentity


@dataclass(frozen=True)
class PackageMade:
    reference: str
    content: bytes
    sha256: str
    files: int  # attachments in it
    report_id: uuid.UUID
    left_out: int  # confidential attachments left out of an agency's package


def _safe_name(name: str, fallback: str) -> str:
    """A file name that is the same on every system and cannot climb out of its folder."""
    stem = PurePath(name.replace("\\", "/")).name
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._")
    return cleaned[:80] or fallback


def _latest_report(session: Session, inspection_id: uuid.UUID, internal: bool) -> Report | None:
    return session.scalar(
        select(Report)
        .where(Report.inspection_id == inspection_id, Report.internal == internal)
        .order_by(Report.created_at.desc())
        .limit(1)
    )


def _chain_head(session: Session, inspection_id: uuid.UUID) -> dict[str, object]:
    last = session.scalar(
        select(AuditEvent)
        .where(AuditEvent.inspection_id == inspection_id)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    )
    count = session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.inspection_id == inspection_id)
    )
    if last is None:
        return {"events": 0}
    return {"seq": last.seq, "hash": last.hash, "at": last.at.isoformat(), "events": count}


def _signer(session: Session, report: Report) -> tuple[SigningIdentity, SigningMaterial]:
    identity = session.scalar(
        select(SigningIdentity).where(SigningIdentity.fingerprint == report.signer_fingerprint)
    )
    if identity is None:
        raise NotFound(
            _("The certificate that signed report {id} is no longer in this vault; the package "
              "cannot be signed.").format(id=report.id)
        )  # fmt: skip
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    chain = tuple(
        x509.load_pem_x509_certificate(pem.encode("ascii")).public_bytes(serialization.Encoding.DER)
        for pem in identity.chain
    )
    return identity, SigningMaterial(identity.certificate, identity.private_key, chain)


def create_package(uow: UnitOfWork, reference_or_id: str, *, internal: bool = False) -> PackageMade:
    """Build the evidence package of an inspection (in memory) and audit it."""
    session = uow.session
    inspection = find_inspection(session, reference_or_id)
    report = _latest_report(session, inspection.id, internal)
    if report is None:
        command = f"inspector report {inspection.reference} -o FILE.pdf" + (
            " --internal" if internal else ""
        )
        raise InvalidInput(
            _("Inspection {reference} has no signed {kind} report yet, and a package needs one: "
              "make it first with '{command}'.").format(
                reference=inspection.reference,
                kind=_("internal") if internal else _("agency-facing"),
                command=command)
        ).in_window(
            _("Inspection {reference} has no signed {kind} report yet, and a package needs one: "
              "open the inspection and make it first with Signed report.").format(
                reference=inspection.reference,
                kind=_("internal") if internal else _("agency-facing"))
        )  # fmt: skip
    pdf = report_file(session, report.id)
    identity, material = _signer(session, report)
    attachments = list(
        session.scalars(
            select(Attachment)
            .where(Attachment.inspection_id == inspection.id)
            .order_by(Attachment.created_at, Attachment.id)
        )
    )
    shown = [
        a for a in attachments if internal or not (a.confidential or a.interview_id is not None)
    ]
    members: list[tuple[str, bytes]] = [(REPORT, pdf)]
    entries = [_entry(REPORT, pdf, kind="report", media_type="application/pdf")]
    for number, attachment in enumerate(shown, start=1):
        content = read_attachment(session, attachment.id)
        fallback = f"{attachment.sha256[:12]}"
        path = f"attachments/{number:03d}-{_safe_name(attachment.filename, fallback)}"
        members.append((path, content))
        entries.append(
            _entry(
                path,
                content,
                kind="attachment",
                media_type=attachment.media_type,
                caption=attachment.caption,
                question=attachment.question_path,
                attachment_id=str(attachment.id),
            )
        )
    pem = to_pem(material.certificate) + "".join(to_pem(der) for der in material.chain)
    members.append((CERTIFICATE, pem.encode("ascii")))
    entries.append(_entry(CERTIFICATE, pem.encode("ascii"), kind="certificate"))
    signer = describe(material.certificate)
    agency = inspection.agency
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "created_by": uow.actor,
        "internal": internal,
        "inspection": {
            "id": str(inspection.id),
            "reference": inspection.reference,
            "status": inspection.status.value,
            "locked_at": inspection.locked_at.isoformat() if inspection.locked_at else None,
            "agency": {
                "name": agency.name,
                "licence_number": agency.licence_number,
                "country": agency.country,
            },
        },
        "report": {
            "file": REPORT,
            "id": str(report.id),
            "sha256": report.sha256,
            "size": report.size,
            "language": report.language,
            "internal": report.internal,
            "created_at": report.created_at.isoformat(),
            "signer": signer.subject,
            "signer_fingerprint": identity.fingerprint,
        },
        "audit": {"inspection_chain_head": _chain_head(session, inspection.id)},
        "certificate": {"file": CERTIFICATE, "subject": signer.subject, "issuer": signer.issuer},
        "signature": {"file": SIGNATURE},
        "files": entries,
    }
    manifest_bytes = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8")
    algorithm, signature = sign_manifest(material, manifest_bytes)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in [
            *members,
            (MANIFEST, manifest_bytes),
            (SIGNATURE, signature_file(algorithm, signature)),
        ]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    content = out.getvalue()
    digest = hashlib.sha256(content).hexdigest()
    append_event(
        session,
        actor=uow.actor,
        action="inspection.package_created",
        entity_type="inspection",
        entity_id=str(inspection.id),
        details={
            "report": str(report.id),
            "attachments": len(shown),
            "internal": internal,
            "sha256": digest,
        },
    )
    return PackageMade(
        inspection.reference, content, digest, len(shown), report.id, len(attachments) - len(shown)
    )


def _entry(path: str, content: bytes, **extra: object) -> dict[str, object]:
    return {
        "path": path,
        "sha256": hashlib.sha256(content).hexdigest(),
        "size": len(content),
        **{key: value for key, value in extra.items() if value not in (None, "")},
    }


@dataclass(frozen=True)
class Packable:
    """A locked inspection with a signed report: one that a package can be made of."""

    id: uuid.UUID
    reference: str
    agency_name: str
    agency_report: bool
    internal_report: bool


def packable_inspections(session: Session) -> list[Packable]:
    """Inspections with at least one stored report, newest first."""
    from inspector.vault.tables import Agency, Inspection

    reports = select(Report.inspection_id, Report.internal).distinct().subquery()
    rows = session.execute(
        select(Inspection.id, Inspection.reference, Agency.name, reports.c.internal)
        .join(reports, reports.c.inspection_id == Inspection.id)
        .join(Agency, Agency.id == Inspection.agency_id)
        .order_by(Inspection.created_at.desc(), Inspection.reference)
    )
    found: dict[uuid.UUID, Packable] = {}
    for inspection_id, reference, agency, internal in rows:
        known = found.get(inspection_id) or Packable(inspection_id, reference, agency, False, False)
        found[inspection_id] = Packable(
            inspection_id,
            reference,
            agency,
            known.agency_report or not internal,
            known.internal_report or bool(internal),
        )
    return list(found.values())
