"""Screenshots of every view, for a person to look at (the user guide, README, reviews).

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--lang fr] [-o docs/screenshots]
    xvfb-run -a python packaging/screenshots.py --platform xcb      # in a real X server

Builds a throwaway vault with invented demo data in a temporary folder (never the user's), and
saves one PNG per view: the first run, unlock, every page (packaging/tour.py), the inspection
editor, an agency, and every dialog, each as the window shows it over the main window. With
``--guide`` only the pictures docs/user-guide*.md shows; ``--only a,b`` only those named."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType

PASSPHRASE = "screenshots only, not a real vault"
HERE = Path(__file__).resolve().parent
# The pictures the user guide shows (docs/user-guide*.md).
GUIDE = {
    "first-run", "unlock", "dashboard", "agencies", "agency", "start-inspection",
    "inspection-editor", "add-finding", "report", "complaints", "data", "settings",
}  # fmt: skip


def tour() -> ModuleType:
    spec = importlib.util.spec_from_file_location("inspector_tour", HERE / "tour.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {HERE / 'tour.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr", "es"])
    parser.add_argument("-o", "--output", default="docs/screenshots", type=Path)
    parser.add_argument("--platform", default="", help="Qt platform (default: offscreen)")
    parser.add_argument("--guide", action="store_true", help="only the user guide's pictures")
    parser.add_argument("--only", default="", help="only these views, by name: unlock,about")
    parser.add_argument("--size", default="1280x800", help="the window's size, such as 1280x720")
    args = parser.parse_args()
    only = GUIDE if args.guide else set(filter(None, args.only.split(","))) or None
    if args.platform:
        os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE.parent))  # the source tree's inspector
    with tempfile.TemporaryDirectory(prefix="inspector-screens-") as home:
        os.environ["INSPECTOR_HOME"] = home
        width, _x, height = args.size.partition("x")
        names = shoot(Path(home), args.lang, args.output, only, (int(width), int(height)))
    print(f"{len(names)} screenshots in {args.output}")
    return 0


def shoot(
    home: Path,
    language: str,
    output: Path,
    only: set[str] | None = None,
    size: tuple[int, int] = (1280, 800),
) -> list[str]:
    """Save the views (``only`` those named, if given) with the window at ``size``; return the
    names saved."""
    from PySide6.QtWidgets import QApplication, QWidget

    from inspector.gui.context import AppContext
    from inspector.gui.i18n import install_translators
    from inspector.gui.main_window import MainWindow
    from inspector.services.demo import fill_demo
    from inspector.settings import Settings
    from inspector.vault.store import create_vault, unlock_vault

    app = QApplication.instance() or QApplication([])
    install_translators(app, language)  # type: ignore[arg-type]
    output.mkdir(parents=True, exist_ok=True)
    saved: list[str] = []

    def settle(context: AppContext) -> None:
        for _ in range(30):
            app.processEvents()
            context.runner.wait()
        app.processEvents()

    def save(name: str, widget: QWidget, context: AppContext) -> None:
        if only is not None and name not in only:
            return
        settle(context)
        path = output / f"{name}-{language}.png"
        widget.grab().save(str(path))
        saved.append(name)
        print(path)

    # The first run: no vault yet.
    first = AppContext(home / "first", Settings(language=language))
    window = MainWindow(first)
    window.resize(*size)
    window.show()
    save("first-run", window, first)
    window.close()

    folder = home / "vault"
    created = create_vault(folder, PASSPHRASE)
    fill_demo(created.vault, agencies=200)
    created.vault.close()
    context = AppContext(folder, Settings(language=language))
    window = MainWindow(context)
    window.resize(*size)
    window.show()
    save("unlock", window, context)
    context.open(unlock_vault(folder, PASSPHRASE))
    window._open_workspace()
    views = tour()
    for page in views.PAGES:
        window.workspace.show_page(page)
        save(page, window, context)
    records = views.demo_records(window)
    editor = window.workspace.open_inspection(records["in_progress"].id)
    settle(context)
    editor.form_view.go_to_section("S03")  # type: ignore[attr-defined]
    save("inspection-editor", window, context)
    for name, make in views.dialogs(window):
        if only is not None and name not in only:
            continue
        dialog = make()
        dialog.show()
        save(name, dialog, context)
        dialog.close()
        dialog.deleteLater()
    window.workspace.open_agency(records["in_progress"].agency_id)
    save("agency", window, context)
    context.close_vault()
    window.close()
    return saved


if __name__ == "__main__":
    raise SystemExit(main())
