"""Evidence and signatures. Files come in by the file dialog (a caption asked for each) or by
drag and drop; thumbnails are made in memory (never a file on disk in clear). A file's caption
can be changed, it can be linked to the finding it supports, shown full size by a double-click,
and removed after a confirmation. A signature is drawn with the mouse or a pen and stored as a
PNG attachment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QIcon,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

THUMBNAIL = QSize(96, 96)


@dataclass(frozen=True)
class Thumbnail:
    attachment_id: str
    filename: str
    caption: str
    image: QImage | None  # None for files that are not images
    finding: str = ""  # the title of the finding it is linked to
    finding_id: str = ""


def make_thumbnail(content: bytes) -> QImage | None:
    """A small image from a file's bytes, in memory; None if it is not an image. Safe off the
    GUI thread (QImage, unlike QPixmap)."""
    image = QImage()
    if not image.loadFromData(content):
        return None
    return image.scaled(
        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class EvidenceList(QWidget):
    """Attached files of one evidence question. Emits ``files_added`` with (name, bytes,
    caption), ``removed`` with an attachment id once the user confirmed, ``recaptioned`` with
    (id, caption), ``link_requested`` and ``preview_requested`` with an id; the host stores and
    shows them."""

    files_added = Signal(list)
    removed = Signal(str)
    recaptioned = Signal(str, str)
    link_requested = Signal(str)
    preview_requested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}.files")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setMaximumHeight(150)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAcceptDrops(False)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(
            lambda item: self.preview_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.list.currentItemChanged.connect(lambda *_a: self._enable())
        attach = QPushButton(self.tr("A&ttach files…"))
        attach.setObjectName(f"{name}.attach")
        attach.clicked.connect(self._choose)
        self.caption_button = QPushButton(self.tr("Edit capt&ion…"))
        self.caption_button.setObjectName(f"{name}.caption")
        self.caption_button.clicked.connect(self._edit_caption)
        self.link_button = QPushButton(self.tr("Lin&k to finding…"))
        self.link_button.setObjectName(f"{name}.link")
        self.link_button.clicked.connect(self._link)
        remove = QPushButton(self.tr("R&emove…"))
        remove.setObjectName(f"{name}.remove")
        remove.clicked.connect(self._remove)
        hint = QLabel(self.tr("or drop files here; double-click a file to see it"))
        hint.setStyleSheet("color: gray")
        hint.setWordWrap(True)
        # Two by two: in one row the four buttons made a repeat's entry wider than the form
        # at 1280 px in French and Spanish.
        buttons = QGridLayout()
        for index, button in enumerate((attach, self.caption_button, self.link_button, remove)):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.attach_button = attach
        self.remove_button = remove
        self.thumbnails: dict[str, Thumbnail] = {}
        self.dialog: QDialog | None = None  # the prompt open now (tests drive it)
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        for button in (self.caption_button, self.link_button, self.remove_button):
            button.setEnabled(chosen)

    def show_thumbnails(self, thumbnails: list[Thumbnail]) -> None:
        self.list.clear()
        self.thumbnails = {thumb.attachment_id: thumb for thumb in thumbnails}
        for thumb in thumbnails:
            item = QListWidgetItem(thumb.caption or thumb.filename)
            tip = thumb.filename
            if thumb.finding:
                tip += "\n" + self.tr("Supports the finding: {title}").format(title=thumb.finding)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, thumb.attachment_id)
            if thumb.image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(thumb.image)))
            self.list.addItem(item)
        self._enable()

    def add_paths(self, paths: list[Path], captions: list[str] | None = None) -> None:
        files = []
        for index, path in enumerate(paths):
            try:
                content = path.read_bytes()
            except OSError:
                continue  # a vanished file: nothing to attach
            files.append((path.name, content, captions[index] if captions else ""))
        if files:
            self.files_added.emit(files)

    def _choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach evidence"),
            "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic *.tif *.tiff);;"
                    "All files (*)"),
        )  # fmt: skip
        if names:
            self.ask_captions([Path(n) for n in names])

    def ask_captions(self, paths: list[Path]) -> None:
        """A caption for each file, each field naming its file; attached on OK."""
        from inspector.gui.editor.evidence_dialogs import CaptionsDialog

        pictures = []
        for path in paths:
            picture = QImage(str(path))
            pictures.append(None if picture.isNull() else picture.scaled(
                QSize(32, 32), Qt.AspectRatioMode.KeepAspectRatio))  # fmt: skip
        self.dialog = CaptionsDialog(
            [p.name for p in paths], pictures, lambda c: self.add_paths(paths, c), self
        )
        self.dialog.open()

    def _chosen(self) -> Thumbnail | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.thumbnails.get(item.data(Qt.ItemDataRole.UserRole))

    def _edit_caption(self) -> None:
        from inspector.gui.editor.evidence_dialogs import CaptionDialog

        thumb = self._chosen()
        if thumb is None:
            return
        ident = thumb.attachment_id
        self.dialog = CaptionDialog(
            thumb.filename, thumb.caption, lambda text: self.recaptioned.emit(ident, text), self
        )
        self.dialog.open()

    def _link(self) -> None:
        thumb = self._chosen()
        if thumb is not None:
            self.link_requested.emit(thumb.attachment_id)

    def _remove(self) -> None:
        thumb = self._chosen()
        if thumb is None:
            return
        ident = thumb.attachment_id
        box = QMessageBox(self)
        box.setObjectName("removeEvidence")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove file"))
        box.setText(self.tr("Remove {name} from this inspection?").format(name=thumb.filename))
        box.setInformativeText(
            self.tr("It leaves the inspection, its answers and its report; this cannot be undone.")
        )
        yes = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self.removed.emit(ident) if button is yes else None
        )
        self.dialog = box
        box.open()

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_paths([p for p in paths if p.is_file()])
        event.acceptProposedAction()


class SignaturePad(QWidget):
    """Draw with the mouse, a pen or a finger. ``accepted`` carries the PNG bytes."""

    accepted = Signal(bytes)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = _Canvas()
        self.canvas.setObjectName(f"{name}.pad")
        self.preview = QLabel()
        self.preview.setObjectName(f"{name}.signed")
        clear = QPushButton(self.tr("C&lear"))
        clear.clicked.connect(self.canvas.clear)
        accept = QPushButton(self.tr("Acce&pt signature"))
        accept.setObjectName(f"{name}.accept")
        accept.clicked.connect(self._accept)
        buttons = QHBoxLayout()
        buttons.addWidget(clear)
        buttons.addWidget(accept)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addLayout(buttons)
        layout.addWidget(self.preview)
        self.accept_button = accept

    def _accept(self) -> None:
        if self.canvas.path.isEmpty():
            return
        self.accepted.emit(self.canvas.png())

    def show_signed(self, image: QImage | None) -> None:
        if image is None:
            self.preview.clear()
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))
            self.canvas.clear()


class _Canvas(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(360, 120)
        self.setMaximumHeight(160)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.path = QPainterPath()
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("background: white; border: 1px solid #999")

    def clear(self) -> None:
        self.path = QPainterPath()
        self.update()

    def stroke(self, points: list[QPointF]) -> None:
        """Add a stroke (also how tests draw)."""
        if not points:
            return
        self.path.moveTo(points[0])
        for point in points[1:]:
            self.path.lineTo(point)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.path.moveTo(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.path.lineTo(event.position())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(Qt.GlobalColor.black, 2))
        painter.drawPath(self.path)

    def png(self) -> bytes:
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(Qt.GlobalColor.black, 2))
        painter.drawPath(self.path)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())
