"""Confidential worker interviews. A worker is a pseudonymous code; a real identity, if kept at
all, stays in its own table in the vault and never goes into an audit event, a sync, an export or
a report."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.services.inspections import editable_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import WorkerIdentity, WorkerInterview
from inspector.vault.types import utcnow

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I/1/O/0 to misread


def new_worker_code(prefix: str = "W") -> str:
    return prefix + "-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))


@dataclass(frozen=True)
class WorkerIdentityData:
    full_name: str = ""
    contact: str = ""
    document_number: str = ""


@dataclass(frozen=True)
class InterviewSaved:
    id: uuid.UUID
    code: str


def store_identity(uow: UnitOfWork, code: str, identity: WorkerIdentityData | None) -> None:
    if identity is None or not any(vars(identity).values()):
        return
    uow.session.add(
        WorkerIdentity(
            code=code,
            full_name=identity.full_name,
            contact=identity.contact,
            document_number=identity.document_number,
        )
    )


def add_worker_interview(
    uow: UnitOfWork,
    inspection_id: uuid.UUID,
    *,
    consent_given: bool,
    answers: dict[str, Any] | None = None,
    language: str = "",
    interpreter_used: bool = False,
    notes: str = "",
    identity: WorkerIdentityData | None = None,
) -> InterviewSaved:
    """Record an interview. Consent comes first: without it nothing but the refusal is kept."""
    editable_inspection(uow.session, inspection_id)
    if not consent_given and (answers or notes or identity):
        raise InvalidInput(
            _("The worker did not consent: no answers, notes or identity may be recorded.")
        )
    code = new_worker_code()
    while uow.session.scalar(select(WorkerIdentity.id).where(WorkerIdentity.code == code)):
        code = new_worker_code()
    interview = WorkerInterview(
        id=uuid.uuid4(),
        inspection_id=inspection_id,
        code=code,
        consent_given=consent_given,
        consent_at=utcnow() if consent_given else None,
        language=language,
        interpreter_used=interpreter_used,
        answers=answers or {},
        notes=notes,
    )
    store_identity(uow, code, identity)
    # The audit event records that an interview happened, never what was said or by whom.
    uow.changed(
        interview,
        "worker_interview.added",
        inspection_id=inspection_id,
        details={"consent": consent_given},
    )
    return InterviewSaved(interview.id, code)
