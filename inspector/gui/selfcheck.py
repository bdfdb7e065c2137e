"""The Qt part of ``inspector selfcheck``, run in a child process on the offscreen platform: Qt
starts and paints a window, a desktop platform plugin loads with its libraries, the image formats
evidence needs are there, the icon and both kinds of Qt catalogue load. Returns plain data."""

from __future__ import annotations

import os
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
    add("qt-platform", *_native_platform(platforms_dir(plugins)))

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


def platforms_dir(plugins: Path) -> Path:
    """Where Qt looks for its platform plugins: QT_QPA_PLATFORM_PLUGIN_PATH if set, as Qt does."""
    override = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    return Path(override) if override else plugins / "platforms"


def needed_platforms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the plugins one of which must load, the others tried and reported). On Linux the X11
    plugin is what an X11 session uses, and what Qt falls back to under Wayland; only a Wayland
    session can do without it."""
    if sys.platform in ("win32", "darwin"):
        return NATIVE_PLATFORMS, ()
    wayland = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland"
    return (("qxcb", "qwayland"), ()) if wayland else (("qxcb",), ("qwayland",))


# The Debian/Ubuntu packages of the libraries the X11 plugin needs beyond Qt's own.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
}


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the dynamic linker cannot find for ``plugin`` (``ldd``'s "not
    found"; dlopen names only the first)."""
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None or sys.platform != "linux":
        return []
    listed = subprocess.run(  # noqa: S603 - a fixed program on a file path, no shell
        [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
    ).stdout
    return sorted(
        {line.split("=>")[0].strip() for line in listed.splitlines() if "not found" in line}
    )


def _native_platform(folder: Path) -> tuple[bool, str]:
    """Whether the desktop platform plugin loads, libraries and all: a plugin whose system
    libraries are missing (libxcb-cursor0 and the like on Linux) is on disk but cannot open a
    window. The failure names each missing library and, where known, its Debian package."""
    from PySide6.QtCore import QPluginLoader

    required, optional = needed_platforms()
    loaded: list[str] = []
    problems: list[str] = []
    for stem in (*required, *optional):
        files = sorted(p for p in folder.glob(f"*{stem}.*") if p.is_file())
        if not files:
            problems.append(f"{stem}: not in {folder}")
            continue
        loader = QPluginLoader(str(files[0]))
        if loader.load():
            loaded.append(stem)
            continue
        error = loader.errorString().replace(f"Cannot load library {files[0]}: ", "")
        missing = missing_libraries(files[0])
        problem = f"{files[0].name} cannot load: {error}"
        if missing:
            packages = sorted({DEBIAN_PACKAGES[m] for m in missing if m in DEBIAN_PACKAGES})
            problem += "; missing " + ", ".join(missing)
            if packages:
                problem += " (Debian/Ubuntu: apt install " + " ".join(packages) + ")"
        problems.append(problem)
    ok = any(stem in loaded for stem in required)
    detail = f"loads {', '.join(loaded)} ({folder})" if loaded else str(folder)
    return ok, "; ".join([detail, *problems])
