"""Complaints: recorded with the complainant kept apart, listed newest first, linked to an agency,
referred, and turned into a complaint-driven inspection."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import select

from inspector.checklists.library import shipped_form
from inspector.errors import InvalidInput
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.complaints import (
    ALLEGATION_IDS,
    ComplaintData,
    Referral,
    ReferralStatus,
    ReferralTarget,
    complaint_rows,
    get_complaint,
    inspect_complaint,
    intake_wording,
    link_agency,
    record_complaint,
    refer_complaint,
    reveal_identity,
    set_complaint_status,
)
from inspector.services.interviews import WorkerIdentityData
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import (
    AuditEvent,
    Complaint,
    ComplaintStatus,
    Inspection,
    InspectionKind,
    OutboxEntry,
    WorkerIdentity,
)

NAME = "Maya Tamang Testperson"
PASSPORT = "PA9912345"


@pytest.fixture
def agency(vault: Vault) -> uuid.UUID:
    with UnitOfWork(vault) as uow:
        return create_agency(uow, AgencyData("NP-CMP-1", "Himal Overseas", "NP"))


def _record(vault: Vault, **changes: object) -> uuid.UUID:
    values: dict[str, object] = {
        "summary": "Paid a fee of 300000 NPR; a different contract on arrival.",
        "agency_name_given": "Himal Overseas (as told)",
        "origin_country": "np",
        "destination_country": "QA",
        "allegations": ["S03", "S05"],
    }
    values.update(changes)
    with UnitOfWork(vault) as uow:
        return record_complaint(uow, ComplaintData(**values))  # type: ignore[arg-type]


def _audit_text(vault: Vault) -> str:
    with vault.reading() as session:
        return json.dumps(
            [[e.action, e.details] for e in session.scalars(select(AuditEvent))],
            ensure_ascii=False,
        )


def test_the_complainant_identity_is_kept_apart_and_never_audited(
    vault: Vault, agency: uuid.UUID
) -> None:
    complaint_id = _record(
        vault,
        agency_id=agency,
        sub_agent="Village broker, Dhanusha",
        employer="Doha Builders",
        urgent=True,
        complainant=WorkerIdentityData(full_name=NAME, document_number=PASSPORT),
    )
    with vault.reading() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        assert complaint.origin_country == "NP"  # normalised
        identity = session.scalars(select(WorkerIdentity)).one()
        assert identity.code == complaint.complainant_code
        assert identity.full_name == NAME
        columns = " ".join(str(getattr(complaint, c.key)) for c in Complaint.__table__.columns)
        assert NAME not in columns and PASSPORT not in columns
        tables = set(session.scalars(select(OutboxEntry.entity_type)))
        assert "complaint" in tables and "worker_identity" not in tables
        detail = get_complaint(session, complaint_id)
    assert NAME not in repr(detail) and PASSPORT not in repr(detail)
    assert detail.has_identity
    assert detail.sub_agent == "Village broker, Dhanusha"
    assert detail.employer == "Doha Builders"
    assert detail.row.agency_name == "Himal Overseas"  # the registered name wins
    audit = _audit_text(vault)
    assert "complaint.recorded" in audit
    assert NAME not in audit and PASSPORT not in audit


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"summary": "  "}, "summary"),
        ({"agency_name_given": ""}, "Name the agency"),
        ({"origin_country": "Nepal"}, "country of origin 'NEPAL'"),
        ({"destination_country": "Q1"}, "destination country 'Q1'"),
        ({"destination_country": "NP"}, "must differ"),
        ({"allegations": ["S03", "S13"]}, "'S13'"),
    ],
)
def test_an_incomplete_complaint_is_refused_and_nothing_is_stored(
    vault: Vault, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        _record(vault, complainant=WorkerIdentityData(full_name=NAME), **changes)
    with vault.reading() as session:
        assert session.scalars(select(Complaint)).all() == []
        assert session.scalars(select(WorkerIdentity)).all() == []


def test_rows_are_newest_first_filtered_by_status_and_agency(
    vault: Vault, agency: uuid.UUID
) -> None:
    first = _record(vault)
    second = _record(vault, agency_id=agency)
    with UnitOfWork(vault) as uow:
        uow.session.get(Complaint, first).received_at = dt.datetime(2025, 1, 2, tzinfo=dt.UTC)
    with UnitOfWork(vault) as uow:
        set_complaint_status(uow, second, ComplaintStatus.CLOSED)
    with vault.reading() as session:
        rows = complaint_rows(session)
        assert [row.id for row in rows] == [second, first]
        assert rows[1].agency_name == "Himal Overseas (as told)"
        assert rows[1].agency_id is None
        assert rows[1].allegations == ("S03", "S05")
        assert [r.id for r in complaint_rows(session, ComplaintStatus.CLOSED)] == [second]
        assert [r.id for r in complaint_rows(session, ComplaintStatus.RECEIVED)] == [first]
        assert [r.id for r in complaint_rows(session, agency_id=agency)] == [second]
        assert len(complaint_rows(session, limit=1)) == 1


def test_showing_the_identity_is_audited_without_the_identity(vault: Vault) -> None:
    complaint_id = _record(vault, complainant=WorkerIdentityData(full_name=NAME, contact="+974 1"))
    without = _record(vault)
    with vault.reading() as session:
        outbox_before = len(session.scalars(select(OutboxEntry)).all())
    with UnitOfWork(vault) as uow:
        identity = reveal_identity(uow, complaint_id)
        assert reveal_identity(uow, without) is None
    assert identity == WorkerIdentityData(full_name=NAME, contact="+974 1")
    with vault.reading() as session:
        shown = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "complaint.identity_shown")
        ).one()
        assert shown.entity_id == str(complaint_id)
        assert shown.details == {}
        assert len(session.scalars(select(OutboxEntry)).all()) == outbox_before
    assert NAME not in _audit_text(vault)


def test_a_complaint_starts_an_inspection_once_linked_to_a_registered_agency(
    vault: Vault, agency: uuid.UUID
) -> None:
    complaint_id = _record(vault)
    form = shipped_form("agency-inspection")
    with pytest.raises(InvalidInput, match="registered agency"), UnitOfWork(vault) as uow:
        inspect_complaint(uow, complaint_id, form)
    with UnitOfWork(vault) as uow:
        link_agency(uow, complaint_id, agency)
    with UnitOfWork(vault) as uow:
        inspection_id = inspect_complaint(uow, complaint_id, form)
    with vault.reading() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        assert inspection.kind is InspectionKind.COMPLAINT
        assert inspection.complaint_id == complaint_id
        assert inspection.agency_id == agency
        detail = get_complaint(session, complaint_id)
        assert detail.row.status is ComplaintStatus.UNDER_INVESTIGATION
        assert detail.agency_name_given == "Himal Overseas (as told)"  # kept after linking
        assert detail.agency_licence == "NP-CMP-1"
        assert [i.id for i in detail.inspections] == [inspection_id]
    assert '"agency_id": "' + str(agency) in _audit_text(vault)


def test_referrals_keep_one_entry_per_body_and_respect_consent(vault: Vault) -> None:
    complaint_id = _record(vault, complainant=WorkerIdentityData(full_name=NAME))
    today = dt.date.today()
    police = Referral(ReferralTarget.POLICE, ReferralStatus.SENT, today)
    with pytest.raises(InvalidInput, match="did not consent"), UnitOfWork(vault) as uow:
        refer_complaint(
            uow, complaint_id, Referral(ReferralTarget.POLICE, ReferralStatus.SENT, today, True)
        )
    with pytest.raises(InvalidInput, match="between"), UnitOfWork(vault) as uow:
        refer_complaint(
            uow,
            complaint_id,
            Referral(ReferralTarget.POLICE, ReferralStatus.SENT, today + dt.timedelta(days=1)),
        )
    with UnitOfWork(vault) as uow:
        refer_complaint(uow, complaint_id, police)
        refer_complaint(
            uow,
            complaint_id,
            Referral(ReferralTarget.ORIGIN_REGULATOR, ReferralStatus.NOT_SENT, today),
        )
    with UnitOfWork(vault) as uow:
        refer_complaint(
            uow, complaint_id, Referral(ReferralTarget.POLICE, ReferralStatus.ACKNOWLEDGED, today)
        )
    with vault.reading() as session:
        detail = get_complaint(session, complaint_id)
    assert detail.row.status is ComplaintStatus.REFERRED
    assert {(r.target, r.status) for r in detail.referrals} == {
        (ReferralTarget.POLICE, ReferralStatus.ACKNOWLEDGED),
        (ReferralTarget.ORIGIN_REGULATOR, ReferralStatus.NOT_SENT),
    }
    audit = _audit_text(vault)
    assert '"to": "police", "status": "acknowledged"' in audit
    assert NAME not in audit


def test_identity_may_go_with_a_referral_when_the_complainant_consented(vault: Vault) -> None:
    complaint_id = _record(vault, consent_to_share=True)
    today = dt.date.today()
    with UnitOfWork(vault) as uow:
        refer_complaint(
            uow,
            complaint_id,
            Referral(ReferralTarget.ORIGIN_REGULATOR, ReferralStatus.SENT, today, True),
        )
    with vault.reading() as session:
        (referral,) = get_complaint(session, complaint_id).referrals
    assert referral.identity_shared


def test_text_left_in_referred_to_by_an_older_version_is_kept(vault: Vault) -> None:
    complaint_id = _record(vault)
    with UnitOfWork(vault) as uow:
        uow.session.get(Complaint, complaint_id).referred_to = "phoned the police on Monday"
    with UnitOfWork(vault) as uow:
        refer_complaint(
            uow, complaint_id, Referral(ReferralTarget.POLICE, ReferralStatus.SENT, dt.date.today())
        )
    with vault.reading() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        assert complaint.referred_to == "phoned the police on Monday"
        assert len(get_complaint(session, complaint_id).referrals) == 1


def test_the_intake_checklist_supplies_the_wording_in_each_language() -> None:
    english, french = intake_wording("en"), intake_wording("fr")
    assert tuple(english.allegations) == ALLEGATION_IDS
    assert english.allegations["S03"].startswith("S03 Fees")
    assert french.allegations["S03"] != english.allegations["S03"]
    assert set(english.referral_targets) == {t.value for t in ReferralTarget}
    assert set(english.referral_statuses) == {s.value for s in ReferralStatus}
    assert "No names" in english.summary_hint
