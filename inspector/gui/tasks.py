"""Work off the GUI thread.

A task is a callable plus done/failed slots; results come back by signal on the GUI thread. Vault
work queues on one thread, so the database has one writer; other work (network, later) may run
beside it. The callable never touches a widget."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskRelay(QObject):
    """Carries a task's result or error back to the thread that made it."""

    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs ``work`` in the thread pool and reports through its relay."""

    def __init__(self, work: Callable[[], Any], relay: TaskRelay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread and reports how many are still running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault_pool = QThreadPool(self)
        self.vault_pool.setMaxThreadCount(1)
        self._running: set[TaskRelay] = set()

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = TaskRelay()  # lives in the GUI thread: its signals are delivered there
        self._running.add(relay)
        if len(self._running) == 1:
            self.busy_changed.emit(True)

        def finish(result: Any, handler: Callable[[Any], None] | None) -> None:
            self._running.discard(relay)
            if not self._running:
                self.busy_changed.emit(False)
            if handler is not None:
                handler(result)

        relay.done.connect(lambda result: finish(result, done))
        relay.failed.connect(lambda exc: finish(exc, failed or _log_failure))
        self.vault_pool.start(Task(work, relay))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for queued work (tests, shutdown); queued results still need the event loop."""
        return self.vault_pool.waitForDone(msecs)


def _log_failure(exc: BaseException) -> None:
    # The type only: messages of third-party errors may quote data.
    log.error("background task failed: %s", type(exc).__name__)
