"""The complaints page: complaints newest first, filtered by status in the query, the selected
one beside the list, and what comes next - an inspection of the agency, a referral, closing.

Nothing on this page shows who complained, except on request in the detail."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont
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

from inspector.gui.complaint_detail import ComplaintDetailView, status_label
from inspector.gui.messages import make_heading, show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.gui.context import AppContext
    from inspector.services.complaints import ComplaintDetail, ComplaintRow, IntakeWording

ROWS_SHOWN = 2000  # a consulate's complaints for years; older ones by status filter
STATUSES = ("received", "referred", "under-investigation", "closed")
_Index = QModelIndex | QPersistentModelIndex


class ComplaintTableModel(QAbstractTableModel):
    COLUMNS = ("reference", "received", "agency", "corridor", "allegations", "flags", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ComplaintRow] = []
        self.titles = {
            "reference": self.tr("Reference"),
            "received": self.tr("Received"),
            "agency": self.tr("Agency"),
            "corridor": self.tr("Corridor"),
            "allegations": self.tr("Allegations"),
            "flags": self.tr("Flags"),
            "status": self.tr("Status"),
        }

    def set_rows(self, rows: list[ComplaintRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, complaint_id: uuid.UUID) -> int:
        for number, row in enumerate(self.rows):
            if row.id == complaint_id:
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[self.COLUMNS[section]]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "flags":
            return QColor("#b00020")
        if role == Qt.ItemDataRole.FontRole:
            if column == "agency" and row.agency_id is None:
                font = QFont()
                font.setItalic(True)
                return font
            if column == "flags" and row.trafficking_indicators:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "agency" and row.agency_id is None:
            return self.tr("Not linked to a registered agency")
        return None

    def _text(self, row: ComplaintRow, column: str) -> str:
        if column == "reference":
            return row.reference
        if column == "received":
            return row.received_at.astimezone().strftime("%Y-%m-%d")
        if column == "agency":
            return row.agency_name
        if column == "corridor":
            return " → ".join(c for c in (row.origin_country, row.destination_country) if c)
        if column == "allegations":
            return ", ".join(row.allegations)
        if column == "flags":
            flags = []
            if row.urgent:
                flags.append(self.tr("Urgent"))
            if row.trafficking_indicators:
                flags.append(self.tr("Trafficking"))
            return ", ".join(flags)
        return status_label(row.status)


class ComplaintsPage(QWidget):
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
        filter_label = QLabel(self.tr("S&how:"))
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

    # -- acting on the complaint shown ---------------------------------------------------------
    def _shown(self) -> ComplaintDetail | None:
        return self.detail.detail

    def start_inspection(self) -> None:
        detail = self._shown()
        if detail is None:
            return
        if detail.row.agency_id is None:
            self._ask(
                "linkFirstQuestion",
                self.tr("Start inspection"),
                self.tr("Complaint {reference} is about \u201c{name}\u201d, which is not linked to "
                        "a registered agency. An inspection needs one.").format(
                    reference=detail.row.reference, name=detail.row.agency_name),
                self.tr("Link the complaint to an agency from the registry now?"),
                self.tr("&Link to agency…"),
                lambda: self.link_agency(then_inspect=True),
            )  # fmt: skip
            return
        open_ones = [i for i in detail.inspections if str(i.status) != "locked"]
        if open_ones:
            self._ask(
                "inspectAgainQuestion",
                self.tr("Start inspection"),
                self.tr("Inspection {reference} was already started from this complaint and is "
                        "not finished.").format(reference=open_ones[0].reference),
                self.tr("Start another inspection anyway?"),
                self.tr("&Start another"),
                lambda: self._inspect(detail.row.id),
            )  # fmt: skip
            return
        self._inspect(detail.row.id)

    def _ask(self, name: str, title: str, text: str, question: str, yes: str, then: Any) -> None:
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(question)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        accept.setObjectName("acceptButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)
        box.buttonClicked.connect(lambda button: then() if button is accept else None)
        self.question = box
        box.open()

    def _inspect(self, complaint_id: uuid.UUID) -> None:
        def start(uow: Any) -> uuid.UUID:
            from inspector.checklists.library import shipped_form
            from inspector.services.complaints import inspect_complaint

            return inspect_complaint(uow, complaint_id, shipped_form("agency-inspection"))

        self.detail.start_button.setEnabled(False)
        self.context.write(start, self._inspection_started, self._failed)

    def _inspection_started(self, inspection_id: uuid.UUID) -> None:
        self.detail.start_button.setEnabled(True)
        self.context.changed.emit("complaints")
        self.context.changed.emit("inspections")
        self._open_inspection(inspection_id)

    def link_agency(self, then_inspect: bool) -> None:
        detail = self._shown()
        if detail is None:
            return
        from inspector.gui.complaint_agency import LinkAgencyDialog

        dialog = LinkAgencyDialog(
            self.context, detail.row.reference, detail.agency_name_given, self
        )
        complaint_id = detail.row.id

        def chosen() -> None:
            agency_id = dialog.picker.agency_id
            if agency_id is None:
                return

            def link(uow: Any) -> None:
                from inspector.services.complaints import link_agency

                link_agency(uow, complaint_id, agency_id)

            def linked(_result: None) -> None:
                self.context.changed.emit("complaints")
                if then_inspect:
                    self._inspect(complaint_id)

            self.context.write(link, linked, self._failed)

        dialog.accepted.connect(chosen)
        self.dialog = dialog
        dialog.open()

    def refer(self) -> None:
        detail = self._shown()
        if detail is None or self.wording is None:
            return
        from inspector.gui.complaint_referral import ReferralDialog

        dialog = ReferralDialog(detail, self.wording, self)
        complaint_id = detail.row.id

        def chosen() -> None:
            referral = dialog.referral()

            def refer(uow: Any) -> None:
                from inspector.services.complaints import refer_complaint

                refer_complaint(uow, complaint_id, referral)

            self.context.write(refer, self._written, self._failed)

        dialog.accepted.connect(chosen)
        self.dialog = dialog
        dialog.open()

    def close_or_reopen(self) -> None:
        detail = self._shown()
        if detail is None:
            return
        complaint_id = detail.row.id
        closing = str(detail.row.status) != "closed"

        def change(uow: Any) -> None:
            from inspector.services.complaints import reopen_complaint, set_complaint_status
            from inspector.vault.tables import ComplaintStatus

            if closing:
                set_complaint_status(uow, complaint_id, ComplaintStatus.CLOSED)
            else:
                reopen_complaint(uow, complaint_id)

        self.context.write(change, self._written, self._failed)

    def reveal_identity(self) -> None:
        detail = self._shown()
        if detail is None:
            return
        complaint_id = detail.row.id

        def reveal(uow: Any) -> Any:
            from inspector.services.complaints import reveal_identity

            return reveal_identity(uow, complaint_id)

        self.context.write(
            reveal, lambda identity: self.detail.reveal(complaint_id, identity), self._failed
        )

    def _written(self, _result: object) -> None:
        self.context.changed.emit("complaints")

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
