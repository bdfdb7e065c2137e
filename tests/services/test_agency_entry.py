"""Agencies entered in the app: a recruiter with no licence gets a number from the app (each its
own) and can be inspected; values the registry import refuses are refused here too."""

from __future__ import annotations

import pytest

from inspector.checklists.library import shipped_form
from inspector.errors import InvalidInput
from inspector.services.agencies import AgencyData, create_agency, get_agency, update_agency
from inspector.services.inspections import start_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import LicenceStatus


def test_unregistered_recruiters_get_their_own_numbers_and_can_be_inspected(vault: Vault):
    with UnitOfWork(vault) as uow:
        first = create_agency(uow, AgencyData("", "Village agent R.", "np"), unregistered=True)
        second = create_agency(uow, AgencyData("", "Bus park recruiter", "NP"), unregistered=True)
        inspection = start_inspection(uow, first, shipped_form("agency-inspection"))
    with vault.reading() as session:
        one, two = get_agency(session, first), get_agency(session, second)
        assert one.licence_number.startswith("UNREGISTERED-2")
        assert one.licence_number != two.licence_number
        assert one.licence_status is LicenceStatus.PENDING and one.country == "NP"
    assert inspection is not None


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ({"name": "x" * 301}, "name is longer than 300 characters"),
        ({"email": "a@" + "b" * 199}, "email is longer than 200 characters"),
        ({"country": "Nepal"}, "not a two-letter ISO code"),
        ({"name": "Agency\x00name"}, "name was refused"),
    ],
)
def test_the_import_checks_apply(vault: Vault, change: dict, refusal: str):  # type: ignore[type-arg]
    with UnitOfWork(vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-ENTRY-1", "Entry Agency", "NP"))
    data = AgencyData(**{**vars(AgencyData("NP-ENTRY-1", "Entry Agency", "NP")), **change})
    with pytest.raises(InvalidInput, match=refusal), UnitOfWork(vault) as uow:
        update_agency(uow, agency_id, data)
    data = AgencyData(**{**vars(AgencyData("NP-ENTRY-2", "Entry Agency", "NP")), **change})
    with pytest.raises(InvalidInput, match=refusal), UnitOfWork(vault) as uow:
        create_agency(uow, data)
