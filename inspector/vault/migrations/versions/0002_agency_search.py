"""Full-text search over agencies (FTS5), kept in step with the agency table by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = "name, licence_number, city, address, responsible_person"


def upgrade() -> None:
    # The index keeps its own copy of the text. Its rowids come from agency_search_key, a table
    # with an INTEGER PRIMARY KEY, because VACUUM may renumber the implicit rowids of agency (whose
    # key is a UUID) and deleting from FTS5 by an unindexed column would scan the whole index.
    # remove_diacritics so that "Sénégal" is found by "senegal"; prefix indexes for type-ahead.
    op.execute(
        "CREATE TABLE agency_search_key (rowid INTEGER PRIMARY KEY, "
        "agency_id CHAR(32) NOT NULL UNIQUE REFERENCES agency(id) ON DELETE CASCADE)"
    )
    op.execute(
        f"CREATE VIRTUAL TABLE agency_search USING fts5({_COLUMNS}, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    new = ", ".join(f"new.{c.strip()}" for c in _COLUMNS.split(","))
    key = "(SELECT rowid FROM agency_search_key WHERE agency_id = {ref}.id)"
    insert = (
        f"INSERT INTO agency_search(rowid, {_COLUMNS}) VALUES ({key.format(ref='new')}, {new});"
    )
    delete = f"DELETE FROM agency_search WHERE rowid = {key.format(ref='old')};"
    op.execute(
        "CREATE TRIGGER agency_search_insert AFTER INSERT ON agency BEGIN "
        f"INSERT INTO agency_search_key(agency_id) VALUES (new.id); {insert} END"
    )
    op.execute(
        f"CREATE TRIGGER agency_search_delete BEFORE DELETE ON agency BEGIN {delete} "
        "DELETE FROM agency_search_key WHERE agency_id = old.id; END"
    )
    op.execute(
        f"CREATE TRIGGER agency_search_update AFTER UPDATE OF {_COLUMNS} ON agency "
        f"BEGIN {delete} {insert} END"
    )
    op.execute("INSERT INTO agency_search_key(agency_id) SELECT id FROM agency")
    op.execute(
        f"INSERT INTO agency_search(rowid, {_COLUMNS}) SELECT k.rowid, "
        + ", ".join(f"a.{c.strip()}" for c in _COLUMNS.split(","))
        + " FROM agency AS a JOIN agency_search_key AS k ON k.agency_id = a.id"
    )
    op.create_index("ix_agency_name", "agency", ["name"])


def downgrade() -> None:
    op.drop_index("ix_agency_name", "agency")
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER agency_search_{trigger}")
    op.execute("DROP TABLE agency_search")
    op.execute("DROP TABLE agency_search_key")
