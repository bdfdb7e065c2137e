"""The report's labels are translated in French and Spanish, placeholders kept, and the compiled
catalogues match their sources."""

from __future__ import annotations

import gettext
import re
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from report_messages import report_messages, report_plurals

LOCALE = ROOT / "inspector" / "locale"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)s")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_report_message_is_translated_with_its_placeholders(language: str) -> None:
    from babel.messages.pofile import read_po

    with (LOCALE / language / "LC_MESSAGES" / "inspector.po").open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    compiled = gettext.GNUTranslations(
        (LOCALE / language / "LC_MESSAGES" / "inspector.mo").open("rb")
    )
    missing = []
    for message in report_messages():
        entry = catalogue.get(message)
        if entry is None or not entry.string or entry.fuzzy:
            missing.append(message)
            continue
        assert sorted(PLACEHOLDER.findall(entry.string)) == sorted(PLACEHOLDER.findall(message)), (
            message
        )
        assert compiled.gettext(message) == entry.string, "the .mo is older than the .po"
    assert not missing, "run tools/update_catalogues.py and translate: " + repr(missing)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_report_plural_has_the_forms_of_its_language(language: str) -> None:
    """ "1 point", "2 points": ngettext's plurals carry every form the language has."""
    from babel.messages.pofile import read_po

    with (LOCALE / language / "LC_MESSAGES" / "inspector.po").open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    compiled = gettext.GNUTranslations(
        (LOCALE / language / "LC_MESSAGES" / "inspector.mo").open("rb")
    )
    plurals = report_plurals()
    assert ("{points} point", "{points} points") in plurals
    for singular, plural in plurals:
        entry = catalogue.get(singular)
        assert entry is not None and entry.id == (singular, plural) and not entry.fuzzy, (
            "run tools/update_catalogues.py and translate: " + singular
        )
        forms = entry.string
        assert len(forms) == catalogue.num_plurals == 2 and all(forms), singular
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(singular)), form
        assert [compiled.ngettext(singular, plural, n) for n in (1, 5)] == list(forms), (
            "the .mo is older than the .po"
        )
