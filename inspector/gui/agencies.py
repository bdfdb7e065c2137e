"""The agency registry page: a filter that searches as you type over a table of every agency (a
Qt model over SQL, see agency_model.py), and the page of one agency (agency_detail.py).

Keyboard: Ctrl+F goes to the filter; Down moves from the filter into the table; Enter opens the
agency under the cursor (from the filter: the first match); Esc or Alt+Left goes back."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.agency_detail import AgencyDetail
from inspector.gui.agency_model import AgencyTableModel
from inspector.gui.messages import show_error

if TYPE_CHECKING:
    from inspector.gui.context import AppContext

FILTER_DELAY_MS = 150  # typing pauses shorter than this do not start a query
# Widths in average characters: wide enough for typical values, the name column takes the rest.
COLUMN_CHARS = (None, 15, 8, 16, 11, 15)


class AgenciesPage(QWidget):
    def __init__(self, context: AppContext, workspace: Any = None) -> None:
        super().__init__()
        self.context = context
        self.workspace = workspace
        self._stale = False  # agencies changed while another page was shown
        # Down or Enter in the filter before the result is in: select or open its first row.
        self._select_first = False
        self._open_first = False
        self._keep_key: int | None = None  # the agency to select again after a reload
        self._shown_text: str | None = None  # the filter of the rows on show

        self.filter = QLineEdit()
        self.filter.setObjectName("agencyFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Name, licence number, city, address or responsible person")
        )
        self.filter.setToolTip(
            self.tr(
                "Shows the agencies with a word starting with each word you type (Ctrl+F). "
                "Down goes to the list, Enter opens the first match."
            )
        )
        filter_label = QLabel(self.tr("Fil&ter:"))
        filter_label.setBuddy(self.filter)
        self.count = QLabel()
        self.count.setObjectName("agencyCount")

        self.model = AgencyTableModel(context, self)
        self.table = QTableView()
        self.table.setObjectName("agencyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate(COLUMN_CHARS):
            if chars is None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, chars * char + 24)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # clicks reach model.sort(), which queries SQL

        self.empty = QLabel()
        self.empty.setObjectName("agencyEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty)

        registry = QWidget()
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        self.new_agency = QPushButton(self.tr("&New agency…"))
        self.new_agency.setObjectName("newAgency")
        self.new_agency.setToolTip(
            self.tr("Add an agency the registry does not hold yet, or a recruiter with no licence")
        )
        self.new_agency.clicked.connect(self.add_agency)
        top.addWidget(self.new_agency)
        registry_layout = QVBoxLayout(registry)
        registry_layout.setContentsMargins(0, 0, 0, 0)
        registry_layout.addLayout(top)
        registry_layout.addWidget(self.results, 1)
        self.registry = registry

        self.detail = AgencyDetail(context)
        self.detail.setObjectName("agencyDetail")
        self.views = QStackedWidget()
        self.views.addWidget(registry)
        self.views.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self._run_filter)
        self.filter.textChanged.connect(lambda _text: self.timer.start())
        self.filter.returnPressed.connect(self._filter_enter)
        self.filter.installEventFilter(self)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.model.busy.connect(self._busy)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.detail.back_requested.connect(self.show_registry)
        self.detail.start_inspection.connect(self._start_inspection)
        self.detail.open_inspection.connect(self._open_inspection)
        self.detail.open_complaint.connect(self._open_complaint)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_filter)
        context.changed.connect(self._changed)

    # -- the page contract -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Query again (the registry or the agency shown may have changed)."""
        if self.context.vault is None:
            return
        if self._stale:
            self._stale = False
            self.model.data_changed()
        else:
            self.model.reload()
        if self.views.currentWidget() is self.detail:
            self.detail.reload()

    def clear(self) -> None:
        self.timer.stop()
        self._open_first = self._select_first = False
        self._keep_key = None
        self._shown_text = None
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.model.clear()
        self.detail.clear()
        self.detail.agency_id = None
        self.count.clear()
        self.empty.clear()
        self.views.setCurrentWidget(self.registry)

    def open_agency(self, agency_id: uuid.UUID) -> None:
        """Show one agency's page (and select it in the list, for when the inspector goes back)."""
        from inspector.services.agencies import agency_key

        self.views.setCurrentWidget(self.detail)
        self.detail.load(agency_id)
        self.detail.back.setFocus()
        key = self.context.read_now(lambda session: agency_key(session, agency_id))
        if key is not None:
            self._keep_key = key
            self._select_key(key)

    # -- behaviour ---------------------------------------------------------------------------------
    def _changed(self, what: str) -> None:
        if what == "agencies":
            self._stale = True
            if self.isVisible():
                self.refresh()

    def focus_filter(self) -> None:
        self.show_registry()
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def show_registry(self) -> None:
        self.views.setCurrentWidget(self.registry)
        if self.model.rowCount() and self.table.currentIndex().isValid():
            self.table.setFocus()
        else:
            self.filter.setFocus()

    def _run_filter(self) -> None:
        self.timer.stop()
        self.model.set_filter(self.filter.text())

    def _filter_enter(self) -> None:
        if self.timer.isActive() or self.model.pending:
            self._open_first = True
            if self.timer.isActive():
                self._run_filter()
        elif self.model.rowCount():
            current = self.table.currentIndex()
            self._open_row(current.row() if current.isValid() else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            if self.timer.isActive() or self.model.pending:
                if self.timer.isActive():
                    self._run_filter()  # the list shows what was typed before it gets the cursor
                self._select_first = True
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
            elif self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _busy(self, busy: bool) -> None:
        # The first query builds the sort order of the whole registry: a second or so.
        if busy and self._shown_text is None:
            self.count.setText(self.tr("Loading the registry…"))

    def _remember_selection(self) -> None:
        """Before the rows change: the agency to select again if the same filter is reloaded
        (data changed, another sort); a new filter starts at the top."""
        current = self.table.currentIndex()
        if current.isValid() and 0 <= current.row() < len(self.model.keys):
            same = self._shown_text == self.model.search_text
            self._keep_key = self.model.keys[current.row()] if same else None

    def _select_key(self, key: int) -> bool:
        row = self.model.row_of_key(key)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _loaded(self, matched: int, total: int) -> None:
        from inspector.gui.i18n import effective_language

        # Numbers as the interface's language writes them ("100,000"; the C locale would not).
        locale = QLocale(effective_language(self.context.settings.language))
        text = self.model.search_text.strip()
        if not text:
            # A numerus message without %n: the number is the locale's ("100,000"), the form Qt's.
            self.count.setText(
                self.tr("{total} agencies", "", total).format(total=locale.toString(total))
            )
        else:
            self.count.setText(
                self.tr("{matched} of {total} agencies", "", total).format(
                    matched=locale.toString(matched), total=locale.toString(total)
                )
            )
        if matched:
            self.results.setCurrentWidget(self.table)
        else:
            self.results.setCurrentWidget(self.empty)
            if total == 0:
                self.empty.setText(
                    self.tr(
                        "The registry is empty. Agencies arrive with your authority's registry."
                    )
                )
            else:
                self.empty.setText(
                    self.tr(
                        "No agencies match “{text}”.\n\nThe filter looks for words that start "
                        "with what you type, in the name, licence number, city, address and "
                        "responsible person. Check the spelling or type fewer letters."
                    ).format(text=text)
                )
        self._shown_text = self.model.search_text
        if self._keep_key is not None and not self._select_key(self._keep_key):
            self._keep_key = None
        if self._select_first:
            self._select_first = False
            if matched:
                self.table.selectRow(0)
            else:
                self.filter.setFocus()
        if self._open_first:
            self._open_first = False
            if matched:
                self._open_row(0)

    def _open_row(self, row: int) -> None:
        agency_id = self.model.agency_id(row)
        if agency_id is None:
            return
        self.table.selectRow(row)
        self.views.setCurrentWidget(self.detail)
        self.detail.load(agency_id)
        self.detail.back.setFocus()

    def add_agency(self) -> None:
        from inspector.gui.agency_form import AgencyFormDialog

        self.agency_dialog = AgencyFormDialog(self.context, None, self.open_agency, self)
        self.agency_dialog.open()

    def _start_inspection(self, agency_id: uuid.UUID) -> None:
        if self.workspace is not None and hasattr(self.workspace, "start_inspection"):
            self.workspace.start_inspection(agency_id)

    def _open_inspection(self, inspection_id: uuid.UUID) -> None:
        if self.workspace is not None:
            self.workspace.open_inspection(inspection_id)

    def _open_complaint(self, complaint_id: uuid.UUID) -> None:
        if self.workspace is not None and hasattr(self.workspace, "open_complaint"):
            self.workspace.open_complaint(complaint_id)
