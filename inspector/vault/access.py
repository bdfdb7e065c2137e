"""A vault's key file found, and its data key unwrapped with the passphrase or the recovery key,
wrong secrets slowing the next attempt down. Used to unlock (``store``), to restore a backup
(``backup``) and to re-key (``rekey``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from inspector.errors import VaultDamaged, VaultNotFound, WrongPassphrase, WrongRecoveryKey
from inspector.i18n import _
from inspector.vault import keys, leftovers, throttle
from inspector.vault.layout import db_path, key_path

Sleep = Callable[[float], None]


def find_vault(folder: Path) -> keys.KeyFile:
    """The vault's key file; a clear error when the folder holds no vault or only half of one."""
    from inspector.vault.revoke import refuse_if_revoked

    refuse_if_revoked(folder)  # its keys were destroyed: say so, not "key file missing"
    path = key_path(folder)
    if not path.exists() and not db_path(folder).exists():
        # A restore cut short between its two renames is completed first.
        leftovers.clean_restores(folder)
    if not path.exists():
        if db_path(folder).exists():
            raise VaultDamaged(
                _("The key file {path} is missing: the vault cannot be opened without it.").format(
                    path=path
                )
            )
        raise VaultNotFound(
            _("There is no vault in {folder}. Create one with 'inspector init'.").format(
                folder=folder
            )
        )
    return keys.read_key_file(path)


def unwrap_data_key(
    key_file: keys.KeyFile,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    sleep: Sleep = time.sleep,
    folder: Path | None = None,
) -> bytes:
    """The data key from a key file, with the passphrase or the recovery key; wrong secrets
    slow the next attempt down, as for an unlock (counted beside the vault in ``folder``).
    Attempts on one vault take turns; each waits as long as the wrong ones before it ask
    (``inspector.vault.throttle``)."""
    with throttle.attempt(folder, key_file.vault_id) as attempts:
        wait = attempts.seconds_to_wait()
        if wait > 0:
            sleep(wait)
        try:
            if recovery_key is not None:
                data_key = keys.unwrap_with_recovery_key(key_file, recovery_key)
            elif passphrase is not None:
                data_key = keys.unwrap_with_passphrase(key_file, passphrase)
            else:
                raise ValueError("a passphrase or a recovery key is needed")
        except (WrongPassphrase, WrongRecoveryKey):
            attempts.failed()
            raise
        attempts.succeeded()
    return data_key
