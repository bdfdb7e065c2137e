"""Sync through broken connections, a killed client and a killed server: after the syncs that
follow, the server holds exactly the laptop's records and files, each once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from inspector.errors import SyncError
from inspector.services.sync import sync_now, sync_status
from inspector.sync.client import RetryPolicy
from tests.serverkit import fresh_postgres_database, seed_ministry, start_server
from tests.sync.conftest import (
    FAST,
    Central,
    Laptop,
    device_of,
    enrolled,
    local_agency,
    local_files,
    local_records,
    make_inspection,
    server_files,
    server_records,
)
from tests.sync.proxy import Faults, FaultyProxy, faulty_proxy

CHUNK = 4096  # small chunks, so that files of 6 KB go up in pieces and can be cut half-way


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    with fresh_postgres_database() as url:
        # No rate limit here: these tests are about broken connections (test_sync meets it).
        server = start_server(
            tmp_path_factory.mktemp("server"),
            url,
            extra_args=["--chunk-size", str(CHUNK), "--rate", "5000", "--burst", "5000"],
        )
        try:
            yield Central(server, seed_ministry(server))
        finally:
            server.stop()


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def _prepared(
    central: Central, make_laptop: Callable[[str], Laptop], name: str, proxy: FaultyProxy,
    inspections: int, attachments: int,
) -> Laptop:  # fmt: skip
    """A laptop enrolled through the proxy (which the vault then knows as its server), with
    the registry down and finished inspections waiting to go up."""
    laptop = make_laptop(name)
    enrolled(central, laptop, central.ministry.inspector, url=proxy.url)
    sync_now(laptop.vault, client_options=FAST)
    agency = local_agency(laptop.vault)
    rng = random.Random(name)  # noqa: S311 - test data
    for _ in range(inspections):
        make_inspection(laptop.vault, agency, attachments=attachments, size=6000, rng=rng)
    return laptop


def _assert_server_holds_exactly(central: Central, laptop: Laptop) -> None:
    held = server_records(central.server, device_of(laptop.vault))
    assert len(held) == len(set(held)), "a record stored twice"
    assert set(held) == local_records(laptop.vault)
    files = server_files(central.server)
    for sha in local_files(laptop.vault):
        assert files.get(sha) == sha, "a file missing or damaged on the server"
    with laptop.vault.reading() as session:
        status = sync_status(session)
    assert (status.items_waiting, status.quarantined, status.conflicts) == (0, 0, 0)


def _sync_until_done(laptop: Laptop, tries: int = 40) -> int:
    """Sync again after each sync that could not finish; the number of syncs it took."""
    for attempt in range(1, tries + 1):
        try:
            sync_now(laptop.vault, client_options={"retry": RetryPolicy(base=0.005, cap=0.05)})
        except SyncError:
            continue
        return attempt
    raise AssertionError(f"no sync finished in {tries} tries")


def test_connections_cut_at_random_offsets_lose_and_duplicate_nothing(
    central: Central, make_laptop: Callable[[str], Laptop]
) -> None:
    with faulty_proxy(_port(central.server.url)) as proxy:
        laptop = _prepared(central, make_laptop, "cuts", proxy, inspections=50, attachments=4)
        assert len(local_files(laptop.vault)) == 200
        proxy.faults = Faults(cut_within=200_000, seed=7)
        _sync_until_done(laptop)
        assert proxy.cuts >= 5, "the proxy hardly cut anything: the test proves nothing"
        proxy.faults = Faults()
        again = sync_now(laptop.vault, client_options=FAST)
    assert (again.records_sent, again.files_sent) == (0, 0)
    _assert_server_holds_exactly(central, laptop)


def test_a_cut_in_the_middle_of_a_file_sends_at_most_one_chunk_again(
    central: Central, make_laptop: Callable[[str], Laptop]
) -> None:
    with faulty_proxy(_port(central.server.url)) as proxy:
        laptop = _prepared(central, make_laptop, "one-file", proxy, inspections=1, attachments=0)
        from inspector.services.evidence import add_attachment
        from inspector.services.uow import UnitOfWork
        from inspector.vault.tables import Inspection

        with UnitOfWork(laptop.vault) as uow:
            from inspector.services.inspections import start_inspection
            from tests.conftest import small_form

            inspection = start_inspection(uow, local_agency(laptop.vault), small_form())
            add_attachment(uow, inspection, os.urandom(10 * CHUNK), filename="scan.bin")
        sync_now(laptop.vault, files=False, client_options=FAST)
        # Let the first chunks through, then cut inside the file's upload.
        proxy.faults = Faults(cut_within=1, seed=3)
        proxy.faults.rng.randrange = lambda _a, _b: 5 * CHUNK + 1000  # type: ignore[method-assign]
        with pytest.raises(SyncError):
            sync_now(laptop.vault, client_options={"retry": RetryPolicy(tries=1, budget=0)})
        proxy.faults = Faults()
        before = proxy.bytes_up
        report = sync_now(laptop.vault, client_options=FAST)
        resent = proxy.bytes_up - before
        assert report.files_sent == 1
        assert report.file_bytes_sent <= 6 * CHUNK  # what was left, and the chunk that was cut
        assert resent < 7 * CHUNK
        with laptop.vault.reading() as session:
            assert session.get(Inspection, inspection) is not None
    _assert_server_holds_exactly(central, laptop)


def _cli(laptop: Laptop, passphrase_file: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "inspector", "--vault", str(laptop.folder),
         "--passphrase-file", str(passphrase_file), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
    )  # fmt: skip


def _wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_client_killed_mid_sync_completes_on_the_next_one(
    central: Central, make_laptop: Callable[[str], Laptop], passphrase_file: Path
) -> None:
    with faulty_proxy(_port(central.server.url)) as proxy:
        laptop = _prepared(central, make_laptop, "killed", proxy, inspections=12, attachments=2)
        device = device_of(laptop.vault)
        laptop.vault.close()
        proxy.faults = Faults(delay=0.01, piece=2048)  # slow enough to be caught half-way
        process = _cli(laptop, passphrase_file, "sync")
        try:
            _wait_for(lambda: len(server_records(central.server, device)) > 30)
            process.send_signal(signal.SIGKILL)
            process.wait(10)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(10)
        assert process.returncode == -signal.SIGKILL
        proxy.faults = Faults()
        laptop.reopen()
        with laptop.vault.reading() as session:
            assert sync_status(session).items_waiting > 0  # it was caught before the end
        sync_now(laptop.vault, client_options=FAST)
    _assert_server_holds_exactly(central, laptop)


def test_a_server_killed_and_restarted_mid_sync_gives_the_same_result(
    central: Central, make_laptop: Callable[[str], Laptop]
) -> None:
    server = central.server
    with faulty_proxy(_port(server.url)) as proxy:
        laptop = _prepared(central, make_laptop, "restart", proxy, inspections=12, attachments=2)
        device = device_of(laptop.vault)
        proxy.faults = Faults(delay=0.01, piece=2048)
        failed: list[BaseException] = []

        def run() -> None:
            try:
                sync_now(laptop.vault, client_options={"retry": RetryPolicy(tries=2, budget=2)})
            except SyncError as exc:
                failed.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        try:
            _wait_for(lambda: len(server_records(server, device)) > 30)
            server.stop(kill=True)
        finally:
            worker.join(60)
        assert failed, "the sync finished before the server was killed"
        server.restart()
        proxy.faults = Faults()
        sync_now(laptop.vault, client_options=FAST)
    _assert_server_holds_exactly(central, laptop)
