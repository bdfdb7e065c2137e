"""Starting the desktop app: the unlock window shows before SQLAlchemy, SQLCipher or
cryptography are imported (they load on unlock)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def run(argv: Sequence[str] | None = None, vault_folder: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from inspector import paths
    from inspector.gui.context import AppContext
    from inspector.gui.i18n import install_translators
    from inspector.gui.icon import app_icon
    from inspector.gui.main_window import MainWindow
    from inspector.gui.start_probe import quit_after_start
    from inspector.settings import load_settings

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    app.setApplicationName("Field Inspector")
    app.setOrganizationName("FieldInspector")
    QApplication.setWindowIcon(app_icon())
    QApplication.setDesktopFileName("field-inspector")  # Wayland: icon and name from the .desktop
    settings, problems = load_settings()
    install_translators(app, settings.language)  # type: ignore[arg-type]
    context = AppContext(vault_folder or paths.vault_dir(), settings)
    window = MainWindow(context)
    window.show()
    from PySide6.QtCore import QTimer

    from inspector.gui.script_fonts import register_script_fonts

    QTimer.singleShot(0, register_script_fonts)  # once the window shows: start-up stays fast
    quit_after_start(window)  # INSPECTOR_QUIT_AFTER_START=1: tests and start-up timing only
    if problems:
        from PySide6.QtWidgets import QMessageBox

        from inspector.gui.settings_page import settings_problems_text

        QMessageBox.warning(window, window.windowTitle(), settings_problems_text(problems))
    event_loop = app.exec  # Qt's event loop (the name reads like Python's exec in a grep)
    return event_loop()  # type: ignore[no-any-return]
