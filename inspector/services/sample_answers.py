"""Plausible answers for any checklist, for demo data, screenshots and benchmarks.

The answers follow the form as an inspector would: only visible questions, values that meet the
constraints, and a chosen share of answers that breach a rule (found by trying each candidate
value against the question's finding rules)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from inspector.checklists.answers import to_value
from inspector.checklists.evaluator import evaluate, truthy
from inspector.checklists.model import CHOICE_TYPES, Expression, Form, Question, QuestionType
from inspector.checklists.state import evaluate_form
from inspector.errors import ExpressionError

_NOTES = [
    "Checked against the ledger and the licence file.",
    "The responsible person answered; documents seen on site.",
    "Copies requested; to be verified at the next visit.",
]


class _Known:
    """An Env over the answers given so far (relevance aside): enough to test a candidate
    against its question's constraint and rules."""

    def __init__(
        self, form: Form, answers: dict[str, Any], entry: str | None, current: Any,
        today: dt.date,
    ) -> None:  # fmt: skip
        self.form = form
        self.answers = answers
        self.entry = entry
        self.current = current
        self.today = today

    def value(self, name: str) -> Any:
        question = self.form.all_questions().get(name)
        if question is None:
            return None
        path = name if question.repeat is None else f"{question.repeat}[{self.entry}].{name}"
        try:
            return to_value(question, self.answers.get(path))
        except (ValueError, TypeError):
            return None

    def entries(self, repeat: str) -> Sequence[_Known]:
        keys = self.answers.get(repeat) or []
        return [_Known(self.form, self.answers, key, None, self.today) for key in keys]


def _fires(rule: Expression, env: _Known) -> bool:
    try:
        return truthy(evaluate(rule.tree, env))
    except ExpressionError:
        return False


def _candidates(question: Question, rng: random.Random, today: dt.date) -> list[tuple[Any, Any]]:
    """(stored answer, expression value) pairs worth trying for a question."""
    qtype = question.type
    if qtype in CHOICE_TYPES and qtype is not QuestionType.SELECT_MULTIPLE:
        return [(c.value, c.value) for c in question.choices]
    if qtype is QuestionType.SELECT_MULTIPLE:
        values = [c.value for c in question.choices]
        picks = [rng.sample(values, k=rng.randint(1, min(2, len(values)))) for _ in range(4)]
        return [(pick, tuple(pick)) for pick in picks]
    if qtype is QuestionType.INTEGER:
        return [(n, Decimal(n)) for n in (rng.randint(1, 12), rng.randint(0, 3), 25, 0)]
    if qtype is QuestionType.DECIMAL:
        return [(str(n), Decimal(n)) for n in (rng.randint(1, 90), 1)]
    if qtype is QuestionType.MONEY:
        amounts = [rng.randrange(50, 2000, 10), rng.randrange(5, 100)]
        currency = question.currency or "USD"
        return [({"amount": f"{a}.00", "currency": currency}, Decimal(a)) for a in amounts]
    if qtype is QuestionType.DATE:
        days = [rng.randint(-400, -5), rng.randint(30, 700), 0]
        dates = [today + dt.timedelta(days=d) for d in days]
        return [(d.isoformat(), d) for d in dates]
    if qtype in (QuestionType.TEXT, QuestionType.LONG_TEXT):
        text = rng.choice(_NOTES)
        if question.constraint is None:
            return [(text, text)]
        codes = rng.sample(["NP", "QA", "MY", "SA", "AE", "BD", "PH"], 3)  # corridors, say
        return [(text, text), *((code, code) for code in codes), ("A-1024", "A-1024")]
    return []


def _pick(question: Question, rng: random.Random, breach_rate: float, known: _Known) -> Any:
    tried = []
    for stored, value in _candidates(question, rng, known.today):
        env = _Known(known.form, known.answers, known.entry, value, known.today)
        if question.constraint is None or _fires(question.constraint, env):
            tried.append((stored, env))
    if not tried:
        return None
    breaching = [s for s, env in tried if any(_fires(r.when, env) for r in question.findings)]
    clean = [s for s, _env in tried if s not in breaching]
    if breaching and (not clean or rng.random() < breach_rate):
        return rng.choice(breaching)
    if question.type in (QuestionType.YES_NO, QuestionType.YES_NO_NA) and "yes" in clean:
        # Without a rule to say otherwise, most checks pass; 'not applicable' is rare.
        return "yes" if rng.random() < 0.8 or len(clean) == 1 else rng.choice(clean)
    return rng.choice(clean)


def sample_answers(
    form: Form,
    rng: random.Random,
    *,
    breach_rate: float = 0.1,
    today: dt.date | None = None,
    attachment: str | None = None,
    sections: int | None = None,
    given: dict[str, Any] | None = None,
) -> Iterator[tuple[str, Any]]:
    """(path, stored answer) in the order an inspector would give them. Repeats get one or two
    entries; evidence and signatures get ``attachment`` if one is given. ``sections`` stops
    after that many sections (an inspection in progress); ``given`` answers are taken as already
    there (consent to an interview, say) and not repeated."""
    today = today or dt.date.today()
    answers: dict[str, Any] = dict(given or {})
    wanted = {s.id for s in form.sections[: sections if sections is not None else None]}
    for _round in range(6):  # relevance opens questions as answers come in
        added = False
        result = evaluate_form(form, answers, today=today)
        for path, state in result.questions.items():
            question = state.question
            if (
                path in answers
                or not state.visible
                or question.section not in wanted
                or question.readonly
                or question.prefill
            ):
                continue
            value: Any = None
            if question.type is QuestionType.REPEAT:
                count = max(question.min_count, rng.randint(1, 2))
                if question.max_count is not None:
                    count = min(count, question.max_count)
                value = [f"e{n + 1}" for n in range(count)]
            elif question.type in (QuestionType.EVIDENCE, QuestionType.SIGNATURE):
                if attachment is not None:
                    value = [attachment] if question.type is QuestionType.EVIDENCE else attachment
            elif question.type.holds_answer:
                entry = path.split("[", 1)[1].split("]", 1)[0] if question.repeat else None
                known = _Known(form, answers, entry, None, today)
                value = _pick(question, rng, breach_rate, known)
            if value is not None:
                answers[path] = value
                added = True
                yield path, value
        if not added:
            return
