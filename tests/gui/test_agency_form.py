"""Agencies added and edited in the app: an unregistered recruiter found in the field gets a
number from the app and can be inspected at once; the import's checks refuse a bad value in the
dialog, which stays open; an edit shows on the agency's page and in the vault."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Agency, LicenceStatus
from tests.gui.conftest import vault_of, wait_idle
from tests.gui.test_inspection_editor import click


def _agency(context, name: str) -> Agency:  # type: ignore[no-untyped-def]
    def work(session):  # type: ignore[no-untyped-def]
        agency = session.scalar(select(Agency).where(Agency.name == name))
        session.expunge(agency)
        return agency

    return context.read_now(work)


def test_an_unregistered_recruiter_is_added_and_can_be_inspected(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    page = window.workspace.show_page("agencies")
    wait_idle(qtbot, context)
    click(qtbot, page.new_agency)
    dialog = page.agency_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Street recruiter at Birgunj bus park")
    click(qtbot, dialog.unregistered)
    assert not dialog.licence.isEnabled() and not dialog.status.isEnabled()
    qtbot.keyClicks(dialog.country, "np")
    qtbot.keyClicks(dialog.city, "Birgunj")
    # A destination that is not a country code: refused as the import refuses it.
    qtbot.keyClicks(dialog.destinations, "QA, Gulf")
    click(qtbot, dialog.ok)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Destination country 'GULF' is not a two-letter ISO code" in dialog.error.text()
    assert dialog.isVisible()
    dialog.destinations.clear()
    qtbot.keyClicks(dialog.destinations, "QA, AE")
    click(qtbot, dialog.ok)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, context)
    stored = _agency(context, "Street recruiter at Birgunj bus park")
    assert stored.licence_number.startswith("UNREGISTERED-")
    assert stored.licence_status is LicenceStatus.PENDING
    assert (stored.country, stored.city, stored.destination_countries) == (
        "NP",
        "Birgunj",
        ["QA", "AE"],
    )
    detail = page.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Street recruiter at Birgunj bus park")
    assert stored.licence_number in detail.licence.text()
    assert detail.start.isEnabled()  # inspectable at once
    click(qtbot, detail.start)
    assert window.workspace.start_dialog.ok.isEnabled()


def test_a_taken_licence_number_is_refused_and_an_edit_is_saved(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(vault_of(context)) as uow:
        create_agency(uow, AgencyData("NP-FORM-1", "First Form Agency", "NP", city="Pokhara"))
        agency_id = create_agency(uow, AgencyData("NP-FORM-2", "Second Form Agency", "NP"))
    page = window.workspace.open_agency(agency_id)
    detail = page.detail
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: detail.title.text() == "Second Form Agency")
    click(qtbot, detail.edit)
    dialog = detail.agency_dialog
    qtbot.waitExposed(dialog)
    assert dialog.licence.text() == "NP-FORM-2" and not dialog.unregistered.isVisible()
    dialog.licence.clear()
    qtbot.keyClicks(dialog.licence, "NP-FORM-1")
    click(qtbot, dialog.ok)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "NP-FORM-1 is already registered" in dialog.error.text()
    dialog.licence.clear()
    qtbot.keyClicks(dialog.licence, "NP-FORM-2")
    qtbot.keyClicks(dialog.city, "Butwal")
    dialog.valid_until.set_value(dt.date(2027, 3, 31))
    click(qtbot, dialog.ok)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, context)
    stored = _agency(context, "Second Form Agency")
    assert stored.city == "Butwal" and str(stored.licence_valid_until) == "2027-03-31"
    qtbot.waitUntil(lambda: detail.fact_labels["city"].text() == "Butwal")
