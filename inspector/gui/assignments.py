"""The inspections the ministry assigned to this inspector, as they came down with a sync: a
list above the inspections (soonest due first, overdue in red) and starting the inspection one
asks for (its agency, the newest version of its checklist, planned for its due date)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.messages import show_error

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.services.sync_view import AssignmentItem

_ID = Qt.ItemDataRole.UserRole
SOON_DAYS = 7
MAX_ROWS_SHOWN = 6  # more scroll


class AssignmentsPanel(QGroupBox):
    """Hidden while nothing is assigned. ``started(inspection_id)`` after an inspection was
    started from an assignment."""

    started = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignments")
        self.context = context
        self.items: dict[str, AssignmentItem] = {}
        self.dialog: AssignmentStartDialog | None = None
        self._loads = 0
        self.tree = QTreeWidget()
        self.tree.setObjectName("assignmentList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setHeaderLabels(
            [
                self.tr("Due date"),
                self.tr("Due"),
                self.tr("Agency"),
                self.tr("Kind"),
                self.tr("Checklist"),
                self.tr("Notes"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(lambda item, _col: self.start(item))
        self.start_button = QPushButton(self.tr("Start from &assignment…"))
        self.start_button.setObjectName("startAssignment")
        self.start_button.setToolTip(self.tr("Start the inspection the selected assignment asks "
                                             "for (Enter or a double-click too)"))  # fmt: skip
        self.start_button.clicked.connect(lambda: self.start(self.tree.currentItem()))
        row = QHBoxLayout()
        note = QLabel(self.tr("Assigned by your authority; they come down with each sync."))
        note.setStyleSheet("color: #555555")
        row.addWidget(note, 1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        self.setVisible(False)

    def refresh(self) -> None:
        if self.context.vault is None:
            return
        self._loads += 1
        asked = self._loads

        def read(session: Any) -> list[AssignmentItem]:
            from inspector.services.sync_view import assignment_items

            return assignment_items(session)

        def loaded(rows: list[AssignmentItem]) -> None:
            if asked == self._loads and self.context.vault is not None:
                self.show_rows(rows)

        self.context.read(read, loaded, lambda exc: show_error(self, exc))

    def clear(self) -> None:
        self._loads += 1
        self.items = {}
        self.tree.clear()
        self.setVisible(False)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def show_rows(self, rows: list[AssignmentItem]) -> None:
        today = dt.date.today()
        current = self.tree.currentItem()
        keep = current.data(0, _ID) if current is not None else None
        self.items = {str(row.id): row for row in rows}
        self.tree.clear()
        for row in rows:
            agency = (
                f"{row.agency_name} ({row.licence_number})"
                if row.agency_name
                else self.tr("{licence} (not in the registry yet)").format(
                    licence=row.licence_number or "?"
                )
            )
            days = (row.due_date - today).days if row.due_date else None
            item = QTreeWidgetItem([
                labels.date_text(row.due_date),
                labels.days_left(days) if days is not None else "",
                agency,
                labels.inspection_kind(row.kind),
                row.form_id,
                row.notes,
            ])  # fmt: skip
            item.setData(0, _ID, str(row.id))
            item.setToolTip(5, row.notes)
            item.setToolTip(2, agency)
            if days is not None and days < 0:
                for column in range(item.columnCount()):
                    item.setForeground(column, QBrush(labels.RED))
            if days is not None and days <= SOON_DAYS:
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
            self.tree.addTopLevelItem(item)
            if str(row.id) == keep:
                self.tree.setCurrentItem(item)
        self.setTitle(self.tr("Assigned to you ({n})").format(n=len(rows)))
        self._fit_height(len(rows))
        self.setVisible(bool(rows))
        if rows and self.tree.currentItem() is None:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.tree.clearSelection()

    def _fit_height(self, count: int) -> None:
        """As tall as its rows, up to a few: the inspections below keep the room."""
        shown = min(max(count, 1), MAX_ROWS_SHOWN)
        row = self.tree.sizeHintForRow(0) if count else self.fontMetrics().height() + 4
        frame = 2 * self.tree.frameWidth()
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + shown * row + frame + 2)

    def start(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.context.vault is None:
            return
        assignment = self.items.get(str(item.data(0, _ID)))
        if assignment is None:
            return
        dialog = AssignmentStartDialog(self.context, assignment, self)
        dialog.started.connect(self.started)
        self.dialog = dialog
        dialog.open()


class AssignmentStartDialog(QDialog):
    """What the assignment asks for, the team and whether the visit is announced; Start."""

    started = Signal(object)

    def __init__(self, context: AppContext, assignment: AssignmentItem, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentStartDialog")
        self.setWindowTitle(self.tr("Start an assigned inspection"))
        self.setMinimumWidth(460)
        self.context = context
        self.assignment = assignment
        self.checklist = QLabel(assignment.form_id)
        self.checklist.setObjectName("assignmentChecklist")
        self.team = QLineEdit()
        self.team.setObjectName("assignmentTeam")
        self.team.setPlaceholderText(self.tr("Names, separated by commas"))
        self.announced = QCheckBox(self.tr("&Announced visit"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("assignmentStartOk")
        self.ok.setText(self.tr("&Start"))
        self.ok.setEnabled(assignment.agency_id is not None)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        agency = QLabel(
            f"{assignment.agency_name} ({assignment.licence_number})"
            if assignment.agency_name
            else self.tr("{licence}: not in this laptop's registry yet; sync first.").format(
                licence=assignment.licence_number or "?"
            )
        )
        agency.setWordWrap(True)
        notes = QLabel(assignment.notes or "—")
        notes.setWordWrap(True)
        notes.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(self)
        form.addRow(self.tr("Agency:"), agency)
        form.addRow(self.tr("Kind:"), QLabel(labels.inspection_kind(assignment.kind)))
        form.addRow(self.tr("Due:"), QLabel(labels.date_text(assignment.due_date)))
        form.addRow(self.tr("Checklist:"), self.checklist)
        form.addRow(self.tr("Notes:"), notes)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow("", self.announced)
        form.addRow(self.buttons)
        self._load_checklist()

    def _load_checklist(self) -> None:
        form_id = self.assignment.form_id
        language = self.context.language

        def read(session: Any) -> str:
            from inspector.checklists.model import text_in
            from inspector.services.sync import newest_form

            form = newest_form(session, form_id)
            return f"{text_in(form.title, language)} ({form.version})"

        self.context.read(read, self.checklist.setText, self._no_checklist)

    def _no_checklist(self, exc: BaseException) -> None:
        from inspector.gui.messages import error_text

        self.checklist.setText(error_text(exc))
        self.ok.setEnabled(False)

    def _start(self) -> None:
        from inspector.services.sync_view import start_assigned_inspection

        assignment_id: uuid.UUID = self.assignment.id
        team = tuple(name.strip() for name in self.team.text().split(",") if name.strip())
        announced = self.announced.isChecked()
        self.ok.setEnabled(False)

        def started(inspection_id: uuid.UUID) -> None:
            self.accept()
            self.started.emit(inspection_id)

        def refused(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            show_error(self, exc)

        self.context.write(
            lambda uow: start_assigned_inspection(
                uow, assignment_id, team=team, announced=announced
            ),
            started,
            refused,
        )
