"""The complaints table: a Qt model over the rows the complaints service lists (newest first,
filtered in the query); nothing in it shows who complained."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from inspector.gui import labels
from inspector.gui.complaint_detail import status_label

if TYPE_CHECKING:
    from inspector.services.complaints import ComplaintRow

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
            return labels.date_text(row.received_at.astimezone().date())
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
