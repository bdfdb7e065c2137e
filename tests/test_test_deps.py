"""scripts/test-deps, which the README's test command runs first: on a machine without poppler
or qpdf it names the Debian packages to install instead of letting seven report tests fail with
FileNotFoundError."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "test-deps"


def _bare_path(tmp_path: Path) -> str:
    """A PATH with the few programs the script itself uses, and none of the tools it checks."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in ("bash", "id", "grep", "sleep", "ldconfig"):
        found = shutil.which(name) or shutil.which(name, path="/sbin:/usr/sbin")
        if found:
            (folder / name).symlink_to(found)
    return str(folder)


def test_check_names_the_missing_debian_packages(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(SCRIPT), "--check"],
        env={**os.environ, "PATH": _bare_path(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "poppler-utils" in result.stderr and "qpdf" in result.stderr
    assert "apt-get install -y" in result.stderr
    assert result.stdout == ""  # --check installs nothing


def test_every_need_names_a_package() -> None:
    text = SCRIPT.read_text("utf-8")
    needs = text.split("NEEDS='", 1)[1].split("'", 1)[0]
    rows = [line.split("#", 1)[0].split() for line in needs.splitlines()]
    rows = [row for row in rows if row]
    assert {"poppler-utils", "qpdf", "libxcb-cursor0"} <= {row[2] for row in rows}
    assert all(len(row) == 3 and row[0] in ("cmd", "lib") for row in rows), rows
