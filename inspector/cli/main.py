"""The ``inspector`` command: the same use cases as the window, for administrators and scripts."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inspector import __version__, paths
from inspector.errors import InspectorError, VaultDamaged
from inspector.i18n import _

if TYPE_CHECKING:
    from inspector.vault.store import Vault

log = logging.getLogger("inspector")

PASSPHRASE_ENV = "INSPECTOR_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
NEW_PASSPHRASE_ENV = "INSPECTOR_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_KEY_ENV = "INSPECTOR_RECOVERY_KEY"


def _vault_folder(args: argparse.Namespace) -> Path:
    return paths.vault_dir(args.vault)


def _passphrase(args: argparse.Namespace) -> str:
    from inspector.cli.secrets import read_secret

    return read_secret(args.passphrase_file, PASSPHRASE_ENV, _("Passphrase: "))


def open_vault(args: argparse.Namespace) -> Vault:
    from inspector.vault.store import find_vault, unlock_vault

    folder = _vault_folder(args)
    find_vault(folder)  # "no vault here" before asking for a passphrase
    return unlock_vault(folder, _passphrase(args), sleep=_waiting)


def _waiting(seconds: float) -> None:
    import time

    print(
        _("Too many wrong passphrases: waiting {seconds:.0f} s before trying.").format(
            seconds=seconds
        ),
        file=sys.stderr,
    )
    time.sleep(seconds)


def _has_screen() -> bool:
    """Whether a window can be shown: always on Windows and macOS; on Linux and the BSDs only
    with an X or Wayland display, or a platform chosen on purpose (offscreen, for tests)."""
    import os

    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def build_parser() -> argparse.ArgumentParser:
    from inspector.cli import backup, commands, exchange, forms, lifecycle, reports, selfcheck, sync
    from inspector.cli.options import accept_global_options_anywhere

    parser = argparse.ArgumentParser(
        prog="inspector",
        description=_("Field Inspector: inspections of recruitment agencies, kept encrypted."),
    )
    parser.add_argument("--version", action="version", version=f"inspector {__version__}")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help=_("vault folder (default: $INSPECTOR_VAULT or the per-user data folder)"),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=_("read the passphrase from FILE (or set INSPECTOR_PASSPHRASE); default: a prompt"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    forms.register(sub)
    reports.register(sub)
    exchange.register(sub)
    backup.register(sub)
    selfcheck.register(sub)
    lifecycle.register(sub)
    sync.register(sub)
    accept_global_options_anywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        # No command: the desktop app, as an inspector starts it.
        if not _has_screen():
            print(
                _(
                    "inspector: there is no screen to open the window on. Give a command "
                    "(see 'inspector --help'), or set QT_QPA_PLATFORM=offscreen for tests."
                ),
                file=sys.stderr,
            )
            return 2
        from inspector.gui.app import run

        return run(vault_folder=_vault_folder(args))
    try:
        return handler(args)
    except InspectorError as exc:
        print(f"inspector: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other command-line tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(_("inspector: interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:
        from inspector.vault.engine import damaged_message, explain_fault, is_damage

        if is_damage(exc):
            folder = _vault_folder(args)
            print(f"inspector: {damaged_message(folder / 'vault.db')}", file=sys.stderr)
            return VaultDamaged.exit_code
        known = explain_fault(exc, _vault_folder(args))  # a full disk, a busy vault: a sentence
        if known is not None:
            print(f"inspector: {known}", file=sys.stderr)
            return int(getattr(known, "exit_code", 1))
        # The type only: messages of third-party errors may quote data.
        print(
            _(
                "inspector: unexpected error ({kind}); nothing more is shown to protect data."
            ).format(kind=type(exc).__name__),
            file=sys.stderr,
        )
        return 70
