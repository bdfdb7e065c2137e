"""The dashboard: what needs the inspector's attention today, in four short lists - inspections
in progress, inspections to lock or report, corrective actions due soon or overdue, complaints
awaiting action - and a reminder when changes have waited too long for a backup. Enter or a
double-click opens the inspection (or the agency of a complaint)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.messages import show_error

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.services.dashboard import Dashboard, Listing

_TARGET = Qt.ItemDataRole.UserRole  # ("inspection" | "agency" | "complaint", id)


class DashboardSection(QGroupBox):
    """A heading with the count, a short list, and a sentence for when the list is empty."""

    def __init__(
        self,
        name: str,
        headers: list[str],
        stretch: int,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Section")
        self.tree = QTreeWidget()
        self.tree.setObjectName(f"{name}List")
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The lists are short (LIST_LIMIT rows at most): columns fit their contents, and the one
        # with free text (agency, action) takes what is left and elides.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(12)
        self.more = QLabel()
        self.more.setObjectName(f"{name}More")
        self.more.setVisible(False)
        self.body = QStackedWidget()
        self.body.addWidget(self.tree)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.more)
        self.setFocusProxy(self.tree)

    def show_rows(self, rows: list[QTreeWidgetItem], total: int) -> None:
        self.tree.clear()
        self.tree.addTopLevelItems(rows)
        self.body.setCurrentWidget(self.tree if rows else self.empty)
        self.more.setVisible(total > len(rows))
        self.more.setText(
            self.tr("Showing the first {shown} of {total}.").format(shown=len(rows), total=total)
        )
        if rows:
            self.tree.setCurrentItem(rows[0], 0)
            self.tree.clearSelection()

    def clear(self) -> None:
        self.tree.clear()
        self.more.setVisible(False)
        self.body.setCurrentWidget(self.tree)


def _row(values: list[str], target: tuple[str, uuid.UUID] | None) -> QTreeWidgetItem:
    item = QTreeWidgetItem(values)
    for column, value in enumerate(values):
        item.setToolTip(column, value)
    item.setData(0, _TARGET, target)
    return item


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, workspace: Any = None) -> None:
        super().__init__()
        self.context = context
        self.workspace = workspace
        self.dashboard: Dashboard | None = None
        self._generation = 0

        self.in_progress = DashboardSection(
            "inProgress",
            [
                self.tr("Reference"),
                self.tr("Agency"),
                self.tr("Status"),
                self.tr("Started or planned"),
            ],
            1,
            self.tr(
                "No inspection in progress. Start one from an agency's page (Agencies, Ctrl+2) "
                "or from the Inspections page (Ctrl+3)."
            ),
        )
        self.to_report = DashboardSection(
            "toReport",
            [self.tr("Reference"), self.tr("Agency"), self.tr("Next step"), self.tr("Completed")],
            1,
            self.tr("Every completed inspection is locked and reported."),
        )
        self.actions = DashboardSection(
            "actionsDue",
            [
                self.tr("Deadline"),
                self.tr("Due"),
                self.tr("Corrective action"),
                self.tr("Agency"),
                self.tr("Inspection"),
            ],
            2,
            self.tr("No corrective action is due in the next two weeks, and none is overdue."),
        )
        self.complaints = DashboardSection(
            "complaintsWaiting",
            [self.tr("Reference"), self.tr("Received"), self.tr("Agency"), self.tr("Flags")],
            2,
            self.tr("No complaint is waiting for action."),
        )
        from inspector.gui.action_follow_up import ActionTools

        self.action_tools = ActionTools(
            context, self._chosen_action, self.refresh, self._open_inspection, self.actions
        )
        self.actions.layout().addWidget(self.action_tools)
        self.actions.tree.itemSelectionChanged.connect(self.action_tools.update_buttons)
        self.sections = (self.in_progress, self.to_report, self.actions, self.complaints)
        for section in self.sections:
            section.tree.itemActivated.connect(self._activated)

        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.backup = QLabel()
        self.backup.setObjectName("backupReminder")
        self.backup.setWordWrap(True)
        self.backup.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5a3a00; border: 1px solid #e0b000; "
            "border-radius: 4px; padding: 6px; }"
        )
        self.backup.setVisible(False)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setObjectName("dashboardRefresh")
        refresh.setToolTip(self.tr("Load the lists again (F5)"))
        refresh.clicked.connect(self.refresh)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)

        from inspector.gui.sync_controller import sync_controller
        from inspector.gui.sync_status import SyncSummaryLine

        self.sync = sync_controller(context)
        self.sync_line = SyncSummaryLine(self.sync)  # what is not yet sent, the last sync
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(refresh)
        grid = QGridLayout()
        grid.addWidget(self.in_progress, 0, 0)
        grid.addWidget(self.to_report, 0, 1)
        grid.addWidget(self.actions, 1, 0, 1, 2)
        grid.addWidget(self.complaints, 2, 0, 1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 4)
        grid.setRowStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sync_line)
        layout.addWidget(self.backup)
        layout.addLayout(grid, 1)
        self._title_sections(None)

    # -- the page contract -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.context.vault is None:
            return
        from inspector.services.dashboard import dashboard

        self._generation += 1
        generation = self._generation
        days = self.context.settings.backup_reminder_days
        language = self.context.language
        self.sync.refresh_status()
        self.context.read(
            lambda session: dashboard(session, backup_days=days, language=language),
            lambda result: self._loaded(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def clear(self) -> None:
        self._generation += 1
        self.dashboard = None
        for section in self.sections:
            section.clear()
        self.status.clear()
        self.backup.clear()
        self.backup.setVisible(False)
        self._title_sections(None)

    # -- showing -----------------------------------------------------------------------------------
    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            show_error(self, exc)

    def _title_sections(self, board: Dashboard | None) -> None:
        def count(listing: Listing[Any] | None) -> str:
            return str(listing.total) if listing is not None else "…"

        self.in_progress.setTitle(
            self.tr("In &progress ({n})").format(n=count(board.in_progress if board else None))
        )
        self.to_report.setTitle(
            self.tr("To &lock or report ({n})").format(n=count(board.to_report if board else None))
        )
        actions = count(board.actions_due if board else None)
        if board is not None and board.overdue_actions:
            self.actions.setTitle(
                self.tr(
                    "Corrective actions &due within 14 days or overdue ({n}; {m} overdue)"
                ).format(n=actions, m=board.overdue_actions)
            )
        else:
            self.actions.setTitle(
                self.tr("Corrective actions &due within 14 days or overdue ({n})").format(n=actions)
            )
        self.complaints.setTitle(
            self.tr("Complaints a&waiting action ({n})").format(
                n=count(board.complaints_waiting if board else None)
            )
        )

    def _loaded(self, generation: int, board: Dashboard) -> None:
        if generation != self._generation:
            return
        self.dashboard = board
        self._fill(self.in_progress, board.in_progress, self._in_progress_row)
        self._fill(self.to_report, board.to_report, self._to_report_row)
        self._fill(self.actions, board.actions_due, self._action_row)
        self._fill(self.complaints, board.complaints_waiting, self._complaint_row)
        self._title_sections(board)
        last = board.backup.last_backup
        self.status.setText(
            self.tr(
                "As of {date}; last backup: {backup}. Enter or a double-click opens the item."
            ).format(
                date=labels.date_text(board.today),
                backup=labels.date_text(last.date()) if last else self.tr("never"),
            )
        )
        reminder = board.backup
        self.backup.setVisible(reminder.due)
        if reminder.due and reminder.oldest_unsaved is not None:
            self.backup.setText(
                self.tr(
                    "Changes made since {date} are in no backup yet (%n days). Back up the "
                    "vault to a USB stick or another disk: Data, Back up now. The backup is "
                    "encrypted like the vault.",
                    "",
                    reminder.days_unsaved,
                ).format(date=labels.date_text(reminder.oldest_unsaved.date()))
            )

    def _fill(
        self, section: DashboardSection, listing: Listing[Any], make: Callable[[Any], Any]
    ) -> None:
        section.show_rows([make(item) for item in listing.items], listing.total)

    def _in_progress_row(self, item: Any) -> QTreeWidgetItem:
        return _row(
            [
                item.reference,
                item.agency_name,
                labels.inspection_status(item.status.value),
                labels.date_text(item.date),
            ],
            ("inspection", item.id),
        )

    def _to_report_row(self, item: Any) -> QTreeWidgetItem:
        step = (
            self.tr("Lock, then report")
            if item.next_step.value == "lock"
            else self.tr("Build the report")
        )
        return _row(
            [item.reference, item.agency_name, step, labels.date_text(item.date)],
            ("inspection", item.id),
        )

    def _action_row(self, item: Any) -> QTreeWidgetItem:
        from inspector.gui.action_follow_up import ChosenAction

        row = _row(
            [
                labels.date_text(item.deadline),
                labels.days_left(item.days_left),
                item.description,
                item.agency_name,
                item.inspection_reference,
            ],
            ("inspection", item.inspection_id),
        )
        row.setData(2, _TARGET, ChosenAction(item.id, item.description, item.status.value))
        if item.overdue:
            for column in range(row.columnCount()):
                row.setForeground(column, QBrush(labels.RED))
            font = row.font(1)
            font.setBold(True)
            row.setFont(1, font)
        return row

    def _complaint_row(self, item: Any) -> QTreeWidgetItem:
        flags = []
        if item.urgent:
            flags.append(self.tr("urgent"))
        if item.trafficking_indicators:
            flags.append(self.tr("trafficking indicators"))
        agency = item.agency_name
        if item.agency_id is None:
            agency = self.tr("{name} (not registered)").format(name=agency)
        row = _row(
            [item.reference, labels.date_text(item.received_on), agency, ", ".join(flags)],
            ("complaint", item.id),
        )
        row.setData(1, _TARGET, item.agency_id)
        if item.urgent:
            row.setForeground(3, QBrush(labels.RED))
        return row

    # -- opening -----------------------------------------------------------------------------------
    def _chosen_action(self) -> Any:
        """The corrective action selected in the list (a ChosenAction), or None."""
        selected = self.actions.tree.selectedItems()
        return selected[0].data(2, _TARGET) if selected else None

    def _open_inspection(self, inspection_id: uuid.UUID) -> None:
        if self.workspace is not None:
            self.workspace.open_inspection(inspection_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, _TARGET)
        if not target or self.workspace is None:
            return
        kind, record_id = target
        if kind == "inspection":
            self.workspace.open_inspection(record_id)
        elif hasattr(self.workspace, "open_complaint"):
            self.workspace.open_complaint(record_id)
        elif item.data(1, _TARGET) is not None:
            self.workspace.open_agency(item.data(1, _TARGET))
        else:
            self.workspace.show_page("complaints")
