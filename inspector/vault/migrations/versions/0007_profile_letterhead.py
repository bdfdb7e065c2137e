"""The inspector's profile carries the letterhead: office address, the authority's emblem and
the time zone report times are given in.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Columns added in place (no batch copy of the table): existing rows get the defaults.
    op.add_column(
        "inspector_profile",
        sa.Column("office_address", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column("inspector_profile", sa.Column("emblem", sa.LargeBinary(), nullable=True))
    op.add_column(
        "inspector_profile",
        sa.Column("time_zone", sa.String(length=64), nullable=False, server_default="UTC"),
    )


def downgrade() -> None:
    with op.batch_alter_table("inspector_profile") as batch:
        batch.drop_column("time_zone")
        batch.drop_column("emblem")
        batch.drop_column("office_address")
