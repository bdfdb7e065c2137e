"""Acceptance: a signed report of a demo inspection verifies with our verifier and with poppler's
pdfsig, qpdf finds no structural problem, and any change after signing is detected."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from inspector.reports.verify import verify_pdf
from tests.conftest import run_cli
from tests.reports.fixtures import SignedReport


def _pem_der(path: Path) -> bytes:
    from inspector.reports.verify import load_trust_roots

    return load_trust_roots(path.read_bytes())[0]


def test_report_verifies_with_pdfsig_and_qpdf_finds_no_problem(
    signed_report: SignedReport,
) -> None:
    pdfsig = subprocess.run(
        ["pdfsig", str(signed_report.path)], capture_output=True, text=True, timeout=60
    )
    assert "Signature is Valid" in pdfsig.stdout, pdfsig.stdout + pdfsig.stderr
    assert "Total document signed" in pdfsig.stdout
    qpdf = subprocess.run(
        ["qpdf", "--check", str(signed_report.path)], capture_output=True, text=True, timeout=60
    )
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    assert "No syntax or stream encoding errors" in qpdf.stdout
    assert "WARNING" not in qpdf.stdout + qpdf.stderr


def test_every_font_is_embedded(signed_report: SignedReport) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(signed_report.path)], capture_output=True, text=True, timeout=60
    ).stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        columns = line.split()
        assert columns[-5] == "yes", line  # the "emb" column


def test_verify_reports_signer_time_intact_and_trust(signed_report: SignedReport) -> None:
    untrusted = run_cli("verify", str(signed_report.path))
    assert untrusted.returncode == 9, untrusted.stdout + untrusted.stderr
    assert "Demo Inspector" in untrusted.stdout
    assert "Signing time: 20" in untrusted.stdout
    assert "Intact: yes" in untrusted.stdout and "Trusted: NO" in untrusted.stdout

    trusted = run_cli(
        "verify", str(signed_report.path), "--trust", str(signed_report.certificate_pem)
    )
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert "Intact: yes" in trusted.stdout and "Trusted: yes" in trusted.stdout


def _changed_title(content: bytes) -> bytes:
    """One byte changed inside the signed bytes, in the document's title: the file stays a
    well-formed PDF, only its content differs."""
    start = content.index(b"/Title (") + len(b"/Title (")
    changed = bytearray(content)
    changed[start] = ord("X") if changed[start] != ord("X") else ord("Y")
    return bytes(changed)


def test_one_changed_byte_is_detected(signed_report: SignedReport, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_changed_title(signed_report.path.read_bytes()))
    result = run_cli("verify", str(tampered), "--trust", str(signed_report.certificate_pem))
    assert result.returncode == 8, result.stdout + result.stderr
    assert "Intact: NO" in result.stdout
    assert "changed after signing" in result.stdout


@pytest.mark.parametrize("where", [0.1, 0.3, 0.5, 0.7])
def test_a_byte_changed_anywhere_in_the_signed_range_fails(
    signed_report: SignedReport, where: float
) -> None:
    content = bytearray(signed_report.path.read_bytes())
    first_range_end = content.index(b"/Contents <")  # the signature value is not signed
    position = int(first_range_end * where)
    content[position] ^= 0x01
    result = verify_pdf(bytes(content), [_pem_der(signed_report.certificate_pem)])
    assert not result.intact and not result.trusted


def test_an_incremental_update_that_alters_a_page_is_detected(
    signed_report: SignedReport, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    original = signed_report.path.read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(original))
    forged = generic.StreamObject(stream_data=b"q 1 0 0 rg 100 500 300 60 re f Q")
    writer.add_stream_to_page(0, writer.add_object(forged))
    out = io.BytesIO()
    writer.write(out)
    updated = tmp_path / "updated.pdf"
    updated.write_bytes(out.getvalue())
    assert updated.read_bytes().startswith(original)  # the signed revision is untouched

    result = run_cli("verify", str(updated), "--trust", str(signed_report.certificate_pem))
    assert result.returncode == 8, result.stdout + result.stderr
    assert "Intact: NO" in result.stdout
    assert "added or changed after signing" in result.stdout


def test_a_file_without_signature_is_not_intact(tmp_path: Path) -> None:
    from inspector.reports.pdf import build_pdf
    from tests.reports.test_report_content import minimal_content

    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(build_pdf(minimal_content()).content)
    result = run_cli("verify", str(unsigned))
    assert result.returncode == 8
    assert "no signature" in result.stdout
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"not a pdf at all")
    assert run_cli("verify", str(garbage)).returncode == 8
