"""An agency's page: what it lists, and the risk level derived from its inspections."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest

from inspector.checklists.scoring import RiskBand, Standing, score
from inspector.services.agencies import (
    AgencyData,
    AgencyOrder,
    AgencyRow,
    AgencySearch,
    AgencySort,
    add_branch,
    add_sub_agent,
    agency_key,
    agency_rows,
    create_agency,
    list_agencies,
    update_agency,
)
from inspector.services.agency_overview import (
    InspectionSummary,
    agency_overview,
    assess_risk,
    months_before,
)
from inspector.services.complaints import ComplaintData, record_complaint
from inspector.services.findings import (
    add_corrective_action,
    add_finding,
    override_finding,
    set_action_status,
)
from inspector.services.inspections import (
    amend_inspection,
    complete_inspection,
    get_inspection,
    lock_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import (
    ActionStatus,
    ComplaintStatus,
    InspectionKind,
    InspectionStatus,
    LicenceStatus,
    Severity,
)
from tests.conftest import SMALL_COMPLIANT, small_form

TODAY = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 6, 15), 24, dt.date(2024, 6, 15)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 2, 29), 24, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 10), 13, dt.date(2024, 12, 10)),
    ],
)
def test_months_before(day: dt.date, months: int, expected: dt.date) -> None:
    assert months_before(day, months) == expected


def done(reference: str, day: dt.date, *severities: str, counts: bool = True) -> InspectionSummary:
    return InspectionSummary(
        id=uuid.uuid4(),
        reference=reference,
        kind=InspectionKind.ROUTINE,
        status=InspectionStatus.LOCKED,
        date=day,
        findings=(),
        score=score(severities),
        amended_by=None,
        counts_for_risk=counts,
    )


def test_the_band_is_the_last_inspections_when_demerits_are_low() -> None:
    risk = assess_risk(
        [
            done("A", TODAY - dt.timedelta(days=400), "critical"),  # 30 points, long ago
            done("B", TODAY - dt.timedelta(days=30), "minor"),  # 4 points, the last one
        ],
        TODAY,
    )
    # 400 days ago is inside the 24 months: the critical finding still weighs on the agency.
    assert risk.demerits == 34
    assert risk.standing is Standing.SUSPENSION
    assert risk.last_reference == "B" and risk.last_band is RiskBand.LOW
    assert risk.band is RiskBand.CRITICAL and risk.raised_by_demerits

    low = assess_risk([done("B", TODAY - dt.timedelta(days=30), "minor", "minor")], TODAY)
    assert (low.band, low.demerits, low.standing) == (RiskBand.MEDIUM, 8, Standing.GOOD)
    assert not low.raised_by_demerits and low.counted == 1


def test_repeated_medium_findings_put_the_agency_under_surveillance() -> None:
    risk = assess_risk(
        [
            done("A", TODAY - dt.timedelta(days=500), "major"),  # 8: medium
            done("B", TODAY - dt.timedelta(days=60), "major"),  # 8: medium
        ],
        TODAY,
    )
    assert risk.demerits == 16 and risk.standing is Standing.SURVEILLANCE
    assert risk.last_band is RiskBand.MEDIUM
    assert risk.band is RiskBand.HIGH and risk.raised_by_demerits


def test_the_window_is_24_calendar_months_back_from_today() -> None:
    start = dt.date(2024, 6, 15)
    inside = assess_risk([done("A", start, "major", "minor")], TODAY)
    outside = assess_risk([done("A", start - dt.timedelta(days=1), "major", "minor")], TODAY)
    assert inside.window_start == start
    assert (inside.demerits, inside.counted, inside.standing) == (12, 1, Standing.SURVEILLANCE)
    assert (outside.demerits, outside.counted, outside.standing) == (0, 0, Standing.GOOD)
    # An old inspection still tells the last known band.
    assert outside.band is RiskBand.MEDIUM and outside.last_reference == "A"


def test_inspections_that_do_not_count_are_left_out() -> None:
    risk = assess_risk(
        [
            done("A", TODAY - dt.timedelta(days=10), "critical", counts=False),  # amended
            done("B", TODAY - dt.timedelta(days=20), "minor"),
        ],
        TODAY,
    )
    assert (risk.last_reference, risk.demerits, risk.band) == ("B", 4, RiskBand.LOW)
    nothing = assess_risk([], TODAY)
    assert nothing.band is None and nothing.last_reference is None and nothing.demerits == 0


@pytest.fixture
def agency(vault: Vault) -> uuid.UUID:
    with UnitOfWork(vault) as uow:
        agency_id = create_agency(
            uow,
            AgencyData(
                "NP-RA-7",
                "Overview Manpower",
                "NP",
                city="Pokhara",
                responsible_person="R. Example",
                destination_countries=("QA",),
            ),
        )
        add_branch(uow, agency_id, "Birgunj office", city="Birgunj")
        add_sub_agent(uow, agency_id, "Village agent", area="Terai")
        other = create_agency(uow, AgencyData("NP-RA-8", "Someone Else", "NP"))
        record_complaint(uow, ComplaintData(summary="Fee charged.", agency_id=agency_id))
        record_complaint(uow, ComplaintData(summary="Passport kept.", agency_id=other))
    return agency_id


def _answered(uow: UnitOfWork, agency_id: uuid.UUID) -> uuid.UUID:
    inspection_id = start_inspection(uow, agency_id, small_form())
    for path, value in SMALL_COMPLIANT.items():
        record_answer(uow, inspection_id, path, value)
    return inspection_id


def test_overview_scores_completed_inspections_and_lists_what_is_open(
    vault: Vault, agency: uuid.UUID
) -> None:
    today = dt.date.today()
    with UnitOfWork(vault) as uow:
        first = _answered(uow, agency)
        major = add_finding(uow, first, severity=Severity.MAJOR, title="No receipts")
        add_finding(uow, first, severity=Severity.MINOR, title="Licence not displayed")
        dropped = add_finding(uow, first, severity=Severity.CRITICAL, title="Mistaken")
        override_finding(uow, dropped, reason="recorded by mistake", dropped=True)
        overdue = add_corrective_action(uow, major, "Issue receipts", today - dt.timedelta(3))
        closed = add_corrective_action(uow, major, "Post the fees", today + dt.timedelta(5))
        complete_inspection(uow, first)
        set_action_status(uow, closed, ActionStatus.DONE)
        second = _answered(uow, agency)  # in progress: its findings are not final
        finding = add_finding(uow, second, severity=Severity.CRITICAL, title="Passports held")
        add_corrective_action(uow, finding, "Return them", today + dt.timedelta(1))
    with vault.reading() as session:
        overview = agency_overview(session, agency, today=today)
    assert overview.agency.name == "Overview Manpower"
    assert [b.name for b in overview.branches] == ["Birgunj office"]
    assert [s.name for s in overview.sub_agents] == ["Village agent"]
    by_id = {i.id: i for i in overview.inspections}
    scored = by_id[first].score
    assert scored is not None and scored.points == 12 and scored.band is RiskBand.MEDIUM
    assert [f.severity for f in by_id[first].findings] == [
        Severity.CRITICAL,
        Severity.MAJOR,
        Severity.MINOR,
    ]
    assert by_id[first].findings[0].dropped
    assert by_id[second].score is None and not by_id[second].counts_for_risk
    assert [a.id for a in overview.open_actions] == [overdue]
    assert overview.open_actions[0].overdue and overview.open_actions[0].days_left == -3
    assert overview.overdue_actions == 1
    assert [c.status for c in overview.complaints] == [ComplaintStatus.RECEIVED]
    assert overview.complaints_awaiting == 1
    risk = overview.risk
    # 12 points is medium for the inspection, and 12 demerits mean surveillance: high.
    assert (risk.demerits, risk.standing, risk.band) == (12, Standing.SURVEILLANCE, RiskBand.HIGH)
    assert risk.last_reference == by_id[first].reference and risk.raised_by_demerits


def test_a_completed_amendment_replaces_the_inspection_it_amends(
    vault: Vault, agency: uuid.UUID
) -> None:
    with UnitOfWork(vault) as uow:
        original = _answered(uow, agency)
        add_finding(uow, original, severity=Severity.CRITICAL, title="Fees charged")
        complete_inspection(uow, original)
        lock_inspection(uow, original)
        amendment = amend_inspection(uow, original, "the fee was a refundable deposit")
    with vault.reading() as session:
        during = agency_overview(session, agency)
    assert during.risk.band is RiskBand.CRITICAL  # the amendment is not finished yet
    with UnitOfWork(vault) as uow:
        (copied,) = get_inspection(uow.session, amendment).findings
        override_finding(uow, copied.id, reason="deposit, refunded", severity=Severity.MINOR)
        complete_inspection(uow, amendment)
    with vault.reading() as session:
        after = agency_overview(session, agency)
    by_id = {i.id: i for i in after.inspections}
    assert not by_id[original].counts_for_risk
    assert by_id[original].amended_by == by_id[amendment].reference
    assert by_id[amendment].counts_for_risk
    assert (after.risk.demerits, after.risk.band) == (4, RiskBand.LOW)


# --- the registry search behind the agencies page (AgencySearch in services/agencies.py) ---------

STATUS_ORDER = ["active", "pending", "expired", "suspended", "revoked"]


def _registry(vault: Vault) -> None:
    rng = random.Random(7)  # noqa: S311 - invented data
    words = ["alpha", "Beta", "gamma", "Delta", "everest", "Everest", "zulu"]
    cities = ["Pokhara", "dhaka", "Manila", ""]
    with UnitOfWork(vault) as uow:
        for index in range(60):
            until = (
                None if index % 9 == 0 else dt.date(2026, 1, 1) + dt.timedelta(rng.randrange(900))
            )
            create_agency(
                uow,
                AgencyData(
                    f"L-{rng.randrange(10**6):06d}-{index}",
                    f"{rng.choice(words)} {rng.choice(words)} Services",
                    rng.choice(["NP", "PH", "BD"]),
                    city=rng.choice(cities),
                    licence_status=rng.choice(list(LicenceStatus)),
                    licence_valid_until=None if index % 9 == 0 else until,
                ),
            )


def _expected(rows: list[AgencyRow], sort: AgencySort) -> list[AgencyRow]:
    def then(row: AgencyRow) -> tuple[str, str]:
        return (row.name.lower(), row.licence_number)

    keys = {
        AgencySort.NAME: then,
        AgencySort.LICENCE: lambda r: r.licence_number,
        AgencySort.COUNTRY: lambda r: (r.country, *then(r)),
        AgencySort.CITY: lambda r: (r.city.lower(), *then(r)),
        AgencySort.STATUS: lambda r: (STATUS_ORDER.index(r.licence_status.value), *then(r)),
        AgencySort.EXPIRY: lambda r: (
            r.licence_valid_until is None,
            r.licence_valid_until or dt.date.min,
            *then(r),
        ),
    }
    return sorted(rows, key=keys[sort])


@pytest.mark.parametrize("sort", list(AgencySort))
def test_agency_search_filters_and_orders_like_the_rows_say(vault: Vault, sort: AgencySort):
    _registry(vault)
    search = AgencySearch()
    with vault.reading() as session:
        everything = list_agencies(session)
        for text in ("", "everest", "ev serv", "dhak", "nothing-like-this"):
            wanted_ids = {row.id for row in list_agencies(session, text)}
            found = search.find(session, text, sort)
            rows = agency_rows(session, found.keys)
            backwards = search.find(session, text, sort, descending=True)
            assert found.total == 60
            expected = _expected([r for r in everything if r.id in wanted_ids], sort)
            assert [rows[key] for key in found.keys] == expected, text
            assert list(backwards.keys) == list(reversed(found.keys))
            if text == "nothing-like-this":
                assert found.keys == []
            elif text == "everest":
                assert 0 < len(found.keys) < 60


def test_arranging_few_or_many_matches_gives_the_same_order() -> None:
    keys = [5, 3, 9, 1, 7, 2, 8, 4, 6, 10]
    order = AgencyOrder.of(keys)
    few = [7, 1]
    many = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 11, 999]  # 11 and 999: keys the order does not know
    assert order.arrange(few) == [1, 7]
    assert order.arrange(many) == keys
    assert order.arrange([1, 2, 3, 4, 5, 6, 7, 8, 9]) == [5, 3, 9, 1, 7, 2, 8, 4, 6]
    assert order.arrange([]) == []


def test_agency_search_sees_new_agencies_and_renames_after_invalidate(vault: Vault) -> None:
    with UnitOfWork(vault) as uow:
        first = create_agency(uow, AgencyData("L-1", "Bravo Agency", "NP"))
        create_agency(uow, AgencyData("L-2", "Charlie Agency", "NP"))
    search = AgencySearch()

    def names() -> list[str]:
        with vault.reading() as session:
            keys = search.find(session, "agency").keys
            rows = agency_rows(session, keys)
        return [rows[key].name for key in keys]

    assert names() == ["Bravo Agency", "Charlie Agency"]
    with UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("L-3", "Alpha Agency", "NP"))
    assert names() == ["Alpha Agency", "Bravo Agency", "Charlie Agency"]  # seen at once
    with UnitOfWork(vault) as uow:
        update_agency(uow, first, AgencyData("L-1", "Delta Agency", "NP"))
    assert names()[-1] != "Delta Agency"  # the kept order is the old one...
    search.invalidate()
    assert names() == ["Alpha Agency", "Charlie Agency", "Delta Agency"]  # ...until told
    with vault.reading() as session:
        key = agency_key(session, first)
        assert key is not None and agency_rows(session, [key])[key].name == "Delta Agency"
        assert agency_key(session, uuid.uuid4()) is None
