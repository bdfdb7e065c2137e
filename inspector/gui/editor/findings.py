"""The findings of an inspection: derived ones with the rule and answers behind them, the
inspector's own, and their corrective actions. Overriding a derived finding (drop it, change
its severity) needs a reason, which is kept with it and in the audit trail."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.messages import show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.gui.context import AppContext

SEVERITIES = ("critical", "major", "minor", "observation")


@dataclass(frozen=True)
class FindingRow:
    id: uuid.UUID
    severity: str
    title: str
    standard: str
    source: str
    rule: str
    because: str  # the answers behind a derived finding
    dropped: bool
    override_reason: str
    actions: tuple[tuple[str, dt.date, str], ...]  # description, deadline, status


def load_findings(session: Session, inspection_id: uuid.UUID, language: str) -> list[FindingRow]:
    """The findings, a derived one's title and actions in ``language`` (the window's)."""
    from sqlalchemy import select

    from inspector.services.rule_wording import inspection_wording
    from inspector.vault.tables import Finding

    wording = inspection_wording(session, inspection_id, language)
    order = {severity: index for index, severity in enumerate(SEVERITIES)}
    rows = []
    for finding in session.scalars(select(Finding).where(Finding.inspection_id == inspection_id)):
        answers = finding.evidence.get("answers", {}) if finding.evidence else {}
        because = "; ".join(f"{path} = {value}" for path, value in answers.items())
        rows.append(
            FindingRow(
                id=finding.id,
                severity=finding.severity.value,
                title=wording.title(finding.rule_id, finding.title),
                standard=finding.standard,
                source=finding.source.value,
                rule=finding.rule_id or "",
                because=because,
                dropped=finding.dropped,
                override_reason=finding.override_reason,
                actions=tuple(
                    (wording.action(finding.rule_id, a.description), a.deadline, a.status.value)
                    for a in finding.corrective_actions
                ),
            )
        )
    rows.sort(key=lambda r: (r.dropped, order.get(r.severity, 9), r.title))
    return rows


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: Qt's tree measures a row on one line whatever its
    word-wrap setting, and then elides it."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.tree.indentation() * (depth + 1) if index.column() == 0 else 0
        if self.tree.isFirstColumnSpanned(index.row(), index.parent()):
            width = self.tree.viewport().width() - indent
        else:
            width = self.tree.header().sectionSize(index.column()) - indent
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, max(20, width - 12), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(hint.width(), max(hint.height(), box.height() + 6))


class FindingsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, inspection_id: uuid.UUID) -> None:
        super().__init__()
        self.context = context
        self.inspection_id = inspection_id
        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsTree")
        # Two columns that always fit: the severity as wide as its word, the finding wrapping in
        # what is left (the standard and the rule sit under it). No sideways scrolling, so a
        # click never hides the severity.
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Finding")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_severity_column()
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        # Wrapped rows take their height from the column's width: measure again when it changes.
        header.sectionResized.connect(lambda *_a: self.tree.scheduleDelayedItemsLayout())
        self.override_button = QPushButton(self.tr("&Override…"))
        self.override_button.setObjectName("overrideButton")
        self.override_button.clicked.connect(self.override_selected)
        self.add_button = QPushButton(self.tr("Add fi&nding…"))
        self.add_button.setObjectName("addFindingButton")
        self.add_button.clicked.connect(self.add_manual)
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.empty = QLabel(self.tr("No findings yet: they appear as answers reveal a breach."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.rows: list[FindingRow] = []

    def _fit_severity_column(self) -> None:
        """The severity column as wide as its longest word in this language (its rows' details
        span both columns, so Qt's "fit to contents" would give it all the width)."""
        from inspector.gui import labels

        metrics = self.tree.fontMetrics()
        words = [labels.severity(s) for s in SEVERITIES] + [self.tr("Severity")]
        widest = max(metrics.horizontalAdvance(word) for word in words)
        self.tree.setColumnWidth(0, widest + self.tree.indentation() + 24)

    def set_editable(self, editable: bool) -> None:
        self.override_button.setEnabled(editable)
        self.add_button.setEnabled(editable)

    def show_rows(self, rows: list[FindingRow]) -> None:
        self.rows = rows
        self.tree.clear()
        from inspector.gui import labels

        for row in rows:
            title = row.title + (self.tr(" (dropped)") if row.dropped else "")
            item = QTreeWidgetItem([labels.severity(row.severity), title])
            item.setData(0, Qt.ItemDataRole.UserRole, str(row.id))
            details = []
            if row.standard:
                details.append(self.tr("Standard: {standard}").format(standard=row.standard))
            if row.source == "derived":
                rule = self.tr("Rule {rule}: {because}")
                details.append(rule.format(rule=row.rule, because=row.because))
            if row.override_reason:
                details.append(self.tr("Overridden: {reason}").format(reason=row.override_reason))
            for description, deadline, status in row.actions:
                details.append(
                    self.tr("Action by {date} ({status}): {action}").format(
                        date=labels.date_text(deadline),
                        status=labels.action_status(status).lower(),
                        action=description,
                    )
                )
            item.setToolTip(1, "\n".join([row.title, *details]))
            children = []
            for text in details:
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                item.addChild(child)
                children.append(child)
            if row.dropped:
                for column in range(2):
                    item.setForeground(column, Qt.GlobalColor.gray)
            self.tree.addTopLevelItem(item)
            for child in children:
                child.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            item.setExpanded(True)
        self.empty.setVisible(not rows)

    def selected(self) -> FindingRow | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        ident = item.data(0, Qt.ItemDataRole.UserRole)
        return next((row for row in self.rows if str(row.id) == ident), None)

    def override_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = OverrideDialog(row, self)
        dialog.setObjectName("overrideDialog")
        dialog.accepted.connect(lambda: self._override(row, dialog))
        dialog.open()
        self.dialog = dialog

    def _override(self, row: FindingRow, dialog: OverrideDialog) -> None:
        from inspector.services.findings import override_finding
        from inspector.vault.tables import Severity

        severity = Severity(dialog.severity.currentData())
        dropped = dialog.drop.isChecked()
        reason = dialog.reason.toPlainText()
        self.context.write(
            lambda uow: override_finding(
                uow,
                row.id,
                reason=reason,
                severity=None if severity.value == row.severity else severity,
                dropped=None if dropped == row.dropped else dropped,
            ),
            lambda _r: self.changed.emit(),
            lambda exc: show_error(self, exc),
        )

    def add_manual(self) -> None:
        dialog = ManualFindingDialog(self)
        dialog.setObjectName("manualFindingDialog")
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.open()
        self.dialog = dialog

    def _add(self, dialog: ManualFindingDialog) -> None:
        from inspector.services.findings import add_corrective_action, add_finding
        from inspector.vault.tables import Severity

        inspection_id = self.inspection_id
        severity = Severity(dialog.severity.currentData())
        title = dialog.title_edit.text()
        standard = dialog.standard.text()
        description = dialog.description.toPlainText()
        action = dialog.action.toPlainText().strip()
        deadline = dialog.deadline.date().toPython()

        def work(uow):  # type: ignore[no-untyped-def]
            finding = add_finding(
                uow,
                inspection_id,
                severity=severity,
                title=title,
                standard=standard,
                description=description,
            )
            if action:
                add_corrective_action(uow, finding, action, deadline)

        self.context.write(work, lambda _r: self.changed.emit(), lambda e: show_error(self, e))


class OverrideDialog(QDialog):
    def __init__(self, row: FindingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override a finding"))
        self.severity = QComboBox()
        self.severity.setObjectName("overrideSeverity")
        for severity in SEVERITIES:
            self.severity.addItem(severity.capitalize(), severity)
        self.severity.setCurrentIndex(SEVERITIES.index(row.severity))
        self.drop = QCheckBox(self.tr("&Drop this finding"))
        self.drop.setObjectName("overrideDrop")
        self.drop.setChecked(row.dropped)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Why? The reason is kept with the finding and in the audit trail.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("overrideOk")
        ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{row.title}</b>"))
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow("", self.drop)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        form.addRow(self.buttons)


class ManualFindingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from inspector.gui import labels

        self.setWindowTitle(self.tr("Add a finding"))
        self.severity = QComboBox()
        for severity in SEVERITIES:
            self.severity.addItem(severity.capitalize(), severity)
        self.severity.setCurrentIndex(2)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("manualTitle")
        self.standard = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.action = QPlainTextEdit()
        self.action.setTabChangesFocus(True)
        self.deadline = QDateEdit(QDate.currentDate().addDays(90))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(labels.date_format())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.title_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Standar&d breached:"), self.standard)
        form.addRow(self.tr("&Notes:"), self.description)
        form.addRow(self.tr("Corrective &action:"), self.action)
        form.addRow(self.tr("D&eadline:"), self.deadline)
        form.addRow(buttons)
