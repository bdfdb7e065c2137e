"""Options that belong to the whole command line (``--vault``, ``--passphrase-file``), accepted
before the command as after it: ``inspector --vault X agencies list`` and ``inspector agencies
list --vault X`` mean the same."""

from __future__ import annotations

import argparse

GLOBAL_OPTIONS = ("--vault", "--passphrase-file")


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found.append(child)
                found.extend(_subparsers(child))
    return found


def accept_global_options_anywhere(parser: argparse.ArgumentParser) -> None:
    """Repeat the top-level options of ``parser`` on every subcommand that does not define them
    itself. They default to SUPPRESS there, so a subcommand where the option is absent keeps
    the value given before the command (argparse copies a subcommand's values over the top
    level's)."""
    top = {
        option: action
        for action in parser._actions
        for option in action.option_strings
        if option in GLOBAL_OPTIONS
    }
    for child in _subparsers(parser):
        for option, action in top.items():
            if option in child._option_string_actions:
                continue  # the subcommand's own meaning wins (restore --vault: where to)
            child.add_argument(
                option,
                dest=action.dest,
                metavar=action.metavar,
                default=argparse.SUPPRESS,
                help=action.help,
            )
