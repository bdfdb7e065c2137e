"""GUI tests: real widgets under QT_QPA_PLATFORM=offscreen, driven with pytest-qt's qtbot, on a
real SQLCipher vault. Tests wait on signals or on the database, never on sleeps."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector.settings import Settings
from inspector.vault.store import Vault


@pytest.fixture
def context(qtbot, vault_folder: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """An AppContext on an unlocked copy of the test vault."""
    from inspector.gui.context import AppContext
    from inspector.vault.store import unlock_vault
    from tests.conftest import PASSPHRASE

    ctx = AppContext(vault_folder, Settings(auto_lock_minutes=5))
    ctx.open(unlock_vault(vault_folder, PASSPHRASE))
    yield ctx
    ctx.close_vault()


@pytest.fixture
def window(qtbot, context):  # type: ignore[no-untyped-def]
    """The main window, unlocked, showing the workspace."""
    from inspector.gui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    win._open_workspace()
    return win


def wait_idle(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """Wait until every queued vault task has run and its result has been delivered."""
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=30_000)


def vault_of(context) -> Vault:  # type: ignore[no-untyped-def]
    assert context.vault is not None
    return context.vault
