"""The expression language: what expressions mean, and that nothing a form or an answer holds
can make the parser, the checker or the evaluator raise anything but ExpressionError."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.checklists.check import (
    ANY,
    DATE,
    NUMBER,
    TEXT,
    Kind,
    Scope,
    Symbol,
    Type,
    check,
    check_condition,
)
from inspector.checklists.evaluator import evaluate
from inspector.checklists.expressions import MAX_DEPTH, parse
from inspector.errors import ExpressionError, InspectorError

TODAY = dt.date(2026, 11, 26)


class Answers:
    """An Env over a plain dict; repeats are lists of dicts."""

    def __init__(self, values: dict[str, Any], current: Any = None) -> None:
        self.values = values
        self._current = current

    @property
    def current(self) -> Any:
        return self._current

    @property
    def today(self) -> dt.date:
        return TODAY

    def value(self, name: str) -> Any:
        if name not in self.values:
            raise ExpressionError(f"Unknown question '{name}'.")
        return self.values[name]

    def entries(self, repeat: str) -> Sequence[Answers]:
        entries = self.values.get(repeat)
        if not isinstance(entries, list):
            raise ExpressionError(f"'{repeat}' is not a repeat.")
        return [Answers({**self.values, **entry}) for entry in entries if isinstance(entry, dict)]


SAMPLE = {
    "fees": "yes",
    "amount": Decimal("950"),
    "expiry": dt.date(2026, 1, 31),
    "categories": ("placement", "medical"),
    "notes": "",
    "missing": None,
    "payments": [
        {"paid": Decimal(100), "receipt": "no"},
        {"paid": Decimal(250), "receipt": "yes"},
        {"paid": None, "receipt": None},
    ],
}


@pytest.mark.parametrize(
    ("text", "current", "expected"),
    [
        ("fees = 'yes'", None, True),
        ("fees == 'yes' and amount > 900", None, True),
        ("fees != 'yes' or amount < 10", None, False),
        ("not (fees = 'no')", None, True),
        ("amount * 2 - 100 / 4", None, Decimal("1875")),
        ("-amount + 1000", None, Decimal("50")),
        ("amount / 0", None, None),
        ("selected(categories, 'medical')", None, True),
        ("selected(categories, 'bribe')", None, False),
        ("count_selected(categories)", None, Decimal(2)),
        ("empty(notes) and empty(missing) and filled(fees)", None, True),
        ("missing = 'yes'", None, None),  # a comparison with a blank is unknown
        ("missing != 'yes'", None, None),
        ("not (missing > 0)", None, None),  # and stays unknown however it is negated
        ("not selected(missing, 'a')", None, None),
        ("missing = 'yes' or fees = 'yes'", None, True),
        ("missing = 'yes' and fees = 'no'", None, False),
        ("missing = 'yes' and fees = 'yes'", None, None),
        ("all(payments, receipt = 'yes')", None, False),
        ("any(payments, receipt = 'yes')", None, True),
        ("all(payments, paid > 0)", None, None),  # the third payment is blank
        ("count(payments)", None, Decimal(3)),
        ("count(payments.paid)", None, Decimal(2)),
        ("sum(payments.paid)", None, Decimal(350)),
        ("max(payments.paid)", None, Decimal(250)),
        ("any(payments, receipt = 'no')", None, True),
        ("count_if(payments, paid > 50)", None, Decimal(2)),
        ("expiry < today()", None, True),
        ("expiry < '2026-01-01'", None, False),
        ("today() - expiry", None, Decimal(299)),
        ("expiry + 28 > date('2026-03-01')", None, False),
        ("length('abc')", None, Decimal(3)),
        ("if(fees = 'yes', 'pay back', 'none')", None, "pay back"),
        ("round(10 / 3, 2)", None, Decimal("3.33")),
        ("coalesce(missing, 5)", None, Decimal(5)),
        ("concat(fees, '-', amount)", None, "yes-950"),
        (". > 0", Decimal(3), True),
        ("${fees} = 'yes'", None, True),
    ],
)
def test_expression_values(text: str, current: Any, expected: Any) -> None:
    assert evaluate(parse(text), Answers(SAMPLE, current)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The expression is empty."),
        ("fees = ", "Expected a value, a question or '(' at position 8, found the end."),
        ("fees = 'yes", "Unexpected character \"'\" at position 8."),
        ("fees 'yes'", "Expected an operator or the end at position 6, found \"'yes'\"."),
        ("a < b < c", "Comparisons cannot be chained; join them with 'and' at position 7"),
        ("f(1,", "Expected a value, a question or '(' at position 5, found the end."),
        ("payments.", "Expected a question name after 'payments.' at position 10, found the end."),
        ("1 # 2", "Unexpected character '#' at position 3."),
        ("(" * (MAX_DEPTH + 5) + "1" + ")" * (MAX_DEPTH + 5), "The expression nests deeper"),
        ("x" * 3000, "The expression is longer than 2000 characters."),
    ],
)  # fmt: skip
def test_parse_errors_say_what_and_where(text: str, message: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse(text)
    assert str(caught.value).startswith(message)


def test_unknown_question_at_run_time_is_an_expression_error() -> None:
    with pytest.raises(ExpressionError):
        evaluate(parse("nobody = 1"), Answers(SAMPLE))


SYMBOLS = {
    "fees": Symbol(Type(Kind.TEXT, frozenset({"yes", "no"}))),
    "amount": Symbol(NUMBER),
    "expiry": Symbol(DATE),
    "notes": Symbol(TEXT),
    "categories": Symbol(Type(Kind.MULTI, frozenset({"placement", "medical"}))),
    "payments": Symbol(Type(Kind.REPEAT)),
    "paid": Symbol(NUMBER, repeat="payments"),
    "receipt": Symbol(Type(Kind.TEXT, frozenset({"yes", "no"})), repeat="payments"),
    "calc": Symbol(ANY),
}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fees = 'maybe'", "'maybe' is not one of the choices (no, yes)"),
        ("amount > 'x'", "cannot compare number with text"),
        ("notes + 1", "'+' needs number, but this is text"),
        ("paid > 0", "question 'paid' is inside repeat 'payments'; use sum(payments.paid), "
                     "any(payments, ...) or count(payments)"),
        ("sum(payments.receipt) > 1", "sum() needs numbers, but this column is text"),
        ("any(payments, paid)", "the condition gives number, not yes/no"),
        ("selected(notes, 'x')", "selected() needs a choice question"),
        ("selected(categories, 'bribe')", "'bribe' is not one of the choices (medical, placement)"),
        ("count(amount) > 1", "count() takes a repeat, a repeat column or a list of attachments"),
        ("payments = 1", "a whole repeat cannot be used with '='; use count(), sum() or any()"),
        ("fees < 'yes' and nobody", "unknown question 'nobody'"),
        ("expiry > 3", "cannot compare date with number"),
        ("today(1)", "today() takes 0 argument(s), not 1"),
        ("round(1, 2, 3)", "round() takes 1-2 argument(s), not 3"),
        ("amount.paid > 1", "'amount' is not a repeat, so 'amount.paid' means nothing"),
        ("payments.amount > 1", "repeat 'payments' has no question 'amount'"),
    ],
)  # fmt: skip
def test_type_errors_are_found_when_the_form_loads(text: str, message: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        check_condition(parse(text), Scope(SYMBOLS))
    assert str(caught.value) == message


def test_inside_a_repeat_siblings_are_plain_names() -> None:
    check_condition(parse("paid > 0 and receipt = 'no'"), Scope(SYMBOLS, repeat="payments"))


# -- property-based: nothing but our own error, whatever the input ----------------------------

NAMES = st.sampled_from([*SYMBOLS, "nobody", "payments.paid", "payments.receipt", "."])
LITERALS = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(lambda d: str(abs(d))),
    st.text(alphabet="abc yes-no0123", max_size=8).map(lambda s: repr(s.replace("'", ""))),
    st.sampled_from(["true", "false", "today()", "'2026-02-30'", "'2026-01-01'", "1e999"]),
)
FUNCTIONS = st.sampled_from(
    ["selected", "count_selected", "empty", "filled", "count", "sum", "min", "max", "any", "all",
     "count_if", "today", "date", "length", "if", "round", "coalesce", "concat", "nosuch"]
)  # fmt: skip
OPERATORS = st.sampled_from(["=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "and", "or"])


def _expressions() -> st.SearchStrategy[str]:
    leaves = st.one_of(NAMES, LITERALS)
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.tuples(inner, OPERATORS, inner).map(" ".join),
            inner.map(lambda e: f"({e})"),
            inner.map(lambda e: f"not {e}"),
            inner.map(lambda e: f"-{e}"),
            st.tuples(FUNCTIONS, st.lists(inner, max_size=3)).map(
                lambda t: f"{t[0]}({', '.join(t[1])})"
            ),
        ),
        max_leaves=12,
    )


ANSWER_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.dates(),
    st.lists(st.text(max_size=3), max_size=3).map(tuple),
    st.lists(st.dictionaries(st.sampled_from(["paid", "receipt"]), st.integers()), max_size=3),
)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_parsing_arbitrary_text_raises_only_our_error(text: str) -> None:
    with contextlib.suppress(InspectorError):
        parse(text)


@settings(max_examples=400, deadline=None)
@given(
    _expressions(),
    st.dictionaries(st.sampled_from(list(SYMBOLS)), ANSWER_VALUES),
    ANSWER_VALUES,
)
def test_evaluating_arbitrary_expressions_on_arbitrary_answers_raises_only_our_error(
    text: str, answers: dict[str, Any], current: Any
) -> None:
    try:
        tree = parse(text)
    except ExpressionError:
        return
    with contextlib.suppress(ExpressionError):
        # The form would be refused; evaluation must still be safe.
        check(tree, Scope(SYMBOLS, current=NUMBER))
    values = {name: None for name in SYMBOLS} | answers
    with contextlib.suppress(InspectorError):
        evaluate(tree, Answers(values, current))


@settings(max_examples=200, deadline=None)
@given(_expressions())
def test_checked_expressions_evaluate_without_error_on_well_typed_answers(text: str) -> None:
    """What passes the checker never fails in the field on answers of the promised types."""
    try:
        tree = parse(text)
        check(tree, Scope(SYMBOLS, current=NUMBER))
    except ExpressionError:
        return
    values = {**SAMPLE, "calc": Decimal(1)}
    evaluate(tree, Answers(values, Decimal(7)))
