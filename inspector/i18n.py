"""gettext for text made below the GUI (errors, reports, command line).

Catalogues live in ``inspector/locale/<lang>/LC_MESSAGES/inspector.mo``; without one the English
source text is used. The GUI uses Qt Linguist for its own widgets.
"""

from __future__ import annotations

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).with_name("locale")
_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str | None) -> None:
    """Switch the language of messages made from now on (``None`` = the system's)."""
    global _translation
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
