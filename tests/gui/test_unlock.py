"""Acceptance: create the vault, unlock it, a wrong passphrase, and recovery with the recovery
key - all through the widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from inspector.gui.context import AppContext
from inspector.gui.main_window import MainWindow
from inspector.settings import Settings
from tests.conftest import PASSPHRASE


def make_window(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    context = AppContext(folder, Settings())
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_run_creates_the_vault_and_shows_the_recovery_key_once(qtbot, tmp_path: Path):
    window = make_window(qtbot, tmp_path / "vault")
    unlock = window.unlock
    assert unlock.pages.currentWidget() is unlock.create_page
    qtbot.keyClicks(unlock.new_passphrase, "short")
    assert unlock.strength.value() == 0
    assert "Too short" in unlock.strength.format()
    unlock.new_passphrase.clear()
    qtbot.keyClicks(unlock.new_passphrase, PASSPHRASE)
    assert unlock.strength.value() == 4
    qtbot.keyClicks(unlock.new_passphrase_again, PASSPHRASE + "x")
    qtbot.mouseClick(unlock.create_button, Qt.MouseButton.LeftButton)
    assert unlock.create_error.text() == "The two passphrases differ."
    unlock.new_passphrase_again.clear()
    qtbot.keyClicks(unlock.new_passphrase_again, PASSPHRASE)
    qtbot.mouseClick(unlock.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlock.pages.currentWidget() is unlock.key_page, timeout=20_000)
    key = unlock.recovery_key_label.text()
    assert len(key.split("-")) == 8
    assert not unlock.key_continue.isEnabled()  # not before the inspector says it is stored
    unlock.key_stored.setChecked(True)
    qtbot.mouseClick(unlock.key_continue, Qt.MouseButton.LeftButton)
    assert unlock.pages.currentWidget() is unlock.profile_page  # tests/gui/test_profile.py
    qtbot.mouseClick(unlock.profile_later, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert unlock.recovery_key_label.text() == ""  # shown once
    assert (tmp_path / "vault" / "vault.key").exists()


def test_unlock_wrong_passphrase_then_right(qtbot, vault_folder: Path) -> None:
    window = make_window(qtbot, vault_folder)
    unlock = window.unlock
    assert unlock.pages.currentWidget() is unlock.unlock_page
    qtbot.keyClicks(unlock.passphrase, "not the passphrase")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlock.unlock_error.text() != "", timeout=20_000)
    qtbot.waitUntil(lambda: unlock.unlock_button.isEnabled(), timeout=20_000)
    assert unlock.unlock_error.text() == "Wrong passphrase. Try again."
    assert window.context.vault is None
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.vault is not None, timeout=20_000)
    assert window.stack.currentWidget() is window.workspace


def test_recovery_key_sets_a_new_passphrase(qtbot, tmp_path: Path) -> None:
    from inspector.vault.store import create_vault

    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE)
    created.vault.close()
    window = make_window(qtbot, folder)
    unlock = window.unlock
    qtbot.mouseClick(unlock.findChild(type(unlock.unlock_button), "forgotButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert unlock.pages.currentWidget() is unlock.recover_page
    qtbot.keyClicks(unlock.recovery_key_field, "AAAA-" * 7 + "AAAA")
    qtbot.keyClicks(unlock.reset_passphrase, "a brand new passphrase")
    qtbot.keyClicks(unlock.reset_passphrase_again, "a brand new passphrase")
    qtbot.mouseClick(unlock.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlock.recover_error.text() != "", timeout=20_000)
    assert unlock.recover_error.text() == "That recovery key does not open this vault."
    unlock.recovery_key_field.clear()
    qtbot.keyClicks(unlock.recovery_key_field, created.recovery_key)
    qtbot.waitUntil(lambda: unlock.recover_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(unlock.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.vault is not None, timeout=20_000)
    window.context.close_vault()
    from inspector.vault.store import unlock_vault

    unlock_vault(folder, "a brand new passphrase").close()


def test_after_wrong_passphrases_the_window_says_how_long_it_waits(qtbot, tmp_path: Path) -> None:
    """The count of wrong passphrases lives in the vault folder; the unlock page reads it there
    and says how long the next attempt waits, then the right passphrase opens the vault."""
    import re

    from PySide6.QtWidgets import QApplication

    from inspector.gui.i18n import install_translators
    from inspector.vault import keys, throttle
    from inspector.vault.store import create_vault

    folder = tmp_path / "vault"
    cheap = keys.KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
    create_vault(folder, PASSPHRASE, kdf=cheap).vault.close()
    window = make_window(qtbot, folder)
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
    unlock = window.unlock
    wrong = "Wrong passphrase. Try again."

    def attempt(passphrase: str) -> None:
        unlock.passphrase.clear()
        qtbot.keyClicks(unlock.passphrase, passphrase)
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)

    # The free attempts and one more (it waits a second): the next one waits two seconds.
    for _ in range(throttle.FREE_ATTEMPTS + 1):
        attempt("not the passphrase")
        qtbot.waitUntil(
            lambda: unlock.unlock_button.isEnabled() and unlock.unlock_error.text() == wrong,
            timeout=20_000,
        )
    attempt(PASSPHRASE)
    hint = unlock.unlock_error.text()
    assert re.fullmatch(r"After several wrong attempts, please wait [12] seconds?…", hint), hint
    assert hint.endswith(("wait 1 second…", "wait 2 seconds…"))  # English counts too
    qtbot.waitUntil(lambda: window.context.vault is not None, timeout=20_000)
    assert throttle.seconds_to_wait(folder) == 0  # the right passphrase resets the count
    window.context.close_vault()
