"""The agency page's lists: read-only trees, and the three tabs that show an agency's history
(inspections with their findings, open corrective actions, complaints naming it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from inspector.gui import labels

if TYPE_CHECKING:
    from inspector.services.agency_overview import AgencyOverview

# Mixed into a QWidget; for the type checker it is one.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object

ITEM_ID = Qt.ItemDataRole.UserRole


def list_tree(name: str, headers: list[str], widths: list[int], stretch: int = -1) -> QTreeWidget:
    """A read-only list; column ``stretch`` (default the last) takes the width left over."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    if stretch >= 0:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return tree


def list_item(values: list[str], item_id: Any = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem(values)
    for column, value in enumerate(values):
        item.setToolTip(column, value)
    if item_id is not None:
        item.setData(0, ITEM_ID, item_id)
    return item


def colour_row(item: QTreeWidgetItem, colour: Any) -> None:
    for column in range(item.columnCount()):
        item.setForeground(column, QBrush(colour))


class AgencyHistory(_Widget):
    """Fills the inspections, corrective actions and complaints tabs of ``AgencyDetail``."""

    inspections: QTreeWidget
    actions: QTreeWidget
    complaints: QTreeWidget

    def _show_inspections(self, overview: AgencyOverview) -> None:
        self.inspections.clear()
        grey = self.palette().placeholderText().color()
        for inspection in overview.inspections:
            score = inspection.score
            status = labels.inspection_status(inspection.status.value)
            if inspection.amended_by:
                status = self.tr("{status}, amended by {ref}").format(
                    status=status, ref=inspection.amended_by
                )
            item = list_item(
                [
                    inspection.reference,
                    labels.date_text(inspection.date),
                    labels.inspection_kind(inspection.kind.value),
                    status,
                    str(score.points) if score else "—",
                    labels.risk_band(score.band.value) if score else self.tr("(not completed)"),
                ],
                inspection.id,
            )
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            if score is not None and score.band.value in ("high", "critical"):
                item.setForeground(5, QBrush(labels.RED))
            self.inspections.addTopLevelItem(item)  # before its children: spans need the view
            for finding in inspection.findings:
                text = self.tr("{severity}: {title}").format(
                    severity=labels.severity(finding.severity.value), title=finding.title
                )
                if finding.standard:
                    text = self.tr("{finding} ({standard})").format(
                        finding=text, standard=finding.standard
                    )
                if finding.dropped:
                    text = self.tr("{finding} - dropped").format(finding=text)
                child = list_item([text], inspection.id)
                if finding.dropped:
                    struck = QFont(child.font(0))
                    struck.setStrikeOut(True)
                    child.setFont(0, struck)
                    colour_row(child, grey)
                elif finding.severity.value == "critical":
                    child.setForeground(0, QBrush(labels.RED))
                item.addChild(child)
                child.setFirstColumnSpanned(True)
            if not inspection.findings:
                child = list_item([self.tr("No findings")], inspection.id)
                item.addChild(child)
                child.setFirstColumnSpanned(True)
        if overview.inspections:
            self.inspections.topLevelItem(0).setExpanded(True)
        else:
            self.inspections.addTopLevelItem(list_item([self.tr("Not inspected yet.")]))

    def _show_actions(self, overview: AgencyOverview) -> None:
        self.actions.clear()
        for action in overview.open_actions:
            item = list_item(
                [
                    labels.date_text(action.deadline),
                    labels.days_left(action.days_left),
                    action.description,
                    labels.severity(action.severity.value),
                    action.inspection_reference,
                    labels.action_status(action.status.value),
                ],
                action.inspection_id,
            )
            item.setToolTip(2, f"{action.finding_title}\n\n{action.description}")
            if action.overdue:
                colour_row(item, labels.RED)
            self.actions.addTopLevelItem(item)
        if not overview.open_actions:
            self.actions.addTopLevelItem(list_item(["", self.tr("No open corrective actions.")]))

    def _show_complaints(self, overview: AgencyOverview) -> None:
        self.complaints.clear()
        for complaint in overview.complaints:
            item = list_item(
                [
                    complaint.reference,
                    labels.date_text(complaint.received_on),
                    labels.complaint_status(complaint.status.value),
                    self.tr("urgent") if complaint.urgent else "",
                    ", ".join(complaint.allegations),
                ],
                complaint.id,
            )
            if complaint.urgent:
                item.setForeground(3, QBrush(labels.RED))
            self.complaints.addTopLevelItem(item)
        if not overview.complaints:
            self.complaints.addTopLevelItem(
                list_item(["", self.tr("No complaints name this agency.")])
            )
