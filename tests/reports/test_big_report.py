"""Acceptance: a report with 100 findings and 30 photos builds, signs and verifies; photos go in
downscaled. Its time is measured by benchmarks/report.py, not here."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.report import make_big_inspection
from inspector.services.reports import create_report
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from tests.reports.fixtures import pdf_text


@pytest.mark.slow
def test_report_with_100_findings_and_30_photos(vault: Vault, tmp_path: Path) -> None:
    from inspector.services.signing import create_certificate

    reference = make_big_inspection(vault, findings=100, photos=30, photo_size=(1600, 1200))
    with UnitOfWork(vault) as uow:
        create_certificate(uow)
    with UnitOfWork(vault) as uow:
        made = create_report(uow, reference)
    path = tmp_path / "big.pdf"
    path.write_bytes(made.content)
    assert made.pages > 20
    assert made.size < 4 * 1024 * 1024  # 30 photos of 1.9 megapixels, downscaled
    text = pdf_text(path)
    assert "F100." in text and "E30" in text
    pdfsig = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    assert "Signature is Valid" in pdfsig.stdout
