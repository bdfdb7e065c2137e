"""Issue 15, tamper evidence with the key in hand: someone holding the passphrase (not the signing
key) changes a locked answer behind the triggers, re-hashes the audit chain after an edit or a
deletion, swaps two inspections' reports or an attachment's content. 'inspector audit verify'
re-computes the lock digests, the reports' digests and hashes and the signed chain heads, and
says what no longer matches."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.evidence import add_attachment
from inspector.services.inspections import (
    complete_inspection,
    lock_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.profile import set_profile
from inspector.services.reports import create_report
from inspector.services.signing import create_certificate
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import HEAD_KEY, event_hash
from inspector.vault.store import unlock_vault
from inspector.vault.tables import AuditEvent, VaultSetting
from tests.conftest import PASSPHRASE, SMALL_COMPLIANT, TemplateVault, run_cli, small_form
from tests.vault.raw import raw_connection


@dataclass(frozen=True)
class Signed:
    folder: Path
    inspections: tuple[uuid.UUID, uuid.UUID]
    references: tuple[str, str]


def _build(folder: Path) -> Signed:
    ids, references = [], []
    with unlock_vault(folder, PASSPHRASE) as vault:
        with UnitOfWork(vault) as uow:
            set_profile(uow, "Asha Inspector", authority="Labour Authority")
            create_certificate(uow)
        for number in (1, 2):
            with UnitOfWork(vault) as uow:
                agency = create_agency(uow, AgencyData(f"NP-RA-{number:04d}", "Himal", "NP"))
                inspection_id = start_inspection(uow, agency, small_form())
                for question, value in SMALL_COMPLIANT.items():
                    record_answer(uow, inspection_id, question, value)
                add_attachment(uow, inspection_id, f"receipt {number}".encode(),
                               filename="receipt.txt")  # fmt: skip
                complete_inspection(uow, inspection_id)
                lock_inspection(uow, inspection_id)
            with UnitOfWork(vault) as uow:
                references.append(create_report(uow, str(inspection_id)).reference)
            ids.append(inspection_id)
    return Signed(folder, (ids[0], ids[1]), (references[0], references[1]))


@pytest.fixture(scope="module")
def signed_template(
    template_vault: TemplateVault, tmp_path_factory: pytest.TempPathFactory
) -> Signed:
    folder = tmp_path_factory.mktemp("signed") / "vault"
    shutil.copytree(template_vault.folder, folder)
    return _build(folder)


@pytest.fixture
def signed(signed_template: Signed, tmp_path: Path) -> Signed:
    folder = tmp_path / "vault"
    shutil.copytree(signed_template.folder, folder)
    return Signed(folder, signed_template.inspections, signed_template.references)


def _verify(folder: Path, passphrase_file: Path) -> tuple[int, str]:
    result = run_cli("--vault", str(folder), "--passphrase-file", str(passphrase_file),
                     "audit", "verify")  # fmt: skip
    return result.returncode, result.stdout + result.stderr


def _behind_the_triggers(folder: Path, table: str, statement: str, *params: object) -> None:
    """Drop the table's triggers, run the statement, put the triggers back: as someone with the
    passphrase and an SQLCipher shell can."""
    conn = raw_connection(folder, PASSPHRASE)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(statement, params)
    for _name, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()


def _rehash(folder: Path, *, delete_seq: int | None = None, edit_seq: int | None = None) -> None:
    """Edit or delete an event (closing the gap in the numbers), then re-hash the whole chain and
    its head with the app's own code, as someone holding the passphrase can."""
    if delete_seq is not None:
        conn = raw_connection(folder, PASSPHRASE)
        conn.execute("DELETE FROM audit_event WHERE seq = ?", (delete_seq,))
        conn.execute("UPDATE audit_event SET seq = -(seq - 1) WHERE seq > ?", (delete_seq,))
        conn.execute("UPDATE audit_event SET seq = -seq WHERE seq < 0")
        conn.commit()
        conn.close()
    with unlock_vault(folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        prev, last = "0" * 64, 0
        for event in uow.session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
            if event.seq == edit_seq:
                event.details = {**event.details, "question": "edited"}
            event.prev_hash = prev
            event.hash = event_hash(
                seq=event.seq, event_id=event.id, at=event.at, actor=event.actor,
                action=event.action, entity_type=event.entity_type, entity_id=event.entity_id,
                inspection_id=event.inspection_id, details=event.details, prev_hash=prev,
            )  # fmt: skip
            prev, last = event.hash, event.seq
        uow.session.get_one(VaultSetting, HEAD_KEY).value = {"seq": last, "hash": prev}


def test_an_untouched_vault_verifies_and_says_what_was_recomputed(
    signed: Signed, passphrase_file: Path
) -> None:
    code, out = _verify(signed.folder, passphrase_file)
    assert code == 0, out
    assert "2 locked inspections, 2 reports, 2 attachments, 4 signed heads" in out


def test_a_locked_answer_changed_behind_the_triggers_is_found(
    signed: Signed, passphrase_file: Path
) -> None:
    _behind_the_triggers(
        signed.folder, "answer",
        "UPDATE answer SET value = '\"yes\"' WHERE inspection_id = ? AND question_path = ?",
        signed.inspections[0].hex, "passports_held",
    )  # fmt: skip
    code, out = _verify(signed.folder, passphrase_file)
    assert code == 6
    assert f"inspection {signed.references[0]} was changed after it was locked" in out
    assert "was made from content its inspection no longer has" in out


@pytest.mark.parametrize("how", ["edit", "delete"])
def test_a_chain_rehashed_after_an_edit_or_a_deletion_is_found(
    signed: Signed, passphrase_file: Path, how: str
) -> None:
    with unlock_vault(signed.folder, PASSPHRASE) as vault, vault.reading() as session:
        seq = session.scalar(
            select(AuditEvent.seq).where(AuditEvent.action == "answer.recorded").limit(1)
        )
    if how == "edit":
        _rehash(signed.folder, edit_seq=seq)
    else:
        _rehash(signed.folder, delete_seq=seq)
    code, out = _verify(signed.folder, passphrase_file)
    assert code == 6, out
    assert "is not the one that was signed" in out


def test_two_reports_swapped_between_inspections_are_found(
    signed: Signed, passphrase_file: Path
) -> None:
    first, second = (i.hex for i in signed.inspections)
    _behind_the_triggers(
        signed.folder, "report",
        "UPDATE report SET inspection_id = CASE inspection_id WHEN ? THEN ? ELSE ? END",
        first, second, first,
    )  # fmt: skip
    code, out = _verify(signed.folder, passphrase_file)
    assert code == 6
    assert out.count("is not the report that was made for its inspection") == 2


def test_an_attachment_replaced_with_its_hash_is_found(
    signed: Signed, passphrase_file: Path
) -> None:
    import hashlib

    forged = b"a different receipt"
    digest = hashlib.sha256(forged).hexdigest()
    conn = raw_connection(signed.folder, PASSPHRASE)
    conn.execute("INSERT INTO attachment_blob (sha256, content) VALUES (?, ?)", (digest, forged))
    conn.commit()
    conn.close()
    _behind_the_triggers(
        signed.folder, "attachment",
        "UPDATE attachment SET sha256 = ? WHERE inspection_id = ?",
        digest, signed.inspections[1].hex,
    )  # fmt: skip
    code, out = _verify(signed.folder, passphrase_file)
    assert code == 6
    assert "is not the file that was added" in out
    assert f"inspection {signed.references[1]} was changed after it was locked" in out
