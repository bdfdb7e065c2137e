"""What the inspection editor does with one evidence question's files: store those attached,
remove one (from the inspection, not only from the answer), change a caption, link a file to the
finding it supports, and show it full size. Every change goes through a service, off the GUI
thread."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from inspector.gui.editor.evidence import EvidenceList

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.gui.context import AppContext
    from inspector.services.uow import UnitOfWork


class EditorHost(Protocol):
    """What these actions need of the inspection editor."""

    context: AppContext
    inspection_id: uuid.UUID
    data: Any  # EditorData | None: its findings are offered for a link

    def _write(self, work: Any, done: Any = None, path: str | None = None) -> None: ...
    def reload(self) -> None: ...
    def _failed(self, exc: BaseException) -> None: ...


class EvidenceActions(QObject):
    """Connects an ``EvidenceList`` to the editor; lives as long as the list."""

    def __init__(self, editor: EditorHost, path: str, files: EvidenceList) -> None:
        super().__init__(files)
        self.editor = editor
        self.path = path
        self.files = files
        files.files_added.connect(self.attach)
        files.removed.connect(self.remove)
        files.recaptioned.connect(self.recaption)
        files.link_requested.connect(self.ask_link)
        files.preview_requested.connect(self.preview)

    def _write(self, work: Any) -> None:
        editor = self.editor
        editor._write(work, lambda _r: editor.reload(), self.path)

    def attach(self, files: list[tuple[str, bytes, str]]) -> None:
        inspection_id, path = self.editor.inspection_id, self.path

        def work(uow: UnitOfWork) -> None:
            from inspector.services.evidence import add_attachment
            from inspector.services.inspections import answers_of, record_answer

            current = list(answers_of(uow.session, inspection_id).get(path) or [])
            for name, content, caption in files:
                info = add_attachment(
                    uow, inspection_id, content, filename=name, caption=caption, question_path=path
                )
                current.append(str(info.id))
            record_answer(uow, inspection_id, path, current)

        self._write(work)

    def remove(self, attachment_id: str) -> None:
        from inspector.services.evidence import remove_attachment

        inspection_id, ident = self.editor.inspection_id, uuid.UUID(attachment_id)
        self._write(lambda uow: remove_attachment(uow, inspection_id, ident))

    def recaption(self, attachment_id: str, caption: str) -> None:
        from inspector.services.evidence import set_caption

        inspection_id, ident = self.editor.inspection_id, uuid.UUID(attachment_id)
        self._write(lambda uow: set_caption(uow, inspection_id, ident, caption))

    def ask_link(self, attachment_id: str) -> None:
        from inspector.gui.editor.evidence_dialogs import LinkDialog

        thumb = self.files.thumbnails.get(attachment_id)
        data = self.editor.data
        if thumb is None or data is None:
            return
        findings = [(str(f.id), f.title) for f in data.findings if not f.dropped]
        self.files.dialog = LinkDialog(
            thumb.filename,
            findings,
            thumb.finding_id,
            lambda finding: self.link(attachment_id, finding),
            self.files,
        )
        self.files.dialog.open()

    def link(self, attachment_id: str, finding_id: str) -> None:
        from inspector.services.evidence import link_to_finding

        inspection_id, ident = self.editor.inspection_id, uuid.UUID(attachment_id)
        finding = uuid.UUID(finding_id) if finding_id else None
        self._write(lambda uow: link_to_finding(uow, inspection_id, ident, finding))

    def preview(self, attachment_id: str) -> None:
        ident = uuid.UUID(attachment_id)

        def load(session: Session) -> QImage | None:
            from inspector.services.evidence import is_rendered, read_attachment
            from inspector.vault.tables import Attachment

            attachment = session.get(Attachment, ident)
            if attachment is None or not is_rendered(attachment.media_type):
                return None
            image = QImage()
            return image if image.loadFromData(read_attachment(session, ident)) else None

        self.editor.context.read(
            load, lambda image: self._show(attachment_id, image), self.editor._failed
        )

    def _show(self, attachment_id: str, image: QImage | None) -> None:
        from inspector.gui.editor.evidence_dialogs import PreviewDialog

        thumb = self.files.thumbnails.get(attachment_id)
        if thumb is None:
            return
        self.files.dialog = PreviewDialog(thumb.filename, thumb.caption, image, self.files)
        self.files.dialog.open()
