"""The inspections page: filters by status, kind and agency; a new inspection started from the
page by searching for the agency."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.gui.editor.editor import InspectionEditor
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import start_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import InspectionKind
from tests.conftest import small_form
from tests.gui.conftest import vault_of, wait_idle


def shown(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]


def test_filters_narrow_the_list(qtbot, window, context) -> None:
    with UnitOfWork(vault_of(context)) as uow:
        first = create_agency(uow, AgencyData("NP-RA-9001", "Annapurna Manpower", "NP"))
        second = create_agency(uow, AgencyData("NP-RA-9002", "Bagmati Recruiters", "NP"))
        a = start_inspection(uow, first, small_form())
        b = start_inspection(uow, second, small_form(), kind=InspectionKind.FOLLOW_UP,
                             follows_up_id=a)  # fmt: skip
    page = window.workspace.show_page("inspections")
    wait_idle(qtbot, context)
    assert len(shown(page)) == 2
    page.kind.setCurrentIndex(page.kind.findData("follow-up"))
    wait_idle(qtbot, context)
    assert len(shown(page)) == 1
    page.kind.setCurrentIndex(0)
    wait_idle(qtbot, context)
    assert len(shown(page)) == 2
    qtbot.keyClicks(page.agency, "annap")
    qtbot.waitUntil(lambda: len(shown(page)) == 1, timeout=5_000)
    assert page.tree.topLevelItem(0).text(3) == "Annapurna Manpower"
    page.status.setCurrentIndex(page.status.findData("locked"))
    wait_idle(qtbot, context)
    assert shown(page) == []
    assert page.count.text() == "0 inspections"
    assert a and b


def test_new_inspection_from_the_page_searches_the_agency(qtbot, window, context) -> None:
    with UnitOfWork(vault_of(context)) as uow:
        create_agency(uow, AgencyData("KE-RA-1234", "Kilimanjaro Careers", "KE"))
    page = window.workspace.show_page("inspections")
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(page.findChild(QPushButton, "newInspection"), Qt.MouseButton.LeftButton)
    dialog = window.workspace.start_dialog
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.search, "kilim")
    assert dialog.matches.count() == 1
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.workspace.editor, InspectionEditor), timeout=20_000)
    editor = window.workspace.editor
    qtbot.waitUntil(lambda: editor.data is not None, timeout=20_000)
    assert editor.data.agency_name == "Kilimanjaro Careers"
    assert editor.data.form.id == "agency-inspection"
