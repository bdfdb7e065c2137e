"""The sync details window: the status in sentences with "Sync now" and its progress, the
records the server refused (quarantined, each with the server's reason, to send again once the
cause is fixed) and the conflicts to resolve side by side. It closes when the window locks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.conflicts import ConflictView
from inspector.gui.messages import error_text, show_error
from inspector.gui.sync_texts import status_sentences, step_text, when_text

if TYPE_CHECKING:
    from inspector.gui.sync_controller import SyncController
    from inspector.services.sync import QuarantineRow, SyncStatus

_ID = Qt.ItemDataRole.UserRole


class QuarantineView(QWidget):
    """Records the server refused, with its reason; "Send again" puts one back in the queue."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.context = controller.context
        self.list = QTreeWidget()
        self.list.setObjectName("quarantineList")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setHeaderLabels([self.tr("Record"), self.tr("The server's reason"),
                                   self.tr("Refused")])  # fmt: skip
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.reason = QLabel()
        self.reason.setObjectName("quarantineReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Send &again"))
        self.retry.setObjectName("retryQuarantined")
        self.retry.setToolTip(
            self.tr("Put the record back in the queue, once the cause is fixed (ask your "
                    "administrator); the next sync sends it.")
        )  # fmt: skip
        self.retry.clicked.connect(self._retry)
        note = QLabel(
            self.tr("The server refused these records; every other record went on. Nothing is "
                    "lost: they stay on this laptop.")
        )  # fmt: skip
        note.setWordWrap(True)
        self.empty = QLabel(self.tr("No record is quarantined."))
        self.empty.setObjectName("quarantineEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(note)
        body.addWidget(self.list, 1)
        body.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.list.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.show_rows([])

    def show_rows(self, rows: list[QuarantineRow]) -> None:
        self.list.clear()
        for row in rows:
            item = QTreeWidgetItem([row.label, row.reason, when_text(row.at)])
            item.setData(0, _ID, row.id)
            item.setToolTip(1, row.reason)
            self.list.addTopLevelItem(item)
        self.empty.setVisible(not rows)
        self.body.setVisible(bool(rows))
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self._chosen(None)

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        self.retry.setEnabled(item is not None)
        self.reason.setText(
            self.tr("{record}: {reason}").format(record=item.text(0), reason=item.text(1))
            if item is not None
            else ""
        )

    def _retry(self) -> None:
        item = self.list.currentItem()
        vault = self.context.vault
        if item is None or vault is None:
            return
        entry_id = int(item.data(0, _ID))

        def work() -> None:
            from inspector.services.sync import retry_quarantined

            retry_quarantined(vault, entry_id)

        self.retry.setEnabled(False)
        self.context.call(work, lambda _r: self.controller.refresh_status(), self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.retry.setEnabled(True)
        show_error(self, exc)


class SyncDetailsDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDetails")
        self.setWindowTitle(self.tr("Sync"))
        self.controller = controller
        self.context = controller.context
        self._loads = 0
        self.status = QLabel()
        self.status.setObjectName("syncDetailsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("syncDetailsProgress")
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.sync_now = QPushButton(self.tr("&Sync now"))
        self.sync_now.setObjectName("syncDetailsNow")
        self.sync_now.clicked.connect(lambda: controller.sync_now())
        self.sync_now.setToolTip(self.tr("Send what waits and receive what is new (F9)"))
        shortcut = QShortcut(QKeySequence("F9"), self)  # as in the main window
        shortcut.activated.connect(lambda: controller.sync_now())
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.sync_now, 0, Qt.AlignmentFlag.AlignTop)
        self.quarantine = QuarantineView(controller)
        self.conflicts = ConflictView(self.context)
        self.conflicts.resolved.connect(controller.refresh_status)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.addTab(self.quarantine, "")
        self.tabs.addTab(self.conflicts, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self._title_tabs(None, None)
        controller.status_changed.connect(self._status_changed)
        controller.started.connect(self._started)
        controller.progress.connect(self._progress)
        controller.finished.connect(lambda _report: self._stopped(""))
        controller.failed.connect(lambda exc, _automatic: self._stopped(error_text(exc)))
        self._status_changed(controller.status)
        self.sync_now.setEnabled(not controller.running)

    def show_tab(self, name: str) -> None:
        if name == "quarantine":
            self.tabs.setCurrentWidget(self.quarantine)
        elif name == "conflicts":
            self.tabs.setCurrentWidget(self.conflicts)

    def _title_tabs(self, quarantined: int | None, conflicts: int | None) -> None:
        def count(n: int | None) -> str:
            return "…" if n is None else str(n)

        self.tabs.setTabText(0, self.tr("&Quarantined ({n})").format(n=count(quarantined)))
        self.tabs.setTabText(1, self.tr("&Conflicts ({n})").format(n=count(conflicts)))

    def _status_changed(self, status: SyncStatus | None) -> None:
        if status is None:  # locked: nothing of the records stays on screen
            self.quarantine.show_rows([])
            self.conflicts.show_rows([])
            self.close()
            return
        self.status.setText("\n".join(status_sentences(status)))
        self.sync_now.setVisible(status.enrolled and not status.standalone)
        self._load()

    def _load(self) -> None:
        if self.context.vault is None:
            return
        self._loads += 1
        asked = self._loads

        def read(session: Any) -> tuple[list[Any], list[Any]]:
            from inspector.services.sync import conflicts, quarantined

            return quarantined(session), conflicts(session)

        def loaded(result: tuple[list[Any], list[Any]]) -> None:
            if asked != self._loads or self.context.vault is None:
                return
            held, open_conflicts = result
            self.quarantine.show_rows(held)
            self.conflicts.show_rows(open_conflicts)
            self._title_tabs(len(held), len(open_conflicts))

        self.context.read(read, loaded, lambda exc: show_error(self, exc))

    def _started(self, _automatic: bool) -> None:
        self.sync_now.setEnabled(False)
        self.progress_text.setText(self.tr("Syncing…"))
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)

    def _progress(self, step: str, done: int, total: int) -> None:
        self.progress_text.setText(step_text(step, done, total))
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) / total))

    def _stopped(self, problem: str) -> None:
        self.sync_now.setEnabled(True)
        self.bar.setVisible(False)
        self.progress_text.setText(
            self.tr("The sync could not finish: {reason}").format(reason=problem)
            if problem
            else self.tr("The sync finished at {when}.").format(when=when_text(_now()))
        )


def _now() -> Any:
    import datetime as dt

    return dt.datetime.now(dt.UTC)
