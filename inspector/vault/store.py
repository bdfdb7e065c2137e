"""Creating, unlocking and re-keying a vault folder.

A vault folder (mode 700) holds ``vault.db`` (SQLCipher 4; WAL files beside it while open),
``vault.key`` (the wrapped data key), ``vault.lock`` (the OS lock an open vault holds, see
``inspector.vault.lock``), ``vault.attempts`` (the count of wrong passphrases) and ``backups/``
(encrypted copies taken before migrations). Every file in it is mode 600.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.errors import VaultDamaged, VaultExists
from inspector.i18n import _
from inspector.vault import keys, leftovers, throttle
from inspector.vault.access import Sleep, find_vault, unwrap_data_key
from inspector.vault.engine import DB_FILE_NAME, connect, damaged_message, is_damage, make_engine
from inspector.vault.files import make_private, make_private_dir
from inspector.vault.layout import db_path, key_path, vault_exists
from inspector.vault.lock import VaultLock, acquire

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session


class Vault:
    """An unlocked vault: the engine over the encrypted database. ``close()`` locks it again.

    The data key is kept (privately) only to key encrypted copies (``copy_to``); the engine's
    connections hold it anyway, and ``close()`` drops both."""

    def __init__(
        self,
        folder: Path,
        vault_id: str,
        engine: Engine,
        data_key: bytes | None = None,
        lock: VaultLock | None = None,
    ) -> None:
        self.folder = folder
        self.vault_id = vault_id
        self._engine: Engine | None = engine
        self._data_key = data_key
        self._lock = lock

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from inspector.errors import VaultError

            raise VaultError(_("The vault is locked."))
        return self._engine

    @property
    def db_path(self) -> Path:
        return db_path(self.folder)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; it sees one consistent snapshot and writes nothing."""
        from sqlalchemy.orm import Session

        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def check_integrity(self) -> list[str]:
        """Read every page: SQLCipher's HMAC check, then SQLite's structural check. Returns the
        problems found (empty when the vault is sound). Linear in the size of the vault."""
        from sqlalchemy import text

        with self.engine.connect() as conn:
            problems = [str(row[0]) for row in conn.execute(text("PRAGMA cipher_integrity_check"))]
            problems += [
                str(row[0])
                for row in conn.execute(text("PRAGMA quick_check"))
                if str(row[0]) != "ok"
            ]
        return problems

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the database in ``target`` (a new or empty file), encrypted with
        the same key, taken with SQLite's online backup API while others may write."""
        from inspector.vault.snapshot import copy_database

        if self._engine is None or self._data_key is None:
            from inspector.errors import VaultError

            raise VaultError(_("The vault is locked."))
        copy_database(self.db_path, self._data_key, target)

    def close(self) -> None:
        """Drop the engine and with it the references to the key (the connections' pragmas)."""
        self._data_key = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str


def create_vault(folder: Path, passphrase: str, kdf: keys.KdfParams | None = None) -> CreatedVault:
    """Make a new vault in ``folder``. Refuses to touch a folder that already holds one."""
    if vault_exists(folder):
        raise VaultExists(
            _("A vault already exists in {folder}; nothing was changed.").format(folder=folder)
        )
    new = keys.new_key_file(passphrase, kdf)
    make_private_dir(folder)
    lock = acquire(folder)
    (folder / throttle.ATTEMPTS_FILE_NAME).touch(mode=0o600)
    # The database first: a folder with a key file but no database would look like a lost one.
    engine = make_engine(db_path(folder), new.data_key)
    from inspector.vault.migrate import upgrade

    try:
        upgrade(engine)
        new.key_file.database_salt = keys.database_salt_of(db_path(folder))
        keys.write_key_file(key_path(folder), new.key_file)
    except BaseException:
        # A database without its key file could never be opened: leave no half-made vault.
        engine.dispose()
        lock.release()
        for name in (DB_FILE_NAME, DB_FILE_NAME + "-wal", DB_FILE_NAME + "-shm"):
            (folder / name).unlink(missing_ok=True)
        raise
    return CreatedVault(
        Vault(folder, new.key_file.vault_id, engine, new.data_key, lock), new.recovery_key
    )


def unlock_vault(
    folder: Path,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    migrate: bool = True,
    sleep: Sleep = time.sleep,
) -> Vault:
    """Open the vault with the passphrase (or the recovery key).

    A wrong secret changes no file in the folder. A schema older than the code is upgraded after an
    encrypted backup copy; a newer one is refused.
    """
    from inspector.vault.rekey import PENDING_NAME, finish_interrupted_rekey

    key_file = find_vault(folder)
    path = db_path(folder)
    lock = acquire(folder)
    try:
        leftovers.clean(folder)  # what an interrupted backup, restore or passwd left
        if (folder / PENDING_NAME).exists():
            finish_interrupted_rekey(folder, passphrase=passphrase, recovery_key=recovery_key)
            key_file = find_vault(folder)
        data_key = unwrap_data_key(key_file, passphrase, recovery_key, sleep, folder)
        if not path.exists():
            raise VaultDamaged(
                _("The vault database {path} is missing. Restore it from a backup.").format(
                    path=path
                )
            )
        if path.stat().st_size == 0:
            raise VaultDamaged(damaged_message(path))
        _make_private(folder)
        # Check the file before the pool and Alembic get to it, for a clear message.
        try:
            connect(path, data_key).close()
        except VaultDamaged:
            raise _unreadable(folder, key_file, data_key) from None
        engine = make_engine(path, data_key)
        try:
            _upgrade_if_needed(engine, path, data_key, migrate)
        except Exception as exc:
            engine.dispose()
            if is_damage(exc):
                raise VaultDamaged(damaged_message(path)) from None
            raise
    except BaseException:
        lock.release()
        raise
    return Vault(folder, key_file.vault_id, engine, data_key, lock)


def _page_one_reads(path: Path, data_key: bytes) -> bool:
    """Whether the key decrypts the first page (then the key is right and the damage is
    further in)."""
    import sqlcipher3.dbapi2 as dbapi

    conn = dbapi.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")  # hex of 32 bytes: no user text
        conn.execute("PRAGMA page_count").fetchone()
    except dbapi.DatabaseError as exc:
        # SQLCipher says "not a database" when page 1 fails its HMAC; "malformed" further in.
        return "not a database" not in str(exc)
    finally:
        conn.close()
    return True


def _unreadable(folder: Path, key_file: keys.KeyFile, data_key: bytes) -> VaultDamaged:
    """Why the database does not open with the key the key file gave. SQLCipher's salt (the
    database's first 16 bytes, in clear) is recorded in the key file: another salt in a file of
    whole pages means a key file and a database of two different vaults."""
    path = db_path(folder)
    salt = keys.database_salt_of(path)
    size = path.stat().st_size
    whole_pages = size > 0 and size % 1024 == 0
    if key_file.database_salt and salt and salt != key_file.database_salt and whole_pages:
        return VaultDamaged(
            _(
                "The key file {key} does not belong to the database {path}: they come from two "
                "different vaults (or copies). Nothing was changed and nothing is damaged: put "
                "back the key file that was beside this database, or the database that goes "
                "with this key file."
            ).format(key=key_path(folder), path=path)
        )
    if (
        key_file.database_salt
        and salt == key_file.database_salt
        and not _page_one_reads(path, data_key)
    ):
        return VaultDamaged(
            _(
                "The vault database {path} cannot be read with the key file beside it: the "
                "database is damaged, or the key file is an older copy from before the vault "
                "was re-keyed. Nothing was changed; put back the current key file, or restore "
                "it from a backup."
            ).format(path=path)
        )
    return VaultDamaged(damaged_message(path))


def _make_private(folder: Path) -> None:
    """Mode 700 for the folder and 600 for its files, for a vault made by an older version (or
    copied with a permissive umask)."""
    make_private_dir(folder)
    for path in folder.iterdir():
        make_private(path)
    backups = folder / "backups"
    if backups.is_dir():
        make_private_dir(backups)
        for path in backups.iterdir():
            make_private(path)


def _upgrade_if_needed(engine: Engine, path: Path, data_key: bytes, migrate: bool) -> None:
    from inspector.vault import migrate as migrations

    pending = migrations.pending_revisions(engine)
    if not pending or not migrate:
        return
    migrations.backup_before_migration(path, data_key, migrations.current_revision(engine))
    migrations.upgrade(engine)


def change_passphrase(
    folder: Path, old_passphrase: str, new_passphrase: str, *, sleep: Sleep = time.sleep
) -> None:
    """Rewrap the data key under a new passphrase. Only the key file is rewritten: an older
    copy of it still opens the database with the old passphrase (a re-key,
    ``inspector.vault.rekey``, ends that). Refused while the vault is open anywhere."""
    find_vault(folder)
    keys.check_new_passphrase(new_passphrase)
    with acquire(folder, exclusive=True):
        key_file = find_vault(folder)
        data_key = unwrap_data_key(key_file, old_passphrase, None, sleep, folder)
        keys.write_key_file(
            key_path(folder), keys.rewrap_passphrase(key_file, data_key, new_passphrase)
        )


def reset_passphrase(
    folder: Path, recovery_key: str, new_passphrase: str, *, sleep: Sleep = time.sleep
) -> None:
    """Set a new passphrase with the recovery key, for an inspector who forgot theirs."""
    find_vault(folder)
    keys.check_new_passphrase(new_passphrase)
    with acquire(folder, exclusive=True):
        key_file = find_vault(folder)
        data_key = unwrap_data_key(key_file, None, recovery_key, sleep, folder)
        keys.write_key_file(
            key_path(folder), keys.rewrap_passphrase(key_file, data_key, new_passphrase)
        )


def vault_files(folder: Path) -> list[Path]:
    """Every file under the vault folder (for checks that nothing leaks in clear)."""
    return sorted(p for p in folder.rglob("*") if p.is_file())


__all__ = [  # with what callers have always found here, now from the modules below
    "CreatedVault",
    "Vault",
    "change_passphrase",
    "create_vault",
    "db_path",
    "find_vault",
    "key_path",
    "reset_passphrase",
    "unlock_vault",
    "unwrap_data_key",
    "vault_exists",
    "vault_files",
]
