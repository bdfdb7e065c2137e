"""Files going up after their records: attachment bytes and signed report PDFs, addressed by
SHA-256, in chunks of the server's size, resumed from what the server says it received. A cut
in the middle of a file costs at most the chunk that was on its way."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import SyncError
from inspector.i18n import _
from inspector.sync.client import ServerClient, ServerRefusal
from inspector.sync.outbox import ACKNOWLEDGED
from inspector.vault.tables import Attachment, AttachmentBlob, Report, SentBlob, SyncedRecord


@dataclass(frozen=True)
class FileToSend:
    sha256: str
    size: int
    kind: str  # "attachment" or "report"
    record_id: uuid.UUID


def _acknowledged_ids(session: Session, type_: str) -> set[uuid.UUID]:
    return {
        uuid.UUID(value)
        for value in session.scalars(
            select(SyncedRecord.entity_id).where(
                SyncedRecord.entity_type == type_, SyncedRecord.status.in_(ACKNOWLEDGED)
            )
        )
    }


def files_waiting(session: Session) -> list[FileToSend]:
    """Files of records the server acknowledged that it does not hold complete yet, attachments
    first (oldest first), each file once."""
    complete = set(session.scalars(select(SentBlob.sha256)))
    waiting: dict[str, FileToSend] = {}
    attachments = _acknowledged_ids(session, "attachment")
    if attachments:
        rows = session.execute(
            select(Attachment.id, Attachment.sha256, Attachment.size).order_by(
                Attachment.created_at
            )
        )
        for record_id, sha256, size in rows:
            if record_id in attachments and sha256 not in complete:
                waiting.setdefault(sha256, FileToSend(sha256, size, "attachment", record_id))
    reports = _acknowledged_ids(session, "report")
    if reports:
        rows = session.execute(
            select(Report.id, Report.sha256, Report.size).order_by(Report.created_at)
        )
        for record_id, sha256, size in rows:
            if record_id in reports and sha256 not in complete:
                waiting.setdefault(sha256, FileToSend(sha256, size, "report", record_id))
    return list(waiting.values())


def file_bytes(session: Session, item: FileToSend) -> bytes | None:
    """The file's bytes, or None when the vault no longer holds them intact.

    An attachment's bytes are not hashed again here: their row is keyed by the SHA-256 computed
    when they were stored, SQLCipher refuses any page altered since (its HMAC), and the server
    checks the hash of what arrives. A report's bytes sit beside a hash that may change with
    them (the timestamped version coming down), so they are checked."""
    if item.kind == "attachment":
        blob = session.get(AttachmentBlob, item.sha256)
        content = blob.content if blob is not None else None
        return content if content is not None and len(content) == item.size else None
    report = session.get(Report, item.record_id)
    content = report.content if report is not None else None
    if content is None or hashlib.sha256(content).hexdigest() != item.sha256:
        return None
    return content


READ_AHEAD_BYTES = 16 * 1024 * 1024  # files read while the one before goes up


def read_ahead(
    read: Callable[[FileToSend], bytes | None],
    items: list[FileToSend],
    limit: int = READ_AHEAD_BYTES,
) -> Iterator[tuple[FileToSend, bytes | None]]:
    """Each file with its bytes, the next one read (decrypted, hashed) by a helper thread while
    the caller sends the current one: the vault's work hides behind the network's. A file over
    ``limit`` bytes is read in its turn, so at most that much more is held in memory. Close the
    iterator (``contextlib.closing``) to stop the helper when the caller gives up early."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-read") as pool:
        pending: Future[bytes | None] | None = None
        for index, item in enumerate(items):
            content = pending.result() if pending is not None else read(item)
            pending = None
            following = items[index + 1] if index + 1 < len(items) else None
            if following is not None and following.size <= limit:
                pending = pool.submit(read, following)
            yield item, content


def upload(
    client: ServerClient,
    sha256: str,
    content: bytes,
    chunk_size: int,
    on_bytes: Callable[[int], None] | None = None,
) -> int:
    """Send what the server lacks of one file; the number of bytes sent. Raises ServerRefusal
    when the server will not take it."""
    size = len(content)
    offset = 0
    if size > chunk_size:
        # Ask first: a file cut off half-way goes on from where the server stands. A file of
        # one chunk is simply sent: the server answers "complete" when it holds it already, or
        # names the offset it holds.
        status = client.blob_status(sha256)
        if status is not None and status.get("complete"):
            return 0
        offset = int(status.get("received", 0)) if status else 0
    sent = 0
    mismatches = 0
    # Each turn sends a chunk or moves to the offset the server names; bounded all the same.
    turns = 3 * (size // max(chunk_size, 1) + 2)
    for _turn in range(turns):
        if offset >= size and size > 0:
            status = client.blob_status(sha256)
            if status is not None and status.get("complete"):
                return sent
            offset = int(status.get("received", 0)) if status else 0
            if offset >= size:
                break
        chunk = content[offset : offset + chunk_size]
        try:
            answer = client.put_blob(sha256, offset, size, chunk)
        except ServerRefusal as refusal:
            if refusal.code == "wrong_offset":
                offset = int(refusal.body.get("received", 0))
                continue
            if refusal.code == "hash_mismatch" and mismatches == 0:
                mismatches += 1  # the server dropped it; bytes spoiled on the way: once more
                offset = 0
                continue
            raise
        sent += len(chunk)
        if on_bytes is not None:
            on_bytes(len(chunk))
        if answer.get("complete"):
            return sent
        offset = int(answer.get("received", offset + len(chunk)))
    raise SyncError(
        _("The server did not complete file {sha} after it was sent; sync again.").format(
            sha=sha256[:12]
        )
    )
