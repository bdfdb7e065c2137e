"""A hidden hook for the packaging test and the start-up measurement: with
``INSPECTOR_QUIT_AFTER_START=1`` the app prints one line once its window has been painted for the
first time, naming the page on show, and quits. Without the variable it does nothing."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from inspector.gui.main_window import MainWindow

ENV = "INSPECTOR_QUIT_AFTER_START"


def page_name(window: MainWindow) -> str:
    unlock = window.unlock
    if window.stack.currentWidget() is not unlock:
        return "workspace"
    pages = {
        "create": unlock.create_page,
        "recovery-key": unlock.key_page,
        "unlock": unlock.unlock_page,
        "recover": unlock.recover_page,
    }
    current = unlock.pages.currentWidget()
    return next((name for name, page in pages.items() if page is current), "?")


class _FirstPaint(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.seen = True
            QTimer.singleShot(0, self._report)  # once this paint has finished
        return False

    def _report(self) -> None:
        app = QApplication.instance()
        platform = app.platformName() if isinstance(app, QApplication) else "?"
        print(
            f"window shown: page={page_name(self.window)} visible={self.window.isVisible()} "
            f"platform={platform}",
            flush=True,
        )
        QApplication.quit()


def quit_after_start(window: MainWindow) -> None:
    app = QApplication.instance()
    if os.environ.get(ENV) == "1" and app is not None:
        app.installEventFilter(_FirstPaint(window))
