"""The command line as an administrator uses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector import __version__
from inspector.services.agencies import count_agencies
from inspector.vault.store import unlock_vault
from tests.conftest import PASSPHRASE, run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"inspector {__version__}"


def test_init_uses_inspector_vault_and_inspector_home(tmp_path: Path, inspector_home: Path):
    env = {"INSPECTOR_PASSPHRASE": PASSPHRASE}
    result = run_cli("init", "--name", "Asha Karki", env=env)
    assert result.returncode == 0, result.stderr
    assert (inspector_home / "data" / "vault" / "vault.key").exists()
    elsewhere = tmp_path / "elsewhere"
    result = run_cli("init", env={**env, "INSPECTOR_VAULT": str(elsewhere)})
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "vault.db").exists()


def test_short_passphrase_is_refused_and_nothing_created(tmp_path: Path) -> None:
    result = run_cli("--vault", str(tmp_path / "v"), "init", env={"INSPECTOR_PASSPHRASE": "short"})
    assert result.returncode == 1
    assert "at least 10 characters" in result.stderr
    assert not (tmp_path / "v").exists()


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "vault"
    env = {"INSPECTOR_PASSPHRASE": PASSPHRASE}
    assert run_cli("--vault", str(folder), "init", env=env).returncode == 0
    result = run_cli("--vault", str(folder), "demo", "--agencies", "25", env=env)
    assert result.returncode == 0, result.stderr
    return folder


def _cli(folder: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("--vault", str(folder), *args, env={"INSPECTOR_PASSPHRASE": PASSPHRASE})
    return result.returncode, result.stdout, result.stderr


def test_demo_has_inspections_in_every_status_and_json_lists_them_all(demo_vault: Path):
    code, out, err = _cli(demo_vault, "inspections", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert {row["status"] for row in rows} == {"draft", "in-progress", "completed", "locked"}
    assert "complaint-driven" in {row["kind"] for row in rows}
    for row in rows:
        assert row["id"] and row["agency_name"] and row["reference"].startswith("INS-")
    code, out, _ = _cli(demo_vault, "inspections", "list", "--status", "locked", "--json")
    assert len(json.loads(out)) == sum(1 for row in rows if row["status"] == "locked")
    code, table, _ = _cli(demo_vault, "inspections", "list")
    assert len(table.strip().splitlines()) == len(rows) + 1


def test_agencies_list_every_row(demo_vault: Path) -> None:
    code, out, err = _cli(demo_vault, "agencies", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    with unlock_vault(demo_vault, PASSPHRASE) as vault, vault.reading() as session:
        assert len(rows) == count_agencies(session) == 25
    assert {"id", "name", "licence_number", "licence_status"} <= rows[0].keys()
    name = rows[3]["name"]
    code, out, _ = _cli(demo_vault, "agencies", "list", "--search", name, "--json")
    assert name in [row["name"] for row in json.loads(out)]


def test_demo_audit_trail_verifies_and_vault_checks(demo_vault: Path) -> None:
    code, out, err = _cli(demo_vault, "audit", "verify")
    assert code == 0, err
    assert out.startswith("Audit trail intact")
    code, out, err = _cli(demo_vault, "check")
    assert code == 0, err


def test_help_lists_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "init" in result.stdout and "passwd" in result.stdout


def test_no_command_without_a_screen_says_so_instead_of_crashing() -> None:
    # No command opens the window; on a machine with no display that is a clear message.
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run_cli(env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("inspector: there is no screen to open the window on")
    assert "--help" in result.stderr


def test_unreadable_passphrase_file_is_named(tmp_path: Path, demo_vault: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run_cli("--vault", str(demo_vault), "--passphrase-file", str(missing), "check")
    assert result.returncode == 1
    assert str(missing) in result.stderr and "Cannot read" in result.stderr


def test_init_that_cannot_write_the_recovery_key_creates_no_vault(tmp_path: Path) -> None:
    taken = tmp_path / "taken.txt"
    taken.write_text("already here")
    folder = tmp_path / "v"
    result = run_cli(
        "--vault",
        str(folder),
        "init",
        "--recovery-key-file",
        str(taken),
        env={"INSPECTOR_PASSPHRASE": PASSPHRASE},
    )
    assert result.returncode == 1
    assert "Cannot write the recovery key" in result.stderr and str(taken) in result.stderr
    assert not (folder / "vault.db").exists() and not (folder / "vault.key").exists()
    assert taken.read_text() == "already here"


def test_init_writes_recovery_key_file_that_works(tmp_path: Path) -> None:
    out = tmp_path / "recovery.txt"
    folder = tmp_path / "v"
    result = run_cli(
        "--vault",
        str(folder),
        "init",
        "--name",
        "A. Inspector",
        "--recovery-key-file",
        str(out),
        env={"INSPECTOR_PASSPHRASE": PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    assert out.read_text().strip() in result.stdout
    unlock_vault(folder, recovery_key=out.read_text()).close()
