"""PDF/A-2b (ISO 19005-2, level B) for a report before it is signed: XMP metadata that says so
and mirrors the document information, and an output intent with an embedded sRGB ICC profile.
The report's fonts are already embedded (reportlab subsets, ``fonts``), and it has no
transparency, JavaScript, encryption or external content.

It is one incremental update of the file reportlab made, in memory. The signature that follows
(``signing``) and the server's timestamp (``server/sealing``) are incremental updates too, which
PDF/A allows: pyHanko renews the XMP's modification date and producer in each, and the document
information is left with no entry it would let drift from the XMP (no ModDate; Producer is
pyHanko's, as in the XMP).

The XMP also says which PAdES baseline level the file has reached (``claim_pades_level``):
"PAdES B-B" once the laptop has signed, "PAdES B-LT" once the authority's server has added its
validation data and timestamp (``server/sealing``), in pdf:Keywords, an XMP-only property here
(the document information has no Keywords to disagree with it).

What is checked, and what is not (no validator such as veraPDF is reachable here), is in the
README under Reports."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
# /Info entries without a counterpart kept in step with the XMP by pyHanko's later updates.
_DROPPED = ("/ModDate", "/Keywords", "/Trapped")


def claim_pades_level(writer: Any, level: str) -> None:
    """Say in the XMP of the update ``writer`` (a pyHanko writer) is about to write that the
    file is PAdES ``level`` ("B-B", "B-LT"). A file without XMP is left as it is."""
    from pyhanko.pdf_utils.metadata import model, xmp_xml

    if "/Metadata" not in writer.root:
        return
    stream = writer.root["/Metadata"]  # resolved: .get would give the reference
    if not isinstance(stream, xmp_xml.MetadataStream):
        return
    fields = {name: value for root in stream.xmp for name, value in root}
    fields[model.ExpandedName(model.NS["pdf"], "Keywords")] = model.XmpValue(f"PAdES {level}")
    # One rdf:Description, which pyHanko re-serialises with its own updates when it writes.
    stream._xmp = [model.XmpStructure(fields)]
    writer.update_container(stream)


def srgb_profile() -> bytes:
    """An sRGB ICC profile (display class, about 600 bytes), made by LittleCMS through Pillow
    rather than shipped as a file."""
    from PIL import ImageCms

    profile: bytes = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return profile


def make_archival(content: bytes) -> bytes:
    """``content`` (a PDF without XMP metadata, as reportlab writes it) as PDF/A-2b."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.metadata import model, xmp_xml

    writer = IncrementalPdfFileWriter(io.BytesIO(content))
    info_ref = writer.trailer.raw_get("/Info")
    info = info_ref.get_object()
    for key in _DROPPED:
        info.pop(key, None)
    # pyHanko appends its name to any other producer, and writes its name alone in the XMP.
    info["/Producer"] = generic.TextStringObject(model.VENDOR)
    writer.mark_update(info_ref)

    meta = writer.document_meta
    meta.title = _text(info, "/Title")
    meta.author = _text(info, "/Author")
    meta.subject = _text(info, "/Subject")
    meta.creator = _text(info, "/Creator")
    meta.created = _date(info)
    pdfaid = model.NS["pdfaid"]
    identification = model.XmpStructure.of(
        (model.ExpandedName(pdfaid, "part"), model.XmpValue(PDFA_PART)),
        (model.ExpandedName(pdfaid, "conformance"), model.XmpValue(PDFA_CONFORMANCE)),
    )
    # A metadata stream of pyHanko's kind: each later writer (this one, the signature, the
    # server's timestamp) merges the document information into it, in one rdf:Description.
    writer.root[generic.pdf_name("/Metadata")] = writer.add_object(
        xmp_xml.MetadataStream.from_xmp([identification])
    )

    profile = generic.StreamObject(
        {generic.pdf_name("/N"): generic.NumberObject(3)}, stream_data=srgb_profile()
    )
    profile.compress()
    intent = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/OutputIntent"),
            generic.pdf_name("/S"): generic.pdf_name("/GTS_PDFA1"),
            generic.pdf_name("/OutputConditionIdentifier"): generic.TextStringObject(
                OUTPUT_CONDITION
            ),
            generic.pdf_name("/Info"): generic.TextStringObject(OUTPUT_CONDITION),
            generic.pdf_name("/DestOutputProfile"): writer.add_object(profile),
        }
    )
    writer.root[generic.pdf_name("/OutputIntents")] = generic.ArrayObject(
        [writer.add_object(intent)]
    )
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)  # pyHanko adds ``meta`` to the XMP here
    return out.getvalue()


def _text(info: Any, key: str) -> str | None:
    value = info.get(key)
    return str(value) if value else None


def _date(info: Any) -> dt.datetime | None:
    from pyhanko.pdf_utils.generic import parse_pdf_date

    raw = info.get("/CreationDate")
    if not raw:
        return None
    try:
        return parse_pdf_date(str(raw))
    except ValueError:
        return None
