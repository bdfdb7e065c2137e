"""Static checking of expressions against a form: unknown questions, values that are not in a
choice list, and type mismatches are found when the form loads, not in the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from inspector.checklists.expressions import Binary, Call, Current, Literal, Node, Ref, Unary
from inspector.errors import ExpressionError
from inspector.i18n import _


class Kind(Enum):
    BOOL = "yes/no"
    NUMBER = "number"
    TEXT = "text"
    DATE = "date"
    MULTI = "multiple choice"
    ATTACHMENTS = "attachments"
    REPEAT = "repeat"
    COLUMN = "repeat column"
    NONE = "no value"  # a note: shows text, holds nothing
    ANY = "any"


@dataclass(frozen=True)
class Type:
    kind: Kind
    choices: frozenset[str] | None = None  # the values a choice question can take
    item: Type | None = None  # for COLUMN: the type of each entry

    def __str__(self) -> str:
        return self.kind.value


ANY = Type(Kind.ANY)
BOOL = Type(Kind.BOOL)
NUMBER = Type(Kind.NUMBER)
TEXT = Type(Kind.TEXT)
DATE = Type(Kind.DATE)


@dataclass(frozen=True)
class Symbol:
    type: Type
    repeat: str | None = None  # the repeat the question sits in


@dataclass(frozen=True)
class Scope:
    """Where an expression sits: the form's questions, the repeat it is inside, and the type of
    ``.`` (its own question), if any."""

    symbols: Mapping[str, Symbol]
    repeat: str | None = None
    current: Type | None = None
    reads: set[str] = field(default_factory=set)
    # in a choice_filter: the columns choice.<column> can read (value and the filter columns)
    choice: frozenset[str] | None = None
    tables: Mapping[str, frozenset[str]] = field(default_factory=dict)  # lookup(): columns

    def inside(self, repeat: str) -> Scope:
        return Scope(self.symbols, repeat, self.current, self.reads, self.choice, self.tables)


def _err(node: Node, message: str) -> ExpressionError:
    return ExpressionError(message, node.pos)


def _same(a: Type, b: Type) -> bool:
    return a.kind is Kind.ANY or b.kind is Kind.ANY or a.kind is b.kind


def _is_date_text(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def check(node: Node, scope: Scope) -> Type:
    """The type of an expression; ExpressionError naming the first problem."""
    if isinstance(node, Literal):
        if isinstance(node.value, bool):
            return BOOL
        return TEXT if isinstance(node.value, str) else NUMBER
    if isinstance(node, Current):
        if scope.current is None:
            raise _err(node, _("'.' (this question's value) has no meaning here"))
        return scope.current
    if isinstance(node, Ref):
        return _check_ref(node, scope)
    if isinstance(node, Unary):
        operand = check(node.operand, scope)
        wanted = BOOL if node.op == "not" else NUMBER
        _expect(node.operand, operand, wanted, node.op)
        return wanted
    if isinstance(node, Binary):
        return _check_binary(node, scope)
    if isinstance(node, Call):
        checker = FUNCTIONS.get(node.name)
        if checker is None:
            raise _err(
                node,
                _("unknown function '{name}'; known: {known}").format(
                    name=node.name, known=", ".join(sorted(FUNCTIONS))
                ),
            )
        return checker(node, scope)
    raise _err(node, _("unknown expression"))  # pragma: no cover - the parser makes no other


def check_condition(node: Node, scope: Scope) -> None:
    kind = check(node, scope)
    if not _same(kind, BOOL):
        raise _err(node, _("the condition gives {kind}, not yes/no").format(kind=kind))


def _expect(node: Node, got: Type, wanted: Type, where: str) -> None:
    if not _same(got, wanted):
        raise _err(
            node,
            _("'{op}' needs {wanted}, but this is {got}").format(op=where, wanted=wanted, got=got),
        )


def _check_ref(node: Ref, scope: Scope) -> Type:
    if scope.choice is not None and node.name == "choice" and node.member is not None:
        if node.member not in scope.choice:
            raise _err(
                node,
                _("the choices have no column '{member}'; known: {known}").format(
                    member=node.member, known=", ".join(sorted(scope.choice))
                ),
            )
        return TEXT
    symbol = scope.symbols.get(node.name)
    if symbol is None:
        raise _err(node, _("unknown question '{name}'").format(name=node.name))
    scope.reads.add(node.name)
    if node.member is not None:
        if symbol.type.kind is not Kind.REPEAT:
            raise _err(
                node,
                _("'{name}' is not a repeat, so '{name}.{member}' means nothing").format(
                    name=node.name, member=node.member
                ),
            )
        member = scope.symbols.get(node.member)
        if member is None or member.repeat != node.name:
            raise _err(
                node,
                _("repeat '{name}' has no question '{member}'").format(
                    name=node.name, member=node.member
                ),
            )
        scope.reads.add(node.member)
        return Type(Kind.COLUMN, item=member.type)
    if symbol.repeat is not None and symbol.repeat != scope.repeat:
        raise _err(
            node,
            _(
                "question '{name}' is inside repeat '{repeat}'; use sum({repeat}.{name}), "
                "any({repeat}, ...) or count({repeat})"
            ).format(name=node.name, repeat=symbol.repeat),
        )
    if symbol.type.kind is Kind.NONE:
        raise _err(node, _("'{name}' is a note and holds no value").format(name=node.name))
    return symbol.type


def _check_choice_literal(choice: Type, other: Node) -> None:
    if (
        choice.choices is not None
        and isinstance(other, Literal)
        and isinstance(other.value, str)
        and other.value not in choice.choices
    ):
        raise _err(
            other,
            _("'{value}' is not one of the choices ({choices})").format(
                value=other.value, choices=", ".join(sorted(choice.choices))
            ),
        )


def _check_binary(node: Binary, scope: Scope) -> Type:
    left, right = check(node.left, scope), check(node.right, scope)
    for side, kind in ((node.left, left), (node.right, right)):
        if kind.kind in (Kind.REPEAT, Kind.COLUMN):
            raise _err(
                side,
                _("a whole repeat cannot be used with '{op}'; use count(), sum() or any()").format(
                    op=node.op
                ),
            )
    if node.op in ("and", "or"):
        _expect(node.left, left, BOOL, node.op)
        _expect(node.right, right, BOOL, node.op)
        return BOOL
    if node.op in ("=", "!=", "<", "<=", ">", ">="):
        for a, b, other in ((left, right, node.right), (right, left, node.left)):
            if a.kind is Kind.MULTI:
                raise _err(
                    node,
                    _(
                        "a multiple choice answer cannot be compared with '{op}'; use "
                        "selected(question, 'value') or count_selected(question)"
                    ).format(op=node.op),
                )
            if a.kind is Kind.DATE and isinstance(other, Literal) and b.kind is Kind.TEXT:
                if not _is_date_text(other.value):
                    raise _err(
                        other,
                        _("'{value}' is not a date (YYYY-MM-DD)").format(value=other.value),
                    )
                return BOOL
            if a.kind is Kind.TEXT:
                _check_choice_literal(a, other)
        if not _same(left, right):
            raise _err(
                node,
                _("cannot compare {left} with {right}").format(left=left, right=right),
            )
        if node.op not in ("=", "!=") and left.kind is Kind.BOOL:
            raise _err(node, _("yes/no values cannot be ordered with '{op}'").format(op=node.op))
        return BOOL
    # arithmetic
    if node.op in ("+", "-") and left.kind is Kind.DATE:
        if right.kind is Kind.DATE and node.op == "-":
            return NUMBER
        _expect(node.right, right, NUMBER, node.op)
        return DATE
    _expect(node.left, left, NUMBER, node.op)
    _expect(node.right, right, NUMBER, node.op)
    return NUMBER


def _arity(node: Call, low: int, high: int | None = None) -> None:
    high = low if high is None else high
    if not low <= len(node.args) <= high:
        wanted = str(low) if low == high else f"{low}-{high}"
        raise _err(
            node,
            _("{name}() takes {wanted} argument(s), not {got}").format(
                name=node.name, wanted=wanted, got=len(node.args)
            ),
        )


def _repeat_arg(node: Call, scope: Scope) -> str:
    arg = node.args[0]
    if not isinstance(arg, Ref) or arg.member is not None:
        raise _err(arg, _("{name}() needs a repeat as its first argument").format(name=node.name))
    kind = check(arg, scope)
    if kind.kind is not Kind.REPEAT:
        raise _err(arg, _("'{ref}' is not a repeat").format(ref=arg.name))
    return arg.name


def _fn_selected(node: Call, scope: Scope) -> Type:
    _arity(node, 2)
    question = check(node.args[0], scope)
    if question.kind not in (Kind.MULTI, Kind.TEXT, Kind.ANY) or (
        question.kind is Kind.TEXT and question.choices is None
    ):
        raise _err(node.args[0], _("selected() needs a choice question"))
    _expect(node.args[1], check(node.args[1], scope), TEXT, "selected")
    _check_choice_literal(question, node.args[1])
    return BOOL


def _fn_count_selected(node: Call, scope: Scope) -> Type:
    _arity(node, 1)
    if check(node.args[0], scope).kind not in (Kind.MULTI, Kind.ANY):
        raise _err(node.args[0], _("count_selected() needs a multiple choice question"))
    return NUMBER


def _fn_empty(node: Call, scope: Scope) -> Type:
    _arity(node, 1)
    if check(node.args[0], scope).kind in (Kind.REPEAT, Kind.COLUMN):
        raise _err(
            node.args[0],
            _("{name}() takes a question, not a repeat; use count()").format(name=node.name),
        )
    return BOOL


def _fn_count(node: Call, scope: Scope) -> Type:
    _arity(node, 1)
    kind = check(node.args[0], scope)
    if kind.kind not in (Kind.REPEAT, Kind.COLUMN, Kind.MULTI, Kind.ATTACHMENTS, Kind.ANY):
        raise _err(
            node.args[0], _("count() takes a repeat, a repeat column or a list of attachments")
        )
    return NUMBER


def _fn_aggregate(node: Call, scope: Scope) -> Type:
    _arity(node, 1)
    column = check(node.args[0], scope)
    if column.kind is not Kind.COLUMN or column.item is None:
        raise _err(
            node.args[0],
            _("{name}() takes a repeat column such as payments.amount").format(name=node.name),
        )
    wanted = (NUMBER, DATE) if node.name in ("min", "max") else (NUMBER,)
    if not any(_same(column.item, kind) for kind in wanted):
        raise _err(
            node.args[0],
            _("{name}() needs numbers, but this column is {kind}").format(
                name=node.name, kind=column.item
            ),
        )
    return column.item if column.item.kind is not Kind.ANY else NUMBER


def _fn_quantifier(node: Call, scope: Scope) -> Type:
    _arity(node, 2)
    repeat = _repeat_arg(node, scope)
    inner = scope.inside(repeat)
    check_condition(node.args[1], inner)
    return NUMBER if node.name == "count_if" else BOOL


def _fn_today(node: Call, scope: Scope) -> Type:
    _arity(node, 0)
    return DATE


def _fn_date(node: Call, scope: Scope) -> Type:
    _arity(node, 1)
    arg = node.args[0]
    if not (isinstance(arg, Literal) and _is_date_text(arg.value)):
        raise _err(arg, _("date() takes a date written as 'YYYY-MM-DD'"))
    return DATE


def _fn_length(node: Call, scope: Scope) -> Type:
    _arity(node, 1)
    _expect(node.args[0], check(node.args[0], scope), TEXT, "length")
    return NUMBER


def _fn_if(node: Call, scope: Scope) -> Type:
    _arity(node, 3)
    check_condition(node.args[0], scope)
    then, other = check(node.args[1], scope), check(node.args[2], scope)
    # '' is a blank of any kind: if(cond, '', date) gives a date or nothing
    for blank, value, kind in (
        (node.args[1], node.args[2], other),
        (node.args[2], node.args[1], then),
    ):
        if (
            isinstance(blank, Literal)
            and blank.value == ""
            and not (isinstance(value, Literal) and value.value == "")
        ):
            return kind
    if not _same(then, other):
        raise _err(
            node, _("if() gives {a} or {b}; both must be the same kind").format(a=then, b=other)
        )
    return then if then.kind is not Kind.ANY else other


def _fn_round(node: Call, scope: Scope) -> Type:
    _arity(node, 1, 2)
    for arg in node.args:
        _expect(arg, check(arg, scope), NUMBER, "round")
    return NUMBER


def _fn_coalesce(node: Call, scope: Scope) -> Type:
    _arity(node, 2)
    first, second = check(node.args[0], scope), check(node.args[1], scope)
    if not _same(first, second):
        raise _err(node, _("coalesce() needs two values of the same kind"))
    return first if first.kind is not Kind.ANY else second


def _fn_concat(node: Call, scope: Scope) -> Type:
    if not node.args:
        _arity(node, 1, 99)
    for arg in node.args:
        if check(arg, scope).kind in (Kind.REPEAT, Kind.COLUMN):
            raise _err(arg, _("concat() takes single values"))
    return TEXT


def _fn_number_to_number(node: Call, scope: Scope) -> Type:
    _arity(node, 1)
    _expect(node.args[0], check(node.args[0], scope), NUMBER, node.name)
    return NUMBER


def _fn_text_test(node: Call, scope: Scope) -> Type:
    _arity(node, 2)
    for arg in node.args:
        _expect(arg, check(arg, scope), TEXT, node.name)
    return BOOL


# The ODK library's functions are added by check_odk, which expression_check imports.
FUNCTIONS: dict[str, Callable[[Call, Scope], Type]] = {
    "selected": _fn_selected,
    "count_selected": _fn_count_selected,
    "empty": _fn_empty,
    "filled": _fn_empty,
    "count": _fn_count,
    "sum": _fn_aggregate,
    "min": _fn_aggregate,
    "max": _fn_aggregate,
    "any": _fn_quantifier,
    "all": _fn_quantifier,
    "count_if": _fn_quantifier,
    "today": _fn_today,
    "date": _fn_date,
    "length": _fn_length,
    "if": _fn_if,
    "round": _fn_round,
    "coalesce": _fn_coalesce,
    "concat": _fn_concat,
    "int": _fn_number_to_number,
    "floor": _fn_number_to_number,
    "ceiling": _fn_number_to_number,
    "abs": _fn_number_to_number,
    "contains": _fn_text_test,
    "starts_with": _fn_text_test,
    "ends_with": _fn_text_test,
}
