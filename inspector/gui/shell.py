"""The main window's menu bar (File, Inspection, View, Help) and its status bar (which vault is
open, when it was last backed up; the sync status is added by gui/sync_window.py). Everything a
menu does needs the vault but Help and Quit: those entries are off while the window is locked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget


def page_titles() -> dict[str, str]:
    """The workspace's pages as the navigation and the View menu name them (with mnemonics)."""

    translate = QCoreApplication.translate
    return {
        "dashboard": translate("Workspace", "&Dashboard"),
        "agencies": translate("Workspace", "&Agencies"),
        "inspections": translate("Workspace", "&Inspections"),
        "complaints": translate("Workspace", "&Complaints"),
        "data": translate("Workspace", "Da&ta"),
        "settings": translate("Workspace", "&Settings"),
    }


class Shell(QObject):
    """``window`` is the MainWindow (not imported here: it imports this module)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.help_window: QWidget | None = None
        self.about: QWidget | None = None
        self.vault_label = QLabel()
        self.vault_label.setObjectName("statusVault")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("statusBackup")
        bar = window.statusBar()
        bar.insertPermanentWidget(0, self.vault_label)
        bar.insertPermanentWidget(1, self.backup_label)
        self.vault_actions: list[QAction] = []
        self.build_menus()
        self.context.vault_opened.connect(self.refresh)
        self.context.vault_closed.connect(self.refresh)
        self.context.changed.connect(lambda what: what == "backup" and self.refresh())
        self.refresh()

    # -- menus -----------------------------------------------------------------------------------
    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], Any], keys: str = "", vault: bool = True
    ) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        if vault:
            self.vault_actions.append(action)
        return action

    def build_menus(self) -> None:
        """(Re)build the menu bar in the current language."""
        window = self.window
        bar = window.menuBar()
        bar.clear()
        self.vault_actions = []
        file = bar.addMenu(self.tr("&File"))
        file.setObjectName("fileMenu")
        self.backup_action = self._action(file, self.tr("&Back up the vault…"), self.back_up)
        file.addAction(window.window_sync.action)
        file.addSeparator()
        file.addAction(window.lock_action)
        self._action(file, self.tr("&Quit"), window.close, "Ctrl+Q", vault=False)

        inspection = bar.addMenu(self.tr("&Inspection"))
        inspection.setObjectName("inspectionMenu")
        self.new_inspection_action = self._action(
            inspection, self.tr("&New inspection…"), self.new_inspection, "Ctrl+N"
        )
        self._action(inspection, self.tr("&Import the agency registry…"), self.import_registry)

        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("viewMenu")
        self.page_actions: dict[str, QAction] = {}
        for number, (name, title) in enumerate(page_titles().items(), start=1):
            self.page_actions[name] = self._action(
                view, title, lambda n=name: self.show_page(n), f"Ctrl+{number}"
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.help_action = self._action(
            help_menu, self.tr("&User guide"), self.show_help, "F1", vault=False
        )
        self._action(help_menu, self.tr("&About Field Inspector"), self.show_about, vault=False)
        self._enable()

    def _enable(self) -> None:
        unlocked = self.context.vault is not None
        for action in self.vault_actions:
            action.setEnabled(unlocked)

    # -- what the menus do -----------------------------------------------------------------------
    def show_page(self, name: str) -> QWidget | None:
        workspace = self.window.workspace
        if self.context.vault is None or workspace is None:
            return None
        return workspace.show_page(name)

    def back_up(self) -> None:
        page = self.show_page("data")
        if page is not None:
            page._choose_backup()  # type: ignore[attr-defined]

    def import_registry(self) -> None:
        page = self.show_page("data")
        if page is not None:
            page.registry._choose()  # type: ignore[attr-defined]

    def new_inspection(self) -> None:
        workspace = self.window.workspace
        if self.context.vault is not None and workspace is not None:
            workspace.start_inspection(None)

    def show_help(self) -> QWidget:
        from inspector.gui.help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.window, self.context.language)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_about(self) -> QWidget:
        from inspector.gui.help import AboutDialog

        if self.about is None:
            self.about = AboutDialog(self.window)
        self.about.open()
        return self.about

    def retranslate(self) -> None:
        for old in (self.help_window, self.about):
            if old is not None:
                old.deleteLater()
        self.help_window = self.about = None
        self.build_menus()
        self.refresh()

    # -- status bar ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Say which vault is open and when it was last backed up (read off the GUI thread)."""
        self._enable()
        if self.context.vault is None:
            self.vault_label.setText(self.tr("Locked"))
            self.vault_label.setToolTip(str(self.context.folder))
            self.backup_label.clear()
            return
        self.vault_label.setText(self.tr("Vault: {name}").format(name=self.context.folder.name))
        self.vault_label.setToolTip(str(self.context.folder))
        from inspector.services.backup import backup_reminder

        days = self.context.settings.backup_reminder_days
        self.context.read(lambda session: backup_reminder(session, days), self._backup_read)

    def _backup_read(self, reminder: Any) -> None:
        from inspector.gui import labels

        if self.context.vault is None:
            return
        last = reminder.last_backup
        self.backup_label.setText(
            self.tr("Last backup: {when}").format(
                when=labels.date_text(last.astimezone().date()) if last else self.tr("never")
            )
        )
        self.backup_label.setStyleSheet("color: #b00020" if reminder.due else "")
