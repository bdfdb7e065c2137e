"""Issue 15, faults: an open vault's lock is respected by restore and passwd; a restore cut short
never leaves the path without a vault; what an interrupted backup, restore or passwd leaves is
cleaned at the next start; a key file from another vault is named as such; wrong passphrases are
counted beside the vault and take turns; the command line refuses a weak passphrase."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector.errors import PassphraseRejected, VaultDamaged, WrongPassphrase
from inspector.services.agencies import AgencyData, create_agency, list_agencies
from inspector.services.uow import UnitOfWork
from inspector.vault import keys, throttle
from inspector.vault.store import create_vault, unlock_vault
from tests.conftest import PASSPHRASE, ROOT, run_cli
from tests.vault.raw import vault_data

CHEAP = keys.KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)


def _child(scenario: str, folder: Path, extra: str = "") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.vault.fault_child", scenario, str(folder), PASSPHRASE, extra],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _killed_at(scenario: str, folder: Path, extra: str = "") -> str:
    """Run a child until it kills itself (or is killed) at the stage it names."""
    child = _child(scenario, folder, extra)
    assert child.stdout is not None
    stage = child.stdout.readline().strip()
    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)
    assert stage, child.stderr.read() if child.stderr else ""
    return stage


@pytest.fixture
def held(vault_folder: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process (a window left open) with the vault open."""
    child = _child("hold", vault_folder)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    yield child
    if child.stdin:
        child.stdin.close()
    child.wait(timeout=30)


def _with_data(folder: Path, name: str = "Kept Agency") -> None:
    with unlock_vault(folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("NP-RA-0001", name, "NP"))


def _names(folder: Path) -> list[str]:
    with unlock_vault(folder, PASSPHRASE) as vault, vault.reading() as session:
        return [row.name for row in list_agencies(session)]


def _backup(folder: Path, output: Path) -> Path:
    from inspector.services.backup import backup_vault

    with unlock_vault(folder, PASSPHRASE) as vault:
        return backup_vault(vault, output).path


def test_restore_and_passwd_are_refused_while_another_process_has_the_vault_open(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path, held: subprocess.Popen[str]
) -> None:
    backup = _backup(vault_folder, tmp_path / "backup.zip")
    before = vault_data(vault_folder)
    common = ("--vault", str(vault_folder), "--passphrase-file", str(passphrase_file))
    restore = run_cli(*common, "restore", str(backup), "--force")
    assert restore.returncode == 16, restore.stderr
    assert "open in Field Inspector or in another command" in restore.stderr
    new = tmp_path / "new"
    new.write_text("a brand new passphrase")
    passwd = run_cli(*common, "passwd", "--new-passphrase-file", str(new))
    assert passwd.returncode == 16, passwd.stderr
    assert vault_data(vault_folder) == before
    assert not list(tmp_path.glob(".vault.restore-*"))
    assert held.poll() is None  # the window goes on working on its vault


@pytest.mark.parametrize("scenario", ["restore-swapping", "restore-swapping-two-renames"])
def test_a_restore_killed_during_the_swap_leaves_a_vault_in_place(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path, scenario: str
) -> None:
    _with_data(vault_folder, "In The Backup")
    backup = _backup(vault_folder, tmp_path / "backup.zip")
    with unlock_vault(vault_folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("NP-RA-0002", "After The Backup", "NP"))
    assert _killed_at(scenario, vault_folder, str(backup)) == "swapping"
    # The next start settles it: the restored vault in place, the replaced one set aside.
    result = run_cli("--vault", str(vault_folder), "--passphrase-file", str(passphrase_file),
                     "status")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _names(vault_folder) == ["In The Backup"]
    set_aside = list(tmp_path.glob("vault.before-restore-*"))
    assert len(set_aside) == 1
    assert sorted(_names(set_aside[0])) == ["After The Backup", "In The Backup"]
    assert not list(tmp_path.glob(".vault.restore-*"))
    assert not [p for p in vault_folder.iterdir() if p.name.startswith("RESTORE-")]


def test_what_interrupted_backup_restore_and_passwd_leave_is_cleaned_at_the_next_start(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "drive"
    out.mkdir()
    backup = _backup(vault_folder, tmp_path / "backup.zip")
    assert _killed_at("backup", vault_folder, str(out / "backup.zip")) == "copying"
    assert [p.name for p in out.iterdir() if p.name.endswith(".partial")]
    assert _killed_at("passwd", vault_folder) == "writing"
    assert list(vault_folder.glob("vault.key.*.new"))
    assert _killed_at("restore-checking", vault_folder, str(backup)) == "checking"
    assert list(tmp_path.glob(".vault.restore-*"))

    result = run_cli("--vault", str(vault_folder), "--passphrase-file", str(passphrase_file),
                     "status")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert list(out.iterdir()) == []
    assert not list(vault_folder.glob("vault.key.*"))
    assert not list(tmp_path.glob(".vault.restore-*"))
    unlock_vault(vault_folder, PASSPHRASE).close()  # the old passphrase: passwd never finished


def test_a_key_file_from_another_vault_is_named_as_such(vault_folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    create_vault(other, PASSPHRASE, kdf=CHEAP).vault.close()
    shutil.copy(other / "vault.key", vault_folder / "vault.key")
    before = vault_data(vault_folder)
    with pytest.raises(VaultDamaged) as refused:
        unlock_vault(vault_folder, PASSPHRASE)
    message = str(refused.value)
    assert "does not belong to the database" in message and "restore" not in message
    assert vault_data(vault_folder) == before


def test_wrong_passphrases_are_counted_beside_the_vault(
    vault_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    for attempt in range(throttle.FREE_ATTEMPTS + 1):
        # A new INSPECTOR_HOME (or XDG_STATE_HOME) each time: the count stays with the vault.
        monkeypatch.setenv("INSPECTOR_HOME", str(tmp_path / f"home-{attempt}"))
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / f"state-{attempt}"))
        with pytest.raises(WrongPassphrase):
            unlock_vault(vault_folder, "wrong passphrase!!", sleep=waits.append)
    assert waits == [1.0]  # whole seconds: the fourth attempt waited
    assert throttle.seconds_to_wait(vault_folder) > 0


def test_parallel_guesses_take_turns(vault_folder: Path) -> None:
    waits: list[float] = []
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            waits.append(seconds)

    def guess() -> None:
        with pytest.raises(WrongPassphrase):
            unlock_vault(vault_folder, "wrong passphrase!!", sleep=sleep)

    threads = [threading.Thread(target=guess) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Each guess saw the ones before it: the fourth, fifth and sixth had to wait.
    assert len(waits) == 6 - throttle.FREE_ATTEMPTS, waits


def test_the_cli_says_how_long_it_waits_in_whole_seconds(
    vault_folder: Path, passphrase_file: Path
) -> None:
    # A 4 s delay that began 0.6 s ago: whatever the command's start-up takes on a busy
    # machine, some of it is left, and the wait is said in whole seconds, never "0 s".
    (vault_folder / throttle.ATTEMPTS_FILE_NAME).write_text(
        f'{{"failures": {throttle.FREE_ATTEMPTS + 2}, "last_failure": {time.time() - 0.6}}}'
    )
    result = run_cli("--vault", str(vault_folder), "--passphrase-file", str(passphrase_file),
                     "agencies", "list")  # fmt: skip
    assert result.returncode == 0, result.stderr
    import re

    said = re.findall(r"waiting (\d+) s", result.stderr)
    assert said and all(1 <= int(n) <= 4 for n in said), result.stderr


def test_the_command_line_refuses_the_passphrases_the_window_calls_weak(tmp_path: Path) -> None:
    from inspector.vault.keys import passphrase_strength

    weak = tmp_path / "weak.txt"
    weak.write_text("aaaaaaaaaa\n")
    assert passphrase_strength("aaaaaaaaaa") == 1  # "Weak: add words" on the window's bar
    result = run_cli("--vault", str(tmp_path / "v"), "--passphrase-file", str(weak), "init")
    assert result.returncode == 1
    assert "too easy to guess" in result.stderr
    assert not (tmp_path / "v" / "vault.db").exists()
    with pytest.raises(PassphraseRejected):
        create_vault(tmp_path / "w", "recruitment")  # the window creates vaults through this


def test_a_second_writer_gets_a_sentence_not_database_is_locked(
    vault_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from inspector.cli.main import main
    from inspector.vault import engine
    from tests.vault.raw import raw_connection

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    registry = tmp_path / "registry.csv"
    registry.write_text("licence_number,name,country\nNP-RA-0009,Busy Agency,NP\n")
    writer = raw_connection(vault_folder, PASSPHRASE)
    writer.isolation_level = None
    writer.execute("BEGIN IMMEDIATE")  # another window in the middle of a long write
    try:
        code = main(["--vault", str(vault_folder), "agencies", "import", str(registry)])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    err = capsys.readouterr().err
    assert code == 16, err
    assert "The vault is busy" in err and "unexpected error" not in err


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB file system (tmpfs), for a disk that fills up; needs the right to mount."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("needs mount")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                          capture_output=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip("not allowed to mount a small file system here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def _fill(disk: Path, leave: int = 0) -> None:
    """Fill the disk, then give back ``leave`` bytes."""
    filler = disk / "filler"
    with filler.open("ab") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - leave))


def test_a_full_disk_gets_a_sentence_and_leaves_nothing_half_written(
    template_vault: object, small_disk: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    folder = small_disk / "vault"
    shutil.copytree(template_vault.folder, folder)  # type: ignore[attr-defined]
    registry = tmp_path / "registry.csv"
    rows = "".join(f"NP-RA-{n:06d},Agency number {n},NP\n" for n in range(20000))
    registry.write_text("licence_number,name,country\n" + rows)
    new = tmp_path / "new"
    new.write_text("a brand new passphrase")
    common = ("--vault", str(folder), "--passphrase-file", str(passphrase_file))
    before = vault_data(folder)
    outcomes = {}
    for leave, command in (
        (400 * 1024, ("agencies", "import", str(registry))),  # room to open, not to write
        (400 * 1024, ("backup", "-o", str(small_disk / "backup.zip"))),
        (0, ("passwd", "--new-passphrase-file", str(new))),
        (0, ("status",)),
        (0, ("check",)),
    ):
        _fill(small_disk, leave)
        result = run_cli(*common, *command)
        outcomes[command[0]] = result.returncode
        assert result.returncode != 70, (command, result.stderr)
        assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr
        if result.returncode != 0:
            assert "disk is full" in result.stderr, (command, result.stderr)
    assert outcomes == dict.fromkeys(outcomes, 17)
    assert [p.name for p in small_disk.iterdir()] in (["vault", "filler"], ["filler", "vault"])
    (small_disk / "filler").unlink()
    assert vault_data(folder)["vault.key"] == before["vault.key"]
    assert _names(folder) == []  # the import was left out whole
