"""Showing errors: our own errors carry a message meant for the user; anything else gets a
generic message and a log entry with its type only, never a traceback or data."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from inspector.errors import InspectorError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, InspectorError):
        return exc.window_message or str(exc)
    log.error("unexpected error: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "messages",
        "Something went wrong ({kind}). Nothing you entered was lost; try again, and if it "
        "happens again, tell your IT office.",
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("messages", "Field Inspector"))
    box.setText(error_text(exc))
    box.setObjectName("errorBox")
    box.open()


def error_label(name: str) -> QLabel:
    """The red line a form shows its refusal in, wrapped, hidden until there is one."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    label.setVisible(False)
    return label


def make_heading(label: QLabel, larger: int) -> QLabel:
    """Style ``label`` as a page heading: bold, ``larger`` points above the body text."""
    font = label.font()
    font.setPointSize(font.pointSize() + larger)
    font.setBold(True)
    label.setFont(font)
    return label
