"""Complaints get a sub-agent column and a table of referrals (one row per body referred to).

Complaints recorded before kept both as a JSON document in ``referred_to``; it is moved into
the new places, and what was free text there stays as it was.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "complaint",
        sa.Column("sub_agent", sa.String(length=300), nullable=False, server_default=""),
    )
    op.create_table(
        "complaint_referral",
        sa.Column("complaint_id", sa.Uuid(), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("identity_shared", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_referral_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_referral")),
        sa.UniqueConstraint(
            "complaint_id", "target", name=op.f("uq_complaint_referral_complaint_id")
        ),
    )
    op.create_index(
        op.f("ix_complaint_referral_complaint_id"),
        "complaint_referral",
        ["complaint_id"],
        unique=False,
    )
    _move_case_documents()


def _move_case_documents() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, referred_to FROM complaint")).fetchall()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    for complaint_id, raw in rows:
        try:
            case = json.loads(raw) if raw else None
        except ValueError:
            continue  # free text: a note, left where it is
        if not isinstance(case, dict) or "referrals" not in case:
            continue
        for item in case.get("referrals") or []:
            try:
                values = {
                    "id": uuid.uuid4().hex,
                    "complaint_id": complaint_id,
                    "target": str(item["to"]),
                    "status": str(item["status"]),
                    "referred_on": dt.date.fromisoformat(item["date"]).isoformat(),
                    "identity_shared": bool(item.get("identity_shared", False)),
                    "now": now,
                }
            except (KeyError, TypeError, ValueError):
                continue
            bind.execute(
                sa.text(
                    "INSERT INTO complaint_referral (id, complaint_id, target, status, "
                    "referred_on, identity_shared, revision, created_at, updated_at) VALUES "
                    "(:id, :complaint_id, :target, :status, :referred_on, :identity_shared, 1, "
                    ":now, :now)"
                ),
                values,
            )
        bind.execute(
            sa.text("UPDATE complaint SET sub_agent = :sub, referred_to = :note WHERE id = :id"),
            {"sub": str(case.get("sub_agent") or "")[:300], "note": str(case.get("note") or ""),
             "id": complaint_id},
        )  # fmt: skip


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_referral_complaint_id"), table_name="complaint_referral")
    op.drop_table("complaint_referral")
    op.drop_column("complaint", "sub_agent")
