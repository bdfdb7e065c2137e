"""Checklists in the vault: derived findings follow the answers and say why, overrides need a
reason, answers are checked against their question, form versions are kept, and a follow-up
checks each open corrective action of the inspection it follows up."""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from inspector.checklists.loader import load_document, load_file
from inspector.checklists.render import render_text
from inspector.errors import InvalidInput
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.findings import add_finding, override_finding
from inspector.services.forms import list_form_versions
from inspector.services.inspections import (
    add_entry,
    answers_of,
    complete_inspection,
    evaluation_of,
    get_inspection,
    lock_inspection,
    record_answer,
    remove_entry,
    start_inspection,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import (
    AuditEvent,
    CorrectiveAction,
    Finding,
    FindingSource,
    InspectionKind,
    Severity,
)
from tests.conftest import SMALL_COMPLIANT, SMALL_FORM_PATH, small_form

TODAY = dt.date(2026, 11, 26)
COMPLIANT = SMALL_COMPLIANT


@pytest.fixture
def agency(vault: Vault) -> uuid.UUID:
    with UnitOfWork(vault) as uow:
        return create_agency(uow, AgencyData("NP-200", "Findings Agency", "NP"))


@pytest.fixture
def inspection(vault: Vault, agency: uuid.UUID) -> uuid.UUID:
    with UnitOfWork(vault) as uow:
        return start_inspection(uow, agency, small_form())


def answer(vault: Vault, inspection: uuid.UUID, **answers: Any) -> None:
    with UnitOfWork(vault) as uow:
        for path, value in answers.items():
            record_answer(uow, inspection, path, value, today=TODAY)


def derived(vault: Vault, inspection: uuid.UUID) -> dict[str, Finding]:
    with vault.reading() as session:
        rows = session.scalars(
            select(Finding).where(
                Finding.inspection_id == inspection, Finding.source == FindingSource.DERIVED
            )
        ).all()
        for row in rows:
            session.expunge(row)
        return {row.rule_id or "": row for row in rows}


def test_an_answer_derives_a_finding_with_its_rule_answers_and_corrective_action(
    vault: Vault, inspection: uuid.UUID
) -> None:
    answer(vault, inspection, passports_held="yes")
    findings = derived(vault, inspection)
    assert set(findings) == {"passports-held"}
    finding = findings["passports-held"]
    assert (finding.severity, finding.standard, finding.title, finding.question_path) == (
        Severity.CRITICAL,
        "IRIS-2",
        "Passports retained",
        "passports_held",
    )
    assert finding.evidence == {
        "form": "small-inspection@1",
        "rule": "passports-held",
        "when": ". = 'yes'",
        "rule_severity": "critical",
        "answers": {"passports_held": "yes"},
    }
    with vault.reading() as session:
        action = session.scalars(select(CorrectiveAction)).one()
        assert action.description == "Return every passport at once"
        assert action.deadline == TODAY + dt.timedelta(days=1)
        events = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert events[-2:] == ["finding.derived", "corrective_action.proposed"]


def test_a_changed_answer_withdraws_the_finding_and_its_action(
    vault: Vault, inspection: uuid.UUID
) -> None:
    answer(vault, inspection, passports_held="yes")
    answer(vault, inspection, passports_held="no")
    assert derived(vault, inspection) == {}
    with vault.reading() as session:
        assert session.scalars(select(CorrectiveAction)).all() == []
        events = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert events[-2:] == ["corrective_action.withdrawn", "finding.withdrawn"]


def test_findings_in_repeats_follow_entries_and_their_answers(
    vault: Vault, inspection: uuid.UUID
) -> None:
    answer(vault, inspection, fees_charged_to_workers="yes")
    with UnitOfWork(vault) as uow:
        first = add_entry(uow, inspection, "payments")
        second = add_entry(uow, inspection, "payments")
    answer(
        vault,
        inspection,
        **{
            f"payments[{first}].amount": {"amount": "750", "currency": "USD"},
            f"payments[{first}].receipt": "no",
            f"payments[{second}].category": "bribe",
        },
    )
    findings = derived(vault, inspection)
    assert set(findings) == {"fees-charged", "no-receipt-large", "illegitimate-payment"}
    assert findings["no-receipt-large"].evidence["answers"] == {
        f"payments[{first}].receipt": "no",
        f"payments[{first}].amount": {"amount": "750", "currency": "USD"},
    }
    with UnitOfWork(vault) as uow:
        remove_entry(uow, inspection, "payments", second)
    assert set(derived(vault, inspection)) == {"fees-charged", "no-receipt-large"}
    with vault.reading() as session:
        assert not any(path.startswith(f"payments[{second}]") for path in answers_of(
            session, inspection
        ))  # fmt: skip


def test_an_override_needs_a_reason_which_is_kept_and_audited(
    vault: Vault, inspection: uuid.UUID
) -> None:
    answer(vault, inspection, licence_displayed="no")
    finding = derived(vault, inspection)["licence-not-displayed"]
    for reason in ("", "   "):
        with pytest.raises(InvalidInput, match="Say why"), UnitOfWork(vault) as uow:
            override_finding(uow, finding.id, reason=reason, dropped=True)
    assert not derived(vault, inspection)["licence-not-displayed"].dropped
    with UnitOfWork(vault) as uow:
        override_finding(
            uow,
            finding.id,
            reason="Licence was at the branch office; shown within the hour",
            severity=Severity.OBSERVATION,
        )
    # Another answer re-derives every finding: the override stays.
    answer(vault, inspection, licence_in_scope="yes")
    kept = derived(vault, inspection)["licence-not-displayed"]
    assert kept.severity is Severity.OBSERVATION
    assert kept.override_reason == "Licence was at the branch office; shown within the hour"
    assert kept.evidence["rule_severity"] == "minor"
    with vault.reading() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "finding.overridden")
        ).one()
        assert event.details["reason"] == kept.override_reason
        assert event.details["severity"] == ["minor", "observation"]
    with UnitOfWork(vault) as uow:
        override_finding(uow, finding.id, reason="Not a breach under national law", dropped=True)
    assert derived(vault, inspection)["licence-not-displayed"].dropped


def test_answers_of_the_wrong_kind_are_refused_naming_the_question(
    vault: Vault, inspection: uuid.UUID
) -> None:
    cases = {
        "licence_expiry": ("next spring", "The answer to 'licence_expiry' must be a date"),
        "licence_displayed": ("maybe", "must be one of yes, no, na"),
        "passport_photo": ("photo.jpg", "must be a list of attachments"),
        "payments[nope].amount": ("5", "Repeat 'payments' has no entry 'nope'"),
        "amount": ("5", "Question 'amount' sits in payments, not where 'amount' puts it"),
        "total_paid": (5, "'total_paid' is filled in by the app, not by hand"),
        "fee_paid": ("yes", "Form small-inspection@1 has no question 'fee_paid'"),
    }
    for path, (value, message) in cases.items():
        with (
            pytest.raises(InvalidInput, match=message.replace("(", r"\(")),
            UnitOfWork(vault) as uow,
        ):
            record_answer(uow, inspection, path, value)
    with vault.reading() as session:
        assert answers_of(session, inspection) == {}


def test_complete_is_refused_while_an_answer_breaks_a_constraint(
    vault: Vault, inspection: uuid.UUID
) -> None:
    answer(vault, inspection, **{**COMPLIANT, "fees_charged_to_workers": "yes"})
    with UnitOfWork(vault) as uow:
        entry = add_entry(uow, inspection, "payments")
    answer(
        vault,
        inspection,
        **{
            f"payments[{entry}].category": "medical",
            f"payments[{entry}].amount": {"amount": "0", "currency": "USD"},
        },
    )
    with pytest.raises(InvalidInput) as refused, UnitOfWork(vault) as uow:
        complete_inspection(uow, inspection)
    assert str(refused.value).endswith(f"payments[{entry}].amount (The amount must be above zero).")


def _v2_document() -> dict[str, Any]:
    """The small form replaced by a newer version: a question renamed, a rule made stricter."""
    document = copy.deepcopy(dict(small_form().document))
    document["version"] = "2"
    licence = document["sections"][0]["questions"]
    licence[0]["findings"][0]["severity"] = "major"
    licence[2]["id"] = "licence_covers_destination"
    return document


def test_a_draft_keeps_working_on_its_form_version_after_a_newer_one_is_used(
    vault: Vault, agency: uuid.UUID, inspection: uuid.UUID
) -> None:
    answer(vault, inspection, licence_displayed="no", licence_expiry="2026-01-31")
    with vault.reading() as session:
        before = render_text(evaluation_of(session, inspection, today=TODAY))
    findings_before = {k: (f.severity, f.title) for k, f in derived(vault, inspection).items()}

    newer = load_document(_v2_document())
    with UnitOfWork(vault) as uow:
        new_inspection = start_inspection(uow, agency, newer)
        record_answer(uow, new_inspection, "licence_displayed", "no", today=TODAY)
        # The old question does not exist in version 2 ...
        with pytest.raises(InvalidInput, match="no question 'licence_in_scope'"):
            record_answer(uow, new_inspection, "licence_in_scope", "yes")
    assert derived(vault, new_inspection)["licence-not-displayed"].severity is Severity.MAJOR

    # ... but the draft on version 1 still takes it, and derives with version 1's rules.
    answer(vault, inspection, licence_in_scope="yes")
    with vault.reading() as session:
        assert get_inspection(session, inspection).form_version == "1"
        after = render_text(evaluation_of(session, inspection, today=TODAY))
        versions = {(v.form_id, v.version, v.inspections) for v in list_form_versions(session)}
    assert versions == {("small-inspection", "1", 1), ("small-inspection", "2", 1)}
    assert after == before.replace(
        "[2/3]", "[3/3]"
    ).replace("Is the work within the licence's scope?: -  <missing>",
              "Is the work within the licence's scope?: Yes")  # fmt: skip
    findings_after = {k: (f.severity, f.title) for k, f in derived(vault, inspection).items()}
    assert findings_after == findings_before
    assert findings_before["licence-not-displayed"][0] is Severity.MINOR


def test_a_changed_form_under_an_old_version_number_is_refused(
    vault: Vault, agency: uuid.UUID, inspection: uuid.UUID
) -> None:
    document = _v2_document()
    document["version"] = "1"
    with (
        pytest.raises(InvalidInput, match="give the changed form a new version"),
        UnitOfWork(vault) as uow,
    ):
        start_inspection(uow, agency, load_document(document))


def test_a_follow_up_checks_each_open_corrective_action(
    vault: Vault, agency: uuid.UUID, inspection: uuid.UUID
) -> None:
    answer(vault, inspection, **{**COMPLIANT, "licence_displayed": "no", "passports_held": "yes"})
    with UnitOfWork(vault) as uow:
        manual = add_finding(uow, inspection, severity=Severity.MINOR, title="No fee schedule")
        complete_inspection(uow, inspection)
        lock_inspection(uow, inspection)
    follow_up_form = load_file(SMALL_FORM_PATH.with_name("small-follow-up.yaml"))
    with UnitOfWork(vault) as uow:
        follow_up = start_inspection(
            uow, agency, follow_up_form, kind=InspectionKind.FOLLOW_UP, follows_up_id=inspection
        )
    with vault.reading() as session:
        answers = answers_of(session, follow_up)
        actions = {a.description: a for a in session.scalars(select(CorrectiveAction))}
    entries = answers["actions"]
    assert len(entries) == 2 and manual  # the manual finding has no corrective action
    prefilled = {answers[f"actions[{key}].action"]: key for key in entries}
    assert set(prefilled) == {"Return every passport at once", "Display the licence"}
    passports = prefilled["Return every passport at once"]
    assert answers[f"actions[{passports}].action_id"] == str(
        actions["Return every passport at once"].id
    )
    assert answers[f"actions[{passports}].severity"] == "critical"
    with pytest.raises(InvalidInput, match="filled in by the app"), UnitOfWork(vault) as uow:
        record_answer(uow, follow_up, f"actions[{passports}].action", "changed")
    # Past the one-day deadline and still not done: two findings on that entry.
    later = dt.date.today() + dt.timedelta(days=30)
    with UnitOfWork(vault) as uow:
        record_answer(uow, follow_up, f"actions[{passports}].status", "not_done", today=later)
    findings = derived(vault, follow_up)
    assert set(findings) == {"action-not-done", "action-overdue"}
    assert findings["action-overdue"].evidence["answers"] == {
        f"actions[{passports}].status": "not_done",
        f"actions[{passports}].deadline": answers[f"actions[{passports}].deadline"],
    }
