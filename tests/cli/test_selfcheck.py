"""``inspector selfcheck`` in the source tree: every part found, and a missing one named with a
non-zero exit code. (tests/test_bundle.py runs it in the frozen build.)"""

from __future__ import annotations

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
