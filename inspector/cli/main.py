"""The ``inspector`` command: the same use cases as the window, for administrators and scripts."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from inspector import __version__
from inspector.cli.vault_access import vault_folder
from inspector.errors import InspectorError, VaultDamaged
from inspector.i18n import _

log = logging.getLogger("inspector")


def _has_screen() -> bool:
    """Whether a window can be shown: always on Windows and macOS; on Linux and the BSDs only
    with an X or Wayland display, or a platform chosen on purpose (offscreen, for tests)."""
    import os

    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def build_parser() -> argparse.ArgumentParser:
    from inspector.cli import (
        backup,
        commands,
        exchange,
        forms,
        lifecycle,
        profile,
        reports,
        selfcheck,
        sync,
    )
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
    profile.register(sub)
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

        return run(vault_folder=vault_folder(args))
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
            folder = vault_folder(args)
            print(f"inspector: {damaged_message(folder / 'vault.db')}", file=sys.stderr)
            return VaultDamaged.exit_code
        known = explain_fault(exc, vault_folder(args))  # a full disk, a busy vault: a sentence
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
