"""Plumbing shared by the routes: the error answer every failure has, the device credential,
rate limits, and bounded (optionally gzipped) JSON bodies."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid
import zlib
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select

from inspector.i18n import _
from inspector.server.schemas import ErrorBody
from inspector.server.state import ServerState
from inspector.server.tables import Account, Device
from inspector.vault.types import utcnow

CREDENTIAL_PREFIX = "fi1"


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra
        self.headers: dict[str, str] = {}


def error_answers(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorBody} for code in codes}


AUTH_ERRORS = (400, 401, 403, 413, 422, 426, 429)


def state_of(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    return state


class Caller:
    def __init__(self, device: Device, account: Account) -> None:
        self.device = device
        self.account = account


def _credential_parts(header: str | None) -> tuple[uuid.UUID, str]:
    if not header or not header.startswith("Bearer "):
        raise ApiError(401, "unauthenticated", _("This request needs a device credential."))
    parts = header[len("Bearer ") :].strip().split(".")
    try:
        if len(parts) != 3 or parts[0] != CREDENTIAL_PREFIX:
            raise ValueError
        return uuid.UUID(parts[1]), parts[2]
    except ValueError:
        raise ApiError(401, "unauthenticated", _("The device credential is not valid.")) from None


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def authenticated(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
) -> Caller:
    state = state_of(request)
    device_id, secret = _credential_parts(authorization)
    with state.session() as session:
        row = session.execute(
            select(Device, Account)
            .join(Account, Account.id == Device.account_id)
            .where(Device.id == device_id)
        ).first()
        if row is None or not hmac.compare_digest(row[0].credential_hash, secret_hash(secret)):
            raise ApiError(401, "unauthenticated", _("The device credential is not valid."))
        device, account = row
        if device.revoked_at is not None or not account.active:
            raise ApiError(
                403,
                "revoked",
                _("This laptop was revoked by the ministry and may no longer sync."),
            )
        now = utcnow()
        if device.last_seen_at is None or now - device.last_seen_at > dt.timedelta(seconds=30):
            device.last_seen_at = now
    rate_limited(state, str(device_id))
    return Caller(device, account)


CallerDep = Annotated[Caller, Depends(authenticated)]


async def json_body(request: Request, limit: int) -> Any:
    """The request's JSON, gunzipped when the client compressed it, never past ``limit``."""
    import json

    raw = bytearray()
    async for chunk in request.stream():
        raw.extend(chunk)
        if len(raw) > limit:
            raise ApiError(413, "too_large", _("The request is larger than the server takes."))
    if request.headers.get("content-encoding", "").lower() == "gzip":
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            plain = inflater.decompress(bytes(raw), limit + 1)
        except zlib.error:
            raise ApiError(400, "bad_request", _("The compressed body is damaged.")) from None
        if len(plain) > limit or inflater.unconsumed_tail:
            raise ApiError(413, "too_large", _("The request is larger than the server takes."))
        raw = bytearray(plain)
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise ApiError(400, "bad_request", _("The request body is not JSON.")) from None


def error_response(error: ApiError) -> JSONResponse:
    body: dict[str, Any] = {"error": error.code, "message": error.message, **error.extra}
    return JSONResponse(body, status_code=error.status, headers=error.headers)


def rate_limited(state: ServerState, key: str) -> None:
    wait = state.rates.wait_for(key)
    if wait > 0:
        error = ApiError(429, "rate_limited", _("Too many requests; try again shortly."))
        error.headers["Retry-After"] = str(max(1, round(wait)))
        raise error
