"""Worker interviews remember the interview checklist version they were answered on.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy of the table: a copy would drop the triggers that
    # refuse changes to interviews of a locked inspection.
    op.execute(
        "ALTER TABLE worker_interview ADD COLUMN form_snapshot_id CHAR(32) "
        "REFERENCES form_snapshot(id)"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE worker_interview DROP COLUMN form_snapshot_id")
