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

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from inspector.checklists.answers import PATH, entry_path, normalise
from inspector.checklists.model import Form, Purpose, QuestionType
from inspector.checklists.state import Evaluation, evaluate_form
from inspector.errors import InspectionLocked, InvalidInput, InvalidTransition, NotFound
from inspector.i18n import _
from inspector.services.agencies import agency_search_clause, get_agency
from inspector.services.derivation import refresh_findings
from inspector.services.forms import form_of, snapshot_form
from inspector.services.sync_contact import refuse_new_inspection_when_overdue
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import (
    ActionStatus,
    Agency,
    Answer,
    CorrectiveAction,
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


def find_inspection(session: Session, reference_or_id: str) -> Inspection:
    """An inspection by its reference (INS-2026-...) or its id."""
    inspection = session.scalar(
        select(Inspection).where(Inspection.reference == reference_or_id.strip().upper())
    )
    if inspection is None:
        try:
            inspection = session.get(Inspection, uuid.UUID(reference_or_id))
        except ValueError:
            inspection = None
    if inspection is None:
        raise NotFound(_("No inspection '{ref}'.").format(ref=reference_or_id))
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
    form: Form | dict[str, Any],
    *,
    kind: InspectionKind = InspectionKind.ROUTINE,
    team: Sequence[str] = (),
    place: str = "",
    planned_date: dt.date | None = None,
    announced: bool = False,
    complaint_id: uuid.UUID | None = None,
    follows_up_id: uuid.UUID | None = None,
) -> uuid.UUID:
    refuse_new_inspection_when_overdue(uow.session)  # the ministry's "sync every N days"
    agency = get_agency(uow.session, agency_id)
    if kind is InspectionKind.FOLLOW_UP and follows_up_id is None:
        raise InvalidInput(_("A follow-up inspection must name the inspection it follows up."))
    if follows_up_id is not None:
        get_inspection(uow.session, follows_up_id)
    snapshot = snapshot_form(uow.session, form)
    stored_form = form_of(snapshot)
    if stored_form.purpose not in (Purpose.INSPECTION, Purpose.FOLLOW_UP):
        raise InvalidInput(
            _("Checklist {form} is a {purpose} form, not an inspection checklist.").format(
                form=stored_form.id, purpose=stored_form.purpose.value
            )
        )
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
        legal_overlay_sha256=_overlay_in_force(uow.session),
    )
    uow.changed(
        inspection,
        "inspection.started",
        inspection_id=inspection.id,
        details={"agency_id": str(agency.id), "form": f"{snapshot.form_id}@{snapshot.version}"},
    )
    if follows_up_id is not None:
        _prefill_follow_up(uow, inspection, stored_form, follows_up_id)
    return inspection.id


def _overlay_in_force(session: Session) -> str | None:
    """The SHA-256 of the newest legal provisions overlay installed, which the inspection cites."""
    from inspector.services.legal_overlays import overlay_in_force

    row = overlay_in_force(session)
    return row.sha256 if row is not None else None


def _prefill_follow_up(
    uow: UnitOfWork, inspection: Inspection, form: Form, follows_up_id: uuid.UUID
) -> None:
    """One entry per open corrective action of the inspection followed up, in each repeat that
    asks for it (``prefill: open_corrective_actions``)."""
    actions = list(
        uow.session.scalars(
            select(CorrectiveAction)
            .where(
                CorrectiveAction.inspection_id == follows_up_id,
                CorrectiveAction.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
            )
            .order_by(CorrectiveAction.deadline, CorrectiveAction.created_at)
        )
    )
    for question in form.all_questions().values():
        if question.prefill != "open_corrective_actions" or not actions:
            continue
        keys = [action.id.hex[:12] for action in actions]
        _store(uow, inspection, question.id, keys)
        for key, action in zip(keys, actions, strict=True):
            finding = action.finding
            values = {
                "action_id": str(action.id),
                "action": action.description,
                "deadline": action.deadline.isoformat(),
                "finding": finding.title,
                "severity": finding.severity.value,
                "standards": finding.standard,
            }
            for child in question.questions:
                if child.prefill in values:
                    _store(uow, inspection, entry_path(question.id, key, child.id),
                           values[child.prefill])  # fmt: skip


def _store(uow: UnitOfWork, inspection: Inspection, path: str, value: Any) -> str | None:
    """Write one stored answer (None deletes it); the audit action, or None if nothing changed."""
    answer = uow.session.scalar(
        select(Answer).where(Answer.inspection_id == inspection.id, Answer.question_path == path)
    )
    # The audit event names the question, not the value: answers can identify people.
    if value is None:
        if answer is None:
            return None
        uow.changed(answer, "answer.cleared", inspection_id=inspection.id,
                    details={"question": path}, operation="delete")  # fmt: skip
        uow.session.delete(answer)
        return "answer.cleared"
    if answer is None:
        answer = Answer(
            id=uuid.uuid4(), inspection_id=inspection.id, question_path=path, value=value
        )
        action = "answer.recorded"
    elif answer.value == value:
        return None
    else:
        answer.value = value
        action = "answer.changed"
    uow.changed(answer, action, inspection_id=inspection.id, details={"question": path})
    return action


@dataclass(frozen=True)
class AnswerSaved:
    status: InspectionStatus
    changed: bool
    evaluation: Evaluation


def inspection_form(session: Session, inspection: Inspection) -> Form:
    """The exact form version the inspection was started with."""
    return form_of(inspection.form_snapshot)


def record_answer(
    uow: UnitOfWork,
    inspection_id: uuid.UUID,
    question_path: str,
    value: Any,
    *,
    today: dt.date | None = None,
) -> AnswerSaved:
    """Store one answer (autosave; ``None`` clears it) and bring the derived findings up to date.
    The first answer moves a draft to in-progress. A value of the wrong kind is refused, naming
    the question; one that breaks a constraint is kept and reported as invalid."""
    inspection = editable_inspection(uow.session, inspection_id)
    form = inspection_form(uow.session, inspection)
    match = PATH.match(question_path)
    question = form.all_questions().get(match.group("question")) if match else None
    if match is None or question is None:
        raise InvalidInput(
            _("Form {form} has no question '{question}'.").format(
                form=form.key, question=question_path
            )
        )
    repeat = match.group("repeat")
    if question.repeat != repeat:
        where = question.repeat or _("outside any repeat")
        raise InvalidInput(
            _("Question '{question}' sits in {where}, not where '{path}' puts it.").format(
                question=question.id, where=where, path=question_path
            )
        )
    if question.readonly or question.type in (QuestionType.CALCULATE, QuestionType.NOTE):
        raise InvalidInput(
            _("'{question}' is filled in by the app, not by hand.").format(question=question.id)
        )
    answers = answers_of(uow.session, inspection_id)
    if repeat is not None and match.group("entry") not in (answers.get(repeat) or []):
        raise InvalidInput(
            _("Repeat '{repeat}' has no entry '{entry}'; add the entry first.").format(
                repeat=repeat, entry=match.group("entry")
            )
        )
    stored = normalise(question, value)
    action = _store(uow, inspection, question_path, stored)
    if stored is None:
        answers.pop(question_path, None)
    else:
        answers[question_path] = stored
    if action is not None and inspection.status is InspectionStatus.DRAFT:
        inspection.status = InspectionStatus.IN_PROGRESS
        inspection.started_at = utcnow()
        uow.changed(inspection, "inspection.in_progress", inspection_id=inspection_id)
    today = today or dt.date.today()
    evaluation = _follow_counts(uow, inspection, form, answers, today)
    if action is not None:
        refresh_findings(uow, inspection, form, evaluation, today)
    return AnswerSaved(inspection.status, action is not None, evaluation)


def _follow_counts(
    uow: UnitOfWork, inspection: Inspection, form: Form, answers: dict[str, Any], today: dt.date
) -> Evaluation:
    """Evaluate, after giving each repeat with a repeat_count the entries it asks for (blank
    entries past a lower count are removed; entries holding answers are left to the inspector)."""
    from inspector.checklists.repeat_counts import entries_following_counts

    evaluation = evaluate_form(form, answers, today=today)
    changed = entries_following_counts(evaluation)
    if not changed:
        return evaluation
    for repeat, keys in changed.items():
        _store(uow, inspection, repeat, keys)
        if keys is None:
            answers.pop(repeat, None)
        else:
            answers[repeat] = keys
    return evaluate_form(form, answers, today=today)


def follow_repeat_counts(
    uow: UnitOfWork, inspection_id: uuid.UUID, *, today: dt.date | None = None
) -> bool:
    """Give the repeats with a repeat_count the entries the answers ask for (an inspection
    opened whose counts were given elsewhere, or by a constant); True when entries changed."""
    inspection = editable_inspection(uow.session, inspection_id)
    form = inspection_form(uow.session, inspection)
    answers = answers_of(uow.session, inspection_id)
    before = {k: v for k, v in answers.items() if "[" not in k}
    _follow_counts(uow, inspection, form, answers, today or dt.date.today())
    return before != {k: v for k, v in answers.items() if "[" not in k}


def add_entry(uow: UnitOfWork, inspection_id: uuid.UUID, repeat: str) -> str:
    """A new entry in a repeat (a worker's payment, say); its key for the entry's answers."""
    keys = list(answers_of(uow.session, inspection_id).get(repeat) or [])
    key = uuid.uuid4().hex[:12]
    record_answer(uow, inspection_id, repeat, [*keys, key])
    return key


def remove_entry(uow: UnitOfWork, inspection_id: uuid.UUID, repeat: str, key: str) -> None:
    """Remove a repeat entry and every answer given in it."""
    answers = answers_of(uow.session, inspection_id)
    keys = list(answers.get(repeat) or [])
    if key not in keys:
        raise NotFound(
            _("Repeat '{repeat}' has no entry '{entry}'.").format(repeat=repeat, entry=key)
        )
    inspection = editable_inspection(uow.session, inspection_id)
    prefix = f"{repeat}[{key}]."
    for path in answers:
        if path.startswith(prefix):
            _store(uow, inspection, path, None)
    keys.remove(key)
    record_answer(uow, inspection_id, repeat, keys or None)


def answers_of(session: Session, inspection_id: uuid.UUID) -> dict[str, Any]:
    rows = session.execute(
        select(Answer.question_path, Answer.value).where(Answer.inspection_id == inspection_id)
    )
    return {path: value for path, value in rows}


def evaluation_of(
    session: Session, inspection_id: uuid.UUID, *, today: dt.date | None = None
) -> Evaluation:
    """What the inspection's answers mean under its own form version."""
    inspection = get_inspection(session, inspection_id)
    return evaluate_form(
        inspection_form(session, inspection), answers_of(session, inspection_id), today=today
    )


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


def complete_inspection(
    uow: UnitOfWork, inspection_id: uuid.UUID, *, unfinished_interviews_ok: bool = False
) -> None:
    """Mark the inspection complete; refused, with the list, while required answers are missing,
    and (unless ``unfinished_interviews_ok``: the inspector chose to) while worker interviews
    miss required answers, saying how many."""
    inspection = _transition(
        uow, inspection_id, (InspectionStatus.IN_PROGRESS,), InspectionStatus.COMPLETED
    )
    evaluation = evaluation_of(uow.session, inspection_id)
    if evaluation.problems:
        items = [
            _("{question} (missing)").format(question=p.path)
            if p.missing
            else _("{question} ({problem})").format(question=p.path, problem=p.message)
            for p in evaluation.problems
        ]
        raise InvalidInput(
            _("Inspection {reference} cannot be completed yet: {list}.").format(
                reference=inspection.reference, list="; ".join(items)
            )
        )
    if not unfinished_interviews_ok:
        from inspector.services.interview_progress import refuse_unfinished

        refuse_unfinished(uow.session, inspection.id, inspection.reference)
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


def delete_inspection(uow: UnitOfWork, inspection_id: uuid.UUID, reason: str) -> str:
    """Delete an inspection not yet completed (started by mistake, or twice), with everything
    recorded in it; the reason stays in the audit trail. Completed and locked inspections are
    kept: reopen a completed one, amend a locked one. Returns the deleted reference."""
    from inspector.vault.tables import Attachment, WorkerInterview

    if not reason.strip():
        raise InvalidInput(_("Say why the inspection is deleted."))
    inspection = get_inspection(uow.session, inspection_id)
    if inspection.status not in EDITABLE:
        raise InvalidTransition(
            _(
                "Inspection {reference} is {status}: only an inspection not yet completed can "
                "be deleted. Reopen a completed one to change it; amend a locked one."
            ).format(reference=inspection.reference, status=inspection.status.value)
        )
    later = uow.session.scalar(
        select(Inspection.reference).where(
            or_(Inspection.follows_up_id == inspection_id, Inspection.amends_id == inspection_id)
        )
    )
    if later is not None:
        raise InvalidTransition(
            _("Inspection {reference} is followed up by {other}: delete that one first.").format(
                reference=inspection.reference, other=later
            )
        )
    children: list[Any] = [
        *uow.session.scalars(
            select(CorrectiveAction).where(CorrectiveAction.inspection_id == inspection_id)
        ),
        *inspection.findings,
        *inspection.answers,
        *uow.session.scalars(select(Attachment).where(Attachment.inspection_id == inspection_id)),
        *uow.session.scalars(
            select(WorkerInterview).where(WorkerInterview.inspection_id == inspection_id)
        ),
    ]
    for child in children:
        uow.changed(child, f"{child.__tablename__}.deleted", inspection_id=inspection_id,
                    operation="delete")  # fmt: skip
        uow.session.delete(child)
        uow.session.flush()
    reference = inspection.reference
    uow.session.expire(inspection)  # its collections still hold the children just deleted
    uow.changed(inspection, "inspection.deleted", inspection_id=inspection_id,
                details={"reason": reason, "reference": reference}, operation="delete")  # fmt: skip
    uow.session.delete(inspection)
    return reference


def lock_inspection(uow: UnitOfWork, inspection_id: uuid.UUID) -> None:
    """Lock a completed inspection for good. The lock event records the digest of its whole
    content, signed with the inspector's key when the vault has one (``inspector.vault.seal``),
    and the chain head is signed after it."""
    from inspector.vault.seal import LOCK_ACTION, seal_lock, sign_head

    inspection = _transition(
        uow, inspection_id, (InspectionStatus.COMPLETED,), InspectionStatus.LOCKED
    )
    details = seal_lock(uow.session, inspection_id)  # the content as it is, before the lock
    inspection.status = InspectionStatus.LOCKED
    inspection.locked_at = utcnow()
    uow.changed(inspection, LOCK_ACTION, inspection_id=inspection_id, details=details)
    sign_head(uow.session, uow.actor)


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
        legal_overlay_sha256=original.legal_overlay_sha256,
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
    agency_search: str = "",
    since: dt.date | None = None,
) -> list[InspectionRow]:
    """Inspections newest first, filtered in SQL: ``agency_search`` by the agency registry's
    full-text index (prefix words), ``since`` by the planned date, else the day work started."""
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
    clause = agency_search_clause(agency_search)
    if clause is not None:
        query = query.where(clause)
    if since is not None:
        day = func.coalesce(Inspection.planned_date, func.date(Inspection.started_at))
        query = query.where(or_(day.is_(None), day >= since))
    return [InspectionRow(*row) for row in session.execute(query)]
