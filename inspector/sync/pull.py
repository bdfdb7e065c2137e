"""Reference data coming down: the changes after the stored cursor, each page stored in one
transaction together with the new cursor, so an interrupted pull neither loses nor repeats.

Reference data never goes into the outbox (it came from the server) and never overwrites an
inspector's work: a newer checklist applies to new inspections only, and a referred complaint
changed on this laptop and not yet sent keeps the laptop's version.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inspector.errors import DeviceRevoked
from inspector.i18n import _
from inspector.sync import state
from inspector.sync.client import ServerClient
from inspector.sync.values import typed
from inspector.vault.audit import append_event
from inspector.vault.tables import (
    Agency,
    Assignment,
    Complaint,
    OutboxEntry,
    PublishedForm,
    QuarantinedRecord,
    Report,
    ReportUpgrade,
    SyncedRecord,
)

PAGE = 500
_UPGRADE_NAMESPACE = uuid.UUID("2f6c1a58-6a43-4c55-9a1e-5d0f3c7e9b21")
_BOOKKEEPING = ("id", "revision", "created_at", "updated_at")


@dataclass
class Received:
    agencies: int = 0
    forms: int = 0
    assignments: int = 0
    complaints: int = 0
    reports: int = 0
    provisions: int = 0  # versions of the ministry's legal provisions overlay
    skipped: list[str] = field(default_factory=list)  # plain sentences
    refused_reports: list[tuple[str, str]] = field(default_factory=list)  # (report id, reason)

    def add(self, other: Received) -> None:
        self.agencies += other.agencies
        self.forms += other.forms
        self.assignments += other.assignments
        self.complaints += other.complaints
        self.reports += other.reports
        self.provisions += other.provisions
        self.skipped += other.skipped
        self.refused_reports += other.refused_reports


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _agency(session: Session, data: dict[str, Any]) -> bool:
    agency_id = _uuid(data.get("id"))
    licence = str(data.get("licence_number") or "").strip()
    if agency_id is None or not licence:
        return False
    values = typed(Agency.__table__, data, skip=_BOOKKEEPING)
    agency = session.get(Agency, agency_id)
    if agency is None:
        # An agency this laptop recorded itself before the registry had it: same licence, so
        # the same agency. It keeps its id (inspections point to it) and takes the registry's
        # values.
        agency = session.scalar(select(Agency).where(Agency.licence_number == licence))
    if agency is None:
        revision = data.get("revision")
        session.add(
            Agency(id=agency_id, revision=int(revision) if isinstance(revision, int) else 1,
                   **values)
        )  # fmt: skip
    else:
        for key, value in values.items():
            if getattr(agency, key) != value:
                setattr(agency, key, value)
    return True


def _form(session: Session, seq: int, data: dict[str, Any]) -> str | None:
    """Store a published checklist; a problem as a plain sentence (then it is skipped)."""
    from inspector.checklists.digest import form_sha256
    from inspector.checklists.loader import load_document
    from inspector.errors import FormInvalid

    content = data.get("content")
    form_id, version = str(data.get("form_id", "")), str(data.get("version", ""))
    if not isinstance(content, dict) or not form_id or not version:
        return _("a checklist change without its document was skipped")
    digest = form_sha256(content)
    if digest != str(data.get("sha256", "")).lower():
        return _("checklist {form} {version} did not match its SHA-256 and was skipped").format(
            form=form_id, version=version
        )
    try:
        form = load_document(content, f"{form_id}@{version}")
    except FormInvalid:
        return _("checklist {form} {version} has problems and was skipped").format(
            form=form_id, version=version
        )
    if (form.id, form.version) != (form_id, version):
        return _("checklist {form} {version} names another form inside and was skipped").format(
            form=form_id, version=version
        )
    existing = session.get(PublishedForm, (form_id, version))
    if existing is None:
        session.add(PublishedForm(form_id=form_id, version=version, sha256=digest,
                                  content=content, change_seq=seq))  # fmt: skip
    elif existing.sha256 != digest:
        return _("checklist {form} {version} came again with other content; the first copy is "
                 "kept").format(form=form_id, version=version)  # fmt: skip
    return None


def _legal_provisions(session: Session, data: dict[str, Any]) -> str | None:
    """Install the ministry's overlay of national legal provisions, read by the same loader as
    ``inspector forms overlay import``; a problem as a plain sentence (then it is skipped)."""

    from inspector.checklists.overlay import load_overlay_document, published_sha256
    from inspector.errors import FormInvalid
    from inspector.vault.tables import LegalOverlay

    document = {key: value for key, value in data.items() if key != "sha256"}
    version = str(document.get("version", ""))[:40]
    sent = published_sha256(document)
    if sent != str(data.get("sha256", "")).lower():
        return _("legal provisions {version} did not match their SHA-256 and were skipped").format(
            version=version
        )
    try:
        overlay = load_overlay_document(document, f"legal provisions {version}")
    except FormInvalid:
        return _("legal provisions {version} have problems and were skipped").format(
            version=version
        )
    digest = overlay.sha256
    existing = session.scalar(select(LegalOverlay).where(LegalOverlay.version == overlay.version))
    if existing is None:
        session.add(
            LegalOverlay(version=overlay.version, sha256=digest, content=document, source="server")
        )
    elif existing.sha256 != digest:
        return _("legal provisions {version} came again with other content; the first copy is "
                 "kept").format(version=version)  # fmt: skip
    return None


def _assignment(session: Session, data: dict[str, Any]) -> bool:
    assignment_id = _uuid(data.get("id"))
    if assignment_id is None:
        return False
    values = typed(Assignment.__table__, data, skip=("id", "received_at"))
    for key in ("licence_number", "kind", "form_id", "notes", "assigned_to"):
        if key in values:
            values[key] = str(values[key] or "")
    existing = session.get(Assignment, assignment_id)
    if existing is None:
        session.add(Assignment(id=assignment_id, **values))
    else:
        for key, value in values.items():
            setattr(existing, key, value)
    return True


def _has_unsent_changes(session: Session, type_: str, entity_id: uuid.UUID) -> bool:
    return (
        session.scalar(
            select(OutboxEntry.seq)
            .where(
                OutboxEntry.entity_type == type_,
                OutboxEntry.entity_id == str(entity_id),
                OutboxEntry.sent_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


def _complaint(session: Session, data: dict[str, Any]) -> bool:
    complaint_id = _uuid(data.get("id"))
    if complaint_id is None:
        return False
    values = typed(Complaint.__table__, data, skip=("id", "created_at", "updated_at"))
    values.pop("complainant_code", None)  # the identity stays with the consular post
    agency_id = values.get("agency_id")
    if agency_id is not None and session.get(Agency, agency_id) is None:
        values["agency_id"] = None  # not in this laptop's registry (yet): keep the name given
    existing = session.get(Complaint, complaint_id)
    if existing is not None and _has_unsent_changes(session, "complaint", complaint_id):
        return False  # the inspector's own change goes up first; it is not overwritten
    revision = values.pop("revision", None) or 1
    if existing is None:
        values.setdefault("reference", f"CMP-{complaint_id.hex[:12].upper()}")
        session.add(Complaint(id=complaint_id, complainant_code="", revision=revision, **values))
    else:
        for key, value in values.items():
            setattr(existing, key, value)
        existing.revision = revision
    known = session.get(SyncedRecord, ("complaint", str(complaint_id)))
    if known is None:
        session.add(SyncedRecord(entity_type="complaint", entity_id=str(complaint_id),
                                 revision=revision, status="received"))  # fmt: skip
    else:
        known.revision, known.status = revision, "received"
    return True


def _refused_report(session: Session, data: dict[str, Any]) -> tuple[str, str] | None:
    """A report whose signature the server could not verify: quarantined here, with the
    server's reason, for the inspector to see (the signed file stays as it is)."""
    report_id = _uuid(data.get("report_id"))
    if report_id is None or session.get(Report, report_id) is None:
        return None
    reason = str(data.get("problem") or "") or _("the server could not verify its signature")
    open_entry = session.scalar(
        select(QuarantinedRecord).where(
            QuarantinedRecord.entity_type == "report",
            QuarantinedRecord.entity_id == str(report_id),
            QuarantinedRecord.released_at.is_(None),
        )
    )
    if open_entry is None:
        session.add(QuarantinedRecord(entity_type="report", entity_id=str(report_id), revision=1,
                                      reason=reason, data={"id": str(report_id)}))  # fmt: skip
    return str(report_id), reason


@dataclass(frozen=True)
class ReportFile:
    report_id: uuid.UUID
    sha256: str
    content: bytes


def _report(session: Session, upgrade: ReportFile, actor: str) -> bool:
    original = session.get(Report, upgrade.report_id)
    upgraded_id = uuid.uuid5(_UPGRADE_NAMESPACE, f"{upgrade.report_id}:{upgrade.sha256}")
    if original is None or session.get(Report, upgraded_id) is not None:
        return False
    session.add(
        Report(
            id=upgraded_id,
            inspection_id=original.inspection_id,
            language=original.language,
            internal=original.internal,
            paper=original.paper,
            sha256=upgrade.sha256,
            size=len(upgrade.content),
            signer=original.signer,
            signer_fingerprint=original.signer_fingerprint,
            content=upgrade.content,
        )
    )
    session.flush()
    session.add(ReportUpgrade(upgraded_id=upgraded_id, report_id=original.id))
    append_event(
        session,
        actor=actor,
        action="report.timestamped",
        entity_type="report",
        entity_id=str(upgraded_id),
        inspection_id=original.inspection_id,
        details={"report": str(original.id), "sha256": upgrade.sha256},
    )
    return True


def fetch_report_files(
    client: ServerClient, session: Session, changes: list[dict[str, Any]]
) -> tuple[dict[str, ReportFile], list[str]]:
    """Download the timestamped reports a page announces (before its transaction, so no write
    lock is held over the network); each checked against its SHA-256."""
    files: dict[str, ReportFile] = {}
    problems: list[str] = []
    for change in changes:
        if change.get("type") != "report" or not isinstance(change.get("data"), dict):
            continue
        data = change["data"]
        report_id = _uuid(data.get("report_id"))
        sha256 = str(data.get("ltv_sha256") or "").lower()
        if report_id is None or len(sha256) != 64 or session.get(Report, report_id) is None:
            continue
        if session.get(Report, uuid.uuid5(_UPGRADE_NAMESPACE, f"{report_id}:{sha256}")):
            continue  # already here
        content = client.blob_content(sha256)
        if hashlib.sha256(content).hexdigest() != sha256:
            content = client.blob_content(sha256)  # spoiled on the way? once more
        if hashlib.sha256(content).hexdigest() != sha256:
            problems.append(
                _("the timestamped copy of report {id} did not match its SHA-256").format(
                    id=report_id
                )
            )
            continue
        files[sha256] = ReportFile(report_id, sha256, content)
    return files, problems


def apply_page(
    session: Session,
    changes: list[dict[str, Any]],
    files: dict[str, ReportFile],
    device_id: uuid.UUID,
    actor: str,
) -> Received:
    """Store one page of changes (the caller stores the cursor in the same transaction). A
    revocation of this device raises DeviceRevoked before anything is stored."""
    received = Received()
    for change in changes:
        if change.get("type") == "device_revoked":
            data = change.get("data") or {}
            if _uuid(data.get("device_id")) == device_id:
                raise DeviceRevoked(
                    _("The ministry revoked this laptop. It syncs no more, and its keys are "
                      "being destroyed.")
                )  # fmt: skip
    for change in changes:
        if not isinstance(change.get("data"), dict):
            continue
        savepoint = session.begin_nested()
        one = Received()
        try:
            _apply(session, change, files, actor, one)
            session.flush()
        except (IntegrityError, ValueError, TypeError):
            # One change that does not fit this vault (a licence number held by another of its
            # agencies, a value out of shape) is left out, named, and the rest is stored.
            savepoint.rollback()
            received.skipped.append(
                _("a {kind} change from the server did not fit this vault and was left out "
                  "({id})").format(kind=str(change.get("type"))[:20], id=str(change.get("id"))[:64])
            )  # fmt: skip
        else:
            savepoint.commit()
            received.add(one)
    return received


def _apply(
    session: Session,
    change: dict[str, Any],
    files: dict[str, ReportFile],
    actor: str,
    received: Received,
) -> None:
    kind, data = change.get("type"), change["data"]
    if kind == "agency":
        received.agencies += _agency(session, data)
    elif kind == "form":
        problem = _form(session, int(change.get("seq") or 0), data)
        if problem is None:
            received.forms += 1
        else:
            received.skipped.append(problem)
    elif kind == "legal_provisions":
        problem = _legal_provisions(session, data)
        if problem is None:
            received.provisions += 1
        else:
            received.skipped.append(problem)
    elif kind == "assignment":
        received.assignments += _assignment(session, data)
    elif kind == "complaint":
        received.complaints += _complaint(session, data)
    elif kind == "report":
        sha256 = str(data.get("ltv_sha256") or "").lower()
        if sha256 in files:
            received.reports += _report(session, files[sha256], actor)
        elif data.get("verified") is False:
            refused = _refused_report(session, data)
            if refused is not None:
                received.refused_reports.append(refused)


def pull(
    client: ServerClient,
    write: Callable[[], Any],
    read: Callable[[], Any],
    device_id: uuid.UUID,
    actor: str,
) -> Received:
    """Every change after the stored cursor. ``write()`` and ``read()`` give session contexts
    (a write transaction, a read snapshot)."""
    total = Received()
    while True:
        with read() as session:
            cursor = int(state.get(session, state.CURSOR, 0))
        page = client.changes(cursor, PAGE)
        changes = [c for c in page.get("changes") or [] if isinstance(c, dict)]
        new_cursor = int(page.get("cursor", cursor))
        with read() as session:
            files, problems = fetch_report_files(client, session, changes)
        total.skipped += problems
        with write() as session:
            received = apply_page(session, changes, files, device_id, actor)
            state.put(session, state.CURSOR, max(new_cursor, cursor))
        total.add(received)
        if not page.get("more") or new_cursor <= cursor:
            return total
