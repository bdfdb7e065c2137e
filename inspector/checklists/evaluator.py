"""Evaluation of a parsed expression against answers.

Values are ``Decimal`` (numbers and money amounts), ``str`` (text, choices, yes/no answers),
``bool``, ``datetime.date``, ``tuple[str, ...]`` (multiple choice, attachments) or ``None``
(unanswered or hidden). A comparison with a blank is unknown (``None``), and ``and`` / ``or`` /
``not`` follow three-valued logic (``not unknown`` is unknown), so a finding rule never fires on
a blank, however it is negated; ``empty()`` is how to ask about blanks. A division by zero or
an overflow gives ``None``. Nothing here raises anything but ``ExpressionError``, whatever the
answers hold.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    Context,
    Decimal,
    InvalidOperation,
    localcontext,
)
from typing import Any, Protocol

from inspector.checklists import functions
from inspector.checklists.expressions import Binary, Call, Current, Literal, Node, Ref, Unary
from inspector.errors import ExpressionError
from inspector.i18n import _

_NUMERIC = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")
# No trap: an impossible operation gives NaN or Infinity, which become None.
_DECIMAL = Context(prec=28, traps=[], Emax=999_999, Emin=-999_999)


class Env(Protocol):
    """What an expression can see: answers by question, repeat entries, its own value, today."""

    @property
    def current(self) -> Any: ...

    @property
    def today(self) -> dt.date: ...

    def value(self, name: str) -> Any:
        """The value of question ``name`` (in this repeat entry if it is inside one), or None."""

    def entries(self, repeat: str) -> Sequence[Env]:
        """One environment per entry of ``repeat``, where its questions resolve."""

    # An environment may have ``table(name)``: the rows of a form's table, for lookup().
    # An environment inside a repeat entry may have ``position``, the entry's number (from 1).
    # An environment may also have ``choice`` (a model.Choice): in a choice_filter, the choice it
    # is read for, whose value and filter columns ``choice.value`` and ``choice.<column>`` give.


def _finite(value: Decimal) -> Decimal | None:
    return value if value.is_finite() else None


def as_number(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return _finite(value)
    if isinstance(value, int):
        return _finite(_DECIMAL.create_decimal(value))
    return None


def as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, tuple | list | dict) and not value)


def truthy(value: Any) -> bool:
    return value is True


def _logic(value: Any) -> bool | None:
    """True, False or unknown: anything but a yes/no value is unknown."""
    return value if isinstance(value, bool) else None


def evaluate(node: Node, env: Env) -> Any:
    try:
        with localcontext(_DECIMAL):
            return _value_of(node, env)
    except ExpressionError:
        raise
    except (ArithmeticError, InvalidOperation, OverflowError, ValueError, TypeError) as exc:
        # Defensive: a value of a kind the form did not promise (a hand-edited import, say).
        raise ExpressionError(
            _("The expression could not be evaluated ({kind}).").format(kind=type(exc).__name__),
            node.pos,
        ) from None
    except RecursionError:
        raise ExpressionError(_("The expression nests too deeply."), node.pos) from None


def _value_of(node: Node, env: Env) -> Any:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Current):
        return env.current
    if isinstance(node, Ref):
        choice = getattr(env, "choice", None)
        if choice is not None and node.name == "choice" and node.member is not None:
            return choice.value if node.member == "value" else choice.filter.get(node.member)
        if node.member is not None:
            return [entry.value(node.member) for entry in env.entries(node.name)]
        return env.value(node.name)
    if isinstance(node, Unary):
        operand = _value_of(node.operand, env)
        if node.op == "not":
            logic = _logic(operand)
            return None if logic is None else not logic
        number = as_number(operand)
        return None if number is None else -number
    if isinstance(node, Binary):
        return _binary(node, env)
    if isinstance(node, Call):
        function = _FUNCTIONS.get(node.name)
        if function is None:
            raise ExpressionError(_("Unknown function '{name}'.").format(name=node.name), node.pos)
        return function(node, env)
    raise ExpressionError(_("Unknown expression."), node.pos)  # pragma: no cover


def _comparable(left: Any, right: Any) -> tuple[Any, Any] | None:
    if left is None or right is None:
        return None
    for a, b in ((left, right), (right, left)):
        if isinstance(a, dt.date):
            other = as_date(b)
            if other is None:
                return None
            return (a, other) if a is left else (other, a)
    if isinstance(left, bool) or isinstance(right, bool):
        return (left, right) if isinstance(left, bool) and isinstance(right, bool) else None
    numbers = as_number(left), as_number(right)
    if numbers[0] is not None and numbers[1] is not None:
        return numbers
    if isinstance(left, str) and isinstance(right, str):
        return left, right
    return None


def _binary(node: Binary, env: Env) -> Any:
    op = node.op
    if op in ("and", "or"):
        left_logic = _logic(_value_of(node.left, env))
        decisive = op == "or"  # True decides an 'or', False an 'and'
        if left_logic is decisive:
            return decisive
        right_logic = _logic(_value_of(node.right, env))
        if right_logic is decisive:
            return decisive
        return None if left_logic is None or right_logic is None else not decisive
    left, right = _value_of(node.left, env), _value_of(node.right, env)
    if op in ("=", "!=", "<", "<=", ">", ">="):
        pair = _comparable(left, right)
        if pair is None:
            return None
        a, b = pair
        if op == "=":
            return bool(a == b)
        if op == "!=":
            return bool(a != b)
        if isinstance(a, bool):
            return False
        return bool(
            {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]  # type: ignore[operator]
        )
    date = as_date(left) if isinstance(left, dt.date) else None
    if date is not None and op in ("+", "-"):
        other_date = right if isinstance(right, dt.date) else None
        if other_date is not None and op == "-":
            return Decimal((date - other_date).days)
        days = as_number(right)
        if days is None or abs(days) > 3_000_000:
            return None
        try:
            delta = dt.timedelta(days=int(days))
            return date + delta if op == "+" else date - delta
        except OverflowError:
            return None
    a, b = as_number(left), as_number(right)
    if a is None or b is None:
        return None
    if op == "+":
        return _finite(a + b)
    if op == "-":
        return _finite(a - b)
    if op == "*":
        return _finite(a * b)
    if b == 0:
        return None
    return _finite(a / b)


def _values(node: Node, env: Env) -> list[Any]:
    value = _value_of(node, env)
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def _fn_selected(node: Call, env: Env) -> bool | None:
    value, wanted = _value_of(node.args[0], env), _value_of(node.args[1], env)
    if is_empty(value) or wanted is None:
        return None  # unknown, like any question about a blank
    if isinstance(value, tuple | list):
        return wanted in value
    return value == wanted


def _fn_count_selected(node: Call, env: Env) -> Decimal:
    value = _value_of(node.args[0], env)
    return Decimal(len(value)) if isinstance(value, tuple | list) else Decimal(0)


def _fn_count(node: Call, env: Env) -> Decimal:
    arg = node.args[0]
    if isinstance(arg, Ref) and arg.member is None:
        entries = _repeat_entries(arg, env)
        if entries is not None:
            return Decimal(len(entries))
    value = _value_of(arg, env)
    if isinstance(value, tuple):
        return Decimal(len(value))
    if isinstance(value, list):
        return Decimal(sum(1 for item in value if not is_empty(item)))
    return Decimal(0 if is_empty(value) else 1)


def _repeat_entries(arg: Ref, env: Env) -> Sequence[Env] | None:
    try:
        return env.entries(arg.name)
    except ExpressionError:
        return None


def _fn_aggregate(node: Call, env: Env) -> Any:
    values = [v for v in _values(node.args[0], env) if v is not None]
    numbers = [n for n in (as_number(v) for v in values) if n is not None]
    if node.name == "sum":
        return _finite(sum(numbers, Decimal(0)))
    dates = [d for d in values if isinstance(d, dt.date)]
    items: list[Any] = numbers or dates
    if not items:
        return None
    return min(items) if node.name == "min" else max(items)


def _fn_quantifier(node: Call, env: Env) -> Any:
    arg = node.args[0]
    if not isinstance(arg, Ref):
        raise ExpressionError(_("{name}() needs a repeat.").format(name=node.name), arg.pos)
    results = [_logic(_value_of(node.args[1], entry)) for entry in env.entries(arg.name)]
    if node.name == "count_if":
        return Decimal(sum(1 for result in results if result is True))
    decisive = node.name == "any"  # one True decides any(), one False decides all()
    if decisive in results:
        return decisive
    return None if None in results else not decisive


def _fn_length(node: Call, env: Env) -> Decimal | None:
    value = _value_of(node.args[0], env)
    return Decimal(len(value)) if isinstance(value, str) else None


def _fn_if(node: Call, env: Env) -> Any:
    return _value_of(node.args[1] if truthy(_value_of(node.args[0], env)) else node.args[2], env)


def _fn_round(node: Call, env: Env) -> Decimal | None:
    number = as_number(_value_of(node.args[0], env))
    places = as_number(_value_of(node.args[1], env)) if len(node.args) > 1 else Decimal(0)
    if number is None or places is None or not 0 <= places <= 10:
        return None
    return _finite(number.quantize(Decimal(1).scaleb(-int(places))))


def _number_function(whole: Callable[[Decimal], Decimal]) -> Callable[[Call, Env], Any]:
    def run(node: Call, env: Env) -> Decimal | None:
        number = as_number(_value_of(node.args[0], env))
        return None if number is None else _finite(whole(number))

    return _checked(1, run)


def _text_test(test: Callable[[str, str], bool]) -> Callable[[Call, Env], Any]:
    def run(node: Call, env: Env) -> bool | None:
        text, part = (_value_of(arg, env) for arg in node.args)
        if not isinstance(text, str) or not isinstance(part, str):
            return None
        return test(text, part)

    return _checked(2, run)


def _fn_coalesce(node: Call, env: Env) -> Any:
    first = _value_of(node.args[0], env)
    return _value_of(node.args[1], env) if is_empty(first) else first


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return " ".join(_text(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _fn_number(node: Call, env: Env) -> Decimal | None:
    """A value as a number: numeric text, yes/no as 1/0, a date as days since 1970-01-01."""
    value = _value_of(node.args[0], env)
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, dt.date):
        return Decimal((value - dt.date(1970, 1, 1)).days)
    if isinstance(value, str):
        text = value.strip()
        if not _NUMERIC.fullmatch(text):
            return None
        return _finite(Decimal(text))
    return as_number(value)


def _on_values(
    function: Callable[..., Any], low: int, high: int | None = None
) -> Callable[[Call, Env], Any]:
    """A function of its arguments' values (``functions``), with ``low`` to ``high`` of them."""

    def run(node: Call, env: Env) -> Any:
        if not low <= len(node.args) <= (low if high is None else high):
            _arguments(node, low)
        return function(*(_value_of(arg, env) for arg in node.args))

    return run


def _fn_choice_label(node: Call, env: Env) -> Any:
    """The label of the choice a question holds (ODK's jr:choice-name), in the form's first
    language; the value itself when the environment cannot tell labels."""
    arg = node.args[0]
    value = _value_of(arg, env)
    if is_empty(value):
        return None
    label = getattr(env, "choice_label", None)
    if label is None or not isinstance(arg, Ref):
        return _text(value)
    return label(arg.name, value)


def _fn_nth(node: Call, env: Env) -> Any:
    """nth(repeat.question, n): the answer in the n-th entry (from 1), blank past the last."""
    values = _values(node.args[0], env)
    index = as_number(_value_of(node.args[1], env))
    if index is None or index != index.to_integral_value() or not 1 <= index <= len(values):
        return None
    return values[int(index) - 1]


def _fn_lookup(node: Call, env: Env) -> Any:
    table, column, key_column, key = (_value_of(arg, env) for arg in node.args)
    rows = getattr(env, "table", lambda name: ())(table)
    if is_empty(key):
        return None
    wanted = _text(key)
    for row in rows:
        if row.get(key_column) == wanted:
            return row.get(column)
    return None


def _arguments(node: Call, count: int) -> None:
    if len(node.args) != count:
        raise ExpressionError(
            _("{name}() takes {wanted} argument(s), not {got}.").format(
                name=node.name, wanted=count, got=len(node.args)
            ),
            node.pos,
        )


def _checked(count: int, function: Callable[[Call, Env], Any]) -> Callable[[Call, Env], Any]:
    def run(node: Call, env: Env) -> Any:
        if count >= 0:
            _arguments(node, count)
        return function(node, env)

    return run


_FUNCTIONS: dict[str, Callable[[Call, Env], Any]] = {
    "selected": _checked(2, _fn_selected),
    "count_selected": _checked(1, _fn_count_selected),
    "empty": _checked(1, lambda node, env: is_empty(_value_of(node.args[0], env))),
    "filled": _checked(1, lambda node, env: not is_empty(_value_of(node.args[0], env))),
    "count": _checked(1, _fn_count),
    "sum": _checked(1, _fn_aggregate),
    "min": _checked(1, _fn_aggregate),
    "max": _checked(1, _fn_aggregate),
    "any": _checked(2, _fn_quantifier),
    "all": _checked(2, _fn_quantifier),
    "count_if": _checked(2, _fn_quantifier),
    "today": _checked(0, lambda node, env: env.today),
    "date": _checked(1, lambda node, env: as_date(_value_of(node.args[0], env))),
    "length": _checked(1, _fn_length),
    "if": _checked(3, _fn_if),
    "round": lambda node, env: (
        _fn_round(node, env) if 1 <= len(node.args) <= 2 else _arguments(node, 1)
    ),
    "coalesce": _checked(2, _fn_coalesce),
    "concat": _checked(-1, lambda node, env: "".join(_text(_value_of(a, env)) for a in node.args)),
    "int": _number_function(lambda x: x.to_integral_value(rounding=ROUND_DOWN)),
    "floor": _number_function(lambda x: x.to_integral_value(rounding=ROUND_FLOOR)),
    "ceiling": _number_function(lambda x: x.to_integral_value(rounding=ROUND_CEILING)),
    "abs": _number_function(abs),
    "contains": _text_test(lambda text, part: part in text),
    "starts_with": _text_test(str.startswith),
    "ends_with": _text_test(str.endswith),
    "number": _checked(1, _fn_number),
    "now": _checked(0, lambda node, env: env.today),
    "date_time": _on_values(functions.date_time, 1),
    "decimal_date_time": _on_values(functions.decimal_date_time, 1),
    "format_date": _on_values(functions.format_date, 2),
    "boolean": _on_values(functions.boolean, 1),
    "substr": _on_values(functions.substr, 2, 3),
    "substring_before": _on_values(functions.substring_before, 2),
    "substring_after": _on_values(functions.substring_after, 2),
    "pow": _on_values(functions.power, 2),
    "join": _on_values(functions.join, 2),
    "selected_at": _on_values(functions.selected_at, 2),
    "regex": _on_values(functions.regex, 2),
    "choice_label": _checked(1, _fn_choice_label),
    "position": _checked(0, lambda node, env: getattr(env, "position", None)),
    "nth": _checked(2, _fn_nth),
    "lookup": _checked(4, _fn_lookup),
    "string": _checked(1, lambda node, env: _text(_value_of(node.args[0], env))),
}
