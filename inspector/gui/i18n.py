"""The GUI's languages: Qt Linguist catalogues for our widgets (resources/translations) and Qt's
own qtbase catalogue for its dialogs and buttons; gettext for text made below the GUI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    bundled = package / "resources" / "translations"
    if bundled.is_dir():
        return bundled
    return package.parent / "resources" / "translations"  # a source checkout


def effective_language(language: str) -> str:
    """The chosen language, or the system's when none is chosen (English if we lack it)."""
    if language:
        return language
    system = QLocale.system().name().split("_")[0]
    return system if system in ("en", "fr", "es") else "en"


def install_translators(app: QApplication, language: str) -> str:
    """Switch the whole app to ``language`` ('' = the system's); returns the one in use."""
    from inspector.i18n import set_language

    chosen = effective_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(chosen)
    QLocale.setDefault(QLocale(chosen))  # dates and numbers as the chosen language writes them
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if chosen != "en" and qt.load(f"qtbase_{chosen}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    # English too: its catalogue holds only the plurals ("%n rows read": "1 row read").
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"inspector_{chosen}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    return chosen
