"""Sync for the window: one controller per context runs ``sync_now`` on a thread of its own
(the network may be slow; the vault thread stays free for the pages), relays its progress,
keeps the status to show, syncs by itself while the vault is open when the laptop is enrolled
and not standalone, and stops when the window locks.

A revoked laptop: the engine destroys the key material and closes the vault; the controller
says so by ``revoked`` and the main window locks."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from inspector.errors import InspectorError
from inspector.gui.tasks import Task, TaskRelay

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.services.sync import SyncStatus

log = logging.getLogger(__name__)

AUTO_SYNC_MINUTES = 15  # between automatic syncs while unlocked
AUTO_RETRY_MINUTES = 5  # after an automatic sync that could not finish (no network, say)
FIRST_SYNC_SECONDS = 20  # after unlocking: let the pages load first


class SyncStopped(InspectorError):
    """Raised inside a running sync (from its progress callback) when the window locks: the
    engine records what the server acknowledged so far and the next sync goes on from there."""


class _Relay(TaskRelay):
    progress = Signal(str, int, int)


class SyncController(QObject):
    """``status_changed(SyncStatus)`` after every read of the status; ``started(automatic)``,
    ``progress(step, done, total)``, ``finished(report)`` and ``failed(error, automatic)``
    around a sync; ``revoked(message)`` when the server revoked this laptop;
    ``enrolment_changed()`` after an enrolment or a change of the standalone switch."""

    status_changed = Signal(object)
    started = Signal(bool)
    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object, bool)
    revoked = Signal(str)
    enrolment_changed = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("syncController")
        self.context = context
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.status: SyncStatus | None = None
        self.running = False
        self.automatic = False
        self.client_options: dict[str, Any] | None = None  # tests: short retry waits
        self.auto_interval_ms = AUTO_SYNC_MINUTES * 60_000
        self.retry_interval_ms = AUTO_RETRY_MINUTES * 60_000
        self.first_delay_ms = FIRST_SYNC_SECONDS * 1000
        self._stop = threading.Event()
        self._relays: set[_Relay] = set()
        self._status_reads = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._automatic)
        # Pages change the vault: the count of what waits follows, read at most twice a second.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(500)
        self._recount.timeout.connect(self.refresh_status)
        context.vault_opened.connect(self._opened)
        context.vault_closed.connect(self._closed)
        context.changed.connect(self._vault_changed)
        if context.vault is not None:
            self._opened()

    # -- the status --------------------------------------------------------------------------
    @property
    def syncs_automatically(self) -> bool:
        status = self.status
        return status is not None and status.enrolled and not status.standalone

    def refresh_status(self) -> None:
        if self.context.vault is None:
            return
        self._status_reads += 1
        asked = self._status_reads

        def read(session: Any) -> SyncStatus:
            from inspector.services.sync import sync_status

            return sync_status(session)

        def got(status: SyncStatus) -> None:
            if asked == self._status_reads and self.context.vault is not None:
                self._show_status(status)

        self.context.read(read, got, self._status_failed)

    def _show_status(self, status: SyncStatus) -> None:
        automatic_before = self.syncs_automatically
        self.status = status
        self.status_changed.emit(status)
        if self.syncs_automatically and not automatic_before and not self.running:
            self._schedule(self.first_delay_ms)
        elif not self.syncs_automatically:
            self.timer.stop()

    def _status_failed(self, exc: BaseException) -> None:
        log.warning("sync status not read: %s", type(exc).__name__)

    def _vault_changed(self, what: str) -> None:
        if what != "sync" and not self.running:
            self._recount.start()

    # -- syncing -----------------------------------------------------------------------------
    def sync_now(self, automatic: bool = False) -> bool:
        """Start a sync unless one runs or the vault is locked; True when one started."""
        vault = self.context.vault
        if self.running or vault is None:
            return False
        from inspector.services.sync import sync_now

        self.timer.stop()
        self.running, self.automatic = True, automatic
        stop = self._stop = threading.Event()
        relay = _Relay()  # made here: its signals reach the GUI thread
        self._relays.add(relay)
        options = self.client_options
        stopped = QCoreApplication.translate(
            "SyncController",
            "The sync stopped when the window was locked; the next one goes on from there.",
        )

        def progress(step: Any) -> None:
            if stop.is_set():
                raise SyncStopped(stopped)
            relay.progress.emit(step.step, step.done, step.total)

        def work() -> Any:
            return sync_now(vault, progress, client_options=options)

        relay.progress.connect(self.progress)
        relay.done.connect(lambda report: self._done(relay, report))
        relay.failed.connect(lambda exc: self._failed(relay, exc))
        self.started.emit(automatic)
        self.pool.start(Task(work, relay))
        return True

    def _done(self, relay: _Relay, report: Any) -> None:
        self._relays.discard(relay)
        # What came down, said while still running so the count is read once, below.
        received = report.received
        kinds = [
            kind
            for kind, count in (
                ("agencies", received.agencies),
                ("inspections", received.assignments + received.forms + received.reports),
                ("complaints", received.complaints),
            )
            if count
        ]
        for kind in kinds or ["sync"]:
            self.context.changed.emit(kind)
        self.running = False
        self.finished.emit(report)
        self._schedule(self.auto_interval_ms)
        self.refresh_status()

    def _failed(self, relay: _Relay, exc: BaseException) -> None:
        from inspector.errors import DeviceRevoked

        self._relays.discard(relay)
        self.running = False
        if isinstance(exc, DeviceRevoked):
            self.timer.stop()
            self.status = None
            self.revoked.emit(str(exc))
            return
        if not isinstance(exc, InspectorError):
            log.error("sync failed: %s", type(exc).__name__)
        self.failed.emit(exc, self.automatic)
        if isinstance(exc, SyncStopped) or self.context.vault is None:
            return
        self._schedule(self.retry_interval_ms)
        self.refresh_status()

    def _schedule(self, delay_ms: int) -> None:
        if self.syncs_automatically and self.context.vault is not None:
            self.timer.start(max(0, delay_ms))

    def _automatic(self) -> None:
        if self.syncs_automatically:
            self.sync_now(automatic=True)

    # -- enrolment and the standalone switch ---------------------------------------------------
    def run_network(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Other work that talks to the server (first contact, enrolment), on the sync thread:
        never at the same time as a sync, and the vault thread stays free."""
        relay = _Relay()
        self._relays.add(relay)

        def finish(result: Any, handler: Callable[[Any], None]) -> None:
            self._relays.discard(relay)
            handler(result)

        relay.done.connect(lambda result: finish(result, done))
        relay.failed.connect(lambda exc: finish(exc, failed))
        self.pool.start(Task(work, relay))

    def enrolled(self) -> None:
        """After an enrolment or a change of the standalone switch."""
        self.enrolment_changed.emit()
        self.refresh_status()

    # -- lock ----------------------------------------------------------------------------------
    def stop(self, msecs: int = 60_000) -> None:
        """Before the vault closes: no more automatic syncs, and a running one stops at its next
        step (what the server acknowledged stays acknowledged)."""
        self.timer.stop()
        self._recount.stop()
        self._stop.set()
        self.pool.waitForDone(msecs)

    def _opened(self) -> None:
        self.status = None
        self._stop = threading.Event()
        self.refresh_status()

    def _closed(self) -> None:
        self.timer.stop()
        self._recount.stop()
        self._status_reads += 1
        self.status = None
        self.status_changed.emit(None)


def sync_controller(context: AppContext) -> SyncController:
    """The context's one controller, made on first use."""
    found = context.findChild(SyncController, "syncController")
    return found if isinstance(found, SyncController) else SyncController(context)
