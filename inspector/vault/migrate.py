"""Schema migrations (Alembic), applied when a vault is opened, after an encrypted backup copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.errors import VaultError, VaultTooNew
from inspector.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
BACKUP_DIR_NAME = "backups"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command
    from sqlalchemy import text

    with engine.connect() as conn:
        # Batch migrations copy and drop tables; with foreign keys on, dropping a parent table
        # would cascade-delete its children. The pragma only takes effect outside a transaction,
        # so it goes to the driver connection before SQLAlchemy begins one.
        driver = conn.connection.driver_connection
        if driver is None:
            raise RuntimeError("no driver connection")
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            command.upgrade(alembic_config(conn), target)
            broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                conn.rollback()
                raise VaultError(
                    _(
                        "Upgrading the vault to schema {target} would break {n} references; "
                        "the vault was left as it was."
                    ).format(target=target, n=len(broken))
                )
            conn.commit()
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def pending_revisions(engine: Engine) -> list[str]:
    """Revisions between the vault's schema and the code's head, oldest first.

    Raises ``VaultTooNew`` when the vault was written by a newer version of the app.
    """
    scripts = script_directory()
    current = current_revision(engine)
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise VaultTooNew(
            _(
                "This vault was written by a newer version of Field Inspector (schema {revision}). "
                "Install the newer version to open it; nothing was changed."
            ).format(revision=current)
        )
    revisions = list(scripts.iterate_revisions("head", current or "base"))
    return [rev.revision for rev in reversed(revisions)]


def backup_before_migration(db_path: Path, data_key: bytes, revision: str | None) -> Path:
    """An encrypted, consistent copy of the database (SQLite's online backup API)."""
    from inspector.vault.snapshot import copy_database

    folder = db_path.parent / BACKUP_DIR_NAME
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"vault-before-migration-{revision or 'empty'}-{stamp}.db"
    copy_database(db_path, data_key, target)
    return target
