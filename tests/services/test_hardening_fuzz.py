"""Issue 15, the fuzzing pass: generated CSV, XLSX, JSON, zip and PDF inputs through every
importer and 'verify' (tests/services/fuzz_importers.py, in a child process so its memory is
its own). No exit 70, no traceback, no hang, memory under 500 MB, and the vault unchanged by
every input that was refused. Bounded to run in CI in well under a minute."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXAMPLES_PER_KIND = int(os.environ.get("INSPECTOR_FUZZ_EXAMPLES", "30"))


@pytest.mark.skipif(sys.platform == "win32", reason="peak memory read with resource")
def test_generated_inputs_never_crash_hang_or_change_the_vault(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.services.fuzz_importers", str(tmp_path),
         str(EXAMPLES_PER_KIND)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "INSPECTOR_HOME": str(tmp_path / "home")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["failures"] == [], summary["failures"]
    assert summary["runs"] >= 7 * EXAMPLES_PER_KIND
    assert "70" not in summary["codes"]
    assert summary["peak_mb"] < 500, summary
    assert summary["slowest"] < 10, summary
