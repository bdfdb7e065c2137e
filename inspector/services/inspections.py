"""Inspections: start, answer, find, complete, lock and amend.

Status moves draft -> in-progress (first answer) -> completed -> locked. A completed inspection can
be reopened; a locked one never changes again (the database refuses it too): corrections are made
in an amendment, a new inspection that references it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import InspectionLocked, InvalidInput, InvalidTransition, NotFound
from inspector.i18n import _
from inspector.services.agencies import get_agency
from inspector.services.forms import question_ids, snapshot_form
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import (
    Agency,
    Answer,
    Finding,
    Inspection,
    InspectionKind,
    InspectionStatus,
)
from inspector.vault.types import utcnow

EDITABLE = (InspectionStatus.DRAFT, InspectionStatus.IN_PROGRESS)


def get_inspection(session: Session, inspection_id: uuid.UUID) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFound(_("No inspection with id {id}.").format(id=inspection_id))
    return inspection


def editable_inspection(session: Session, inspection_id: uuid.UUID) -> Inspection:
    inspection = get_inspection(session, inspection_id)
    if inspection.status not in EDITABLE:
        raise InspectionLocked(
            _(
                "Inspection {reference} is {status}: reopen it, or if it is locked, "
                "record the change as an amendment."
            ).format(reference=inspection.reference, status=inspection.status.value)
        )
    return inspection


def start_inspection(
    uow: UnitOfWork,
    agency_id: uuid.UUID,
    form: dict[str, Any],
    *,
    kind: InspectionKind = InspectionKind.ROUTINE,
    team: Sequence[str] = (),
    place: str = "",
    planned_date: dt.date | None = None,
    announced: bool = False,
    complaint_id: uuid.UUID | None = None,
    follows_up_id: uuid.UUID | None = None,
) -> uuid.UUID:
    agency = get_agency(uow.session, agency_id)
    if kind is InspectionKind.FOLLOW_UP and follows_up_id is None:
        raise InvalidInput(_("A follow-up inspection must name the inspection it follows up."))
    if follows_up_id is not None:
        get_inspection(uow.session, follows_up_id)
    snapshot = snapshot_form(uow.session, form)
    inspection = Inspection(
        id=uuid.uuid4(),
        reference=uow.next_reference("INS"),
        agency_id=agency.id,
        form_snapshot_id=snapshot.id,
        form_id=snapshot.form_id,
        form_version=snapshot.version,
        kind=kind,
        status=InspectionStatus.DRAFT,
        announced=announced,
        team=[name.strip() for name in team if name.strip()],
        place=place,
        planned_date=planned_date,
        complaint_id=complaint_id,
        follows_up_id=follows_up_id,
    )
    uow.changed(
        inspection,
        "inspection.started",
        inspection_id=inspection.id,
        details={"agency_id": str(agency.id), "form": f"{snapshot.form_id}@{snapshot.version}"},
    )
    return inspection.id


@dataclass(frozen=True)
class AnswerSaved:
    answer_id: uuid.UUID
    revision: int
    status: InspectionStatus


def _question_of(path: str) -> str:
    """``interviews[2].fee_paid`` -> ``fee_paid``: the question a path ends in."""
    return path.rsplit(".", 1)[-1].split("[", 1)[0]


def record_answer(
    uow: UnitOfWork, inspection_id: uuid.UUID, question_path: str, value: Any
) -> AnswerSaved:
    """Store one answer (autosave). The first answer moves a draft to in-progress."""
    inspection = editable_inspection(uow.session, inspection_id)
    known = set(question_ids(inspection.form_snapshot.content))
    if _question_of(question_path) not in known:
        raise InvalidInput(
            _("Form {form} has no question '{question}'.").format(
                form=inspection.form_id, question=question_path
            )
        )
    answer = uow.session.scalar(
        select(Answer).where(
            Answer.inspection_id == inspection_id, Answer.question_path == question_path
        )
    )
    if answer is None:
        answer = Answer(
            id=uuid.uuid4(), inspection_id=inspection_id, question_path=question_path, value=value
        )
        action = "answer.recorded"
    elif answer.value == value:
        return AnswerSaved(answer.id, answer.revision, inspection.status)
    else:
        answer.value = value
        action = "answer.changed"
    # The audit event names the question, not the value: answers can identify people.
    uow.changed(answer, action, inspection_id=inspection_id, details={"question": question_path})
    if inspection.status is InspectionStatus.DRAFT:
        inspection.status = InspectionStatus.IN_PROGRESS
        inspection.started_at = utcnow()
        uow.changed(inspection, "inspection.in_progress", inspection_id=inspection_id)
    return AnswerSaved(answer.id, answer.revision, inspection.status)


def answers_of(session: Session, inspection_id: uuid.UUID) -> dict[str, Any]:
    rows = session.execute(
        select(Answer.question_path, Answer.value).where(Answer.inspection_id == inspection_id)
    )
    return {path: value for path, value in rows}


def required_missing(form: dict[str, Any], answers: dict[str, Any]) -> list[str]:
    """Required top-level questions with no answer (the checklist engine refines this)."""
    missing = []
    for section in form.get("sections", []):
        for question in section.get("questions", []):
            if question.get("required") is True and answers.get(question["id"]) in (None, "", []):
                missing.append(str(question["id"]))
    return missing


def _transition(
    uow: UnitOfWork,
    inspection_id: uuid.UUID,
    allowed_from: tuple[InspectionStatus, ...],
    to: InspectionStatus,
) -> Inspection:
    inspection = get_inspection(uow.session, inspection_id)
    if inspection.status not in allowed_from:
        raise InvalidTransition(
            _("Inspection {reference} is {status}; it cannot become {target}.").format(
                reference=inspection.reference, status=inspection.status.value, target=to.value
            )
        )
    return inspection


def complete_inspection(uow: UnitOfWork, inspection_id: uuid.UUID) -> None:
    """Mark the inspection complete; refused, with the list, while required answers are missing."""
    inspection = _transition(
        uow, inspection_id, (InspectionStatus.IN_PROGRESS,), InspectionStatus.COMPLETED
    )
    missing = required_missing(
        inspection.form_snapshot.content, answers_of(uow.session, inspection_id)
    )
    if missing:
        raise InvalidInput(
            _(
                "Inspection {reference} cannot be completed; required answers missing: {list}."
            ).format(reference=inspection.reference, list=", ".join(missing))
        )
    inspection.status = InspectionStatus.COMPLETED
    inspection.completed_at = utcnow()
    uow.changed(inspection, "inspection.completed", inspection_id=inspection_id)


def reopen_inspection(uow: UnitOfWork, inspection_id: uuid.UUID, reason: str) -> None:
    if not reason.strip():
        raise InvalidInput(_("Say why the inspection is reopened."))
    inspection = _transition(
        uow, inspection_id, (InspectionStatus.COMPLETED,), InspectionStatus.IN_PROGRESS
    )
    inspection.status = InspectionStatus.IN_PROGRESS
    inspection.completed_at = None
    uow.changed(
        inspection, "inspection.reopened", inspection_id=inspection_id, details={"reason": reason}
    )


def lock_inspection(uow: UnitOfWork, inspection_id: uuid.UUID) -> None:
    inspection = _transition(
        uow, inspection_id, (InspectionStatus.COMPLETED,), InspectionStatus.LOCKED
    )
    inspection.status = InspectionStatus.LOCKED
    inspection.locked_at = utcnow()
    uow.changed(inspection, "inspection.locked", inspection_id=inspection_id)


def amend_inspection(uow: UnitOfWork, inspection_id: uuid.UUID, reason: str) -> uuid.UUID:
    """Start an amendment of a locked inspection: a new in-progress inspection that references it,
    with its answers and findings copied. The locked original stays as it was."""
    if not reason.strip():
        raise InvalidInput(_("Say why the inspection is amended."))
    original = _transition(
        uow, inspection_id, (InspectionStatus.LOCKED,), InspectionStatus.IN_PROGRESS
    )
    amendment = Inspection(
        id=uuid.uuid4(),
        reference=uow.next_reference("INS"),
        agency_id=original.agency_id,
        form_snapshot_id=original.form_snapshot_id,
        form_id=original.form_id,
        form_version=original.form_version,
        kind=original.kind,
        status=InspectionStatus.IN_PROGRESS,
        announced=original.announced,
        team=list(original.team),
        place=original.place,
        planned_date=original.planned_date,
        started_at=utcnow(),
        notes=original.notes,
        complaint_id=original.complaint_id,
        follows_up_id=original.follows_up_id,
        amends_id=original.id,
    )
    uow.changed(
        amendment,
        "inspection.amendment_started",
        inspection_id=amendment.id,
        details={"amends": str(original.id), "reason": reason},
    )
    for answer in original.answers:
        uow.session.add(
            Answer(
                id=uuid.uuid4(),
                inspection_id=amendment.id,
                question_path=answer.question_path,
                value=answer.value,
            )
        )
    for finding in original.findings:
        uow.session.add(
            Finding(
                id=uuid.uuid4(),
                inspection_id=amendment.id,
                source=finding.source,
                rule_id=finding.rule_id,
                question_path=finding.question_path,
                severity=finding.severity,
                standard=finding.standard,
                title=finding.title,
                description=finding.description,
                evidence=dict(finding.evidence),
                dropped=finding.dropped,
                override_reason=finding.override_reason,
            )
        )
    return amendment.id


@dataclass(frozen=True)
class InspectionRow:
    id: uuid.UUID
    reference: str
    status: InspectionStatus
    kind: InspectionKind
    agency_id: uuid.UUID
    agency_name: str
    licence_number: str
    form_id: str
    form_version: str
    planned_date: dt.date | None
    started_at: dt.datetime | None
    completed_at: dt.datetime | None
    amends_id: uuid.UUID | None


def list_inspections(
    session: Session,
    *,
    status: InspectionStatus | None = None,
    agency_id: uuid.UUID | None = None,
    kind: InspectionKind | None = None,
) -> list[InspectionRow]:
    query = (
        select(
            Inspection.id,
            Inspection.reference,
            Inspection.status,
            Inspection.kind,
            Agency.id,
            Agency.name,
            Agency.licence_number,
            Inspection.form_id,
            Inspection.form_version,
            Inspection.planned_date,
            Inspection.started_at,
            Inspection.completed_at,
            Inspection.amends_id,
        )
        .join(Agency, Agency.id == Inspection.agency_id)
        .order_by(Inspection.created_at.desc(), Inspection.reference)
    )
    if status is not None:
        query = query.where(Inspection.status == status)
    if agency_id is not None:
        query = query.where(Inspection.agency_id == agency_id)
    if kind is not None:
        query = query.where(Inspection.kind == kind)
    return [InspectionRow(*row) for row in session.execute(query)]
