"""the web console: its users, sessions, login attempts; refused records, device clients and
the legal provisions overlay

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import inspector.vault.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "console_login_attempt",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_login_attempt")),
    )
    op.create_index(
        "ix_console_login_attempt_client_at",
        "console_login_attempt",
        ["client", "at"],
        unique=False,
    )
    op.create_index(
        "ix_console_login_attempt_username_at",
        "console_login_attempt",
        ["username", "at"],
        unique=False,
    )
    op.create_table(
        "console_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "national-admin",
                "supervisor",
                "auditor",
                name="console_role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("totp_secret", sa.LargeBinary(), nullable=True),
        sa.Column("totp_last_step", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.Column("password_changed_at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_user")),
        sa.UniqueConstraint("username", name=op.f("uq_console_user_username")),
    )
    op.create_table(
        "legal_provisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("published_at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.Column("published_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_provisions")),
        sa.UniqueConstraint("version", name=op.f("uq_legal_provisions_version")),
    )
    op.create_table(
        "console_session",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("second_factor_pending", sa.Boolean(), nullable=False),
        sa.Column("created_at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.Column("ended_at", inspector.vault.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["console_user.id"], name=op.f("fk_console_session_user_id_console_user")
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_console_session")),
    )
    op.create_index(
        op.f("ix_console_session_user_id"), "console_session", ["user_id"], unique=False
    )
    op.create_table(
        "console_user_jurisdiction",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("jurisdiction_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdiction.id"],
            name=op.f("fk_console_user_jurisdiction_jurisdiction_id_jurisdiction"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["console_user.id"],
            name=op.f("fk_console_user_jurisdiction_user_id_console_user"),
        ),
        sa.PrimaryKeyConstraint(
            "user_id", "jurisdiction_id", name=op.f("pk_console_user_jurisdiction")
        ),
    )
    op.create_table(
        "device_client",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("user_agent", sa.String(length=200), nullable=False),
        sa.Column("seen_at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_device_client_device_id_device")
        ),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_client")),
    )
    op.create_table(
        "sync_refusal",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("jurisdiction_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", inspector.vault.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_sync_refusal_device_id_device")
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdiction.id"],
            name=op.f("fk_sync_refusal_jurisdiction_id_jurisdiction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_refusal")),
    )
    op.create_index(op.f("ix_sync_refusal_device_id"), "sync_refusal", ["device_id"], unique=False)
    op.create_index(
        op.f("ix_sync_refusal_jurisdiction_id"), "sync_refusal", ["jurisdiction_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_refusal_jurisdiction_id"), table_name="sync_refusal")
    op.drop_index(op.f("ix_sync_refusal_device_id"), table_name="sync_refusal")
    op.drop_table("sync_refusal")
    op.drop_table("device_client")
    op.drop_table("console_user_jurisdiction")
    op.drop_index(op.f("ix_console_session_user_id"), table_name="console_session")
    op.drop_table("console_session")
    op.drop_table("legal_provisions")
    op.drop_table("console_user")
    op.drop_index("ix_console_login_attempt_username_at", table_name="console_login_attempt")
    op.drop_index("ix_console_login_attempt_client_at", table_name="console_login_attempt")
    op.drop_table("console_login_attempt")
