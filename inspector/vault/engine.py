"""Opening SQLCipher connections and the SQLAlchemy engine over them.

Connections are opened here, not through a ``sqlite+pysqlcipher://`` URL (which pastes the
passphrase unescaped into the key pragma): the only secret SQLCipher ever sees is the validated
32-byte data key, as a hex raw key.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector.errors import VaultDamaged
from inspector.i18n import _

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as dbapi
    from sqlalchemy import Engine

DB_FILE_NAME = "vault.db"
CACHE_SIZE_KIB = 32 * 1024  # SQLCipher reads cost ~2.4x plain SQLite with the default 2 MB cache
BUSY_TIMEOUT_MS = 10_000
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

DAMAGED_MARKERS = ("file is not a database", "malformed", "corrupt", "disk image")


def damaged_message(path: Path) -> str:
    return _(
        "The vault database {path} is damaged or was not written by Field Inspector. "
        "Nothing was changed; restore it from a backup."
    ).format(path=path)


def is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in DAMAGED_MARKERS)


def create_private_file(path: Path) -> None:
    """Make a missing database file mode 600 before SQLite does (it would use the umask, often
    644); SQLite gives its ``-wal``, ``-shm`` and ``-journal`` files the database's mode."""
    import contextlib
    import os

    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def connect(path: Path, data_key: bytes) -> dbapi.Connection:
    """A keyed connection with the vault's pragmas set. Raises ``VaultDamaged`` when the file
    cannot be read with this key (damaged, truncated, or not ours)."""
    import sqlcipher3.dbapi2 as dbapi

    hex_key = data_key.hex()
    if not _HEX_KEY.match(hex_key):
        raise ValueError("the data key must be 32 bytes")
    create_private_file(path)
    conn = dbapi.connect(str(path), check_same_thread=False)
    conn.isolation_level = None  # transactions are begun explicitly (see make_engine)
    try:
        # SQLCipher would print its own diagnostics (page numbers, HMAC failures) on stderr; we
        # report damage ourselves, in one clear line.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # The key pragma must come first; its value is a checked hex string, never user text.
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        if not conn.execute("PRAGMA cipher_version").fetchone():
            raise RuntimeError("sqlcipher3 is not linked against SQLCipher")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema is the first real read: a wrong key or a damaged page 1 fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: an answer saved is on disk even if the battery dies the next second.
        conn.execute("PRAGMA synchronous = FULL")
    except dbapi.DatabaseError as exc:
        conn.close()
        if is_damage(exc):
            raise VaultDamaged(damaged_message(path)) from None
        raise
    return conn


def make_engine(path: Path, data_key: bytes) -> Engine:
    """A SQLAlchemy engine whose connections come from :func:`connect`.

    Transactions start with ``BEGIN`` for reads; a connection given the execution option
    ``write=True`` starts with ``BEGIN IMMEDIATE`` so a writer never has to upgrade a read lock.
    """
    import sqlcipher3.dbapi2 as dbapi
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        module=dbapi,
        creator=lambda: connect(path, data_key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        hide_parameters=True,  # bound values (answers, names) never appear in error messages
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


_FULL_ERRNOS = {28, 122}  # ENOSPC, EDQUOT
_LOCKED_MARKERS = ("database is locked", "database table is locked")
_FULL_MARKERS = ("database or disk is full", "no space left on device", "disk quota exceeded")


def explain_fault(exc: BaseException, folder: Path | None = None) -> Exception | None:
    """A sentence for a fault a person can act on (a full disk, a vault another writer holds,
    a disk error), as one of our errors; None for anything else. Looks through the causes
    (SQLAlchemy wraps driver errors) and never quotes data."""
    import errno
    import shutil

    from inspector.errors import DiskFull, VaultBusy, VaultError

    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(seen) < 8:
        seen.append(current)
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    for item in seen:
        text = str(item).lower()
        full = isinstance(item, OSError) and item.errno in _FULL_ERRNOS
        if full or any(marker in text for marker in _FULL_MARKERS):
            return DiskFull(
                _(
                    "The disk is full (or your quota is used up): nothing was half-written, and "
                    "what was being saved was left out whole. Free some space and try again."
                )
            )
        if any(marker in text for marker in _LOCKED_MARKERS):
            return VaultBusy(
                _(
                    "The vault is busy: another Field Inspector window or command has been "
                    "writing to it for more than {seconds} seconds. Nothing was changed; try "
                    "again when it has finished."
                ).format(seconds=BUSY_TIMEOUT_MS // 1000)
            )
        if "disk i/o error" in text or (isinstance(item, OSError) and item.errno == errno.EIO):
            if folder is not None:
                try:
                    if shutil.disk_usage(folder if folder.exists() else folder.parent).free < (
                        1024 * 1024
                    ):
                        return DiskFull(
                            _(
                                "The disk is full: the vault could not even be opened. Free "
                                "some space and try again; nothing was changed."
                            )
                        )
                except OSError:
                    pass
            return VaultError(
                _(
                    "The disk could not be read or written (an input/output error). Check the "
                    "disk or the drive the vault is on; nothing more was changed."
                )
            )
    return None
