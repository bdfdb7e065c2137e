"""Re-keying: the database re-encrypted under a new data key, with a new recovery key.

A passphrase change only rewraps the data key, so every older copy of the key file (each backup
holds one) still opens today's database with the passphrase it was made under, and so does the
recovery key, which a rewrap keeps. A re-key replaces the data key: afterwards no older key file,
passphrase or recovery key opens this database. Backups made before keep their own key file and
their own copy of the data, and still open with the secrets they were made under.

The steps, each safe to interrupt:

1. the new key file (new data key under the passphrase and a new recovery key) is written beside
   the old one as ``vault.key.rekey`` and fsynced;
2. the database is re-encrypted with SQLCipher's ``PRAGMA rekey``. In WAL mode that would leave
   pages under the old key in the WAL until a checkpoint, so the WAL is checkpointed and
   truncated and the journal switched to DELETE first, then back to WAL;
3. the database is read with the new key, and the new key file renamed over ``vault.key``.

After an interruption :func:`finish_interrupted_rekey` (run by the next unlock) keeps whichever
key file the database opens with and removes the other.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.errors import (
    InvalidInput,
    VaultBusy,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from inspector.i18n import _
from inspector.vault import keys
from inspector.vault.lock import acquire

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as dbapi

PENDING_NAME = keys.KEY_FILE_NAME + ".rekey"


@dataclass(frozen=True)
class Rekeyed:
    recovery_key: str  # the new one; the old one opens nothing any more


def _rekey_database(conn: dbapi.Connection, new_key: bytes) -> None:
    busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if busy or str(mode).lower() != "delete":
        raise VaultBusy(
            _("The vault is being read by another program; close it and try the re-key again.")
        )
    conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")  # hex of 32 random bytes
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL")


def rekey_vault(
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    new_passphrase: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Rekeyed:
    """Re-encrypt the vault's database under a new data key and make a new recovery key. The
    passphrase stays unless ``new_passphrase`` is given (it must be, with the recovery key).
    Refused while the vault is open anywhere."""
    from inspector.vault.access import find_vault, unwrap_data_key
    from inspector.vault.engine import connect
    from inspector.vault.layout import db_path, key_path

    if passphrase is None and new_passphrase is None:
        raise InvalidInput(_("A re-key with the recovery key needs a new passphrase."))
    if new_passphrase is not None:
        keys.check_new_passphrase(new_passphrase)
    with acquire(folder, exclusive=True):
        key_file = find_vault(folder)
        finish_interrupted_rekey(folder, passphrase=passphrase, recovery_key=recovery_key)
        key_file = find_vault(folder)
        data_key = unwrap_data_key(key_file, passphrase, recovery_key, sleep, folder)
        database = db_path(folder)
        salt = keys.database_salt_of(database)
        conn = connect(database, data_key)
        pending = folder / PENDING_NAME
        try:
            new = keys.new_key_file(
                new_passphrase if new_passphrase is not None else str(passphrase),
                key_file.kdf,
                vault_id=key_file.vault_id,
                database_salt=salt,
                check=new_passphrase is not None,
            )
            keys.write_key_file(pending, new.key_file)
            _rekey_database(conn, new.data_key)
        except BaseException:
            conn.close()
            # Still under the old key (SQLite rolled back what it had begun): drop the new file.
            if _opens(database, data_key):
                pending.unlink(missing_ok=True)
            raise
        conn.close()
        connect(database, new.data_key).close()
        os.replace(pending, key_path(folder))
        keys.fsync_dir(folder)
    return Rekeyed(new.recovery_key)


def _opens(database: Path, data_key: bytes) -> bool:
    from inspector.vault.engine import connect

    try:
        connect(database, data_key).close()
    except VaultDamaged:
        return False
    return True


def _try_unwrap(
    key_file: keys.KeyFile, passphrase: str | None, recovery_key: str | None
) -> bytes | None:
    with contextlib.suppress(WrongPassphrase, WrongRecoveryKey, ValueError):
        if recovery_key is not None:
            return keys.unwrap_with_recovery_key(key_file, recovery_key)
        if passphrase is not None:
            return keys.unwrap_with_passphrase(key_file, passphrase)
    return None


def finish_interrupted_rekey(
    folder: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> None:
    """After a re-key was interrupted: keep the key file the database opens with. Opening
    the database with the old key first lets SQLite roll back a re-key caught half-way."""
    from inspector.vault.layout import db_path, key_path

    pending = folder / PENDING_NAME
    if not pending.exists():
        return
    database = db_path(folder)
    try:
        new_file = keys.read_key_file(pending)
    except VaultDamaged:
        pending.unlink()  # written half: the re-key had not begun
        return
    old_key = _try_unwrap(keys.read_key_file(key_path(folder)), passphrase, recovery_key)
    if old_key is not None and _opens(database, old_key):
        pending.unlink()
        return
    new_key = _try_unwrap(new_file, passphrase, recovery_key)
    if new_key is not None and _opens(database, new_key):
        os.replace(pending, key_path(folder))
        keys.fsync_dir(folder)
