"""Issue 15, secrets: a re-key makes old key files, the old passphrase and the old recovery key
useless; the WAL keeps no page under the old key; an interrupted re-key is finished at the next
unlock; every file holding vault content is mode 600 in a folder of mode 700."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as dbapi

from inspector.errors import VaultBusy, VaultDamaged, WrongRecoveryKey
from inspector.services.agencies import AgencyData, create_agency, list_agencies
from inspector.services.uow import UnitOfWork
from inspector.vault import keys
from inspector.vault.rekey import PENDING_NAME, _rekey_database, rekey_vault
from inspector.vault.store import create_vault, unlock_vault
from tests.conftest import PASSPHRASE, TemplateVault, run_cli

NEW = "a brand new passphrase"


def _with_data(folder: Path) -> None:
    with unlock_vault(folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("PH-1", "Kept Through Rekeying", "PH"))


def _opens_with(folder: Path, data_key: bytes) -> bool:
    conn = dbapi.connect(str(folder / "vault.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def _recovery_key_in(stdout: str) -> str:
    return next(line.strip() for line in stdout.splitlines() if line.strip().count("-") == 7)


def test_passwd_rekey_leaves_old_key_files_and_the_old_recovery_key_useless(
    vault_folder: Path, template_vault: TemplateVault, tmp_path: Path
) -> None:
    _with_data(vault_folder)
    old_key_file = (vault_folder / "vault.key").read_bytes()  # as every backup holds it
    old_data_key = keys.unwrap_with_passphrase(keys.read_key_file(vault_folder / "vault.key"),
                                               PASSPHRASE)  # fmt: skip
    old_file, new_file = tmp_path / "old", tmp_path / "new"
    old_file.write_text(PASSPHRASE)
    new_file.write_text(NEW + "\n")
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(old_file),
        "passwd", "--rekey", "--new-passphrase-file", str(new_file),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    new_recovery = _recovery_key_in(result.stdout)
    assert new_recovery != template_vault.recovery_key

    # The old key file with the old passphrase unwraps the old data key: it opens nothing now.
    assert not _opens_with(vault_folder, old_data_key)
    stale = tmp_path / "stale"
    stale.mkdir()
    shutil.copy(vault_folder / "vault.db", stale / "vault.db")
    (stale / "vault.key").write_bytes(old_key_file)
    with pytest.raises(VaultDamaged):
        unlock_vault(stale, PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        unlock_vault(vault_folder, recovery_key=template_vault.recovery_key)
    # The new secrets open the same data.
    with unlock_vault(vault_folder, NEW) as vault, vault.reading() as session:
        assert [a.name for a in list_agencies(session)] == ["Kept Through Rekeying"]
    unlock_vault(vault_folder, recovery_key=new_recovery).close()


def test_rekey_leaves_no_page_under_the_old_key_in_the_database_or_its_wal(
    vault_folder: Path,
) -> None:
    _with_data(vault_folder)
    old_data_key = keys.unwrap_with_passphrase(
        keys.read_key_file(vault_folder / "vault.key"), PASSPHRASE
    )
    # A writer keeps the vault in WAL mode with frames under the old key when the re-key starts.
    conn = dbapi.connect(str(vault_folder / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{old_data_key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE agency SET city = 'Cebu'")
    conn.close()
    rekeyed = rekey_vault(vault_folder, passphrase=PASSPHRASE)
    names = sorted(p.name for p in vault_folder.iterdir())
    assert "vault.db-journal" not in names and PENDING_NAME not in names
    wal = vault_folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert not _opens_with(vault_folder, old_data_key)
    new_data_key = keys.unwrap_with_passphrase(
        keys.read_key_file(vault_folder / "vault.key"), PASSPHRASE
    )
    assert _opens_with(vault_folder, new_data_key)
    unlock_vault(vault_folder, recovery_key=rekeyed.recovery_key).close()


def test_rekey_command_keeps_the_passphrase_and_writes_the_new_recovery_key_privately(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "recovery.txt"
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(passphrase_file),
        "rekey", "--new-recovery-key-file", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().strip() == _recovery_key_in(result.stdout)
    unlock_vault(vault_folder, PASSPHRASE).close()
    unlock_vault(vault_folder, recovery_key=out.read_text()).close()


def test_passwd_without_rekey_says_what_an_old_key_file_still_opens(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    new_file = tmp_path / "new"
    new_file.write_text(NEW)
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(passphrase_file),
        "passwd", "--new-passphrase-file", str(new_file),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "no longer opens the vault" not in result.stdout
    assert "--rekey" in result.stdout and "old key file" in result.stdout


def test_a_rekey_is_refused_while_the_vault_is_open(vault_folder: Path) -> None:
    with unlock_vault(vault_folder, PASSPHRASE), pytest.raises(VaultBusy):
        rekey_vault(vault_folder, passphrase=PASSPHRASE)


@pytest.mark.parametrize("stage", ["before-the-database", "after-the-database"])
def test_an_interrupted_rekey_is_finished_at_the_next_unlock(
    vault_folder: Path, stage: str
) -> None:
    """The new key file is written first; a crash before the rename leaves it beside the old."""
    _with_data(vault_folder)
    old = keys.read_key_file(vault_folder / "vault.key")
    new = keys.new_key_file(NEW, old.kdf, vault_id=old.vault_id)
    keys.write_key_file(vault_folder / PENDING_NAME, new.key_file)
    if stage == "after-the-database":
        conn = dbapi.connect(str(vault_folder / "vault.db"))
        conn.isolation_level = None
        conn.execute(f"PRAGMA key = \"x'{keys.unwrap_with_passphrase(old, PASSPHRASE).hex()}'\"")
        _rekey_database(conn, new.data_key)
        conn.close()
        passphrase, stale = NEW, PASSPHRASE
    else:
        passphrase, stale = PASSPHRASE, NEW
    with unlock_vault(vault_folder, passphrase) as vault, vault.reading() as session:
        assert [a.name for a in list_agencies(session)] == ["Kept Through Rekeying"]
    assert not (vault_folder / PENDING_NAME).exists()
    with pytest.raises(Exception):  # noqa: B017 - wrong passphrase or a key that opens nothing
        unlock_vault(vault_folder, stale)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_everything_holding_vault_content_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "existing"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # noqa: S103 - a folder as a permissive umask leaves it
    previous = os.umask(0o022)
    try:
        created = create_vault(folder, PASSPHRASE, kdf=keys.KdfParams(1, 1, 8 * 1024))
        with created.vault as vault, UnitOfWork(vault) as uow:
            create_agency(uow, AgencyData("PH-2", "Private Files", "PH"))
        with unlock_vault(folder, PASSPHRASE) as vault:
            from inspector.services.backup import backup_vault
            from inspector.vault.migrate import backup_before_migration

            backup_vault(vault, tmp_path / "backup.zip")
            copy = backup_before_migration(vault.db_path, vault._data_key or b"", "test")
            assert (folder / "vault.db-wal").exists()
            files = [p for p in folder.rglob("*") if p.is_file()]
            assert {_mode(p) for p in files} == {0o600}, {p.name: oct(_mode(p)) for p in files}
            assert copy in files
            assert _mode(folder) == _mode(folder / "backups") == 0o700
        assert _mode(tmp_path / "backup.zip") == 0o600
    finally:
        os.umask(previous)


def test_unlock_makes_an_older_vault_private(vault_folder: Path) -> None:
    os.chmod(vault_folder, 0o755)  # noqa: S103 - as an older version left it
    os.chmod(vault_folder / "vault.db", 0o644)
    with unlock_vault(vault_folder, PASSPHRASE):
        pass
    assert _mode(vault_folder) == 0o700
    assert _mode(vault_folder / "vault.db") == 0o600
