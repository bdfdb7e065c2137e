"""Findings and the corrective actions that answer them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.inspections import editable_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import (
    ActionStatus,
    CorrectiveAction,
    Finding,
    FindingSource,
    Severity,
)
from inspector.vault.types import utcnow


def add_finding(
    uow: UnitOfWork,
    inspection_id: uuid.UUID,
    *,
    severity: Severity,
    title: str,
    standard: str = "",
    description: str = "",
    source: FindingSource = FindingSource.MANUAL,
    rule_id: str | None = None,
    question_path: str | None = None,
    evidence: dict[str, Any] | None = None,
) -> uuid.UUID:
    editable_inspection(uow.session, inspection_id)
    if not title.strip():
        raise InvalidInput(_("A finding needs a title."))
    finding = Finding(
        id=uuid.uuid4(),
        inspection_id=inspection_id,
        source=source,
        rule_id=rule_id,
        question_path=question_path,
        severity=severity,
        standard=standard,
        title=title.strip(),
        description=description,
        evidence=evidence or {},
    )
    uow.changed(
        finding,
        "finding.added",
        inspection_id=inspection_id,
        details={"severity": severity.value, "rule": rule_id, "source": source.value},
    )
    return finding.id


def _finding(uow: UnitOfWork, finding_id: uuid.UUID) -> Finding:
    finding = uow.session.get(Finding, finding_id)
    if finding is None:
        raise NotFound(_("No finding with id {id}.").format(id=finding_id))
    editable_inspection(uow.session, finding.inspection_id)
    return finding


def override_finding(
    uow: UnitOfWork,
    finding_id: uuid.UUID,
    *,
    reason: str,
    severity: Severity | None = None,
    dropped: bool | None = None,
) -> None:
    """Drop a derived finding, restore it, or change its severity. The reason is required: it
    stays with the finding and in the audit trail, so a supervisor and the agency can follow it."""
    finding = _finding(uow, finding_id)
    if not reason.strip():
        raise InvalidInput(
            _("Say why finding '{title}' is overridden; the reason is kept with it.").format(
                title=finding.title
            )
        )
    changes: dict[str, Any] = {}
    if severity is not None and severity != finding.severity:
        changes["severity"] = [finding.severity.value, severity.value]
        finding.severity = severity
    if dropped is not None and dropped != finding.dropped:
        changes["dropped"] = [finding.dropped, dropped]
        finding.dropped = dropped
    if not changes:
        raise InvalidInput(_("The override changes nothing: give a new severity or drop it."))
    finding.override_reason = reason.strip()
    uow.changed(
        finding,
        "finding.overridden",
        inspection_id=finding.inspection_id,
        details={"rule": finding.rule_id, "reason": finding.override_reason, **changes},
    )


def edit_finding(
    uow: UnitOfWork,
    finding_id: uuid.UUID,
    *,
    title: str | None = None,
    description: str | None = None,
) -> None:
    """Change a finding's wording (the inspector's notes); the rule behind it is unchanged."""
    finding = _finding(uow, finding_id)
    if title is not None:
        if not title.strip():
            raise InvalidInput(_("A finding needs a title."))
        finding.title = title.strip()
    if description is not None:
        finding.description = description
    uow.changed(finding, "finding.edited", inspection_id=finding.inspection_id)


def add_corrective_action(
    uow: UnitOfWork, finding_id: uuid.UUID, description: str, deadline: dt.date
) -> uuid.UUID:
    finding = uow.session.get(Finding, finding_id)
    if finding is None:
        raise NotFound(_("No finding with id {id}.").format(id=finding_id))
    editable_inspection(uow.session, finding.inspection_id)
    if not description.strip():
        raise InvalidInput(_("A corrective action needs a description."))
    action = CorrectiveAction(
        id=uuid.uuid4(),
        finding_id=finding_id,
        inspection_id=finding.inspection_id,
        description=description.strip(),
        deadline=deadline,
    )
    uow.changed(
        action,
        "corrective_action.added",
        inspection_id=finding.inspection_id,
        details={"deadline": deadline.isoformat()},
    )
    return action.id


def set_action_status(
    uow: UnitOfWork, action_id: uuid.UUID, status: ActionStatus, verification: str = ""
) -> None:
    """Follow a corrective action up; allowed after the inspection is locked."""
    action = uow.session.get(CorrectiveAction, action_id)
    if action is None:
        raise NotFound(_("No corrective action with id {id}.").format(id=action_id))
    action.status = status
    action.verification = verification
    closed = status in (ActionStatus.VERIFIED, ActionStatus.CANCELLED, ActionStatus.DONE)
    action.closed_at = utcnow() if closed else None
    uow.changed(
        action,
        "corrective_action.status",
        inspection_id=action.inspection_id,
        details={"status": status.value},
    )
