"""What is in the vault and how safe it is: counts, changes waiting to sync, last backup."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.services.backup import BackupReminder, backup_reminder
from inspector.services.sync import waiting_counts
from inspector.vault.tables import Agency, Complaint, Inspection


@dataclass(frozen=True)
class VaultStatus:
    agencies: int
    inspections: dict[str, int]  # by status
    complaints: int
    unsynced: int  # records (each once) and files waiting to go to the server
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
        unsynced=sum(waiting_counts(session)),
        reminder=backup_reminder(session, reminder_days),
    )
