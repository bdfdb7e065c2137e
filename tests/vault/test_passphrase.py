"""Acceptance: a passphrase change rewrites only the key file; the recovery key opens the vault
and sets a new passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector.errors import WrongPassphrase, WrongRecoveryKey
from inspector.services.agencies import AgencyData, create_agency, list_agencies
from inspector.services.uow import UnitOfWork
from inspector.vault.store import change_passphrase, reset_passphrase, unlock_vault
from tests.conftest import PASSPHRASE, TemplateVault, run_cli
from tests.vault.raw import vault_data as file_hashes

NEW = "a brand new passphrase"


def _with_data(folder: Path) -> None:
    with unlock_vault(folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("PH-1", "Kept Through Rekeying", "PH"))


def test_passwd_rewrites_only_the_key_file(vault_folder: Path, tmp_path: Path) -> None:
    _with_data(vault_folder)
    before = file_hashes(vault_folder)
    old_file, new_file = tmp_path / "old", tmp_path / "new"
    old_file.write_text(PASSPHRASE)
    new_file.write_text(NEW + "\n")
    result = run_cli(
        "--vault",
        str(vault_folder),
        "--passphrase-file",
        str(old_file),
        "passwd",
        "--new-passphrase-file",
        str(new_file),
    )
    assert result.returncode == 0, result.stderr
    after = file_hashes(vault_folder)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert changed == {"vault.key"}

    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_folder, PASSPHRASE)
    with unlock_vault(vault_folder, NEW) as vault, vault.reading() as session:
        assert [a.name for a in list_agencies(session)] == ["Kept Through Rekeying"]


def test_passwd_with_wrong_current_passphrase_changes_nothing(vault_folder: Path) -> None:
    before = file_hashes(vault_folder)
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault_folder, "not the passphrase", NEW)
    assert file_hashes(vault_folder) == before


def test_recovery_key_opens_the_vault_and_sets_a_new_passphrase(
    vault_folder: Path, template_vault: TemplateVault, tmp_path: Path
) -> None:
    _with_data(vault_folder)
    with (
        unlock_vault(vault_folder, recovery_key=template_vault.recovery_key) as vault,
        vault.reading() as session,
    ):
        assert len(list_agencies(session)) == 1

    key_file, new_file = tmp_path / "recovery", tmp_path / "new"
    key_file.write_text(template_vault.recovery_key + "\n")
    new_file.write_text(NEW)
    result = run_cli(
        "--vault",
        str(vault_folder),
        "passwd",
        "--recovery-key-file",
        str(key_file),
        "--new-passphrase-file",
        str(new_file),
    )
    assert result.returncode == 0, result.stderr
    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_folder, PASSPHRASE)
    with unlock_vault(vault_folder, NEW) as vault, vault.reading() as session:
        assert len(list_agencies(session)) == 1
    # The recovery key keeps working after the reset.
    unlock_vault(vault_folder, recovery_key=template_vault.recovery_key).close()


def test_wrong_recovery_key_is_refused(vault_folder: Path) -> None:
    before = file_hashes(vault_folder)
    with pytest.raises(WrongRecoveryKey):
        reset_passphrase(vault_folder, "AAAA-" * 7 + "AAAA", NEW)
    assert file_hashes(vault_folder) == before


def test_init_shows_recovery_key_once_and_it_works(tmp_path: Path, passphrase_file: Path) -> None:
    folder = tmp_path / "fresh"
    result = run_cli("--vault", str(folder), "--passphrase-file", str(passphrase_file), "init")
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    key = next(line for line in lines if line.count("-") == 7)
    unlock_vault(folder, recovery_key=key).close()
    assert key not in (folder / "vault.key").read_text()
    again = run_cli("--vault", str(folder), "--passphrase-file", str(passphrase_file), "init")
    assert again.returncode == 3 and "already exists" in again.stderr
