"""The sync API under /api/v1 (docs/sync-protocol.md). Every answer that is not a success has the
shape ``{"error": CODE, "message": TEXT}``; every route that reads or writes data is scoped, in the
query itself, to the jurisdiction of the person the device was enrolled for."""

from __future__ import annotations

import base64
import logging
import secrets
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi import Path as FastApiPath
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import and_, or_, select, update
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.server import blob_routes
from inspector.server.admin import audit, code_hash
from inspector.server.changes import changes_after
from inspector.server.config import API_VERSION, MIN_CLIENT_API
from inspector.server.crl import current_crl
from inspector.server.http import (
    AUTH_ERRORS,
    CREDENTIAL_PREFIX,
    ApiError,
    Caller,
    CallerDep,
    error_answers,
    error_response,
    json_body,
    rate_limited,
    secret_hash,
    state_of,
)
from inspector.server.records import Ingest
from inspector.server.schemas import (
    AuditHead,
    AuditHeadResult,
    BatchResult,
    ChangeOut,
    ChangePage,
    Enrolled,
    EnrolledAccount,
    EnrolRequest,
    Hello,
    RecordBatch,
    RecordResult,
    ServerRecord,
)
from inspector.server.state import ServerState
from inspector.server.tables import (
    Account,
    Device,
    EnrolmentCode,
    Jurisdiction,
    Record,
)
from inspector.vault.types import utcnow

# --- routes ---

log = logging.getLogger("inspector.server")

router = APIRouter(prefix="/api/v1")


@router.get("/hello", response_model=Hello, responses=error_answers(426))
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
        max_days_offline=config.max_days_offline,
    )


def _pem(der: bytes) -> str:
    from inspector.reports.certificates import to_pem

    return to_pem(der)


@router.get(
    "/authority/ca.pem",
    response_class=Response,
    responses={200: {"content": {"application/x-pem-file": {}}}, **error_answers(426)},
)
def ca_certificate(request: Request) -> Response:
    return Response(
        _pem(state_of(request).authority.ca_certificate), media_type="application/x-pem-file"
    )


@router.get(
    "/authority/tsa.pem",
    response_class=Response,
    responses={200: {"content": {"application/x-pem-file": {}}}, **error_answers(426)},
)
def tsa_certificate(request: Request) -> Response:
    return Response(
        _pem(state_of(request).authority.tsa_certificate), media_type="application/x-pem-file"
    )


@router.get(
    "/authority/crl.der",
    response_class=Response,
    responses={200: {"content": {"application/pkix-crl": {}}}, **error_answers(426)},
)
def crl(request: Request) -> Response:
    return Response(current_crl(state_of(request)), media_type="application/pkix-crl")


@router.post("/enroll", response_model=Enrolled, responses=error_answers(400, 413, 422, 426, 429))
def enroll(request: Request, body: EnrolRequest) -> Enrolled:
    from inspector.server.authority import ca_fingerprint, issue_certificate

    state = state_of(request)
    rate_limited(state, "enroll")
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
                credential_hash=secret_hash(secret),
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
    responses=error_answers(400, *AUTH_ERRORS),
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
    from sqlalchemy.exc import IntegrityError

    from inspector.server.reports import seal_if_ready

    try:
        results, report_ids = _ingest_once(state, caller, records, careful=False)
    except IntegrityError:
        # Another process stored one of these new records a moment ago: record by record.
        results, report_ids = _ingest_once(state, caller, records, careful=True)
    for report_id in report_ids:
        seal_if_ready(state, report_id)
    return BatchResult(results=[RecordResult(**r) for r in results], server_time=utcnow())


def _ingest_once(
    state: ServerState, caller: Caller, records: list[Any], *, careful: bool
) -> tuple[list[dict[str, Any]], list[uuid.UUID]]:
    with state.session() as session:
        device = session.get(Device, caller.device.id)
        account = session.get(Account, caller.account.id)
        if device is None or account is None:
            raise ApiError(401, "unauthenticated", _("The device credential is not valid."))
        ingest = Ingest(session, device, account, careful=careful)
        ingest.prefetch(records)
        results = [ingest.take(raw).as_json() for raw in records]
        session.flush()
        ingest.announce()
        return results, [record.id for record in ingest.reports]


@router.get(
    "/records/{kind}/{record_id}",
    response_model=ServerRecord,
    responses=error_answers(404, *AUTH_ERRORS),
)
def server_record(
    request: Request,
    caller: CallerDep,
    kind: Annotated[str, FastApiPath(pattern=r"^[a-z_]{1,40}$")],
    record_id: uuid.UUID,
) -> ServerRecord:
    """The server's version of a record, for a laptop showing a conflict side by side. Only
    records of the device's jurisdiction (or that its person sent), and never a confidential
    part another person sent."""
    state = state_of(request)
    with state.session() as session:
        record = session.scalar(
            select(Record).where(
                Record.type == kind,
                Record.id == record_id,
                or_(
                    Record.account_id == caller.account.id,
                    and_(
                        Record.jurisdiction_id == caller.account.jurisdiction_id,
                        Record.confidential.is_(False),
                    ),
                ),
            )
        )
        if record is None:
            raise ApiError(404, "unknown_record", _("The server holds no such record for you."))
        return ServerRecord(
            type=record.type,
            id=record.id,
            revision=record.revision,
            deleted=record.deleted,
            data=record.data,
            updated_at=record.updated_at,
        )


@router.get("/changes", response_model=ChangePage, responses=error_answers(*AUTH_ERRORS))
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


@router.post(
    "/audit-head",
    response_model=AuditHeadResult,
    responses=error_answers(409, *AUTH_ERRORS),
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
        return error_response(error)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        codes = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
        message = error.detail if isinstance(error.detail, str) else _("The request is wrong.")
        return error_response(
            ApiError(error.status_code, codes.get(error.status_code, "error"), message)
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in error.errors()[:5]
        )
        return error_response(ApiError(422, "bad_request", problems[:500]))

    @app.middleware("http")
    async def _limits(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        limit = state.config.max_body_bytes
        if length is not None and (not length.isdigit() or int(length) > limit):
            return error_response(
                ApiError(413, "too_large", _("The request is larger than the server takes."))
            )
        client_api = request.headers.get("x-inspector-api")
        if client_api is not None and (
            not client_api.isdigit() or int(client_api) < MIN_CLIENT_API
        ):
            return error_response(
                ApiError(
                    426,
                    "client_too_old",
                    _("This version of Field Inspector is too old for the server; update it."),
                )
            )
        try:
            response: Response = await call_next(request)
        except Exception as error:
            # The type only, and no traceback: messages of library errors may quote records.
            route = getattr(request.scope.get("route"), "path", "")  # the template only
            log.error("unexpected %s in %s %s", type(error).__name__, request.method, route)
            return error_response(
                ApiError(500, "server_error", _("The server met an unexpected error; try again."))
            )
        return response

    app.include_router(router)
    app.include_router(blob_routes.router)
    from inspector.server import console

    console.mount(app)  # the web console under /console (inspector/server/console)
    return app
