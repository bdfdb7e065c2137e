"""Where a vault's files lie in its folder (see ``inspector.vault.store`` for the whole list).
The bottom of the vault's modules: it imports none of the others that read or write a vault."""

from __future__ import annotations

from pathlib import Path

from inspector.vault.engine import DB_FILE_NAME
from inspector.vault.keys import KEY_FILE_NAME


def db_path(folder: Path) -> Path:
    return folder / DB_FILE_NAME


def key_path(folder: Path) -> Path:
    return folder / KEY_FILE_NAME


def vault_exists(folder: Path) -> bool:
    return key_path(folder).exists() or db_path(folder).exists()
