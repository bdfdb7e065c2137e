"""Names in every script an agency uses, set right: a report whose agency, inspector, authority,
findings and evidence are in Nepali, Bengali, Sinhala, Arabic, Amharic and Tagalog builds; the
glyphs each page draws are the ones HarfBuzz gives for each string, its font and its direction
after the bidirectional algorithm (read back from the content stream with pikepdf, glyphs
compared by outline); pdftotext gives each string back as written, in logical order."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from inspector.reports.content import (
    AgencyInfo,
    EvidenceEntry,
    FindingEntry,
    ReportContent,
    ScoreSummary,
    VisitInfo,
)
from inspector.reports.fonts import fonts_dir

DEVA, BENG, SINH = (
    "NotoSansDevanagari-Regular",
    "NotoSansBengali-Regular",
    "NotoSansSinhala-Regular",
)
ARAB, ETHI, LATIN = "NotoSansArabic-Regular", "NotoSansEthiopic-Regular", "DejaVuSans"

# Each string with the runs it is drawn in, left to right on the page: font, text, right to left.
STRINGS: dict[str, list[tuple[str, str, bool]]] = {
    "वैदेशिक रोजगार विभाग": [(DEVA, "वैदेशिक रोजगार विभाग", False)],  # the authority
    "রহিম উদ্দিন চৌধুরী": [(BENG, "রহিম উদ্দিন চৌধুরী", False)],  # the inspector
    "नेपाल-Gulf Overseas Pvt. Ltd.": [  # the agency: the hyphen stays in Devanagari's font
        (DEVA, "नेपाल-", False),
        (LATIN, "Gulf Overseas Pvt. Ltd.", False),
    ],
    "شارع الملك فهد، الرياض": [(ARAB, "شارع الملك فهد، الرياض", True)],
    "සුනිල් පෙරේරා": [(SINH, "සුනිල් පෙරේරා", False)],
    "የክፍያ መዝገብ አልተገኘም።": [(ETHI, "የክፍያ መዝገብ አልተገኘም።", False)],
    "Hindi nakapaskil ang listahan ng bayarin": [
        (LATIN, "Hindi nakapaskil ang listahan ng bayarin", False)
    ],
    "احتجاز جوازات سفر 12 عاملا": [  # digits run left to right inside right-to-left text
        (ARAB, " عاملا", True),
        (ARAB, "12", False),
        (ARAB, "احتجاز جوازات سفر ", True),
    ],
    "रसिद-receipt.png": [(DEVA, "रसिद-", False), (LATIN, "receipt.png", False)],
    "রসিদের ছবি, ২০২৬": [(BENG, "রসিদের ছবি, ২০২৬", False)],
    # a right-to-left file name with Latin and digits: the Latin runs left of the Arabic
    "عقد العمل contract-2026.pdf": [
        (LATIN, "contract-2026.pdf", False),
        (ARAB, "عقد العمل ", True),
    ],
    # Arabic inside a left-to-right caption: the comma after it stays in its font
    "Employer: شركة الخليج للتوظيف, Riyadh": [
        (LATIN, "Employer: ", False),
        (ARAB, "شركة الخليج للتوظيف", True),
        (ARAB, ", ", False),
        (LATIN, "Riyadh", False),
    ],
}


def _content() -> ReportContent:
    now = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
    findings = (
        FindingEntry(1, "major", "የክፍያ መዝገብ አልተገኘም።", notes="සුනිල් පෙරේරා"),
        FindingEntry(2, "minor", "Hindi nakapaskil ang listahan ng bayarin", evidence_numbers=(1,)),
        FindingEntry(3, "critical", "احتجاز جوازات سفر 12 عاملا"),
    )
    evidence = (
        EvidenceEntry(1, "रसिद-receipt.png", "রসিদের ছবি, ২০২৬", "image/png", 1200, "ab" * 32),
        EvidenceEntry(
            2,
            "عقد العمل contract-2026.pdf",
            "Employer: شركة الخليج للتوظيف, Riyadh",
            "application/pdf",
            5200,
            "cd" * 32,
        ),
    )
    return ReportContent(
        language="en",
        internal=False,
        authority="वैदेशिक रोजगार विभाग",
        inspector="রহিম উদ্দিন চৌধুরী",
        issued_at=now,
        visit=VisitInfo("INS-2026-TEST-0016", "routine", False, "Recruitment agency inspection"),
        agency=AgencyInfo(
            "नेपाल-Gulf Overseas Pvt. Ltd.",
            "NP-RA-00016",
            address="شارع الملك فهد، الرياض",
            responsible_person="සුනිල් පෙරේරා",
        ),
        score=ScoreSummary(40, "high", True, {"critical": 1, "major": 1, "minor": 1}),
        findings=findings,
        evidence=evidence,
    )


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from inspector.reports.pdf import build_pdf

    path = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    path.write_bytes(build_pdf(_content()).content)
    return path


# --- glyphs, compared by outline (a subset font renumbers its glyphs) ---


def _outline(glyph_set: Any, name: str) -> tuple[Any, ...]:
    from fontTools.pens.recordingPen import DecomposingRecordingPen

    pen = DecomposingRecordingPen(glyph_set)
    glyph_set[name].draw(pen)
    return tuple((op, tuple(args)) for op, args in pen.value)


@cache
def _font(file: str) -> Any:
    from fontTools.ttLib import TTFont

    return TTFont(str(fonts_dir() / (file + ".ttf")))


def _expected(runs: list[tuple[str, str, bool]], bold_latin: bool) -> list[tuple[str, Any]]:
    """What HarfBuzz draws for the runs: (font family, outline) per glyph, left to right."""
    import uharfbuzz as hb

    found = []
    for file, text, rtl in runs:
        if file == LATIN and bold_latin:
            file = "DejaVuSans-Bold"
        blob = hb.Blob.from_file_path(str(fonts_dir() / (file + ".ttf")))
        font = hb.Font(hb.Face(blob))
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        hb.shape(font, buffer, {})
        tt = _font(file)
        order = tt.getGlyphOrder()
        glyph_set = tt.getGlyphSet()
        found += [(file, _outline(glyph_set, order[g.codepoint])) for g in buffer.glyph_infos]
    return found


def _drawn(path: Path) -> list[tuple[str, Any]]:
    """Every glyph the pages draw, in the order drawn: (font, outline). Form XObjects and
    annotation appearances (the signature stamp) are read where they are drawn."""
    import pikepdf

    drawn: list[tuple[str, Any]] = []
    embedded: dict[Any, Any] = {}
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            _read(page.obj, page.Resources, drawn, embedded)
            for annot in page.obj.get("/Annots", []):
                if "/AP" in annot:
                    appearance = annot.AP.N
                    _read(appearance, appearance.get("/Resources", {}), drawn, embedded)
    return drawn


def _read(stream: Any, resources: Any, drawn: list[Any], embedded: dict[Any, Any]) -> None:
    import pikepdf
    from fontTools.ttLib import TTFont

    fonts = resources.get("/Font", {})
    current = None
    for operands, operator in pikepdf.parse_content_stream(stream):
        name = str(operator)
        if name == "Tf":
            font = fonts[operands[0]]
            key = font.objgen
            if key not in embedded and "/FontDescriptor" in font:
                tt = TTFont(io.BytesIO(font.FontDescriptor.FontFile2.read_bytes()))
                family = str(font.BaseFont).split("+", 1)[-1]
                embedded[key] = (family, tt["cmap"].tables[0].cmap, tt.getGlyphSet())
            current = embedded.get(key)
        elif name in ("Tj", "TJ") and current:
            family, cmap, glyph_set = current
            parts = operands[0] if name == "TJ" else [operands[0]]
            for part in parts:
                if isinstance(part, pikepdf.String):
                    for code in bytes(part):
                        drawn.append((family, _outline(glyph_set, cmap[code])))
        elif name == "Do":
            xobject = resources.XObject[operands[0]]
            if xobject.get("/Subtype") == "/Form":
                _read(xobject, xobject.get("/Resources", resources), drawn, embedded)


def _contains(haystack: list[Any], needle: list[Any]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def test_the_visual_runs_are_the_bidirectional_algorithm_s_order() -> None:
    """The expected runs above put the characters where python-bidi's algorithm puts them."""
    from bidi import get_display

    for text, runs in STRINGS.items():
        visual = "".join(part[::-1] if rtl else part for _font, part, rtl in runs)
        assert visual == get_display(text), text


def test_each_string_is_drawn_with_the_glyphs_harfbuzz_gives(scripts_pdf: Path) -> None:
    drawn = _drawn(scripts_pdf)
    for text, runs in STRINGS.items():
        assert _contains(drawn, _expected(runs, False)) or _contains(
            drawn, _expected(runs, True)
        ), f"{text!r} is not drawn as HarfBuzz shapes it"


def test_the_running_header_draws_the_authority_shaped(scripts_pdf: Path) -> None:
    import pikepdf

    with pikepdf.open(scripts_pdf) as pdf:
        pages = len(pdf.pages)
    expected = _expected(STRINGS["वैदेशिक रोजगार विभाग"], False)
    drawn = _drawn(scripts_pdf)
    times = sum(drawn[i : i + len(expected)] == expected for i in range(len(drawn)))
    assert times >= pages + 1, (times, pages)  # every page's header and the letterhead


@pytest.mark.parametrize("mode", [[], ["-layout"]], ids=["reading-order", "layout"])
def test_pdftotext_gives_each_string_back_as_written(scripts_pdf: Path, mode: list[str]) -> None:
    """Every string comes back whole and in the order it was written: Devanagari, Bengali and
    Sinhala with their vowel signs after their consonants, Arabic with its digits, commas and
    Latin words where they were written, not where they stand on the page. pdftotext wraps
    right-to-left stretches in embedding marks and the report ends a stretch with a
    left-to-right mark: invisible direction marks, dropped before comparing."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *mode, str(scripts_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", text)
    missing = [string for string in STRINGS if string not in text]
    assert not missing, missing


def test_nothing_is_drawn_as_a_missing_glyph(scripts_pdf: Path) -> None:
    drawn = _drawn(scripts_pdf)
    notdef = {(family, _outline(_font(family).getGlyphSet(), ".notdef")) for family, _o in drawn
              if family in {DEVA, BENG, SINH, ARAB, ETHI, LATIN, "DejaVuSans-Bold"}}  # fmt: skip
    assert not [glyph for glyph in drawn if glyph in notdef]


def test_the_signature_stamp_draws_a_devanagari_signer_and_the_authority(tmp_path: Path) -> None:
    from inspector.reports.certificates import create_self_signed
    from inspector.reports.pdf import build_pdf
    from inspector.reports.signing import sign_pdf

    signer = "सुनीता गुरुङ-Tamang"
    content = _content()
    signed = sign_pdf(
        build_pdf(content),
        create_self_signed(signer),
        reason="Inspection report",
        stamp_text=f"Signed by %(signer)s\n%(ts)s\n{content.authority}",
    )
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    checked = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in checked, checked
    # The stamp is drawn last: signer and authority, shaped, in its appearance.
    drawn = _drawn(path)
    stamp = drawn[-200:]
    name = [(DEVA, "सुनीता गुरुङ-", False), (LATIN, "Tamang", False)]
    assert _contains(stamp, _expected([(LATIN, "Signed by ", False), *name], False))
    assert _contains(stamp, _expected(STRINGS[content.authority], False))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert f"Signed by {signer}" in text and content.authority in text


def test_a_right_to_left_paragraph_is_right_aligned(scripts_pdf: Path) -> None:
    """In the agency table the Arabic address ends at the value column's right edge, where
    the licence number above it starts at its left edge."""
    boxes = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(scripts_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = [
        (float(x1), float(x2), word)
        for x1, x2, word in re.findall(r'xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]+)<', boxes)
    ]
    licence = next(x1 for x1, _x2, word in words if word == "NP-RA-00016")
    arabic = [x2 for _x1, x2, word in words if any("\u0600" <= c <= "\u06ff" for c in word)]
    width = 595.28 - 2 * 56  # A4 less the margins
    assert licence < 56 + width / 2 - 20
    assert max(arabic) > 56 + width - 20, (licence, arabic)


def test_each_paragraph_of_a_cell_takes_its_own_direction(scripts_pdf: Path) -> None:
    """In the evidence list, an Arabic file name is right-aligned; the left-to-right caption
    and file type under it start at the column's left edge, like those of the file above."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(scripts_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = re.findall(r'xMin="([\d.]+)"[^>]*>([^<]+)<', boxes)

    def start(prefix: str) -> float:  # a span drawn in one go is one "word" to pdftotext
        return next(float(x1) for x1, word in words if word.startswith(prefix))

    left = start("image/png")
    assert abs(start("application/pdf") - left) < 1, words
    assert abs(start("Employer:") - left) < 1, words
    assert start("لمعلا") > left + 40, words  # the Arabic file name, read as drawn
