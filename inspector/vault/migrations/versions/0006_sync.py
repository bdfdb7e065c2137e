"""Sync with the central server: the enrolment, what the server acknowledged, quarantined
records, conflicts, files sent, published checklists, assignments and timestamped reports.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: no existing table is copied, so the lock and report triggers stay.
    op.create_table(
        "enrolment",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("server_url", sa.Text(), nullable=False),
        sa.Column("server_name", sa.Text(), nullable=False),
        sa.Column("credential", sa.Text(), nullable=False),
        sa.Column("ca_certificate", sa.Text(), nullable=False),
        sa.Column("ca_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("account", sa.JSON(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_enrolment")),
    )
    op.create_table(
        "synced_record",
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity_type", "entity_id", name=op.f("pk_synced_record")),
    )
    op.create_table(
        "quarantined_record",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantined_record")),
    )
    op.create_index(
        op.f("ix_quarantined_record_entity_id"), "quarantined_record", ["entity_id"], unique=False
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(
        op.f("ix_sync_conflict_entity_id"), "sync_conflict", ["entity_id"], unique=False
    )
    op.create_table(
        "sent_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sent_blob")),
    )
    op.create_table(
        "published_form",
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("form_id", "version", name=op.f("pk_published_form")),
    )
    op.create_table(
        "assignment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=True),
        sa.Column("licence_number", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("assigned_to", sa.String(length=200), nullable=False),
        sa.Column("complaint_id", sa.Uuid(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    op.create_index(op.f("ix_assignment_agency_id"), "assignment", ["agency_id"], unique=False)
    op.create_index(op.f("ix_assignment_due_date"), "assignment", ["due_date"], unique=False)
    op.create_table(
        "report_upgrade",
        sa.Column("upgraded_id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["upgraded_id"], ["report.id"], name=op.f("fk_report_upgrade_upgraded_id_report")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_report_upgrade_report_id_report")
        ),
        sa.PrimaryKeyConstraint("upgraded_id", name=op.f("pk_report_upgrade")),
    )
    op.create_index(
        op.f("ix_report_upgrade_report_id"), "report_upgrade", ["report_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_report_upgrade_report_id"), "report_upgrade")
    op.drop_table("report_upgrade")
    op.drop_index(op.f("ix_assignment_due_date"), "assignment")
    op.drop_index(op.f("ix_assignment_agency_id"), "assignment")
    op.drop_table("assignment")
    op.drop_table("published_form")
    op.drop_table("sent_blob")
    op.drop_index(op.f("ix_sync_conflict_entity_id"), "sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index(op.f("ix_quarantined_record_entity_id"), "quarantined_record")
    op.drop_table("quarantined_record")
    op.drop_table("enrolment")
    op.drop_table("synced_record")
