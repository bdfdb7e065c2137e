"""``inspector-server admin create-user``: a web console account, such as the first national
administrator."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspector.errors import InvalidInput
from inspector.i18n import _

PASSWORD_ENV = "INSPECTOR_CONSOLE_PASSWORD"  # noqa: S105 - a variable's name


def add_create_user(sub: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    user = sub.add_parser(
        "create-user", help=_("add a web console account (the first one: a national administrator)")
    )
    user.add_argument("username")
    user.add_argument("--name", required=True, help=_("the person's full name"))
    user.add_argument(
        "--role", default="national-admin", choices=["national-admin", "supervisor", "auditor"]
    )
    user.add_argument(
        "--jurisdiction",
        action="append",
        default=[],
        metavar="CODE",
        help=_("a jurisdiction a supervisor (or auditor) sees; repeat for more"),
    )
    user.add_argument(
        "--password-file",
        metavar="FILE",
        help=_("read the password from FILE (or set {variable}); else it is asked").format(
            variable=PASSWORD_ENV
        ),
    )
    user.set_defaults(handler=handler)


def _password(args: argparse.Namespace) -> str:
    if args.password_file:
        try:
            return Path(args.password_file).read_text("utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                _("Cannot read the password file {path}: {reason}.").format(
                    path=args.password_file, reason=getattr(exc, "strerror", None) or exc
                )
            ) from None
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise InvalidInput(
            _("Give the password with --password-file or {variable}, or run in a terminal.").format(
                variable=PASSWORD_ENV
            )
        )
    import getpass

    first = getpass.getpass(_("Password for {username}: ").format(username=args.username))
    if getpass.getpass(_("The same password again: ")) != first:
        raise InvalidInput(_("The two passwords differ; nothing was changed."))
    return first


def create_user_command(args: argparse.Namespace, make_state: Callable[..., Any]) -> int:
    from inspector.server.console.auth import create_user
    from inspector.server.console.passwords import check_new_password

    password = _password(args)
    check_new_password(password, args.username)
    state = make_state(args)
    with state.session() as session:
        user = create_user(
            session,
            args.username,
            args.name,
            role=args.role,
            password=password,
            jurisdictions=args.jurisdiction,
            actor="admin",
        )
        role = user.role.value
    print(
        _("Console user {username} ({role}) added; sign in at /console.").format(
            username=args.username, role=role
        )
    )
    return 0
