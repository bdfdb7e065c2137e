"""The agency registry: validation and search as you type."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.errors import InvalidInput
from inspector.services.agencies import (
    AgencyData,
    create_agency,
    fts_query,
    list_agencies,
    update_agency,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (AgencyData(" ", "Name", "NP"), "licence number is missing"),
        (AgencyData("L1", "", "NP"), "name is missing"),
        (AgencyData("L1", "Name", "Nepal"), "'Nepal' is not a two-letter"),
        (
            AgencyData(
                "L1",
                "N",
                "NP",
                licence_valid_from=dt.date(2026, 1, 2),
                licence_valid_until=dt.date(2025, 1, 1),
            ),
            "ends before it starts",
        ),
    ],
)
def test_bad_agency_is_refused_with_the_reason(vault: Vault, data: AgencyData, message: str):
    with pytest.raises(InvalidInput, match=message), UnitOfWork(vault) as uow:
        create_agency(uow, data)


def test_duplicate_licence_number_is_refused(vault: Vault) -> None:
    with UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("NP-1", "First", "np"))
    with pytest.raises(InvalidInput, match="NP-1 is already registered"), UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("NP-1", "Second", "NP"))


def test_search_by_prefix_words_ignoring_accents_and_syntax(vault: Vault) -> None:
    with UnitOfWork(vault) as uow:
        first = create_agency(uow, AgencyData("SN-1", "Agence Sénégal Emploi", "SN", city="Dakar"))
        create_agency(uow, AgencyData("NP-2", "Everest Manpower", "NP", city="Kathmandu"))
        create_agency(uow, AgencyData("NP-3", "Everest Overseas", "NP", city="Pokhara"))
    with vault.reading() as session:
        assert [a.name for a in list_agencies(session, "senegal")] == ["Agence Sénégal Emploi"]
        assert [a.name for a in list_agencies(session, "ever kath")] == ["Everest Manpower"]
        assert [a.name for a in list_agencies(session, "NP-3")] == ["Everest Overseas"]
        assert len(list_agencies(session, "")) == 3
        # Quotes, operators and column filters are plain text to the search.
        assert list_agencies(session, 'name:"x" OR NEAR(') == []
    with UnitOfWork(vault) as uow:
        update_agency(uow, first, AgencyData("SN-1", "Agence Dakar Travail", "SN"))
    with vault.reading() as session:
        assert list_agencies(session, "senegal") == []
        assert [a.licence_number for a in list_agencies(session, "travail")] == ["SN-1"]


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('ab "c') == '"ab"* "c"*'
    assert fts_query("  ") == ""
