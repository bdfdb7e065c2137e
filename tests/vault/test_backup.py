"""Acceptance: a backup taken while another process writes restores to a sound vault that opens
with the passphrase and with the recovery key, and the backup file holds no clear text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from inspector.errors import InvalidInput, VaultDamaged, VaultExists, WrongPassphrase
from inspector.services.backup import backup_vault
from inspector.vault.audit import verify_chain
from inspector.vault.backup import read_manifest, restore_backup
from inspector.vault.store import Vault, unlock_vault, vault_files
from inspector.vault.tables import Agency
from tests.conftest import PASSPHRASE, ROOT, TemplateVault, file_hashes, run_cli
from tests.vault.test_at_rest import SECRETS, _leaks, _store_secrets


def _writer(folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.vault.crash_writer", str(folder), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _wait_for(child: subprocess.Popen[str], at_least: int) -> int:
    assert child.stdout is not None
    for line in child.stdout:
        if int(line) >= at_least:
            return int(line)
    raise AssertionError("the writer stopped")


def _agencies(vault: Vault) -> set[str]:
    with vault.reading() as session:
        return set(session.scalars(select(Agency.licence_number)))


def test_backup_during_a_stream_of_writes_restores_and_opens_with_passphrase_and_recovery_key(
    vault: Vault, vault_folder: Path, template_vault: TemplateVault, tmp_path: Path
) -> None:
    _store_secrets(vault)
    out = tmp_path / "drive"
    out.mkdir()
    target = out / "backup.zip"
    child = _writer(vault_folder)
    try:
        before = _wait_for(child, 20)
        info = backup_vault(vault, target)
        # The writer kept committing while the copy was taken, in its own process.
        after = _wait_for(child, before + 20)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert after > before
    assert info.size == target.stat().st_size
    assert sorted(p.name for p in out.iterdir()) == ["backup.zip"]  # no temp file left behind
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "vault.db", "vault.key"]

    # No clear text: neither the secrets stored before nor the writer's agencies.
    assert _leaks(out) == []
    raw = target.read_bytes()
    assert b"CRASH-0000" not in raw and b"CRASH-0000".decode().encode("utf-16-le") not in raw
    assert "Agency 1".encode("utf-16-le") not in raw

    restored = restore_backup(target, tmp_path / "restored", passphrase=PASSPHRASE)
    assert restored.vault_id == vault.vault_id and restored.set_aside is None
    with unlock_vault(restored.folder, PASSPHRASE) as copy:
        assert copy.check_integrity() == []
        with copy.reading() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert verify_chain(session).intact
            names = set(session.scalars(select(Agency.name)))
        licences = _agencies(copy)
    assert SECRETS["agency"] in names
    numbers = {int(lic.split("-")[1]) for lic in licences if lic.startswith("CRASH-")}
    # Every agency committed before the backup began is in it, with no gap.
    assert set(range(1, before + 1)) <= numbers
    assert numbers == set(range(1, max(numbers) + 1))

    by_key = restore_backup(
        target, tmp_path / "by-recovery-key", recovery_key=template_vault.recovery_key
    )
    with unlock_vault(by_key.folder, recovery_key=template_vault.recovery_key) as copy:
        assert _agencies(copy) == licences
        with copy.reading() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_restore_checks_before_it_changes_anything(
    vault: Vault, vault_folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "backup.zip"
    backup_vault(vault, target)
    place = tmp_path / "place"

    with pytest.raises(WrongPassphrase):
        restore_backup(target, place, passphrase="not the passphrase at all")
    assert not place.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    # One byte of the encrypted database changed inside the archive.
    raw = bytearray(target.read_bytes())
    offset = raw.index(b"vault.db", raw.index(b"vault.key") + 20) + 4096
    raw[offset] ^= 0x01
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(raw))
    with pytest.raises(VaultDamaged):
        restore_backup(damaged, place, passphrase=PASSPHRASE)
    assert not place.exists()

    # An existing vault is refused, then kept aside when replaced.
    vault.close()
    before = file_hashes(vault_folder)
    with pytest.raises(VaultExists):
        restore_backup(target, vault_folder, passphrase=PASSPHRASE)
    assert file_hashes(vault_folder) == before
    restored = restore_backup(target, vault_folder, passphrase=PASSPHRASE, replace=True)
    assert restored.set_aside is not None
    assert file_hashes(restored.set_aside) == before
    with unlock_vault(vault_folder, PASSPHRASE) as again:
        assert again.check_integrity() == []


def test_a_backup_is_refused_inside_the_vault_folder_and_over_a_file(
    vault: Vault, vault_folder: Path, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="outside the vault folder"):
        backup_vault(vault, vault_folder / "backups" / "b.zip")
    existing = tmp_path / "b.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match="already exists"):
        backup_vault(vault, existing)
    assert existing.read_bytes() == b"keep me"
    backup_vault(vault, existing, overwrite=True)
    assert read_manifest(existing).vault_id == vault.vault_id


def test_backup_restore_and_status_commands(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path, template_vault: TemplateVault
) -> None:
    def cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return run_cli("--passphrase-file", str(passphrase_file), *args, **kwargs)  # type: ignore[arg-type]

    vault = f"--vault={vault_folder}"
    target = tmp_path / "b.zip"
    made = cli(vault, "backup", "-o", str(target))
    assert made.returncode == 0, made.stderr
    assert "Backup written" in made.stdout
    status = cli(vault, "status")
    assert status.returncode == 0, status.stderr
    assert "Last backup: " in status.stdout and "(today)" in status.stdout
    assert "Every change is in a backup" in status.stdout

    restored = tmp_path / "restored"
    result = cli("restore", str(target), "--vault", str(restored))
    assert result.returncode == 0, result.stderr
    assert "every page was checked" in result.stdout
    assert {p.name for p in vault_files(restored)} == {"vault.db", "vault.key"}
    # The global --vault works too, and an existing vault is refused (exit 3).
    again = cli(f"--vault={restored}", "restore", str(target))
    assert again.returncode == 3 and "already exists" in again.stderr
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(template_vault.recovery_key, "ascii")
    other = tmp_path / "other"
    by_key = run_cli(
        "restore", str(target), "--vault", str(other), "--recovery-key-file", str(key_file)
    )
    assert by_key.returncode == 0, by_key.stderr
    assert "passwd --recovery" in by_key.stdout
    with (
        unlock_vault(other, recovery_key=template_vault.recovery_key) as copy,
        copy.reading() as session,
    ):
        assert session.scalar(select(func.count()).select_from(Agency)) == 0
