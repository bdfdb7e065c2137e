"""packaging/screenshots.py in a real X server (Xvfb, the X11 platform plugin with its system
libraries) as well as offscreen: each view saved is a picture of the window, not a blank."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

VIEWS = ("unlock", "dashboard", "data", "about", "kept-text")


def _shoot(tmp_path: Path, platform: str, wrapper: list[str]) -> Path:
    out = tmp_path / platform
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [*wrapper, sys.executable, str(ROOT / "packaging" / "screenshots.py"),
         "--platform", platform, "--only", ",".join(VIEWS), "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _check(out: Path) -> None:
    from PIL import Image

    for view in VIEWS:
        image = Image.open(out / f"{view}-en.png").convert("L")
        low, high = image.getextrema()
        assert high - low > 100, view  # text on a background, not one flat colour
    assert Image.open(out / "dashboard-en.png").size == (1280, 800)


@pytest.mark.slow
def test_screenshots_offscreen(tmp_path: Path) -> None:
    _check(_shoot(tmp_path, "offscreen", []))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="Xvfb is Linux's")
def test_screenshots_in_a_real_x_server(tmp_path: Path) -> None:
    xvfb = shutil.which("xvfb-run")
    assert xvfb, "xvfb-run is missing: scripts/test-deps installs it"
    _check(_shoot(tmp_path, "xcb", [xvfb, "-a"]))
