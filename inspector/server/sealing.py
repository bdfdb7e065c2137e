"""Upgrading an uploaded report from PAdES B-B to B-LT: its signatures are checked against the
authority, then one incremental update adds the validation data (CA and TSA certificates, the
CRL) to the document security store and a document timestamp from the server's own TSA over
all of it. Everything is in memory and nothing is fetched: the CRL comes from the caller.

Validating the result: pyHanko's classic validation with revocation required and a validation
context built from the file's DSS alone says intact and trusted (see tests/server). pyHanko 0.38's
AdES engine (``ades_lta_validation``) reports such a file INDETERMINATE with "No signature
timestamp present": it insists on a timestamp inside the signature itself, which an offline
laptop cannot obtain and which cannot be added afterwards without rewriting the signed
revision; a document timestamp is what PAdES (ETSI EN 319 142-1) allows for B-T here."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper, TimestampDSSContentSettings
from pyhanko.sign.validation import (
    EmbeddedPdfSignature,
    SignatureCoverageLevel,
    collect_validation_info,
    validate_pdf_signature,
    validate_pdf_timestamp,
)
from pyhanko_certvalidator import ValidationContext

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.reports.archival import claim_pades_level
from inspector.reports.certificates import describe
from inspector.reports.loops import outside_event_loop
from inspector.reports.signing import quiet_libraries
from inspector.server.authority import AuthorityMaterial, AuthorityTimeStamper

TIMESTAMP_FIELD = "AuthorityTimestamp"
SIGNATURE = "/Sig"
DOCUMENT_TIMESTAMP = "/DocTimeStamp"


@dataclass(frozen=True)
class SealResult:
    pdf: bytes  # the upgraded file: the original bytes and one incremental update
    signer: str  # common name of the (first) signer
    signer_fingerprint: str  # SHA-256 of the signer's certificate (DER), hex
    timestamp: dt.datetime  # the time in the document timestamp, UTC


def seal_report(pdf: bytes, material: AuthorityMaterial, crl_der: bytes) -> SealResult:
    """Check ``pdf``'s signatures and upgrade it to PAdES B-LT. Refused with InvalidInput and
    a plain reason when it is not a PDF, carries no signature, was altered, was signed by a
    certificate this authority did not issue, or by one the CRL revokes. ``crl_der`` is the
    authority's current CRL (make_crl): it must not be past its next update."""
    return outside_event_loop(lambda: _seal(pdf, material, crl_der))


def _seal(pdf: bytes, material: AuthorityMaterial, crl_der: bytes) -> SealResult:
    ca = x509.load_der_x509_certificate(material.ca_certificate)
    crl = _current_crl(ca, crl_der)
    reader = _read_pdf(pdf)
    embedded = list(reader.embedded_signatures)
    signatures = [s for s in embedded if s.sig_object_type == SIGNATURE]
    if not signatures:
        raise InvalidInput(_("The report carries no signature: sign it before sending it."))
    context = _validation_context(material, crl_der)
    for signature in signatures:
        _check_signature(signature, ca, crl, context)
    for stamp in embedded:
        if stamp.sig_object_type == DOCUMENT_TIMESTAMP:
            _check_timestamp(stamp, context)
    with quiet_libraries():
        paths = asyncio.run(_validation_paths(signatures, context))
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        claim_pades_level(writer, "B-LT")  # the XMP said B-B since the laptop signed it
        names = {s.field_name for s in embedded}
        field, number = TIMESTAMP_FIELD, 1
        while field in names:  # a report sealed before gets a second timestamp
            number += 1
            field = f"{TIMESTAMP_FIELD}{number}"
        output = PdfTimeStamper(AuthorityTimeStamper(material), field_name=field).timestamp_pdf(
            writer,
            "sha256",
            validation_context=context,
            validation_paths=paths,
            # The DSS goes in before the timestamp, so the timestamp covers it: one update.
            dss_settings=TimestampDSSContentSettings(update_before_ts=True, include_vri=False),
        )
    sealed = output.getvalue()
    signer = signatures[0].signer_cert.dump()
    return SealResult(
        pdf=sealed,
        signer=describe(signer).common_name,
        signer_fingerprint=hashlib.sha256(signer).hexdigest(),
        timestamp=_token_time(timestamp_token_of(sealed)),
    )


async def _validation_paths(
    signatures: list[EmbeddedPdfSignature], context: ValidationContext
) -> list[Any]:
    """The signers' certificate paths; validating them records the CRL in ``context``."""
    return [path for s in signatures for path in await collect_validation_info(s, context)]


def _current_crl(ca: x509.Certificate, crl_der: bytes) -> x509.CertificateRevocationList:
    try:
        crl = x509.load_der_x509_crl(crl_der)
        signed = crl.issuer == ca.subject and crl.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
    except (ValueError, TypeError):
        signed = False
    if not signed:
        raise InvalidInput(_("The revocation list given is not this authority's CRL."))
    next_update = crl.next_update_utc
    if next_update is None or next_update <= dt.datetime.now(dt.UTC):
        raise InvalidInput(
            _("The authority's revocation list is out of date: the server must issue a new one.")
        )
    return crl


def _read_pdf(pdf: bytes) -> PdfFileReader:
    if b"%PDF-" not in pdf[:1024]:  # readers allow a little junk before the header
        raise InvalidInput(_("The file is not a PDF."))
    try:
        with quiet_libraries():
            reader = PdfFileReader(io.BytesIO(pdf), strict=False)
            if reader.encrypted:
                raise InvalidInput(_("The report is encrypted; only plain signed PDFs are taken."))
            list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        raise InvalidInput(_("The file is not a readable PDF.")) from None
    return reader


def _validation_context(material: AuthorityMaterial, crl_der: bytes) -> ValidationContext:
    """Trust the authority's CA alone, require revocation information for every certificate
    below it, and fetch nothing: the CRL given is the only source."""
    return ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(material.ca_certificate)],
        other_certs=[asn1_x509.Certificate.load(material.tsa_certificate)],
        crls=[crl_der],
        allow_fetching=False,
        revocation_mode="require",
    )


def _issued_by(cert: x509.Certificate, ca: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _check_signature(
    signature: EmbeddedPdfSignature,
    ca: x509.Certificate,
    crl: x509.CertificateRevocationList,
    context: ValidationContext,
) -> None:
    try:
        with quiet_libraries():
            status = validate_pdf_signature(signature, context)
    except Exception:  # pyHanko raises many kinds on a damaged signature
        raise InvalidInput(
            _("The report's signature could not be checked: the file is damaged.")
        ) from None
    if not (status.intact and status.valid):
        raise InvalidInput(
            _("The report was altered after it was signed: its signature no longer matches.")
        )
    unchanged = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and status.modification_level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
    )
    if not unchanged:
        raise InvalidInput(
            _("Content was added to the report after it was signed: send the file as signed.")
        )
    cert = x509.load_der_x509_certificate(signature.signer_cert.dump())
    if not _issued_by(cert, ca):
        raise InvalidInput(
            _(
                "The report was signed with a certificate this authority did not issue: "
                "enrol the laptop, then make the report again."
            )
        )
    if crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None:
        raise InvalidInput(
            _(
                "The certificate that signed the report has been revoked: the report cannot "
                "be accepted."
            )
        )
    if not status.trusted:
        raise InvalidInput(
            _(
                "The certificate that signed the report is not valid: expired, not yet valid, "
                "or not meant for signing reports."
            )
        )


def _check_timestamp(stamp: EmbeddedPdfSignature, context: ValidationContext) -> None:
    try:
        with quiet_libraries():
            status = validate_pdf_timestamp(stamp, context)
        intact = status.intact and status.valid
    except Exception:
        intact = False
    if not intact:
        raise InvalidInput(_("A timestamp in the report no longer matches its content."))


def timestamp_token_of(pdf: bytes) -> bytes:
    """The DER of the last document timestamp's token (a CMS SignedData ContentInfo), as
    ``openssl ts -verify -token_in`` reads it. Its message imprint is the hash of the bytes the
    timestamp's /ByteRange covers."""
    reader = _read_pdf(pdf)
    stamps = [s for s in reader.embedded_signatures if s.sig_object_type == DOCUMENT_TIMESTAMP]
    if not stamps:
        raise InvalidInput(_("The file carries no document timestamp."))
    return bytes(cms.ContentInfo.load(stamps[-1].pkcs7_content).dump())


def _token_time(token_der: bytes) -> dt.datetime:
    signed_data = cms.ContentInfo.load(token_der)["content"]
    info = signed_data["encap_content_info"]["content"].parsed
    return info["gen_time"].native.astimezone(dt.UTC)  # type: ignore[no-any-return]
