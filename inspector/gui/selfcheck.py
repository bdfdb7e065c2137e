"""The Qt part of ``inspector selfcheck``, run in a child process on the offscreen platform: Qt
starts and paints a window, a desktop platform plugin loads with its libraries, the image formats
evidence needs are there, the icon and both kinds of Qt catalogue load. Returns plain data."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# The plugins a desktop session will ask for, by system (either of X11 and Wayland will do on
# Linux); offscreen is what this check itself runs on.
NATIVE_PLATFORMS = {"win32": ("qwindows",), "darwin": ("qcocoa",)}.get(
    sys.platform, ("qxcb", "qwayland")
)


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
    add("qt-platform", *_native_platform(plugins / "platforms"))

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


def _native_platform(folder: Path) -> tuple[bool, str]:
    """Whether a desktop platform plugin loads, libraries and all: a plugin whose system libraries
    are missing (libxcb-cursor0 and the like on Linux) is on disk but cannot open a window."""
    from PySide6.QtCore import QPluginLoader

    loaded: list[str] = []
    problems: list[str] = []
    for stem in NATIVE_PLATFORMS:
        files = sorted(p for p in folder.glob(f"*{stem}.*") if p.is_file())
        if not files:
            problems.append(f"{stem}: not in {folder}")
            continue
        loader = QPluginLoader(str(files[0]))
        if loader.load():
            loaded.append(files[0].name)
        else:
            error = loader.errorString().replace(f"Cannot load library {files[0]}: ", "")
            problems.append(f"{files[0].name} cannot load: {error}")
    detail = f"loads {', '.join(loaded)} ({folder})" if loaded else str(folder)
    return bool(loaded), "; ".join([detail, *problems])
