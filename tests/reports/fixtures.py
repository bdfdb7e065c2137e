"""Fixtures for report tests, loaded by tests/conftest.py: a demo vault with a signing
certificate, built once per run and copied per test: the demo's locked inspections, its
complaint-driven inspection (locked here), and an inspection whose worker interviews keep the
workers' identities."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.vault.store import Vault, unlock_vault
from tests.conftest import PASSPHRASE, TemplateVault

IDENTITIES = [
    ("Sunita Gurung-Tamang", "+977 9812345670", "PA1234567"),
    ("Rahim Uddin Chowdhury", "+880 1711000111", "BX7654321"),
    ("Maria Clara Dizon", "+63 9171234567", "P9988776A"),
    ("Bekele Tadesse Alemu", "+251 911223344", "EP5544332"),
]
INTERVIEW_NOTE = "Worker described the ledger kept in the back office (private note 7731)."


@dataclass(frozen=True)
class DemoVault:
    folder: Path
    routine: str  # a locked routine inspection
    complaint: str  # the locked complaint-driven inspection
    complaint_reference: str
    complaint_summary: str
    interviewed: str  # a locked inspection whose interviews keep identities
    codes: tuple[str, ...]
    unlocked: str  # an inspection that is not locked


def _build(folder: Path) -> DemoVault:
    from inspector.checklists.library import shipped_form
    from inspector.services.complaints import list_complaints
    from inspector.services.demo import fill_demo
    from inspector.services.evidence import add_attachment
    from inspector.services.inspections import (
        complete_inspection,
        list_inspections,
        lock_inspection,
        record_answer,
        start_inspection,
    )
    from inspector.services.interviews import WorkerIdentityData, add_worker_interview
    from inspector.services.sample_answers import sample_answers
    from inspector.services.signing import create_certificate
    from inspector.services.uow import UnitOfWork
    from inspector.vault.tables import Agency, Inspection, InspectionKind, InspectionStatus

    vault = unlock_vault(folder, PASSPHRASE)
    try:
        fill_demo(vault, agencies=8)
        with UnitOfWork(vault) as uow:
            create_certificate(uow)
        with vault.reading() as session:
            rows = list_inspections(session)
            complaint = list_complaints(session)[-1]
        routine = next(
            r
            for r in rows
            if r.status is InspectionStatus.LOCKED and r.kind is InspectionKind.ROUTINE
        )
        driven = next(r for r in rows if r.kind is InspectionKind.COMPLAINT)
        unlocked = next(r for r in rows if r.status is InspectionStatus.IN_PROGRESS)
        with UnitOfWork(vault) as uow:
            lock_inspection(uow, driven.id)
        form = shipped_form("agency-inspection")
        interview_form = shipped_form("worker-interview")
        rng = random.Random(7)  # noqa: S311 - invented answers
        today = dt.date.today()
        codes = []
        with UnitOfWork(vault) as uow:
            agency_id = uow.session.scalars(select(Agency.id).order_by(Agency.name)).first()
            inspection_id = start_inspection(uow, agency_id, form, team=["Demo Inspector"])
            signature = add_attachment(
                uow, inspection_id, signature_png(), filename="signature.png", caption="Signature"
            )
            answers = sample_answers(
                form, rng, breach_rate=0.2, today=today, attachment=str(signature.id)
            )
            for path, value in answers:
                record_answer(uow, inspection_id, path, value, today=today)
            for name, contact, document in IDENTITIES:
                saved = add_worker_interview(
                    uow,
                    inspection_id,
                    consent_given=True,
                    form=interview_form,
                    language="ne",
                    notes=INTERVIEW_NOTE,
                    identity=WorkerIdentityData(name, contact, document),
                    answers=dict(
                        sample_answers(
                            interview_form,
                            rng,
                            breach_rate=0.5,
                            today=today,
                            given={"consent": "yes"},
                        )
                    ),
                )
                codes.append(saved.code)
            complete_inspection(uow, inspection_id)
            lock_inspection(uow, inspection_id)
            interviewed = uow.session.get(Inspection, inspection_id).reference
    finally:
        vault.close()
    return DemoVault(
        folder=folder,
        routine=routine.reference,
        complaint=driven.reference,
        complaint_reference=complaint.reference,
        complaint_summary=complaint.summary,
        interviewed=interviewed,
        codes=tuple(codes),
        unlocked=unlocked.reference,
    )


def signature_png() -> bytes:
    """A drawn signature: dark strokes on a transparent background."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (360, 120), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.line([(20, 90), (60, 30), (90, 95), (130, 25), (170, 85), (220, 40), (330, 70)],
              fill=(20, 30, 90, 255), width=4)  # fmt: skip
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="session")
def demo_template(
    template_vault: TemplateVault, tmp_path_factory: pytest.TempPathFactory
) -> DemoVault:
    folder = tmp_path_factory.mktemp("demo-template") / "vault"
    shutil.copytree(template_vault.folder, folder)
    return _build(folder)


@pytest.fixture
def demo(demo_template: DemoVault, tmp_path: Path) -> DemoVault:
    folder = tmp_path / "demo-vault"
    shutil.copytree(demo_template.folder, folder)
    return DemoVault(**{**vars(demo_template), "folder": folder})


@pytest.fixture
def demo_vault(demo: DemoVault) -> Iterator[Vault]:
    vault = unlock_vault(demo.folder, PASSPHRASE)
    yield vault
    vault.close()


@dataclass(frozen=True)
class SignedReport:
    path: Path
    certificate_pem: Path


@pytest.fixture(scope="session")
def signed_report(
    demo_template: DemoVault, tmp_path_factory: pytest.TempPathFactory
) -> SignedReport:
    """The agency-facing report of a locked demo inspection, made once (from a copy)."""
    from inspector.services.reports import create_report
    from inspector.services.signing import certificate_pem
    from inspector.services.uow import UnitOfWork

    where = tmp_path_factory.mktemp("signed-report")
    folder = where / "vault"
    shutil.copytree(demo_template.folder, folder)
    with unlock_vault(folder, PASSPHRASE) as vault:
        with UnitOfWork(vault) as uow:
            made = create_report(uow, demo_template.routine)
        with vault.reading() as session:
            pem = certificate_pem(session)
    path = where / "report.pdf"
    path.write_bytes(made.content)
    cert = where / "inspector.pem"
    cert.write_text(pem, "ascii")
    return SignedReport(path, cert)


def pdf_text(path: Path, *extra: str) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *extra, str(path), "-"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return result.stdout
