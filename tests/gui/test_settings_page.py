"""The settings page through its widgets: the auto-lock delay reaches the window's idle watch and
the file, the language switches the app's catalogues and is saved, a damaged settings file is
reported, the signing certificate is shown and made, and Lock now locks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from inspector.services.profile import set_profile
from inspector.services.uow import UnitOfWork
from inspector.settings import load_settings, settings_path
from tests.gui.conftest import vault_of, wait_idle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def english_after() -> Iterator[None]:
    """Translators are global to the application: put English back for the tests after."""
    yield
    from inspector.gui.i18n import install_translators

    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def _settings_page(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.workspace.show_page("settings")
    wait_idle(qtbot, window.context)
    return page


def test_the_auto_lock_delay_is_applied_and_saved(qtbot, window) -> None:
    page = _settings_page(qtbot, window)
    assert window.idle.limit_seconds == 5 * 60
    assert page.auto_lock.currentData() == 5
    page.auto_lock.setFocus()
    while page.auto_lock.currentData() != 10:
        qtbot.keyClick(page.auto_lock, Qt.Key.Key_Down)
    assert window.idle.limit_seconds == 10 * 60
    assert window.idle.timer.isActive()
    assert load_settings() == (window.context.settings, [])
    assert load_settings()[0].auto_lock_minutes == 10

    page.backup_days.setValue(21)
    assert load_settings()[0].backup_reminder_days == 21


def test_choosing_a_language_switches_the_catalogues_and_is_saved(
    qtbot, window, english_after
) -> None:
    page = _settings_page(qtbot, window)
    before = window.workspace
    assert page.language.currentData() == ""  # the system's
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    with (
        qtbot.waitSignal(page.language_changed) as changed,
        qtbot.waitSignal(window.context.settings_changed),
    ):
        page.language.setCurrentIndex(page.language.findData("fr"))
    assert changed.args == ["fr"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert window.context.settings.language == "fr"
    assert load_settings()[0].language == "fr"
    # The main window builds its views again, in French, where the inspector was.
    assert window.workspace is not before
    assert window.workspace.state() == {"page": "settings"}


def test_a_damaged_settings_file_is_reported_until_the_settings_are_saved(qtbot, window) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ this is not json", "utf-8")
    page = _settings_page(qtbot, window)
    assert not page.problems.isHidden()
    assert "could not be read" in page.problems.text()
    assert "defaults" in page.problems.text()
    page.auto_lock.setCurrentIndex(page.auto_lock.findData(15))
    assert load_settings()[0].auto_lock_minutes == 15  # a good file again
    page.refresh()
    assert page.problems.isHidden()


def test_the_settings_page_names_settings_that_were_reset(qtbot, window) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"auto_lock_minutes": 7}', "utf-8")
    page = _settings_page(qtbot, window)
    assert "auto-lock delay" in page.problems.text()


def test_the_signing_certificate_is_shown_and_made(qtbot, window) -> None:
    with UnitOfWork(vault_of(window.context)) as uow:
        set_profile(uow, "Anita Inspector", authority="Department of Foreign Employment")
    page = _settings_page(qtbot, window)
    qtbot.waitUntil(lambda: "No signing certificate yet" in page.certificate.text(), timeout=10_000)
    qtbot.mouseClick(page.create_certificate, LEFT)
    qtbot.waitUntil(lambda: "Anita Inspector" in page.certificate.text(), timeout=20_000)
    assert "Self-signed: yes" in page.certificate.text()
    assert "SHA-256 fingerprint" in page.certificate.text()
    assert page.certificate_warning.text() == ""
    from inspector.services.signing import current_certificate

    with vault_of(window.context).reading() as session:
        info = current_certificate(session)
    assert info is not None and info.common_name == "Anita Inspector"


def test_the_vault_folder_is_shown_and_lock_now_locks(qtbot, window) -> None:
    page = _settings_page(qtbot, window)
    assert page.folder.text() == str(window.context.folder)
    qtbot.mouseClick(page.lock_now, LEFT)
    assert window.context.vault is None
    assert window.stack.currentWidget() is window.unlock
