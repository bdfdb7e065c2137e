"""What the sync health and devices pages need to know from the laptops' own requests: the
records the server refused (with its reasons) and what each device said it runs (User-Agent).

A plain ASGI middleware watching the answers of ``POST /api/v1/records`` and ``GET
/api/v1/changes`` that succeeded (so the credential was checked): it changes nothing in them, and
a failure here is logged by type only and never reaches the laptop."""

from __future__ import annotations

import json
import logging
import uuid
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from inspector.server.state import ServerState

log = logging.getLogger("inspector.server")
WATCHED = ("/api/v1/records", "/api/v1/changes")
MAX_WATCHED_BODY = 4 * 1024 * 1024


def _device_of(scope: Scope) -> uuid.UUID | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            parts = value.decode("latin-1").removeprefix("Bearer ").strip().split(".")
            if len(parts) == 3:
                try:
                    return uuid.UUID(parts[1])
                except ValueError:
                    return None
    return None


def _header(scope: Scope, wanted: bytes) -> str:
    for name, value in scope.get("headers", ()):
        if name == wanted:
            return value.decode("latin-1")[:200]
    return ""


class SyncObserver:
    def __init__(self, app: ASGIApp, server: ServerState) -> None:
        self.app = app
        self.server = server
        self.clients: dict[uuid.UUID, str] = {}  # what each device said last, in this process

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") not in WATCHED:
            await self.app(scope, receive, send)
            return
        device = _device_of(scope)
        if device is None:
            await self.app(scope, receive, send)
            return
        status = 0
        body = bytearray()
        watch_body = scope["path"] == "/api/v1/records"

        async def watching(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif (
                message["type"] == "http.response.body"
                and watch_body
                and status == 200
                and len(body) <= MAX_WATCHED_BODY
            ):
                body.extend(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, watching)
        if status != 200:
            return
        agent = _header(scope, b"user-agent")
        refused = self._refusals(bytes(body)) if watch_body else []
        if not refused and self.clients.get(device) == agent:
            return
        try:
            await run_in_threadpool(self._store, device, agent, refused)
        except Exception as error:  # never the laptop's problem
            log.error("sync observer: %s", type(error).__name__)

    @staticmethod
    def _refusals(body: bytes) -> list[dict[str, Any]]:
        try:
            results = json.loads(body).get("results", [])
        except (ValueError, AttributeError):
            return []
        return [r for r in results if isinstance(r, dict) and r.get("status") == "refused"]

    def _store(self, device_id: uuid.UUID, agent: str, refused: list[dict[str, Any]]) -> None:
        from inspector.server.tables import Account, Device, DeviceClient, SyncRefusal
        from inspector.vault.types import utcnow

        with self.server.session() as session:
            device = session.get(Device, device_id)
            if device is None:
                return
            account = session.get(Account, device.account_id)
            if account is None:
                return
            for result in refused[:1000]:
                session.add(
                    SyncRefusal(
                        device_id=device.id,
                        jurisdiction_id=account.jurisdiction_id,
                        type=str(result.get("type", ""))[:40],
                        record_id=str(result.get("id", ""))[:64],
                        reason=str(result.get("reason", ""))[:1000],
                    )
                )
            if self.clients.get(device_id) != agent:
                client = session.get(DeviceClient, device.id)
                if client is None:
                    session.add(DeviceClient(device_id=device.id, user_agent=agent))
                else:
                    client.user_agent = agent
                    client.seen_at = utcnow()
        self.clients[device_id] = agent
