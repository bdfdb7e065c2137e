"""The complaints page: complaints newest first, filtered by status in the query, the selected
one beside the list, and what comes next - an inspection of the agency, a referral, closing.

Nothing on this page shows who complained, except on request in the detail."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.complaint_actions import ComplaintActions
from inspector.gui.complaint_detail import ComplaintDetailView, status_label
from inspector.gui.complaint_table import ComplaintTableModel
from inspector.gui.messages import make_heading, show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.gui.context import AppContext
    from inspector.services.complaints import ComplaintDetail, ComplaintRow, IntakeWording

ROWS_SHOWN = 2000  # a consulate's complaints for years; older ones by status filter
STATUSES = ("received", "referred", "under-investigation", "closed")


class ComplaintsPage(ComplaintActions, QWidget):
    def __init__(self, context: AppContext, workspace: QWidget | None = None) -> None:
        super().__init__(workspace)
        self.context = context
        self.workspace = workspace
        self.wording: IntakeWording | None = None
        self.wording_language = ""
        self._selected: uuid.UUID | None = None
        self._loads = 0  # the newest load asked for; older answers are dropped
        self._detail_loads = 0
        self._new_when_ready = False
        self.dialog: QWidget | None = None
        self.question: QMessageBox | None = None

        title = QLabel(self.tr("Complaints"))
        make_heading(title, 4)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        filter_label = QLabel(self.tr("Sho&w:"))
        filter_label.setBuddy(self.status_filter)
        self.count = QLabel()
        self.count.setObjectName("complaintCount")
        self.new_button = QPushButton(self.tr("&New complaint…"))
        self.new_button.setObjectName("newComplaint")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(filter_label)
        top.addWidget(self.status_filter)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.model = ComplaintTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("complaintTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            ComplaintTableModel.COLUMNS.index("agency"), QHeaderView.ResizeMode.Stretch
        )
        self.empty = QLabel(
            self.tr("No complaints here yet. Use \u201cNew complaint…\u201d to record one.")
        )
        self.empty.setObjectName("noComplaints")
        self.empty.setStyleSheet("color: #777777")
        self.empty.setVisible(False)
        self.detail = ComplaintDetailView()
        self.detail.setObjectName("complaintDetail")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._load)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_complaint)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.start_inspection.connect(self.start_inspection)
        self.detail.link_agency.connect(lambda: self.link_agency(then_inspect=False))
        self.detail.refer.connect(self.refer)
        self.detail.close_or_reopen.connect(self.close_or_reopen)
        self.detail.show_identity.connect(self.reveal_identity)
        self.detail.open_agency.connect(self._open_agency)
        self.detail.open_inspection.connect(self._open_inspection)
        context.changed.connect(self._changed)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (and the complaint shown) on the vault thread; calls in one turn of
        the event loop make one load."""
        self._refresh_timer.start()

    def _changed(self, what: str) -> None:
        if what in ("complaints", "agencies", "inspections") or what.startswith("inspection:"):
            self.refresh()

    def _load(self) -> None:
        if self.context.vault is None:
            return
        self._loads += 1
        asked = self._loads
        status = self.status_filter.currentData()
        selected = self._selected
        language = self.context.language
        need_wording = self.wording is None or self.wording_language != language

        def load(session: Session) -> tuple[Any, ...]:
            from inspector.services.complaints import (
                complaint_rows,
                get_complaint,
                intake_wording,
            )
            from inspector.vault.tables import ComplaintStatus

            rows = complaint_rows(
                session, ComplaintStatus(status) if status else None, limit=ROWS_SHOWN
            )
            shown = {row.id for row in rows}
            detail = get_complaint(session, selected) if selected in shown else None
            wording = intake_wording(language) if need_wording else None
            return rows, detail, wording

        self.context.read(load, lambda result: self._loaded(asked, language, *result))

    def _loaded(
        self,
        asked: int,
        language: str,
        rows: list[ComplaintRow],
        detail: ComplaintDetail | None,
        wording: IntakeWording | None,
    ) -> None:
        if asked != self._loads:
            return
        if wording is not None:
            self.wording, self.wording_language = wording, language
        selected = self._selected
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        number = self.model.row_of(selected) if selected else -1
        if number >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(number, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.selectionModel().blockSignals(False)
        self.count.setText(
            self.tr("the newest {n} shown").format(n=len(rows))
            if len(rows) >= ROWS_SHOWN
            else self.tr("{n} shown").format(n=len(rows))
        )
        self.empty.setVisible(not rows)
        if detail is not None:
            self.detail.show_detail(detail, self.wording)
        else:
            self._selected = None
            self.detail.clear()
        if self._new_when_ready:
            self._new_when_ready = False
            self.new_complaint()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        complaint_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        self._selected = complaint_id
        self.detail.hide_identity()
        if complaint_id is None or self.context.vault is None:
            self.detail.clear()
            return
        self._detail_loads += 1
        asked = self._detail_loads

        def load(session: Session) -> ComplaintDetail:
            from inspector.services.complaints import get_complaint

            return get_complaint(session, complaint_id)

        def loaded(detail: ComplaintDetail) -> None:
            if asked == self._detail_loads and self._selected == detail.row.id:
                self.detail.show_detail(detail, self.wording)

        self.context.read(load, loaded, self._failed)

    def select(self, complaint_id: uuid.UUID) -> None:
        """Show this complaint (after the next load if the list does not have it yet)."""
        self._selected = complaint_id
        self.refresh()

    def clear(self) -> None:
        self._loads += 1  # drop answers still on their way
        self._detail_loads += 1
        self._new_when_ready = False
        self._selected = None
        self.model.set_rows([])
        self.detail.clear()
        self.count.clear()
        for attribute in ("dialog", "question"):
            widget = getattr(self, attribute)
            if widget is not None:
                widget.close()
                setattr(self, attribute, None)

    # -- new complaint -------------------------------------------------------------------------
    def new_complaint(self) -> None:
        if self.wording is None:
            self._new_when_ready = True  # the wording comes with the list
            self.refresh()
            return
        from inspector.gui.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.context, self.wording, self)
        dialog.accepted.connect(lambda: self._recorded(dialog))
        self.dialog = dialog
        dialog.open()

    def _recorded(self, dialog: Any) -> None:
        if dialog.saved_id is not None:
            self.status_filter.setCurrentIndex(0)
            self.select(dialog.saved_id)

    def _failed(self, exc: BaseException) -> None:
        self.detail.start_button.setEnabled(True)
        show_error(self, exc, self.tr("Complaints"))

    def _open_inspection(self, inspection_id: uuid.UUID) -> None:
        opener = getattr(self.workspace, "open_inspection", None)
        if opener is not None:
            opener(inspection_id)

    def _open_agency(self, agency_id: uuid.UUID) -> None:
        opener = getattr(self.workspace, "open_agency", None)
        if opener is not None:
            opener(agency_id)
