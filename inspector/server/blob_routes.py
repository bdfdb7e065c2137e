"""Blob routes: content-addressed, chunked, resumable uploads and downloads, each scoped to the
jurisdiction of the device's person (docs/sync-protocol.md, "Blobs")."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.server.http import AUTH_ERRORS, ApiError, Caller, CallerDep, error_answers, state_of
from inspector.server.schemas import BlobStatus
from inspector.server.state import ServerState
from inspector.server.tables import Blob

router = APIRouter(prefix="/api/v1")

Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256, lower-case hex")]


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


@router.get(
    "/blobs/{sha256}", response_model=BlobStatus, responses=error_answers(404, *AUTH_ERRORS)
)
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
    responses=error_answers(400, 409, *AUTH_ERRORS),
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
    responses={
        200: {"content": {"application/octet-stream": {}}},
        **error_answers(404, *AUTH_ERRORS),
    },
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
