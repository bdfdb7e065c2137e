"""Alembic environment for the central server. Run only through ``inspector.server.database``,
which hands over an open connection: no URL with a password in any configuration file."""

from __future__ import annotations

from alembic import context

from inspector.server.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
