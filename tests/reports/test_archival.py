"""Archival: a report is PDF/A-2b before it is signed, and still after the signature (and after
the server's timestamp): XMP metadata identifying PDF/A-2 level B and mirroring the document
information, an output intent with an embedded sRGB ICC profile, every font embedded, no
device CMYK colour. Read back with pikepdf (veraPDF is not reachable here; the README says what
this does not cover)."""
# ruff: noqa: F811

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest

from inspector.server.authority import AuthorityMaterial, make_crl
from tests.reports.fixtures import SignedReport
from tests.reports.test_report_content import minimal_content
from tests.server.test_sealing import Laptop, authority, laptop  # noqa: F401

PDFA = "{http://www.aiim.org/pdfa/ns/id/}"
DC = "{http://purl.org/dc/elements/1.1/}"
XMP = "{http://ns.adobe.com/xap/1.0/}"
PDF = "{http://ns.adobe.com/pdf/1.3/}"


def _fonts(resources: Any, found: dict[tuple[int, int], Any]) -> None:
    """Every font of ``resources`` and of the form XObjects it draws, however deep."""
    if resources is None:
        return
    for font in resources.get("/Font", {}).values():
        found[font.objgen] = font
    for xobject in resources.get("/XObject", {}).values():
        if xobject.get("/Subtype") == "/Form":
            _fonts(xobject.get("/Resources"), found)


def _drawn(pdf: Any) -> list[Any]:
    """The page contents and the appearance streams of the annotations (the signature stamp).
    PDF/A wants an appearance for every annotation but one of no size (the server's invisible
    timestamp field)."""
    streams = []
    for page in pdf.pages:
        streams.append(page.obj)
        for annotation in page.obj.get("/Annots", []):
            if "/AP" in annotation:
                streams.append(annotation.AP.N)
            else:
                x1, y1, x2, y2 = (float(v) for v in annotation.Rect)
                assert x1 == x2 and y1 == y2, annotation
    return streams


def _keywords(content: bytes) -> str:
    import pikepdf

    with pikepdf.open(io.BytesIO(content)) as pdf:
        xmp = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
        return str(xmp.get(PDF + "Keywords", ""))


def _check_pdfa(content: bytes) -> None:
    import pikepdf

    with pikepdf.open(io.BytesIO(content)) as pdf:
        assert "/Encrypt" not in pdf.trailer
        # XMP: PDF/A-2 level B, and what the document information says, said again.
        stream = pdf.Root.Metadata
        assert "/Filter" not in stream.stream_dict  # PDF/A: the XMP is left readable
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            assert xmp[PDFA + "part"] == "2"
            assert xmp[PDFA + "conformance"] == "B"
            info = pdf.docinfo
            assert xmp[DC + "title"] == str(info.Title)
            assert xmp[DC + "creator"] == [str(info.Author)]
            assert xmp[DC + "description"] == str(info.Subject)
            assert xmp[XMP + "CreatorTool"] == str(info.Creator)
            assert xmp[PDF + "Producer"] == str(info.Producer)
            created = dt.datetime.fromisoformat(xmp[XMP + "CreateDate"])
            assert created == _pdf_date(str(info.CreationDate))
            # No entry that a later update would change in one place and not the other.
            assert not {"/ModDate", "/Keywords", "/Trapped"} & set(info.keys())
        # The output intent: sRGB, its ICC profile embedded.
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3
        icc = profile.read_bytes()
        assert icc[36:40] == b"acsp" and icc[12:16] == b"mntr" and icc[16:20] == b"RGB "
        assert icc[8] <= 4  # PDF/A-2 takes ICC profiles up to version 4
        # Every font embedded: body, header and footer, and the signature stamp.
        fonts: dict[tuple[int, int], Any] = {}
        for drawn in _drawn(pdf):
            _fonts(drawn.get("/Resources"), fonts)
        assert fonts
        for font in fonts.values():
            if font.Subtype == "/Type0":
                font = font.DescendantFonts[0]
            descriptor = font.FontDescriptor
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()), font
        # DeviceRGB and DeviceGray only, which the sRGB output intent covers: no CMYK.
        for drawn in _drawn(pdf):
            for _operands, operator in pikepdf.parse_content_stream(drawn):
                assert str(operator) not in {"k", "K"}
        for annotation in (a for page in pdf.pages for a in page.obj.get("/Annots", [])):
            assert int(annotation.F) & 4  # printed


def _pdf_date(value: str) -> dt.datetime:
    from pyhanko.pdf_utils.generic import parse_pdf_date

    return parse_pdf_date(value)


def test_a_report_is_pdfa_2b_before_signing() -> None:
    from inspector.reports.pdf import build_pdf

    built = build_pdf(minimal_content())
    _check_pdfa(built.content)


def test_the_signed_report_is_still_pdfa_2b(signed_report: SignedReport) -> None:
    _check_pdfa(signed_report.path.read_bytes())


@pytest.mark.slow
def test_pdfa_survives_the_signature_with_a_crl_and_the_server_s_timestamp(
    authority: AuthorityMaterial, laptop: Laptop
) -> None:
    from dataclasses import replace

    from inspector.reports.pdf import build_pdf
    from inspector.reports.signing import sign_pdf
    from inspector.server.sealing import seal_report

    crl = make_crl(authority, [])
    signed = sign_pdf(
        build_pdf(minimal_content()), replace(laptop.material, crls=(crl,)), reason="Report"
    )
    _check_pdfa(signed)
    sealed = seal_report(signed, authority, crl).pdf
    _check_pdfa(sealed)
    # The XMP says the PAdES level the file has reached: B-B as signed, B-LT once sealed.
    assert _keywords(build_pdf(minimal_content()).content) == ""
    assert _keywords(signed) == "PAdES B-B"
    assert _keywords(sealed) == "PAdES B-LT"


@pytest.mark.parametrize(
    ("language", "word"), [("en", "INTERNAL"), ("fr", "INTERNE"), ("es", "INTERNO")]
)
def test_the_internal_report_s_title_says_internal_in_the_xmp_too(language: str, word: str) -> None:
    """Archive systems show the XMP's dc:title; it is the document information's, internal
    mark included, and the agency's version has none."""
    from dataclasses import replace

    import pikepdf

    from inspector.reports.pdf import build_pdf

    for internal in (True, False):
        content = replace(minimal_content(), internal=internal, language=language)
        with pikepdf.open(io.BytesIO(build_pdf(content).content)) as pdf:
            xmp = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
            title = str(xmp[DC + "title"])
            assert title == str(pdf.docinfo.Title)
            assert (word in title) == internal, title
