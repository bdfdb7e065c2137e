"""The inspector's profile in the window: set at first run (with a self-signed certificate made
from it) and in Settings; a bad emblem is refused saying why; a certificate that no longer
agrees with the profile is pointed out; messages name the way in the app, never a command."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from inspector.gui.context import AppContext
from inspector.gui.main_window import MainWindow
from inspector.services.profile import get_profile, set_profile
from inspector.services.signing import current_certificate
from inspector.services.uow import UnitOfWork
from inspector.settings import Settings
from tests.conftest import PASSPHRASE, ROOT
from tests.gui.conftest import vault_of, wait_idle

LEFT = Qt.MouseButton.LeftButton


def _emblem(tmp_path: Path, size: tuple[int, int] = (240, 240)) -> Path:
    path = tmp_path / "emblem.png"
    image = Image.new("RGB", size, (20, 70, 140))
    out = io.BytesIO()
    image.save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_first_run_asks_for_the_profile_and_makes_a_certificate_from_it(
    qtbot, tmp_path: Path
) -> None:
    window = MainWindow(AppContext(tmp_path / "vault", Settings()))
    qtbot.addWidget(window)
    window.show()
    unlock = window.unlock
    qtbot.keyClicks(unlock.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(unlock.new_passphrase_again, PASSPHRASE)
    qtbot.mouseClick(unlock.create_button, LEFT)
    qtbot.waitUntil(lambda: unlock.pages.currentWidget() is unlock.key_page, timeout=20_000)
    unlock.key_stored.setChecked(True)
    qtbot.mouseClick(unlock.key_continue, LEFT)
    # Not the workspace yet: who the inspector is, for the reports.
    assert unlock.pages.currentWidget() is unlock.profile_page
    form = unlock.profile_form
    assert form.name.hasFocus() or window.stack.currentWidget() is window.unlock
    qtbot.keyClicks(form.name, "Asha Rai")
    form.authority.setText("वैदेशिक रोजगार विभाग")  # keyClicks types ASCII only
    qtbot.keyClicks(form.address, "Tahachal, Kathmandu")
    form.time_zone.setCurrentText("Asia/Kathmandu")
    form.take_emblem(str(_emblem(tmp_path)))
    qtbot.waitUntil(lambda: form.emblem_preview.pixmap() is not None and
                    not form.emblem_preview.pixmap().isNull(), timeout=10_000)  # fmt: skip
    assert unlock.make_certificate.isChecked()
    qtbot.mouseClick(unlock.profile_save, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=30_000)
    with vault_of(window.context).reading() as session:
        profile = get_profile(session)
        assert profile is not None
        assert (profile.name, profile.authority, profile.office_address, profile.time_zone) == (
            "Asha Rai", "वैदेशिक रोजगार विभाग", "Tahachal, Kathmandu", "Asia/Kathmandu")  # fmt: skip
        assert profile.emblem == (tmp_path / "emblem.png").read_bytes()
        info = current_certificate(session)
        assert info is not None and info.common_name == "Asha Rai" and info.self_signed


def test_first_run_without_a_name_says_so_and_stays(qtbot, tmp_path: Path) -> None:
    window = MainWindow(AppContext(tmp_path / "vault", Settings()))
    qtbot.addWidget(window)
    window.show()
    unlock = window.unlock
    qtbot.keyClicks(unlock.new_passphrase, PASSPHRASE)
    qtbot.keyClicks(unlock.new_passphrase_again, PASSPHRASE)
    qtbot.mouseClick(unlock.create_button, LEFT)
    qtbot.waitUntil(lambda: unlock.pages.currentWidget() is unlock.key_page, timeout=20_000)
    unlock.key_stored.setChecked(True)
    qtbot.mouseClick(unlock.key_continue, LEFT)
    qtbot.mouseClick(unlock.profile_save, LEFT)
    qtbot.waitUntil(lambda: unlock.profile_form.error.text() != "", timeout=10_000)
    assert "name is missing" in unlock.profile_form.error.text()
    assert unlock.pages.currentWidget() is unlock.profile_page
    qtbot.mouseClick(unlock.profile_later, LEFT)  # later, from Settings
    assert window.stack.currentWidget() is window.workspace


def test_settings_show_save_the_profile_and_refuse_a_bad_emblem(
    qtbot, window, tmp_path: Path
) -> None:
    with UnitOfWork(vault_of(window.context)) as uow:
        set_profile(uow, "Anita Inspector", authority="Department of Foreign Employment",
                    time_zone="Asia/Dhaka")  # fmt: skip
    page = window.workspace.show_page("settings")
    wait_idle(qtbot, window.context)
    form = page.profile
    assert form.name.text() == "Anita Inspector"
    assert form.time_zone.currentText() == "Asia/Dhaka"
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"\x89PNG not really" * 100)
    form.take_emblem(str(junk))
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10_000)
    assert "junk.png" in form.error.text() and "not a readable PNG or JPEG" in form.error.text()
    form.take_emblem(str(_emblem(tmp_path)))
    qtbot.waitUntil(lambda: not form.error.isVisible(), timeout=10_000)
    form.address.setPlainText("Probashi Kallyan Bhaban, Dhaka")
    form.time_zone.setCurrentText("Mars/Olympus")
    qtbot.mouseClick(page.profile_box.save, LEFT)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10_000)
    assert "'Mars/Olympus' is not a time zone" in form.error.text()
    form.time_zone.setCurrentText("Asia/Dhaka")
    qtbot.mouseClick(page.profile_box.save, LEFT)
    qtbot.waitUntil(lambda: page.profile_box.done.text() != "", timeout=10_000)
    with vault_of(window.context).reading() as session:
        profile = get_profile(session)
        assert profile is not None and profile.office_address.startswith("Probashi")
        assert profile.emblem == (tmp_path / "emblem.png").read_bytes()


def test_settings_make_a_certificate_from_the_profile_and_point_out_a_mismatch(
    qtbot, window
) -> None:
    with UnitOfWork(vault_of(window.context)) as uow:
        set_profile(uow, "Anita Inspector", authority="Department of Foreign Employment")
    page = window.workspace.show_page("settings")
    wait_idle(qtbot, window.context)
    assert "from the profile" in page.create_certificate.text().replace("&", "")
    qtbot.mouseClick(page.create_certificate, LEFT)
    qtbot.waitUntil(lambda: "Anita Inspector" in page.certificate.text(), timeout=20_000)
    assert page.certificate_warning.text() == ""
    # The name changes; the certificate still names the old one: said, with what to do.
    page.profile.name.setText("Anita Sharma")
    qtbot.mouseClick(page.profile_box.save, LEFT)
    qtbot.waitUntil(lambda: "Anita Sharma" in page.certificate_warning.text(), timeout=10_000)
    warning = page.certificate_warning.text()
    assert "Anita Inspector" in warning and "new certificate from the profile" in warning
    assert "inspector cert" not in warning and "inspector profile" not in warning


def test_no_certificate_message_in_the_window_names_settings_not_a_command(qtbot, window) -> None:
    from inspector.errors import NotFound
    from inspector.gui.messages import error_text
    from inspector.services.signing import signing_material

    with vault_of(window.context).reading() as session:
        try:
            signing_material(session)
        except NotFound as exc:
            shown = error_text(exc)
            assert "inspector cert" in str(exc)  # the command line's
        else:
            raise AssertionError("a vault without a certificate signed")
    assert "Settings" in shown and "inspector cert" not in shown


COMMAND = re.compile(r"\binspector (cert|init|backup|restore|verify|enroll|sync|profile|report)\b")


def test_no_window_text_sends_anyone_to_the_command_line() -> None:
    """No string in the window's code names a command to type."""
    import ast

    found = []
    for path in sorted((ROOT / "inspector" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and COMMAND.search(text):
                found.append(f"{path.name}: {text[:60]}")
    assert found == []


def test_sync_errors_in_the_window_name_settings(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """Unenrolled, then standalone: the window's wording says where in Settings."""
    from inspector.errors import SyncNotSetUp
    from inspector.gui.messages import error_text
    from inspector.services.sync import set_standalone, sync_now

    for standalone in (False, True):
        if standalone:
            set_standalone(vault_of(context), True)
        try:
            sync_now(vault_of(context))
        except SyncNotSetUp as exc:
            assert COMMAND.search(str(exc))  # the command line's names the command
            shown = error_text(exc)
        else:
            raise AssertionError("an unenrolled laptop synced")
        assert "Settings" in shown and not COMMAND.search(shown), shown
