"""Several server processes on one PostgreSQL database and one blob store, as a ministry runs
them behind a load balancer: requests alternate between them, and nothing is lost or doubled."""

from __future__ import annotations

import hashlib
import random
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from tests.serverkit import (
    EnrolledDevice,
    Ministry,
    RunningServer,
    enrol,
    fresh_postgres_database,
    seed_ministry,
    start_server,
)


@pytest.fixture
def two_servers(tmp_path: Path) -> Iterator[tuple[RunningServer, RunningServer, Ministry]]:
    blobs = str(tmp_path / "shared-blobs")
    with fresh_postgres_database() as url:
        first = start_server(tmp_path / "a", url, blob_store=blobs)
        second = start_server(tmp_path / "b", url, blob_store=blobs)
        try:
            yield first, second, seed_ministry(first, agencies=2)
        finally:
            first.stop()
            second.stop()


def _through(device: EnrolledDevice, server: RunningServer) -> EnrolledDevice:
    """The same device, talking to another server process."""
    return replace(device, server=server)


def test_two_processes_take_uploads_from_several_clients_at_once(two_servers) -> None:
    first, second, ministry = two_servers
    devices = [
        enrol(first, name)
        for name in (ministry.inspector, ministry.inspector, ministry.other_inspector)
    ]
    per_device = 40
    sent: dict[str, set[str]] = {}
    blobs: dict[str, tuple[EnrolledDevice, bytes]] = {}

    def work(index: int, device: EnrolledDevice) -> None:
        rng = random.Random(index)  # noqa: S311 - test data
        ends = [_through(device, first), _through(device, second)]
        records = []
        for n in range(per_device):
            inspection_id = str(uuid.uuid4())
            records.append(
                {
                    "type": "inspection",
                    "id": inspection_id,
                    "revision": 1,
                    "data": {"id": inspection_id, "reference": f"D{index}-{n}"},
                }
            )
            answer_id = str(uuid.uuid4())
            records.append(
                {
                    "type": "answer",
                    "id": answer_id,
                    "revision": 1,
                    "data": {"inspection_id": inspection_id, "value": n},
                }
            )
        sent[device.device_id] = {r["id"] for r in records}
        # Batches of 10 alternate between the processes; every batch goes twice (a retry).
        for start in range(0, len(records), 10):
            batch = records[start : start + 10]
            for attempt in range(2):
                results = ends[(start // 10 + attempt) % 2].send(*batch)
                assert all(r["status"] in ("stored", "duplicate") for r in results), results
        # A file in chunks, each chunk to another process.
        data = rng.randbytes(50_000)
        sha = hashlib.sha256(data).hexdigest()
        blobs[sha] = (device, data)
        for k, offset in enumerate(range(0, len(data), 8_000)):
            answer = ends[k % 2].put(
                f"/blobs/{sha}",
                params={"offset": offset, "size": len(data)},
                content=data[offset : offset + 8_000],
            )
            assert answer.status_code == 200, answer.text

    with ThreadPoolExecutor(max_workers=len(devices)) as pool:
        for future in [pool.submit(work, i, d) for i, d in enumerate(devices)]:
            future.result()

    from sqlalchemy import func, select

    from inspector.server.tables import Record

    stored = first.admin(
        lambda s: s.execute(select(Record.id, func.count()).group_by(Record.id)).all()
    )
    assert all(count == 1 for _id, count in stored)
    assert {str(record_id) for record_id, _count in stored} == set().union(*sent.values())
    for sha, (device, data) in blobs.items():
        assert _through(device, second).get(f"/blobs/{sha}/content").content == data


def test_the_same_new_records_sent_to_both_processes_at_once_are_stored_once(two_servers) -> None:
    """A laptop whose connection dropped resends a batch while the first copy is still being
    stored by the other process: both answers say stored or duplicate, one copy is kept."""
    from sqlalchemy import func, select

    from inspector.server.tables import Record

    first, second, ministry = two_servers
    device = enrol(first, ministry.inspector)
    for round_ in range(5):
        batch = []
        for n in range(200):
            record_id = str(uuid.uuid4())
            batch.append(
                {
                    "type": "inspection",
                    "id": record_id,
                    "revision": 1,
                    "data": {"id": record_id, "reference": f"R{round_}-{n}"},
                }
            )
        barrier = threading.Barrier(2)

        def send(server: RunningServer, batch: list = batch, barrier=barrier) -> list:
            barrier.wait()
            return _through(device, server).send(*batch)

        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(send, [first, second]))
        for answer in answers:
            assert {r["status"] for r in answer} <= {"stored", "duplicate"}, answer[:3]
        ids = [uuid.UUID(r["id"]) for r in batch]
        counts = first.admin(
            lambda s, ids=ids: s.execute(
                select(func.count()).select_from(Record).where(Record.id.in_(ids))
            ).scalar_one()
        )
        assert counts == len(batch)


def test_pull_cursors_read_every_change_once_while_writers_commit_out_of_order(
    two_servers,
) -> None:
    """Writers hold their transactions open for random times after appending, so commits come
    out of the order their change numbers were taken in; readers poll both processes."""
    from sqlalchemy import select

    from inspector.server.admin import store_agency
    from inspector.server.tables import Jurisdiction

    first, second, ministry = two_servers
    reader = enrol(first, ministry.inspector)
    before = {c["seq"] for c in reader.changes()}
    cursor = max(before, default=0)
    writers, per_writer = 4, 8
    stop = threading.Event()
    seen: list[int] = []

    def write(index: int) -> None:
        rng = random.Random(index)  # noqa: S311 - timing only
        with first.state() as state:
            for n in range(per_writer):
                with state.session() as session:
                    place = session.scalar(
                        select(Jurisdiction).where(Jurisdiction.code == ministry.home)
                    )
                    store_agency(
                        session,
                        place,
                        {
                            "licence_number": f"W{index}-{n}",
                            "name": f"Writer {index} agency {n}",
                            "country": "NP",
                        },
                    )
                    time.sleep(rng.uniform(0, 0.05))  # commit late, after others

    def read() -> None:
        nonlocal cursor
        ends = [reader, _through(reader, second)]
        turn = 0
        while True:
            finished = stop.is_set()  # read once more after the last writer committed
            page = ends[turn % 2].get("/changes", params={"after": cursor}).json()
            seen.extend(c["seq"] for c in page["changes"])
            cursor = page["cursor"]
            turn += 1
            if finished and not page["more"]:
                return
            time.sleep(0.005)

    reading = threading.Thread(target=read)
    reading.start()
    with ThreadPoolExecutor(max_workers=writers) as pool:
        for future in [pool.submit(write, i) for i in range(writers)]:
            future.result()
    stop.set()
    reading.join(timeout=60)
    everything = {c["seq"] for c in reader.changes()} - before
    assert len(seen) == len(set(seen)), "a change was read twice"
    assert set(seen) == everything, f"missed {sorted(everything - set(seen))}"
    assert len(everything) == writers * per_writer


def test_the_careful_path_stores_and_refuses_record_by_record(two_servers) -> None:
    """The fallback a batch takes after a race (a savepoint and a flush per record), driven
    directly: new records stored, a bad one refused, the rest of the batch kept."""
    from inspector.server.records import Ingest
    from inspector.server.tables import Account, Device, Record

    first, _second, ministry = two_servers
    device = enrol(first, ministry.inspector)
    inspection_id, answer_id = str(uuid.uuid4()), str(uuid.uuid4())
    batch = [
        {
            "type": "inspection",
            "id": inspection_id,
            "revision": 1,
            "data": {"id": inspection_id, "reference": "CAREFUL-1"},
        },
        {
            "type": "answer",
            "id": str(uuid.uuid4()),
            "revision": 1,
            "data": {"inspection_id": str(uuid.uuid4()), "value": 1},
        },
        {
            "type": "answer",
            "id": answer_id,
            "revision": 1,
            "data": {"inspection_id": inspection_id, "value": 2},
        },
    ]

    def work(session):  # type: ignore[no-untyped-def]
        dev = session.get(Device, uuid.UUID(device.device_id))
        ingest = Ingest(session, dev, session.get(Account, dev.account_id), careful=True)
        ingest.prefetch(batch)
        return [ingest.take(raw).status for raw in batch]

    assert first.admin(work) == ["stored", "refused", "stored"]
    stored = first.admin(
        lambda s: {str(r.id) for r in s.scalars(select_records(Record, [inspection_id, answer_id]))}
    )
    assert stored == {inspection_id, answer_id}


def select_records(table, ids):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    return select(table).where(table.id.in_([uuid.UUID(i) for i in ids]))
