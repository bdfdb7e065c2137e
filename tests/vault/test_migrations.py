"""Acceptance: a vault created at the first migration opens and upgrades with the current code,
after an encrypted backup; a vault from a newer app is refused untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from inspector.errors import VaultTooNew
from inspector.services.agencies import list_agencies
from inspector.vault import keys
from inspector.vault.engine import make_engine
from inspector.vault.migrate import head_revision, upgrade
from inspector.vault.store import unlock_vault
from inspector.vault.tables import Base
from tests.conftest import PASSPHRASE, file_hashes
from tests.data.make_vault_0001 import FOLDER as VAULT_0001
from tests.data.make_vault_0001 import PASSPHRASE as PASSPHRASE_0001
from tests.vault.raw import raw_connection


def test_released_vault_0001_opens_and_upgrades(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(VAULT_0001, folder)
    with unlock_vault(folder, PASSPHRASE_0001) as vault, vault.reading() as session:
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
        # The agency written under 0001 is there, and the search added later finds it.
        assert [a.name for a in list_agencies(session, "nepal prem")] == ["Agence Népal Première"]
    backups = list((folder / "backups").iterdir())
    assert len(backups) == 1 and "before-migration-0001" in backups[0].name
    # The backup is encrypted, and opens with the vault's key at the old schema.
    raw = backups[0].read_bytes()
    assert not raw.startswith(b"SQLite format 3") and "Népal".encode() not in raw
    shutil.copy(backups[0], folder / "vault.db")
    for extra in ("vault.db-wal", "vault.db-shm"):
        (folder / extra).unlink(missing_ok=True)
    conn = raw_connection(folder, PASSPHRASE_0001)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()


def test_opening_an_up_to_date_vault_makes_no_backup(vault_folder: Path) -> None:
    unlock_vault(vault_folder, PASSPHRASE).close()
    assert not (vault_folder / "backups").exists()


def test_vault_made_at_first_migration_today_upgrades(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    new = keys.new_key_file(PASSPHRASE)
    engine = make_engine(folder / "vault.db", new.data_key)
    upgrade(engine, "0001")
    engine.dispose()
    keys.write_key_file(folder / "vault.key", new.key_file)
    with unlock_vault(folder, PASSPHRASE) as vault, vault.reading() as session:
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()


def test_complaint_case_documents_move_into_their_own_columns(tmp_path: Path) -> None:
    """Migration 0005: a sub-agent and referrals kept as JSON in referred_to move out of it."""
    from inspector.services.complaints import get_complaint

    folder = tmp_path / "vault"
    folder.mkdir()
    new = keys.new_key_file(PASSPHRASE)
    engine = make_engine(folder / "vault.db", new.data_key)
    upgrade(engine, "0004")
    case = (
        '{"note": "called the hotline", "sub_agent": "Village agent R.", "referrals": '
        '[{"to": "police", "status": "sent", "date": "2026-11-20", "identity_shared": false}]}'
    )
    with engine.begin() as conn:
        for ident, referred_to in (("a" * 32, case), ("b" * 32, "free text from long ago")):
            conn.execute(
                text(
                    "INSERT INTO complaint (id, revision, created_at, updated_at, reference, "
                    "received_at, channel, complainant_code, agency_name_given, origin_country, "
                    "destination_country, employer, allegations, summary, urgent, "
                    "trafficking_indicators, consent_to_share, status, referred_to) VALUES "
                    "(:id, 1, '2026-11-20 10:00:00', '2026-11-20 10:00:00', :ref, "
                    "'2026-11-20 10:00:00', 'consulate', 'C-ABCDEF', 'Unregistered', 'NP', "
                    "'QA', '', '[]', 'Fee paid', 0, 0, 0, 'referred', :referred_to)"
                ),
                {"id": ident, "ref": f"CMP-{ident[:4]}", "referred_to": referred_to},
            )
    engine.dispose()
    keys.write_key_file(folder / "vault.key", new.key_file)
    import uuid

    with unlock_vault(folder, PASSPHRASE) as vault, vault.reading() as session:
        moved = get_complaint(session, uuid.UUID("a" * 32))
        assert moved.sub_agent == "Village agent R."
        assert [(r.target.value, r.status.value, r.referred_on.isoformat()) for r in
                moved.referrals] == [("police", "sent", "2026-11-20")]  # fmt: skip
        notes = dict(session.execute(text("SELECT reference, referred_to FROM complaint")).all())
        assert notes == {"CMP-aaaa": "called the hotline", "CMP-bbbb": "free text from long ago"}


def test_vault_from_a_newer_app_is_refused_and_untouched(vault_folder: Path) -> None:
    conn = raw_connection(vault_folder, PASSPHRASE)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = file_hashes(vault_folder)
    with pytest.raises(VaultTooNew, match="newer version of Field Inspector"):
        unlock_vault(vault_folder, PASSPHRASE)
    assert file_hashes(vault_folder) == before


def test_orm_tables_match_the_migrations(vault_folder: Path) -> None:
    """A model change without its migration fails here, not on an inspector's laptop."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with unlock_vault(vault_folder, PASSPHRASE) as vault, vault.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, parent: (
                    not (name or "").startswith("agency_search")
                ),
            },
        )
        assert compare_metadata(context, Base.metadata) == []
