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


def vault_data(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file in a vault folder but the count of wrong passphrases, which a
    wrong one changes on purpose (inspector.vault.throttle)."""
    from tests.conftest import file_hashes

    return {name: digest for name, digest in file_hashes(folder).items()
            if name != "vault.attempts"}  # fmt: skip
