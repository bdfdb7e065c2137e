"""The dialogs of evidence files: a caption for each file of a pick (naming it), a caption
changed later, the finding a photo supports, and a photo shown full size. Each opens without
blocking (``open()``) and reports through a callback, so the window keeps running."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class CaptionsDialog(QDialog):
    """One caption field per file picked, each labelled with the file's name (and its picture
    when it is one); ``done_with`` receives the captions in the files' order."""

    def __init__(
        self,
        names: list[str],
        pictures: list[QImage | None],
        done_with: Callable[[list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("captionsDialog")
        self.setWindowTitle(self.tr("Captions"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long names: own line
        self.edits: list[QLineEdit] = []
        self.labels: list[QLabel] = []
        for index, (name, picture) in enumerate(zip(names, pictures, strict=True)):
            label = QLabel(self.tr("Caption for {name}:").format(name=name))
            if picture is not None:
                label.setToolTip(name)
            edit = QLineEdit()
            edit.setObjectName(f"caption{index}")
            edit.setPlaceholderText(self.tr("optional: what it shows, where it was taken"))
            if picture is not None:
                icon = QIcon(QPixmap.fromImage(picture))
                edit.addAction(icon, QLineEdit.ActionPosition.LeadingPosition)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits.append(edit)
            self.labels.append(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Attach"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Each file gets its own caption; the report prints it under the file.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: done_with([e.text().strip() for e in self.edits]))
        self.setMinimumWidth(460)


class CaptionDialog(QDialog):
    """Change one file's caption; ``done_with`` receives the new text."""

    def __init__(
        self, name: str, caption: str, done_with: Callable[[str], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("captionDialog")
        self.setWindowTitle(self.tr("Edit caption"))
        self.edit = QLineEdit(caption)
        self.edit.setObjectName("caption")
        self.label = label = QLabel(self.tr("Caption for {name}:").format(name=name))
        label.setWordWrap(True)
        label.setBuddy(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.accepted.connect(lambda: done_with(self.edit.text().strip()))
        self.setMinimumWidth(420)


class LinkDialog(QDialog):
    """Choose the finding a file supports, or none; ``done_with`` receives its id or ''."""

    def __init__(
        self,
        name: str,
        findings: list[tuple[str, str]],
        current: str,
        done_with: Callable[[str], None],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link to a finding"))
        self.combo = QComboBox()
        self.combo.setObjectName("finding")
        self.combo.addItem(self.tr("(no finding)"), "")
        for ident, title in findings:
            self.combo.addItem(title, ident)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        label = QLabel(
            self.tr(
                "Which finding does {name} support? The report shows it with that finding."
            ).format(name=name)
        )
        label.setWordWrap(True)
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        if not findings:
            none = QLabel(self.tr("This inspection has no finding yet."))
            none.setWordWrap(True)
            layout.addWidget(none)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: done_with(str(self.combo.currentData() or "")))
        self.setMinimumWidth(420)


class PreviewDialog(QDialog):
    """A file shown at full size (scrolling when larger than the screen), or, for a file the app
    does not draw, what it is."""

    def __init__(
        self, name: str, caption: str, image: QImage | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Preview: {name}").format(name=name))
        self.picture = QLabel()
        self.picture.setObjectName("picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image is not None:
            self.picture.setPixmap(QPixmap.fromImage(image))
        else:
            self.picture.setText(
                self.tr("{name} is kept as a document: the app does not show its content.").format(
                    name=name
                )
            )
            self.picture.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(image is None)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        self.setMinimumSize(420, 300)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.9 if screen is not None else None
        if image is not None and room is not None:
            self.resize(
                min(image.width() + 40, room.width()), min(image.height() + 100, room.height())
            )
        else:
            self.resize(480, 240)
