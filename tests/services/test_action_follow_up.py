"""Corrective actions followed up: marked done and verified, each with a date and a note (a
future date, a missing note or a verification before the work was done are refused, naming the
action); done or verified actions leave the dashboard's overdue list; a follow-up inspection
starts from an action or from its agency, with the open actions listed, and only once."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.errors import InvalidInput
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.dashboard import dashboard
from inspector.services.findings import mark_action_done, start_follow_up, verify_action
from inspector.services.inspections import answers_of, get_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import ActionStatus, CorrectiveAction, InspectionKind
from tests.services.test_dashboard import demo_vault  # noqa: F401 - the fixture

TODAY = dt.date.today()


def _late(vault: Vault):  # type: ignore[no-untyped-def]
    """The dashboard as it will be in 60 days, when every demo action is overdue."""
    with vault.reading() as session:
        return dashboard(session, today=TODAY + dt.timedelta(days=60), limit=1000)


def test_done_and_verified_actions_leave_the_overdue_list(demo_vault: Vault) -> None:  # noqa: F811
    board = _late(demo_vault)
    first, second = board.actions_due.items[:2]
    overdue = board.overdue_actions
    assert overdue >= 2
    with UnitOfWork(demo_vault) as uow:
        mark_action_done(uow, first.id, on=TODAY, note="Receipts of the refunds seen")
    board = _late(demo_vault)
    assert board.overdue_actions == overdue - 1
    assert first.id not in {a.id for a in board.actions_due.items}
    with UnitOfWork(demo_vault) as uow:
        verify_action(uow, second.id, on=TODAY, note="Visited: the fee notice is on the wall")
    assert _late(demo_vault).overdue_actions == overdue - 2
    with demo_vault.reading() as session:
        done = session.get(CorrectiveAction, first.id)
        assert (done.status, done.done_on, done.done_note) == (
            ActionStatus.DONE, TODAY, "Receipts of the refunds seen",
        )  # fmt: skip
        verified = session.get(CorrectiveAction, second.id)
        assert verified.status is ActionStatus.VERIFIED
        assert verified.verified_on == verified.done_on == TODAY
        assert verified.verification == "Visited: the fee notice is on the wall"


def test_follow_up_dates_and_notes_are_checked(demo_vault: Vault) -> None:  # noqa: F811
    action = _late(demo_vault).actions_due.items[0]
    name = action.description[:20]
    with pytest.raises(InvalidInput, match="in the future"), UnitOfWork(demo_vault) as uow:
        mark_action_done(uow, action.id, on=TODAY + dt.timedelta(days=1), note="n")
    with pytest.raises(InvalidInput, match="a note") as refused, UnitOfWork(demo_vault) as uow:
        mark_action_done(uow, action.id, on=TODAY, note="  ")
    assert name in str(refused.value)
    with UnitOfWork(demo_vault) as uow:
        mark_action_done(uow, action.id, on=TODAY, note="Contract rewritten")
    before = TODAY - dt.timedelta(days=1)
    with (
        pytest.raises(InvalidInput, match="cannot be verified before"),
        UnitOfWork(demo_vault) as uow,
    ):
        verify_action(uow, action.id, on=before, note="seen")
    with pytest.raises(InvalidInput, match="verified"), UnitOfWork(demo_vault) as uow:
        verify_action(uow, action.id, on=TODAY, note="")
    with UnitOfWork(demo_vault) as uow:
        verify_action(uow, action.id, on=TODAY, note="Seen")
    with pytest.raises(InvalidInput, match="already verified"), UnitOfWork(demo_vault) as uow:
        mark_action_done(uow, action.id, on=TODAY, note="again")


def test_a_follow_up_starts_from_an_action_or_its_agency_once(demo_vault: Vault) -> None:  # noqa: F811
    action = _late(demo_vault).actions_due.items[0]
    with UnitOfWork(demo_vault) as uow:
        follow_up = start_follow_up(uow, action_id=action.id)
    with demo_vault.reading() as session:
        inspection = get_inspection(session, follow_up)
        assert inspection.kind is InspectionKind.FOLLOW_UP
        assert inspection.follows_up_id == action.inspection_id
        assert inspection.form_id == "follow-up-inspection"
        # The open actions are listed to check.
        assert answers_of(session, follow_up).get("actions")
    with UnitOfWork(demo_vault) as uow:
        again = start_follow_up(uow, agency_id=action.agency_id)
    assert again == follow_up  # the one under way opens, not a second


def test_an_agency_never_inspected_has_nothing_to_follow_up(demo_vault: Vault) -> None:  # noqa: F811
    with UnitOfWork(demo_vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-NEW-9", "Never Inspected", "NP"))
    with (
        pytest.raises(InvalidInput, match="no completed inspection"),
        UnitOfWork(demo_vault) as uow,
    ):
        start_follow_up(uow, agency_id=agency_id)
