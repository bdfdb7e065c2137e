"""Bring the gettext catalogues in step with the source: add the report's new messages to
``inspector/locale/<lang>/LC_MESSAGES/inspector.po`` (untranslated, for a translator to fill) and
compile every ``.po`` to its ``.mo``. Needs Babel (in the ``test`` extra).

    python tools/update_catalogues.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_messages import ROOT, report_messages, report_plurals

LOCALE = ROOT / "inspector" / "locale"
LANGUAGES = ("fr", "es")


def catalogue_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "inspector.po"


def read_catalogue(language: str) -> Catalog:
    path = catalogue_path(language)
    if not path.exists():
        return Catalog(locale=language, project="Field Inspector", domain="inspector")
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain="inspector")


def update(language: str, translations: dict[str, str] | None = None) -> Catalog:
    catalogue = read_catalogue(language)
    for message in report_messages():
        if message not in catalogue:
            catalogue.add(message, (translations or {}).get(message, ""))
        elif translations and message in translations and not catalogue[message].string:
            catalogue[message].string = translations[message]
    for singular, plural in report_plurals():
        entry = catalogue.get(singular)
        if entry is None or entry.id != (singular, plural):
            # As many forms as the language's Plural-Forms header counts, each to translate.
            empty = ("",) * catalogue.num_plurals
            catalogue.add((singular, plural), entry.string if entry and entry.pluralizable
                          else empty)  # fmt: skip
    path = catalogue_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=100, sort_output=False, omit_header=False)
    compile_catalogue(language)
    return catalogue


def compile_catalogue(language: str) -> None:
    with catalogue_path(language).open("rb") as handle:
        catalogue = read_po(handle, locale=language, domain="inspector")
    with catalogue_path(language).with_suffix(".mo").open("wb") as out:
        write_mo(out, catalogue, use_fuzzy=False)


if __name__ == "__main__":
    for language in LANGUAGES:
        catalogue = update(language)
        missing = [
            m.id
            for m in catalogue
            if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)
        ]
        print(f"{catalogue_path(language).relative_to(ROOT)}: {len(missing)} untranslated")
