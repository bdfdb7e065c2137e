"""What sync adds to the main window: the status area in the status bar, the "Sync now"
action (F9, on every page), a line in the status bar after a sync someone asked for, and the
revocation: the window says plainly that the laptop was revoked and locks for good."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from inspector.gui.sync_controller import sync_controller
from inspector.gui.sync_status import SyncStatusArea, make_sync_action, retranslate_sync_action

if TYPE_CHECKING:
    from collections.abc import Callable

    from inspector.gui.context import AppContext


class WindowSync(QObject):
    """Sync in ``window``; ``lock_for_good(text)`` locks it and shows ``text`` on its start
    page (given by the window, so this module does not import the window that imports it)."""

    def __init__(
        self, window: QMainWindow, context: AppContext, lock_for_good: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.lock_for_good = lock_for_good
        self.controller = sync_controller(context)
        self.action = make_sync_action(self.controller, window)
        window.addAction(self.action)
        self.area = SyncStatusArea(self.controller, self.action)
        window.statusBar().addPermanentWidget(self.area)
        self.revoked_message: QMessageBox | None = None
        self.controller.finished.connect(self._synced)
        self.controller.failed.connect(self._failed)
        self.controller.revoked.connect(self._revoked)

    def retranslate(self) -> None:
        retranslate_sync_action(self.action)
        self.area.show_status(self.controller.status)

    def _synced(self, report: Any) -> None:
        if not self.controller.automatic:  # an automatic sync does not interrupt
            from inspector.services.sync import describe_report

            self.window.statusBar().showMessage(describe_report(report)[0], 15_000)

    def _failed(self, exc: BaseException, automatic: bool) -> None:
        from inspector.errors import SyncNotSetUp
        from inspector.gui.messages import error_text

        if automatic or self.context.vault is None:
            return  # the status area says it
        status = self.controller.status
        text = error_text(exc)
        if isinstance(exc, SyncNotSetUp) and status is not None:
            if status.standalone:
                text = self.tr("This laptop is set standalone: it never syncs. Turn that off "
                               "in Settings (Ctrl+6) if your authority runs a server.")  # fmt: skip
            elif not status.enrolled:
                text = self.tr("Enrol this laptop in Settings (Ctrl+6) before it can sync.")
        self.window.statusBar().showMessage(text, 15_000)

    def _revoked(self, message: str) -> None:
        """The engine destroyed the key material and closed the vault: lock, and say why."""
        text = self.tr(
            "The ministry revoked this laptop. Its keys were destroyed: this vault can no "
            "longer be opened, with the passphrase or the recovery key. What it had sent is "
            "kept on the server. Contact your administrator."
        )
        self.lock_for_good(text)
        box = QMessageBox(self.window)
        box.setObjectName("revokedMessage")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Laptop revoked"))
        box.setText(text)
        box.setDetailedText(message)  # the engine's words, with the server's
        box.open()
        self.revoked_message = box
