"""Lint is part of the suite, so CI and a developer see the same thing."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import ROOT


def test_ruff_check_passes() -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is missing: install the test extra (pip install -e '.[test]')")
    result = subprocess.run(
        [ruff, "check", "--output-format", "concise", "."],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
