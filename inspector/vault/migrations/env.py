"""Alembic environment for the vault. Run only through ``inspector.vault.migrate``, which hands
over an open, keyed connection: no URL, no secret in any configuration."""

from __future__ import annotations

from alembic import context

from inspector.vault.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
