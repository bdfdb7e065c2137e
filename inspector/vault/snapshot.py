"""A consistent, still-encrypted copy of a live vault database, taken with SQLite's online backup
API (see ``inspector.vault.backup`` for why never a file copy). Used for a backup file, the copy
before a migration (``migrate``) and ``Vault.copy_to``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.vault import keys

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as dbapi


def _new_copy(path: Path, data_key: bytes) -> dbapi.Connection:
    """A connection to a new (or empty) database file keyed with the vault's raw key, set to
    receive a backup: its rollback journal in memory and no syncs while it is written (the
    file is synced once, when complete). A WAL destination would write every page twice."""
    import sqlcipher3.dbapi2 as dbapi

    from inspector.vault.engine import create_private_file

    if len(data_key) != keys.DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    create_private_file(path)
    conn = dbapi.connect(str(path), check_same_thread=False)
    conn.isolation_level = None
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")  # hex of 32 bytes: no user text
    if not conn.execute("PRAGMA cipher_version").fetchone():
        conn.close()
        raise RuntimeError("sqlcipher3 is not linked against SQLCipher")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def copy_database(source: Path, data_key: bytes, target: Path) -> None:
    """An encrypted, consistent copy of the database at ``source`` in the new file ``target``,
    through SQLite's online backup API; on disk (fsynced) when this returns."""
    from inspector.vault.engine import connect

    if target.exists() and target.stat().st_size > 0:
        raise FileExistsError(target)  # an empty file (made with mode 600) is welcome
    src = connect(source, data_key)
    try:
        dest = _new_copy(target, data_key)
        try:
            # pages=-1: the whole database in one step, from one read snapshot.
            src.backup(dest, pages=-1)
        finally:
            dest.close()
    finally:
        src.close()
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())
