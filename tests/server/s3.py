"""A real S3-protocol server for tests: moto's standalone server, on loopback, one per test run
(per xdist worker), and a fresh bucket per test.

Use it from a test module or conftest with ``pytest_plugins`` or by importing the fixtures.
"""

from __future__ import annotations

import functools
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from tests.serverkit import free_port

REGION = "us-east-1"


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str

    def client(self) -> Any:
        """A new boto3 client for this server, with throwaway credentials (moto accepts any)."""
        from botocore.config import Config

        return _session().client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=REGION,
            aws_access_key_id="test-key",
            aws_secret_access_key="test-secret",  # moto accepts any; not a real one
            config=Config(s3={"addressing_style": "path"}),
        )

    def spec(self, bucket: str, prefix: str = "") -> str:
        """The ``open_blob_store`` spec for a bucket on this server."""
        return f"s3://{bucket}/{prefix}?endpoint={self.endpoint_url}&region={REGION}"


@dataclass(frozen=True)
class S3Bucket:
    server: S3Server
    name: str

    def client(self) -> Any:
        return self.server.client()


@functools.cache
def _session() -> Any:
    """One boto3 session: a client from a fresh session costs 0.1 s, from this one 5 ms."""
    import boto3

    return boto3.session.Session()


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"moto_server exited early:\n{log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"moto_server did not listen on {port}:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    executable = Path(sys.executable).with_name("moto_server")
    log = tmp_path_factory.mktemp("moto") / "moto_server.log"
    for _attempt in range(3):  # the free port may be taken between probing and binding
        port = free_port()
        with log.open("wb") as output:
            process = subprocess.Popen(
                [str(executable), "-H", "127.0.0.1", "-p", str(port)],
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        try:
            _wait_until_listening(process, port, log)
        except RuntimeError:
            process.kill()
            process.wait()
            continue
        try:
            yield S3Server(f"http://127.0.0.1:{port}")
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return
    raise RuntimeError(f"moto_server did not start:\n{log.read_text(errors='replace')}")


@pytest.fixture
def s3_bucket(s3_server: S3Server) -> S3Bucket:
    """A new, empty bucket on the session's server."""
    name = f"test-{uuid4().hex[:20]}"
    s3_server.client().create_bucket(Bucket=name)
    return S3Bucket(s3_server, name)
