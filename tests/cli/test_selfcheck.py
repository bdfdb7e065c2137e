"""``inspector selfcheck`` in the source tree: every part found, and a missing one named with a
non-zero exit code. (tests/test_bundle.py runs it in the frozen build.)"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from inspector.cli import selfcheck
from inspector.cli.main import main
from tests.conftest import ROOT, run_cli

EVERY_CHECK = [name for name, _check in selfcheck.CHECKS] + [
    "qt-platform",
    "qt-images",
    "icon",
    "qt-translations",
]


def test_selfcheck_finds_every_part_in_the_source_tree(inspector_home: Path) -> None:
    result = run_cli("selfcheck")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[:-1]] == EVERY_CHECK
    assert all(line.startswith("ok ") for line in lines[:-1])
    assert lines[-1] == f"selfcheck: all {len(EVERY_CHECK)} checks passed"
    by_name = {line.split()[1]: line for line in lines[:-1]}
    assert str(inspector_home / "data" / "vault") in by_name["vault"]
    assert "no vault yet" in by_name["vault"]
    assert "FTS5 available" in by_name["sqlcipher"]
    assert str(ROOT / "forms") not in by_name["forms"]  # ids, not files
    assert "agency-inspection@" in by_name["forms"]
    assert "platform" in by_name["qt"] and "offscreen" in by_name["qt"]
    assert not (inspector_home / "data").exists()  # the check made no vault of the user's


def test_a_missing_part_is_named_and_the_exit_code_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import inspector.checklists.library as library

    monkeypatch.setattr(library, "shipped_forms_dir", lambda: tmp_path / "no-forms")
    monkeypatch.setattr(
        selfcheck,
        "CHECKS",
        [("forms", selfcheck.check_forms), ("migrations", selfcheck.check_migrations)],
    )
    assert main(["selfcheck"]) == selfcheck.EXIT_INCOMPLETE
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("FAIL  forms")
    assert str(tmp_path / "no-forms") in out.splitlines()[0]
    assert out.splitlines()[1].startswith("ok    migrations")
    assert err.strip() == "selfcheck: missing or broken: forms"


def test_a_qt_that_cannot_start_fails_the_qt_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        selfcheck,
        "_self_command",
        lambda: [sys.executable, "-c", "import sys; print('no Qt here', file=sys.stderr); "
                 "sys.exit(3)"],
    )  # fmt: skip
    (result,) = selfcheck.check_qt()
    assert not result.ok
    assert result.detail == "exit code 3: no Qt here"


def _broken_x11_plugins(tmp_path: Path) -> Path:
    """Qt's platform plugins as an install without libxcb-cursor0 has them: the X11 plugin's Qt
    library copied with its need for libxcb-cursor.so.0 renamed to a library no system has (same
    length, so the ELF stays valid), beside links to the rest of Qt. A real loader failure, of
    the kind the issue met, on a machine that has the library."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")  # Qt stays in inspector/gui: found, not imported
    assert spec is not None and spec.origin is not None
    plugins = Path(spec.origin).parent / "Qt" / "plugins"
    real_lib = plugins.parent / "lib"
    platforms = tmp_path / "plugins" / "platforms"
    lib = tmp_path / "lib"  # the plugins' RUNPATH is $ORIGIN/../../lib
    platforms.mkdir(parents=True)
    lib.mkdir()
    for name in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):  # Wayland loads fine
        shutil.copy2(plugins / "platforms" / name, platforms / name)
    for item in real_lib.iterdir():
        if not item.name.startswith("libQt6XcbQpa"):
            (lib / item.name).symlink_to(item)
    qpa = (real_lib / "libQt6XcbQpa.so.6").read_bytes()
    assert b"libxcb-cursor.so.0\0" in qpa
    (lib / "libQt6XcbQpa.so.6").write_bytes(
        qpa.replace(b"libxcb-cursor.so.0\0", b"libxcb-cursoX.so.0\0")
    )
    return platforms


@pytest.mark.skipif(sys.platform != "linux", reason="the X11 plugin is Linux's")
def test_an_x11_plugin_missing_a_library_fails_and_names_it(
    inspector_home: Path, tmp_path: Path
) -> None:
    platforms = _broken_x11_plugins(tmp_path)
    env = {"QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms), "XDG_SESSION_TYPE": "x11"}
    env["WAYLAND_DISPLAY"] = ""
    result = run_cli("selfcheck", env=env)
    assert result.returncode == selfcheck.EXIT_INCOMPLETE, result.stdout + result.stderr
    by_name = {line.split()[1]: line for line in result.stdout.splitlines()[:-1]}
    assert by_name["qt"].startswith("ok ")  # offscreen works: only the desktop plugin is broken
    line = by_name["qt-platform"]
    assert line.startswith("FAIL ")
    assert "libqxcb.so cannot load" in line
    assert "missing libxcb-cursoX.so.0" in line
    assert "loads qwayland" in line  # which an X11 session does not use
    assert "qt-platform" in result.stderr
