"""Signed reports and the inspector's signing certificate.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# A stored report is the signed file an agency received: it never changes and never goes away.
_IMMUTABLE = (
    "CREATE TRIGGER report_no_{when} BEFORE {WHEN} ON report "
    "BEGIN SELECT RAISE(ABORT, 'a stored report never changes'); END"
)


def upgrade() -> None:
    # New tables only: no existing table is copied, so the lock triggers stay in place.
    op.create_table(
        "report",
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("paper", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("signer", sa.Text(), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"], ["inspection.id"], name=op.f("fk_report_inspection_id_inspection")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report")),
    )
    op.create_index(op.f("ix_report_inspection_id"), "report", ["inspection_id"], unique=False)
    for when in ("update", "delete"):
        op.execute(_IMMUTABLE.format(when=when, WHEN=when.upper()))
    op.create_table(
        "signing_identity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("serial_number", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("not_valid_before", sa.DateTime(), nullable=False),
        sa.Column("not_valid_after", sa.DateTime(), nullable=False),
        sa.Column("self_signed", sa.Boolean(), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("chain", sa.JSON(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_identity")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_signing_identity_fingerprint")),
    )


def downgrade() -> None:
    op.drop_table("signing_identity")
    for when in ("update", "delete"):
        op.execute(f"DROP TRIGGER report_no_{when}")
    op.drop_index(op.f("ix_report_inspection_id"), "report")
    op.drop_table("report")
