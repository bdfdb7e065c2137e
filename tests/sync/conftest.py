"""Laptops (real SQLCipher vaults) and a real central server process on loopback, on a fresh
PostgreSQL database, for the sync tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspector.services.evidence import add_attachment
from inspector.services.inspections import (
    complete_inspection,
    lock_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.profile import set_profile
from inspector.services.uow import UnitOfWork
from inspector.sync.client import RetryPolicy
from inspector.vault.keys import KdfParams
from inspector.vault.store import Vault, create_vault, unlock_vault
from inspector.vault.tables import (
    Agency,
    Attachment,
    AuditEvent,
    FormSnapshot,
    Inspection,
    SyncedRecord,
)
from tests.conftest import PASSPHRASE, SMALL_COMPLIANT, small_form
from tests.serverkit import (
    Ministry,
    RunningServer,
    fresh_postgres_database,
    seed_ministry,
    start_server,
)

# Argon2id at its floor: these vaults test sync, not the key file.
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
# Retries as in the field, with short waits.
FAST = {"retry": RetryPolicy(base=0.01, cap=0.2)}


@dataclass
class Laptop:
    folder: Path
    vault: Vault

    def reopen(self) -> None:
        self.vault.close()
        self.vault = unlock_vault(self.folder, PASSPHRASE)


@pytest.fixture
def make_laptop(tmp_path: Path) -> Iterator[Callable[[str], Laptop]]:
    made: list[Laptop] = []

    def make(name: str) -> Laptop:
        folder = tmp_path / name
        vault = create_vault(folder, PASSPHRASE, FAST_KDF).vault
        with UnitOfWork(vault) as uow:
            set_profile(uow, name.title(), authority="Department of Foreign Employment")
        laptop = Laptop(folder, vault)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.vault.close()


@dataclass
class Central:
    server: RunningServer
    ministry: Ministry


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """One server per test module, on a fresh PostgreSQL database, with a seeded ministry."""
    with fresh_postgres_database() as url:
        server = start_server(tmp_path_factory.mktemp("server"), url)
        try:
            yield Central(server, seed_ministry(server))
        finally:
            server.stop()


def local_agency(vault: Vault, licence: str | None = None) -> uuid.UUID:
    """An agency that came down from the server (the first, or the one with ``licence``)."""
    with vault.reading() as session:
        query = select(Agency.id).order_by(Agency.licence_number)
        if licence:
            query = query.where(Agency.licence_number == licence)
        agency_id = session.scalar(query.limit(1))
    assert agency_id is not None, "no agency in the vault: sync first"
    return agency_id


def make_inspection(
    vault: Vault,
    agency_id: uuid.UUID,
    *,
    attachments: int = 0,
    size: int = 2048,
    rng: random.Random | None = None,
    lock: bool = True,
    notes: str = "",
) -> uuid.UUID:
    """A finished inspection of the small checklist, with ``attachments`` files of random
    bytes (each different)."""
    rng = rng or random.Random(0)  # noqa: S311 - test data
    form = small_form()
    with UnitOfWork(vault) as uow:
        inspection_id = start_inspection(uow, agency_id, form, place="Head office")
        for path, value in SMALL_COMPLIANT.items():
            record_answer(uow, inspection_id, path, value, today=dt.date(2026, 12, 1))
        for index in range(attachments):
            add_attachment(
                uow, inspection_id, rng.randbytes(size), filename=f"receipt-{index}.bin",
                media_type="application/octet-stream",
            )  # fmt: skip
        if notes:
            inspection = uow.session.get(Inspection, inspection_id)
            assert inspection is not None
            inspection.notes = notes
            uow.changed(inspection, "inspection.notes", inspection_id=inspection_id)
        if lock:
            complete_inspection(uow, inspection_id)
            lock_inspection(uow, inspection_id)
    return inspection_id


SENT = (
    "inspection",
    "answer",
    "finding",
    "corrective_action",
    "attachment",
    "worker_interview",
    "complaint",
    "complaint_referral",
    "report",
)


def local_records(vault: Vault) -> set[tuple[str, str, int]]:
    """Everything a laptop should have on the server: (type, id, revision) of its records, the
    form snapshots they use and its audit events; not the records that came down from it."""
    from inspector.sync.values import table_of

    found: set[tuple[str, str, int]] = set()
    with vault.reading() as session:
        for name in SENT:
            cls = table_of(name)
            assert cls is not None
            for row_id, revision in session.execute(select(cls.id, cls.revision)):
                found.add((name, str(row_id), revision))
        used = set(session.scalars(select(Inspection.form_snapshot_id)))
        for snapshot_id in session.scalars(select(FormSnapshot.id)):
            if snapshot_id in used:
                found.add(("form_snapshot", str(snapshot_id), 1))
        for event_id in session.scalars(select(AuditEvent.id)):
            found.add(("audit_event", str(event_id), 1))
        came_down = set(
            session.execute(
                select(SyncedRecord.entity_type, SyncedRecord.entity_id).where(
                    SyncedRecord.status == "received"
                )
            )
        )
    return {record for record in found if record[:2] not in came_down}


def local_files(vault: Vault) -> set[str]:
    with vault.reading() as session:
        return set(session.scalars(select(Attachment.sha256)))


def server_records(server: RunningServer, device_id: uuid.UUID) -> list[tuple[str, str, int]]:
    """What the server holds from one device, as a list (a record stored twice shows twice);
    not the records deleted on the laptop, which the server keeps marked deleted."""
    from inspector.server.tables import Record

    def work(session: Any) -> list[tuple[str, str, int]]:
        rows = session.execute(
            select(Record.type, Record.id, Record.revision).where(
                Record.device_id == device_id, Record.deleted.is_(False)
            )
        )
        return [(kind, str(record_id), revision) for kind, record_id, revision in rows]

    return list(server.admin(work))


def server_files(server: RunningServer) -> dict[str, str]:
    """Every complete blob on the server: its name and the SHA-256 of the bytes it holds."""
    from inspector.server.tables import Blob

    with server.state() as state, state.session() as session:
        names = sorted(set(session.scalars(select(Blob.sha256))))
        return {name: hashlib.sha256(state.blobs.read_bytes(name)).hexdigest() for name in names}


def device_of(vault: Vault) -> uuid.UUID:
    from inspector.sync import state

    with vault.reading() as session:
        enrolment = state.enrolment(session)
        assert enrolment is not None
        return enrolment.device_id


def enrolled(central: Central, laptop: Laptop, username: str, url: str | None = None) -> None:
    from inspector.services.sync import enrol
    from tests.serverkit import enrolment_code

    code = enrolment_code(central.server, username)
    enrol(
        laptop.vault,
        url or central.server.url,
        code,
        confirm=lambda _fingerprint, _name: True,
        client_options=FAST,
    )
