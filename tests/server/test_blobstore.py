"""The blob store: chunked, resumable, content-addressed uploads, on a folder and on a real
S3-protocol server (moto_server on loopback), shared by two server processes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from inspector.errors import InvalidInput
from inspector.server.blob_config import open_blob_store
from inspector.server.blobstore import (
    CHUNK_SIZE,
    BlobNotFound,
    BlobStore,
    FolderBlobStore,
    HashMismatch,
    WrongOffset,
)
from inspector.server.s3store import S3BlobStore
from tests.conftest import ROOT
from tests.server import s3

# The moto_server fixtures, for this module (tests/conftest.py may list tests.server.s3 instead).
s3_server = s3.s3_server
s3_bucket = s3.s3_bucket

StoreMaker = Callable[[], BlobStore]
JURISDICTION = "NP-BAG"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pieces(data: bytes, size: int) -> list[tuple[int, bytes]]:
    return [(offset, data[offset : offset + size]) for offset in range(0, len(data), size)]


@pytest.fixture(params=["folder", "s3"])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreMaker:
    """Makes store objects on one folder or bucket, as separate server processes would hold."""
    if request.param == "folder":
        root = tmp_path / "data" / "blobs"
        return lambda: FolderBlobStore(root)
    bucket: s3.S3Bucket = request.getfixturevalue("s3_bucket")
    return lambda: S3BlobStore(bucket.name, "server/one", client=bucket.client())


def test_an_upload_in_chunks_becomes_the_blob(new_store: StoreMaker) -> None:
    store = new_store()
    data = os.urandom(350_000)
    key = f"{JURISDICTION}/{sha(data)}"
    assert store.received(key) == 0
    for offset, chunk in pieces(data, 100_000):
        assert store.append(key, offset, chunk) == offset + len(chunk)
        assert store.received(key) == offset + len(chunk)
    assert not store.exists(sha(data))

    store.finish(key, sha(data), len(data))

    assert store.exists(sha(data))
    assert store.size(sha(data)) == len(data)
    assert store.read_bytes(sha(data)) == data
    assert store.received(key) == 0  # the staged chunks are gone


def test_an_interrupted_upload_resumes_from_the_offset_the_store_reports(
    new_store: StoreMaker,
) -> None:
    data = os.urandom(250_000)
    key = f"{JURISDICTION}/{sha(data)}"
    first = new_store()
    first.append(key, 0, data[:100_000])
    first.append(key, 100_000, data[100_000:200_000])

    # The connection broke after the second chunk reached the server but before its answer did;
    # the server restarted meanwhile. The client sends the second chunk again and is told where
    # the server stands.
    restarted = new_store()
    with pytest.raises(WrongOffset) as refused:
        restarted.append(key, 100_000, data[100_000:200_000])
    assert refused.value.received == 200_000
    assert restarted.received(key) == 200_000

    resume = refused.value.received
    assert restarted.append(key, resume, data[resume:]) == len(data)
    restarted.finish(key, sha(data), len(data))
    assert restarted.read_bytes(sha(data)) == data


def test_a_stale_or_future_offset_is_refused_with_what_is_held(new_store: StoreMaker) -> None:
    store = new_store()
    data = os.urandom(30_000)
    key = f"{JURISDICTION}/{sha(data)}"
    store.append(key, 0, data[:10_000])
    store.append(key, 10_000, data[10_000:20_000])

    for offset in (0, 10_000, 20_001, 50_000):
        with pytest.raises(WrongOffset) as refused:
            store.append(key, offset, b"x" * 10_000)
        assert refused.value.received == 20_000
    with pytest.raises(WrongOffset) as early:  # finishing before every byte arrived
        store.finish(key, sha(data), len(data))
    assert early.value.received == 20_000

    store.append(key, 20_000, data[20_000:])
    store.finish(key, sha(data), len(data))
    assert store.read_bytes(sha(data)) == data  # no refused byte got in


def test_bytes_that_do_not_match_their_hash_are_refused_and_dropped(
    new_store: StoreMaker,
) -> None:
    store = new_store()
    data = os.urandom(40_000)
    key = f"{JURISDICTION}/{sha(data)}"
    damaged = bytearray(data)
    damaged[12_345] ^= 0x01
    for offset, chunk in pieces(bytes(damaged), 16_000):
        store.append(key, offset, chunk)

    with pytest.raises(HashMismatch):
        store.finish(key, sha(data), len(data))
    assert not store.exists(sha(data))
    assert store.received(key) == 0  # dropped: the client starts again from 0

    # More bytes than the size promised are refused too.
    store.append(key, 0, data + b"extra")
    with pytest.raises(HashMismatch):
        store.finish(key, sha(data), len(data))
    assert store.received(key) == 0

    for offset, chunk in pieces(data, 16_000):
        store.append(key, offset, chunk)
    store.finish(key, sha(data), len(data))
    assert store.read_bytes(sha(data)) == data


def test_a_blob_already_held_is_still_checked_against_the_upload(new_store: StoreMaker) -> None:
    """A second jurisdiction uploading known content must send the real bytes to be accepted."""
    store = new_store()
    data = os.urandom(20_000)
    store.put(sha(data), data)
    key = f"NP-KOS/{sha(data)}"
    store.append(key, 0, os.urandom(20_000))
    with pytest.raises(HashMismatch):
        store.finish(key, sha(data), len(data))
    store.append(key, 0, data)
    store.finish(key, sha(data), len(data))
    assert store.read_bytes(sha(data)) == data
    assert store.received(key) == 0


def test_two_server_processes_alternate_on_one_upload(new_store: StoreMaker) -> None:
    one, two = new_store(), new_store()
    data = os.urandom(500_000)
    key = f"{JURISDICTION}/{sha(data)}"
    servers = [one, two]
    for number, (offset, chunk) in enumerate(pieces(data, 64_000)):
        here, there = servers[number % 2], servers[(number + 1) % 2]
        assert here.received(key) == offset
        assert here.append(key, offset, chunk) == offset + len(chunk)
        with pytest.raises(WrongOffset) as refused:  # a retry of the same chunk, on the other
            there.append(key, offset, chunk)
        assert refused.value.received == offset + len(chunk)

    two.finish(key, sha(data), len(data))
    assert one.exists(sha(data))
    assert one.read_bytes(sha(data)) == data
    with pytest.raises(WrongOffset) as late:  # a duplicate finish finds nothing staged
        one.finish(key, sha(data), len(data))
    assert late.value.received == 0


def test_a_large_blob_streams_back_in_chunks_without_filling_memory(
    new_store: StoreMaker,
) -> None:
    store = new_store()
    data = os.urandom(20 * 1024 * 1024)
    key = f"{JURISDICTION}/{sha(data)}"
    for offset, chunk in pieces(data, CHUNK_SIZE):
        store.append(key, offset, chunk)

    tracemalloc.start()
    try:
        store.finish(key, sha(data), len(data))
        finishing = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        digest, size, largest = hashlib.sha256(), 0, 0
        with store.read(sha(data)) as chunks:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                largest = max(largest, len(chunk))
        reading = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert (digest.hexdigest(), size) == (sha(data), len(data))
    assert largest <= CHUNK_SIZE
    # At most an S3 part (5 MiB) and a few chunks at a time, never the 20 MiB blob.
    assert finishing < 14 * 1024 * 1024, finishing
    assert reading < 4 * 1024 * 1024, reading


BAD_KEYS = [
    "",
    "../" + "a" * 64,
    "NP-BAG/../" + "a" * 64,
    "/" + "a" * 64,
    "NP-BAG//" + "a" * 64,
    "NP-BAG/" + "A" * 64,
    "NP-BAG/" + "a" * 63,
    "NP-BAG/not-a-sha256",
    "NP-BAG/" + "a" * 64 + "/x",
    "NP BAG/" + "a" * 64,
    "NP.BAG/" + "a" * 64,
    "..",
    "NP-BAG\\..\\" + "a" * 64,
    "a/b/c/d/" + "a" * 64,
    "NP-BAG/" + "a" * 64 + "\n",
]


def test_upload_keys_that_could_leave_the_store_are_refused(
    new_store: StoreMaker, tmp_path: Path
) -> None:
    store = new_store()
    before = sorted(tmp_path.rglob("*"))
    calls: list[Callable[[str], object]] = [
        lambda key: store.append(key, 0, b"data"),
        store.received,
        lambda key: store.finish(key, "a" * 64, 4),
        store.discard,
    ]
    for bad_key in BAD_KEYS:
        for call in calls:
            with pytest.raises(InvalidInput):
                call(bad_key)
    assert sorted(tmp_path.rglob("*")) == before


def test_blob_names_other_than_a_sha256_are_refused(new_store: StoreMaker) -> None:
    store = new_store()
    for name in ("../etc/passwd", "A" * 64, "a" * 65, ""):
        with pytest.raises(InvalidInput):
            store.exists(name)
        with pytest.raises(InvalidInput):
            store.read(name)


def test_put_checks_the_hash_and_a_missing_blob_is_not_found(new_store: StoreMaker) -> None:
    store = new_store()
    report = b"%PDF-1.7 timestamped report"
    with pytest.raises(HashMismatch):
        store.put(sha(b"something else"), report)
    assert not store.exists(sha(b"something else"))
    store.put(sha(report), report)
    store.put(sha(report), report)  # again: nothing changes
    assert store.read_bytes(sha(report)) == report
    with pytest.raises(BlobNotFound):
        store.read(sha(b"never stored"))  # refused before a response starts streaming
    with pytest.raises(BlobNotFound):
        store.size(sha(b"never stored"))


def test_an_empty_file_and_a_discarded_upload(new_store: StoreMaker) -> None:
    store = new_store()
    store.finish(f"{JURISDICTION}/{sha(b'')}", sha(b""), 0)
    assert store.read_bytes(sha(b"")) == b""
    data = os.urandom(1000)
    key = f"{JURISDICTION}/{sha(data)}"
    store.append(key, 0, data[:500])
    store.discard(key)
    assert store.received(key) == 0
    store.discard(key)  # twice is fine


def test_the_folder_store_keeps_files_private_and_no_temp_file_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "tmp"
    elsewhere.mkdir()
    monkeypatch.setenv("TMPDIR", str(elsewhere))
    monkeypatch.setattr(tempfile, "tempdir", None)
    root = tmp_path / "blobs"
    store = FolderBlobStore(root)
    data = os.urandom(3000)
    store.append(f"{JURISDICTION}/{sha(data)}", 0, data[:1000])
    store.append(f"{JURISDICTION}/{sha(data)}", 1000, data[1000:])
    store.finish(f"{JURISDICTION}/{sha(data)}", sha(data), len(data))
    store.put(sha(b"report"), b"report")
    store.append(f"NP-KOS/{sha(b'half')}", 0, b"ha")

    entries = [root, *root.rglob("*")]
    modes = {p.relative_to(tmp_path): stat.S_IMODE(p.stat().st_mode) for p in entries}
    assert {m for p, m in modes.items() if (tmp_path / p).is_dir()} == {0o700}, modes
    assert {m for p, m in modes.items() if (tmp_path / p).is_file()} == {0o600}, modes
    assert len([p for p in entries if p.is_file()]) == 3  # two blobs, one staged upload
    assert list(elsewhere.iterdir()) == []


def test_open_blob_store_reads_the_configured_spec(
    tmp_path: Path, s3_bucket: s3.S3Bucket, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = open_blob_store("", tmp_path)
    assert isinstance(default, FolderBlobStore) and default.root == tmp_path / "blobs"
    relative = open_blob_store("store/blobs", tmp_path)
    assert isinstance(relative, FolderBlobStore) and relative.root == tmp_path / "store/blobs"
    absolute = open_blob_store(str(tmp_path / "abs"), tmp_path / "data")
    assert isinstance(absolute, FolderBlobStore) and absolute.root == tmp_path / "abs"

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    spec = s3_bucket.server.spec(s3_bucket.name, "ministry/blobs") + "&addressing=path"
    store = open_blob_store(spec, tmp_path)
    assert isinstance(store, S3BlobStore)
    data = b"evidence photo"
    store.append(f"{JURISDICTION}/{sha(data)}", 0, data)
    store.finish(f"{JURISDICTION}/{sha(data)}", sha(data), len(data))
    held = s3_bucket.client().list_objects_v2(Bucket=s3_bucket.name)["Contents"]
    assert [o["Key"] for o in held] == [f"ministry/blobs/blobs/{sha(data)}"]

    for bad in (
        "s3://",
        "s3://bucket/p?endpoint=http://h&secret=y",
        "s3://bucket/p?endpoint=ftp://h",
        "s3://AKIA:hunter2@bucket/p",
    ):
        with pytest.raises(InvalidInput) as refused:
            open_blob_store(bad, tmp_path)
        assert "hunter2" not in str(refused.value) and "secret" not in str(refused.value)


def test_the_s3_store_reads_overlapping_chunks_once(s3_bucket: s3.S3Bucket) -> None:
    """Two processes on a store that ignores If-None-Match can leave chunks that overlap (both
    hold the file's own bytes there); what was received is their union, read once."""
    data = os.urandom(3000)
    key = f"{JURISDICTION}/{sha(data)}"
    store = S3BlobStore(s3_bucket.name, "", client=s3_bucket.client())
    client = s3_bucket.client()
    for offset, end in ((0, 1000), (500, 2000), (1200, 1500), (2500, 2600)):
        chunk_key = f"staging/{key}/{offset:016d}"
        client.put_object(Bucket=s3_bucket.name, Key=chunk_key, Body=data[offset:end])
    assert store.received(key) == 2000  # 2500 lies beyond a gap
    with pytest.raises(WrongOffset):
        store.append(key, 2500, data[2500:])
    store.append(key, 2000, data[2000:])
    store.finish(key, sha(data), len(data))
    assert store.read_bytes(sha(data)) == data
    assert client.list_objects_v2(Bucket=s3_bucket.name, Prefix="staging/").get("KeyCount") == 0


def test_two_s3_stores_racing_on_one_upload_lose_nothing(s3_bucket: s3.S3Bucket) -> None:
    """Two server processes take turns at random on one upload, each appending what it believes is
    missing in its own chunk size: the blob comes out whole."""
    data = os.urandom(150_000)
    key = f"{JURISDICTION}/{sha(data)}"
    stores = [S3BlobStore(s3_bucket.name, "", client=s3_bucket.client()) for _ in range(2)]

    def upload(store: BlobStore, chunk: int) -> None:
        while (offset := store.received(key)) < len(data):
            with contextlib.suppress(WrongOffset):
                store.append(key, offset, data[offset : offset + chunk])

    with ThreadPoolExecutor(2) as pool:
        for done in [pool.submit(upload, stores[0], 5000), pool.submit(upload, stores[1], 8000)]:
            done.result(timeout=60)
    stores[1].finish(key, sha(data), len(data))
    assert stores[0].read_bytes(sha(data)) == data


def append_until_complete(root: str, size: int, chunk: int, go: str) -> None:
    """One server process of the test below: append whatever is missing, in its own chunk size,
    as fast as it can; print the appends it was granted."""
    store = FolderBlobStore(Path(root))
    data = _shared_data(size)
    key = f"{JURISDICTION}/{sha(data)}"
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.001)
    granted, refused = [], 0
    while (offset := store.received(key)) < size:
        try:
            end = store.append(key, offset, data[offset : offset + chunk])
        except WrongOffset:
            refused += 1
        else:
            granted.append([offset, end])
    print(json.dumps({"granted": granted, "refused": refused}), flush=True)


def _shared_data(size: int) -> bytes:
    return hashlib.shake_256(b"two processes").digest(size)


def test_two_os_processes_appending_at_once_never_both_win_an_offset(tmp_path: Path) -> None:
    size = 3 * 1024 * 1024
    root, go = tmp_path / "blobs", tmp_path / "go"
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from tests.server.test_blobstore import append_until_complete as run; "
                f"run({str(root)!r}, {size}, {chunk}, {str(go)!r})",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for chunk in (1000, 1500)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        go.touch()
        reports = [json.loads(worker.communicate(timeout=60)[0]) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    assert all(worker.returncode == 0 for worker in workers)

    granted = sorted(tuple(g) for report in reports for g in report["granted"])
    assert all(report["granted"] for report in reports), "the two processes did not interleave"
    position = 0
    for offset, end in granted:  # every byte granted exactly once, in one unbroken run
        assert offset == position
        position = end
    assert position == size
    data = _shared_data(size)
    store = FolderBlobStore(root)
    store.finish(f"{JURISDICTION}/{sha(data)}", sha(data), size)
    assert store.read_bytes(sha(data)) == data
