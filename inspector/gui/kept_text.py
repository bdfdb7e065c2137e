"""What a lock must not throw away: the text typed in a dialog that was open when the window
locked. The dialogs close with the records they show; their text is kept in memory only (never
written anywhere) and offered back after unlock, field by field, to copy where it belongs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class KeptText:
    dialog: str  # the dialog's title
    field: str  # the field's label, as the dialog showed it
    text: str


def _label_of(field: QWidget, dialog: QDialog) -> str:
    """The label the dialog shows for ``field``: its form row, a buddy label, a placeholder."""
    for form in dialog.findChildren(QFormLayout):
        label = form.labelForField(field)
        if isinstance(label, QLabel) and label.text():
            return label.text().replace("&", "").rstrip(" :")
    for label in dialog.findChildren(QLabel):
        if label.buddy() is field:
            return label.text().replace("&", "").rstrip(" :")
    placeholder = getattr(field, "placeholderText", lambda: "")()
    return field.accessibleName() or placeholder or dialog.tr("Text")


def _text_of(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        if isinstance(field.parent(), QAbstractSpinBox | QComboBox):
            return ""  # a date, a number or a choice: quick to set again
        if field.echoMode() != QLineEdit.EchoMode.Normal or field.isReadOnly():
            return ""  # never a passphrase
        return field.text()
    if isinstance(field, QPlainTextEdit | QTextEdit) and not field.isReadOnly():
        return field.toPlainText()
    return ""


def take_dialog_text(top: QWidget) -> list[KeptText]:
    """Close every dialog open over ``top`` and return the text typed in each."""
    kept: list[KeptText] = []
    for dialog in top.findChildren(QDialog):
        if not dialog.isVisible():
            continue
        if isinstance(dialog, KeptTextDialog):  # locked again before it was read
            kept.extend(dialog.kept)
            dialog.reject()
            continue
        for field in dialog.findChildren(QWidget):
            text = _text_of(field).strip()
            if text and field.isVisibleTo(dialog):
                kept.append(KeptText(dialog.windowTitle(), _label_of(field, dialog), text))
        dialog.reject()
    return kept


class KeptTextDialog(QDialog):
    """After unlock: what was typed in the dialogs the lock closed, each field with a Copy."""

    def __init__(self, kept: list[KeptText], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kept = kept
        self.setObjectName("keptTextDialog")
        self.setWindowTitle(self.tr("Text kept from before the lock"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr(
                "The window locked while a dialog was open. It closed, and what you had "
                "typed is here: open the dialog again and paste it, or copy it elsewhere. "
                "It is gone once this window closes."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.fields: list[QPlainTextEdit] = []
        for title in dict.fromkeys(item.dialog for item in kept):
            box = QGroupBox(title)
            form = QFormLayout(box)
            for item in kept:
                if item.dialog != title:
                    continue
                text = QPlainTextEdit(item.text)
                text.setReadOnly(True)
                text.setTabChangesFocus(True)
                text.setMaximumHeight(90)
                self.fields.append(text)
                copy = QPushButton(self.tr("Copy"))
                copy.clicked.connect(
                    lambda _checked=False, t=item.text: QGuiApplication.clipboard().setText(t)
                )
                row = QVBoxLayout()
                row.addWidget(text)
                row.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)
                form.addRow(QLabel(item.field), row)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.resize(560, 420)
