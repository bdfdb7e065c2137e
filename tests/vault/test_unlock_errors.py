"""Acceptance: a wrong passphrase or a damaged vault gives a clear one-line message, a non-zero
exit, and changes no file in the vault folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector.errors import VaultDamaged, WrongPassphrase
from inspector.vault import throttle
from inspector.vault.store import unlock_vault
from tests.conftest import PASSPHRASE, run_cli
from tests.vault.raw import vault_data as file_hashes


def test_wrong_passphrase_is_one_clear_line_and_changes_nothing(
    vault_folder: Path, tmp_path: Path
) -> None:
    before = file_hashes(vault_folder)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n")
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(wrong), "agencies", "list"
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == ["inspector: Wrong passphrase: the vault stays locked."]
    assert "not the passphrase" not in result.stderr
    assert file_hashes(vault_folder) == before


def test_passphrase_from_environment(vault_folder: Path) -> None:
    result = run_cli(
        "--vault", str(vault_folder), "agencies", "list", env={"INSPECTOR_PASSPHRASE": PASSPHRASE}
    )
    assert result.returncode == 0, result.stderr


def test_no_passphrase_and_no_terminal_says_how_to_give_one(vault_folder: Path) -> None:
    result = run_cli("--vault", str(vault_folder), "agencies", "list", input="")
    assert result.returncode != 0
    assert "--passphrase-file" in result.stderr


def test_missing_vault_says_how_to_create_one(tmp_path: Path, passphrase_file: Path) -> None:
    result = run_cli(
        "--vault",
        str(tmp_path / "nowhere"),
        "--passphrase-file",
        str(passphrase_file),
        "agencies",
        "list",
    )
    assert result.returncode == 3
    assert "inspector init" in result.stderr
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize(
    ("damage", "command"),
    [
        ("truncate-half", "inspections list"),
        ("truncate-page", "inspections list"),
        ("empty", "inspections list"),
        ("flip-page-1", "inspections list"),
        ("garbage", "inspections list"),
        # A page no listing reads: found by the full check.
        ("flip-last-page", "check"),
        ("truncate-half", "check"),
    ],
)
def test_damaged_database_gives_clear_error_and_is_left_alone(
    vault_folder: Path, passphrase_file: Path, damage: str, command: str
) -> None:
    from tests.vault.damage import damage_database

    damage_database(vault_folder / "vault.db", damage)
    before = file_hashes(vault_folder)
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(passphrase_file), *command.split()
    )
    assert result.returncode == 4, result.stderr
    assert "damaged" in result.stderr
    assert "restore it from a backup" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert file_hashes(vault_folder) == before


def test_missing_or_damaged_key_file(vault_folder: Path) -> None:
    key = vault_folder / "vault.key"
    key.write_text("{}")
    with pytest.raises(VaultDamaged, match="key file"):
        unlock_vault(vault_folder, PASSPHRASE)
    key.unlink()
    with pytest.raises(VaultDamaged, match=r"key file .* missing"):
        unlock_vault(vault_folder, PASSPHRASE)


def test_repeated_wrong_passphrases_slow_down_but_never_wipe(vault_folder: Path) -> None:
    waits: list[float] = []
    before = file_hashes(vault_folder)
    for _ in range(throttle.FREE_ATTEMPTS + 2):
        with pytest.raises(WrongPassphrase):
            unlock_vault(vault_folder, "wrong passphrase!!", sleep=waits.append)
    # The first attempts are free; later ones wait, longer each time.
    assert len(waits) == 2 and 0 < waits[0] < waits[1] <= throttle.MAX_DELAY_S
    assert file_hashes(vault_folder) == before
    # The right passphrase still works (after the wait) and resets the count.
    with unlock_vault(vault_folder, PASSPHRASE, sleep=waits.append):
        pass
    assert len(waits) == 3
    with unlock_vault(vault_folder, PASSPHRASE, sleep=waits.append):
        pass
    assert len(waits) == 3


def test_damage_inside_the_data_is_reported_when_read(vault_folder: Path, passphrase_file: Path):
    from inspector.services.agencies import AgencyData, create_agency
    from inspector.services.uow import UnitOfWork
    from tests.vault.damage import damage_database

    # Enough agencies that their pages spread through the file, so the damage hits data.
    with unlock_vault(vault_folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        for n in range(400):
            address = f"{n} Road, " + "Ward office lane, " * 30  # long rows fill more pages
            create_agency(uow, AgencyData(f"NP-RA-{n:05d}", f"Agency {n}", "NP", address=address))
    assert run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(passphrase_file), "check"
    ).stdout.startswith("The vault is intact")
    damage_database(vault_folder / "vault.db", "flip-every-third-page")
    before = file_hashes(vault_folder)
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(passphrase_file), "agencies", "list"
    )
    assert result.returncode == 4
    assert result.stderr.strip().splitlines() == [
        f"inspector: The vault database {vault_folder / 'vault.db'} is damaged or was not written "
        "by Field Inspector. Nothing was changed; restore it from a backup."
    ]
    assert file_hashes(vault_folder) == before
