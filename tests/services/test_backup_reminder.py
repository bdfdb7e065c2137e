"""The backup reminder: due when a change that no backup or sync holds is older than the chosen
number of days; a backup taken while changes go on counts only what it holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.backup import backup_reminder, backup_vault, record_sync
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.types import utcnow

DAY = dt.timedelta(days=1)


def _add(vault: Vault, licence: str) -> None:
    with UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData(licence, "An agency", "NP"))


def test_reminder_follows_changes_backups_and_syncs(vault: Vault, tmp_path: Path) -> None:
    with vault.reading() as session:
        empty = backup_reminder(session, 7)
    assert not empty.due and empty.last_backup is None and empty.oldest_unsaved is None

    _add(vault, "NP-1")
    now = utcnow()
    with vault.reading() as session:
        fresh = backup_reminder(session, 7, now=now)
        later = backup_reminder(session, 7, now=now + 8 * DAY)
    assert not fresh.due and fresh.oldest_unsaved is not None
    assert later.due and later.days_unsaved == 8

    backup_vault(vault, tmp_path / "b.zip")
    with vault.reading() as session:
        saved = backup_reminder(session, 7, now=now + 30 * DAY)
    # Nothing changed since the backup: nothing to lose, however old the backup gets.
    assert not saved.due and saved.oldest_unsaved is None and saved.last_backup is not None

    _add(vault, "NP-2")
    with vault.reading() as session:
        assert not backup_reminder(session, 7, now=utcnow() + 6 * DAY).due
        assert backup_reminder(session, 7, now=utcnow() + 7 * DAY + DAY / 2).due

    with UnitOfWork(vault) as uow:
        record_sync(uow)
    with vault.reading() as session:
        synced = backup_reminder(session, 7, now=utcnow() + 30 * DAY)
    assert not synced.due and synced.last_sync is not None
