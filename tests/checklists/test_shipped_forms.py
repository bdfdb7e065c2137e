"""The shipped checklists: complete in English, French and Spanish, covering what
checklist-reference.md lists, and usable from start to end."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from inspector.checklists.library import shipped_form, shipped_forms
from inspector.checklists.model import Form, Purpose, Text
from inspector.checklists.state import evaluate_form
from inspector.services.sample_answers import sample_answers

LANGUAGES = {"en", "fr", "es"}


def texts(form: Form) -> Iterator[tuple[str, Text]]:
    yield "title", form.title
    for key, text in form.standards.items():
        yield f"standards.{key}", text
    for section in form.sections:
        yield f"{section.id}.title", section.title
        if section.hint:
            yield f"{section.id}.hint", section.hint
        for question in form.all_questions().values():
            if question.section != section.id:
                continue
            for name in ("label", "hint", "constraint_message", "item_label"):
                text = getattr(question, name)
                if text:
                    yield f"{question.id}.{name}", text
            for choice in question.choices:
                yield f"{question.id}.choices.{choice.value}", choice.label
            for rule in question.findings:
                for name in ("title", "description", "corrective_action"):
                    text = getattr(rule, name)
                    if text:
                        yield f"{rule.id}.{name}", text


@pytest.mark.parametrize("form", shipped_forms(), ids=lambda form: form.id)
def test_every_text_is_in_english_french_and_spanish(form: Form) -> None:
    assert set(form.languages) >= LANGUAGES
    incomplete = [where for where, text in texts(form) if not set(text) >= LANGUAGES]
    assert incomplete == []


def test_the_agency_inspection_covers_every_section_of_the_reference() -> None:
    form = shipped_form("agency-inspection")
    assert [s.id for s in form.sections] == [*(f"S{n:02d}" for n in range(1, 14)), "ACK"]
    cited = {standard for _q, rule in form.rules().values() for standard in rule.standards}
    assert {"IRIS-A", "IRIS-B", "IRIS-1", "IRIS-2", "IRIS-3", "IRIS-4", "IRIS-5"} <= cited
    assert {"C181-3", "C181-7"} <= cited
    severities = {rule.severity for _q, rule in form.rules().values()}
    assert severities == {"critical", "major", "minor", "observation"}


def test_the_interview_is_confidential_and_asks_consent_first() -> None:
    form = shipped_form("worker-interview")
    assert form.purpose is Purpose.INTERVIEW and form.confidential
    first = form.sections[0].questions
    assert "consent" in [q.id for q in first]
    # Without consent nothing else shows.
    shown = evaluate_form(form, {"consent": "no"}).questions
    assert {path for path, state in shown.items() if state.visible and state.question.section
            != form.sections[0].id} == set()  # fmt: skip
    # A worker is a code: no question asks who they are.
    ids = list(form.all_questions())
    assert [i for i in ids if any(w in i for w in ("name", "phone", "passport_n"))] == []


def test_the_follow_up_prefills_open_corrective_actions() -> None:
    form = shipped_form("follow-up-inspection")
    assert form.purpose is Purpose.FOLLOW_UP
    assert any(q.prefill == "open_corrective_actions" for q in form.all_questions().values())


@pytest.mark.parametrize("form", shipped_forms(), ids=lambda form: form.id)
def test_a_whole_form_can_be_answered_and_completed(form: Form) -> None:
    for seed in range(5):
        given = {"consent": "yes"} if form.purpose is Purpose.INTERVIEW else {}
        answers = {
            **given,
            **dict(
                sample_answers(
                    form,
                    random.Random(seed),  # noqa: S311 - sample data
                    breach_rate=0.3,
                    attachment="a" * 64,
                    given=given,
                )
            ),
        }
        result = evaluate_form(form, answers)
        assert result.problems == ()
