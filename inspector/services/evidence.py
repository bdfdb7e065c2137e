"""Evidence: photos, scanned contracts, receipts. Bytes are stored inside the encrypted vault,
addressed by SHA-256; nothing is ever written to disk in clear."""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.inspections import editable_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Attachment, AttachmentBlob, WorkerInterview

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    sha256: str
    size: int
    media_type: str


def add_attachment(
    uow: UnitOfWork,
    inspection_id: uuid.UUID,
    content: bytes,
    *,
    filename: str = "",
    media_type: str | None = None,
    caption: str = "",
    question_path: str | None = None,
    interview_id: uuid.UUID | None = None,
) -> AttachmentInfo:
    editable_inspection(uow.session, inspection_id)
    if not content:
        raise InvalidInput(_("The file {name} is empty.").format(name=filename or "?"))
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            _("The file {name} is larger than {limit} MB.").format(
                name=filename or "?", limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)
            )
        )
    confidential = False
    if interview_id is not None:
        interview = uow.session.get(WorkerInterview, interview_id)
        if interview is None or interview.inspection_id != inspection_id:
            raise NotFound(_("No such worker interview in this inspection."))
        confidential = True
    name = PurePath(filename.replace("\\", "/")).name
    media_type = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    digest = hashlib.sha256(content).hexdigest()
    if uow.session.get(AttachmentBlob, digest) is None:
        uow.session.add(AttachmentBlob(sha256=digest, content=content))
        uow.session.flush()  # no relationship orders the two inserts; the blob must come first
    attachment = Attachment(
        id=uuid.uuid4(),
        inspection_id=inspection_id,
        interview_id=interview_id,
        question_path=question_path,
        sha256=digest,
        media_type=media_type,
        size=len(content),
        filename=name,
        caption=caption,
        confidential=confidential,
    )
    uow.changed(
        attachment,
        "attachment.added",
        inspection_id=inspection_id,
        details={"sha256": digest, "size": len(content), "media_type": media_type},
    )
    return AttachmentInfo(attachment.id, digest, len(content), media_type)


def read_attachment(session: Session, attachment_id: uuid.UUID) -> bytes:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(_("No attachment with id {id}.").format(id=attachment_id))
    blob = session.get(AttachmentBlob, attachment.sha256)
    if blob is None or hashlib.sha256(blob.content).hexdigest() != attachment.sha256:
        raise InvalidInput(
            _("The stored content of attachment {id} does not match its SHA-256.").format(
                id=attachment_id
            )
        )
    return blob.content
