"""One date format across the window: the Data page's last backup and the sync times are
written in the language's short date format, as every list shows dates (never ISO in French)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_idle


@pytest.fixture
def french(qtbot, context) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from inspector.gui.i18n import install_translators

    install_translators(QApplication.instance(), "fr")  # type: ignore[arg-type]
    context.settings.language = "fr"
    yield
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_the_last_backup_is_dated_as_the_lists_date(
    qtbot, french, window, context, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = window.workspace.show_page("data")
    wait_idle(qtbot, context)
    page.backup_to(tmp_path / "backup.zip")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: "Dernière sauvegarde" in page.backup_state.text(), timeout=30_000)
    today = dt.date.today()
    assert today.strftime("%d/%m/%Y") in page.backup_state.text()
    assert today.isoformat() not in page.backup_state.text()


def test_a_sync_moment_is_dated_as_the_lists_date(french) -> None:  # type: ignore[no-untyped-def]
    from inspector.gui.sync_texts import when_text

    moment = dt.datetime(2026, 3, 4, 9, 5, tzinfo=dt.UTC)
    local = moment.astimezone()
    text = when_text(moment)
    assert text.startswith(local.strftime("%d/%m/%Y ")), text
    assert local.strftime("%H:%M") in text
    assert "2026-03-04" not in text
