"""The Noto fonts shipped for the reports, made known to Qt, so that the window shows names in
Devanagari, Bengali, Sinhala, Arabic, Ethiopic... on a computer that has no font for them (a
name typed in the profile or an agency's record must not turn into boxes)."""

from __future__ import annotations


def register_script_fonts() -> int:
    """Add each shipped script font to the application's fonts; how many Qt took."""
    from PySide6.QtGui import QFontDatabase

    from inspector.reports.fonts import fonts_dir

    taken = 0
    for path in sorted(fonts_dir().glob("NotoSans*-Regular.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            taken += 1
    return taken
