"""The application icon (resources/icons, drawn by packaging/make_icons.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from inspector.gui.i18n import translations_dir

NAME = "field-inspector"


def icons_dir() -> Path:
    return translations_dir().parent / "icons"  # beside the translations, bundled or not


def app_icon() -> QIcon:
    """Every drawn size, so the title bar, task bar and Alt+Tab each get a sharp one."""
    icon = QIcon()
    for path in sorted(icons_dir().glob(f"{NAME}-*.png")):
        icon.addFile(str(path))
    return icon
