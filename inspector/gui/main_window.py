"""The main window: the unlock screen until the vault is open, then the pages (dashboard, agencies,
inspections, complaints, settings) with keyboard shortcuts; auto-lock after the idle delay."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from inspector.gui.kept_text import KeptText, KeptTextDialog, take_dialog_text
from inspector.gui.unlock import UnlockWidget

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.gui.workspace import Workspace

# What counts as the inspector being there: any key, click, wheel or drag on any window.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.DragMove,
    QEvent.Type.TouchBegin,
}


def _window_state() -> QSettings:
    """Where the window stood, in the state folder (not a setting a person edits)."""
    from inspector import paths

    return QSettings(str(paths.state_dir() / "window.ini"), QSettings.Format.IniFormat)


class IdleWatch(QObject):
    """Fires ``idle`` after ``minutes`` without input to the application."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_input = time.monotonic()
        self.limit_seconds = 300.0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, seconds: float) -> None:
        self.limit_seconds = seconds
        self.last_input = time.monotonic()
        self.timer.setInterval(int(max(50, min(1000, seconds * 250))))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if time.monotonic() - self.last_input >= self.limit_seconds:
            self.timer.stop()
            self.idle.emit()


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Field Inspector"))
        self._restore_geometry()
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock = UnlockWidget(context)
        self.unlock.setObjectName("unlockWidget")
        self.stack.addWidget(self.unlock)
        self.workspace: Workspace | None = None
        self.idle = IdleWatch(self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        self.unlock.unlocked.connect(self._open_workspace)
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        context.runner.busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("Working…") if busy else "")
        )
        context.settings_changed.connect(self._apply_settings)
        self._add_sync()
        lock_action = QAction(self.tr("&Lock now"), self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(lambda _checked=False: self.lock())
        self.addAction(lock_action)
        self.lock_action = lock_action
        from inspector.gui.shell import Shell

        self.shell = Shell(self)
        # Where the inspector was, to come back to after an auto-lock, and what they were
        # typing in a dialog the lock closed.
        self._resume: dict[str, Any] = {}
        self._kept: list[KeptText] = []
        self._language = context.settings.language

    def _add_sync(self) -> None:
        """The sync status area, "Sync now" (F9) and what a revocation does to the window."""
        from inspector.gui.sync_window import WindowSync

        self.window_sync = WindowSync(self, self.context, self._lock_for_good)
        self.sync, self.sync_status = self.window_sync.controller, self.window_sync.area

    def _lock_for_good(self, text: str) -> None:
        """The laptop was revoked: lock, and say why on the start page."""
        self.lock()
        self.unlock.show_start_page(text)

    # -- open / lock -------------------------------------------------------------------------
    def _open_workspace(self) -> None:
        from inspector.gui.workspace import Workspace

        if self.workspace is None:
            self.workspace = Workspace(self.context)
            self.stack.addWidget(self.workspace)
        self.workspace.load(self._resume)
        self._resume = {}
        self.stack.setCurrentWidget(self.workspace)
        self._apply_settings()
        if self._kept:
            self.kept_dialog = KeptTextDialog(self._kept, self)
            self._kept = []
            self.kept_dialog.show()

    def _apply_settings(self) -> None:
        if self.context.settings.language != self._language:
            self._language = self.context.settings.language
            self.retranslate()
        if self.context.vault is not None:
            self.idle.start(self.context.settings.auto_lock_minutes * 60)

    def retranslate(self) -> None:
        """Follow the chosen language: install its catalogues and build every view again, in
        the same place (widgets take their text when they are made)."""
        from inspector.gui.i18n import install_translators
        from inspector.gui.workspace import Workspace

        app = QApplication.instance()
        if app is not None:
            install_translators(app, self.context.settings.language)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("Field Inspector"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.window_sync.retranslate()
        self.shell.retranslate()
        unlocked_view = self.stack.currentWidget() is self.workspace
        old_unlock = self.unlock
        self.unlock = UnlockWidget(self.context)
        self.unlock.setObjectName("unlockWidget")
        self.unlock.unlocked.connect(self._open_workspace)
        self.stack.insertWidget(0, self.unlock)
        self.stack.removeWidget(old_unlock)
        old_unlock.deleteLater()
        if self.workspace is not None:
            state = self.workspace.state()
            old = self.workspace
            self.workspace = Workspace(self.context)
            self.stack.addWidget(self.workspace)
            self.stack.removeWidget(old)
            old.deleteLater()
            if self.context.vault is not None:
                self.workspace.take_over(old)
                self.workspace.load(state)
        if unlocked_view and self.workspace is not None:
            self.stack.setCurrentWidget(self.workspace)
        else:
            self.stack.setCurrentWidget(self.unlock)

    def lock(self, idle: bool = False) -> None:
        """Hide everything, drop the key; the passphrase brings the inspector back where they
        were, with the text of any dialog the lock closed."""
        if self.context.vault is None:
            return
        self.idle.stop()
        self._kept += take_dialog_text(self)
        if self.workspace is not None:
            self._resume = self.workspace.state()
            self.workspace.clear()
        self.stack.setCurrentWidget(self.unlock)
        self.statusBar().clearMessage()
        self.sync.stop()  # a running sync stops at its next step
        self.context.close_vault()
        message = (
            self.tr("Locked after a period without use. Enter your passphrase to continue.")
            if idle
            else self.tr("Locked. Enter your passphrase to continue.")
        )
        if self._kept:
            message += " " + self.tr(
                "What you were typing in a dialog is kept and shown again once you unlock."
            )
        self.unlock.show_start_page(message)

    # -- where the window stands -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The size and place the inspector left the window in. Qt moves a saved geometry onto a
        screen if the one it was on is gone or smaller; the first time, the window takes most of
        the screen it opens on."""
        saved = _window_state().value("geometry")
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        space = screen.availableGeometry()
        size = QSize(min(1200, space.width() * 9 // 10), min(800, space.height() * 9 // 10))
        self.resize(size)
        self.move(space.center() - QPoint(size.width() // 2, size.height() // 2))

    def save_geometry(self) -> None:
        state = _window_state()
        state.setValue("geometry", self.saveGeometry())
        state.sync()

    def closeEvent(self, event: Any) -> None:
        self.save_geometry()
        self.idle.stop()
        self.sync.stop()
        self.context.close_vault()
        super().closeEvent(event)
