"""The whole case: a file can be linked to the finding it supports, and a corrective action
keeps when it was done and when it was verified, each with a note.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachment") as batch:
        batch.add_column(sa.Column("finding_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_attachment_finding_id_finding"),
            "finding",
            ["finding_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("corrective_action") as batch:
        batch.add_column(sa.Column("done_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("done_note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("verified_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("corrective_action") as batch:
        batch.drop_column("verified_on")
        batch.drop_column("done_note")
        batch.drop_column("done_on")
    with op.batch_alter_table("attachment") as batch:
        batch.drop_constraint(op.f("fk_attachment_finding_id_finding"), type_="foreignkey")
        batch.drop_column("finding_id")
