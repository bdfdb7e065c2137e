"""Screenshots of the main views, for a person to look at (README, manuals, reviews).

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--lang fr] [-o docs/screenshots]

Builds a throwaway vault with invented demo data in a temporary folder (never the user's), opens
the window offscreen, and saves one PNG per view: unlock, dashboard, agencies, inspections, the
inspection editor, an agency, complaints and settings."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

PASSPHRASE = "screenshots only, not a real vault"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr", "es"])
    parser.add_argument("-o", "--output", default="docs/screenshots", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="inspector-screens-") as home:
        os.environ["INSPECTOR_HOME"] = home
        return shoot(Path(home), args.lang, args.output)


def shoot(home: Path, language: str, output: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from inspector.gui.context import AppContext
    from inspector.gui.i18n import install_translators
    from inspector.gui.main_window import MainWindow
    from inspector.services.demo import fill_demo
    from inspector.services.inspections import list_inspections
    from inspector.settings import Settings
    from inspector.vault.store import create_vault

    app = QApplication.instance() or QApplication([])
    install_translators(app, language)  # type: ignore[arg-type]
    folder = home / "vault"
    created = create_vault(folder, PASSPHRASE)
    fill_demo(created.vault, agencies=200)
    created.vault.close()
    output.mkdir(parents=True, exist_ok=True)
    context = AppContext(folder, Settings(language=language))
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()

    def settle() -> None:
        for _ in range(30):
            app.processEvents()
            context.runner.wait()
        app.processEvents()

    def save(name: str) -> None:
        settle()
        path = output / f"{name}-{language}.png"
        window.grab().save(str(path))
        print(path)

    save("unlock")
    from inspector.vault.store import unlock_vault

    context.open(unlock_vault(folder, PASSPHRASE))
    window._open_workspace()
    save("dashboard")
    for page in ("agencies", "inspections", "complaints", "settings"):
        window.workspace.show_page(page)
        save(page)
    rows = context.read_now(list_inspections)
    in_progress = next(r for r in rows if r.status.value == "in-progress")
    editor = window.workspace.open_inspection(in_progress.id)
    settle()
    editor.form_view.go_to_section("S03")  # type: ignore[attr-defined]
    save("inspection-editor")
    page = window.workspace.open_agency(in_progress.agency_id)
    save("agency")
    del page
    context.close_vault()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
