"""Acceptance: an audit event edited or deleted behind the app's back is reported by
``inspector audit verify``, which names the event and exits non-zero."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import record_answer, start_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.store import unlock_vault
from tests.conftest import PASSPHRASE, run_cli, small_form
from tests.vault.raw import raw_connection


@pytest.fixture
def audited(vault_folder: Path) -> Path:
    with unlock_vault(vault_folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-9", "Audited Agency", "NP"))
        inspection_id = start_inspection(uow, agency_id, small_form())
        for value in ("yes", "no", "yes"):
            record_answer(uow, inspection_id, "licence_in_scope", value)
    return vault_folder


def _verify(folder: Path, passphrase_file: Path) -> tuple[int, str, str]:
    result = run_cli(
        "--vault", str(folder), "--passphrase-file", str(passphrase_file), "audit", "verify"
    )
    return result.returncode, result.stdout, result.stderr


def _event(folder: Path, seq: int) -> tuple[str, str]:
    conn = raw_connection(folder, PASSPHRASE)
    row = conn.execute("SELECT id, action FROM audit_event WHERE seq = ?", (seq,)).fetchone()
    conn.close()
    return str(uuid.UUID(hex=row[0])), row[1]


def test_intact_trail_verifies(audited: Path, passphrase_file: Path) -> None:
    code, out, err = _verify(audited, passphrase_file)
    assert code == 0, err
    assert "Audit trail intact: 6 events" in out


def test_edited_event_is_named(audited: Path, passphrase_file: Path) -> None:
    event_id, action = _event(audited, 3)
    conn = raw_connection(audited, PASSPHRASE)
    conn.execute(
        "UPDATE audit_event SET details = json_set(details, '$.question', 'other') WHERE seq = 3"
    )
    conn.commit()
    conn.close()
    code, _out, err = _verify(audited, passphrase_file)
    assert code == 6
    assert f"event #3 ({event_id}, {action}) was altered" in err


def test_deleted_event_is_named(audited: Path, passphrase_file: Path) -> None:
    conn = raw_connection(audited, PASSPHRASE)
    conn.execute("DELETE FROM audit_event WHERE seq = 2")
    conn.commit()
    conn.close()
    code, _out, err = _verify(audited, passphrase_file)
    assert code == 6
    assert "event #2 is missing" in err


def test_deleted_last_event_is_noticed(audited: Path, passphrase_file: Path) -> None:
    conn = raw_connection(audited, PASSPHRASE)
    conn.execute("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    conn.commit()
    conn.close()
    code, _out, err = _verify(audited, passphrase_file)
    assert code == 6
    assert "event #6 is missing from the end" in err


def test_rewritten_chain_without_its_head_is_noticed(audited: Path, passphrase_file: Path) -> None:
    """Recomputing the hash of an edited event is not enough: the next one no longer follows."""
    from inspector.vault.audit import verify_chain

    with unlock_vault(audited, PASSPHRASE) as vault, vault.reading() as session:
        from sqlalchemy import select

        from inspector.vault.audit import _hash_of
        from inspector.vault.tables import AuditEvent

        event = session.scalar(select(AuditEvent).where(AuditEvent.seq == 2))
        assert event is not None
        event.actor = "someone else"
        forged_hash = _hash_of(event)
        session.rollback()
    conn = raw_connection(audited, PASSPHRASE)
    conn.execute(
        "UPDATE audit_event SET actor = 'someone else', hash = ? WHERE seq = 2", (forged_hash,)
    )
    conn.commit()
    conn.close()
    with unlock_vault(audited, PASSPHRASE) as vault, vault.reading() as session:
        report = verify_chain(session)
    assert [p.seq for p in report.problems] == [3]
    code, _out, err = _verify(audited, passphrase_file)
    assert code == 6 and "event #3" in err and "does not follow" in err


def test_answer_values_stay_out_of_the_audit_details(audited: Path) -> None:
    conn = raw_connection(audited, PASSPHRASE)
    details = [row[0] for row in conn.execute("SELECT details FROM audit_event")]
    conn.close()
    assert all('"yes"' not in d and '"no"' not in d for d in details), details
