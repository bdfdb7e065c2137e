"""Where the command line gets a passphrase or recovery key: a prompt, or for automation a file
or an environment variable. Never a plain argument, which would end up in shell history and in
the process list."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from inspector.errors import InvalidInput
from inspector.i18n import _


def _from_file(path: str) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise InvalidInput(
            _("Cannot read the passphrase file {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput(
            _("The passphrase file {path} is not UTF-8 text.").format(path=path)
        ) from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise InvalidInput(_("The passphrase file {path} is empty.").format(path=path))
    return secret


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            _(
                "No passphrase given: run in a terminal, or use --passphrase-file FILE or the "
                "INSPECTOR_PASSPHRASE variable."
            )
        )
    return getpass.getpass(prompt)


def read_secret(file: str | None, env: str, prompt: str) -> str:
    """From ``file``, else the environment variable ``env``, else a prompt without echo."""
    if file:
        return _from_file(file)
    value = os.environ.get(env)
    if value:
        return value
    return _prompt(prompt)


def read_new_secret(file: str | None, env: str, prompt: str, again: str) -> str:
    """Like :func:`read_secret`, but a prompt asks twice and the two must match."""
    if file or os.environ.get(env):
        return read_secret(file, env, prompt)
    first = _prompt(prompt)
    if _prompt(again) != first:
        raise InvalidInput(_("The two passphrases differ; nothing was changed."))
    return first
