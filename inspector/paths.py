"""Where the application keeps things. The only module that asks platformdirs.

``INSPECTOR_HOME`` moves every folder (settings, state, logs, vault) under one directory, for tests
and demos; ``INSPECTOR_VAULT`` (or ``--vault``) moves only the vault. Nothing here creates a folder:
callers create what they write to.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "FieldInspector"
APP_AUTHOR = "FieldInspector"


def _home() -> Path | None:
    value = os.environ.get("INSPECTOR_HOME")
    return Path(value).expanduser() if value else None


def _platform_dir(kind: str) -> Path:
    import platformdirs

    getter = {
        "data": platformdirs.user_data_path,
        "state": platformdirs.user_state_path,
        "config": platformdirs.user_config_path,
        "log": platformdirs.user_log_path,
    }[kind]
    return Path(getter(APP_NAME, APP_AUTHOR))


def _dir(kind: str) -> Path:
    home = _home()
    return home / kind if home else _platform_dir(kind)


def vault_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault folder: ``override`` (``--vault``), else ``INSPECTOR_VAULT``, else the data
    folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("INSPECTOR_VAULT")
    if env:
        return Path(env).expanduser()
    return _dir("data") / "vault"


def state_dir() -> Path:
    """Small state kept outside the vault (unlock throttling), so a failed unlock changes no file
    inside the vault folder."""
    return _dir("state")


def config_dir() -> Path:
    return _dir("config")


def log_dir() -> Path:
    return _dir("log")
