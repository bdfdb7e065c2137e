"""PAdES B-B signatures with a visible stamp (pyHanko), made in memory: the private key and the
document never touch the disk."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from inspector.reports.certificates import SigningMaterial, describe
from inspector.reports.fonts import font_file
from inspector.reports.pdf import BuiltPdf

FIELD_NAME = "InspectorSignature"
# Noto Sans cut down to Latin, Greek and Cyrillic (about 90 KB): loading a whole font for the
# stamp took a second of every signature. (pyHanko sets glyph widths right only for fonts of
# 1000 units per em, as Noto fonts are; DejaVu has 2048.)
STAMP_FONT = "NotoSans-Stamp.ttf"
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
    ``stamp_text`` may use %(signer)s and %(ts)s."""
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
    )
    style = TextStampStyle(
        stamp_text=stamp_text or "%(signer)s\n%(ts)s",
        timestamp_format="%Y-%m-%d %H:%M:%S UTC",
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(str(font_file(STAMP_FONT))), font_size=8
        ),
        border_width=1,
    )
    field = fields.SigFieldSpec(FIELD_NAME, box=built.signature_box, on_page=built.signature_page)
    pdf_signer = signers.PdfSigner(metadata, signer, stamp_style=style, new_field_spec=field)
    out = io.BytesIO()
    with quiet_libraries():
        writer = IncrementalPdfFileWriter(io.BytesIO(built.content))
        pdf_signer.sign_pdf(
            writer,
            output=out,
            appearance_text_params={"signer": info.common_name},
        )
    return out.getvalue()
