"""Inspectors, consular officials and their devices as the console lists them, and the sync
health page: records refused, conflicts waiting, audit chains that did not match, reports not
yet timestamped. Scoped by jurisdiction in each query."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from inspector.server.console.agencies import Paged
from inspector.server.console.auth import Viewer
from inspector.server.console.risk import field
from inspector.server.tables import (
    Account,
    AccountRole,
    Conflict,
    Device,
    DeviceClient,
    Jurisdiction,
    Record,
    SealedReport,
    SyncRefusal,
)


@dataclass(frozen=True)
class DeviceLine:
    id: uuid.UUID
    name: str
    enrolled_at: dt.datetime
    last_seen_at: dt.datetime | None
    revoked_at: dt.datetime | None
    revoked_reason: str
    client: str
    rewritten_at: dt.datetime | None


@dataclass
class PersonLine:
    id: int
    username: str
    name: str
    role: str
    jurisdiction: str
    active: bool
    devices: list[DeviceLine] = dc_field(default_factory=list)


def people(session: Session, viewer: Viewer, page: int, size: int) -> Paged:
    conditions = [viewer.scope(Account.jurisdiction_id)]
    total = int(session.scalar(select(func.count()).select_from(Account).where(*conditions)) or 0)
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    rows = session.execute(
        select(Account, Jurisdiction.code)
        .join(Jurisdiction, Jurisdiction.id == Account.jurisdiction_id)
        .where(*conditions)
        .order_by(Jurisdiction.code, Account.username)
        .offset((page - 1) * size)
        .limit(size)
    ).all()
    lines = {
        account.id: PersonLine(
            account.id, account.username, account.name, account.role.value, code, account.active
        )
        for account, code in rows
    }
    if lines:
        for device, client in session.execute(
            select(Device, DeviceClient.user_agent)
            .outerjoin(DeviceClient, DeviceClient.device_id == Device.id)
            .where(Device.account_id.in_(list(lines)))
            .order_by(Device.enrolled_at)
        ):
            lines[device.account_id].devices.append(
                DeviceLine(
                    device.id,
                    device.name,
                    device.enrolled_at,
                    device.last_seen_at,
                    device.revoked_at,
                    device.revoked_reason,
                    client or "",
                    device.history_rewritten_at,
                )
            )
    return Paged(list(lines.values()), total, page, pages)


def inspectors_in_scope(session: Session, viewer: Viewer) -> list[tuple[str, str, str]]:
    """(username, name, jurisdiction code) of active inspectors the viewer may assign."""
    return [
        (username, name, code)
        for username, name, code in session.execute(
            select(Account.username, Account.name, Jurisdiction.code)
            .join(Jurisdiction, Jurisdiction.id == Account.jurisdiction_id)
            .where(
                Account.role == AccountRole.INSPECTOR,
                Account.active.is_(True),
                viewer.scope(Account.jurisdiction_id),
            )
            .order_by(Account.username)
        )
    ]


def jurisdictions_in_scope(session: Session, viewer: Viewer) -> list[Jurisdiction]:
    return list(
        session.scalars(
            select(Jurisdiction).where(viewer.scope(Jurisdiction.id)).order_by(Jurisdiction.code)
        )
    )


def device_in_scope(session: Session, viewer: Viewer, device_id: uuid.UUID) -> Device | None:
    return session.scalar(
        select(Device)
        .join(Account, Account.id == Device.account_id)
        .where(Device.id == device_id, viewer.scope(Account.jurisdiction_id))
    )


def account_in_scope(session: Session, viewer: Viewer, username: str) -> Account | None:
    return session.scalar(
        select(Account).where(Account.username == username, viewer.scope(Account.jurisdiction_id))
    )


@dataclass
class Health:
    refusals: list[Any] = dc_field(default_factory=list)
    conflicts: list[Any] = dc_field(default_factory=list)
    rewritten: list[Any] = dc_field(default_factory=list)
    unsealed: list[Any] = dc_field(default_factory=list)


def sync_health(session: Session, viewer: Viewer, limit: int = 100) -> Health:
    health = Health()
    health.refusals = session.execute(
        select(
            SyncRefusal.at,
            SyncRefusal.type,
            SyncRefusal.record_id,
            SyncRefusal.reason,
            Device.name,
            Account.username,
        )
        .join(Device, Device.id == SyncRefusal.device_id)
        .join(Account, Account.id == Device.account_id)
        .where(viewer.scope(SyncRefusal.jurisdiction_id))
        .order_by(SyncRefusal.at.desc(), SyncRefusal.id.desc())
        .limit(limit)
    ).all()
    health.conflicts = session.execute(
        select(
            Conflict.received_at,
            Conflict.type,
            Conflict.record_id,
            Conflict.revision,
            Conflict.server_revision,
            Device.name,
            Account.username,
        )
        .join(Device, Device.id == Conflict.device_id)
        .join(Account, Account.id == Device.account_id)
        .where(Conflict.resolved_at.is_(None), viewer.scope(Conflict.jurisdiction_id))
        .order_by(Conflict.received_at.desc(), Conflict.id.desc())
        .limit(limit)
    ).all()
    health.rewritten = session.execute(
        select(
            Device.history_rewritten_at,
            Device.name,
            Device.id,
            Account.username,
            Device.audit_seq,
            Device.audit_signed_seq,
        )
        .join(Account, Account.id == Device.account_id)
        .where(Device.history_rewritten_at.is_not(None), viewer.scope(Account.jurisdiction_id))
        .order_by(Device.history_rewritten_at.desc())
        .limit(limit)
    ).all()
    inspection = aliased(Record)
    health.unsealed = session.execute(
        select(
            Record.received_at,
            Record.id,
            Record.inspection_id,
            field(inspection, "reference"),
            SealedReport.verified,
            SealedReport.problem,
        )
        .outerjoin(SealedReport, SealedReport.report_id == Record.id)
        .outerjoin(
            inspection, (inspection.type == "inspection") & (inspection.id == Record.inspection_id)
        )
        .where(
            Record.type == "report",
            Record.deleted.is_(False),
            SealedReport.sealed_at.is_(None),
            viewer.scope(Record.jurisdiction_id),
        )
        .order_by(Record.received_at.desc())
        .limit(limit)
    ).all()
    return health
