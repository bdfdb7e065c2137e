"""Confidential worker interviews. A worker is a pseudonymous code; a real identity, if kept at
all, stays in its own table in the vault and never goes into an audit event, a sync, an export or
a report."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.checklists.answers import PATH, normalise
from inspector.checklists.model import Form, Purpose
from inspector.checklists.state import Evaluation, evaluate_form
from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.forms import form_of, snapshot_form
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


CONSENT_QUESTION = "consent"


def _checked_answers(form: Form, answers: dict[str, Any]) -> dict[str, Any]:
    """Answers normalised against the interview form; a wrong one is refused by question."""
    questions = form.all_questions()
    checked: dict[str, Any] = {}
    for path, value in answers.items():
        match = PATH.match(path)
        question = questions.get(match.group("question")) if match else None
        if match is None or question is None or question.repeat != match.group("repeat"):
            raise InvalidInput(
                _("Form {form} has no question '{question}'.").format(form=form.key, question=path)
            )
        stored = normalise(question, value)
        if stored is not None:
            checked[path] = stored
    return checked


def add_worker_interview(
    uow: UnitOfWork,
    inspection_id: uuid.UUID,
    *,
    consent_given: bool,
    answers: dict[str, Any] | None = None,
    form: Form | None = None,
    language: str = "",
    interpreter_used: bool = False,
    notes: str = "",
    identity: WorkerIdentityData | None = None,
) -> InterviewSaved:
    """Record an interview. Consent comes first: without it nothing but the refusal is kept.
    With ``form`` (an interview checklist), answers are checked against it and the form version
    is kept with the interview, as for inspections."""
    editable_inspection(uow.session, inspection_id)
    if not consent_given and (answers or notes or identity):
        raise InvalidInput(
            _("The worker did not consent: no answers, notes or identity may be recorded.")
        )
    snapshot_id = None
    if form is not None:
        if form.purpose is not Purpose.INTERVIEW:
            raise InvalidInput(
                _("Checklist {form} is not an interview form.").format(form=form.key)
            )
        snapshot_id = snapshot_form(uow.session, form).id
        answers = _checked_answers(form, answers or {})
        if CONSENT_QUESTION in form.all_questions():
            answers[CONSENT_QUESTION] = "yes" if consent_given else "no"
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
        form_snapshot_id=snapshot_id,
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


def record_interview_answer(
    uow: UnitOfWork, interview_id: uuid.UUID, question_path: str, value: Any
) -> Evaluation:
    """Autosave one answer of an interview; refused without consent, like everything else."""
    interview = _interview(uow, interview_id)
    editable_inspection(uow.session, interview.inspection_id)
    if not interview.consent_given:
        raise InvalidInput(
            _("The worker did not consent: no answers, notes or identity may be recorded.")
        )
    if interview.form_snapshot is None:
        raise InvalidInput(_("This interview was not recorded on an interview checklist."))
    form = form_of(interview.form_snapshot)
    if question_path == CONSENT_QUESTION:
        raise InvalidInput(_("Consent is recorded when the interview starts."))
    answers = dict(interview.answers)
    stored = _checked_answers(form, {question_path: value}).get(question_path)
    if stored is None:
        answers.pop(question_path, None)
    else:
        answers[question_path] = stored
    if answers != interview.answers:
        interview.answers = answers
        # Which question, never the answer: interviews are confidential.
        uow.changed(
            interview,
            "worker_interview.answered",
            inspection_id=interview.inspection_id,
            details={"question": question_path},
        )
    return evaluate_form(form, answers)


def _interview(uow: UnitOfWork, interview_id: uuid.UUID) -> WorkerInterview:
    interview = uow.session.get(WorkerInterview, interview_id)
    if interview is None:
        raise NotFound(_("No worker interview with id {id}.").format(id=interview_id))
    return interview


@dataclass(frozen=True)
class InterviewSummary:
    """Interview results in aggregate: how many workers' answers triggered each rule. Codes
    and identities never appear here; the report hides any count under its minimum cell."""

    interviewed: int
    consented: int
    by_rule: dict[str, int]


def interview_summary(session: Session, inspection_id: uuid.UUID) -> InterviewSummary:
    interviews = session.scalars(
        select(WorkerInterview).where(WorkerInterview.inspection_id == inspection_id)
    ).all()
    by_rule: dict[str, int] = {}
    for interview in interviews:
        if not interview.consent_given or interview.form_snapshot is None:
            continue
        evaluation = evaluate_form(form_of(interview.form_snapshot), interview.answers)
        for rule in {finding.rule_id for finding in evaluation.findings}:
            by_rule[rule] = by_rule.get(rule, 0) + 1
    return InterviewSummary(
        interviewed=len(interviews),
        consented=sum(1 for i in interviews if i.consent_given),
        by_rule=dict(sorted(by_rule.items())),
    )


def interview_answers(session: Session, interview_id: uuid.UUID) -> dict[str, Any]:
    interview = session.get(WorkerInterview, interview_id)
    if interview is None:
        raise NotFound(_("No worker interview with id {id}.").format(id=interview_id))
    return dict(interview.answers)


def set_interview_entries(
    uow: UnitOfWork, interview_id: uuid.UUID, repeat: str, keys: list[str]
) -> Evaluation:
    """Set a repeat's entries (add or remove one); answers of a removed entry go with it."""
    interview = _interview(uow, interview_id)
    kept = set(keys)

    def removed(path: str) -> bool:
        return path.startswith(f"{repeat}[") and path.split("[", 1)[1].split("]", 1)[0] not in kept

    answers = {path: value for path, value in interview.answers.items() if not removed(path)}
    if answers != interview.answers:
        interview.answers = answers
    return record_interview_answer(uow, interview_id, repeat, keys or None)


@dataclass(frozen=True)
class InterviewResumed:
    id: uuid.UUID
    code: str
    form: Form
    evaluation: Evaluation


def resume_interview(session: Session, interview_id: uuid.UUID) -> InterviewResumed:
    """An interview opened again to continue it, under the form version it was started on;
    refused when the worker did not consent, or the inspection can no longer change."""
    interview = session.get(WorkerInterview, interview_id)
    if interview is None:
        raise NotFound(_("No worker interview with id {id}.").format(id=interview_id))
    editable_inspection(session, interview.inspection_id)
    if not interview.consent_given:
        raise InvalidInput(
            _("Worker {code} did not consent: the interview cannot be continued.").format(
                code=interview.code
            )
        )
    if interview.form_snapshot is None:
        raise InvalidInput(_("This interview was not recorded on an interview checklist."))
    form = form_of(interview.form_snapshot)
    return InterviewResumed(
        interview.id, interview.code, form, evaluate_form(form, interview.answers)
    )
