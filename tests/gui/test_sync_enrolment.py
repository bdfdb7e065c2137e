"""Sync in the window, against a real server process on loopback (PostgreSQL): enrolment from
the Settings page through its widgets (address, code, the authority's fingerprint shown before
anything is stored), "Sync now" sending the demo data with the status area showing nothing
waiting and the time, the standalone switch, and the automatic sync while unlocked that stops
on lock."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector.services.profile import set_profile
from inspector.services.sync import sync_status
from inspector.services.uow import UnitOfWork
from inspector.settings import Settings
from inspector.sync import state
from inspector.vault.store import create_vault, unlock_vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_idle
from tests.serverkit import enrolment_code, fresh_postgres_database, seed_ministry, start_server
from tests.sync.conftest import (
    FAST,
    FAST_KDF,
    Central,
    Laptop,
    device_of,
    enrolled,
    local_records,
    server_records,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    with fresh_postgres_database() as url:
        server = start_server(tmp_path_factory.mktemp("server"), url)
        try:
            yield Central(server, seed_ministry(server))
        finally:
            server.stop()


def open_window(qtbot, folder: Path, vault):  # type: ignore[no-untyped-def]
    from inspector.gui.context import AppContext
    from inspector.gui.main_window import MainWindow

    context = AppContext(folder, Settings(auto_lock_minutes=5))
    context.open(vault)
    window = MainWindow(context)
    window.sync.client_options = FAST
    qtbot.addWidget(window)
    window.show()
    window._open_workspace()
    return window


@pytest.fixture
def windows(qtbot) -> Iterator[list]:  # type: ignore[type-arg]
    opened: list = []  # type: ignore[type-arg]
    yield opened
    for window in opened:
        window.sync.stop()
        window.context.close_vault()


def new_laptop(tmp_path: Path, name: str = "asha") -> Laptop:
    folder = tmp_path / name
    vault = create_vault(folder, PASSPHRASE, FAST_KDF).vault
    with UnitOfWork(vault) as uow:
        set_profile(uow, name.title(), authority="Department of Foreign Employment")
    return Laptop(folder, vault)


def ca_fingerprint(server_api: str) -> str:
    """The authority's fingerprint as the administrator reads it: SHA-256 of the CA's DER."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    pem = httpx.get(f"{server_api}/authority/ca.pem", timeout=10).content
    return hashlib.sha256(
        x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)
    ).hexdigest()


def test_enrol_from_settings_then_sync_now_sends_the_demo_data(
    qtbot, central: Central, template_vault, tmp_path_factory, tmp_path, windows
) -> None:
    from tests.services.test_dashboard import demo_template

    server = central.server
    folder = tmp_path / "demo"
    shutil.copytree(demo_template(template_vault, tmp_path_factory), folder)
    window = open_window(qtbot, folder, unlock_vault(folder, PASSPHRASE))
    windows.append(window)
    context = window.context
    area = window.sync_status
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=10_000)
    assert area.isVisible() and area.summary.full_text() == "Sync not set up"
    assert not area.button.isVisible()

    page = window.workspace.show_page("settings")
    wait_idle(qtbot, context)
    box = page.sync_box
    assert "not enrolled" in box.enrolment.text()
    qtbot.keyClicks(box.url, server.url)
    qtbot.keyClicks(box.code, enrolment_code(server, central.ministry.inspector))
    qtbot.mouseClick(box.enrol_button, LEFT)
    qtbot.waitUntil(lambda: box.question is not None and box.question.isVisible(), timeout=20_000)

    # The fingerprint the server sends is shown, in groups of four, before anything is stored.
    expected = ca_fingerprint(server.api)
    shown = box.question.informativeText()
    assert " ".join(expected[i : i + 4] for i in range(0, 64, 4)) in shown
    assert server.url in shown and "Ministry of Labour" in box.question.text()
    with context.vault.reading() as session:
        assert state.enrolment(session) is None
    qtbot.mouseClick(box.confirm_button, LEFT)
    qtbot.waitUntil(lambda: "Enrolled with" in box.message.text(), timeout=30_000)
    wait_idle(qtbot, context)
    facts = box.enrolment.text()
    assert "Ministry of Labour" in facts and server.url in facts
    assert "Enrolled for: Asha Rai, Bagmati" in facts
    assert "Enrolled: today " in facts
    assert not box.code.text()  # the one-time code is not kept on screen

    # The status area offers Sync now; F9 sends everything the demo holds.
    qtbot.waitUntil(lambda: area.button.isVisible(), timeout=10_000)
    waiting = window.sync.status.items_waiting
    assert waiting > 100 and f"Not yet sent: {waiting}" in area.summary.full_text()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    with qtbot.waitSignal(window.sync.finished, timeout=120_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
        assert area.bar.isVisible()  # progress while it runs
    qtbot.waitUntil(lambda: "Not yet sent: 0" in area.summary.full_text(), timeout=10_000)
    assert "Last sync: today " in area.summary.full_text()
    assert "records" in window.statusBar().currentMessage()
    vault = context.vault
    with vault.reading() as session:
        status = sync_status(session)
    assert (status.items_waiting, status.quarantined, status.conflicts) == (0, 0, 0)
    held = server_records(server, device_of(vault))
    assert len(held) == len(set(held)), "a record stored twice"
    assert local_records(vault) <= set(held)
    assert {kind for kind, _id, _rev in set(held) - local_records(vault)} <= {"form_snapshot"}

    # The dashboard says the same.
    dashboard = window.workspace.show_page("dashboard")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: "Not yet sent: 0" in dashboard.sync_line.label.text(), timeout=10_000)
    assert "Last sync: today " in dashboard.sync_line.label.text()


def test_a_wrong_code_is_refused_and_nothing_is_stored(
    qtbot, central: Central, tmp_path, windows
) -> None:
    laptop = new_laptop(tmp_path)
    window = open_window(qtbot, laptop.folder, laptop.vault)
    windows.append(window)
    page = window.workspace.show_page("settings")
    wait_idle(qtbot, window.context)
    box = page.sync_box
    box.url.setText(central.server.url)
    box.code.setText("NOT-A-CODE")
    qtbot.keyClick(box.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.question is not None, timeout=20_000)
    qtbot.mouseClick(box.confirm_button, LEFT)
    qtbot.waitUntil(lambda: "refused the enrolment code" in box.message.text(), timeout=20_000)
    assert box.enrol_button.isEnabled()
    with laptop.vault.reading() as session:
        assert state.enrolment(session) is None


def test_standalone_laptop_never_syncs(qtbot, tmp_path, windows) -> None:
    laptop = new_laptop(tmp_path)
    window = open_window(qtbot, laptop.folder, laptop.vault)
    windows.append(window)
    page = window.workspace.show_page("settings")
    wait_idle(qtbot, window.context)
    box = page.sync_box
    assert box.form.isVisible()
    box.standalone.click()
    qtbot.waitUntil(
        lambda: "Standalone laptop" in window.sync_status.summary.full_text(), timeout=10_000
    )
    assert not box.form.isVisible()  # no enrolment while standalone
    with laptop.vault.reading() as session:
        assert state.is_standalone(session)
    with qtbot.waitSignal(window.sync.failed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert "standalone" in window.statusBar().currentMessage()
    assert not window.sync.timer.isActive()


def test_an_enrolled_laptop_syncs_by_itself_and_stops_on_lock(
    qtbot, central: Central, tmp_path, windows
) -> None:
    from inspector.gui.context import AppContext
    from inspector.gui.main_window import MainWindow
    from inspector.gui.sync_controller import sync_controller

    laptop = new_laptop(tmp_path)
    enrolled(central, laptop, central.ministry.inspector)
    context = AppContext(laptop.folder, Settings(auto_lock_minutes=5))
    controller = sync_controller(context)
    controller.first_delay_ms = 0  # the first automatic sync right after unlocking
    controller.client_options = FAST
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    windows.append(window)
    with qtbot.waitSignal(controller.finished, timeout=60_000):
        context.open(laptop.vault)
        window._open_workspace()
    assert controller.automatic
    assert window.statusBar().currentMessage() == ""  # an automatic sync does not interrupt
    qtbot.waitUntil(
        lambda: "Last sync: today " in window.sync_status.summary.full_text(), timeout=10_000
    )
    assert controller.timer.isActive()  # the next one is scheduled
    assert controller.timer.remainingTime() > 60_000
    window.lock_action.trigger()
    assert context.vault is None
    assert not controller.timer.isActive() and not controller.running
    assert not window.sync_status.isVisible()
