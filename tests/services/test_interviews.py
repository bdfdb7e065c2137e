"""Worker interviews on an interview checklist: consent first, answers checked against the
form version kept with the interview, and results only in aggregate."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from inspector.checklists.loader import load_file
from inspector.errors import InvalidInput
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import start_inspection
from inspector.services.interviews import (
    add_worker_interview,
    interview_summary,
    record_interview_answer,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import AuditEvent, WorkerInterview
from tests.conftest import SMALL_FORM_PATH, small_form

INTERVIEW = load_file(SMALL_FORM_PATH.with_name("small-interview.yaml"))


@pytest.fixture
def inspection(vault: Vault) -> uuid.UUID:
    with UnitOfWork(vault) as uow:
        agency = create_agency(uow, AgencyData("NP-300", "Interview Agency", "NP"))
        return start_inspection(uow, agency, small_form())


def test_an_interview_keeps_its_form_version_and_checked_answers(
    vault: Vault, inspection: uuid.UUID
) -> None:
    with UnitOfWork(vault) as uow:
        saved = add_worker_interview(
            uow, inspection, consent_given=True, form=INTERVIEW, answers={"paid_agency": "yes"}
        )
        record_interview_answer(uow, saved.id, "passport_holder", "agency")
    with vault.reading() as session:
        interview = session.get(WorkerInterview, saved.id)
        assert interview is not None
        assert interview.form_snapshot is not None
        assert interview.form_snapshot.form_id == "small-interview"
        assert interview.answers == {
            "paid_agency": "yes",
            "consent": "yes",
            "passport_holder": "agency",
        }
        details = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "worker_interview.answered")
        ).one()
        assert details == {"question": "passport_holder"}  # never the answer


def test_interview_answers_are_refused_without_consent_or_of_the_wrong_kind(
    vault: Vault, inspection: uuid.UUID
) -> None:
    with pytest.raises(InvalidInput, match="did not consent"), UnitOfWork(vault) as uow:
        add_worker_interview(
            uow, inspection, consent_given=False, form=INTERVIEW, answers={"paid_agency": "no"}
        )
    with UnitOfWork(vault) as uow:
        refused = add_worker_interview(uow, inspection, consent_given=False, form=INTERVIEW)
        given = add_worker_interview(uow, inspection, consent_given=True, form=INTERVIEW)
    with pytest.raises(InvalidInput, match="did not consent"), UnitOfWork(vault) as uow:
        record_interview_answer(uow, refused.id, "paid_agency", "yes")
    for path, value, message in [
        ("passport_holder", "cousin", "must be one of self, agency, employer"),
        ("worker_name", "A. Person", "has no question 'worker_name'"),
        ("consent", "no", "Consent is recorded when the interview starts"),
    ]:
        with pytest.raises(InvalidInput, match=message), UnitOfWork(vault) as uow:
            record_interview_answer(uow, given.id, path, value)


def test_results_are_counted_per_rule_never_per_worker(vault: Vault, inspection: uuid.UUID) -> None:
    answers = [
        {"paid_agency": "yes", "passport_holder": "agency"},
        {"paid_agency": "yes", "passport_holder": "self"},
        {"paid_agency": "no", "passport_holder": "self"},
        {"paid_agency": "yes"},
    ]
    with UnitOfWork(vault) as uow:
        for given in answers:
            add_worker_interview(uow, inspection, consent_given=True, form=INTERVIEW, answers=given)
        add_worker_interview(uow, inspection, consent_given=False, form=INTERVIEW)
    with vault.reading() as session:
        summary = interview_summary(session, inspection)
    assert (summary.interviewed, summary.consented) == (5, 4)
    assert summary.by_rule == {"passport-retained": 1, "worker-paid-fee": 3}
