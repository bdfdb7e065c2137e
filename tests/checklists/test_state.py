"""What answers mean under a form: visibility, missing and invalid answers, progress, and the
findings derived, each naming the rule and the answers behind it. Expectations are written out by
hand against tests/data/forms/small-inspection.yaml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from inspector.checklists.loader import load_file
from inspector.checklists.model import Form
from inspector.checklists.state import evaluate_form

SMALL = Path(__file__).parents[1] / "data" / "forms" / "small-inspection.yaml"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def form() -> Form:
    return load_file(SMALL)


def usd(amount: str) -> dict[str, str]:
    return {"amount": amount, "currency": "USD"}


COMPLIANT: dict[str, Any] = {
    "licence_displayed": "yes",
    "licence_expiry": "2027-06-30",
    "licence_in_scope": "yes",
    "fees_charged_to_workers": "no",
    "passports_held": "no",
}


def test_a_compliant_inspection_is_complete_and_finds_nothing(form: Form) -> None:
    result = evaluate_form(form, COMPLIANT, today=TODAY)
    assert result.complete
    assert result.findings == ()
    assert [(s.id, s.answered, s.total) for s in result.sections] == [
        ("licence", 3, 3),
        ("fees", 1, 1),  # payments and notes are hidden: fees were not charged
        ("documents", 1, 1),
    ]
    # Counted for the editor: required and shown questions only (fee notes are optional here).
    assert [(s.id, s.required_answered, s.required) for s in result.sections] == [
        ("licence", 3, 3),
        ("fees", 1, 1),
        ("documents", 1, 1),
    ]
    blank = evaluate_form(form, {}, today=TODAY)
    assert [(s.required_answered, s.required) for s in blank.sections] == [(0, 3), (0, 1), (0, 1)]


def test_relevance_hides_and_shows_and_hidden_answers_do_not_count(form: Form) -> None:
    answers = {
        **COMPLIANT,
        # Left over from before the inspector changed 'fees' to no: hidden, so ignored.
        "payments": ["p1"],
        "payments[p1].category": "bribe",
        "passport_photo": ["a" * 64],
    }
    result = evaluate_form(form, answers, today=TODAY)
    assert not result.questions["payments"].visible
    assert not result.questions["payments[p1].category"].visible
    assert not result.questions["passport_photo"].visible
    assert result.findings == ()  # the hidden 'bribe' derives nothing
    assert result.complete

    answers["fees_charged_to_workers"] = "yes"
    shown = evaluate_form(form, answers, today=TODAY)
    assert shown.questions["payments"].visible
    assert shown.questions["payments[p1].category"].visible
    assert [f.rule_id for f in shown.findings] == ["fees-charged", "illegitimate-payment"]


def test_missing_and_invalid_answers_are_listed_by_path(form: Form) -> None:
    answers = {
        "licence_displayed": "yes",
        "fees_charged_to_workers": "yes",
        "payments": ["p1", "p2"],
        "payments[p1].category": "placement",
        "payments[p1].amount": usd("800"),
        "payments[p2].amount": usd("-5"),
        "payments[p2].category": "medical",
    }
    result = evaluate_form(form, answers, today=TODAY)
    assert result.missing == ["licence_expiry", "licence_in_scope", "passports_held"]
    assert [(p.path, p.message) for p in result.invalid] == [
        ("payments[p2].amount", "The amount must be above zero")
    ]
    fees = next(s for s in result.sections if s.id == "fees")
    assert fees.invalid == ("payments[p2].amount",)
    assert not fees.done


def test_a_calculation_drives_relevance_and_requirement(form: Form) -> None:
    answers = {
        **COMPLIANT,
        "fees_charged_to_workers": "yes",
        "payments": ["p1", "p2"],
        "payments[p1].category": "placement",
        "payments[p1].amount": usd("700"),
        "payments[p2].category": "medical",
        "payments[p2].amount": usd("400.50"),
    }
    result = evaluate_form(form, answers, today=TODAY)
    # total_paid = 1100.50 > 1000 makes the notes visible and required.
    assert result.questions["fee_notes"].visible
    assert result.missing == ["fee_notes"]
    answers["payments[p2].amount"] = usd("100")
    assert evaluate_form(form, answers, today=TODAY).missing == []


def test_a_required_repeat_needs_an_entry(form: Form) -> None:
    answers = {**COMPLIANT, "fees_charged_to_workers": "yes"}
    assert evaluate_form(form, answers, today=TODAY).missing == ["payments"]


def test_findings_name_their_rule_and_the_answers_behind_them(form: Form) -> None:
    answers = {
        **COMPLIANT,
        "licence_displayed": "no",
        "licence_expiry": "2026-10-31",
        "fees_charged_to_workers": "yes",
        "payments": ["p1", "p2"],
        "payments[p1].category": "placement",
        "payments[p1].amount": usd("950"),
        "payments[p1].receipt": "no",
        "payments[p2].category": "bribe",
        "payments[p2].amount": usd("200"),
        "payments[p2].receipt": "no",
        "passports_held": "yes",
    }
    result = evaluate_form(form, answers, today=TODAY)
    got = [
        (f.rule_id, f.question_path, f.severity, f.standards, dict(f.answers), f.deadline_days)
        for f in result.findings
    ]
    assert got == [
        ("licence-expired", "licence_expiry", "critical", ("C181-3",),
         {"licence_expiry": "2026-10-31"}, 14),
        ("fees-charged", "fees_charged_to_workers", "critical", ("IRIS-1",),
         {"fees_charged_to_workers": "yes"}, 14),
        ("illegitimate-payment", "payments[p2].category", "critical", (),
         {"payments[p2].category": "bribe"}, 14),
        ("passports-held", "passports_held", "critical", ("IRIS-2",),
         {"passports_held": "yes"}, 1),
        ("licence-not-displayed", "licence_displayed", "minor", ("C181-3",),
         {"licence_displayed": "no"}, 90),
        # Only the large payment without a receipt: p2 is 200, under the rule's 500.
        ("no-receipt-large", "payments[p1].receipt", "minor", (),
         {"payments[p1].receipt": "no", "payments[p1].amount": usd("950")}, 90),
        ("passports-and-fees", "passports_held", "observation", ("IRIS-2",),
         {"passports_held": "yes", "payments[p1].receipt": "no", "payments[p2].receipt": "no"},
         None),
    ]  # fmt: skip
    fees = result.findings[1]
    assert fees.title["fr"] == "Frais de recrutement facturés aux travailleurs"
    assert fees.when == ". = 'yes'"


def test_a_blank_answer_never_fires_a_rule(form: Form) -> None:
    assert evaluate_form(form, {}, today=TODAY).findings == ()


def test_a_stored_answer_of_the_wrong_kind_is_invalid_not_a_crash(form: Form) -> None:
    answers = {**COMPLIANT, "licence_expiry": "next spring", "passports_held": ["x"]}
    result = evaluate_form(form, answers, today=TODAY)
    assert {p.path for p in result.invalid} == {"licence_expiry", "passports_held"}
    assert result.findings == ()


def test_a_rule_on_a_calculation_names_the_result_and_the_answers_behind_it() -> None:
    from inspector.checklists.loader import load_document

    document = {
        "id": "calc",
        "version": "1",
        "title": "Calc",
        "sections": [
            {
                "id": "S",
                "title": "S",
                "questions": [
                    {"id": "workers", "type": "integer", "label": "Workers"},
                    {"id": "paid", "type": "integer", "label": "Workers who paid"},
                    {
                        "id": "share_paid",
                        "type": "calculate",
                        "calculation": "paid * 100 / workers",
                        "findings": [
                            {"id": "many-paid", "when": ". >= 50", "severity": "major",
                             "title": "Half the workers paid"}
                        ],
                    },
                ],
            }
        ],
    }  # fmt: skip
    result = evaluate_form(load_document(document), {"workers": 8, "paid": 4}, today=TODAY)
    (finding,) = result.findings
    assert dict(finding.answers) == {"share_paid": 50, "paid": 4, "workers": 8}
