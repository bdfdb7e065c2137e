"""The fonts embedded in reports: DejaVu Sans for Latin, Greek and Cyrillic, and a Noto font
for each other script shipped in ``resources/fonts`` (``inspector/resources/fonts`` in a wheel).
Text is marked up run by run so that each character is set in a font that has it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from inspector.errors import InspectorError
from inspector.i18n import _

REGULAR = "FISans"
BOLD = "FISans-Bold"
_MAIN_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def resources_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    bundled = package / "resources"
    if bundled.is_dir():
        return bundled
    return package.parent / "resources"  # a source checkout or an editable install


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_file(name: str) -> Path:
    path = fonts_dir() / name
    if not path.is_file():
        raise InspectorError(
            _("The report font {file} is missing from this installation; reinstall it.").format(
                file=path
            )
        )
    return path


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the fonts with reportlab once; the names of the fallback fonts, in order."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in _MAIN_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_file(file))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    fallbacks = []
    for path in sorted(fonts_dir().glob("NotoSans*-Regular.ttf")):
        name = "FI-" + path.stem
        pdfmetrics.registerFont(TTFont(name, str(path)))
        fallbacks.append(name)
    return tuple(fallbacks)


@cache
def _coverage(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face  # type: ignore[attr-defined]
    return frozenset(face.charToGlyph)


def _font_for(char: str, fallbacks: tuple[str, ...]) -> str | None:
    code = ord(char)
    if code < 0x250 or code in _coverage(REGULAR) or char.isspace():
        return None
    for name in fallbacks:
        if code in _coverage(name):
            return name
    return None


def markup(text: str) -> str:
    """``text`` escaped for a reportlab Paragraph, runs in other scripts set in their font."""
    fallbacks = register_fonts()
    if all(ord(c) < 0x250 for c in text):
        return escape(text)
    parts: list[str] = []
    run: list[str] = []
    current: str | None = None
    for char in text:
        font = _font_for(char, fallbacks)
        if font != current and not (char.isspace() and current is not None):
            parts.append(_run(run, current))
            run, current = [], font
        run.append(char)
    parts.append(_run(run, current))
    return "".join(parts)


def needs_shaping(text: str) -> bool:
    """Whether ``text`` has letters of a script set in a fallback font (Devanagari and the
    like), whose vowel signs and conjuncts only come out right when shaped."""
    if all(ord(c) < 0x250 for c in text):
        return False
    fallbacks = register_fonts()
    return any(_font_for(c, fallbacks) is not None for c in text)


def _run(chars: list[str], font: str | None) -> str:
    text = escape("".join(chars))
    if not text or font is None:
        return text
    return f'<font face="{font}">{text}</font>'


def plain(text: str) -> str:
    """``text`` for a one-font string drawn on the canvas: characters no main font has are
    replaced, so a header never shows empty boxes."""
    register_fonts()
    covered = _coverage(REGULAR)
    return "".join(c if ord(c) in covered or c.isspace() else "?" for c in text)
