"""The HTTP client of the sync protocol (httpx): one method per endpoint, TLS verification always
on, retries with exponential backoff and full jitter on broken connections, 5xx and 429.

Every error the server states (``{"error": CODE, "message": TEXT}``) becomes an exception whose
message is the server's TEXT; the caller acts on ``code``. Nothing secret goes into a message:
the credential is a header, never part of a URL.
"""

from __future__ import annotations

import datetime as dt
import gzip
import ipaddress
import json
import random
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from inspector.errors import DeviceRevoked, InvalidInput, SyncError, SyncNotSetUp
from inspector.i18n import _

if TYPE_CHECKING:
    import ssl

    import httpx

API_VERSION = 1
API_PATH = "/api/v1"


class ServerRefusal(SyncError):
    """An answer the server gave on purpose: ``status`` (HTTP), ``code`` (the protocol's word),
    the message is the server's sentence, ``body`` the whole answer."""

    def __init__(self, status: int, code: str, message: str, body: dict[str, Any]) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.body = body


class TransientFailure(SyncError):
    """The network or the server failed on every try this run allowed (broken connections,
    5xx, 429): nothing was refused, the same request may succeed later or smaller."""


@dataclass(frozen=True)
class Hello:
    api_version: int
    min_client_api: int
    max_body_bytes: int
    chunk_size: int
    max_batch_records: int
    server_time: dt.datetime | None
    ca_fingerprint: str
    name: str
    max_days_offline: int | None = None  # the ministry requires a sync every N days; None: off

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Hello:
        try:
            when = doc.get("server_time")
            server_time = dt.datetime.fromisoformat(when) if isinstance(when, str) else None
            if server_time is not None and server_time.tzinfo is None:
                server_time = server_time.replace(tzinfo=dt.UTC)
            return cls(
                api_version=int(doc["api_version"]),
                min_client_api=int(doc.get("min_client_api", 1)),
                max_body_bytes=max(64 * 1024, int(doc["max_body_bytes"])),
                chunk_size=max(1024, int(doc["chunk_size"])),
                max_batch_records=max(1, int(doc["max_batch_records"])),
                server_time=server_time,
                ca_fingerprint=str(doc.get("ca_fingerprint", "")).lower(),
                name=str(doc.get("name", "")),
                max_days_offline=_days(doc.get("max_days_offline")),
            )
        except (KeyError, TypeError, ValueError):
            raise SyncError(
                _("The server's answer to hello is not what Field Inspector expects.")
            ) from None


def _days(value: Any) -> int | None:
    """A whole number of days over zero, or None (an absent, null or odd value: no rule)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    days = int(value)
    return days if days > 0 else None


def user_agent() -> str:
    """``FieldInspector/<version> (<system> <release>; <machine>)``: what the console shows as
    each device's version. Nothing in it names the person or the computer."""
    import platform
    import re

    from inspector import __version__

    system = f"{platform.system()} {platform.release()}; {platform.machine()}".strip(" ;")
    system = re.sub(r"[^A-Za-z0-9 ._;:/+-]", "", system)[:80] or "unknown"
    return f"FieldInspector/{__version__} ({system})"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def server_base(url: str) -> str:
    """The server's address as stored (scheme, host, port, path without ``/api/v1``); plain
    http is refused unless the server is on this computer (tests, a trial)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(
            _("'{url}' is not a server address; give one such as https://sync.example.org.").format(
                url=url
            )
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InvalidInput(_("Give the server's address without a user name, query or fragment."))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InvalidInput(
            _(
                "Plain http is allowed only for a server on this computer (tests, a trial); "
                "{host} needs https."
            ).format(host=parts.hostname)
        )
    path = parts.path.rstrip("/")
    if path.endswith(API_PATH):
        path = path[: -len(API_PATH)]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def tls_context(ca_pem: str | None) -> ssl.SSLContext:
    """Verification on, hostnames checked: the system's authorities and certifi's, plus the
    ministry's CA when this laptop has one (a server certified by a private CA)."""
    import ssl

    import certifi

    context = ssl.create_default_context()
    context.load_verify_locations(certifi.where())
    if ca_pem:
        context.load_verify_locations(cadata=ca_pem)
    return context


@dataclass
class RetryPolicy:
    """``tries`` attempts per request; ``budget`` retries in all per run, so a dead network ends
    a sync in bounded time. Delays grow as base * 2^n, capped, fully jittered. A server asking
    to slow down (429) is waited out as its Retry-After says, up to ``rate_limited_waits``
    times a run, without spending the tries."""

    tries: int = 5
    budget: int = 40
    base: float = 0.25
    cap: float = 8.0
    max_retry_after: float = 60.0
    rate_limited_waits: int = 300  # "slow down" answers waited out per run, beyond the tries
    rng: random.Random = field(default_factory=random.Random)  # jitter, not a secret

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        return self.rng.uniform(0, min(self.cap, self.base * 2**attempt))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return (when - dt.datetime.now(dt.UTC)).total_seconds()


def _error_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _certificate_refused(exc: BaseException) -> bool:
    """Whether TLS verification refused the server's certificate (retrying will not help)."""
    import ssl

    seen: BaseException | None = exc
    for _depth in range(8):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(
            seen
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _broken_link_reason(exc: Exception) -> str:
    import httpx

    if isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError):
        return _("cannot connect")
    if isinstance(exc, httpx.TimeoutException):
        return _("no answer in time")
    return _("the connection broke")


class ServerClient:
    """One server, one device credential (none before enrolment). ``close()`` ends the
    connections; usable as a context manager."""

    def __init__(
        self,
        base_url: str,
        *,
        credential: str | None = None,
        ca_pem: str | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        import httpx

        self.base_url = server_base(base_url)
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._budget = self.retry.budget
        headers = {
            "X-Inspector-Api": str(API_VERSION),
            "Accept": "application/json",
            "User-Agent": user_agent(),
        }
        if credential:
            headers["Authorization"] = f"Bearer {credential}"
        self._http = httpx.Client(
            base_url=self.base_url + API_PATH,
            headers=headers,
            verify=tls_context(ca_pem),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
            follow_redirects=False,
            trust_env=False,  # no proxy or .netrc credentials picked up behind the user's back
        )
        self._counting = threading.Lock()  # files go up from two threads at once
        self.bytes_sent = 0
        self.retries = 0
        self.rate_limited = 0  # 429 answers waited out

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the transport of every call ---

    def _request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        idempotent: bool = True,
    ) -> httpx.Response:
        """Send with retries; a 2xx answer, or a ServerRefusal for any other stated answer."""
        import httpx

        body = content
        send_headers = dict(headers or {})
        if json_body is not None:
            raw = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            body = gzip.compress(raw, compresslevel=5) if len(raw) > 1024 else raw
            send_headers["Content-Type"] = "application/json"
            if body is not raw:
                send_headers["Content-Encoding"] = "gzip"
        attempt = 0
        while True:
            retry_after: float | None = None
            try:
                response = self._http.request(
                    method, path, content=body, params=params, headers=send_headers
                )
            except httpx.TransportError as exc:
                if _certificate_refused(exc):
                    raise SyncError(
                        _(
                            "The certificate of the server at {url} is not trusted by this "
                            "laptop. If your authority certifies it itself, enrol with its CA "
                            "certificate: --ca-file FILE."
                        ).format(url=self.base_url)
                    ) from None
                # A request that may have reached the server is retried only when the protocol
                # makes it idempotent; one that never connected, always.
                connected = not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
                if (connected and not idempotent) or not self._may_retry(attempt):
                    raise TransientFailure(
                        _(
                            "Could not reach the server at {url} ({reason}). Nothing is lost: "
                            "sync again when the network is back."
                        ).format(url=self.base_url, reason=_broken_link_reason(exc))
                    ) from None
            else:
                if body:
                    with self._counting:
                        self.bytes_sent += len(body)
                status = response.status_code
                if status < 300:
                    return response
                if status == 429 and self._paced():
                    # The server sets the pace: waiting as told is no failure, and costs none of
                    # the tries; only the run's total wait is bounded.
                    with self._counting:
                        self.rate_limited += 1
                    self._sleep(self.retry.delay(attempt, _retry_after(response) or 1.0))
                    continue
                if status == 429 or status >= 500:
                    retry_after = _retry_after(response) if status in (429, 503) else None
                    if not self._may_retry(attempt):
                        if status == 429:
                            raise TransientFailure(
                                _(
                                    "The server asks this laptop to slow down; sync again in a "
                                    "few minutes. Nothing is lost."
                                )
                            )
                        raise TransientFailure(
                            _(
                                "The server had a problem (HTTP {status}) and did not recover "
                                "in time; sync again later. Nothing is lost."
                            ).format(status=status)
                        )
                else:
                    raise self._refusal(response)
            with self._counting:
                self.retries += 1
            self._sleep(self.retry.delay(attempt, retry_after))
            attempt += 1

    def _paced(self) -> bool:
        return self.rate_limited < self.retry.rate_limited_waits

    @property
    def retries_left(self) -> int:
        """Retries this run may still make, across all requests."""
        return self._budget

    def _may_retry(self, attempt: int) -> bool:
        with self._counting:
            if attempt + 1 >= self.retry.tries or self._budget <= 0:
                return False
            self._budget -= 1
            return True

    def _refusal(self, response: httpx.Response) -> SyncError:
        body = _error_body(response)
        code = str(body.get("error", ""))
        message = str(body.get("message", "")) or _("the server refused (HTTP {status})").format(
            status=response.status_code
        )
        status = response.status_code
        if status == 403 and code == "revoked":
            return DeviceRevoked(
                _(
                    "The ministry revoked this laptop ({message}). It syncs no more, and its "
                    "keys are being destroyed."
                ).format(message=message)
            )
        if status == 401:
            return SyncNotSetUp(
                _(
                    "The server does not know this laptop ({message}). Enrol it again with a new "
                    "code: inspector enroll URL CODE."
                ).format(message=message)
            ).in_window(
                _(
                    "The server does not know this laptop ({message}). Enrol it again with a new "
                    "code from your administrator: Settings, Central server, Enrol again."
                ).format(message=message)
            )
        if status == 426:
            return SyncError(
                _(
                    "The server needs a newer version of Field Inspector ({message}). Install the "
                    "update, then sync again."
                ).format(message=message)
            )
        return ServerRefusal(status, code, message, body)

    # --- the endpoints ---

    def hello(self) -> Hello:
        hello = Hello.from_json(self._request("GET", "/hello").json())
        if hello.min_client_api > API_VERSION:
            raise SyncError(
                _(
                    "The server needs a newer version of Field Inspector (API {needed}, this one "
                    "speaks {ours}). Install the update, then sync again."
                ).format(needed=hello.min_client_api, ours=API_VERSION)
            )
        return hello

    def ca_pem(self) -> str:
        return self._request("GET", "/authority/ca.pem").text

    def crl_der(self) -> bytes:
        """The authority's current certificate revocation list (DER)."""
        return self._request("GET", "/authority/crl.der").content

    def enroll(self, code: str, csr_pem: str, device_name: str, vault_id: str) -> dict[str, Any]:
        body = {"code": code, "csr_pem": csr_pem, "device_name": device_name, "vault_id": vault_id}
        result: dict[str, Any] = self._request(
            "POST", "/enroll", json_body=body, idempotent=False
        ).json()
        return result

    def post_records(self, records: list[dict[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = self._request(
            "POST", "/records", json_body={"records": records}
        ).json()
        return result

    def changes(self, after: int, limit: int) -> dict[str, Any]:
        result: dict[str, Any] = self._request(
            "GET", "/changes", params={"after": after, "limit": limit}
        ).json()
        return result

    def blob_status(self, sha256: str) -> dict[str, Any] | None:
        """What the server holds of a blob; None when it has nothing of it."""
        try:
            result: dict[str, Any] = self._request("GET", f"/blobs/{sha256}").json()
        except ServerRefusal as refusal:
            if refusal.status == 404:
                return None
            raise
        return result

    def put_blob(self, sha256: str, offset: int, size: int, chunk: bytes) -> dict[str, Any]:
        result: dict[str, Any] = self._request(
            "PUT",
            f"/blobs/{sha256}",
            params={"offset": offset, "size": size},
            content=chunk,
            headers={"Content-Type": "application/octet-stream"},
        ).json()
        return result

    def blob_content(self, sha256: str) -> bytes:
        return self._request("GET", f"/blobs/{sha256}/content").content

    def audit_head(self, seq: int, head_hash: str, signed_at: str, signature: str) -> None:
        self._request(
            "POST",
            "/audit-head",
            json_body={"seq": seq, "hash": head_hash, "signed_at": signed_at,
                       "signature": signature},
        )  # fmt: skip
