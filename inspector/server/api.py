"""The sync API under /api/v1 (docs/sync-protocol.md). Every answer that is not a success has the
shape ``{"error": CODE, "message": TEXT}``; every route that reads or writes data is scoped, in the
query itself, to the jurisdiction of the person the device was enrolled for."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import hmac
import secrets
import uuid
import zlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import select, update
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.server.admin import audit, code_hash
from inspector.server.changes import changes_after
from inspector.server.config import API_VERSION, MIN_CLIENT_API
from inspector.server.records import Ingest
from inspector.server.state import ServerState
from inspector.server.tables import (
    Account,
    Blob,
    Device,
    EnrolmentCode,
    Jurisdiction,
    Record,
)
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


class ErrorBody(BaseModel):
    error: str
    message: str
    received: int | None = None


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorBody} for code in codes}


AUTH_ERRORS = (400, 401, 403, 413, 422, 426, 429)


# --- bodies ---


class Hello(BaseModel):
    api_version: int
    min_client_api: int
    max_body_bytes: int
    chunk_size: int
    max_batch_records: int
    server_time: dt.datetime
    ca_fingerprint: str
    name: str


class EnrolRequest(BaseModel):
    code: str = Field(max_length=64)
    csr_pem: str = Field(max_length=20_000)
    device_name: str = Field(default="", max_length=200)
    vault_id: str = Field(default="", max_length=64)


class EnrolledAccount(BaseModel):
    name: str
    role: str
    jurisdiction: str
    jurisdiction_name: str
    authority: str


class Enrolled(BaseModel):
    device_id: uuid.UUID
    credential: str
    certificate_pem: str
    chain_pem: list[str]
    account: EnrolledAccount
    ca_fingerprint: str


class RecordBatch(BaseModel):
    records: list[Any] = Field(max_length=10_000)


class RecordResult(BaseModel):
    type: str
    id: str
    status: str
    revision: int | None = None
    reason: str | None = None


class BatchResult(BaseModel):
    results: list[RecordResult]
    server_time: dt.datetime


class ChangeOut(BaseModel):
    seq: int
    type: str
    id: str
    data: dict[str, Any]


class ChangePage(BaseModel):
    changes: list[ChangeOut]
    cursor: int
    more: bool


class BlobStatus(BaseModel):
    sha256: str
    size: int
    received: int
    complete: bool


class AuditHead(BaseModel):
    seq: int = Field(ge=0, le=2**62)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    signed_at: dt.datetime
    signature: str = Field(max_length=2000)


class AuditHeadResult(BaseModel):
    status: str


# --- plumbing ---


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


def _secret_hash(secret: str) -> str:
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
        if row is None or not hmac.compare_digest(row[0].credential_hash, _secret_hash(secret)):
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
    wait = state.rates.wait_for(str(device_id))
    if wait > 0:
        error = ApiError(429, "rate_limited", _("Too many requests; try again shortly."))
        error.headers["Retry-After"] = str(max(1, round(wait)))
        raise error
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


# --- routes ---

router = APIRouter(prefix="/api/v1")


@router.get("/hello", response_model=Hello, responses=_errors(426))
def hello(request: Request) -> Hello:
    from inspector.server.authority import ca_fingerprint

    state = state_of(request)
    config = state.config
    return Hello(
        api_version=API_VERSION,
        min_client_api=MIN_CLIENT_API,
        max_body_bytes=config.max_body_bytes,
        chunk_size=config.chunk_size,
        max_batch_records=config.max_batch_records,
        server_time=utcnow(),
        ca_fingerprint=ca_fingerprint(state.authority),
        name=config.name,
    )


def _pem(der: bytes) -> str:
    from inspector.reports.certificates import to_pem

    return to_pem(der)


@router.get(
    "/authority/ca.pem",
    response_class=Response,
    responses={200: {"content": {"application/x-pem-file": {}}}, **_errors(426)},
)
def ca_certificate(request: Request) -> Response:
    return Response(
        _pem(state_of(request).authority.ca_certificate), media_type="application/x-pem-file"
    )


@router.get(
    "/authority/tsa.pem",
    response_class=Response,
    responses={200: {"content": {"application/x-pem-file": {}}}, **_errors(426)},
)
def tsa_certificate(request: Request) -> Response:
    return Response(
        _pem(state_of(request).authority.tsa_certificate), media_type="application/x-pem-file"
    )


def current_crl(state: ServerState) -> bytes:
    from inspector.server.authority import make_crl

    with state.session() as session:
        revoked = session.execute(
            select(Device.certificate_serial, Device.revoked_at).where(
                Device.revoked_at.is_not(None)
            )
        ).all()
    return make_crl(state.authority, [(int(serial), at) for serial, at in revoked])


@router.get(
    "/authority/crl.der",
    response_class=Response,
    responses={200: {"content": {"application/pkix-crl": {}}}, **_errors(426)},
)
def crl(request: Request) -> Response:
    return Response(current_crl(state_of(request)), media_type="application/pkix-crl")


@router.post("/enroll", response_model=Enrolled, responses=_errors(400, 413, 422, 426, 429))
def enroll(request: Request, body: EnrolRequest) -> Enrolled:
    from inspector.server.authority import ca_fingerprint, issue_certificate

    state = state_of(request)
    wait = state.rates.wait_for("enroll")
    if wait > 0:
        error = ApiError(429, "rate_limited", _("Too many requests; try again shortly."))
        error.headers["Retry-After"] = str(max(1, round(wait)))
        raise error
    refused = ApiError(
        400,
        "bad_code",
        _("This enrolment code is not valid: ask your administrator for a new one."),
    )
    now = utcnow()
    with state.session() as session:
        code = session.get(EnrolmentCode, code_hash(body.code))
        if code is None or code.used_at is not None:
            raise refused
        if code.expires_at <= now:
            raise ApiError(
                400,
                "bad_code",
                _("This enrolment code has expired: ask your administrator for a new one."),
            )
        account = session.get(Account, code.account_id)
        if account is None or not account.active:
            raise refused
        jurisdiction = session.get(Jurisdiction, account.jurisdiction_id)
        try:
            certificate = issue_certificate(
                state.authority,
                body.csr_pem.encode("utf-8"),
                common_name=account.name,
                organisation=state.config.name,
                email=account.email,
                crl_url=state.crl_url or None,
            )
        except InvalidInput as exc:
            raise ApiError(400, "bad_csr", str(exc)) from None
        device_id = uuid.uuid4()
        # One use only, even when two requests race: the row is claimed by this update.
        claimed = session.execute(
            update(EnrolmentCode)
            .where(EnrolmentCode.code_hash == code.code_hash, EnrolmentCode.used_at.is_(None))
            .values(used_at=now, device_id=device_id)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            raise refused
        from cryptography import x509

        serial = x509.load_der_x509_certificate(certificate).serial_number
        secret = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode("ascii")
        session.add(
            Device(
                id=device_id,
                account_id=account.id,
                name=body.device_name.strip()[:200],
                vault_id=body.vault_id.strip()[:64],
                credential_hash=_secret_hash(secret),
                certificate=certificate,
                certificate_serial=str(serial),
            )
        )
        audit(session, account.username, "device.enrol", device=str(device_id))
        answer = Enrolled(
            device_id=device_id,
            credential=f"{CREDENTIAL_PREFIX}.{device_id}.{secret}",
            certificate_pem=_pem(certificate),
            chain_pem=[_pem(state.authority.ca_certificate)],
            account=EnrolledAccount(
                name=account.name,
                role=account.role.value,
                jurisdiction=jurisdiction.code if jurisdiction else "",
                jurisdiction_name=jurisdiction.name if jurisdiction else "",
                authority=state.config.name,
            ),
            ca_fingerprint=ca_fingerprint(state.authority),
        )
    return answer


@router.post(
    "/records",
    response_model=BatchResult,
    responses=_errors(400, *AUTH_ERRORS),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": RecordBatch.model_json_schema()}},
        }
    },
)
async def upload_records(request: Request, caller: CallerDep) -> BatchResult:
    state = state_of(request)
    document = await json_body(request, state.config.max_body_bytes)
    records = document.get("records") if isinstance(document, dict) else None
    if not isinstance(records, list):
        raise ApiError(400, "bad_request", _("The body needs a list of records."))
    if len(records) > state.config.max_batch_records:
        raise ApiError(
            413,
            "too_large",
            _("A batch holds at most {n} records.").format(n=state.config.max_batch_records),
        )
    return await run_in_threadpool(_ingest, state, caller, records)


def _ingest(state: ServerState, caller: Caller, records: list[Any]) -> BatchResult:
    from inspector.server.reports import seal_if_ready

    with state.session() as session:
        device = session.get(Device, caller.device.id)
        account = session.get(Account, caller.account.id)
        if device is None or account is None:
            raise ApiError(401, "unauthenticated", _("The device credential is not valid."))
        ingest = Ingest(session, device, account)
        results = [ingest.take(raw).as_json() for raw in records]
        report_ids = [record.id for record in ingest.reports]
        ingest.announce()
    for report_id in report_ids:
        seal_if_ready(state, report_id)
    return BatchResult(results=[RecordResult(**r) for r in results], server_time=utcnow())


@router.get("/changes", response_model=ChangePage, responses=_errors(*AUTH_ERRORS))
def changes(
    request: Request,
    caller: CallerDep,
    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 500,
) -> ChangePage:
    state = state_of(request)
    limit = min(limit, state.config.max_changes_per_page)
    with state.session() as session:
        rows = changes_after(
            session,
            after,
            jurisdiction_id=caller.account.jurisdiction_id,
            account_id=caller.account.id,
            limit=limit,
        )
        page = [ChangeOut(seq=r.seq, type=r.type, id=r.entity_id, data=r.data) for r in rows]
    return ChangePage(changes=page, cursor=page[-1].seq if page else after, more=len(page) == limit)


def _blob_key(caller: Caller, sha256: str) -> str:
    return f"j{caller.account.jurisdiction_id}/{sha256}"


def _check_sha(sha256: str) -> str:
    from inspector.server.blobstore import check_sha256

    try:
        return check_sha256(sha256)
    except InvalidInput as exc:
        raise ApiError(422, "bad_request", str(exc)) from None


def _granted(state: ServerState, caller: Caller, sha256: str) -> Blob | None:
    with state.session() as session:
        return session.scalar(
            select(Blob).where(
                Blob.sha256 == sha256, Blob.jurisdiction_id == caller.account.jurisdiction_id
            )
        )


Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256, lower-case hex")]


@router.get("/blobs/{sha256}", response_model=BlobStatus, responses=_errors(404, *AUTH_ERRORS))
def blob_status(
    request: Request,
    caller: CallerDep,
    sha256: Sha256,
) -> BlobStatus:
    state = state_of(request)
    _check_sha(sha256)
    granted = _granted(state, caller, sha256)
    if granted is not None:
        return BlobStatus(sha256=sha256, size=granted.size, received=granted.size, complete=True)
    received = state.blobs.received(_blob_key(caller, sha256))
    if received == 0:
        raise ApiError(404, "unknown_blob", _("The server holds nothing of this file yet."))
    return BlobStatus(sha256=sha256, size=-1, received=received, complete=False)


MAX_BLOB_BYTES = 4 * 1024**3


@router.put(
    "/blobs/{sha256}",
    response_model=BlobStatus,
    responses=_errors(400, 409, *AUTH_ERRORS),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
)
async def blob_upload(
    request: Request,
    caller: CallerDep,
    sha256: Sha256,
    offset: Annotated[int, Query(ge=0, le=MAX_BLOB_BYTES)],
    size: Annotated[int, Query(ge=1, le=MAX_BLOB_BYTES)],
) -> BlobStatus:
    state = state_of(request)
    _check_sha(sha256)
    chunk = bytearray()
    async for part in request.stream():
        chunk.extend(part)
        if len(chunk) > state.config.chunk_size:
            raise ApiError(
                413,
                "too_large",
                _("A chunk holds at most {n} bytes.").format(n=state.config.chunk_size),
            )
    return await run_in_threadpool(_take_chunk, state, caller, sha256, offset, size, bytes(chunk))


def _take_chunk(
    state: ServerState, caller: Caller, sha256: str, offset: int, size: int, chunk: bytes
) -> BlobStatus:
    from inspector.server.blobstore import HashMismatch, WrongOffset
    from inspector.server.reports import seal_reports_of_blob

    granted = _granted(state, caller, sha256)
    if granted is not None:
        return BlobStatus(sha256=sha256, size=granted.size, received=granted.size, complete=True)
    if offset + len(chunk) > size:
        raise ApiError(400, "bad_request", _("The chunk goes past the size of the file."))
    if not chunk and offset < size:
        raise ApiError(400, "bad_request", _("The chunk is empty."))
    key = _blob_key(caller, sha256)
    try:
        received = state.blobs.append(key, offset, chunk) if chunk else offset
    except WrongOffset as exc:
        raise ApiError(409, "wrong_offset", str(exc), received=exc.received) from None
    if received < size:
        return BlobStatus(sha256=sha256, size=size, received=received, complete=False)
    try:
        state.blobs.finish(key, sha256, size)
    except HashMismatch as exc:
        raise ApiError(422, "hash_mismatch", str(exc)) from None
    except WrongOffset as exc:
        raise ApiError(409, "wrong_offset", str(exc), received=exc.received) from None
    _grant(state, caller, sha256, size)
    seal_reports_of_blob(state, caller.account.jurisdiction_id, sha256)
    return BlobStatus(sha256=sha256, size=size, received=size, complete=True)


def _grant(state: ServerState, caller: Caller, sha256: str, size: int) -> None:
    from sqlalchemy.exc import IntegrityError

    try:
        with state.session() as session:
            session.add(
                Blob(sha256=sha256, jurisdiction_id=caller.account.jurisdiction_id, size=size)
            )
    except IntegrityError:
        pass  # another process finished the same upload first


@router.get(
    "/blobs/{sha256}/content",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/octet-stream": {}}}, **_errors(404, *AUTH_ERRORS)},
)
def blob_content(request: Request, caller: CallerDep, sha256: Sha256) -> StreamingResponse:
    state = state_of(request)
    _check_sha(sha256)
    granted = _granted(state, caller, sha256)
    if granted is None:
        raise ApiError(404, "unknown_blob", _("The server holds nothing of this file yet."))
    reader = state.blobs.read(sha256)
    return StreamingResponse(
        reader,
        media_type="application/octet-stream",
        headers={"Content-Length": str(granted.size)},
    )


@router.post(
    "/audit-head",
    response_model=AuditHeadResult,
    responses=_errors(409, *AUTH_ERRORS),
)
def audit_head(request: Request, caller: CallerDep, body: AuditHead) -> AuditHeadResult:
    """The laptop's audit-chain head, signed with its signing key. A head the server has seen
    events for must match them; an older head that no longer matches is a rewritten history."""
    state = state_of(request)
    with state.session() as session:
        device = session.get(Device, caller.device.id)
        if device is None:
            raise ApiError(401, "unauthenticated", _("The device credential is not valid."))
        message = f"{device.vault_id}:{body.seq}:{body.hash}".encode()
        if not _signature_ok(device.certificate, message, body.signature):
            raise ApiError(
                422,
                "bad_signature",
                _("The audit head's signature does not verify with this laptop's certificate."),
            )
        if body.seq < device.audit_signed_seq or (
            body.seq == device.audit_signed_seq
            and body.hash != device.audit_signed_hash
            and device.audit_signed_hash
        ):
            device.history_rewritten_at = device.history_rewritten_at or utcnow()
            audit(session, "server", "audit.rewritten", device=str(device.id), seq=body.seq)
            rewritten = True
        else:
            event = session.scalar(
                select(Record).where(
                    Record.type == "audit_event",
                    Record.device_id == device.id,
                    Record.data["seq"].as_integer() == body.seq,
                )
            )
            rewritten = event is not None and event.data.get("hash") != body.hash
            if rewritten:
                device.history_rewritten_at = device.history_rewritten_at or utcnow()
            else:
                device.audit_signed_seq = body.seq
                device.audit_signed_hash = body.hash
    if rewritten:
        raise ApiError(
            409,
            "history_rewritten",
            _("This laptop's audit trail no longer holds what it reported before."),
        )
    return AuditHeadResult(status="recorded")


def _signature_ok(certificate_der: bytes, message: bytes, signature_b64: str) -> bool:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    try:
        signature = base64.b64decode(signature_b64, validate=True)
        key = x509.load_der_x509_certificate(certificate_der).public_key()
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
        else:
            return False
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# --- the application ---


def _error_response(error: ApiError) -> JSONResponse:
    body: dict[str, Any] = {"error": error.code, "message": error.message, **error.extra}
    return JSONResponse(body, status_code=error.status, headers=error.headers)


def create_app(state: ServerState) -> FastAPI:
    from inspector import __version__

    app = FastAPI(
        title="Field Inspector server",
        version=__version__,
        description="The central server laptops sync with (docs/sync-protocol.md).",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.server = state

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, error: ApiError) -> JSONResponse:
        return _error_response(error)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        codes = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
        message = error.detail if isinstance(error.detail, str) else _("The request is wrong.")
        return _error_response(
            ApiError(error.status_code, codes.get(error.status_code, "error"), message)
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in error.errors()[:5]
        )
        return _error_response(ApiError(422, "bad_request", problems[:500]))

    @app.middleware("http")
    async def _limits(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        limit = state.config.max_body_bytes
        if length is not None and (not length.isdigit() or int(length) > limit):
            return _error_response(
                ApiError(413, "too_large", _("The request is larger than the server takes."))
            )
        client_api = request.headers.get("x-inspector-api")
        if client_api is not None and (
            not client_api.isdigit() or int(client_api) < MIN_CLIENT_API
        ):
            return _error_response(
                ApiError(
                    426,
                    "client_too_old",
                    _("This version of Field Inspector is too old for the server; update it."),
                )
            )
        response: Response = await call_next(request)
        return response

    app.include_router(router)
    return app


def gzip_json(data: Any) -> bytes:
    import json

    return gzip.compress(json.dumps(data).encode("utf-8"))
