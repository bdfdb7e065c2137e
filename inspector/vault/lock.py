"""The OS lock an open vault holds, so that what replaces or re-keys the database waits for no one
and breaks no one.

Every process that has the vault open (the window, a command) holds a shared lock on
``vault.lock`` in the vault folder; a restore over the vault, a re-key and a passphrase change
need it exclusively, and are refused while anyone has the vault open. The lock belongs to the
open file, so the OS drops it when the process ends, however it ends: a crash leaves no stale
lock behind. Within one process the opens share one descriptor and count themselves.

On Windows (no ``flock``) the lock is advisory only and not taken: restore and re-key there rely
on the refusal of the OS to rename a folder with open files.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from inspector.errors import VaultBusy
from inspector.i18n import _

LOCK_FILE_NAME = "vault.lock"
SHARED_WAIT_S = 5.0  # an open waits this long for a restore or re-key to finish


def _in_use(folder: Path) -> VaultBusy:
    return VaultBusy(
        _(
            "The vault in {folder} is open in Field Inspector or in another command. Close the "
            "window (or wait for the command to finish) and try again; nothing was changed."
        ).format(folder=folder)
    )


def _being_replaced(folder: Path) -> VaultBusy:
    return VaultBusy(
        _(
            "The vault in {folder} is being restored or re-keyed by another command; try again "
            "when it has finished."
        ).format(folder=folder)
    )


@dataclass
class _Held:
    fd: int
    exclusive: bool
    count: int


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def _key(folder: Path) -> str:
    return str(folder.resolve())


def _open_lock_file(folder: Path) -> int:
    return os.open(
        folder / LOCK_FILE_NAME,
        os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0),
        0o600,
    )


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is still the lock file at ``path`` (a restore may have moved the folder
    away while we waited)."""
    try:
        here = os.stat(path)
    except FileNotFoundError:
        return False
    there = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


class VaultLock:
    """A held lock; ``release()`` (or the end of a ``with`` block) lets it go."""

    def __init__(self, folder: Path, exclusive: bool) -> None:
        self.folder = folder
        self.exclusive = exclusive
        self._released = False

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        _release(self.folder)

    def __enter__(self) -> VaultLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _release(folder: Path) -> None:
    with _guard:
        held = _held.get(_key(folder))
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[_key(folder)]
        os.close(held.fd)  # closing the descriptor drops the lock


def acquire(folder: Path, *, exclusive: bool = False) -> VaultLock:
    """Take the vault's lock: shared (to use the vault) or exclusive (to replace or re-key
    it). Raises ``VaultBusy`` when it cannot be had."""
    if os.name != "posix":
        return VaultLock(folder, exclusive)
    import fcntl

    with _guard:
        held = _held.get(_key(folder))
        if held is not None:
            if exclusive or held.exclusive:
                # This process has the vault open already (or is replacing it).
                raise _in_use(folder) if exclusive else _being_replaced(folder)
            held.count += 1
            return VaultLock(folder, exclusive)
        deadline = time.monotonic() + (0 if exclusive else SHARED_WAIT_S)
        while True:
            fd = _open_lock_file(folder)
            try:
                fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                if time.monotonic() >= deadline:
                    raise _in_use(folder) if exclusive else _being_replaced(folder) from None
                time.sleep(0.1)
                continue
            except BaseException:
                os.close(fd)
                raise
            if _same_file(fd, folder / LOCK_FILE_NAME):
                break
            os.close(fd)  # the folder was replaced while we waited: lock the new one
        _held[_key(folder)] = _Held(fd, exclusive, 1)
        return VaultLock(folder, exclusive)


def holds(folder: Path) -> bool:
    """Whether this process holds the vault's lock (for tests and checks)."""
    with _guard:
        return _key(folder) in _held
