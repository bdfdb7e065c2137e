"""Evidence packages: the signed report, every attachment, the signer's certificate and a signed
manifest; 'inspector verify FILE.zip' names any altered, missing or extra file."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from inspector.errors import InvalidInput
from inspector.reports.package import verify_package
from inspector.services.evidence import add_attachment
from inspector.services.inspections import (
    complete_inspection,
    lock_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.interviews import add_worker_interview
from inspector.services.package import create_package
from inspector.services.profile import set_profile
from inspector.services.reports import create_report
from inspector.services.signing import certificate_pem, create_certificate
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from tests.conftest import SMALL_COMPLIANT, run_cli, small_form
from tests.reports.fixtures import DemoVault


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None], add: dict[str, bytes]):  # type: ignore[no-untyped-def]
    """A copy of a zip with members replaced (None: removed) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    new.writestr(info.filename, change[info.filename])  # type: ignore[arg-type]
            else:
                new.writestr(info, old.read(info))
        for name, content in add.items():
            new.writestr(name, content)
    return target


@pytest.fixture
def package(demo: DemoVault, demo_vault: Vault, tmp_path: Path) -> tuple[Path, Path]:
    """The evidence package of a locked demo inspection with one attachment (the signature),
    and the signer's certificate."""
    with UnitOfWork(demo_vault) as uow:
        create_report(uow, demo.interviewed)
    with demo_vault.reading() as session:
        pem = tmp_path / "inspector.pem"
        pem.write_text(certificate_pem(session), "ascii")
    demo_vault.close()
    return tmp_path / "package.zip", pem


def test_a_package_with_one_attachment_altered_fails_verify_naming_the_file(
    demo: DemoVault, package: tuple[Path, Path], passphrase_file: Path, tmp_path: Path
) -> None:
    path, pem = package
    made = run_cli("--vault", str(demo.folder), "--passphrase-file", str(passphrase_file),
                   "package", demo.interviewed, "-o", str(path))  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "the signed report, 1 attachment, SHA-256" in made.stdout
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    attachment = next(n for n in names if n.startswith("attachments/"))
    assert sorted(names) == sorted(
        ["report.pdf", attachment, "certificate.pem", "manifest.json", "manifest.json.sig"]
    )
    assert manifest["inspection"]["reference"] == demo.interviewed
    assert manifest["audit"]["inspection_chain_head"]["hash"]
    assert {f["path"] for f in manifest["files"]} == {"report.pdf", attachment, "certificate.pem"}

    intact = run_cli("verify", str(path), "--trust", str(pem))
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert "intact and signed by a trusted signer" in intact.stdout
    untrusted = run_cli("verify", str(path))
    assert untrusted.returncode == 9

    with zipfile.ZipFile(path) as archive:
        photo = bytearray(archive.read(attachment))
    photo[len(photo) // 2] ^= 0xFF
    altered = _rewrite(path, tmp_path / "altered.zip", {attachment: bytes(photo)}, {})
    result = run_cli("verify", str(altered), "--trust", str(pem))
    assert result.returncode == 8
    assert f"ALTERED    {attachment}" in result.stdout
    assert attachment in result.stderr and "NOT intact" in result.stderr
    # A PDF is still checked as before.
    with zipfile.ZipFile(path) as archive:
        (tmp_path / "report.pdf").write_bytes(archive.read("report.pdf"))
    pdf = run_cli("verify", str(tmp_path / "report.pdf"), "--trust", str(pem))
    assert pdf.returncode == 0 and "The document is intact" in pdf.stdout


def test_missing_extra_and_re_hashed_files_are_caught(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    with UnitOfWork(demo_vault) as uow:
        create_report(uow, demo.interviewed)
    with UnitOfWork(demo_vault) as uow:
        made = create_package(uow, demo.interviewed)
    path = tmp_path / "p.zip"
    path.write_bytes(made.content)
    assert verify_package(path).intact
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    attachment = next(f["path"] for f in manifest["files"] if f["path"].startswith("attach"))

    missing = verify_package(_rewrite(path, tmp_path / "m.zip", {attachment: None}, {}))
    assert not missing.intact and [
        (f.path, f.status) for f in missing.files if f.status != "ok"
    ] == [(attachment, "missing")]
    extra = verify_package(_rewrite(path, tmp_path / "e.zip", {}, {"notes.txt": b"added"}))
    assert not extra.intact and ("notes.txt", "extra") in {(f.path, f.status) for f in extra.files}

    # The attachment changed and its line in the manifest too: the manifest signature fails.
    import hashlib

    changed = b"another picture"
    for entry in manifest["files"]:
        if entry["path"] == attachment:
            entry["sha256"], entry["size"] = hashlib.sha256(changed).hexdigest(), len(changed)
    forged = _rewrite(
        path,
        tmp_path / "f.zip",
        {attachment: changed, "manifest.json": json.dumps(manifest).encode()},
        {},
    )
    check = verify_package(forged)
    assert not check.intact and not check.manifest_signed
    assert any("manifest.json was changed" in p for p in check.problems)

    # Another report put in its place: not the one the package's certificate signed.
    pdf = _rewrite(path, tmp_path / "r.zip", {"report.pdf": b"%PDF-1.7 not signed"}, {})
    assert ("report.pdf", "altered") in {(f.path, f.status) for f in verify_package(pdf).files}


def test_no_report_no_package_and_an_agency_package_leaves_interview_files_out(
    vault: Vault,
) -> None:
    from inspector.services.agencies import AgencyData, create_agency

    with UnitOfWork(vault) as uow:
        set_profile(uow, "Ana Lima", authority="Ministry of Labour")
        create_certificate(uow)
        agency = create_agency(uow, AgencyData("NP-5", "Kathmandu Jobs", "NP"))
        inspection = start_inspection(uow, agency, small_form())
        for question, value in SMALL_COMPLIANT.items():
            record_answer(uow, inspection, question, value, today=dt.date(2026, 1, 5))
        add_attachment(uow, inspection, b"receipt bytes", filename="../../receipt.txt")
        interview = add_worker_interview(uow, inspection, consent_given=True, notes="n")
        add_attachment(uow, inspection, b"confidential", filename="w.txt",
                       interview_id=interview.id)  # fmt: skip
        complete_inspection(uow, inspection)
        lock_inspection(uow, inspection)
    with UnitOfWork(vault) as uow, pytest.raises(InvalidInput, match="no signed agency-facing"):
        create_package(uow, str(inspection))
    with UnitOfWork(vault) as uow:
        create_report(uow, str(inspection))
        made = create_package(uow, str(inspection))
    assert made.files == 1 and made.left_out == 1
    with zipfile.ZipFile(__import__("io").BytesIO(made.content)) as archive:
        names = archive.namelist()
        assert "attachments/001-receipt.txt" in names
        assert b"confidential" not in b"".join(archive.read(n) for n in names)
    with UnitOfWork(vault) as uow, pytest.raises(InvalidInput, match="no signed internal"):
        create_package(uow, str(inspection), internal=True)
