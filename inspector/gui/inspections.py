"""The inspections page: a list filtered by status, agency, kind and date, and starting an
inspection from an agency with the checklist that fits the visit."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.messages import show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.gui.context import AppContext


@dataclass(frozen=True)
class Filters:
    status: str | None = None
    kind: str | None = None
    agency_words: str = ""
    since: dt.date | None = None


def query_inspections(session: Session, filters: Filters) -> list[Any]:
    from inspector.services.inspections import list_inspections
    from inspector.vault.tables import InspectionKind, InspectionStatus

    return list_inspections(
        session,
        status=InspectionStatus(filters.status) if filters.status else None,
        kind=InspectionKind(filters.kind) if filters.kind else None,
        agency_search=filters.agency_words,
        since=filters.since,
    )


class InspectionsPage(QWidget):
    def __init__(self, context: AppContext, workspace: Any) -> None:
        super().__init__()
        self.context = context
        self.workspace = workspace
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for label, value in (
            (self.tr("Any status"), None),
            (self.tr("Draft"), "draft"),
            (self.tr("In progress"), "in-progress"),
            (self.tr("Completed"), "completed"),
            (self.tr("Locked"), "locked"),
        ):
            self.status.addItem(label, value)
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        for label, value in (
            (self.tr("Any kind"), None),
            (self.tr("Routine"), "routine"),
            (self.tr("Complaint-driven"), "complaint-driven"),
            (self.tr("Follow-up"), "follow-up"),
        ):
            self.kind.addItem(label, value)
        self.agency = QLineEdit()
        self.agency.setObjectName("agencyFilter")
        self.agency.setPlaceholderText(self.tr("Agency name or licence…"))
        self.use_since = QCheckBox(self.tr("Sin&ce"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-3))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(labels.date_format())
        self.since.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        new = QPushButton(self.tr("&New inspection…"))
        new.setObjectName("newInspection")
        new.clicked.connect(lambda: self.workspace.start_inspection(None))
        filters = QHBoxLayout()
        label = QLabel(self.tr("&Status:"))
        label.setBuddy(self.status)
        filters.addWidget(label)
        filters.addWidget(self.status)
        filters.addWidget(self.kind)
        filters.addWidget(self.agency, 1)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(new)
        self.tree = QTreeWidget()
        self.tree.setObjectName("inspectionList")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("Status"),
                self.tr("Kind"),
                self.tr("Agency"),
                self.tr("Date"),
                self.tr("Checklist"),
            ]
        )
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(2, 140)
        self.tree.setColumnWidth(3, 300)
        self.tree.itemActivated.connect(self._open)
        self.count = QLabel()
        from inspector.gui.assignments import AssignmentsPanel

        self.assignments = AssignmentsPanel(context, self)
        self.assignments.started.connect(self._assignment_started)
        layout = QVBoxLayout(self)
        layout.addWidget(self.assignments)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self.refresh)
        for signal in (
            self.status.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.use_since.toggled,
            self.since.dateChanged,
        ):
            signal.connect(self.refresh)
        self.agency.textChanged.connect(lambda _t: self.debounce.start())
        self._generation = 0

    def filters(self) -> Filters:
        return Filters(
            status=self.status.currentData(),
            kind=self.kind.currentData(),
            agency_words=self.agency.text(),
            since=self.since.date().toPython() if self.use_since.isChecked() else None,
        )

    def refresh(self) -> None:
        if self.context.vault is None:
            return
        self._generation += 1
        generation, filters = self._generation, self.filters()
        self.assignments.refresh()
        self.context.read(
            lambda s: query_inspections(s, filters),
            lambda rows: self._show(rows, generation),
            lambda exc: show_error(self, exc),
        )

    def _show(self, rows: list[Any], generation: int) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        self.tree.clear()
        for row in rows:
            when = row.planned_date or (row.started_at.date() if row.started_at else None)
            item = QTreeWidgetItem(
                [
                    row.reference,
                    labels.inspection_status(row.status.value),
                    labels.inspection_kind(row.kind.value),
                    row.agency_name,
                    labels.date_text(when) if when else "",
                    f"{row.form_id} {row.form_version}",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(row.id))
            self.tree.addTopLevelItem(item)
        self.count.setText(self.tr("%n inspections", "", len(rows)))

    def _open(self, item: QTreeWidgetItem) -> None:
        self.workspace.open_inspection(uuid.UUID(item.data(0, Qt.ItemDataRole.UserRole)))

    def _assignment_started(self, inspection_id: uuid.UUID) -> None:
        self.context.changed.emit("inspections")
        self.workspace.open_inspection(inspection_id)

    def clear(self) -> None:
        self.tree.clear()
        self.agency.clear()
        self.assignments.clear()


class StartInspectionDialog(QDialog):
    """Pick the agency (if not given) and the checklist that fits the visit. An agency with an
    inspection already under way says so, and offers to open that one instead."""

    open_requested = Signal(object)  # the id of the inspection already under way

    def __init__(self, context: AppContext, agency_id: uuid.UUID | None, parent: QWidget) -> None:
        super().__init__(parent)
        from inspector.checklists.library import shipped_forms
        from inspector.checklists.model import Purpose, text_in

        self.context = context
        self.setWindowTitle(self.tr("Start an inspection"))
        self.agency_id = agency_id
        self.search = QLineEdit()
        self.search.setObjectName("agencySearch")
        self.search.setPlaceholderText(self.tr("Type part of the name or licence number…"))
        self.matches = QListWidget()
        self.matches.setObjectName("agencyMatches")
        self.matches.setMaximumHeight(140)
        self.checklist = QComboBox()
        self.checklist.setObjectName("checklist")
        for form in shipped_forms():
            if form.purpose is Purpose.INSPECTION:
                self.checklist.addItem(
                    f"{text_in(form.title, context.language)} ({form.version})", form.id
                )
        self.announced = QCheckBox(self.tr("A&nnounced visit"))
        self.team = QLineEdit()
        self.team.setObjectName("team")
        self.team.setPlaceholderText(self.tr("Names, separated by commas"))
        self.planned = QDateEdit(QDate.currentDate())
        self.planned.setCalendarPopup(True)
        self.planned.setDisplayFormat(labels.date_format())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("startOk")
        self.ok.setText(self.tr("&Start"))
        self.ok.setEnabled(agency_id is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.under_way = QLabel()
        self.under_way.setObjectName("underWay")
        self.under_way.setWordWrap(True)
        self.under_way.setStyleSheet("color: #9a5b00")
        self.open_existing = QPushButton(self.tr("&Open it"))
        self.open_existing.setObjectName("openExisting")
        self.open_existing.clicked.connect(self._open_existing)
        self.existing: uuid.UUID | None = None
        under_way = QHBoxLayout()
        under_way.addWidget(self.under_way, 1)
        under_way.addWidget(self.open_existing, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout(self)
        if agency_id is None:
            form.addRow(self.tr("&Agency:"), self.search)
            form.addRow("", self.matches)
        else:
            name = context.read_now(lambda s: _agency_name(s, agency_id))
            form.addRow(self.tr("Agency:"), QLabel(f"<b>{name}</b>"))
        form.addRow(self.tr("&Checklist:"), self.checklist)
        form.addRow(self.tr("&Planned date:"), self.planned)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow("", self.announced)
        form.addRow(under_way)
        form.addRow(self.buttons)
        self.search.textChanged.connect(self._search)
        self.matches.currentItemChanged.connect(self._picked)
        self._check_under_way()

    def _search(self, text: str) -> None:
        from inspector.services.agencies import list_agencies

        rows = self.context.read_now(lambda s: list_agencies(s, text, limit=20)) if text else []
        self.matches.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name} ({row.licence_number}, {row.city})")
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            self.matches.addItem(item)
        if rows:
            self.matches.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.agency_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.ok.setEnabled(self.agency_id is not None)
        self._check_under_way()

    def _check_under_way(self) -> None:
        agency_id = self.agency_id
        rows = self.context.read_now(lambda s: _under_way(s, agency_id)) if agency_id else []
        self.existing = rows[0].id if rows else None
        if rows:
            row = rows[0]
            self.under_way.setText(
                self.tr(
                    "{agency} already has an inspection under way: {reference} ({status}, "
                    "{checklist}). Open it to continue, or start another one."
                ).format(
                    agency=row.agency_name,
                    reference=row.reference,
                    status=labels.inspection_status(row.status.value).lower(),
                    checklist=row.form_id,
                )
            )
        self.under_way.setVisible(bool(rows))
        self.open_existing.setVisible(bool(rows))

    def _open_existing(self) -> None:
        if self.existing is not None:
            self.open_requested.emit(self.existing)
            self.reject()

    def start(self, done: Any) -> None:
        from inspector.checklists.library import shipped_form
        from inspector.services.inspections import start_inspection

        agency_id = self.agency_id
        if agency_id is None:
            return
        form = shipped_form(self.checklist.currentData())
        team = [name.strip() for name in self.team.text().split(",") if name.strip()]
        planned = self.planned.date().toPython()
        announced = self.announced.isChecked()
        self.context.write(
            lambda uow: start_inspection(
                uow, agency_id, form, team=team, planned_date=planned, announced=announced
            ),
            done,
            lambda exc: show_error(self.parentWidget(), exc),
        )


def _under_way(session: Session, agency_id: uuid.UUID) -> list[Any]:
    from inspector.services.inspections import list_inspections
    from inspector.vault.tables import InspectionStatus

    return [
        row
        for status in (InspectionStatus.IN_PROGRESS, InspectionStatus.DRAFT)
        for row in list_inspections(session, status=status, agency_id=agency_id)
    ]


def _agency_name(session: Session, agency_id: uuid.UUID) -> str:
    from inspector.services.agencies import get_agency

    return get_agency(session, agency_id).name
