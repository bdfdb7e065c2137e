"""What the central server ingests: records and file bytes a second, by one and by two server
processes on one PostgreSQL database, against a plain psycopg insert of the same rows and a plain
file write of the same bytes.

    python -m benchmarks.server_ingest [--records 6000] [--files 40] [--clients 4] [--no-write]

Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth); a fresh database per measure,
dropped after. *Records*: inspections and answers in batches of 500 sent by ``--clients`` enrolled
laptops at once over HTTP; with two processes, each client's batches alternate between them.
*Baseline*: the same rows (type, id, revision, JSON data) inserted by psycopg's executemany,
committed per batch of 500, into a bare table in the same database. *Files*: 1 MiB files, each in
one chunk, checked against its SHA-256 and renamed into the store; baseline: the same bytes
written to files with an fsync each."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.common import machine, write_section

BATCH = 500
FILE_BYTES = 1024 * 1024


def make_records(count: int, seed: int) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    while len(records) < count:
        inspection_id = str(uuid.uuid4())
        records.append({"type": "inspection", "id": inspection_id, "revision": 1,
                        "data": {"id": inspection_id, "reference": f"B{seed}-{len(records)}",
                                 "status": "draft", "notes": "x" * 200}})  # fmt: skip
        for n in range(9):
            answer_id = str(uuid.uuid4())
            records.append({"type": "answer", "id": answer_id, "revision": 1,
                            "data": {"id": answer_id, "inspection_id": inspection_id,
                                     "question_path": f"s01.q{n}", "value": "yes"}})  # fmt: skip
    return records[:count]


def measure_server(processes: int, records: int, files: int, clients: int) -> tuple[float, float]:
    """(records a second, bytes a second) through ``processes`` server processes."""
    from tests.serverkit import enrol, fresh_postgres_database, seed_ministry, start_server

    with tempfile.TemporaryDirectory() as folder, fresh_postgres_database() as url:
        blobs = str(Path(folder) / "blobs")
        servers = [start_server(Path(folder) / f"s{i}", url, blob_store=blobs,
                                extra_args=["--rate", "100000", "--burst", "100000"])
                   for i in range(processes)]  # fmt: skip
        try:
            seed_ministry(servers[0], agencies=1)
            devices = [enrol(servers[0], "asha") for _ in range(clients)]
            loads = [make_records(records // clients, i) for i in range(clients)]

            def send(index: int) -> None:
                ends = [replace(devices[index], server=s) for s in servers]
                load = loads[index]
                for k, start in enumerate(range(0, len(load), BATCH)):
                    results = ends[k % len(ends)].send(*load[start : start + BATCH])
                    if any(r["status"] != "stored" for r in results):
                        raise SystemExit(f"a record was not stored: {results[:3]}")

            began = time.perf_counter()
            with ThreadPoolExecutor(clients) as pool:
                list(pool.map(send, range(clients)))
            record_rate = records / (time.perf_counter() - began)

            payloads = [[os.urandom(FILE_BYTES) for _ in range(files // clients)]
                        for _ in range(clients)]  # fmt: skip

            def upload(index: int) -> None:
                ends = [replace(devices[index], server=s) for s in servers]
                for k, data in enumerate(payloads[index]):
                    if not ends[k % len(ends)].upload(data, chunk=FILE_BYTES)["complete"]:
                        raise SystemExit("a file was not complete after its last chunk")

            began = time.perf_counter()
            with ThreadPoolExecutor(clients) as pool:
                list(pool.map(upload, range(clients)))
            byte_rate = files * FILE_BYTES / (time.perf_counter() - began)
        finally:
            for server in servers:
                server.stop()
    return record_rate, byte_rate


def measure_baseline(records: int, files: int) -> tuple[float, float]:
    import psycopg

    from tests.serverkit import fresh_postgres_database

    rows = [
        (r["type"], r["id"], r["revision"], json.dumps(r["data"]))
        for r in make_records(records, 99)
    ]
    with fresh_postgres_database() as url:
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain) as conn:
            conn.execute("CREATE TABLE record (type text, id uuid, revision int, data json, "
                         "PRIMARY KEY (type, id))")  # fmt: skip
            conn.commit()
            began = time.perf_counter()
            for start in range(0, len(rows), BATCH):
                with conn.cursor() as cursor:
                    cursor.executemany("INSERT INTO record VALUES (%s, %s, %s, %s)",
                                       rows[start : start + BATCH])  # fmt: skip
                conn.commit()
            record_rate = records / (time.perf_counter() - began)
    payloads = [os.urandom(FILE_BYTES) for _ in range(files)]
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        for data in payloads:
            path = Path(folder) / hashlib.sha256(data).hexdigest()
            with open(path, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        byte_rate = files * FILE_BYTES / (time.perf_counter() - began)
    return record_rate, byte_rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=6000)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    base_records, base_bytes = measure_baseline(args.records, args.files)
    one = measure_server(1, args.records, args.files, args.clients)
    two = measure_server(2, args.records, args.files, args.clients)
    mb = 1024 * 1024
    text = f"""## Server ingest: records and files a second

`python -m benchmarks.server_ingest --records {args.records} --files {args.files} --clients {args.clients}`
(updated {machine()}). {args.clients} enrolled laptops send at once over HTTP on loopback;
records in batches of {BATCH} (inspections and answers), files of 1 MiB in one chunk each.
Baselines in the same run: a plain psycopg `executemany` of the same rows (committed per batch)
into a bare table of the same PostgreSQL, and a plain write of the same bytes with an fsync each.

| what | 1 server process | 2 server processes | baseline | ratio (1 / 2 processes) |
| --- | ---: | ---: | ---: | ---: |
| records a second | {one[0]:,.0f} | {two[0]:,.0f} | {base_records:,.0f} | {one[0] / base_records:.2f} / {two[0] / base_records:.2f} |
| file MB a second | {one[1] / mb:,.1f} | {two[1] / mb:,.1f} | {base_bytes / mb:,.1f} | {one[1] / base_bytes:.2f} / {two[1] / base_bytes:.2f} |

Each record is checked (shape, scope, parent, revision), kept in a savepoint of its own so one
bad record never fails its batch, and answered on its own; files are hashed before they are
accepted. On this 2-core machine the clients, the server processes and PostgreSQL share the
same two cores, so a second process adds little: it is there to show several processes on one
database lose nothing (tests/server/test_scale_out.py), and would add capacity on more cores.
"""  # noqa: E501
    print(text)
    if not args.no_write:
        write_section("server ingest", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
