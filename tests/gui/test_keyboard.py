"""Keyboard access: pages by Ctrl+number, lock by Ctrl+L, the unlock form by Tab and Enter, and
every question of the editor reachable with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import start_inspection
from inspector.services.uow import UnitOfWork
from tests.conftest import small_form
from tests.gui.conftest import vault_of, wait_idle


def test_pages_open_with_ctrl_and_a_number(qtbot, window, context) -> None:
    workspace = window.workspace
    for key, name in ((Qt.Key.Key_3, "inspections"), (Qt.Key.Key_1, "dashboard")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot, context)
        assert workspace.stack.currentWidget() is workspace.pages[name]
        assert workspace.nav.currentItem().data(Qt.ItemDataRole.UserRole) == name


def test_tab_walks_through_the_questions_of_a_section(qtbot, window, context) -> None:
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(uow, AgencyData("NP-RA-9101", "Keyboard Agency", "NP"))
        inspection = start_inspection(uow, agency, small_form())
    editor = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    view = editor.form_view
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    first = view.rows["licence_displayed"].input.focus_widget()
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=5_000)
    reached = set()
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        for path, row in view.rows.items():
            if row.isAncestorOf(widget):
                reached.add(path)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert {"licence_displayed", "licence_expiry", "licence_in_scope"} <= reached
