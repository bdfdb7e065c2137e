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


def _action(uow: UnitOfWork, action_id: uuid.UUID) -> CorrectiveAction:
    action = uow.session.get(CorrectiveAction, action_id)
    if action is None:
        raise NotFound(_("No corrective action with id {id}.").format(id=action_id))
    return action


def _checked_date(on: dt.date, today: dt.date | None, what: str) -> None:
    today = today or dt.date.today()
    if on > today:
        raise InvalidInput(
            _("The date {what} ({date}) is in the future: give the day it happened.").format(
                what=what, date=on.isoformat()
            )
        )


def mark_action_done(
    uow: UnitOfWork,
    action_id: uuid.UUID,
    *,
    on: dt.date,
    note: str,
    today: dt.date | None = None,
) -> None:
    """The agency carried the action out on ``on``; ``note`` says what proof it gave. Allowed
    after the inspection is locked (follow-up is not an edit of the inspection). The action
    leaves the lists of actions due and overdue."""
    action = _action(uow, action_id)
    if action.status in (ActionStatus.VERIFIED, ActionStatus.CANCELLED):
        raise InvalidInput(
            _("The corrective action '{action}' is already {status}.").format(
                action=action.description, status=action.status.value
            )
        )
    _checked_date(on, today, _("it was done"))
    if not note.strip():
        raise InvalidInput(
            _("Say how the agency showed the action '{action}' was done (a note).").format(
                action=action.description
            )
        )
    action.done_on = on
    action.done_note = note.strip()
    _close(uow, action, ActionStatus.DONE, on)


def verify_action(
    uow: UnitOfWork,
    action_id: uuid.UUID,
    *,
    on: dt.date,
    note: str,
    today: dt.date | None = None,
) -> None:
    """The inspector checked on ``on`` that the action was carried out; ``note`` says how (a
    visit, documents seen). An action not marked done yet is marked done on the same day."""
    action = _action(uow, action_id)
    if action.status is ActionStatus.CANCELLED:
        raise InvalidInput(
            _("The corrective action '{action}' was cancelled: there is nothing to verify.").format(
                action=action.description
            )
        )
    _checked_date(on, today, _("it was verified"))
    if action.done_on is not None and on < action.done_on:
        raise InvalidInput(
            _(
                "The action '{action}' was done on {done}: it cannot be verified before, on {date}."
            ).format(
                action=action.description, done=action.done_on.isoformat(), date=on.isoformat()
            )
        )
    if not note.strip():
        raise InvalidInput(
            _("Say how the action '{action}' was verified (a visit, documents seen).").format(
                action=action.description
            )
        )
    if action.done_on is None:
        action.done_on = on
    action.verified_on = on
    action.verification = note.strip()
    _close(uow, action, ActionStatus.VERIFIED, on)


def _close(uow: UnitOfWork, action: CorrectiveAction, status: ActionStatus, on: dt.date) -> None:
    action.status = status
    action.closed_at = utcnow()
    uow.changed(
        action,
        f"corrective_action.{status.value}",
        inspection_id=action.inspection_id,
        details={"on": on.isoformat()},
    )


def start_follow_up(
    uow: UnitOfWork,
    *,
    action_id: uuid.UUID | None = None,
    agency_id: uuid.UUID | None = None,
    team: list[str] | None = None,
) -> uuid.UUID:
    """A follow-up inspection of the inspection an overdue action came from (``action_id``), or
    of the agency's latest completed inspection with open actions (``agency_id``), its open
    actions prefilled. A follow-up of it already under way is returned instead of a second."""
    from sqlalchemy import select

    from inspector.checklists.library import shipped_form
    from inspector.services.inspections import start_inspection
    from inspector.vault.tables import Inspection, InspectionKind, InspectionStatus

    issued = (InspectionStatus.COMPLETED, InspectionStatus.LOCKED)
    if action_id is not None:
        followed = uow.session.get(Inspection, _action(uow, action_id).inspection_id)
    elif agency_id is not None:
        base = select(Inspection).where(
            Inspection.agency_id == agency_id, Inspection.status.in_(issued)
        )
        with_open = base.where(
            Inspection.id.in_(
                select(CorrectiveAction.inspection_id).where(
                    CorrectiveAction.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
                )
            )
        )
        latest = (Inspection.completed_at.desc(), Inspection.reference.desc())
        followed = uow.session.scalar(with_open.order_by(*latest).limit(1)) or uow.session.scalar(
            base.order_by(*latest).limit(1)
        )
    else:
        raise InvalidInput(_("Name the corrective action or the agency to follow up."))
    if followed is None or followed.status not in issued:
        raise InvalidInput(
            _(
                "This agency has no completed inspection to follow up yet: start a routine "
                "inspection instead."
            )
        )
    under_way = uow.session.scalar(
        select(Inspection.id).where(
            Inspection.follows_up_id == followed.id,
            Inspection.status.in_((InspectionStatus.DRAFT, InspectionStatus.IN_PROGRESS)),
        )
    )
    if under_way is not None:
        return under_way
    return start_inspection(
        uow,
        followed.agency_id,
        shipped_form("follow-up-inspection"),
        kind=InspectionKind.FOLLOW_UP,
        team=team or [],
        follows_up_id=followed.id,
    )
