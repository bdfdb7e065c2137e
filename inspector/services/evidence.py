"""Evidence: photos, scanned contracts, receipts. Bytes are stored inside the encrypted vault,
addressed by SHA-256; nothing is ever written to disk in clear.

A file is checked when it arrives: a photo must decode and a PDF must parse, or it is refused
with its name; any other file is kept as a generic document, listed but never rendered."""

from __future__ import annotations

import hashlib
import io
import mimetypes
import uuid
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.inspections import editable_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Attachment, AttachmentBlob, Finding, WorkerInterview

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
# What the app draws (thumbnails, previews, the report): Pillow reads these. Anything else is a
# generic document, whatever its name says.
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff")
PDF_TYPE = "application/pdf"
GENERIC_TYPE = "application/octet-stream"
# Refuse decompression bombs: no real photo or scan is larger than this (as the report does).
MAX_PIXELS = 80_000_000


def is_rendered(media_type: str) -> bool:
    """Whether the app draws a file of this type (a photo); other files are only listed."""
    return media_type.lower() in IMAGE_TYPES


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
    media_type = checked_type(
        name, content, media_type or mimetypes.guess_type(name)[0] or GENERIC_TYPE
    )
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


def checked_type(name: str, content: bytes, media_type: str) -> str:
    """The media type a file is kept as, once its content agrees with it: an image must decode,
    a PDF must parse (else ``InvalidInput`` naming the file); an image type the app cannot draw
    (HEIC, SVG) and every other type are kept as what they say, and never rendered."""
    media_type = media_type.lower()
    if media_type in IMAGE_TYPES:
        problem = _image_problem(content)
        if problem:
            raise InvalidInput(
                _(
                    "The file {name} is not a readable image ({problem}), so it was not "
                    "attached. Attach the original photo, or a copy saved again by a photo app."
                ).format(name=name or "?", problem=problem)
            )
    elif media_type == PDF_TYPE and not _parses_as_pdf(content):
        raise InvalidInput(
            _(
                "The file {name} is named as a PDF but is not a readable PDF, so it was not "
                "attached. Open it in a PDF reader to check it, or scan the document again."
            ).format(name=name or "?")
        )
    return media_type


def _image_problem(content: bytes) -> str:
    """Why ``content`` is not an image Pillow can decode whole; empty if it is one."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.width * image.height > MAX_PIXELS:
                return _("larger than {limit} megapixels").format(limit=MAX_PIXELS // 1_000_000)
            image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError):
        return _("its content is not a picture")
    except (OSError, ValueError, SyntaxError, EOFError):
        return _("it is damaged or cut short")
    return ""


def _parses_as_pdf(content: bytes) -> bool:
    """Whether ``content`` is a PDF whose pages can be found (pyHanko's reader, which the app
    already carries for signatures; nothing is drawn)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not content.lstrip()[:5].startswith(b"%PDF-"):
        return False
    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        return int(reader.root["/Pages"]["/Count"]) >= 0
    except Exception:  # any failure to parse means "not a readable PDF"
        return False


def _attachment_of(
    uow: UnitOfWork, inspection_id: uuid.UUID, attachment_id: uuid.UUID
) -> Attachment:
    editable_inspection(uow.session, inspection_id)
    attachment = uow.session.get(Attachment, attachment_id)
    if attachment is None or attachment.inspection_id != inspection_id:
        raise NotFound(
            _("No attachment with id {id} in this inspection: it may have been removed.").format(
                id=attachment_id
            )
        )
    return attachment


def remove_attachment(uow: UnitOfWork, inspection_id: uuid.UUID, attachment_id: uuid.UUID) -> None:
    """Take a file out of the inspection: out of every answer that names it, out of the record
    (and the report), and its bytes out of the vault when no other attachment shares them."""
    from inspector.services.inspections import answers_of, record_answer

    attachment = _attachment_of(uow, inspection_id, attachment_id)
    ident = str(attachment_id)
    for path, value in answers_of(uow.session, inspection_id).items():
        if value == ident:
            record_answer(uow, inspection_id, path, None)
        elif isinstance(value, list) and ident in value:
            kept = [item for item in value if item != ident]
            record_answer(uow, inspection_id, path, kept or None)
    sha256 = attachment.sha256
    uow.changed(
        attachment,
        "attachment.removed",
        inspection_id=inspection_id,
        details={"sha256": sha256},
        operation="delete",
    )
    uow.session.delete(attachment)
    uow.session.flush()
    shared = uow.session.scalar(select(Attachment.id).where(Attachment.sha256 == sha256).limit(1))
    if shared is None:
        blob = uow.session.get(AttachmentBlob, sha256)
        if blob is not None:
            uow.session.delete(blob)


def set_caption(
    uow: UnitOfWork, inspection_id: uuid.UUID, attachment_id: uuid.UUID, caption: str
) -> None:
    """Change what a file's caption says (the report prints it under the file)."""
    attachment = _attachment_of(uow, inspection_id, attachment_id)
    if attachment.caption == caption.strip():
        return
    attachment.caption = caption.strip()
    uow.changed(attachment, "attachment.captioned", inspection_id=inspection_id)


def link_to_finding(
    uow: UnitOfWork,
    inspection_id: uuid.UUID,
    attachment_id: uuid.UUID,
    finding_id: uuid.UUID | None,
) -> None:
    """Link a file to the finding it supports (None unlinks it); the report shows it there."""
    attachment = _attachment_of(uow, inspection_id, attachment_id)
    if finding_id is not None:
        finding = uow.session.get(Finding, finding_id)
        if finding is None or finding.inspection_id != inspection_id:
            raise NotFound(_("No such finding in this inspection: it may have been withdrawn."))
    if attachment.finding_id == finding_id:
        return
    attachment.finding_id = finding_id
    uow.changed(
        attachment,
        "attachment.linked",
        inspection_id=inspection_id,
        details={"finding": str(finding_id) if finding_id else None},
    )
