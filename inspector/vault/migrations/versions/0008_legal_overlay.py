"""The ministry's overlay of national legal provisions: a table of its installed versions, and
the version each inspection started under (by SHA-256).

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "legal_overlay",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_overlay")),
        sa.UniqueConstraint("sha256", name=op.f("uq_legal_overlay_sha256")),
        sa.UniqueConstraint("version", name=op.f("uq_legal_overlay_version")),
    )
    # A plain ADD COLUMN: the inspection table is not copied, so its lock triggers stay.
    op.add_column(
        "inspection", sa.Column("legal_overlay_sha256", sa.String(length=64), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("inspection", "legal_overlay_sha256")
    op.drop_table("legal_overlay")
