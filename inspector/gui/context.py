"""What every window shares: the open vault, the task runner, the settings, and signals saying
what changed, so each view refreshes only what a result says changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from inspector.gui.tasks import TaskRunner
from inspector.settings import Settings, save_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.services.uow import UnitOfWork
    from inspector.vault.store import Vault

T = TypeVar("T")


class AppContext(QObject):
    vault_opened = Signal()
    vault_closed = Signal()
    # What changed: "agencies", "inspections", "inspection:<id>", "complaints", "actions".
    changed = Signal(str)
    settings_changed = Signal()

    def __init__(self, folder: Path, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.settings = settings
        self.runner = TaskRunner(self)
        self.vault: Vault | None = None

    @property
    def language(self) -> str:
        """The language for checklist wording: the chosen one, else the system's (as for the
        widgets), else English."""
        from inspector.gui.i18n import effective_language

        return effective_language(self.settings.language)

    def open(self, vault: Vault) -> None:
        self.vault = vault
        self.vault_opened.emit()

    def close_vault(self) -> None:
        """Drop the vault and its key: wait for queued work, then close every connection."""
        if self.vault is None:
            return
        self.runner.wait()
        vault, self.vault = self.vault, None
        vault.close()
        self.vault_closed.emit()

    def write(
        self,
        work: Callable[[UnitOfWork], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` in one unit of work (one transaction) on the vault thread."""
        vault = self._vault()

        def run() -> T:
            from inspector.services.uow import UnitOfWork

            with UnitOfWork(vault) as uow:
                return work(uow)

        self.runner.run(run, done, failed)

    def read(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        vault = self._vault()

        def run() -> T:
            with vault.reading() as session:
                return work(session)

        self.runner.run(run, done, failed)

    def read_now(self, work: Callable[[Session], T]) -> T:
        """A short read on the GUI thread (a page of a table): WAL lets it run beside a write."""
        with self._vault().reading() as session:
            return work(session)

    def save_settings(self) -> None:
        save_settings(self.settings)
        self.settings_changed.emit()

    def _vault(self) -> Vault:
        if self.vault is None:
            raise RuntimeError("the vault is locked")
        return self.vault

    def call(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
             failed: Callable[[BaseException], None] | None = None) -> None:  # fmt: skip
        """Any other slow work off the GUI thread (unlock, create)."""
        self.runner.run(work, done, failed)
