"""A conflict side by side: this laptop's version of the record as it was sent, beside the
server's answer (the revision it holds and why it did not take this one), and the two choices
the sync service offers - keep this laptop's version (it goes up again over the server's) or
keep the server's."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.messages import show_error
from inspector.gui.sync_texts import when_text

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.services.sync import ConflictRow

_ID = Qt.ItemDataRole.UserRole
# Bookkeeping a person does not decide on: ids, revision, when the row was written.
_HIDDEN = ("id", "revision", "created_at", "updated_at")


def shown_field(key: str, value: Any) -> bool:
    """Not bookkeeping, and not a link to another record (a bare id tells a person nothing)."""
    if key in _HIDDEN:
        return False
    if key.endswith("_id") and isinstance(value, str):
        try:
            uuid.UUID(value)
        except ValueError:
            return True
        return False
    return True


def field_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictView(QWidget):
    """The open conflicts: a list, and the one chosen side by side with its choices.
    ``resolved`` after a choice was stored."""

    resolved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: dict[int, ConflictRow] = {}
        self.list = QTreeWidget()
        self.list.setObjectName("conflictList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Record"), self.tr("Found")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))

        self.mine_box = QGroupBox(self.tr("This laptop's version"))
        self.mine = QTreeWidget()
        self.mine.setObjectName("conflictMine")
        self.mine.setRootIsDecorated(False)
        self.mine.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.mine.setWordWrap(True)
        self.mine.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        mine_layout = QVBoxLayout(self.mine_box)
        mine_layout.addWidget(self.mine)

        self.server_box = QGroupBox(self.tr("The server's answer"))
        self.server = QLabel()
        self.server.setObjectName("conflictServer")
        self.server.setWordWrap(True)
        self.server.setTextFormat(Qt.TextFormat.PlainText)
        self.server.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        server_layout = QVBoxLayout(self.server_box)
        server_layout.addWidget(self.server, 1)

        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.mine_box)
        sides.addWidget(self.server_box)
        sides.setStretchFactor(0, 3)
        sides.setStretchFactor(1, 2)
        sides.setChildrenCollapsible(False)

        self.keep_mine = QPushButton(self.tr("Keep &this laptop's version"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.setToolTip(
            self.tr("It goes up again at the next sync, as a new revision over the server's.")
        )
        self.keep_server = QPushButton(self.tr("Keep the &server's version"))
        self.keep_server.setObjectName("keepServer")
        self.keep_server.setToolTip(
            self.tr("The server's version stands; your next change to the record is sent over it.")
        )
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_server.clicked.connect(lambda: self._resolve("server"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_server)

        self.empty = QLabel(self.tr("No conflict to resolve."))
        self.empty.setObjectName("conflictsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(sides, 1)
        body.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.body)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.split = split
        self.show_rows([])

    def show_rows(self, rows: list[ConflictRow]) -> None:
        current = self.list.currentItem()
        keep = current.data(0, _ID) if current is not None else None
        self.rows = {row.id: row for row in rows}
        self.list.clear()
        chosen = None
        for row in rows:
            item = QTreeWidgetItem([row.label, when_text(row.at)])
            item.setData(0, _ID, row.id)
            item.setToolTip(0, row.reason)
            self.list.addTopLevelItem(item)
            if row.id == keep:
                chosen = item
        self.empty.setVisible(not rows)
        self.split.setVisible(bool(rows))
        if rows:
            self.list.setCurrentItem(chosen or self.list.topLevelItem(0))
        else:
            self._show(None)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        self.mine.clear()
        row = self.rows.get(item.data(0, _ID)) if item is not None else None
        self.keep_mine.setEnabled(row is not None)
        self.keep_server.setEnabled(row is not None)
        if row is None:
            self.server.clear()
            return
        self.mine_box.setTitle(
            self.tr("This laptop's version (revision {n})").format(n=row.revision)
        )
        for key, value in row.data.items():
            if not shown_field(key, value):
                continue
            line = QTreeWidgetItem([key.replace("_", " "), field_text(value)])
            line.setToolTip(1, field_text(value))
            self.mine.addTopLevelItem(line)
        held = (
            self.tr("The server holds revision {n} of this record.").format(n=row.server_revision)
            if row.server_revision is not None
            else self.tr("The server holds another version of this record.")
        )
        self.server.setText(
            "\n\n".join(
                [
                    held,
                    self.tr("Its answer: {reason}").format(reason=row.reason),
                    self.tr(
                        "Both versions are kept until you choose. Keep this laptop's version "
                        "if yours is the one that stands; keep the server's if someone else's "
                        "change should stand."
                    ),
                ]
            )
        )

    def _resolve(self, keep: str) -> None:
        item = self.list.currentItem()
        if item is None or self.context.vault is None:
            return
        conflict_id = int(item.data(0, _ID))
        vault = self.context.vault

        def work() -> None:
            from inspector.services.sync import resolve_conflict

            resolve_conflict(vault, conflict_id, keep)

        self.keep_mine.setEnabled(False)
        self.keep_server.setEnabled(False)
        self.context.call(work, lambda _r: self._stored(), self._refused)

    def _stored(self) -> None:
        self.context.changed.emit("inspections")
        self.resolved.emit()

    def _refused(self, exc: BaseException) -> None:
        self.keep_mine.setEnabled(True)
        self.keep_server.setEnabled(True)
        show_error(self, exc)
