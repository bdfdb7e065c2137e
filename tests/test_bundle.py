"""Acceptance for the installable app: build the one-folder bundle with PyInstaller, copy it
elsewhere and run it as an IT office would, with no access to the source tree (another folder,
no PYTHONPATH, a bare environment): ``selfcheck`` passes, the window starts headless on the
create-vault page, and after ``init`` it starts on the unlock page of the vault in the user's data
folder.

One test, not several: under pytest-xdist, tests sharing a module fixture may land on different
workers, and each would build its own bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, ROOT

pytestmark = pytest.mark.slow

BUILD_TIMEOUT_S = 480


def build_bundle(tmp_path: Path) -> Path:
    """The bundle, built from this tree and copied to a folder of its own."""
    build = tmp_path / "build"
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(build / "dist"),
            "--work",
            str(build / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"bundle built in {time.perf_counter() - started:.0f} s: {result.stdout.strip()}")
    installed = tmp_path / "opt" / "field-inspector"
    shutil.copytree(build / "dist" / "field-inspector", installed, symlinks=True)
    shutil.rmtree(build)  # nothing left where it was built
    return installed


@pytest.fixture
def bundle(tmp_path: Path) -> Iterator[Path]:
    installed = build_bundle(tmp_path)
    yield installed
    shutil.rmtree(installed)  # about 280 MB


def test_the_bundle_built_here_runs_elsewhere(bundle: Path, tmp_path: Path) -> None:
    check_selfcheck(bundle, tmp_path / "selfcheck")
    check_window(bundle, tmp_path / "window")
    check_contents(bundle)


def _run(
    bundle: Path, home: Path, *args: str, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    workdir = home / "cwd"
    workdir.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home / "user"),
        "LANG": "C.UTF-8",
        "INSPECTOR_HOME": str(home / "inspector"),
        **(extra or {}),
    }
    assert "PYTHONPATH" not in env and "PYTHONHOME" not in env
    return subprocess.run(
        [str(bundle / "field-inspector"), *args],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def check_selfcheck(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "selfcheck")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("selfcheck: all ")
    assert "frozen build" in lines[0]
    # Every file it names comes from the bundle or the user's folders, none from the source
    # tree or the Python environment that built it.
    assert str(ROOT) not in result.stdout
    assert sys.prefix not in result.stdout
    for name in ("migrations", "fonts", "translations", "icon", "qt-translations"):
        (line,) = [line for line in lines if line.split()[1] == name]
        assert str(bundle) in line, line
    (vault,) = [line for line in lines if line.split()[1] == "vault"]
    assert str(tmp_path / "inspector" / "data" / "vault") in vault


def check_window(bundle: Path, tmp_path: Path) -> None:
    start = {"QT_QPA_PLATFORM": "offscreen", "INSPECTOR_QUIT_AFTER_START": "1"}
    first = _run(bundle, tmp_path, extra=start)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "window shown: page=create visible=True platform=offscreen" in first.stdout
    assert not (tmp_path / "inspector" / "data" / "vault").exists()

    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE, "utf-8")
    made = _run(bundle, tmp_path, "--passphrase-file", str(passphrase), "init", "--name", "Ana")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "inspector" / "data" / "vault" / "vault.db").is_file()

    again = _run(bundle, tmp_path, extra=start)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "window shown: page=unlock visible=True platform=offscreen" in again.stdout


def check_contents(bundle: Path) -> None:
    """No vault, settings, key or source of the build machine."""
    names = {p.name for p in bundle.rglob("*")}
    assert not names & {"vault.db", "vault.key", "settings.json", "conftest.py"}
    assert not [p for p in bundle.rglob("*.po")]
    assert not [p for p in bundle.rglob("tests") if p.is_dir()]
    assert os.access(bundle / "field-inspector", os.X_OK)
