"""Makes tests/data/vault-0001: a vault as the first released schema (migration 0001) wrote it.

Run once, when that schema was current; the result is committed and every test run opens it.
    python -m tests.data.make_vault_0001
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from sqlalchemy import text

from inspector.vault import keys
from inspector.vault.engine import make_engine
from inspector.vault.migrate import upgrade

FOLDER = Path(__file__).with_name("vault-0001")
PASSPHRASE = "fixture passphrase 0001"
AGENCY_ID = uuid.UUID("0b7f6c55-2f4e-4d8e-9d55-0a1c2b3d4e5f")


def main() -> None:
    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir()
    new = keys.new_key_file(PASSPHRASE)
    engine = make_engine(FOLDER / "vault.db", new.data_key)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agency (id, revision, created_at, updated_at, licence_number, name, "
                "country, address, city, responsible_person, phone, email, licence_status, "
                "destination_countries, sectors) VALUES (:id, 1, '2026-11-26 00:00:00.000000', "
                "'2026-11-26 00:00:00.000000', 'NP-0001', 'Agence Népal Première', 'NP', '', "
                "'Kathmandu', '', '', '', 'active', '[]', '[]')"
            ),
            {"id": AGENCY_ID.hex},
        )
    engine.dispose()
    keys.write_key_file(FOLDER / "vault.key", new.key_file)
    (FOLDER / "README").write_text(
        f"A vault at schema 0001, made by make_vault_0001.py. Passphrase: {PASSPHRASE}\n"
        f"Recovery key: {new.recovery_key}\n"
    )


if __name__ == "__main__":
    main()
