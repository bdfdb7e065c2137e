"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# A locked inspection is final: later changes are amendments. The service layer refuses such edits
# with a clear message; these triggers make the database refuse them too, whoever writes.
_LOCKED = "(SELECT status FROM inspection WHERE id = {ref}.inspection_id) = 'locked'"
_CHILD_TABLES = ("answer", "finding", "attachment", "worker_interview")


def _lock_triggers() -> list[str]:
    statements = [
        "CREATE TRIGGER inspection_locked_no_update BEFORE UPDATE ON inspection "
        "WHEN OLD.status = 'locked' BEGIN SELECT RAISE(ABORT, 'inspection is locked'); END",
        "CREATE TRIGGER inspection_locked_no_delete BEFORE DELETE ON inspection "
        "WHEN OLD.status = 'locked' BEGIN SELECT RAISE(ABORT, 'inspection is locked'); END",
        # Follow-up of a corrective action (status, verification) goes on after the lock;
        # what was required and by when does not change.
        "CREATE TRIGGER corrective_action_locked_no_update BEFORE UPDATE OF description, deadline, "
        "finding_id, inspection_id ON corrective_action WHEN "
        + _LOCKED.format(ref="OLD")
        + " BEGIN SELECT RAISE(ABORT, 'inspection is locked'); END",
        "CREATE TRIGGER corrective_action_locked_no_insert BEFORE INSERT ON corrective_action "
        "WHEN "
        + _LOCKED.format(ref="NEW")
        + " BEGIN SELECT RAISE(ABORT, 'inspection is locked'); END",
        "CREATE TRIGGER corrective_action_locked_no_delete BEFORE DELETE ON corrective_action "
        "WHEN "
        + _LOCKED.format(ref="OLD")
        + " BEGIN SELECT RAISE(ABORT, 'inspection is locked'); END",
    ]
    for table in _CHILD_TABLES:
        for when, ref in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            statements.append(
                f"CREATE TRIGGER {table}_locked_no_{when.lower()} BEFORE {when} ON {table} "
                f"WHEN {_LOCKED.format(ref=ref)} BEGIN SELECT RAISE(ABORT, 'inspection is locked'); END"
            )
    return statements


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("licence_number", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("responsible_person", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column(
            "licence_status",
            sa.Enum(
                "pending",
                "active",
                "suspended",
                "revoked",
                "expired",
                name="licence_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("licence_valid_from", sa.Date(), nullable=True),
        sa.Column("licence_valid_until", sa.Date(), nullable=True),
        sa.Column("destination_countries", sa.JSON(), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("licence_number", name=op.f("uq_agency_licence_number")),
    )
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("id", name=op.f("uq_audit_event_id")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_event_inspection_id"), ["inspection_id"], unique=False
        )

    op.create_table(
        "form_snapshot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_snapshot")),
        sa.UniqueConstraint("form_id", "version", name=op.f("uq_form_snapshot_form_id")),
    )
    op.create_table(
        "inspector_profile",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("authority", sa.String(length=300), nullable=False),
        sa.Column("jurisdiction", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "inspector",
                "consular-official",
                "supervisor",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspector_profile")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "vault_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_vault_setting")),
    )
    op.create_table(
        "worker_identity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("document_number", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worker_identity")),
        sa.UniqueConstraint("code", name=op.f("uq_worker_identity_code")),
    )
    op.create_table(
        "branch",
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("licence_number", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
            name=op.f("fk_branch_agency_id_agency"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
    )
    with op.batch_alter_table("branch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_branch_agency_id"), ["agency_id"], unique=False)

    op.create_table(
        "complaint",
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=60), nullable=False),
        sa.Column("complainant_code", sa.String(length=20), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=True),
        sa.Column("agency_name_given", sa.String(length=300), nullable=False),
        sa.Column("origin_country", sa.String(length=2), nullable=False),
        sa.Column("destination_country", sa.String(length=2), nullable=False),
        sa.Column("employer", sa.String(length=300), nullable=False),
        sa.Column("allegations", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("trafficking_indicators", sa.Boolean(), nullable=False),
        sa.Column("consent_to_share", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "referred",
                "under-investigation",
                "closed",
                name="complaint_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("referred_to", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_complaint_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("reference", name=op.f("uq_complaint_reference")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_agency_id"), ["agency_id"], unique=False)

    op.create_table(
        "sub_agent",
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("registration_number", sa.String(length=64), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
            name=op.f("fk_sub_agent_agency_id_agency"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sub_agent")),
    )
    with op.batch_alter_table("sub_agent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sub_agent_agency_id"), ["agency_id"], unique=False)

    op.create_table(
        "inspection",
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("form_snapshot_id", sa.Uuid(), nullable=False),
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("form_version", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "routine",
                "complaint-driven",
                "follow-up",
                name="inspection_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "in-progress",
                "completed",
                "locked",
                name="inspection_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("announced", sa.Boolean(), nullable=False),
        sa.Column("team", sa.JSON(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("planned_date", sa.Date(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("complaint_id", sa.Uuid(), nullable=True),
        sa.Column("follows_up_id", sa.Uuid(), nullable=True),
        sa.Column("amends_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_inspection_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["amends_id"], ["inspection.id"], name=op.f("fk_inspection_amends_id_inspection")
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_inspection_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["follows_up_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_follows_up_id_inspection"),
        ),
        sa.ForeignKeyConstraint(
            ["form_snapshot_id"],
            ["form_snapshot.id"],
            name=op.f("fk_inspection_form_snapshot_id_form_snapshot"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
        sa.UniqueConstraint("reference", name=op.f("uq_inspection_reference")),
    )
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_status"), ["status"], unique=False)

    op.create_table(
        "answer",
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("question_path", sa.String(length=300), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_answer_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint("inspection_id", "question_path", name=op.f("uq_answer_inspection_id")),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_inspection_id"), ["inspection_id"], unique=False
        )

    op.create_table(
        "finding",
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "derived",
                "manual",
                name="finding_source",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("rule_id", sa.String(length=100), nullable=True),
        sa.Column("question_path", sa.String(length=300), nullable=True),
        sa.Column(
            "severity",
            sa.Enum(
                "critical",
                "major",
                "minor",
                "observation",
                name="severity",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("standard", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("dropped", sa.Boolean(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_finding_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finding_inspection_id"), ["inspection_id"], unique=False
        )

    op.create_table(
        "worker_interview",
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("interpreter_used", sa.Boolean(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_worker_interview_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worker_interview")),
        sa.UniqueConstraint(
            "inspection_id", "code", name=op.f("uq_worker_interview_inspection_id")
        ),
    )
    with op.batch_alter_table("worker_interview", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_worker_interview_inspection_id"), ["inspection_id"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=True),
        sa.Column("question_path", sa.String(length=300), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_attachment_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["worker_interview.id"],
            name=op.f("fk_attachment_interview_id_worker_interview"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_blob.sha256"],
            name=op.f("fk_attachment_sha256_attachment_blob"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_inspection_id"), ["inspection_id"], unique=False
        )

    op.create_table(
        "corrective_action",
        sa.Column("finding_id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in-progress",
                "done",
                "verified",
                "cancelled",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("verification", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
            name=op.f("fk_corrective_action_finding_id_finding"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_corrective_action_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrective_action")),
    )
    with op.batch_alter_table("corrective_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_corrective_action_deadline"), ["deadline"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_corrective_action_finding_id"), ["finding_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_corrective_action_inspection_id"), ["inspection_id"], unique=False
        )

    for statement in _lock_triggers():
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("corrective_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_corrective_action_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_corrective_action_finding_id"))
        batch_op.drop_index(batch_op.f("ix_corrective_action_deadline"))

    op.drop_table("corrective_action")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_inspection_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("worker_interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worker_interview_inspection_id"))

    op.drop_table("worker_interview")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_inspection_id"))

    op.drop_table("finding")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_inspection_id"))

    op.drop_table("answer")
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_status"))
        batch_op.drop_index(batch_op.f("ix_inspection_agency_id"))

    op.drop_table("inspection")
    with op.batch_alter_table("sub_agent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sub_agent_agency_id"))

    op.drop_table("sub_agent")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_agency_id"))

    op.drop_table("complaint")
    with op.batch_alter_table("branch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_branch_agency_id"))

    op.drop_table("branch")
    op.drop_table("worker_identity")
    op.drop_table("vault_setting")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_entity_id"))

    op.drop_table("outbox")
    op.drop_table("inspector_profile")
    op.drop_table("form_snapshot")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_inspection_id"))

    op.drop_table("audit_event")
    op.drop_table("attachment_blob")
    op.drop_table("agency")
