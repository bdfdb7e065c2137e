"""The Qt part of ``inspector selfcheck``, run in a child process on the offscreen platform: Qt
starts and paints a window, the native platform plugin and the image formats evidence needs are
there, the icon and both kinds of Qt catalogue load. Returns plain data; prints nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# The plugin a desktop session will ask for, by system; offscreen is what this check runs on.
NATIVE_PLATFORM = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")


def qt_results() -> list[dict[str, Any]]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication, QLabel

    from inspector.gui.i18n import translations_dir
    from inspector.gui.icon import app_icon, icons_dir

    results: list[dict[str, Any]] = []

    def add(name: str, ok: bool, detail: str) -> None:
        results.append({"name": name, "ok": ok, "detail": detail})

    app = QApplication.instance() or QApplication(["inspector-selfcheck"])
    label = QLabel("Field Inspector")
    label.show()
    app.processEvents()
    painted = not label.grab().isNull()
    add(
        "qt",
        painted and label.isVisible(),
        f"Qt {qVersion()}, PySide6 {pyside_version}: a window shown on the "
        f"'{QApplication.platformName()}' platform",
    )

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms = sorted(p.name for p in (plugins / "platforms").glob("*") if p.is_file())
    native = [name for name in platforms if NATIVE_PLATFORM in name]
    add(
        "qt-platform",
        bool(native),
        f"{', '.join(native) or NATIVE_PLATFORM + ' missing'} in {plugins / 'platforms'}",
    )

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    wanted = {"png", "jpeg", "ico"}
    add(
        "qt-images",
        wanted <= formats,
        "reads "
        + ", ".join(sorted(wanted & formats))
        + (f"; missing {', '.join(sorted(wanted - formats))}" if wanted - formats else ""),
    )

    icon = app_icon()
    add("icon", not icon.isNull(), f"{len(icon.availableSizes())} sizes in {icons_dir()}")

    ours = [
        language
        for language in ("fr", "es")
        if QTranslator().load(str(translations_dir() / f"inspector_{language}.qm"))
    ]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = [lang for lang in ("fr", "es") if QTranslator().load(f"qtbase_{lang}", qt_dir)]
    add(
        "qt-translations",
        ours == ["fr", "es"] and qtbase == ["fr", "es"],
        f"ours: {', '.join(ours) or 'none'} ({translations_dir()}); "
        f"Qt's: {', '.join(qtbase) or 'none'} ({qt_dir})",
    )
    label.close()
    return results
