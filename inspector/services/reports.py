"""Reports of locked inspections: build, sign, store in the vault with their hash, list."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, InvalidTransition, NotFound
from inspector.i18n import _, translation
from inspector.reports.certificates import check_signing_certificate, describe
from inspector.reports.pdf import build_pdf
from inspector.reports.signing import sign_pdf
from inspector.reports.style import PAPERS
from inspector.services.inspections import find_inspection
from inspector.services.profile import get_profile, same_name
from inspector.services.report_content import report_content
from inspector.services.signing import signing_material
from inspector.services.uow import UnitOfWork
from inspector.vault.seal import inspection_digest, sign_head
from inspector.vault.tables import Inspection, InspectionStatus, Report
from inspector.vault.types import utcnow

LANGUAGES = ("en", "fr", "es")


@dataclass(frozen=True)
class ReportMade:
    id: uuid.UUID
    reference: str
    sha256: str
    size: int
    pages: int
    content: bytes


@dataclass(frozen=True)
class ReportRow:
    id: uuid.UUID
    created_at: dt.datetime
    language: str
    internal: bool
    paper: str
    sha256: str
    size: int
    signer: str


def _reportable(session: Session, reference_or_id: str) -> Inspection:
    inspection = find_inspection(session, reference_or_id)
    if inspection.status is not InspectionStatus.LOCKED:
        raise InvalidTransition(
            _(
                "Inspection {reference} is {status}: only a locked inspection can be reported. "
                "Complete and lock it first, so that the report shows what cannot change."
            ).format(reference=inspection.reference, status=inspection.status.value)
        )
    return inspection


def _signer_name(session: Session, certificate: bytes) -> str:
    """The name a report prints as its signer: the certificate's subject, the name the
    signature is checked against, never the profile's name beside it. A profile that names
    the inspector otherwise is refused, saying how to make them agree. (A certificate the
    authority issued at enrolment carries the name the authority holds, which the profile may
    spell differently.)"""
    info = describe(certificate)
    profile = get_profile(session)
    if profile is None or not profile.name.strip() or same_name(profile.name, info.common_name):
        return info.common_name
    names = {"profile": profile.name, "certificate": info.common_name}
    problem = _(
        "The profile names the inspector '{profile}', but the signing certificate is made out "
        "to '{certificate}'. A report is signed, and printed, in the certificate's name only, "
        "so no report was made."
    ).format(**names)
    if info.self_signed:
        cli = _(
            "Set the profile's name to the certificate's (inspector profile --name "
            "'{certificate}'), or make a new certificate from the profile (inspector cert "
            "create --replace)."
        )
        window = _(
            "In Settings, set the profile's name to '{certificate}', or make a new certificate "
            "from the profile."
        )
    else:
        cli = _(
            "The authority issued that certificate: set the profile's name to the "
            "certificate's (inspector profile --name '{certificate}'), or ask the authority "
            "for a certificate in your name."
        )
        window = _(
            "The authority issued that certificate: in Settings, set the profile's name to "
            "'{certificate}', or ask the authority for a certificate in your name."
        )
    raise InvalidInput(problem + " " + cli.format(**names)).in_window(
        problem + " " + window.format(**names)
    )


def create_report(
    uow: UnitOfWork,
    reference_or_id: str,
    *,
    language: str = "en",
    internal: bool = False,
    paper: str = "a4",
) -> ReportMade:
    """Build the report of a locked inspection, sign it with the vault's certificate and keep
    the signed file in the vault. Agency-facing unless ``internal``."""
    if language not in LANGUAGES:
        raise InvalidInput(
            _("Reports are made in {languages}; not in '{language}'.").format(
                languages=", ".join(LANGUAGES), language=language
            )
        )
    if paper not in PAPERS:
        raise InvalidInput(
            _("Unknown paper size '{paper}'; use one of: {choices}.").format(
                paper=paper, choices=", ".join(PAPERS)
            )
        )
    session = uow.session
    inspection = _reportable(session, reference_or_id)
    material = signing_material(session)
    check_signing_certificate(material)
    signer_name = _signer_name(session, material.certificate)
    content = report_content(
        session, inspection, language=language, internal=internal, issued_at=utcnow()
    )
    content = replace(content, inspector=signer_name)
    built = build_pdf(content, paper)
    t = translation(language).gettext
    signed = sign_pdf(
        built,
        material,
        reason=t("Inspection report {reference}").format(reference=inspection.reference),
        location=content.authority,
        stamp_text=t(
            "Digitally signed by %(signer)s\n%(ts)s\n{authority}\n"
            "Certificate serial {serial}\nReport {reference}"
        ).format(
            # The stamp text is %-formatted with the signer and time: a % in a name is text.
            authority=(content.authority or t("Licensing authority")).replace("%", "%%"),
            serial=describe(material.certificate).serial_number.upper(),
            reference=inspection.reference,
        ),
    )
    digest = hashlib.sha256(signed).hexdigest()
    signer = describe(material.certificate)
    report = Report(
        id=uuid.uuid4(),
        inspection_id=inspection.id,
        language=language,
        internal=internal,
        paper=paper,
        sha256=digest,
        size=len(signed),
        signer=signer.subject,
        signer_fingerprint=signer.fingerprint,
        content=signed,
    )
    uow.changed(
        report,
        "report.created",
        inspection_id=inspection.id,
        details={
            "sha256": digest,
            "language": language,
            "internal": internal,
            "paper": paper,
            "signer": signer.fingerprint,
            # The content the report was built from ('audit verify' re-computes it).
            "inspection_digest": inspection_digest(session, inspection.id),
        },
    )
    sign_head(session, uow.actor)  # re-hashing the trail past this point needs the signing key
    return ReportMade(report.id, inspection.reference, digest, len(signed), built.pages, signed)


def list_reports(session: Session, reference_or_id: str) -> list[ReportRow]:
    inspection = find_inspection(session, reference_or_id)
    rows = session.execute(
        select(
            Report.id,
            Report.created_at,
            Report.language,
            Report.internal,
            Report.paper,
            Report.sha256,
            Report.size,
            Report.signer,
        )
        .where(Report.inspection_id == inspection.id)
        .order_by(Report.created_at)
    )
    return [ReportRow(*row) for row in rows]


def report_file(session: Session, report_id: uuid.UUID) -> bytes:
    """The signed file as stored; its SHA-256 is checked against the one recorded."""
    report = session.get(Report, report_id)
    if report is None:
        raise NotFound(_("No report with id {id}.").format(id=report_id))
    if hashlib.sha256(report.content).hexdigest() != report.sha256:
        raise InvalidInput(
            _("The stored report {id} does not match its SHA-256.").format(id=report_id)
        )
    return report.content
