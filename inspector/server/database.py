"""The server's database: SQLite in the data folder for a trial, PostgreSQL (psycopg 3) in
production. Migrations (Alembic) are applied at start, under a lock, so several server processes
starting together upgrade once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, text

from inspector.errors import InvalidInput
from inspector.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
DB_FILE_NAME = "server.db"
# A constant of our own for pg_advisory_lock: one migration at a time across processes.
_MIGRATION_LOCK = 0x46494D31


def database_url(data_dir: Path, url: str | None) -> str:
    """The URL given, or a SQLite file in the data folder."""
    if url:
        if url.startswith("postgres://") or url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        if not (url.startswith("postgresql+psycopg://") or url.startswith("sqlite:///")):
            raise InvalidInput(_("The database URL must start with postgresql:// or sqlite:///."))
        return url
    return f"sqlite:///{data_dir / DB_FILE_NAME}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        _private_file(Path(url.removeprefix("sqlite:///")))
        engine = create_engine(
            url, connect_args={"timeout": 30, "check_same_thread": False}, hide_parameters=True
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()
            # Writers take the lock at BEGIN, so two writers never deadlock on an upgrade.
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn):  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # hide_parameters: a database error never quotes what an inspector recorded.
    return create_engine(
        url, pool_size=10, max_overflow=10, pool_pre_ping=True, hide_parameters=True
    )


def _private_file(path: Path) -> None:
    """Create the database file (and its WAL and SHM) readable by the server's user only."""
    import os

    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if not name.exists():
            os.close(os.open(name, os.O_CREAT | os.O_WRONLY, 0o600))


def alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the code's head; refuse a database written by a newer server."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
        try:
            current = MigrationContext.configure(conn).get_current_revision()
            scripts = ScriptDirectory.from_config(alembic_config(conn))
            known = {rev.revision for rev in scripts.walk_revisions()}
            if current is not None and current not in known:
                raise InvalidInput(
                    _(
                        "This database was written by a newer version of the server (schema "
                        "{revision}); install that version. Nothing was changed."
                    ).format(revision=current)
                )
            conn.commit()
            command.upgrade(alembic_config(conn), "head")
            conn.commit()
        finally:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
                conn.commit()
