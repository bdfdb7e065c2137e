"""Acceptance: the agency registry filters as you type over 100,000 agencies, sorts by its
headers in SQL, opens an agency's page with its risk level; all through the widgets. (How long
the filter takes is measured in benchmarks/agency_filter.py, not here.)"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select, text

from benchmarks.agency_filter import fill_registry
from inspector.checklists.scoring import RiskBand, score, standing
from inspector.gui import labels
from inspector.gui.agency_model import AgencyTableModel
from inspector.gui.context import AppContext
from inspector.gui.main_window import MainWindow
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.agency_overview import STANDING_FLOOR, higher_band
from inspector.services.uow import UnitOfWork
from inspector.settings import Settings
from inspector.vault.store import unlock_vault
from inspector.vault.tables import Agency, CorrectiveAction, Finding, Inspection
from tests.conftest import PASSPHRASE, TemplateVault
from tests.gui.conftest import wait_idle
from tests.services.test_dashboard import demo_template

REGISTRY_SIZE = 100_000
PLANTED = ("Quokka Fair Recruitment", "quokka Island Manpower", "Quokkas Overseas Employment")
_REGISTRY: dict[str, Path] = {}


def registry_template(template: TemplateVault, factory: pytest.TempPathFactory) -> Path:
    """A vault of 100,000 agencies, three of them named after quokkas; built once per run."""
    key = str(factory.getbasetemp())
    if key not in _REGISTRY:
        folder = factory.mktemp("registry") / "vault"
        shutil.copytree(template.folder, folder)
        with unlock_vault(folder, PASSPHRASE) as vault:
            fill_registry(vault.engine, REGISTRY_SIZE - len(PLANTED))
            with UnitOfWork(vault) as uow:
                for number, name in enumerate(PLANTED):
                    create_agency(uow, AgencyData(f"AU-Q-{number}", name, "AU", city="Perth"))
        _REGISTRY[key] = folder
    return _REGISTRY[key]


def _window(qtbot, folder: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    context = AppContext(folder, Settings(auto_lock_minutes=30))
    context.open(unlock_vault(folder, PASSPHRASE))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window._open_workspace()
    yield window
    context.close_vault()


@pytest.fixture
def registry(qtbot, template_vault, tmp_path_factory, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "registry"
    shutil.copytree(registry_template(template_vault, tmp_path_factory), folder)
    yield from _window(qtbot, folder)


@pytest.fixture
def demo(qtbot, template_vault, tmp_path_factory, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "demo"
    shutil.copytree(demo_template(template_vault, tmp_path_factory), folder)
    yield from _window(qtbot, folder)


def agencies_page(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.workspace is not None
    page = window.workspace.show_page("agencies")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=60_000)
    wait_idle(qtbot, window.context)
    return page


def type_filter(qtbot, page, typed: str) -> None:  # type: ignore[no-untyped-def]
    page.filter.clear()
    qtbot.keyClicks(page.filter, typed)
    qtbot.waitUntil(lambda: page.model.search_text == typed, timeout=5_000)
    wait_idle(qtbot, page.context)


def column(page, number: int, rows: range) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.index(row, number).data() for row in rows]


def read(window: MainWindow, sql: str, **params: object) -> list[tuple]:  # type: ignore[type-arg]
    return window.context.read_now(lambda s: [tuple(r) for r in s.execute(text(sql), params)])


def test_typing_in_the_filter_updates_the_table_over_100000_agencies(qtbot, registry) -> None:
    page = agencies_page(qtbot, registry)
    assert page.model.rowCount() == REGISTRY_SIZE
    assert page.count.text() == "100,000 agencies"
    assert isinstance(page.table.model(), AgencyTableModel)  # a model over SQL, no proxy

    loads: list[tuple[int, int]] = []
    page.model.loaded.connect(lambda matched, total: loads.append((matched, total)))
    type_filter(qtbot, page, "quok")
    assert loads == [(3, REGISTRY_SIZE)]  # four keystrokes, one query
    assert page.count.text() == "3 of 100,000 agencies"
    assert column(page, 0, range(3)) == sorted(PLANTED, key=str.lower)
    assert column(page, 3, range(3)) == ["Perth"] * 3

    type_filter(qtbot, page, "everest g")
    expected = read(
        registry,
        "SELECT a.name, a.licence_number FROM agency_search AS s "
        "JOIN agency_search_key AS k ON k.rowid = s.rowid JOIN agency AS a ON a.id = k.agency_id "
        "WHERE agency_search MATCH :m ORDER BY lower(a.name), a.licence_number",
        m='"everest"* "g"*',
    )
    assert 10 < len(expected) < 5_000
    assert page.model.rowCount() == len(expected)
    shown = list(zip(column(page, 0, range(5)), column(page, 1, range(5)), strict=True))
    assert shown == expected[:5]
    last = len(expected) - 1
    assert (page.model.index(last, 0).data(), page.model.index(last, 1).data()) == expected[-1]
    assert page.count.text() == f"{len(expected):,} of 100,000 agencies"

    # A result that comes back after a newer query was asked for is dropped.
    loads.clear()
    page.model.set_filter("e")
    page.model.set_filter("quokka")
    wait_idle(qtbot, registry.context)
    assert loads == [(3, REGISTRY_SIZE)]
    assert page.model.rowCount() == 3

    type_filter(qtbot, page, "zzqx nowhere")
    assert page.results.currentWidget() is page.empty
    assert "No agencies match “zzqx nowhere”" in page.empty.text()
    assert page.count.text() == "0 of 100,000 agencies"


def click_header(qtbot, page, section: int) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    wait_idle(qtbot, page.context)


def test_clicking_a_header_sorts_in_sql_both_ways(qtbot, registry) -> None:
    page = agencies_page(qtbot, registry)
    (lowest, highest) = read(
        registry, "SELECT min(licence_number), max(licence_number) FROM agency"
    )[0]
    click_header(qtbot, page, 1)  # Licence
    assert page.model.sort_column == 1 and not page.model.descending
    assert page.model.index(0, 1).data() == lowest
    assert page.model.index(REGISTRY_SIZE - 1, 1).data() == highest
    click_header(qtbot, page, 1)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.descending and page.model.index(0, 1).data() == highest

    click_header(qtbot, page, 5)  # licence expiry: earliest first, agencies without one last
    (earliest,) = read(registry, "SELECT min(licence_valid_until) FROM agency")[0]
    assert page.model.index(0, 5).data() == labels.date_text(dt.date.fromisoformat(earliest))
    assert page.model.index(REGISTRY_SIZE - 1, 5).data() == "—"

    type_filter(qtbot, page, "quokka")  # the sort stays as the filter changes
    assert column(page, 1, range(3)) == ["AU-Q-0", "AU-Q-1", "AU-Q-2"]
    click_header(qtbot, page, 0)
    assert column(page, 0, range(3)) == sorted(PLANTED, key=str.lower)


def test_rows_are_read_in_pages_as_the_view_needs_them(qtbot, registry) -> None:
    page = agencies_page(qtbot, registry)
    model = page.model
    # The view asks for rows when it paints, an event after the result arrives: wait for it
    # (asserting at once raced the paint on a busy machine).
    qtbot.waitUntil(lambda: len(model.cached_pages()) >= 1, timeout=10_000)
    assert len(model.cached_pages()) <= 2  # what the screen shows, not 100,000 rows
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: (REGISTRY_SIZE - 1) // model.PAGE_SIZE in model.cached_pages())
    for row in range(0, REGISTRY_SIZE, REGISTRY_SIZE // 40):
        assert model.agency(row) is not None
    assert len(model.cached_pages()) == model.MAX_PAGES
    type_filter(qtbot, page, "quokka")
    assert len(model.cached_pages()) <= 1  # a new result drops every page read before


def test_keyboard_filter_list_detail_and_back(qtbot, registry) -> None:
    page = agencies_page(qtbot, registry)
    registry.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is registry)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter
    qtbot.keyClicks(page.filter, "quokka")
    qtbot.keyClick(page.filter, Qt.Key.Key_Down)  # the list shows what was typed, then has focus
    wait_idle(qtbot, registry.context)
    assert QApplication.focusWidget() is page.table
    assert page.model.rowCount() == 3 and page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_idle(qtbot, registry.context)
    assert page.views.currentWidget() is page.detail
    assert page.detail.title.text() == sorted(PLANTED, key=str.lower)[1]
    assert page.detail.risk_badge.text() == "Risk: not assessed"
    qtbot.keyClick(page.detail.back, Qt.Key.Key_Escape)
    assert page.views.currentWidget() is page.registry
    assert page.table.currentIndex().row() == 1  # where the inspector was

    # Enter in the filter opens the first match.
    page.focus_filter()
    qtbot.keyClicks(page.filter, "quokkas")
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    wait_idle(qtbot, registry.context)
    assert page.views.currentWidget() is page.detail
    assert page.detail.title.text() == "Quokkas Overseas Employment"


def _expected_risk(window: MainWindow, agency_id: uuid.UUID) -> RiskBand:
    """Worked out from the vault with SQL and the scoring rules, apart from the service."""
    since = dt.date.today().replace(year=dt.date.today().year - 2)

    def work(session):  # type: ignore[no-untyped-def]
        done = session.execute(
            select(Inspection.id, Inspection.completed_at)
            .where(
                Inspection.agency_id == agency_id, Inspection.status.in_(["completed", "locked"])
            )
            .order_by(Inspection.completed_at)
        ).all()
        scores = []
        for inspection_id, completed in done:
            severities = session.scalars(
                select(Finding.severity).where(
                    Finding.inspection_id == inspection_id, Finding.dropped.is_(False)
                )
            ).all()
            scores.append((completed.date(), score(s.value for s in severities)))
        return scores

    scores = window.context.read_now(work)
    demerits = sum(s.points for day, s in scores if day >= since)
    return higher_band(scores[-1][1].band, STANDING_FLOOR[standing(demerits)])


def test_agency_page_shows_history_actions_complaints_and_risk(qtbot, demo) -> None:
    agency_id, name = demo.context.read_now(
        lambda s: s.execute(
            select(Agency.id, Agency.name)
            .join(Inspection, Inspection.agency_id == Agency.id)
            .where(Inspection.kind == "complaint-driven")
        ).one()
    )
    assert demo.workspace is not None
    page = demo.workspace.open_agency(agency_id)
    wait_idle(qtbot, demo.context)
    detail = page.detail
    assert page.views.currentWidget() is detail and detail.title.text() == name
    band = _expected_risk(demo, agency_id)
    assert detail.risk_badge.text() == f"Risk: {band.value.capitalize()}"
    assert "Demerits since" in detail.risk_explained.text()
    assert detail.risk_badge.toolTip() == detail.risk_explained.text()

    inspections, actions = demo.context.read_now(
        lambda s: (
            s.scalar(select(func.count()).where(Inspection.agency_id == agency_id)),
            s.scalar(
                select(func.count())
                .select_from(CorrectiveAction)
                .join(Inspection, Inspection.id == CorrectiveAction.inspection_id)
                .where(
                    Inspection.agency_id == agency_id,
                    Inspection.status.in_(["completed", "locked"]),
                    CorrectiveAction.status.in_(["open", "in-progress"]),
                )
            ),
        )
    )
    assert detail.inspections.topLevelItemCount() == inspections
    assert detail.actions.topLevelItemCount() == actions > 0
    assert detail.tabs.tabText(2).startswith(f"&Corrective actions ({actions} open")
    first = detail.inspections.topLevelItem(0)
    assert first.childCount() > 0  # its findings
    assert detail.complaints.topLevelItemCount() == 1
    assert detail.complaints.topLevelItem(0).text(0).startswith("CMP-")

    # The inspection opens in the editor; Start inspection asks for the checklist.
    detail.inspections.setCurrentItem(first)
    qtbot.keyClick(detail.inspections, Qt.Key.Key_Return)
    assert demo.workspace.editor is not None
    assert demo.workspace.editor.inspection_id == first.data(0, Qt.ItemDataRole.UserRole)
    page = demo.workspace.open_agency(agency_id)
    wait_idle(qtbot, demo.context)
    qtbot.mouseClick(page.detail.start, Qt.MouseButton.LeftButton)
    dialog = demo.workspace.start_dialog
    assert dialog.isVisible() and dialog.agency_id == agency_id
    dialog.reject()


def test_new_agencies_show_and_locking_forgets_everything(qtbot, demo) -> None:
    page = agencies_page(qtbot, demo)
    before = page.model.rowCount()
    demo.context.write(
        lambda uow: create_agency(uow, AgencyData("NP-NEW-1", "Aardvark Placement", "NP"))
    )
    wait_idle(qtbot, demo.context)
    demo.context.changed.emit("agencies")
    wait_idle(qtbot, demo.context)
    assert page.model.rowCount() == before + 1
    assert page.model.index(0, 0).data() == "Aardvark Placement"
    type_filter(qtbot, page, "aardvark")
    cell = page.table.visualRect(page.model.index(0, 1)).center()
    # A double-click as the mouse sends it: press and release, then the second press.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    wait_idle(qtbot, demo.context)
    assert page.detail.title.text() == "Aardvark Placement"
    demo.lock()
    assert page.model.rowCount() == 0 and page.filter.text() == ""
    assert page.detail.title.text() == "" and page.views.currentWidget() is page.registry
