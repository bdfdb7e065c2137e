"""gettext for text made below the GUI (errors, reports, command line).

Catalogues live in ``inspector/locale/<lang>/LC_MESSAGES/inspector.mo``; without one the English
source text is used. The GUI uses Qt Linguist for its own widgets.
"""

from __future__ import annotations

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).with_name("locale")
_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def set_language(language: str | None) -> None:
    """Switch the language of messages made from now on (``None`` = the system's)."""
    global _translation, _language
    _language = language or "en"
    languages = [language] if language else None
    _translation = gettext.translation(
        "inspector", localedir=_LOCALE_DIR, languages=languages, fallback=True
    )


def translation(language: str) -> gettext.NullTranslations:
    """The catalogue of one language, for text made in a language other than the user's (a
    report in French from an English session); English source text where there is none."""
    return gettext.translation(
        "inspector", localedir=_LOCALE_DIR, languages=[language], fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def country_name(code: str, language: str | None = None) -> str:
    """A country's name from its ISO 3166 code, in ``language`` (default: the one set), from the
    Unicode CLDR data Babel ships; the code itself when CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language or _language).territories
    except (UnknownLocaleError, ValueError):
        names = Locale.parse("en").territories
    return str(names.get(code.upper(), code))
