"""Sync use cases for the window and the command line: enrol, sync now, the status to show,
the standalone switch; and, from the modules beside it, quarantined records and conflicts and
what a person decides about them (``sync_review``), the outcome in words (``sync_words``).

The window runs ``sync_now`` off the GUI thread with a progress callback (called on that
thread) and shows ``sync_status``; the command line prints ``describe_report``. For enrolment
in two steps, ``contact_server`` gives the fingerprint to show, and ``enrol`` takes it back as
``expected_fingerprint``.
"""

from __future__ import annotations

import datetime as dt
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
    SyncNotSetUp,
)
from inspector.i18n import _
from inspector.services.backup import last_sync, record_sync
from inspector.services.sync_review import (
    AssignmentRow,
    ConflictRow,
    QuarantineRow,
    conflicts,
    list_assignments,
    newest_form,
    quarantined,
    resolve_conflict,
    retry_quarantined,
)
from inspector.services.sync_words import CLOCK_SKEW_SHOWN_S, clock_skew_words, describe_report
from inspector.services.uow import UnitOfWork
from inspector.sync import state
from inspector.vault.audit import append_event
from inspector.vault.tables import (
    Enrolment,
    InspectorProfile,
    QuarantinedRecord,
    SyncConflict,
)
from inspector.vault.types import utcnow

if TYPE_CHECKING:
    from inspector.sync.run import Progress, SyncReport
    from inspector.vault.store import Vault


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
    # The ministry's "contact every N days" (sync_contact): N as last heard (None: no rule),
    # the last contact, and the rule's state in plain words (None: nothing to say).
    max_days_offline: int | None = None
    last_contact: dt.datetime | None = None
    contact_warning: str | None = None
    contact_overdue: bool = False  # no new inspection can be started until a sync succeeds

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


def sync_status(session: Session, now: dt.datetime | None = None) -> SyncStatus:
    from inspector.services.sync_contact import contact_rule, contact_words

    enrolment = state.enrolment(session)
    records, files = waiting_counts(session)
    rule = contact_rule(session, now)
    return SyncStatus(
        enrolled=enrolment is not None,
        standalone=state.is_standalone(session),
        server_url=enrolment.server_url if enrolment else None,
        server_name=enrolment.server_name if enrolment else None,
        account_name=str(enrolment.account.get("name", "")) if enrolment else None,
        last_sync=last_sync(session),
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
        max_days_offline=rule.max_days,
        last_contact=rule.last_contact,
        contact_warning=contact_words(rule),
        contact_overdue=rule.overdue,
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
        ).in_window(
            _(
                "This laptop is set standalone: it never syncs. If your authority runs a "
                "server, untick 'Standalone laptop' in Settings, under Central server, first."
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


@dataclass(frozen=True)
class ServerAuthority:
    url: str
    name: str
    ca_fingerprint: str  # SHA-256 of the authority CA's DER, hex: show it grouped by four


def contact_server(
    url: str, *, ca_pem: str | None = None, client_options: dict[str, Any] | None = None
) -> ServerAuthority:
    """First contact, for a window that asks in two steps: show the person the fingerprint,
    then call ``enrol`` with it as ``expected_fingerprint``."""
    from inspector.sync.enrol import first_contact

    contact = first_contact(url, ca_pem=ca_pem, **(client_options or {}))
    return ServerAuthority(contact.base_url, contact.hello.name, contact.ca_fingerprint)


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
        state.put(uow.session, state.MAX_DAYS_OFFLINE, contact.hello.max_days_offline)
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
        _complete_profile(uow, enrolled.account, info.common_name)
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


def _complete_profile(uow: UnitOfWork, account: dict[str, Any], signer: str) -> None:
    """Fill what the profile lacks from the account the server names. The name becomes the
    issued certificate's (``signer``): reports are signed in that name, and a profile spelling
    it otherwise would have them refused."""
    from inspector.services.profile import get_profile, set_profile, update_profile

    profile = get_profile(uow.session)
    if profile is not None and profile.name.strip():
        if signer.strip() and profile.name != signer:
            update_profile(uow, name=signer)
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
    from inspector.sync.run import SyncRun

    with vault.reading() as session:
        _refuse_standalone(session)
        enrolment = state.enrolment(session)
        if enrolment is None:
            raise SyncNotSetUp(
                _("This laptop is not enrolled yet: inspector enroll URL CODE sets it up.")
            ).in_window(
                _(
                    "This laptop is not enrolled yet. In Settings, under Central server, enrol it "
                    "with the server address and the code your administrator gave you."
                )
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
    with UnitOfWork(vault) as uow:
        # The backup reminder counts what the server holds as safe (services.backup).
        record_sync(uow, audit_seq=int(state.get(uow.session, state.AUDIT_SEQ, 0)) or None)
        state.put(uow.session, state.LAST_ERROR, None)
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


__all__ = [
    "AssignmentRow",
    "ConflictRow",
    "EnrolmentDone",
    "QuarantineRow",
    "ServerAuthority",
    "SyncStatus",
    "clock_skew_words",
    "conflicts",
    "contact_server",
    "describe_report",
    "enrol",
    "list_assignments",
    "newest_form",
    "quarantined",
    "resolve_conflict",
    "retry_quarantined",
    "set_standalone",
    "sync_now",
    "sync_status",
    "waiting_counts",
]
