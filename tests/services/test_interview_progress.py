"""Worker interviews continued and counted at Complete: an interview missing required answers is
listed as unfinished, opens again where it stopped, and Complete refuses while any is unfinished
(saying how many) unless the inspector completes anyway on purpose."""

from __future__ import annotations

import uuid

import pytest

from inspector.checklists.library import shipped_form
from inspector.errors import InspectionLocked, InvalidInput, UnfinishedInterviews
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import (
    complete_inspection,
    get_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.interview_progress import list_interviews
from inspector.services.interviews import (
    add_worker_interview,
    record_interview_answer,
    resume_interview,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import InspectionStatus
from tests.conftest import SMALL_COMPLIANT, small_form

STARTED = {"selection": "inspector_sample", "worker_status": "abroad"}
REST = {
    "private_setting": "yes",
    "interview_language": "Nepali",
    "interpreter_used": "no",
    "fl_indicators": ["deception"],
    "referral_needed": "no",
}


@pytest.fixture
def inspection(vault: Vault) -> uuid.UUID:
    with UnitOfWork(vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-INT-1", "Interview Agency", "NP"))
        inspection_id = start_inspection(uow, agency_id, small_form())
        for path, value in SMALL_COMPLIANT.items():
            record_answer(uow, inspection_id, path, value)
    return inspection_id


def _interview(vault: Vault, inspection: uuid.UUID, answers: dict, consent: bool = True):  # type: ignore[no-untyped-def]
    with UnitOfWork(vault) as uow:
        return add_worker_interview(
            uow,
            inspection,
            consent_given=consent,
            form=shipped_form("worker-interview"),
            answers=answers if consent else None,
        )


def test_complete_refuses_while_interviews_are_unfinished(vault: Vault, inspection: uuid.UUID):
    first = _interview(vault, inspection, STARTED)
    _interview(vault, inspection, STARTED)
    _interview(vault, inspection, {}, consent=False)  # refused: finished, nothing to add
    with vault.reading() as session:
        rows = list_interviews(session, inspection)
    assert [row.missing for row in rows] == [5, 5, 0]
    two = "has 2 unfinished worker interviews"
    with pytest.raises(UnfinishedInterviews, match=two) as refused, UnitOfWork(vault) as uow:
        complete_inspection(uow, inspection)
    assert refused.value.count == 2
    assert first.code not in str(refused.value)  # codes stay out of messages

    # Continued where it stopped: the answers given are there, the rest is asked.
    with vault.reading() as session:
        resumed = resume_interview(session, first.id)
    assert resumed.code == first.code
    assert resumed.evaluation.answers["selection"] == "inspector_sample"
    assert resumed.evaluation.missing == list(REST)
    with UnitOfWork(vault) as uow:
        for path, value in REST.items():
            record_interview_answer(uow, first.id, path, value)
    one = "has 1 unfinished worker interview:"
    with pytest.raises(UnfinishedInterviews, match=one), UnitOfWork(vault) as uow:
        complete_inspection(uow, inspection)

    # The inspector may complete anyway (the worker could not go on).
    with UnitOfWork(vault) as uow:
        complete_inspection(uow, inspection, unfinished_interviews_ok=True)
    with vault.reading() as session:
        assert get_inspection(session, inspection).status is InspectionStatus.COMPLETED
        # Once completed, an interview no longer opens for changes.
        with pytest.raises(InspectionLocked, match="completed"):
            resume_interview(session, first.id)


def test_a_refused_interview_cannot_be_continued(vault: Vault, inspection: uuid.UUID):
    refused = _interview(vault, inspection, {}, consent=False)
    with vault.reading() as session, pytest.raises(InvalidInput, match="did not consent"):
        resume_interview(session, refused.id)
    with UnitOfWork(vault) as uow:
        complete_inspection(uow, inspection)  # a refusal leaves nothing unfinished
