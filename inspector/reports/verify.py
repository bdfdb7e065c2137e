"""Checking a signed report: is every signature intact, does it cover the document as it is
now, and does it lead to a certificate the reader trusts."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass, field

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.reports.signing import quiet_libraries


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str
    signing_time: dt.datetime | None
    intact: bool  # the signed bytes are unchanged and the signature matches them
    unchanged_since: bool  # nothing but signature upkeep was added after it
    trusted: bool
    problems: tuple[str, ...] = ()
    signer_fingerprint: str = ""  # SHA-256 of the signer certificate (DER), hex


@dataclass(frozen=True)
class Verification:
    signatures: tuple[SignatureCheck, ...]
    problems: tuple[str, ...] = field(default=())

    @property
    def intact(self) -> bool:
        return (
            bool(self.signatures)
            and not self.problems
            and all(s.intact and s.unchanged_since for s in self.signatures)
        )

    @property
    def trusted(self) -> bool:
        return self.intact and all(s.trusted for s in self.signatures)


def load_trust_roots(pem_or_der: bytes) -> list[bytes]:
    """Certificates (DER) from a PEM file with one or more, or from a single DER file."""
    from asn1crypto import pem

    if pem.detect(pem_or_der):
        found = [
            der
            for kind, _headers, der in pem.unarmor(pem_or_der, multiple=True)
            if kind == "CERTIFICATE"
        ]
    else:
        found = [pem_or_der]
    if not found:
        raise InvalidInput(_("The trust file holds no certificate."))
    return found


def verify_pdf(content: bytes, trust_roots: list[bytes] | None = None) -> Verification:
    """Check every signature of ``content``. Trust comes only from ``trust_roots`` (DER): a
    self-signed certificate is not trusted unless given there. Nothing is fetched from the
    network."""
    from asn1crypto import x509
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for der in trust_roots or []:
        try:
            roots.append(x509.Certificate.load(der))
            roots[-1].native  # noqa: B018 - parse now, so a bad file is reported here
        except ValueError:
            raise InvalidInput(_("A trust certificate could not be read.")) from None
    try:
        with quiet_libraries():
            reader = PdfFileReader(io.BytesIO(content), strict=False)
            embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError):
        return Verification((), (_("The file is not a readable PDF."),))
    if not embedded:
        return Verification((), (_("The document carries no signature."),))
    checks = []
    for signature in embedded:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        try:
            with quiet_libraries():
                status = validate_pdf_signature(signature, context)
        except Exception:  # any failure to check means "not intact"
            checks.append(
                SignatureCheck(
                    field=signature.field_name or "",
                    signer="",
                    signing_time=None,
                    intact=False,
                    unchanged_since=False,
                    trusted=False,
                    problems=(_("The signature could not be checked: the file is damaged."),),
                )
            )
            continue
        checks.append(_check(signature.field_name or "", status))
    return Verification(tuple(checks))


def _check(field_name: str, status: object) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    problems = []
    intact = bool(status.intact and status.valid)  # type: ignore[attr-defined]
    if not intact:
        problems.append(_("The signed content was changed after signing."))
    coverage = status.coverage  # type: ignore[attr-defined]
    level = status.modification_level  # type: ignore[attr-defined]
    unchanged = coverage == SignatureCoverageLevel.ENTIRE_FILE or (
        coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
    )
    if not unchanged:
        problems.append(
            _("Content was added or changed after signing (an incremental update alters it).")
        )
    trusted = bool(status.trusted)  # type: ignore[attr-defined]
    if not trusted:
        problems.append(_("The signer's certificate does not lead to a trusted certificate."))
    cert = status.signing_cert  # type: ignore[attr-defined]
    return SignatureCheck(
        field=field_name,
        signer=cert.subject.human_friendly,
        signing_time=status.signer_reported_dt,  # type: ignore[attr-defined]
        intact=intact,
        unchanged_since=unchanged,
        trusted=trusted,
        problems=tuple(problems),
        signer_fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
    )
