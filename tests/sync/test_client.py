"""The sync client's manners, against a scripted server (httpx's mock transport stands for the
network): addresses it accepts, retries with backoff and jitter, Retry-After honoured, a
bounded number of tries, and the server's refusals turned into plain errors."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from inspector.errors import DeviceRevoked, InvalidInput, SyncError, SyncNotSetUp
from inspector.sync.client import RetryPolicy, ServerClient, server_base

HELLO = {
    "api_version": 1,
    "min_client_api": 1,
    "max_body_bytes": 8388608,
    "chunk_size": 1048576,
    "max_batch_records": 500,
    "server_time": "2026-12-05T10:00:00+00:00",
    "ca_fingerprint": "ab" * 32,
    "name": "Ministry of Labour",
}


def test_plain_http_only_to_this_computer() -> None:
    assert server_base("http://127.0.0.1:8470/") == "http://127.0.0.1:8470"
    assert server_base("http://localhost:8470/api/v1") == "http://localhost:8470"
    assert server_base("http://[::1]:8470") == "http://[::1]:8470"
    assert server_base("https://sync.example.gov/fi/api/v1/") == "https://sync.example.gov/fi"
    with pytest.raises(InvalidInput, match="needs https"):
        server_base("http://sync.example.gov")
    with pytest.raises(InvalidInput, match="needs https"):
        server_base("http://10.0.0.5:8470")
    with pytest.raises(InvalidInput, match="not a server address"):
        server_base("ftp://sync.example.gov")
    with pytest.raises(InvalidInput, match="without a user name"):
        server_base("https://admin:secret@sync.example.gov")


def _client(handler: Callable[[httpx.Request], httpx.Response], sleeps: list[float],
            retry: RetryPolicy | None = None) -> ServerClient:  # fmt: skip
    return ServerClient(
        "http://127.0.0.1:9",
        credential="fi1.00000000-0000-0000-0000-000000000000.secret",
        retry=retry or RetryPolicy(base=0.5, cap=4.0),
        sleep=sleeps.append,
        transport=httpx.MockTransport(handler),
    )


def test_server_errors_are_retried_with_growing_jittered_waits() -> None:
    answers = iter([503, 502, 500, 200])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = next(answers)
        return httpx.Response(status, json=HELLO if status == 200 else {"error": "x"})

    sleeps: list[float] = []
    with _client(handler, sleeps) as client:
        assert client.hello().chunk_size == 1048576
    assert len(seen) == 4
    assert all(r.headers["X-Inspector-Api"] == "1" for r in seen)
    # Full jitter: each wait is anywhere up to base * 2^attempt, capped.
    assert len(sleeps) == 3
    assert all(0 <= wait <= limit for wait, limit in zip(sleeps, (0.5, 1.0, 2.0), strict=True))


def test_retry_after_is_honoured() -> None:
    answers = iter([429, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        if next(answers) == 429:
            body = {"error": "rate_limited", "message": "slow down"}
            return httpx.Response(429, headers={"Retry-After": "3"}, json=body)
        return httpx.Response(200, json=HELLO)

    sleeps: list[float] = []
    with _client(handler, sleeps) as client:
        client.hello()
    assert sleeps == [3.0]


def test_a_dead_network_ends_the_run_after_a_bounded_number_of_tries() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ConnectError("connection refused", request=request)

    sleeps: list[float] = []
    with _client(handler, sleeps, RetryPolicy(tries=4, budget=6)) as client:
        with pytest.raises(SyncError, match=r"Could not reach the server at http://127.0.0.1:9 "
                                            r"\(cannot connect\)\. Nothing is lost"):  # fmt: skip
            client.hello()
        assert calls == 4
        # The run's budget is shared by every request: three more retries, then no more.
        with pytest.raises(SyncError):
            client.hello()
        assert calls == 4 + 4


def test_a_lost_answer_to_an_enrolment_is_not_sent_again() -> None:
    """The code is for one use: a request that may have reached the server is not repeated."""
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ReadError("connection reset", request=request)

    with _client(handler, []) as client, pytest.raises(SyncError, match="connection broke"):
        client.enroll("ABCD-EFGH", "csr", "laptop", "vault")
    assert calls == 1


def test_refusals_become_plain_errors_to_act_on() -> None:
    def answer(status: int, code: str) -> Callable[[httpx.Request], httpx.Response]:
        return lambda request: httpx.Response(
            status, json={"error": code, "message": "the server's own words"}
        )

    with (
        _client(answer(403, "revoked"), []) as client,
        pytest.raises(DeviceRevoked, match="revoked this laptop"),
    ):
        client.changes(0, 10)
    with (
        _client(answer(401, "unauthenticated"), []) as client,
        pytest.raises(SyncNotSetUp, match="Enrol it again"),
    ):
        client.changes(0, 10)
    with (
        _client(answer(426, "client_too_old"), []) as client,
        pytest.raises(SyncError, match="newer version"),
    ):
        client.changes(0, 10)


def test_bodies_are_compressed_and_the_credential_is_a_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"results": [], "server_time": HELLO["server_time"]})

    records = [{"type": "answer", "id": str(n), "data": {"value": "x" * 100}} for n in range(50)]
    with _client(handler, []) as client:
        client.post_records(records)
    request = seen[0]
    assert request.headers["Content-Encoding"] == "gzip"
    assert len(request.content) < 2000  # 50 similar records, well compressed
    assert request.headers["Authorization"].startswith("Bearer fi1.")
    assert "secret" not in str(request.url)
