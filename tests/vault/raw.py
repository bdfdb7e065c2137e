"""A raw SQLCipher connection to a vault, as someone holding the key but bypassing the app."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as dbapi

from inspector.vault import keys


def raw_connection(folder: Path, passphrase: str) -> dbapi.Connection:
    key_file = keys.read_key_file(folder / "vault.key")
    data_key = keys.unwrap_with_passphrase(key_file, passphrase)
    conn = dbapi.connect(str(folder / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn
