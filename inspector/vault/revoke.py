"""Destroying a vault's key material when the ministry revokes its laptop.

The database stays as it is, encrypted; what goes is every wrapped copy of its data key in the
vault folder: the key file's passphrase and recovery slots (and any half-written sibling of it
from a passphrase change). Each file is overwritten with random bytes of its own length, flushed
to the disk, then removed, so neither the passphrase nor the recovery key opens the vault again.
A notice beside the database says why, so the next unlock says so instead of "damaged".

Overwriting in place is what a program can do; on flash storage with wear levelling the old
blocks may survive until the drive reuses them, which is why the slots are also useless without
the passphrase (Argon2id) and why full-disk encryption is still advised.

Backup archives made with ``inspector backup`` carry their own copy of the key file and are out
of reach here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from pathlib import Path

from inspector.errors import VaultRevoked
from inspector.i18n import _
from inspector.vault.keys import KEY_FILE_NAME

NOTICE_FILE_NAME = "vault.revoked"


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _shred(path: Path) -> None:
    """Overwrite ``path`` with random bytes of its length, flush, then remove it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    fd = os.open(path, os.O_WRONLY)
    try:
        remaining = max(size, 1)
        while remaining > 0:
            remaining -= os.write(fd, secrets.token_bytes(min(remaining, 64 * 1024)))
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


def _write_notice(folder: Path, server: str, reason: str) -> None:
    notice = {
        "revoked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "server": server,
        "reason": reason,
    }
    path = folder / NOTICE_FILE_NAME
    temp = folder / (NOTICE_FILE_NAME + ".new")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(notice, indent=2).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, path)


def destroy_key_material(folder: Path, *, server: str = "", reason: str = "") -> None:
    """Make the vault in ``folder`` impossible to unlock: the notice first (so an interruption
    still explains itself), then every key file shredded. Safe to run twice."""
    _write_notice(folder, server, reason)
    _fsync_dir(folder)
    for path in [folder / KEY_FILE_NAME, *folder.glob(KEY_FILE_NAME + ".*.new")]:
        _shred(path)
    _fsync_dir(folder)


def revoked_notice(folder: Path) -> dict[str, str] | None:
    """What the notice says, or None when this vault was never revoked."""
    try:
        raw = (folder / NOTICE_FILE_NAME).read_text("utf-8")
    except FileNotFoundError:
        return None
    try:
        doc = json.loads(raw)
    except ValueError:
        doc = {}
    return {str(k): str(v) for k, v in doc.items()} if isinstance(doc, dict) else {}


def refuse_if_revoked(folder: Path) -> None:
    """Raise VaultRevoked, with the date, when this vault's laptop was revoked."""
    notice = revoked_notice(folder)
    if notice is None:
        return
    raise VaultRevoked(
        _(
            "This laptop was revoked by the ministry on {date} and its keys were destroyed: "
            "the vault in {folder} can no longer be opened. What it had sent is kept on the "
            "server; ask your administrator for a new enrolment."
        ).format(date=notice.get("revoked_at", "?")[:10], folder=folder)
    )
