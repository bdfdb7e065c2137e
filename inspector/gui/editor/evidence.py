"""Evidence and signatures. Files come in by the file dialog or by drag and drop; thumbnails are
made in memory (never a file on disk in clear); a signature is drawn with the mouse or a pen and
stored as a PNG attachment."""

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
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
    caption) and ``removed`` with an attachment id; the host stores them."""

    files_added = Signal(list)
    removed = Signal(str)

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
        attach = QPushButton(self.tr("A&ttach files…"))
        attach.setObjectName(f"{name}.attach")
        attach.clicked.connect(self._choose)
        remove = QPushButton(self.tr("R&emove"))
        remove.clicked.connect(self._remove)
        hint = QLabel(self.tr("or drop files here"))
        hint.setStyleSheet("color: gray")
        buttons = QHBoxLayout()
        buttons.addWidget(attach)
        buttons.addWidget(remove)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.attach_button = attach

    def show_thumbnails(self, thumbnails: list[Thumbnail]) -> None:
        self.list.clear()
        for thumb in thumbnails:
            item = QListWidgetItem(thumb.caption or thumb.filename)
            item.setToolTip(thumb.filename)
            item.setData(Qt.ItemDataRole.UserRole, thumb.attachment_id)
            if thumb.image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(thumb.image)))
            self.list.addItem(item)

    def add_paths(self, paths: list[Path], caption: str = "") -> None:
        files = []
        for path in paths:
            try:
                files.append((path.name, path.read_bytes(), caption))
            except OSError:
                continue  # a vanished file: nothing to attach
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
        if not names:
            return
        caption, ok = QInputDialog.getText(self, self.tr("Caption"), self.tr("Caption (optional):"))
        self.add_paths([Path(n) for n in names], caption if ok else "")

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.removed.emit(item.data(Qt.ItemDataRole.UserRole))

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
