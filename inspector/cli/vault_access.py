"""How a command reaches the vault: which folder, the passphrase (a prompt, a file or a variable,
never an argument), and the notice while repeated wrong passphrases make it wait. Shared by
``main`` and every command module, so none of them imports another for it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from inspector import paths
from inspector.i18n import _

if TYPE_CHECKING:
    from inspector.vault.store import Vault

PASSPHRASE_ENV = "INSPECTOR_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
NEW_PASSPHRASE_ENV = "INSPECTOR_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_KEY_ENV = "INSPECTOR_RECOVERY_KEY"


def vault_folder(args: argparse.Namespace) -> Path:
    return paths.vault_dir(args.vault)


def read_passphrase(args: argparse.Namespace) -> str:
    from inspector.cli.secrets import read_secret

    return read_secret(args.passphrase_file, PASSPHRASE_ENV, _("Passphrase: "))


def open_vault(args: argparse.Namespace) -> Vault:
    from inspector.vault.store import find_vault, unlock_vault

    folder = vault_folder(args)
    find_vault(folder)  # "no vault here" before asking for a passphrase
    return unlock_vault(folder, read_passphrase(args), sleep=wait_with_notice)


def wait_with_notice(seconds: float) -> None:
    """The ``sleep`` given to the vault: says why the command pauses after wrong passphrases."""
    import time

    print(
        _("Too many wrong passphrases: waiting {seconds:.0f} s before trying.").format(
            seconds=seconds
        ),
        file=sys.stderr,
    )
    time.sleep(seconds)
