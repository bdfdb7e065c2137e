"""Backups of the vault, and the reminder that says when one is due.

The vault remembers when it was last backed up (and, once sync exists, last synced) in
``vault_setting``. A reminder is due when a change that no backup or sync holds yet is older than
the number of days the inspector chose: a laptop that dies then loses at most that many days of
work. A vault with no change since its last backup needs no reminder, however old the backup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.services.uow import UnitOfWork
from inspector.vault.audit import HEAD_KEY, append_event
from inspector.vault.backup import BackupInfo, Progress, write_backup
from inspector.vault.store import Vault
from inspector.vault.tables import AuditEvent, VaultSetting
from inspector.vault.types import utcnow

LAST_BACKUP_KEY = "last_backup"
LAST_SYNC_KEY = "last_sync"  # written by sync when it completes a round
BACKUP_ACTION = "vault.backed_up"


def backup_vault(
    vault: Vault, output: Path, *, overwrite: bool = False, progress: Progress | None = None
) -> BackupInfo:
    """Write a backup file of the open vault (still encrypted; see ``inspector.vault.backup``)
    and remember when, for the reminder. Safe while the vault is being written to."""
    with vault.reading() as session:
        head = session.get(VaultSetting, HEAD_KEY)
        # Every event up to here is in the copy (later ones may be too: counted as not saved).
        seq = int(head.value["seq"]) if head is not None else 0
    info = write_backup(vault, output, overwrite=overwrite, progress=progress)
    with UnitOfWork(vault) as uow:
        record_backup(uow, info, seq)
    return info


def record_backup(uow: UnitOfWork, info: BackupInfo, audit_seq: int | None = None) -> None:
    """Remember a backup: when it was taken, the last audit event it holds, its size and SHA-256
    (never where it went: a path can name a person or a place). The audit trail notes that an
    encrypted copy left the vault."""
    value: dict[str, Any] = {
        "at": info.created_at.isoformat(),
        "size": info.size,
        "sha256": info.sha256,
    }
    if audit_seq is not None:
        value["seq"] = audit_seq
    setting = uow.session.get(VaultSetting, LAST_BACKUP_KEY)
    if setting is None:
        uow.session.add(VaultSetting(key=LAST_BACKUP_KEY, value=value))
    else:
        setting.value = value
    append_event(
        uow.session,
        actor=uow.actor,
        action=BACKUP_ACTION,
        entity_type="vault",
        entity_id=info.vault_id,
        details={"sha256": info.sha256, "size": info.size},
    )


def record_sync(
    uow: UnitOfWork, at: dt.datetime | None = None, audit_seq: int | None = None
) -> None:
    """Remember a completed sync round (for the reminder): when, and if known the last audit
    event whose change the server holds."""
    value: dict[str, Any] = {"at": (at or utcnow()).isoformat()}
    if audit_seq is not None:
        value["seq"] = audit_seq
    setting = uow.session.get(VaultSetting, LAST_SYNC_KEY)
    if setting is None:
        uow.session.add(VaultSetting(key=LAST_SYNC_KEY, value=value))
    else:
        setting.value = value


@dataclass(frozen=True)
class _SafePoint:
    at: dt.datetime
    seq: int | None


def _safe_point(session: Session, key: str) -> _SafePoint | None:
    setting = session.get(VaultSetting, key)
    value: Any = setting.value if setting is not None else None
    if not isinstance(value, dict) or not isinstance(value.get("at"), str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value["at"])
    except ValueError:
        return None
    seq = value.get("seq")
    return _SafePoint(
        moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC),
        seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
    )


def last_backup(session: Session) -> dt.datetime | None:
    point = _safe_point(session, LAST_BACKUP_KEY)
    return point.at if point else None


def last_sync(session: Session) -> dt.datetime | None:
    point = _safe_point(session, LAST_SYNC_KEY)
    return point.at if point else None


def _first_change_after(session: Session, point: _SafePoint | None) -> dt.datetime | None:
    """When the first change not held by ``point`` was made (None: there is none). Events come
    in sequence order, so with a sequence number this is one primary-key lookup."""
    query = select(AuditEvent.at).where(AuditEvent.action != BACKUP_ACTION)
    if point is not None and point.seq is not None:
        query = query.where(AuditEvent.seq > point.seq)
    elif point is not None:
        query = query.where(AuditEvent.at > point.at)
    moment = session.scalar(query.order_by(AuditEvent.seq).limit(1))
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment


@dataclass(frozen=True)
class BackupReminder:
    due: bool
    days: int  # the reminder delay it was computed with
    last_backup: dt.datetime | None
    last_sync: dt.datetime | None
    # The oldest change that no backup or sync holds yet; None when everything is held.
    oldest_unsaved: dt.datetime | None
    days_unsaved: int  # whole days since oldest_unsaved (0 when nothing is unsaved)


def backup_reminder(
    session: Session, days: int, *, now: dt.datetime | None = None
) -> BackupReminder:
    """Whether to remind the inspector to back up (or sync): ``due`` when a change made since
    the last backup or sync is ``days`` days old or older. For the dashboard and ``inspector
    status``."""
    now = now or utcnow()
    points = [
        point
        for point in (_safe_point(session, LAST_BACKUP_KEY), _safe_point(session, LAST_SYNC_KEY))
        if point is not None
    ]
    # A change is saved when any backup or sync holds it; each holds every change before it.
    firsts = [_first_change_after(session, point) for point in points or [None]]
    oldest = None if None in firsts else max(f for f in firsts if f is not None)
    backup, sync = last_backup(session), last_sync(session)
    unsaved_days = max(0, (now - oldest).days) if oldest is not None else 0
    return BackupReminder(
        due=oldest is not None and now - oldest >= dt.timedelta(days=days),
        days=days,
        last_backup=backup,
        last_sync=sync,
        oldest_unsaved=oldest,
        days_unsaved=unsaved_days,
    )
