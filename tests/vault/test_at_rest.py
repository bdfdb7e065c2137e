"""Acceptance: after storing known strings, no file in the vault folder holds any of them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.complaints import ComplaintData, record_complaint
from inspector.services.evidence import add_attachment
from inspector.services.inspections import record_answer, start_inspection
from inspector.services.interviews import WorkerIdentityData, add_worker_interview
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault, unlock_vault, vault_files
from tests.conftest import PASSPHRASE, small_form

SECRETS = {
    "agency": "Zyxwvut Secret Recruiters Ltd",
    "answer": "Paid 4200 dollars to Qwertyuiop broker",
    "attachment": "RECEIPT-CONTENT-Mnbvcxz-9917",
    "interview": "Worker says Plokijuh kept her passport",
    "identity": "Sitaramaya Unguessable-Name",
    "complaint": "Complaint about Asdfghjkl contract swap",
}


def _store_secrets(vault: Vault) -> None:
    with UnitOfWork(vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-SECRET-1", SECRETS["agency"], "NP"))
        inspection_id = start_inspection(uow, agency_id, small_form())
        record_answer(uow, inspection_id, "fee_notes", SECRETS["answer"])
        add_attachment(
            uow,
            inspection_id,
            SECRETS["attachment"].encode() * 50,
            filename="receipt.txt",
            caption="receipt",
        )
        add_worker_interview(
            uow,
            inspection_id,
            consent_given=True,
            notes=SECRETS["interview"],
            identity=WorkerIdentityData(full_name=SECRETS["identity"]),
        )
        record_complaint(uow, ComplaintData(summary=SECRETS["complaint"], agency_id=agency_id))


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in vault_files(folder):
        raw = path.read_bytes()
        for name, secret in SECRETS.items():
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if secret.encode(encoding) in raw:
                    found.append(f"{path.name}: {name} ({encoding})")
            # Also a distinctive fragment, in case a value is stored split or re-encoded.
            if max(secret.split(), key=len).encode() in raw:
                found.append(f"{path.name}: fragment of {name}")
    return found


def test_no_file_in_the_vault_folder_holds_stored_text_while_open_and_after(
    vault: Vault, vault_folder: Path
) -> None:
    _store_secrets(vault)
    # While the vault is open the WAL holds the latest pages: check it too.
    names = {p.name for p in vault_files(vault_folder)}
    assert "vault.db-wal" in names, names
    assert _leaks(vault_folder) == []
    vault.close()
    assert _leaks(vault_folder) == []

    # The strings really are there, for someone with the passphrase.
    with unlock_vault(vault_folder, PASSPHRASE) as again, again.reading() as session:
        from sqlalchemy import text

        names = session.execute(text("SELECT name FROM agency")).scalars().all()
    assert SECRETS["agency"] in names


def test_the_check_would_see_clear_text(tmp_path: Path) -> None:
    """The scan itself finds a secret in a plain SQLite file (so a pass above means something)."""
    import sqlite3

    folder = tmp_path / "plain"
    folder.mkdir()
    conn = sqlite3.connect(folder / "plain.db")
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (SECRETS["agency"],))
    conn.commit()
    conn.close()
    assert _leaks(folder)


def test_dates_and_numbers_are_not_visible_either(vault: Vault, vault_folder: Path) -> None:
    with UnitOfWork(vault) as uow:
        create_agency(
            uow,
            AgencyData(
                "LIC-77731-XQ",
                "Some Agency",
                "PH",
                licence_valid_until=dt.date(2031, 7, 19),
            ),
        )
    vault.close()
    for path in vault_files(vault_folder):
        raw = path.read_bytes()
        assert b"LIC-77731-XQ" not in raw, path
        assert b"2031-07-19" not in raw, path
