"""What a report shows and never shows: headings in the chosen language, no worker code or
identity, no trace of a complaint in the agency's version, the internal version marked on every
page, and only locked inspections reported."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from inspector.errors import InvalidTransition
from inspector.reports.content import (
    AgencyInfo,
    FindingEntry,
    ReportContent,
    ScoreSummary,
    VisitInfo,
)
from inspector.services.reports import create_report, list_reports
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import Complaint, WorkerIdentity, WorkerInterview
from tests.reports.fixtures import IDENTITIES, INTERVIEW_NOTE, DemoVault, pdf_text


def minimal_content(**changes: object) -> ReportContent:
    now = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
    content = ReportContent(
        language="en",
        internal=False,
        authority="Department of Foreign Employment",
        inspector="Demo Inspector",
        issued_at=now,
        visit=VisitInfo("INS-2026-TEST-0001", "routine", False, "Recruitment agency inspection"),
        agency=AgencyInfo("Everest Manpower नेपाल", "NP-RA-00001"),
        score=ScoreSummary(4, "low", False, {"minor": 1}),
        findings=(FindingEntry(1, "minor", "Fee schedule not posted"),),
    )
    return ReportContent(**{**vars(content), **changes})  # type: ignore[arg-type]


def _report(vault: Vault, reference: str, tmp_path: Path, **options: object) -> Path:
    with UnitOfWork(vault) as uow:
        made = create_report(uow, reference, **options)  # type: ignore[arg-type]
    name = "-".join(str(v) for v in options.values()) or "report"
    path = tmp_path / f"{reference}-{name}.pdf"
    path.write_bytes(made.content)
    return path


def test_french_report_has_french_headings(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    text = pdf_text(_report(demo_vault, demo.routine, tmp_path, language="fr"))
    headings = ["Rapport d'inspection", "Synthèse", "Constats par gravité", "Constats"]
    headings += ["Mesures correctives", "Preuves", "Signature de l'inspecteur", "Page 1 sur"]
    for heading in headings:
        assert heading in text, heading
    assert "Corrective actions" not in text and "Summary" not in text
    # Checklist wording comes from the form in French too, derived finding titles included.
    assert "Inspection d'une agence de recrutement" in text


def test_no_interviewee_code_or_identity_anywhere(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    with demo_vault.reading() as session:
        stored = session.query(WorkerIdentity).count()
        codes = [c for (c,) in session.query(WorkerInterview.code).all()]
    assert stored >= len(IDENTITIES) and set(demo.codes) <= set(codes)
    secrets = [*codes, INTERVIEW_NOTE, "private note 7731"]
    for name, contact, document in IDENTITIES:
        secrets += [name, *name.split(), contact, document]
    for internal in (False, True):
        path = _report(demo_vault, demo.interviewed, tmp_path, internal=internal)
        text = pdf_text(path)
        raw = path.read_bytes()
        assert "Worker interviews (aggregate)" in text
        for secret in secrets:
            assert secret not in text, secret
            assert secret.encode() not in raw, secret
        if not internal:
            assert "fewer than 3" in text or "Workers interviewed\n\n4" in text


def test_complaint_driven_visit_leaves_no_trace_in_the_agency_report(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    path = _report(demo_vault, demo.complaint, tmp_path)
    text = pdf_text(path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    with demo_vault.reading() as session:
        complaint = session.query(Complaint).filter_by(reference=demo.complaint_reference).one()
        traces = [complaint.reference, complaint.summary, complaint.complainant_code]
    traces += ["Complaint-driven", "complaint-driven", "Origin of the inspection", "CMP-"]
    traces += ["(demo) Complainant One", "followed a complaint"]
    for trace in traces:
        assert trace not in text, trace
        assert trace not in info, trace
    assert "Routine inspection" in text
    assert "INTERNAL" not in text

    internal = pdf_text(_report(demo_vault, demo.complaint, tmp_path, internal=True))
    assert demo.complaint_reference in internal
    assert "Complaint-driven inspection" in internal
    assert complaint.summary not in internal  # the summary may name the complainant


def test_internal_report_is_marked_on_every_page_and_never_by_default(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    path = _report(demo_vault, demo.routine, tmp_path, internal=True)
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(path)], capture_output=True, text=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    assert pages > 2
    for page in range(1, pages + 1):
        text = pdf_text(path, "-f", str(page), "-l", str(page))
        assert "INTERNAL — CONFIDENTIAL" in text, page
        assert f"Page {page} of {pages}" in text and demo.routine in text
    default = pdf_text(_report(demo_vault, demo.routine, tmp_path))
    assert "INTERNAL" not in default and "Confidential annexes" not in default
    with demo_vault.reading() as session:
        rows = list_reports(session, demo.routine)
    assert [r.internal for r in rows] == [True, False]


def test_letter_and_a4_paper(demo: DemoVault, demo_vault: Vault, tmp_path: Path) -> None:
    for paper, size in (("letter", "612 x 792"), ("a4", "595.276 x 841.89")):
        path = _report(demo_vault, demo.routine, tmp_path, paper=paper)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        assert size in info, info


def test_an_unlocked_inspection_cannot_be_reported(demo: DemoVault, demo_vault: Vault) -> None:
    refused = pytest.raises(InvalidTransition, match="only a locked inspection can be reported")
    with refused, UnitOfWork(demo_vault) as uow:
        create_report(uow, demo.unlocked)
    with demo_vault.reading() as session:
        assert list_reports(session, demo.unlocked) == []


def test_scripts_outside_latin_are_embedded_and_extractable(tmp_path: Path) -> None:
    from inspector.reports.pdf import build_pdf

    path = tmp_path / "scripts.pdf"
    agency = AgencyInfo("एभरेस्ट म्यानपावर · এভারেস্ট · ኤቨረስት · Эверест", "NP-RA-00001")
    path.write_bytes(build_pdf(minimal_content(agency=agency)).content)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    for font in ("NotoSansDevanagari", "NotoSansBengali", "NotoSansEthiopic", "DejaVuSans"):
        assert font in fonts, fonts
    assert "Эверест" in pdf_text(path)
