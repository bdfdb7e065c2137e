"""The fonts embedded in reports: DejaVu Sans for Latin, Greek and Cyrillic, and a Noto font
for each other script shipped in ``resources/fonts`` (``inspector/resources/fonts`` in a wheel).
``shaping`` sets each character in a font that has it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

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

    TTFont = _text_font_class()

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
def _text_font_class() -> type:
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class TextFont(TTFont):  # type: ignore[misc]
        """A TrueType font whose private-use codes (glyphs HarfBuzz chose that no character
        maps to: joining forms, ligatures, conjuncts) carry in the ToUnicode map the text
        they stand for, set in ``private_text`` by ``shaping``."""

        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename)
            self.private_text: dict[int, str] = {}

        def addObjects(self, doc: Any) -> None:  # reportlab's name
            state = self.state.get(doc)
            subsets = [list(subset) for subset in state.subsets] if state else []
            super().addObjects(doc)  # forgets the document's subsets
            for number, subset in enumerate(subsets):
                if not any(code in self.private_text for code in subset):
                    continue
                name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
                base = name.decode("pdfdoc")
                texts = [self.private_text.get(code, chr(code)) for code in subset]
                doc.idToObject["toUnicodeCMap:" + base].content = _to_unicode(base, texts)

    return TextFont


def _to_unicode(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap for one subset: code ``i`` stands for ``texts[i]`` (one or more
    characters, UTF-16)."""
    entries = [f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>" for i, text in
               enumerate(texts)]  # fmt: skip
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(texts) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def coverage(name: str) -> frozenset[int]:
    """The characters font ``name`` has (read before any shaped glyph is registered)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(name).face  # type: ignore[attr-defined]
    return frozenset(c for c in face.charToGlyph if not 0xE000 <= c < 0xF900)


def plain(text: str) -> str:
    """``text`` for a one-font string drawn on the canvas: characters no main font has are
    replaced, so a header never shows empty boxes."""
    register_fonts()
    covered = coverage(REGULAR)
    return "".join(c if ord(c) in covered or c.isspace() else "?" for c in text)
