"""Sync use cases for the window and the command line: enrol, sync now, the status to show,
quarantined records and conflicts and what a person decides about them, the standalone switch.

The window runs ``sync_now`` off the GUI thread with a progress callback and shows
``sync_status``; the command line prints ``describe_report``.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from inspector.errors import (
    DeviceRevoked,
    EnrolmentRefused,
    InspectorError,
    InvalidInput,
    NotFound,
    SyncNotSetUp,
)
from inspector.i18n import _, ngettext
from inspector.services.uow import UnitOfWork
from inspector.sync import state
from inspector.vault.audit import append_event
from inspector.vault.tables import (
    Assignment,
    AuditEvent,
    Enrolment,
    InspectorProfile,
    OutboxEntry,
    PublishedForm,
    QuarantinedRecord,
    SyncConflict,
    SyncedRecord,
)
from inspector.vault.types import utcnow

if TYPE_CHECKING:
    from inspector.checklists.model import Form
    from inspector.sync.run import Progress, SyncReport
    from inspector.vault.store import Vault

CLOCK_SKEW_SHOWN_S = 10 * 60


# --- status ---


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    standalone: bool
    server_url: str | None
    server_name: str | None
    account_name: str | None
    last_sync: dt.datetime | None  # the last sync that finished
    last_attempt: dt.datetime | None  # the last one that did not
    records_waiting: int
    files_waiting: int
    quarantined: int
    conflicts: int
    last_error: str | None  # plain words, None after a sync that finished
    clock_skew_seconds: float | None  # laptop minus server; shown when large

    @property
    def items_waiting(self) -> int:
        return self.records_waiting + self.files_waiting

    @property
    def clock_skew_shown(self) -> bool:
        return self.clock_skew_seconds is not None and (
            abs(self.clock_skew_seconds) >= CLOCK_SKEW_SHOWN_S
        )


def _when(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def waiting_counts(session: Session) -> tuple[int, int]:
    """Records and files waiting to go up (each record once, however often it changed)."""
    from inspector.sync.blobs import files_waiting
    from inspector.sync.outbox import count_waiting

    return count_waiting(session), len(files_waiting(session))


def sync_status(session: Session) -> SyncStatus:
    enrolment = state.enrolment(session)
    records, files = waiting_counts(session)
    return SyncStatus(
        enrolled=enrolment is not None,
        standalone=state.is_standalone(session),
        server_url=enrolment.server_url if enrolment else None,
        server_name=enrolment.server_name if enrolment else None,
        account_name=str(enrolment.account.get("name", "")) if enrolment else None,
        last_sync=_when(state.get(session, state.LAST_SYNC)),
        last_attempt=_when(state.get(session, state.LAST_ATTEMPT)),
        records_waiting=records,
        files_waiting=files,
        quarantined=session.scalar(
            select(func.count())
            .select_from(QuarantinedRecord)
            .where(QuarantinedRecord.released_at.is_(None))
        )
        or 0,
        conflicts=session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        or 0,
        last_error=state.get(session, state.LAST_ERROR),
        clock_skew_seconds=state.get(session, state.CLOCK_SKEW),
    )


# --- the standalone switch ---


def set_standalone(vault: Vault, standalone: bool) -> None:
    """A standalone laptop never syncs: ``sync_now`` and ``enrol`` refuse while it is set."""
    with UnitOfWork(vault) as uow:
        if state.is_standalone(uow.session) == standalone:
            return
        state.put(uow.session, state.STANDALONE, standalone)
        append_event(
            uow.session,
            actor=uow.actor,
            action="sync.standalone_on" if standalone else "sync.standalone_off",
            entity_type="vault_setting",
            entity_id=state.STANDALONE,
        )


def _refuse_standalone(session: Session) -> None:
    if state.is_standalone(session):
        raise SyncNotSetUp(
            _(
                "This laptop is set standalone: it never syncs. Turn that off first "
                "(inspector sync --standalone off) if your authority runs a server."
            )
        )


# --- enrolment ---


@dataclass(frozen=True)
class EnrolmentDone:
    server_url: str
    server_name: str
    device_id: uuid.UUID
    account_name: str
    jurisdiction: str
    certificate_subject: str


Confirm = Callable[[str, str], bool]  # (CA fingerprint, server name) -> the person says yes


def enrol(
    vault: Vault,
    url: str,
    code: str,
    *,
    confirm: Confirm | None = None,
    expected_fingerprint: str | None = None,
    device_name: str | None = None,
    ca_pem: str | None = None,
    client_options: dict[str, Any] | None = None,
) -> EnrolmentDone:
    """Enrol this laptop with the server at ``url`` using a one-time ``code``.

    On first contact the authority's CA fingerprint must match ``expected_fingerprint`` or be
    confirmed by ``confirm``; a laptop enrolled before with the same authority is not asked
    again. The issued certificate and its new key become the vault's signing identity; the
    device credential is stored inside the vault only.
    """
    from inspector.reports.certificates import SigningMaterial
    from inspector.services.signing import install_issued_certificate
    from inspector.sync.enrol import enrol as enrol_device
    from inspector.sync.enrol import first_contact, normalise_fingerprint

    options = client_options or {}
    with vault.reading() as session:
        _refuse_standalone(session)
        existing = state.enrolment(session)
        known = existing.ca_fingerprint if existing else None
        name = session.scalar(select(InspectorProfile.name).limit(1)) or ""
    contact = first_contact(url, ca_pem=ca_pem, **options)
    if known is not None and known != contact.ca_fingerprint:
        raise EnrolmentRefused(
            _(
                "This laptop is enrolled with another authority ({server}); a server with a "
                "different CA is refused. Nothing was changed."
            ).format(server=existing.server_url if existing else "?")
        )
    if expected_fingerprint is not None:
        if normalise_fingerprint(expected_fingerprint) != contact.ca_fingerprint:
            raise EnrolmentRefused(
                _(
                    "The server's CA fingerprint is not the one given; nothing was changed. "
                    "Check the address and the fingerprint with your administrator."
                )
            )
    elif known is None and (confirm is None or not confirm(contact.ca_fingerprint,
                                                           contact.hello.name)):  # fmt: skip
        raise EnrolmentRefused(_("The server's authority was not confirmed; nothing was changed."))
    enrolled = enrol_device(
        contact,
        code,
        name=name,
        vault_id=vault.vault_id,
        device_name=(device_name or socket.gethostname())[:200],
        **options,
    )
    with UnitOfWork(vault) as uow:
        info = install_issued_certificate(
            uow, SigningMaterial(enrolled.certificate, enrolled.private_key, enrolled.chain)
        )
        uow.session.execute(delete(Enrolment))
        uow.session.add(
            Enrolment(
                device_id=enrolled.device_id,
                server_url=enrolled.base_url,
                server_name=enrolled.server_name,
                credential=enrolled.credential,
                ca_certificate=enrolled.ca_pem,  # and the one given for https, if another
                ca_fingerprint=enrolled.ca_fingerprint,
                account=enrolled.account,
            )
        )
        _complete_profile(uow, enrolled.account)
        append_event(
            uow.session,
            actor=uow.actor,
            action="device.enrolled",
            entity_type="enrolment",
            entity_id=str(enrolled.device_id),
            details={"server": enrolled.base_url, "ca_sha256": enrolled.ca_fingerprint},
        )
    account = enrolled.account
    return EnrolmentDone(
        server_url=enrolled.base_url,
        server_name=enrolled.server_name,
        device_id=enrolled.device_id,
        account_name=str(account.get("name", "")),
        jurisdiction=str(account.get("jurisdiction_name") or account.get("jurisdiction") or ""),
        certificate_subject=info.subject,
    )


def _complete_profile(uow: UnitOfWork, account: dict[str, Any]) -> None:
    """Fill what the profile lacks from the account the server names; never overwrite."""
    from inspector.services.profile import get_profile, set_profile

    profile = get_profile(uow.session)
    if profile is not None and profile.name.strip():
        return
    name = str(account.get("name") or "").strip()
    if name:
        set_profile(
            uow,
            name,
            authority=str(account.get("authority") or ""),
            jurisdiction=str(account.get("jurisdiction_name") or ""),
        )


# --- syncing ---


def sync_now(
    vault: Vault,
    progress: Progress | None = None,
    *,
    files: bool = True,
    client_options: dict[str, Any] | None = None,
) -> SyncReport:
    """One sync: records, audit trail, files (unless ``files`` is False), then changes down.

    Raises SyncNotSetUp (standalone, not enrolled), SyncError with a plain reason when it could
    not finish (what was acknowledged stays acknowledged), DeviceRevoked after destroying the
    key material and closing ``vault``.
    """
    from inspector.sync.client import ServerClient
    from inspector.sync.run import SyncRun, writing

    with vault.reading() as session:
        _refuse_standalone(session)
        enrolment = state.enrolment(session)
        if enrolment is None:
            raise SyncNotSetUp(
                _("This laptop is not enrolled yet: inspector enroll URL CODE sets it up.")
            )
        url, credential, ca_pem = (
            enrolment.server_url,
            enrolment.credential,
            enrolment.ca_certificate,
        )
    try:
        with ServerClient(
            url, credential=credential, ca_pem=ca_pem, **(client_options or {})
        ) as client:
            report = SyncRun(vault, client, progress).run(files=files)
    except DeviceRevoked as exc:
        _revoked(vault, url, str(exc))
        raise
    except InspectorError as exc:
        _note_failure(vault, str(exc))
        raise
    except Exception as exc:
        _note_failure(vault, _("unexpected error ({kind})").format(kind=type(exc).__name__))
        raise
    with writing(vault) as session:
        state.put(session, state.LAST_SYNC, utcnow().isoformat())
        state.put(session, state.LAST_ERROR, None)
    return report


def _note_failure(vault: Vault, message: str) -> None:
    from inspector.sync.run import writing

    try:
        with writing(vault) as session:
            state.put(session, state.LAST_ATTEMPT, utcnow().isoformat())
            state.put(session, state.LAST_ERROR, message)
    except Exception:  # noqa: S110 - the sync's own error is the one to report
        pass


def _revoked(vault: Vault, server: str, message: str) -> None:
    """Stop for good: destroy the key slots, then lock the vault."""
    from inspector.vault.revoke import destroy_key_material

    folder = vault.folder
    vault.close()
    destroy_key_material(folder, server=server, reason=message)


# --- quarantine and conflicts ---


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
    """Put a quarantined record back in the queue (after the cause was fixed on the server)."""
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
        elif entry.entity_type != "form_snapshot":  # a snapshot goes again with its inspection
            uow.session.add(OutboxEntry(entity_type=entry.entity_type, entity_id=entry.entity_id,
                                        revision=entry.revision, operation="upsert"))  # fmt: skip


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
        if keep == "mine":
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


# --- words for the command line (and a notification) ---


def describe_report(report: SyncReport) -> list[str]:
    """The sync's outcome in plain words: the first line says what went up and came down; one
    line follows per record quarantined or in conflict and per problem."""
    sent = (
        _("{records} and {files} sent").format(
            records=ngettext("{n} record", "{n} records", report.records_sent).format(
                n=report.records_sent
            ),
            files=ngettext("{n} file", "{n} files", report.files_sent).format(n=report.files_sent),
        )
        if report.records_sent or report.files_sent
        else _("nothing to send")
    )
    got = report.received
    parts = [
        ngettext("{n} agency", "{n} agencies", got.agencies).format(n=got.agencies)
        if got.agencies else "",
        ngettext("{n} checklist", "{n} checklists", got.forms).format(n=got.forms)
        if got.forms else "",
        ngettext("{n} assignment", "{n} assignments", got.assignments).format(n=got.assignments)
        if got.assignments else "",
        ngettext("{n} referred complaint", "{n} referred complaints", got.complaints).format(
            n=got.complaints) if got.complaints else "",
        ngettext("{n} timestamped report", "{n} timestamped reports", got.reports).format(
            n=got.reports) if got.reports else "",
    ]  # fmt: skip
    received = [part for part in parts if part]
    line = (
        sent
        + "; "
        + (
            _("{items} received").format(items=", ".join(received))
            if received
            else _("nothing new received")
        )
    )
    if report.quarantined:
        line += "; " + ngettext(
            "{n} record quarantined", "{n} records quarantined", len(report.quarantined)
        ).format(n=len(report.quarantined))
    if report.conflicts:
        line += "; " + ngettext(
            "{n} conflict to resolve", "{n} conflicts to resolve", len(report.conflicts)
        ).format(n=len(report.conflicts))
    lines = [line + "."]
    for refusal in report.quarantined:
        lines.append(_("  quarantined: {what}: {reason}").format(
            what=refusal.label, reason=refusal.reason))  # fmt: skip
    for refusal in report.conflicts:
        lines.append(_("  conflict: {what}: {reason}").format(
            what=refusal.label, reason=refusal.reason))  # fmt: skip
    if report.files_waiting:
        lines.append(
            ngettext(
                "{n} file waits for the next sync.", "{n} files wait for the next sync.",
                report.files_waiting,
            ).format(n=report.files_waiting)
        )  # fmt: skip
    lines += [_("  note: {problem}").format(problem=problem) for problem in report.problems]
    skew = report.clock_skew_seconds
    if skew is not None and abs(skew) >= CLOCK_SKEW_SHOWN_S:
        lines.append(clock_skew_words(skew))
    return lines


def clock_skew_words(skew_seconds: float) -> str:
    minutes = round(abs(skew_seconds) / 60)
    amount = (
        ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)
        if minutes < 120
        else ngettext("{n} hour", "{n} hours", round(minutes / 60)).format(n=round(minutes / 60))
    )
    if skew_seconds > 0:
        return _("This laptop's clock is {amount} ahead of the server's; set it right.").format(
            amount=amount
        )
    return _("This laptop's clock is {amount} behind the server's; set it right.").format(
        amount=amount
    )
