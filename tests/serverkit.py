"""Real central servers for tests: a fresh PostgreSQL database per test run (dropped at the
end), ``inspector-server serve`` started as a child process on a free loopback port, and the
administrators' functions run in-process on the same database.

Use the fixtures ``server`` (PostgreSQL) or ``sqlite_server``, or ``start_server`` directly.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

PG_HOST = os.environ.get("INSPECTOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database on the local PostgreSQL; dropped afterwards."""
    import psycopg

    name = f"inspector_test_{secrets.token_hex(6)}"
    with psycopg.connect(f"{PG_HOST}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://{PG_HOST.split('://', 1)[1]}/{name}"
    finally:
        with psycopg.connect(f"{PG_HOST}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class RunningServer:
    url: str  # http://127.0.0.1:PORT
    data_dir: Path
    db_url: str | None
    process: subprocess.Popen[bytes]
    blob_store: str = ""
    extra_args: list[str] = field(default_factory=list)

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    def stop(self, kill: bool = False) -> None:
        if self.process.poll() is None:
            if kill:
                self.process.kill()
            else:
                self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def restart(self) -> None:
        """Start the same server again (after ``stop``), on the same port."""
        port = int(self.url.rsplit(":", 1)[1])
        self.process = _spawn(self.data_dir, self.db_url, port, self.blob_store, self.extra_args)
        _wait_ready(self)

    @contextmanager
    def state(self) -> Iterator[Any]:
        """The server's database and blob store in this process, for admin work and checks."""
        from inspector.server.config import ServerConfig
        from inspector.server.state import ServerState

        state = ServerState(
            ServerConfig(data_dir=self.data_dir, db_url=self.db_url, blob_store=self.blob_store)
        )
        try:
            yield state
        finally:
            state.engine.dispose()

    def admin(self, work: Any) -> Any:
        """Run ``work(session)`` in one committed transaction on the server's database."""
        with self.state() as state, state.session() as session:
            return work(session)


def _spawn(
    data_dir: Path, db_url: str | None, port: int, blob_store: str, extra: list[str]
) -> subprocess.Popen[bytes]:
    env = {**os.environ}
    env.pop("INSPECTOR_SERVER_DB", None)
    if db_url:
        env["INSPECTOR_SERVER_DB"] = db_url
    args = [
        sys.executable, "-m", "inspector.server.cli", "serve", "--data-dir", str(data_dir),
        "--host", "127.0.0.1", "--port", str(port), "--public-url", f"http://127.0.0.1:{port}",
    ]  # fmt: skip
    if blob_store:
        args += ["--blob-store", blob_store]
    return subprocess.Popen(
        args + extra, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def _wait_ready(server: RunningServer, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            err = server.process.stderr.read().decode() if server.process.stderr else ""
            raise RuntimeError(f"the server stopped at start: {err[-2000:]}")
        try:
            if httpx.get(f"{server.api}/hello", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop(kill=True)
    raise RuntimeError("the server did not answer in time")


def start_server(
    data_dir: Path,
    db_url: str | None = None,
    *,
    blob_store: str = "",
    extra_args: list[str] | None = None,
) -> RunningServer:
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    extra = list(extra_args or [])
    process = _spawn(data_dir, db_url, port, blob_store, extra)
    server = RunningServer(f"http://127.0.0.1:{port}", data_dir, db_url, process, blob_store, extra)
    _wait_ready(server)
    return server


@dataclass(frozen=True)
class Ministry:
    """What ``seed_ministry`` made: jurisdiction codes and usernames to enrol with."""

    home: str = "NP-BAG"
    other: str = "NP-KOS"
    post: str = "QA-DOH"
    inspector: str = "asha"
    other_inspector: str = "bikram"
    consular: str = "leila"


def seed_ministry(server: RunningServer, *, agencies: int = 6) -> Ministry:
    """Two home jurisdictions, a consular post, an inspector in each and a consular official,
    the shipped checklists and a few agencies in each jurisdiction."""
    import datetime as dt

    from sqlalchemy import select

    from inspector.checklists.library import shipped_form_files
    from inspector.server import admin
    from inspector.server.tables import Jurisdiction

    ministry = Ministry()

    def work(session: Any) -> None:
        admin.add_jurisdiction(session, ministry.home, "Bagmati", country="NP")
        admin.add_jurisdiction(session, ministry.other, "Koshi", country="NP")
        admin.add_jurisdiction(session, ministry.post, "Embassy in Doha", kind="consular-post")
        admin.add_account(session, ministry.inspector, "Asha Rai", role="inspector",
                          jurisdiction=ministry.home)  # fmt: skip
        admin.add_account(session, ministry.other_inspector, "Bikram Shrestha",
                          role="inspector", jurisdiction=ministry.other)  # fmt: skip
        admin.add_account(session, ministry.consular, "Leila Haddad",
                          role="consular-official", jurisdiction=ministry.post)  # fmt: skip
        for path in shipped_form_files():
            admin.publish_form(session, path)
        for code in (ministry.home, ministry.other):
            place = session.scalar(select(Jurisdiction).where(Jurisdiction.code == code))
            for index in range(agencies):
                admin.store_agency(
                    session,
                    place,
                    {
                        "licence_number": f"{code}-{index:04d}",
                        "name": f"Agency {index} of {code}",
                        "country": "NP",
                        "city": "Kathmandu",
                        "licence_status": "active",
                        "licence_valid_until": (dt.date.today() + dt.timedelta(days=400))
                        .isoformat(),
                    },
                )  # fmt: skip

    server.admin(work)
    return ministry


def enrolment_code(server: RunningServer, username: str, days: float = 7) -> str:
    from inspector.server.admin import new_enrolment_code

    return str(server.admin(lambda s: new_enrolment_code(s, username, days=days)[0]))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    """A server of its own on a fresh PostgreSQL database, with a seeded ministry."""
    with fresh_postgres_database() as url:
        running = start_server(tmp_path / "server", url)
        try:
            yield running
        finally:
            running.stop()


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(tmp_path / "server")
    try:
        yield running
    finally:
        running.stop()


@dataclass
class EnrolledDevice:
    """A device enrolled over the real API, as a laptop would, with its key in memory."""

    server: RunningServer
    device_id: str
    credential: str
    certificate_pem: str
    private_key: Any
    vault_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.credential}", "X-Inspector-Api": "1"}

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return httpx.get(f"{self.server.api}{path}", headers=headers, timeout=30, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return httpx.post(f"{self.server.api}{path}", headers=headers, timeout=60, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return httpx.put(f"{self.server.api}{path}", headers=headers, timeout=60, **kwargs)

    def send(self, *records: dict[str, Any]) -> list[dict[str, Any]]:
        answer = self.post("/records", json={"records": list(records)})
        assert answer.status_code == 200, answer.text
        return list(answer.json()["results"])

    def upload(self, data: bytes, chunk: int = 1 << 20) -> dict[str, Any]:
        import hashlib

        sha = hashlib.sha256(data).hexdigest()
        answer: dict[str, Any] = {}
        for offset in range(0, len(data), chunk):
            response = self.put(
                f"/blobs/{sha}",
                params={"offset": offset, "size": len(data)},
                content=data[offset : offset + chunk],
            )
            assert response.status_code == 200, response.text
            answer = response.json()
        return answer

    def changes(self, after: int = 0) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        while True:
            page = self.get("/changes", params={"after": after}).json()
            found += page["changes"]
            after = page["cursor"]
            if not page["more"]:
                return found


def make_csr(name: str = "laptop") -> tuple[Any, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .sign(key, hashes.SHA256())
    )
    return key, csr.public_bytes(serialization.Encoding.PEM).decode("ascii")


def enrol(server: RunningServer, username: str, *, vault_id: str = "") -> EnrolledDevice:
    code = enrolment_code(server, username)
    key, csr = make_csr(username)
    vault_id = vault_id or secrets.token_hex(8)
    answer = httpx.post(
        f"{server.api}/enroll",
        json={"code": code, "csr_pem": csr, "device_name": f"{username}-laptop",
              "vault_id": vault_id},
        timeout=30,
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return EnrolledDevice(
        server, body["device_id"], body["credential"], body["certificate_pem"], key, vault_id
    )
