"""Issue 15, confidentiality of exports and reports: an XLSX export with confidential data
writes no temporary file; --force replaces a planted symbolic link, never its target; internal
reports, internal packages and exports are mode 600."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.reports.fixtures import IDENTITIES, DemoVault


def _created_files(trace: Path) -> set[str]:
    """Paths that strace saw opened with O_CREAT (or O_TMPFILE), or made by rename/mkdir."""
    created = set()
    for line in trace.read_text(errors="replace").splitlines():
        match = re.search(r'(openat|open|creat)\((?:[A-Z_]+|\d+), "([^"]+)", ([^)]*)', line)
        flags = match.group(3) if match else ""
        if match and ("O_CREAT" in flags or "O_TMPFILE" in flags) and "= -1" not in line:
            created.add(match.group(2))
    return created


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_xlsx_export_with_confidential_data_writes_no_temporary_file(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    temp = tmp_path / "tmp"
    temp.mkdir()
    trace = tmp_path / "trace.txt"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=open,openat,creat", "-o", str(trace),
         sys.executable, "-m", "inspector", "--vault", str(demo.folder),
         "--passphrase-file", str(passphrase_file),
         "export", "--format", "xlsx", "--include-confidential", "-o", str(out)],
        env={**os.environ, "TMPDIR": str(temp), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    workbook = (out / "export.xlsx").read_bytes()
    assert b"PK" in workbook[:2]
    created = {
        path
        for path in _created_files(trace)
        if not path.startswith((str(out), str(demo.folder), "/dev/"))
    }
    assert created == set(), created
    assert list(temp.iterdir()) == []


def test_export_force_replaces_a_planted_symlink_never_its_target(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere.csv"
    elsewhere.write_text("someone else's file\n")
    dangling = tmp_path / "never-created.csv"
    (out / "worker_identities.csv").symlink_to(elsewhere)
    (out / "complaints.csv").symlink_to(dangling)
    common = ("--vault", str(demo.folder), "--passphrase-file", str(passphrase_file), "export",
              "--format", "csv", "--include-confidential", "-o", str(out))  # fmt: skip
    refused = run_cli(*common)
    assert refused.returncode == 1 and "--force" in refused.stderr  # a dangling link is taken
    assert not dangling.exists()
    result = run_cli(*common, "--force")
    assert result.returncode == 0, result.stderr
    assert elsewhere.read_text() == "someone else's file\n"
    assert not dangling.exists()
    identities = out / "worker_identities.csv"
    assert not identities.is_symlink()
    assert IDENTITIES[0][0] in identities.read_text("utf-8-sig")
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == {0o600}


def test_internal_report_and_internal_package_are_private(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    previous = os.umask(0o022)
    try:
        common = ("--vault", str(demo.folder), "--passphrase-file", str(passphrase_file))
        report = tmp_path / "internal.pdf"
        made = run_cli(*common, "report", demo.interviewed, "--internal", "-o", str(report))
        assert made.returncode == 0, made.stderr
        package = tmp_path / "internal.zip"
        packed = run_cli(*common, "package", demo.interviewed, "--internal", "-o", str(package))
        assert packed.returncode == 0, packed.stderr
    finally:
        os.umask(previous)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert stat.S_IMODE(package.stat().st_mode) == 0o600
