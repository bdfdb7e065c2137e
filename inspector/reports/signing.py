"""PAdES B-B signatures with a visible stamp (pyHanko), made in memory: the private key and the
document never touch the disk. When the laptop holds its authority's current revocation list,
the signature's own revision carries it in the document security store (DSS), so a reader can
check, offline, that the signer's certificate was not revoked when the report was signed."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from inspector.reports.archival import claim_pades_level
from inspector.reports.certificates import SigningMaterial, describe
from inspector.reports.fonts import REGULAR, font_file
from inspector.reports.pdf import BuiltPdf

FIELD_NAME = "InspectorSignature"
# pyHanko's own stamp text is empty: its text box has one font, so a Devanagari signer beside
# a Latin label came out blank. The stamp's text is drawn with the body's fonts and shaping
# (``shaping``) into a page of the stamp's size, which pyHanko lays in as the background.
# A font is still named for the empty text box: Noto Sans cut down to Latin (about 90 KB).
STAMP_FONT = "NotoSans-Stamp.ttf"
STAMP_SIZE, STAMP_LEADING, STAMP_PADDING = 8.0, 10.0, 5.0
_QUIET = ("pyhanko", "pyhanko_certvalidator", "fontTools")


@contextmanager
def quiet_libraries() -> Iterator[None]:
    """pyHanko and fontTools log warnings and tracebacks (subsetting notes, self-signed
    certificates) that mean nothing to an inspector; our own messages say what matters."""
    loggers = [logging.getLogger(name) for name in _QUIET]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def sign_pdf(
    built: BuiltPdf,
    material: SigningMaterial,
    *,
    reason: str,
    location: str = "",
    stamp_text: str = "",
) -> bytes:
    """The built report signed as PAdES B-B, the stamp in the box the layout kept for it.
    ``stamp_text`` may use %(signer)s and %(ts)s (the signing time, UTC)."""
    from inspector.reports.loops import outside_event_loop

    return outside_event_loop(
        lambda: _sign_pdf(built, material, reason=reason, location=location, stamp_text=stamp_text)
    )


def _sign_pdf(
    built: BuiltPdf,
    material: SigningMaterial,
    *,
    reason: str,
    location: str,
    stamp_text: str,
) -> bytes:
    from asn1crypto import keys, x509
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    info = describe(material.certificate)
    signer = signers.SimpleSigner(
        signing_cert=x509.Certificate.load(material.certificate),
        signing_key=keys.PrivateKeyInfo.load(material.private_key),
        cert_registry=SimpleCertificateStore.from_certs(
            [x509.Certificate.load(der) for der in material.chain]
        ),
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location or None,
        name=info.common_name,
        **_revocation_data(material, info.self_signed),
    )
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    text = (stamp_text or "%(signer)s\n%(ts)s") % {"signer": info.common_name, "ts": now}
    x1, y1, x2, y2 = built.signature_box
    style = TextStampStyle(
        stamp_text=" ",
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(str(font_file(STAMP_FONT))), font_size=8
        ),
        border_width=1,
        background=_page_content(stamp_page(text, x2 - x1, y2 - y1)),
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MIN,
            margins=layout.Margins.uniform(0),
            inner_content_scaling=layout.InnerScaling.NO_SCALING,
        ),
    )
    field = fields.SigFieldSpec(FIELD_NAME, box=built.signature_box, on_page=built.signature_page)
    pdf_signer = signers.PdfSigner(metadata, signer, stamp_style=style, new_field_spec=field)
    out = io.BytesIO()
    with quiet_libraries():
        writer = IncrementalPdfFileWriter(io.BytesIO(built.content))
        claim_pades_level(writer, "B-B")  # until the authority's server makes it B-LT
        pdf_signer.sign_pdf(
            writer,
            output=out,
            appearance_text_params={"signer": info.common_name, "ts": now},
        )
    return out.getvalue()


def _revocation_data(material: SigningMaterial, self_signed: bool) -> dict[str, Any]:
    """pyHanko's settings that put the issuer's CRL (and the issuer's certificate) into the
    DSS of the signature's own revision, after checking with them that the signer is not
    revoked; nothing when there is no CRL to embed. Nothing is fetched."""
    if self_signed or not material.crls or not material.chain:
        return {}
    from asn1crypto import x509
    from pyhanko.sign.signers.pdf_signer import DSSContentSettings, SigDSSPlacementPreference
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(
        trust_roots=[x509.Certificate.load(der) for der in material.chain],
        crls=list(material.crls),
        allow_fetching=False,
        revocation_mode="hard-fail",
    )
    return {
        "embed_validation_info": True,
        "validation_context": context,
        # In the signed revision itself: no update after signing, and the signature covers it.
        "dss_settings": DSSContentSettings(
            placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE, include_vri=False
        ),
    }


def stamp_page(text: str, width: float, height: float) -> bytes:
    """The stamp's text, line by line, on a PDF page of the stamp's size (a line too long for
    it is set smaller)."""
    from reportlab.pdfgen.canvas import Canvas

    from inspector.reports.fonts import register_fonts
    from inspector.reports.shaping import draw_string, text_width

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=REGULAR)
    room = width - 2 * STAMP_PADDING
    y = height - STAMP_PADDING - STAMP_SIZE
    for line in text.split("\n"):
        size = STAMP_SIZE
        natural = text_width(line, size)
        if natural > room:
            size = max(4.0, size * room / natural)
        draw_string(canvas, line, STAMP_PADDING, y, size)
        y -= STAMP_LEADING
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _page_content(data: bytes) -> Any:
    """The first page of the PDF ``data`` as pyHanko content (its ImportedPdfPage reads a
    file; the stamp stays in memory)."""
    import binascii
    import uuid

    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class PageInMemory(PdfContent):  # type: ignore[misc]
        def render(self) -> bytes:
            writer = self._ensure_writer
            xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(data)), page_ix=0)
            name = "/Import" + binascii.hexlify(uuid.uuid4().bytes).decode("ascii")
            self.resources.xobject[name] = xobject
            x1, y1, x2, y2 = xobject.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name.encode("ascii") + b" Do"

    return PageInMemory()
