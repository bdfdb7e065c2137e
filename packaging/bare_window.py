"""The baseline for the start-up measurement: a bare PySide6 window (a label in a main window of
the app's size), reporting its first paint exactly as the app does with
INSPECTOR_QUIT_AFTER_START=1 (inspector/gui/start_probe.py), then quitting."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


class FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
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
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(
            f"window shown: page=bare visible={self.window.isVisible()} "
            f"platform={QApplication.platformName()}",
            flush=True,
        )
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("A bare PySide6 window"))
    window.resize(1200, 800)
    window.show()
    app.installEventFilter(FirstPaint(window))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
