"""How far an inspection's worker interviews have gone: each one's required answers still
missing, and the refusal to complete the inspection while some are unfinished. Codes only,
never an identity or an answer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.checklists.state import evaluate_form
from inspector.errors import UnfinishedInterviews
from inspector.i18n import ngettext
from inspector.services.forms import form_of
from inspector.vault.tables import WorkerInterview


@dataclass(frozen=True)
class InterviewRow:
    """One interview as the inspection editor lists it."""

    id: uuid.UUID
    code: str
    consent_given: bool
    missing: int  # required answers not given yet (0: finished)

    @property
    def unfinished(self) -> bool:
        return self.missing > 0


def list_interviews(session: Session, inspection_id: uuid.UUID) -> list[InterviewRow]:
    """The inspection's interviews in the order they were held, each with what it still needs.
    An interview the worker refused is finished: nothing more may be recorded."""
    rows = []
    for interview in session.scalars(
        select(WorkerInterview)
        .where(WorkerInterview.inspection_id == inspection_id)
        .order_by(WorkerInterview.created_at, WorkerInterview.code)
    ):
        missing = 0
        if interview.consent_given and interview.form_snapshot is not None:
            form = form_of(interview.form_snapshot)
            missing = len(evaluate_form(form, interview.answers).missing)
        rows.append(InterviewRow(interview.id, interview.code, interview.consent_given, missing))
    return rows


def unfinished_interviews(session: Session, inspection_id: uuid.UUID) -> int:
    """How many of the inspection's interviews still miss required answers."""
    return sum(1 for row in list_interviews(session, inspection_id) if row.unfinished)


def refuse_unfinished(session: Session, inspection_id: uuid.UUID, reference: str) -> None:
    """``UnfinishedInterviews`` naming how many, when any interview is unfinished."""
    count = unfinished_interviews(session, inspection_id)
    if count:
        raise UnfinishedInterviews(
            ngettext(
                "Inspection {reference} has {n} unfinished worker interview: required answers "
                "are missing. Continue it in the app, or complete with --unfinished-interviews-ok "
                "if the worker could not go on.",
                "Inspection {reference} has {n} unfinished worker interviews: required answers "
                "are missing. Continue them in the app, or complete with "
                "--unfinished-interviews-ok if the workers could not go on.",
                count,
            ).format(reference=reference, n=count),
            count,
        ).in_window(
            ngettext(
                "Inspection {reference} has {n} unfinished worker interview: required answers "
                "are missing. Continue it from the Interviews tab, or complete anyway if the "
                "worker could not go on.",
                "Inspection {reference} has {n} unfinished worker interviews: required answers "
                "are missing. Continue them from the Interviews tab, or complete anyway if the "
                "workers could not go on.",
                count,
            ).format(reference=reference, n=count)
        )
