"""Checking a signed report: is every signature intact, does it cover the document as it is
now, and does it lead to a certificate the reader trusts."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass, field
from typing import Any

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
    upkeep: tuple[str, ...] = ()  # what was added after signing that is allowed (DSS, timestamp)
    revocation: str = ""  # whether the signer's revocation status was checked, and how


@dataclass(frozen=True)
class TimestampCheck:
    """A document timestamp (PAdES B-T and later): an authority's word that the document, as it
    was up to there, existed at ``time``."""

    field: str
    time: dt.datetime | None
    authority: str  # the timestamping authority's name
    intact: bool
    trusted: bool
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValidationData:
    """What the document security store (DSS) holds, so the signatures can be checked later
    without asking anyone (PAdES B-LT)."""

    certificates: int
    crls: int
    ocsp_responses: int


@dataclass(frozen=True)
class Verification:
    signatures: tuple[SignatureCheck, ...]
    problems: tuple[str, ...] = field(default=())
    timestamps: tuple[TimestampCheck, ...] = ()
    validation_data: ValidationData | None = None  # None: no DSS in the file

    @property
    def intact(self) -> bool:
        return (
            bool(self.signatures)
            and not self.problems
            and all(s.intact and s.unchanged_since for s in self.signatures)
            and all(t.intact for t in self.timestamps)
        )

    @property
    def trusted(self) -> bool:
        return self.intact and all(s.trusted for s in self.signatures)

    @property
    def pades_level(self) -> str:
        """The PAdES baseline level the file shows, as ``server/sealing`` names them: "B-B"
        (signed, as a laptop makes it, a CRL embedded or not), "B-T" (and a document
        timestamp), "B-LT" (and the validation data to check it all later); "" unsigned."""
        if not self.signatures:
            return ""
        if not any(t.intact for t in self.timestamps):
            return "B-B"
        data = self.validation_data
        if data is not None and data.certificates and (data.crls or data.ocsp_responses):
            return "B-LT"
        return "B-T"


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
    """Check every signature and document timestamp of ``content``. Trust comes only from
    ``trust_roots`` (DER): a self-signed certificate is not trusted unless given there.
    Certificates and revocation lists the file's DSS holds are used (a signer the embedded CRL
    revokes is not trusted); nothing is fetched from the network."""
    from inspector.reports.loops import outside_event_loop

    return outside_event_loop(lambda: _verify_pdf(content, trust_roots))


def _verify_pdf(content: bytes, trust_roots: list[bytes] | None) -> Verification:
    from asn1crypto import x509
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp

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
    signatures = [s for s in embedded if s.sig_object_type != "/DocTimeStamp"]
    if not signatures:
        return Verification((), (_("The document carries no signature."),))
    dss, validation_data = _read_dss(reader)
    checks = []
    for signature in signatures:
        try:
            with quiet_libraries():
                status = validate_pdf_signature(
                    signature, _context(roots, dss), diff_policy=_strict_policy()
                )
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
        changes, upkeep = _after_signing(reader, content, signature.signed_revision)
        if changes and not _only_upkeep(signature):
            changes.append(
                _("Content was added or changed after signing (an incremental update alters it).")
            )
        checks.append(_check(signature.field_name or "", status, changes, upkeep, validation_data))
    stamps = []
    for stamp in embedded:
        if stamp.sig_object_type != "/DocTimeStamp":
            continue
        try:
            with quiet_libraries():
                stamp_status = validate_pdf_timestamp(stamp, _context(roots, dss))
        except Exception:  # as above: unreadable means not intact
            stamps.append(
                TimestampCheck(
                    field=stamp.field_name or "",
                    time=None,
                    authority="",
                    intact=False,
                    trusted=False,
                    problems=(_("The timestamp could not be checked: the file is damaged."),),
                )
            )
            continue
        stamps.append(_timestamp_check(stamp.field_name or "", stamp_status))
    return Verification(tuple(checks), timestamps=tuple(stamps), validation_data=validation_data)


def _read_dss(reader: Any) -> tuple[Any, ValidationData | None]:
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import ValidationInfoReadingError

    try:
        with quiet_libraries():
            dss = DocumentSecurityStore.read_dss(reader)
            certificates = len(list(dss.load_certs()))
    except (ValidationInfoReadingError, ValueError, KeyError, TypeError):
        return None, None
    return dss, ValidationData(certificates, len(dss.crls), len(dss.ocsps))


def _context(roots: list[Any], dss: Any) -> Any:
    """A fresh validation context per check (pyHanko caches in it): the trust roots, plus the
    DSS's certificates and revocation data when there is a DSS; never fetching. When the file
    carries revocation data, a certificate it does not cover is not trusted (hard-fail)."""
    from pyhanko_certvalidator import ValidationContext

    settings: dict[str, Any] = {"trust_roots": roots, "allow_fetching": False}
    if dss is not None and (dss.crls or dss.ocsps):
        settings["revocation_mode"] = "hard-fail"
    if dss is None:
        return ValidationContext(**settings)
    return dss.as_validation_context(settings)


def _timestamp_check(field_name: str, status: Any) -> TimestampCheck:
    problems = []
    intact = bool(status.intact and status.valid)
    if not intact:
        problems.append(_("The timestamped content was changed after timestamping."))
    trusted = bool(status.trusted)
    if not trusted:
        problems.append(
            _("The timestamping authority's certificate does not lead to a trusted certificate.")
        )
    cert = status.signing_cert
    name = cert.subject.native.get("common_name")
    return TimestampCheck(
        field=field_name,
        time=status.timestamp,
        authority=str(name) if name else cert.subject.human_friendly,
        intact=intact,
        trusted=trusted,
        problems=tuple(problems),
    )


def _strict_policy() -> Any:
    """pyHanko's default rules for what may be added after signing, less form filling (a
    report is not a form). Its rules let /Info change freely: ``_after_signing`` names what
    changed there, and anything but the date and producer a writer renews is a change."""
    from pyhanko.sign.diff_analysis import (
        CatalogModificationRule,
        DocInfoRule,
        DSSCompareRule,
        FormUpdatingRule,
        MetadataUpdateRule,
        ModificationLevel,
        ObjectStreamRule,
        SigFieldCreationRule,
        SigFieldModificationRule,
        StandardDiffPolicy,
        XrefStreamRule,
    )

    upkeep = ModificationLevel.LTA_UPDATES
    return StandardDiffPolicy(
        global_rules=[
            CatalogModificationRule(),
            DocInfoRule().as_qualified(upkeep),
            XrefStreamRule().as_qualified(upkeep),
            ObjectStreamRule().as_qualified(upkeep),
            DSSCompareRule().as_qualified(upkeep),
            MetadataUpdateRule().as_qualified(upkeep),
        ],
        form_rule=FormUpdatingRule(
            field_rules=[SigFieldCreationRule(), SigFieldModificationRule()]
        ),
    )


def _only_upkeep(signature: Any) -> bool:
    """Whether pyHanko's default rules, which allow /Info and metadata updates besides
    signature upkeep, find nothing else added after ``signature``."""
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel

    try:
        with quiet_libraries():
            result = signature.evaluate_modifications(DEFAULT_DIFF_POLICY)
    except Exception:  # unreadable changes are not upkeep
        return False
    level = getattr(result, "modification_level", None)
    return level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)


def _after_signing(
    reader: Any, content: bytes, signed_revision: int
) -> tuple[list[str], list[str]]:
    """What was done to the file after the revision a signature covers, named: changes that
    make it no longer the signed document, and allowed upkeep (validation data, a document
    timestamp)."""
    changes: list[str] = []
    upkeep: list[str] = []
    end = content.rfind(b"%%EOF")
    if end < 0 or content[end + len(b"%%EOF") :].strip():
        changes.append(_("Data was appended after the end of the document (after %%EOF)."))
    last = reader.xrefs.total_revisions - 1
    if last <= signed_revision:
        return changes, upkeep
    try:
        old = reader.get_historical_resolver(signed_revision)
        old_info = _info(reader, old.trailer_view, signed_revision)
        new_info = _info(reader, reader.trailer, last)
        # Any writer of an update, the server's timestamping too, renews ModDate and Producer.
        changed = sorted(
            key.lstrip("/")
            for key in set(old_info) | set(new_info)
            if old_info.get(key) != new_info.get(key) and key not in _WRITER_KEYS
        )
        if changed:
            changes.append(
                _("The document information was changed after signing: {keys}.").format(
                    keys=", ".join(changed)
                )
            )
        old_root, new_root = old.root, reader.root
        if "/DSS" in new_root and (
            "/DSS" not in old_root or old_root.raw_get("/DSS") != new_root.raw_get("/DSS")
        ):
            upkeep.append(_("validation data (DSS) added by the server"))
        for revision in range(signed_revision + 1, last + 1):
            for ref in reader.xrefs.explicit_refs_in_revision(revision):
                found = reader.get_object(ref, revision=revision)
                if getattr(found, "get", None) and found.get("/Type") == "/DocTimeStamp":
                    upkeep.append(_("a document timestamp added by the server"))
    except Exception:
        changes.append(_("The changes made after signing could not be read."))
    return changes, sorted(set(upkeep))


_WRITER_KEYS = {"/ModDate", "/Producer"}


def _info(reader: Any, trailer: Any, revision: int) -> dict[str, str]:
    """The document information dictionary as it was in ``revision``."""
    from pyhanko.pdf_utils import generic

    if "/Info" not in trailer:
        return {}
    info = trailer.raw_get("/Info")
    if isinstance(info, generic.IndirectObject):
        info = reader.get_object(info.reference, revision=revision)
    return {str(key): str(info.raw_get(key)) for key in info}


def _check(
    field_name: str,
    status: object,
    changes: list[str] | None = None,
    upkeep: list[str] | None = None,
    validation_data: ValidationData | None = None,
) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    problems = []
    intact = bool(status.intact and status.valid)  # type: ignore[attr-defined]
    if not intact:
        problems.append(_("The signed content was changed after signing."))
    coverage = status.coverage  # type: ignore[attr-defined]
    level = status.modification_level  # type: ignore[attr-defined]
    unchanged = not changes and (
        coverage == SignatureCoverageLevel.ENTIRE_FILE
        or (
            coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
        )
    )
    problems += changes or []
    if not unchanged and not changes:
        problems.append(
            _("Content was added or changed after signing (an incremental update alters it).")
        )
    trusted = bool(status.trusted)  # type: ignore[attr-defined]
    if status.revoked:  # type: ignore[attr-defined]
        trusted = False
        problems.append(_("The signer's certificate has been revoked."))
    elif not trusted:
        problems.append(_("The signer's certificate does not lead to a trusted certificate."))
    cert = status.signing_cert  # type: ignore[attr-defined]
    revocation = _revocation(cert, status, validation_data)
    return SignatureCheck(
        field=field_name,
        signer=cert.subject.human_friendly,
        signing_time=status.signer_reported_dt,  # type: ignore[attr-defined]
        intact=intact,
        unchanged_since=unchanged,
        trusted=trusted,
        problems=tuple(problems),
        signer_fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
        upkeep=tuple(upkeep or ()),
        revocation=revocation,
    )


def _revocation(cert: Any, status: Any, data: ValidationData | None) -> str:
    """Whether the signer's certificate was checked for revocation, and against what, in a
    sentence; or why it was not."""
    if cert.issuer == cert.subject:
        return _("Revocation not applicable: a self-signed certificate cannot be revoked.")
    if data is None or not (data.crls or data.ocsp_responses):
        return _(
            "Revocation NOT checked: the file carries no CRL or OCSP answer (it was signed "
            "without the authority's revocation list), and nothing is fetched."
        )
    if data.crls and data.ocsp_responses:
        source = _("CRL and OCSP answer")
    elif data.crls:
        source = _("CRL")
    else:
        source = _("OCSP answer")
    if status.revoked:
        return _("Revocation checked ({source} embedded): REVOKED.").format(source=source)
    if status.trusted:
        return _("Revocation checked ({source} embedded, not revoked).").format(source=source)
    if status.validation_path is None or _no_chain(status):
        return _(
            "Revocation NOT checked: the signer's certificate does not lead to a certificate "
            "you trust, so its issuer's {source} cannot be relied on."
        ).format(source=source)
    return _(
        "Revocation NOT checked: the {source} embedded does not cover this certificate, or is "
        "out of date."
    ).format(source=source)


def _no_chain(status: Any) -> bool:
    from pyhanko.sign.ades.report import AdESIndeterminate

    return bool(status.trust_problem_indic == AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND)
