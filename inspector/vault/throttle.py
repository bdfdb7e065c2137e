"""Repeated wrong passphrases slow the next attempt down; they never wipe anything.

The count lives beside the vault, in ``vault.attempts`` in the vault folder, so pointing
``XDG_STATE_HOME`` or ``INSPECTOR_HOME`` elsewhere does not reset it. Attempts on one vault take
turns: each holds an OS lock on that file from reading the count to recording the result, so
sixteen guesses started at once are sixteen attempts in a row, each waiting its delay, not
sixteen through one delay window. Waits are whole seconds.

Deleting the file resets the delay: this slows down guessing at the keyboard; the real defence
against an offline attack on a copied key file is Argon2id. A vault folder that cannot be
written (a read-only copy) falls back to a count in the state folder.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from collections.abc import Iterator
from pathlib import Path

from inspector import paths

FREE_ATTEMPTS = 3
MAX_DELAY_S = 60.0
ATTEMPTS_FILE_NAME = "vault.attempts"


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt: none for the first few, then doubling, capped."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S))


def _parse(text: str) -> tuple[int, float]:
    try:
        doc = json.loads(text)
        failures, last = int(doc["failures"]), float(doc["last_failure"])
    except (ValueError, KeyError, TypeError, OverflowError):
        return 0, 0.0
    if failures < 0 or not math.isfinite(last):
        return 0, 0.0
    return failures, last


def _wait(failures: int, last: float, now: float) -> float:
    """Whole seconds (never "0 s" when there is a wait)."""
    remaining = last + delay_after(failures) - now
    return float(math.ceil(remaining)) if remaining > 0 else 0.0


class Attempts:
    """The count of one vault, held for one attempt (see :func:`attempt`)."""

    def __init__(self, fd: int | None, fallback: Path | None) -> None:
        self._fd = fd
        self._fallback = fallback

    def _read(self) -> tuple[int, float]:
        if self._fd is not None:
            os.lseek(self._fd, 0, os.SEEK_SET)
            return _parse(os.read(self._fd, 4096).decode("utf-8", "replace"))
        try:
            return _parse(self._fallback.read_text("utf-8")) if self._fallback else (0, 0.0)
        except OSError:
            return 0, 0.0

    def _write(self, failures: int, last: float) -> None:
        data = json.dumps({"failures": failures, "last_failure": last}).encode("ascii")
        with contextlib.suppress(OSError):  # a full disk must not turn into "wrong passphrase"
            if self._fd is not None:
                os.lseek(self._fd, 0, os.SEEK_SET)
                os.ftruncate(self._fd, 0)
                os.write(self._fd, data)
                os.fsync(self._fd)
            elif self._fallback is not None:
                self._fallback.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                tmp = self._fallback.with_suffix(".tmp")
                tmp.write_bytes(data)
                os.replace(tmp, self._fallback)

    def seconds_to_wait(self, now: float | None = None) -> float:
        failures, last = self._read()
        return _wait(failures, last, time.time() if now is None else now)

    def failed(self) -> None:
        failures, _last = self._read()
        self._write(failures + 1, time.time())

    def succeeded(self) -> None:
        if self._read()[0]:
            self._write(0, 0.0)


def _state_file(vault_id: str) -> Path:
    return paths.state_dir() / f"unlock-{vault_id}.json"


@contextlib.contextmanager
def attempt(folder: Path | None, vault_id: str) -> Iterator[Attempts]:
    """The count for one attempt on the vault in ``folder``, which no other attempt on it can
    read or change until this one is over. ``folder`` None (a backup's key file being
    restored): the count in the state folder."""
    fd = None
    if folder is not None and folder.is_dir():
        with contextlib.suppress(OSError):
            fd = os.open(
                folder / ATTEMPTS_FILE_NAME,
                os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0),
                0o600,
            )
    if fd is None:
        yield Attempts(None, _state_file(vault_id))
        return
    try:
        if os.name == "posix":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)  # wait for the attempt before this one
        yield Attempts(fd, None)
    finally:
        os.close(fd)


def seconds_to_wait(where: Path | str, now: float | None = None) -> float:
    """How long the next attempt will wait: ``where`` is the vault folder (or, as older callers
    give it, the vault id, whose count in the state folder is read)."""
    if isinstance(where, Path):
        try:
            text = (where / ATTEMPTS_FILE_NAME).read_text("utf-8")
        except OSError:
            return 0.0
    else:
        try:
            text = _state_file(where).read_text("utf-8")
        except OSError:
            return 0.0
    failures, last = _parse(text)
    return _wait(failures, last, time.time() if now is None else now)
