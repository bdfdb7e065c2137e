"""Inspection lifecycle through the services: autosave, completion, lock, amendment."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select, text

from inspector.errors import InspectionLocked, InvalidInput, InvalidTransition
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.evidence import add_attachment, read_attachment
from inspector.services.findings import add_corrective_action, add_finding, set_action_status
from inspector.services.inspections import (
    add_entry,
    amend_inspection,
    answers_of,
    complete_inspection,
    get_inspection,
    list_inspections,
    lock_inspection,
    record_answer,
    reopen_inspection,
    start_inspection,
)
from inspector.services.interviews import add_worker_interview
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import verify_chain
from inspector.vault.store import Vault
from inspector.vault.tables import (
    ActionStatus,
    Answer,
    AuditEvent,
    InspectionStatus,
    OutboxEntry,
    Severity,
)
from tests.conftest import SMALL_COMPLIANT, small_form
from tests.services.test_evidence import photo

COMPLIANT = SMALL_COMPLIANT


@pytest.fixture
def inspection(vault: Vault) -> uuid.UUID:
    with UnitOfWork(vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-100", "Lifecycle Agency", "NP"))
        return start_inspection(uow, agency_id, small_form(), team=["A. Inspector"])


def _status(vault: Vault, inspection_id: uuid.UUID) -> InspectionStatus:
    with vault.reading() as session:
        return get_inspection(session, inspection_id).status


def test_answers_autosave_with_revision_audit_and_outbox(vault: Vault, inspection: uuid.UUID):
    assert _status(vault, inspection) is InspectionStatus.DRAFT
    with UnitOfWork(vault) as uow:
        first = record_answer(uow, inspection, "licence_in_scope", "yes")
    assert first.status is InspectionStatus.IN_PROGRESS and first.changed
    with UnitOfWork(vault) as uow:
        second = record_answer(uow, inspection, "licence_in_scope", "no")
        same = record_answer(uow, inspection, "licence_in_scope", "no")
    assert second.changed and not same.changed
    with vault.reading() as session:
        assert answers_of(session, inspection) == {"licence_in_scope": "no"}
        answer = session.scalars(select(Answer)).one()
        assert answer.revision == 2
        outbox = session.scalars(
            select(OutboxEntry.revision).where(OutboxEntry.entity_id == str(answer.id))
        ).all()
        assert outbox == [1, 2]
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert actions[-3:] == ["answer.recorded", "inspection.in_progress", "answer.changed"]
        assert verify_chain(session).intact


def test_unknown_question_is_refused_and_nothing_stored(vault: Vault, inspection: uuid.UUID):
    with pytest.raises(InvalidInput, match="no question 'fee_paid'"), UnitOfWork(vault) as uow:
        record_answer(uow, inspection, "licence_displayed", "yes")
        record_answer(uow, inspection, "fee_paid", "yes")
    with vault.reading() as session:
        assert answers_of(session, inspection) == {}  # the whole unit of work rolled back
        assert _status(vault, inspection) is InspectionStatus.DRAFT


def test_complete_refused_with_the_missing_list_then_lock(vault: Vault, inspection: uuid.UUID):
    with UnitOfWork(vault) as uow:
        record_answer(uow, inspection, "licence_displayed", "yes")
    with pytest.raises(InvalidInput) as refused, UnitOfWork(vault) as uow:
        complete_inspection(uow, inspection)
    assert str(refused.value).endswith(
        "cannot be completed yet: licence_expiry (missing); licence_in_scope (missing); "
        "fees_charged_to_workers (missing); passports_held (missing)."
    )
    with UnitOfWork(vault) as uow:
        for question, value in COMPLIANT.items():
            record_answer(uow, inspection, question, value)
        finding = add_finding(uow, inspection, severity=Severity.MAJOR, title="No fee schedule")
        action = add_corrective_action(uow, finding, "Post the fee schedule", dt.date(2027, 1, 31))
        complete_inspection(uow, inspection)
    with pytest.raises(InspectionLocked), UnitOfWork(vault) as uow:
        record_answer(uow, inspection, "fee_notes", "late note")
    with UnitOfWork(vault) as uow:
        reopen_inspection(uow, inspection, "agency sent a receipt")
        record_answer(uow, inspection, "fee_notes", "receipt received")
        complete_inspection(uow, inspection)
        lock_inspection(uow, inspection)
    assert _status(vault, inspection) is InspectionStatus.LOCKED
    with pytest.raises(InvalidTransition), UnitOfWork(vault) as uow:
        reopen_inspection(uow, inspection, "try")
    with pytest.raises(InspectionLocked), UnitOfWork(vault) as uow:
        add_finding(uow, inspection, severity=Severity.MINOR, title="late finding")
    # Following the corrective action up is still allowed.
    with UnitOfWork(vault) as uow:
        set_action_status(uow, action, ActionStatus.DONE, "photo of the posted schedule")


def test_database_itself_refuses_edits_to_a_locked_inspection(vault: Vault, inspection: uuid.UUID):
    with UnitOfWork(vault) as uow:
        for question, value in COMPLIANT.items():
            record_answer(uow, inspection, question, value)
        complete_inspection(uow, inspection)
        lock_inspection(uow, inspection)
    for statement in (
        "UPDATE answer SET value = '\"no\"'",
        "DELETE FROM answer",
        "UPDATE inspection SET status = 'in-progress'",
    ):
        with pytest.raises(InspectionLocked), UnitOfWork(vault) as uow:
            uow.session.execute(text(statement))
    with pytest.raises(InspectionLocked), UnitOfWork(vault) as uow:
        answer = uow.session.scalars(select(Answer)).first()
        assert answer is not None
        answer.value = "tampered"
    with vault.reading() as session:
        assert answers_of(session, inspection) == COMPLIANT


def test_amendment_copies_and_references_the_locked_original(vault: Vault, inspection: uuid.UUID):
    with UnitOfWork(vault) as uow:
        for question, value in COMPLIANT.items():
            record_answer(uow, inspection, question, value)
        record_answer(uow, inspection, "fees_charged_to_workers", "yes")
        payment = add_entry(uow, inspection, "payments")
        record_answer(uow, inspection, f"payments[{payment}].category", "placement")
        add_finding(uow, inspection, severity=Severity.CRITICAL, title="Fees charged")
        complete_inspection(uow, inspection)
        lock_inspection(uow, inspection)
    with pytest.raises(InvalidInput), UnitOfWork(vault) as uow:
        amend_inspection(uow, inspection, " ")
    with UnitOfWork(vault) as uow:
        amendment = amend_inspection(uow, inspection, "wrong fee amount")
        record_answer(uow, amendment, "fees_charged_to_workers", "no")
    with vault.reading() as session:
        assert answers_of(session, inspection)["fees_charged_to_workers"] == "yes"
        assert answers_of(session, amendment)["fees_charged_to_workers"] == "no"
        amended = get_inspection(session, amendment)
        assert amended.amends_id == inspection
        # The manual finding is copied; the derived one is withdrawn by the corrected answer.
        assert [f.title for f in amended.findings] == ["Fees charged"]
        assert {f.title for f in get_inspection(session, inspection).findings} == {
            "Fees charged",
            "Recruitment fees charged to workers",
        }
        rows = {row.id: row for row in list_inspections(session)}
        assert rows[amendment].reference != rows[inspection].reference


def test_attachments_are_content_addressed_and_checked(vault: Vault, inspection: uuid.UUID):
    from tests.services.test_evidence import one_page_pdf

    content = one_page_pdf()
    with UnitOfWork(vault) as uow:
        first = add_attachment(uow, inspection, content, filename="C:\\scans\\contract.pdf")
        second = add_attachment(uow, inspection, content, filename="copy.pdf", caption="copy")
    assert first.sha256 == second.sha256 and first.media_type == "application/pdf"
    with vault.reading() as session:
        assert read_attachment(session, first.id) == content
        blobs = session.execute(text("SELECT count(*) FROM attachment_blob")).scalar()
        assert blobs == 1
    with pytest.raises(InvalidInput, match="empty"), UnitOfWork(vault) as uow:
        add_attachment(uow, inspection, b"", filename="empty.jpg")


def test_interview_needs_consent_before_anything_is_kept(vault: Vault, inspection: uuid.UUID):
    with pytest.raises(InvalidInput, match="consent"), UnitOfWork(vault) as uow:
        add_worker_interview(uow, inspection, consent_given=False, notes="said things")
    with UnitOfWork(vault) as uow:
        refused = add_worker_interview(uow, inspection, consent_given=False)
        given = add_worker_interview(uow, inspection, consent_given=True, answers={"paid": True})
    assert refused.code != given.code and given.code.startswith("W-")
    with vault.reading() as session:
        count = session.scalar(select(func.count()).select_from(OutboxEntry))
        assert count


def test_list_filters_by_agency_words_and_date_in_sql(vault: Vault) -> None:
    with UnitOfWork(vault) as uow:
        north = create_agency(uow, AgencyData("NP-901", "Northern Manpower", "NP"))
        south = create_agency(uow, AgencyData("NP-902", "Southern Recruiters", "NP"))
        old = start_inspection(uow, north, small_form(), planned_date=dt.date(2026, 1, 10))
        new = start_inspection(uow, south, small_form(), planned_date=dt.date(2026, 11, 1))
        undated = start_inspection(uow, north, small_form())
    with vault.reading() as session:
        assert {r.id for r in list_inspections(session, agency_search="north")} == {old, undated}
        assert {r.id for r in list_inspections(session, agency_search="sou recr")} == {new}
        since = {r.id for r in list_inspections(session, since=dt.date(2026, 6, 1))}
        assert since == {new, undated}  # no date yet: kept, it is current work
        assert (
            list_inspections(session, agency_search="north", since=dt.date(2026, 6, 1))[0].id
            == undated
        )


def test_an_inspection_not_yet_completed_can_be_deleted_with_a_reason(
    vault: Vault, inspection: uuid.UUID
) -> None:
    from inspector.errors import NotFound
    from inspector.services.inspections import delete_inspection
    from inspector.vault.tables import Attachment, Finding, WorkerInterview

    with UnitOfWork(vault) as uow:
        record_answer(uow, inspection, "fees_charged_to_workers", "yes")  # derives a finding
        add_attachment(uow, inspection, photo(), filename="wall.jpg")
        add_worker_interview(uow, inspection, consent_given=True)
    with pytest.raises(InvalidInput, match="Say why"), UnitOfWork(vault) as uow:
        delete_inspection(uow, inspection, "  ")
    with UnitOfWork(vault) as uow:
        reference = delete_inspection(uow, inspection, "started twice by mistake")
    with vault.reading() as session:
        with pytest.raises(NotFound):
            get_inspection(session, inspection)
        for table in (Answer, Finding, Attachment, WorkerInterview):
            assert session.scalar(select(func.count()).select_from(table)) == 0
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "inspection.deleted")
        ).one()
        assert event.details["reason"] == "started twice by mistake"
        assert event.details["reference"] == reference
        deleted = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == str(inspection))
        ).all()
        assert deleted[-1].operation == "delete"
        assert verify_chain(session).intact


def test_a_completed_or_locked_inspection_cannot_be_deleted(
    vault: Vault, inspection: uuid.UUID
) -> None:
    from inspector.services.inspections import delete_inspection

    with UnitOfWork(vault) as uow:
        for question, value in COMPLIANT.items():
            record_answer(uow, inspection, question, value)
        complete_inspection(uow, inspection)
    refused = pytest.raises(InvalidTransition, match="only an inspection not yet completed")
    with refused, UnitOfWork(vault) as uow:
        delete_inspection(uow, inspection, "no longer needed")
    with UnitOfWork(vault) as uow:
        lock_inspection(uow, inspection)
    with pytest.raises(InvalidTransition), UnitOfWork(vault) as uow:
        delete_inspection(uow, inspection, "no longer needed")
    assert _status(vault, inspection) is InspectionStatus.LOCKED
