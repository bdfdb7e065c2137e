"""Refresh the Qt Linguist catalogues of the desktop app and compile them.

    python scripts/update_translations.py

Runs pyside6-lupdate over inspector/gui (new strings are added to resources/translations/
inspector_<lang>.ts, unfinished) and pyside6-lrelease to write the .qm files the app loads.
Translate the .ts files with Qt Linguist (pyside6-linguist) or any XLIFF-aware editor.

English needs a catalogue too, for its plurals only: a count is written once in the source,
``self.tr("%n rows read", "", n)``, and inspector_en.ts (``lupdate -pluralonly``, as Qt
Linguist's manual advises) gives its two English forms, "1 row read" and "2 rows read"."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "es")
PLURALS_ONLY = ("en",)  # the source language: a catalogue of its plural forms alone


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt tools)")
    return found


def main() -> int:
    folder = ROOT / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "inspector" / "gui").rglob("*.py"))
    for language in LANGUAGES + PLURALS_ONLY:
        ts = folder / f"inspector_{language}.ts"
        only = ["-pluralonly"] if language in PLURALS_ONLY else []
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", *only, "-ts", str(ts)],
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
