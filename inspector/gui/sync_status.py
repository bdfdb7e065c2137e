"""Sync in the window's frame: the "Sync now" action (F9), the status area at the right of the
status bar (last sync, what waits, quarantined records, conflicts, the last error, progress
while a sync runs), and the line the dashboard shows. Clicking the status opens the details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from inspector.gui.sync_controller import SyncController
from inspector.gui.sync_texts import status_sentences, step_text, when_text

if TYPE_CHECKING:
    from inspector.services.sync import SyncStatus

RED = "#b00020"
AMBER = "#8a5300"
SYNC_SHORTCUT = "F9"
SUMMARY_MAX_WIDTH = 900  # pixels of the status bar it may take
SUMMARY_MIN_WIDTH = 160


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def status_parts(status: SyncStatus) -> list[tuple[str, str]]:
    """The short pieces of the status area, each with its colour ("" for the usual one)."""
    if status.standalone:
        return [(translate("sync", "Standalone laptop: no sync"), "")]
    if not status.enrolled:
        return [(translate("sync", "Sync not set up"), "")]
    parts = [(status.contact_warning, RED)] if status.contact_warning else []  # ministry's rule
    if status.last_error:  # first: what went wrong matters more than when it last went right
        parts.append(
            (translate("sync", "Last sync failed: {reason}").format(reason=status.last_error), RED)
        )
    parts.append((translate("sync", "Not yet sent: {n}").format(n=status.items_waiting), ""))
    if status.quarantined:
        parts.append((translate("sync", "Quarantined: {n}").format(n=status.quarantined), AMBER))
    if status.conflicts:
        parts.append((translate("sync", "Conflicts: {n}").format(n=status.conflicts), AMBER))
    parts.append(
        (translate("sync", "Last sync: {when}").format(when=when_text(status.last_sync)), "")
    )
    if status.clock_skew_shown:
        parts.append((translate("sync", "Clock is off"), AMBER))
    return parts


def retranslate_sync_action(action: QAction) -> None:
    action.setText(translate("sync", "Sync now"))
    action.setToolTip(
        translate("sync", "Send what waits and receive what is new ({key})").format(
            key=SYNC_SHORTCUT
        )
    )


def make_sync_action(controller: SyncController, parent: QWidget) -> QAction:
    """The "Sync now" action with its shortcut, for the window (it works on every page)."""
    action = QAction(parent)
    action.setObjectName("syncNowAction")
    retranslate_sync_action(action)
    action.setShortcut(QKeySequence(SYNC_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: controller.sync_now())
    controller.started.connect(lambda _automatic: action.setEnabled(False))
    controller.finished.connect(lambda _report: action.setEnabled(True))
    controller.failed.connect(lambda _exc, _automatic: action.setEnabled(True))
    controller.revoked.connect(lambda _message: action.setEnabled(True))
    return action


def open_sync_details(widget: QWidget, controller: SyncController, tab: str = "") -> QWidget:
    """The details window of ``widget``'s main window (one of them), raised; ``tab`` is
    "quarantine" or "conflicts" to open on that list."""
    from inspector.gui.sync_details import SyncDetailsDialog

    window = widget.window()
    dialog = window.findChild(SyncDetailsDialog, "syncDetails")
    if not isinstance(dialog, SyncDetailsDialog):
        dialog = SyncDetailsDialog(controller, window)
    dialog.show_tab(tab)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class ElidedButton(QPushButton):
    """A flat button whose text shortens with "…" when the window is narrow, so a long error
    never widens the window; its size hint is the whole text, up to a bound."""

    PADDING = 16

    def __init__(self) -> None:
        super().__init__()
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.PADDING
        return QSize(min(wanted, SUMMARY_MAX_WIDTH), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(SUMMARY_MIN_WIDTH, super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - 2 * self.PADDING)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))


class SyncStatusArea(QWidget):
    """The status bar's sync area: a summary that opens the details, a progress bar while a
    sync runs, and a "Sync now" button."""

    def __init__(self, controller: SyncController, action: QAction, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.summary = ElidedButton()
        self.summary.setObjectName("syncSummary")
        self.summary.setFlat(True)
        self.summary.setCursor(Qt.CursorShape.PointingHandCursor)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.summary.clicked.connect(lambda: open_sync_details(self, self.controller))
        self.bar = QProgressBar()
        self.bar.setObjectName("syncProgress")
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setVisible(False)
        self.button = QToolButton()
        self.button.setObjectName("syncNow")
        self.button.setDefaultAction(action)
        self.button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        controller.status_changed.connect(self.show_status)
        controller.started.connect(self._started)
        controller.progress.connect(self._progress)
        controller.finished.connect(lambda _report: self._stopped())
        controller.failed.connect(lambda _exc, _automatic: self._stopped())
        controller.revoked.connect(lambda _message: self._stopped())
        self.show_status(controller.status)

    def show_status(self, status: SyncStatus | None) -> None:
        self.setVisible(status is not None)
        if status is None or self.controller.running:
            return
        parts = status_parts(status)
        self.summary.set_full_text(" · ".join(text for text, _colour in parts))
        colour = RED if any(c == RED for _t, c in parts) else ""
        colour = colour or (AMBER if any(c == AMBER for _t, c in parts) else "")
        self.summary.setStyleSheet(f"color: {colour}" if colour else "")
        tip = status_sentences(status)
        tip.append(translate("sync", "Click for the details: quarantined records and conflicts."))
        self.summary.setToolTip("\n".join(tip))
        self.button.setVisible(status.enrolled and not status.standalone)

    def _started(self, _automatic: bool) -> None:
        self.summary.set_full_text(translate("sync", "Syncing…"))
        self.summary.setStyleSheet("")
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)

    def _progress(self, step: str, done: int, total: int) -> None:
        self.summary.set_full_text(step_text(step, done, total))
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) / total))
        else:
            self.bar.setRange(0, 0)

    def _stopped(self) -> None:
        self.bar.setVisible(False)
        self.show_status(self.controller.status)


class SyncSummaryLine(QWidget):
    """The dashboard's line: what is not yet sent, the last sync, problems, and the way to the
    details."""

    def __init__(self, controller: SyncController, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLine")
        self.controller = controller
        self.label = QLabel()
        self.label.setObjectName("notYetSent")
        self.label.setWordWrap(True)
        self.details = QPushButton(translate("sync", "Sync de&tails…"))
        self.details.setObjectName("syncDetailsButton")
        self.details.clicked.connect(lambda: open_sync_details(self, self.controller))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details)
        controller.status_changed.connect(self.show_status)
        controller.finished.connect(lambda _report: self.show_status(controller.status))
        self.show_status(controller.status)

    def show_status(self, status: SyncStatus | None) -> None:
        if status is None:
            self.label.clear()
            return
        if status.standalone:
            text = translate("sync", "Standalone laptop: nothing is sent to a server.")
        elif not status.enrolled:
            text = translate(
                "sync", "Not yet sent: {n}. This laptop is not enrolled with a server (Settings)."
            ).format(n=status.items_waiting)
        else:
            text = translate("sync", "Not yet sent: {n}. Last sync: {when}.").format(
                n=status.items_waiting, when=when_text(status.last_sync)
            )
            problems = []
            if status.quarantined:
                problems.append(translate("sync", "quarantined: {n}").format(n=status.quarantined))
            if status.conflicts:
                problems.append(
                    translate("sync", "conflicts to resolve: {n}").format(n=status.conflicts)
                )
            if problems:
                text += " " + translate("sync", "Needs you: {what}.").format(
                    what=", ".join(problems)
                )
            if status.last_error:
                text += " " + translate("sync", "The last sync could not finish: {reason}").format(
                    reason=status.last_error
                )
        self.label.setText(text)
        bad = status.last_error or status.quarantined or status.conflicts
        self.label.setStyleSheet(f"color: {AMBER}" if bad else "")
