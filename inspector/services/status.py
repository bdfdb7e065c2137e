"""What is in the vault and how safe it is: counts, changes waiting to sync, last backup."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.services.backup import BackupReminder, backup_reminder
from inspector.vault.tables import Agency, Complaint, Inspection, OutboxEntry


@dataclass(frozen=True)
class VaultStatus:
    agencies: int
    inspections: dict[str, int]  # by status
    complaints: int
    unsynced: int  # outbox entries not yet sent
    reminder: BackupReminder


def vault_status(session: Session, reminder_days: int) -> VaultStatus:
    by_status = {
        str(status.value if hasattr(status, "value") else status): count
        for status, count in session.execute(
            select(Inspection.status, func.count()).group_by(Inspection.status)
        )
    }
    return VaultStatus(
        agencies=session.scalar(select(func.count()).select_from(Agency)) or 0,
        inspections=by_status,
        complaints=session.scalar(select(func.count()).select_from(Complaint)) or 0,
        unsynced=session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.sent_at.is_(None))
        )
        or 0,
        reminder=backup_reminder(session, reminder_days),
    )
