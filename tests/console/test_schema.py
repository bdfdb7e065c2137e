"""The server's tables (the console's included) are what its migrations make, on SQLite and on
PostgreSQL: a table change without its migration fails here, not on the ministry's server."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from inspector.server.database import upgrade
from inspector.server.tables import Base
from tests.serverkit import fresh_postgres_database


def _differences(url: str) -> list[object]:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_the_server_tables_match_the_migrations(database: str, tmp_path: Path) -> None:
    if database == "sqlite":
        assert _differences(f"sqlite:///{tmp_path / 'server.db'}") == []
    else:
        with fresh_postgres_database() as url:
            assert _differences(url) == []
    assert {"console_user", "console_session", "console_login_attempt"} <= set(Base.metadata.tables)
