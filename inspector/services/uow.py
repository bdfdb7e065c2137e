"""The unit of work: one write transaction in which a change, its audit event and its outbox entry
are stored together, or none of them."""

from __future__ import annotations

import datetime as dt
import uuid
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inspector.errors import InspectionLocked
from inspector.i18n import _
from inspector.vault.audit import append_event
from inspector.vault.tables import InspectorProfile, OutboxEntry, Record, VaultSetting

if TYPE_CHECKING:
    from inspector.vault.store import Vault

# Records that never leave the laptop: no outbox entry is written for them.
LOCAL_ONLY = frozenset({"worker_identity", "vault_setting", "signing_identity"})


def _raise_if_locked(error: IntegrityError) -> None:
    """The database's lock triggers said no: say it as the services would."""
    if "inspection is locked" in str(error.orig):
        raise InspectionLocked(
            _("This inspection is locked; record changes as an amendment.")
        ) from None


class UnitOfWork:
    """``with UnitOfWork(vault) as uow:`` commits on success and rolls back on any error."""

    def __init__(self, vault: Vault, actor: str | None = None) -> None:
        self.vault = vault
        self._actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = Session(
            self.vault.engine.execution_options(write=True), expire_on_commit=False
        )
        self.session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc is None:
                try:
                    self.session.commit()
                except IntegrityError as error:
                    _raise_if_locked(error)
                    raise
            else:
                self.session.rollback()
                if isinstance(exc, IntegrityError):
                    _raise_if_locked(exc)
        finally:
            self.session.close()

    @property
    def actor(self) -> str:
        if self._actor is None:
            name = self.session.scalar(select(InspectorProfile.name).limit(1))
            self._actor = name or "inspector"
        return self._actor

    def changed(
        self,
        record: Record | Any,
        action: str,
        *,
        inspection_id: uuid.UUID | None = None,
        details: dict[str, Any] | None = None,
        operation: str = "upsert",
    ) -> None:
        """Note a change to ``record``: bump its revision, append the audit event, queue it for
        sync. Call after changing or adding the record, inside this unit of work."""
        state = inspect(record)
        if isinstance(record, Record) and state.persistent and operation != "delete":
            record.revision += 1
        if state.transient:
            self.session.add(record)
        self.session.flush()
        table = record.__tablename__
        entity_id = str(getattr(record, "id", ""))
        append_event(
            self.session,
            actor=self.actor,
            action=action,
            entity_type=table,
            entity_id=entity_id,
            inspection_id=inspection_id,
            details=details,
        )
        if table not in LOCAL_ONLY:
            self.session.add(
                OutboxEntry(
                    entity_type=table,
                    entity_id=entity_id,
                    revision=getattr(record, "revision", 1),
                    operation=operation,
                )
            )

    def next_reference(self, prefix: str) -> str:
        """A human reference unique across laptops: prefix, year, vault, running number."""
        year = dt.datetime.now(dt.UTC).year
        key = f"counter:{prefix}:{year}"
        setting = self.session.get(VaultSetting, key)
        number = (setting.value if setting else 0) + 1
        if setting is None:
            self.session.add(VaultSetting(key=key, value=number))
        else:
            setting.value = number
        return f"{prefix}-{year}-{self.vault.vault_id[:4].upper()}-{number:04d}"
