"""Changes coming down, stored in a real vault: what fits is stored, what does not is left out
and named without blocking the rest, and reference data never overwrites an inspector's work."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from inspector.errors import DeviceRevoked
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.complaints import link_agency
from inspector.services.uow import UnitOfWork
from inspector.sync.pull import apply_page
from inspector.sync.run import writing
from inspector.vault.tables import Agency, Complaint, PublishedForm
from tests.sync.conftest import Laptop

DEVICE = uuid.uuid4()


def _agency_change(seq: int, agency_id: uuid.UUID, licence: str, name: str) -> dict[str, object]:
    data = {"id": str(agency_id), "revision": 1, "licence_number": licence, "name": name,
            "country": "NP", "licence_status": "active", "licence_valid_until": "2030-01-31",
            "destination_countries": ["QA"]}  # fmt: skip
    return {"seq": seq, "type": "agency", "id": str(agency_id), "data": data}


def test_a_change_that_does_not_fit_is_left_out_and_the_rest_stored(
    make_laptop: Callable[[str], Laptop],
) -> None:
    vault = make_laptop("pull").vault
    with UnitOfWork(vault) as uow:
        mine = create_agency(uow, AgencyData(licence_number="NP-7", name="Mine", country="NP"))
    registry_id, clash_id = uuid.uuid4(), uuid.uuid4()
    changes = [
        _agency_change(1, registry_id, "NP-1", "Everest Manpower"),
        # The registry's copy of an agency this laptop recorded itself: one agency, the
        # laptop's id kept (its inspections point to it), the registry's values taken.
        _agency_change(2, uuid.uuid4(), "NP-7", "Mine, as registered"),
        # A licence number renamed onto one this vault holds for another agency: left out.
        _agency_change(3, registry_id, "NP-7", "Everest renamed"),
        {"seq": 4, "type": "form", "id": "x@1",
         "data": {"form_id": "x", "version": "1", "sha256": "0" * 64, "content": {"id": "x"}}},
        _agency_change(5, clash_id, "NP-9", "Later agency"),
    ]  # fmt: skip
    with writing(vault) as session:
        received = apply_page(session, changes, {}, DEVICE, "test")
    assert received.agencies == 3
    assert received.forms == 0
    assert len(received.skipped) == 2
    assert "agency change from the server did not fit" in received.skipped[0]
    assert "did not match its SHA-256" in received.skipped[1]
    with vault.reading() as session:
        names = dict(session.execute(select(Agency.licence_number, Agency.name)).all())
        assert names == {"NP-1": "Everest Manpower", "NP-7": "Mine, as registered",
                         "NP-9": "Later agency"}  # fmt: skip
        assert session.get(Agency, mine) is not None
        assert session.scalar(select(PublishedForm).limit(1)) is None


def test_a_referred_complaint_changed_here_keeps_the_inspectors_version(
    make_laptop: Callable[[str], Laptop],
) -> None:
    vault = make_laptop("complaints").vault
    with UnitOfWork(vault) as uow:
        agency = create_agency(uow, AgencyData(licence_number="NP-3", name="Lotus", country="NP"))
    complaint = uuid.uuid4()

    def referred(revision: int, summary: str) -> dict[str, object]:
        data = {"id": str(complaint), "revision": revision, "reference": "CMP-2026-QA01-0007",
                "summary": summary, "agency_name_given": "Lotus Overseas",
                "agency_id": str(uuid.uuid4()), "complainant_code": "W-0001"}  # fmt: skip
        return {"seq": revision, "type": "complaint", "id": str(complaint), "data": data}

    with writing(vault) as session:
        assert apply_page(session, [referred(1, "Fees taken twice.")], {}, DEVICE, "t").complaints
    with vault.reading() as session:
        row = session.get(Complaint, complaint)
        # The complainant's code stays at the consulate; an agency not in this registry is
        # not linked, its name is kept.
        assert row is not None and row.complainant_code == "" and row.agency_id is None
    with UnitOfWork(vault) as uow:
        link_agency(uow, complaint, agency)  # the inspector's change, not sent yet
    with writing(vault) as session:
        assert apply_page(session, [referred(2, "Reworded")], {}, DEVICE, "t").complaints == 0
    with vault.reading() as session:
        row = session.get(Complaint, complaint)
        assert row is not None and row.summary == "Fees taken twice." and row.agency_id == agency


def test_this_devices_revocation_stops_before_anything_is_stored(
    make_laptop: Callable[[str], Laptop],
) -> None:
    vault = make_laptop("revoked").vault
    changes = [
        _agency_change(1, uuid.uuid4(), "NP-1", "Everest"),
        {"seq": 2, "type": "device_revoked", "id": str(DEVICE), "data": {"device_id": str(DEVICE)}},
    ]
    with pytest.raises(DeviceRevoked), writing(vault) as session:
        apply_page(session, changes, {}, DEVICE, "test")
    with vault.reading() as session:
        assert session.scalar(select(Agency).limit(1)) is None
    other = [
        {"seq": 3, "type": "device_revoked", "id": "x", "data": {"device_id": str(uuid.uuid4())}}
    ]
    with writing(vault) as session:
        apply_page(session, other, {}, DEVICE, "test")  # another laptop's: nothing to do here
