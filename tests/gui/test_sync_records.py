"""What a sync brings to the window, against a real server process on loopback (PostgreSQL): an
assignment published on the server is listed with its due date in the inspections page and an
inspection starts from it; a record the server refuses shows with the server's reason; a
conflict shows side by side and the choice made goes up; a revoked laptop's window says so and
locks for good."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector.gui import labels
from inspector.services.profile import set_profile
from inspector.services.uow import UnitOfWork
from inspector.settings import Settings
from inspector.sync.values import record_data
from inspector.vault.store import create_vault
from inspector.vault.tables import Inspection
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_idle
from tests.serverkit import enrol, fresh_postgres_database, seed_ministry, start_server
from tests.sync.conftest import (
    FAST,
    FAST_KDF,
    Central,
    Laptop,
    device_of,
    enrolled,
    local_agency,
    make_inspection,
    server_records,
)
from tests.sync.proxy import Faults, FaultyProxy, faulty_proxy

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    with fresh_postgres_database() as url:
        server = start_server(tmp_path_factory.mktemp("server"), url)
        try:
            yield Central(server, seed_ministry(server))
        finally:
            server.stop()


@pytest.fixture
def proxy(central: Central) -> Iterator[FaultyProxy]:
    """A TCP proxy in front of the server, to slow the link down or take it away."""
    with faulty_proxy(int(central.server.url.rsplit(":", 1)[1])) as running:
        yield running


@pytest.fixture
def laptop(central: Central, tmp_path: Path, request: pytest.FixtureRequest) -> Laptop:
    """A vault enrolled for Asha (through ``proxy`` when parametrized so, indirectly)."""
    folder = tmp_path / "asha"
    vault = create_vault(folder, PASSPHRASE, FAST_KDF).vault
    with UnitOfWork(vault) as uow:
        set_profile(uow, "Asha Rai", authority="Department of Foreign Employment")
    made = Laptop(folder, vault)
    through = request.getfixturevalue("proxy").url if getattr(request, "param", "") else None
    enrolled(central, made, central.ministry.inspector, url=through)
    return made


@pytest.fixture
def window(qtbot, laptop: Laptop) -> Iterator:  # type: ignore[no-untyped-def]
    from inspector.gui.context import AppContext
    from inspector.gui.main_window import MainWindow

    context = AppContext(laptop.folder, Settings(auto_lock_minutes=5))
    context.open(laptop.vault)
    win = MainWindow(context)
    win.sync.client_options = FAST
    qtbot.addWidget(win)
    win.show()
    win._open_workspace()
    win.activateWindow()
    qtbot.waitUntil(lambda: win.sync.status is not None, timeout=10_000)
    yield win
    win.sync.stop()
    context.close_vault()


def sync_with_f9(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    wait_idle(qtbot, window.context)


def test_an_assignment_shows_with_its_due_date_and_an_inspection_starts_from_it(
    qtbot, central: Central, window
) -> None:
    from inspector.server import admin

    due = dt.date.today() + dt.timedelta(days=10)
    licence = f"{central.ministry.home}-0002"
    central.server.admin(lambda s: admin.assign(s, central.ministry.inspector, licence, due=due,
                                                notes="Fee complaints from Doha"))  # fmt: skip
    page = window.workspace.show_page("inspections")
    wait_idle(qtbot, window.context)
    assert not page.assignments.isVisible()  # nothing came down yet

    sync_with_f9(qtbot, window)
    qtbot.waitUntil(lambda: page.assignments.isVisible(), timeout=10_000)
    tree = page.assignments.tree
    rows = [
        [tree.topLevelItem(i).text(c) for c in range(6)] for i in range(tree.topLevelItemCount())
    ]
    mine = next(row for row in rows if licence in row[2])
    assert mine[0] == labels.date_text(due) and mine[1] == "in 10 days"
    assert mine[2] == f"Agency 2 of {central.ministry.home} ({licence})"
    assert mine[3] == "Routine" and mine[5] == "Fee complaints from Doha"
    assert page.assignments.title().startswith("Assigned to you (")

    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if licence in tree.topLevelItem(i).text(2))  # fmt: skip
    tree.setCurrentItem(item)
    qtbot.mouseClick(page.assignments.start_button, LEFT)
    dialog = page.assignments.dialog
    qtbot.waitUntil(lambda: "(" in dialog.checklist.text(), timeout=10_000)
    assert dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.team, "Asha Rai, Bina Lama")
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: window.workspace.editor is not None, timeout=20_000)
    inspection_id = window.workspace.editor.inspection_id
    with window.context.vault.reading() as session:
        inspection = session.get(Inspection, uuid.UUID(str(inspection_id)))
        assert inspection is not None
        assert inspection.planned_date == due
        assert inspection.agency.licence_number == licence
        assert inspection.form_id == "agency-inspection"
        assert inspection.team == ["Asha Rai", "Bina Lama"]


def test_a_quarantined_record_shows_with_the_servers_reason(
    qtbot, central: Central, laptop: Laptop, window
) -> None:
    sync_with_f9(qtbot, window)  # the registry comes down
    vault = laptop.vault
    bad = make_inspection(vault, local_agency(vault), notes="Seen at the office\x00", lock=False)
    with vault.reading() as session:
        reference = session.get(Inspection, bad).reference  # type: ignore[union-attr]
    sync_with_f9(qtbot, window)

    area = window.sync_status
    qtbot.waitUntil(lambda: "Quarantined: " in area.summary.full_text(), timeout=10_000)
    assert "Not yet sent: 0" in area.summary.full_text()
    assert "#8a5300" in area.summary.styleSheet()  # amber: it needs the inspector
    qtbot.mouseClick(area.summary, LEFT)
    from inspector.gui.sync_details import SyncDetailsDialog

    dialog = window.findChild(SyncDetailsDialog, "syncDetails")
    assert dialog is not None and dialog.isVisible()
    view = dialog.quarantine
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() > 0, timeout=10_000)
    rows = {view.list.topLevelItem(i).text(0): view.list.topLevelItem(i).text(1)
            for i in range(view.list.topLevelItemCount())}  # fmt: skip
    assert rows[f"inspection {reference}"] == "The record holds a NUL character."
    assert dialog.tabs.tabText(0).startswith("&Quarantined (")
    view.list.setCurrentItem(
        view.list.findItems(f"inspection {reference}", Qt.MatchFlag.MatchExactly)[0]
    )
    assert "The record holds a NUL character." in view.reason.text()


def test_a_conflict_shows_side_by_side_and_keeping_mine_sends_it_over(
    qtbot, central: Central, laptop: Laptop, window
) -> None:
    vault = laptop.vault
    sync_with_f9(qtbot, window)
    inspection_id = make_inspection(vault, local_agency(vault), lock=False)
    sync_with_f9(qtbot, window)
    # Another laptop of the same inspector changes the record first.
    other = enrol(central.server, central.ministry.inspector)
    with vault.reading() as session:
        row = session.get(Inspection, inspection_id)
        data, revision = record_data(row), row.revision  # type: ignore[arg-type, union-attr]
    theirs = {**data, "notes": "Changed on the office laptop", "revision": revision + 1}
    answer = other.send(
        {
            "type": "inspection",
            "id": str(inspection_id),
            "revision": revision + 1,
            "base_revision": revision,
            "operation": "upsert",
            "data": theirs,
        }
    )
    assert answer[0]["status"] == "stored", answer[0].get("reason")
    with UnitOfWork(vault) as uow:
        inspection = uow.session.get(Inspection, inspection_id)
        inspection.notes = "Changed on site"  # type: ignore[union-attr]
        uow.changed(inspection, "inspection.notes", inspection_id=inspection_id)
    sync_with_f9(qtbot, window)

    area = window.sync_status
    qtbot.waitUntil(lambda: "Conflicts: 1" in area.summary.full_text(), timeout=10_000)
    from inspector.gui.sync_status import open_sync_details

    dialog = open_sync_details(window, window.sync, "conflicts")
    view = dialog.conflicts
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=10_000)
    assert dialog.tabs.currentWidget() is view
    fields = {view.mine.topLevelItem(i).text(0): view.mine.topLevelItem(i).text(1)
              for i in range(view.mine.topLevelItemCount())}  # fmt: skip
    assert fields["notes"] == "Changed on site"
    assert f"revision {revision + 1}" in view.server.text()
    assert "from another device" in view.server.text()
    assert view.mine_box.isVisible() and view.server_box.isVisible()

    qtbot.mouseClick(view.keep_mine, LEFT)
    qtbot.waitUntil(lambda: "Conflicts" not in area.summary.full_text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.tabs.tabText(1) == "&Conflicts (0)", timeout=10_000)
    assert view.empty.isVisible()
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        qtbot.mouseClick(dialog.sync_now, LEFT)
    wait_idle(qtbot, window.context)
    stored = {
        (kind, rev)
        for kind, rid, rev in server_records(central.server, device_of(vault))
        if rid == str(inspection_id)
    }
    assert stored and max(rev for _kind, rev in stored) > revision + 1
    assert window.sync.status.conflicts == 0


def test_a_revoked_laptop_window_says_so_and_locks(
    qtbot, central: Central, laptop: Laptop, window
) -> None:
    from inspector.server.admin import revoke_device

    sync_with_f9(qtbot, window)
    device = device_of(laptop.vault)
    central.server.admin(lambda s: revoke_device(s, str(device), reason="reported stolen"))
    window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    with qtbot.waitSignal(window.sync.revoked, timeout=60_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    box = window.window_sync.revoked_message
    assert box.isVisible()
    assert "revoked this laptop" in box.text() and "can no longer be opened" in box.text()
    assert window.context.vault is None
    assert window.stack.currentWidget() is window.unlock
    assert "revoked this laptop" in window.unlock.unlock_intro.text()
    assert not window.sync_status.isVisible()
    assert not list(laptop.folder.glob("vault.key*"))

    # The passphrase no longer opens it, and the window says why.
    box.close()
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "revoked" in window.unlock.unlock_error.text(), timeout=20_000)
    assert window.context.vault is None


@pytest.mark.parametrize("laptop", ["proxy"], indirect=True)
def test_the_last_error_shows_in_plain_words_and_nothing_is_lost(
    qtbot, laptop: Laptop, proxy: FaultyProxy, window
) -> None:
    sync_with_f9(qtbot, window)
    make_inspection(laptop.vault, local_agency(laptop.vault), lock=False)
    proxy.stop()  # the network is gone
    area = window.sync_status
    window.sync.refresh_status()  # the inspection was made outside the window
    qtbot.waitUntil(lambda: window.sync.status.items_waiting > 0, timeout=10_000)
    waiting = window.sync.status.items_waiting
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    with qtbot.waitSignal(window.sync.failed, timeout=60_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "Last sync failed: " in area.summary.full_text(), timeout=10_000)
    assert area.summary.full_text().startswith("Last sync failed: Could not reach the server")
    assert "cannot connect" in area.summary.full_text()
    assert "cannot connect" in area.summary.toolTip()
    # A narrow window shortens the line instead of growing to fit it.
    window.resize(700, 600)
    qtbot.waitUntil(lambda: area.summary.text().endswith("…"), timeout=5_000)
    assert area.summary.text().startswith("Last sync failed")
    assert window.width() <= 700
    assert "#b00020" in area.summary.styleSheet()  # red
    assert f"Not yet sent: {waiting}" in area.summary.full_text()  # nothing lost
    assert "cannot connect" in window.statusBar().currentMessage()
    dashboard = window.workspace.show_page("dashboard")
    wait_idle(qtbot, window.context)
    qtbot.waitUntil(lambda: "cannot connect" in dashboard.sync_line.label.text(), timeout=10_000)
    assert window.sync.timer.isActive()  # it tries again by itself later


@pytest.mark.parametrize("laptop", ["proxy"], indirect=True)
def test_locking_stops_a_running_sync_and_the_next_one_goes_on(
    qtbot, central: Central, laptop: Laptop, proxy: FaultyProxy, window
) -> None:
    import random

    sync_with_f9(qtbot, window)
    vault = laptop.vault
    rng = random.Random(5)  # noqa: S311 - test data
    for _ in range(3):
        make_inspection(vault, local_agency(vault), attachments=2, size=48_000, rng=rng)
    proxy.faults = Faults(delay=0.02, piece=4096)  # a slow link: the sync takes seconds
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    with qtbot.waitSignal(window.sync.progress, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.sync.running
    window.lock_action.trigger()
    assert window.context.vault is None and not window.sync.pool.activeThreadCount()
    assert window.stack.currentWidget() is window.unlock

    proxy.faults = Faults()
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.vault is not None, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=10_000)
    assert "stopped when the window was locked" in (window.sync.status.last_error or "")
    window.activateWindow()
    sync_with_f9(qtbot, window)
    status = window.sync.status
    assert (status.items_waiting, status.last_error) == (0, None)
    reopened = window.context.vault
    held = server_records(central.server, device_of(reopened))
    assert len(held) == len(set(held))
