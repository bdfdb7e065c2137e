"""Text in any script, set right: each character in a font that has it (spaces, punctuation
and digits stay in the font of the words around them), runs shaped with HarfBuzz (uharfbuzz),
ordered by the Unicode bidirectional algorithm (python-bidi) and right-aligned when a paragraph
is right-to-left. Each drawn line carries its text as written (an ActualText span), so copying
and searching give back the logical text, not the shaped glyphs.

reportlab draws Latin, Greek and Cyrillic text itself; this module is for text that has
characters of another script or runs right to left, and for the running header and footer."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from inspector.reports.fonts import BOLD, REGULAR, coverage, register_fonts

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

# Characters that belong to no script of their own: they stay in the run they are in when its
# font has them, so "नेपाल-Gulf" keeps its hyphen in the Devanagari font.
_COMMON = {"Zs", "Po", "Pd", "Ps", "Pe", "Pi", "Pf", "Pc", "Nd", "Sm", "Sc", "Sk", "So", "Cf"}
_MARKS = {"Mn", "Mc", "Me"}
_RTL = {"R", "AL", "RLE", "RLO", "RLI"}


@dataclass(frozen=True)
class Glyph:
    gid: int
    advance: float  # in thousandths of the font size
    dx: float
    dy: float
    text: str  # what the glyph stands for in the text layer ("" for a mark of another glyph)


@dataclass(frozen=True)
class Run:
    font: str  # a registered reportlab font name
    text: str  # as written (logical order)
    rtl: bool
    glyphs: tuple[Glyph, ...]  # in visual order, left to right

    def width(self, size: float) -> float:
        return sum(g.advance for g in self.glyphs) * size / 1000


@dataclass(frozen=True)
class Line:
    text: str  # as written
    runs: tuple[Run, ...]  # in visual order, left to right
    rtl: bool = False  # the direction of its paragraph: a right-to-left line is right-aligned

    def width(self, size: float) -> float:
        return sum(run.width(size) for run in self.runs)


def needs_engine(text: str) -> bool:
    """Whether ``text`` needs more than reportlab's own one-font, left-to-right drawing."""
    if all(ord(c) < 0x0590 for c in text):
        return False
    covered = coverage(REGULAR)
    return any(
        ord(c) not in covered or unicodedata.bidirectional(c) in _RTL or _prefer_fallback(c)
        for c in text
        if not c.isspace()
    )


def _prefer_fallback(char: str) -> bool:
    """Scripts past Cyrillic and Armenian are set in their Noto font even where DejaVu has
    the letters: DejaVu's Arabic does not join."""
    code = ord(char)
    return code >= 0x0590 and not (0x1D00 <= code < 0x2C00) and char.isalpha()


def _font_of(char: str, main: str, fallbacks: tuple[str, ...]) -> str:
    code = ord(char)
    order = (*fallbacks, main) if _prefer_fallback(char) else (main, *fallbacks)
    for name in order:
        if code in coverage(name):
            return name
    return main  # drawn as the main font's missing glyph, never silently dropped


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (font, part) pieces, in logical order."""
    main = BOLD if bold else REGULAR
    fallbacks = register_fonts()
    fonts: list[str | None] = []
    for char in text:
        category = unicodedata.category(char)
        if category in _MARKS or category in _COMMON or char.isspace():
            fonts.append(None)
        else:
            fonts.append(_font_of(char, main, fallbacks))
    # Common characters take the font of the letters before them (or after, at the start) when
    # that font has them; marks always stay with their letter.
    resolved: list[str] = []
    for i, char in enumerate(text):
        font = fonts[i]
        if font is None:
            before = resolved[-1] if resolved else None
            after = next((f for f in fonts[i + 1 :] if f is not None), None)
            category = unicodedata.category(char)
            for candidate in (before, after, main):
                if candidate is None:
                    continue
                if category in _MARKS and candidate == before:
                    font = candidate
                    break
                if ord(char) in coverage(candidate) or category == "Cf":
                    font = candidate
                    break
            else:
                font = _font_of(char, main, fallbacks)
        resolved.append(font)
    pieces: list[tuple[str, str]] = []
    for char, font in zip(text, resolved, strict=True):
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + char)
        else:
            pieces.append((font, char))
    return pieces


def base_rtl(text: str) -> bool:
    """Whether a paragraph runs right to left: its first strong character is."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _levels(text: str, rtl: bool) -> list[int]:
    """The bidirectional embedding level of each character (rules up to I2 of UAX #9)."""
    from bidi import algorithm

    if not text:
        return []
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [1 if rtl else 0] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    # L1: whitespace at the end of the line takes the paragraph's level.
    for i in range(len(text) - 1, -1, -1):
        if not text[i].isspace():
            break
        levels[i] = 1 if rtl else 0
    return levels


@cache
def _hb_font(name: str) -> Any:
    import uharfbuzz as hb
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face  # type: ignore[attr-defined]
    hb_face = hb.Face(hb.Blob(face._ttf_data))
    font = hb.Font(hb_face)
    return font, 1000 / hb_face.upem


@lru_cache(maxsize=8192)
def _shape(font: str, text: str, rtl: bool) -> tuple[Glyph, ...]:
    import uharfbuzz as hb

    hb_font, scale = _hb_font(font)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buffer, {})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    texts = _glyph_texts(font, text, [info.cluster for info in infos], [i.codepoint for i in infos])
    return tuple(
        Glyph(
            info.codepoint,
            pos.x_advance * scale,
            pos.x_offset * scale,
            pos.y_offset * scale,
            part[::-1] if rtl else part,  # read back right to left, like the glyphs
        )
        for info, pos, part in zip(infos, positions, texts, strict=True)
    )


def _glyph_texts(font: str, text: str, clusters: list[int], glyphs: list[int]) -> list[str]:
    """The text each glyph stands for: a glyph that is a character's own glyph stands for
    that character; the rest of its cluster goes to the cluster's first other glyph."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    starts = sorted(set(clusters))
    ends = {start: [*starts, len(text)][i + 1] for i, start in enumerate(starts)}
    found = [""] * len(glyphs)
    for start in starts:
        members = [i for i, c in enumerate(clusters) if c == start]
        rest = text[start : ends[start]]
        without = []
        for i in members:
            own = next((chr(c) for c in face.glyphToChar.get(glyphs[i], ()) if chr(c) in rest), "")
            if own and len(members) > 1:
                found[i] = own
                rest = rest.replace(own, "", 1)
            else:
                without.append(i)
        if without:
            found[without[0]] = rest
        elif rest:
            found[members[0]] += rest
    return found


def shape_line(text: str, rtl: bool, bold: bool = False) -> Line:
    """One line of text, shaped and in visual order."""
    levels = _levels(text, rtl)
    fonts: list[str] = []
    for font, part in font_runs(text, bold):
        fonts += [font] * len(part)
    pieces: list[tuple[int, str, str]] = []  # level, font, text
    for char, level, font in zip(text, levels, fonts, strict=True):
        if pieces and pieces[-1][0] == level and pieces[-1][1] == font:
            pieces[-1] = (level, font, pieces[-1][2] + char)
        else:
            pieces.append((level, font, char))
    runs = [
        Run(font, part, level % 2 == 1, _shape(font, part, level % 2 == 1))
        for level, font, part in pieces
    ]
    run_levels = [level for level, _font, _part in pieces]
    # L2: from the highest level down to the lowest odd one, reverse every stretch of runs at
    # that level or above.
    if run_levels:
        lowest_odd = min((lv for lv in run_levels if lv % 2), default=None)
        if lowest_odd is not None:
            for level in range(max(run_levels), lowest_odd - 1, -1):
                i = 0
                while i < len(runs):
                    if run_levels[i] >= level:
                        j = i
                        while j < len(runs) and run_levels[j] >= level:
                            j += 1
                        runs[i:j] = runs[i:j][::-1]
                        run_levels[i:j] = run_levels[i:j][::-1]
                        i = j
                    else:
                        i += 1
    return Line(text, tuple(runs), rtl)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return shape_line(text, base_rtl(text), bold).width(size)


def break_lines(text: str, width: float, size: float, bold: bool = False) -> list[Line]:
    """``text`` broken into lines no wider than ``width`` (a word wider than that is cut),
    each shaped; a newline starts a new line. The paragraph direction is the text's."""
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        rtl = base_rtl(paragraph) if paragraph.strip() else base_rtl(text)
        words = paragraph.split(" ")
        current = ""
        for word in words:
            candidate = word if not current else current + " " + word
            if not current or text_width(candidate, size, bold) <= width:
                current = candidate
                if text_width(current, size, bold) > width:
                    current = _cut(current, width, size, bold, rtl, lines)
                continue
            lines.append(shape_line(current, rtl, bold))
            current = word
            if text_width(current, size, bold) > width:
                current = _cut(current, width, size, bold, rtl, lines)
        lines.append(shape_line(current, rtl, bold))
    return lines


def _cut(text: str, width: float, size: float, bold: bool, rtl: bool, lines: list[Line]) -> str:
    """Put whole lines of an over-long word into ``lines``, cut between characters (never
    before a mark); what is left over."""
    while text and text_width(text, size, bold) > width:
        end = len(text) - 1
        while end > 1 and (
            text_width(text[:end], size, bold) > width or unicodedata.category(text[end]) in _MARKS
        ):
            end -= 1
        lines.append(shape_line(text[:end], rtl, bold))
        text = text[end:]
    return text


def _code_for(font: str, glyph: Glyph) -> str:
    """A character code that draws ``glyph`` of ``font``: the character it stands for where
    that is its own glyph, otherwise a private-use code registered with reportlab's subsetter,
    whose ToUnicode entry is the text the glyph stands for."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    if len(glyph.text) == 1 and face.charToGlyph.get(ord(glyph.text)) == glyph.gid:
        return glyph.text
    codes = _private_codes(font)
    key = (glyph.gid, glyph.text)
    if key not in codes:
        code = max([0xE000 - 1, *codes.values()]) + 1
        while code in face.charToGlyph:
            code += 1
        codes[key] = code
        face.charToGlyph[code] = glyph.gid
        face.glyphToChar.setdefault(glyph.gid, []).append(code)
        hb_font, scale = _hb_font(font)
        face.charWidths[code] = round(hb_font.get_glyph_h_advance(glyph.gid) * scale)
        pdfmetrics.getFont(font).private_text[code] = glyph.text or "\u200b"
    return chr(codes[key])


@cache
def _private_codes(font: str) -> dict[tuple[int, str], int]:
    return {}


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


_LRM = "\u200e"
_CORE = {"R", "AL", "NSM", "WS", "BN"}  # what a right-to-left stretch holds between its letters
_BREAK = {"L", "EN", "AN"}  # what a text extractor takes as the end of a right-to-left stretch


def extraction_order(text: str) -> str:
    """``text`` (as written) in the order text extractors read back from an ActualText span.

    pdftotext (poppler) takes an ActualText span for text in page order, as it takes glyphs:
    it reverses each stretch that starts with a right-to-left letter and runs up to the next
    left-to-right letter or digit. So each right-to-left stretch is given reversed, and a
    left-to-right mark (invisible) ends it where spaces or punctuation follow it, which would
    otherwise be reversed into it: "سفر 12 عاملا" comes back as written, with the mark before
    " 12". poppler reads a page with more right-to-left letters than left-to-right ones the
    other way round; there, a line that mixes Arabic with digits or Latin comes back with its
    stretches in page order (the reports' labels keep their pages left to right)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if unicodedata.bidirectional(text[i]) not in ("R", "AL"):
            out.append(text[i])
            i += 1
            continue
        end = i
        j = i
        while j < len(text) and unicodedata.bidirectional(text[j]) in _CORE:
            if unicodedata.bidirectional(text[j]) in ("R", "AL"):
                end = j + 1
            j += 1
        out.append(text[i:end][::-1])
        if end < len(text) and unicodedata.bidirectional(text[end]) not in _BREAK:
            out.append(_LRM)
        i = end
    return "".join(out)


def draw_line(text_object: PDFTextObject, line: Line, x: float, y: float, size: float) -> None:
    """Draw ``line`` with its left end at (x, y) on the baseline, carrying its text as written
    in ActualText spans, so copying and searching give back what was written: an Indic vowel
    sign drawn before the consonant it follows is read back after it, and a line with
    right-to-left runs is read back in the order it was written (one span for the line, in
    the order extractors expect, see ``extraction_order``). The glyphs of a right-to-left run
    also map to their text through the fonts' ToUnicode maps."""
    mixed = any(run.rtl for run in line.runs)
    if mixed:
        actual = _actual_text(extraction_order(line.text))
        text_object._code.append(f"/Span <</ActualText {actual}>> BDC")
    pen = x
    for run in line.runs:
        if not mixed:
            text_object._code.append(f"/Span <</ActualText {_actual_text(run.text)}>> BDC")
        for glyph in run.glyphs:
            text_object.setFont(run.font, size)
            text_object.setTextOrigin(pen + glyph.dx * size / 1000, y + glyph.dy * size / 1000)
            text_object.textOut(_code_for(run.font, glyph))
            pen += glyph.advance * size / 1000
        if not mixed:
            text_object._code.append("EMC")
    if mixed:
        text_object._code.append("EMC")


def draw_string(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> None:
    """One line on the canvas with the body's fonts and shaping (header, footer, marks)."""
    font = BOLD if bold else REGULAR
    if not needs_engine(text):
        canvas.setFont(font, size)
        draw = {
            "left": canvas.drawString,
            "right": canvas.drawRightString,
            "centre": canvas.drawCentredString,
        }[align]
        draw(x, y, text)
        return
    line = shape_line(text, base_rtl(text), bold)
    width = line.width(size)
    start = {"left": x, "right": x - width, "centre": x - width / 2}[align]
    text_object = canvas.beginText()
    draw_line(text_object, line, start, y, size)
    canvas.drawText(text_object)


def paragraph(text: str, style: Any) -> Any:
    """A flowable like reportlab's Paragraph for plain ``text`` in any script: broken into
    lines, each shaped and ordered; right-aligned when the paragraph runs right to left."""
    from reportlab.platypus import Flowable

    class ShapedParagraph(Flowable):  # type: ignore[misc]
        def __init__(self, text: str, style: Any, lines: list[Line] | None = None) -> None:
            super().__init__()
            self.text, self.style, self.lines = text, style, lines
            self.fixed = lines is not None
            self.bold = style.fontName == BOLD

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            # The parts of a split paragraph keep the lines they were given.
            if not self.fixed and getattr(self, "wrapped_for", None) != available_width:
                self.lines = break_lines(self.text, available_width, self.style.fontSize, self.bold)
                self.wrapped_for = available_width
            self.width = available_width
            self.height = len(self.lines or ()) * self.style.leading
            return available_width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            self.wrap(available_width, available_height)
            lines = self.lines or []
            fit = int(available_height // self.style.leading)
            if fit < 1 or fit >= len(lines):
                return [] if fit < 1 else [self]
            first = ShapedParagraph(self.text, self.style, lines[:fit])
            rest = ShapedParagraph(self.text, self.style, lines[fit:])
            first.spaceAfter = 0
            rest.spaceBefore = 0
            return [first, rest]

        def draw(self) -> None:
            size, leading = self.style.fontSize, self.style.leading
            canvas = self.canv
            canvas.saveState()
            canvas.setFillColor(self.style.textColor)
            text_object = canvas.beginText()
            y = self.height - size
            for line in self.lines or []:  # each paragraph of the text aligned by its own direction
                x = self.width - line.width(size) if line.rtl else 0.0
                draw_line(text_object, line, x, y, size)
                y -= leading
            canvas.drawText(text_object)
            canvas.restoreState()

    return ShapedParagraph(text, style)
