"""What an interrupted backup, restore or passphrase change leaves behind, cleaned at the next
start and never mistaken for data.

- A backup writes two partial files beside its destination (an encrypted copy and the archive
  being built, both named ``.NAME...partial``). While it runs, a record of them lies in the vault
  folder's ``pending/`` folder, held under an OS lock; a record whose lock is free belongs to a
  backup that died, and its partial files are removed.
- A restore checks the backup in a staging folder beside the target (``.NAME.restore-...``)
  holding a marker file: ``RESTORE-PARTIAL`` while it is checked, ``RESTORE-CHECKED`` once every
  page was. A staging folder whose marker is not held by a live restore is removed; a checked
  one is put in place if the target folder is missing (the swap was cut short); a staging
  folder without a marker but with a vault is the vault that a swap set aside, and is given its
  set-aside name.
- A passphrase change writes ``vault.key.XXXX.new`` before renaming it over the key file; one
  left over is removed (no passphrase change runs while the vault is open: it needs the lock).

A re-key's ``vault.key.rekey`` is not cleaned here: the next unlock settles it
(``inspector.vault.rekey``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

PENDING_DIR_NAME = "pending"
PARTIAL_MARKER = "RESTORE-PARTIAL"
CHECKED_MARKER = "RESTORE-CHECKED"


def _try_lock(fd: int) -> bool:
    if os.name != "posix":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _is_partial_name(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(".partial")


@contextlib.contextmanager
def pending_files(vault_folder: Path, *files: Path) -> Iterator[None]:
    """Record ``files`` (partial files being written) in the vault folder while the block
    runs, so that a crash leaves them to be removed at the next start."""
    folder = vault_folder / PENDING_DIR_NAME
    record: Path | None = None
    fd: int | None = None
    with contextlib.suppress(OSError):  # a read-only vault folder: nothing is recorded
        folder.mkdir(mode=0o700, exist_ok=True)
        record = folder / f"{uuid.uuid4()}.json"
        fd = os.open(record, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        _try_lock(fd)
        os.write(fd, json.dumps([str(path.resolve()) for path in files]).encode("utf-8"))
    try:
        yield
    finally:
        if record is not None:
            record.unlink(missing_ok=True)
        if fd is not None:
            os.close(fd)


def _clean_pending(vault_folder: Path) -> None:
    folder = vault_folder / PENDING_DIR_NAME
    if not folder.is_dir():
        return
    for record in folder.glob("*.json"):
        with contextlib.suppress(OSError):
            fd = os.open(record, os.O_RDONLY)
            try:
                if not _try_lock(fd):
                    continue  # a backup running now
                paths = json.loads(os.read(fd, 1024 * 1024) or b"[]")
                for name in paths if isinstance(paths, list) else []:
                    path = Path(str(name))
                    if _is_partial_name(path) and path.is_file() and not path.is_symlink():
                        path.unlink(missing_ok=True)
                        for suffix in ("-wal", "-shm", "-journal"):
                            Path(str(path) + suffix).unlink(missing_ok=True)
                record.unlink(missing_ok=True)
            finally:
                os.close(fd)


def _clean_key_temps(vault_folder: Path) -> None:
    for leftover in vault_folder.glob("vault.key.*.new"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def staging_folders(target: Path) -> list[Path]:
    """The restore staging folders beside ``target``."""
    parent = target.parent
    if not parent.is_dir():
        return []
    return sorted(parent.glob(f".{target.name}.restore-*"))


@contextlib.contextmanager
def staging_marker(staging: Path) -> Iterator[Path]:
    """Mark ``staging`` as a restore in progress, held under an OS lock while it runs."""
    marker = staging / PARTIAL_MARKER
    fd = os.open(marker, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _try_lock(fd)
        yield marker
    finally:
        os.close(fd)


def mark_checked(staging: Path) -> None:
    """Every page of the staged vault was checked: it may be put in place."""
    os.replace(staging / PARTIAL_MARKER, staging / CHECKED_MARKER)


def set_aside_name(target: Path) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = target.with_name(f"{target.name}.before-restore-{stamp}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = target.with_name(f"{target.name}.before-restore-{stamp}-{number}")
    return candidate


def _marker_busy(staging: Path) -> bool:
    for name in (PARTIAL_MARKER, CHECKED_MARKER):
        marker = staging / name
        if not marker.exists():
            continue
        try:
            fd = os.open(marker, os.O_RDONLY)
        except OSError:
            return False
        try:
            return not _try_lock(fd)
        finally:
            os.close(fd)
    return False


def clean_restores(target: Path) -> None:
    """Settle the staging folders an interrupted restore left beside ``target``."""
    from inspector.vault.layout import vault_exists

    for staging in staging_folders(target):
        if not staging.is_dir() or staging.is_symlink() or _marker_busy(staging):
            continue
        checked = (staging / CHECKED_MARKER).exists()
        partial = (staging / PARTIAL_MARKER).exists()
        if checked and not vault_exists(target):
            if target.exists():
                with contextlib.suppress(OSError):
                    target.rmdir()  # an empty folder left by the swap
            if not target.exists():
                (staging / CHECKED_MARKER).unlink()
                os.rename(staging, target)
                continue
        if checked or partial:
            shutil.rmtree(staging, ignore_errors=True)
        elif vault_exists(staging):
            os.rename(staging, set_aside_name(target))  # the vault a swap set aside
    for marker in (CHECKED_MARKER, PARTIAL_MARKER):
        with contextlib.suppress(OSError):
            (target / marker).unlink()  # the marker that came with a swapped-in vault


def clean(vault_folder: Path) -> None:
    """Remove what interrupted work left (see the module's docstring). Called at start, by
    whoever has the vault open (so no passphrase change or restore of it is running)."""
    with contextlib.suppress(OSError):
        _clean_pending(vault_folder)
        _clean_key_temps(vault_folder)
        clean_restores(vault_folder)
