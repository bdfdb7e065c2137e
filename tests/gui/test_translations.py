"""The Qt Linguist catalogues of the desktop app are complete: every message is translated in
French and Spanish with its {placeholders} and its & mnemonic, the compiled .qm files say what the
.ts files say, and the .ts files hold every string of inspector/gui (a fresh pyside6-lupdate run
finds nothing they lack). A string added without a translation fails here: run
scripts/update_translations.py, translate, run it again."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
# Known sources: their translation must come out of the .qm exactly as the .ts has it.
KNOWN = [
    ("Workspace", "&Dashboard"),
    ("Workspace", "&Settings"),
    ("UnlockWidget", "&Unlock"),
    ("SettingsPage", "Lock no&w"),
    ("ComplaintDialog", "&Save complaint"),
]


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str | None  # None while unfinished
    numerus_forms: tuple[str, ...]


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue, not outside input
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            assert element is not None, (name, message.findtext("source"))
            forms = tuple(form.text or "" for form in element.iter("numerusform"))
            unfinished = element.get("type") in ("unfinished", "obsolete", "vanished")
            empty = not (element.text or forms) or (forms and not all(forms))
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translation=None if unfinished or empty else (element.text or ""),
                    numerus_forms=forms,
                )
            )
    return messages


def mnemonics(text: str) -> int:
    """How many & mnemonics ("&&" is a literal ampersand)."""
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} not found: PySide6 ships it")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders_and_mnemonic(language: str) -> None:
    messages = read_ts(TRANSLATIONS / f"inspector_{language}.ts")
    assert messages
    untranslated = [(m.context, m.source) for m in messages if m.translation is None]
    assert not untranslated, "run scripts/update_translations.py and translate: " + repr(
        untranslated
    )
    for message in messages:
        texts = list(message.numerus_forms) or [message.translation or ""]
        for text in texts:
            where = (message.context, message.source, text)
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(message.source)), where
            assert mnemonics(text) == mnemonics(message.source) <= 1, where


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_says_what_the_ts_says(language: str) -> None:
    messages = read_ts(TRANSLATIONS / f"inspector_{language}.ts")
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"inspector_{language}.qm"))
    by_key = {(m.context, m.source): m for m in messages}
    for context, source in KNOWN:
        expected = by_key[(context, source)].translation
        assert expected and expected != source, (context, source)
        assert translator.translate(context, source) == expected, (
            f"inspector_{language}.qm is older than the .ts: run scripts/update_translations.py"
        )
    stale = [
        (m.context, m.source)
        for m in messages
        if not m.numerus_forms
        and translator.translate(m.context, m.source, m.comment or None) != m.translation
    ]
    assert not stale, "the .qm is older than the .ts: run scripts/update_translations.py " + repr(
        stale
    )


def test_the_catalogues_hold_every_string_of_the_gui(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "inspector" / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-silent", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    expected = {(m.context, m.source, m.comment) for m in read_ts(fresh)}
    assert expected
    for language in LANGUAGES:
        held = {
            (m.context, m.source, m.comment)
            for m in read_ts(TRANSLATIONS / f"inspector_{language}.ts")
        }
        assert not expected - held, (
            f"inspector_{language}.ts lacks strings: run scripts/update_translations.py and "
            f"translate: {sorted(expected - held)!r}"
        )
        assert not held - expected, (
            f"inspector_{language}.ts holds strings the GUI no longer has: run "
            f"scripts/update_translations.py: {sorted(held - expected)!r}"
        )


def test_english_has_a_catalogue_of_the_plurals_alone(tmp_path: Path) -> None:
    """Qt's way to "1 row read": the source says "%n rows read" once (``self.tr(text, "", n)``)
    and inspector_en.ts, made with ``lupdate -pluralonly``, holds its two English forms."""
    sources = sorted(str(p) for p in (ROOT / "inspector" / "gui").rglob("*.py"))
    fresh = tmp_path / "plurals.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-silent", "-pluralonly", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    expected = {(m.context, m.source, m.comment) for m in read_ts(fresh)}
    assert ("RegistryImportBox", "%n new agencies", "") in expected
    english = read_ts(TRANSLATIONS / "inspector_en.ts")
    assert {(m.context, m.source, m.comment) for m in english} == expected, (
        "run scripts/update_translations.py and give inspector_en.ts its English forms"
    )
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "inspector_en.qm"))
    for message in english:
        assert len(message.numerus_forms) == 2 and all(message.numerus_forms), message
        one, many = (
            translator.translate(message.context, message.source, message.comment or None, n)
            for n in (1, 2)
        )
        assert (one, many) == message.numerus_forms, "the .qm is older than the .ts"


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_every_plural_form_keeps_the_count(language: str) -> None:
    for message in read_ts(TRANSLATIONS / f"inspector_{language}.ts"):
        if "%n" in message.source:
            assert message.numerus_forms, (language, message.source)
            assert all("%n" in form for form in message.numerus_forms), (language, message)
