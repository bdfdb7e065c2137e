"""Type checking of the functions taken from the ODK XForms library (dates, text, numbers,
choice labels, repeat entries, tables): see ``check`` for the rest. Importing this module adds
them to ``check.FUNCTIONS``; ``expression_check`` (every form's check) does."""

from __future__ import annotations

from collections.abc import Callable

from inspector.checklists.check import (
    BOOL,
    DATE,
    FUNCTIONS,
    NUMBER,
    TEXT,
    Kind,
    Scope,
    Type,
    _arity,
    _err,
    _expect,
    check,
)
from inspector.checklists.expressions import Call, Literal, Ref
from inspector.i18n import _


def _single(result: Type) -> Callable[[Call, Scope], Type]:
    """number(x) and string(x): any single value, read as a number or as text."""

    def checker(node: Call, scope: Scope) -> Type:
        _arity(node, 1)
        if check(node.args[0], scope).kind in (Kind.REPEAT, Kind.COLUMN):
            raise _err(node.args[0], _("{name}() takes a single value").format(name=node.name))
        return result

    return checker


def _typed(result: Type, *wanted: Type, optional: int = 0) -> Callable[[Call, Scope], Type]:
    """A function taking values of the ``wanted`` types (the last ``optional`` may be left out)
    and giving ``result``."""

    def checker(node: Call, scope: Scope) -> Type:
        _arity(node, len(wanted) - optional, len(wanted))
        for arg, kind in zip(node.args, wanted, strict=False):
            _expect(arg, check(arg, scope), kind, node.name)
        return result

    return checker


def _fn_choice_label(node: Call, scope: Scope) -> Type:
    _arity(node, 1)
    arg = node.args[0]
    kind = check(arg, scope)
    if (
        not isinstance(arg, Ref)
        or kind.kind not in (Kind.TEXT, Kind.MULTI, Kind.ANY)
        or (kind.kind is Kind.TEXT and kind.choices is None)
    ):
        raise _err(arg, _("choice_label() needs a choice question"))
    return TEXT


def _fn_position(node: Call, scope: Scope) -> Type:
    _arity(node, 0)
    if scope.repeat is None:
        raise _err(node, _("position() has a meaning only inside a repeat"))
    return NUMBER


def _fn_nth(node: Call, scope: Scope) -> Type:
    _arity(node, 2)
    column = check(node.args[0], scope)
    if column.kind is not Kind.COLUMN or column.item is None:
        raise _err(node.args[0], _("nth() takes a repeat column such as visits.date"))
    _expect(node.args[1], check(node.args[1], scope), NUMBER, "nth")
    return column.item


def _fn_lookup(node: Call, scope: Scope) -> Type:
    """lookup('table', 'column', 'key column', key): column of the first row whose key column
    is key (XLSForm's pulldata)."""
    _arity(node, 4)
    names = node.args[:3]
    if not all(isinstance(a, Literal) and isinstance(a.value, str) for a in names):
        raise _err(node, _("lookup() takes a table, a column and a key column written as text"))
    table, column, key = (str(a.value) for a in names if isinstance(a, Literal))
    columns = scope.tables.get(table)
    if columns is None:
        raise _err(node, _("no table '{table}' in this form").format(table=table))
    for wanted in (column, key):
        if wanted not in columns:
            raise _err(
                node,
                _("table '{table}' has no column '{column}'").format(table=table, column=wanted),
            )
    check(node.args[3], scope)
    return TEXT


MULTI = Type(Kind.MULTI)


ODK_FUNCTIONS: dict[str, Callable[[Call, Scope], Type]] = {
    "number": _single(NUMBER),
    "string": _single(TEXT),
    "now": _typed(DATE),
    "date_time": _single(DATE),
    "decimal_date_time": _typed(NUMBER, DATE),
    "format_date": _typed(TEXT, DATE, TEXT),
    "boolean": _single(BOOL),
    "substr": _typed(TEXT, TEXT, NUMBER, NUMBER, optional=1),
    "substring_before": _typed(TEXT, TEXT, TEXT),
    "substring_after": _typed(TEXT, TEXT, TEXT),
    "pow": _typed(NUMBER, NUMBER, NUMBER),
    "join": _typed(TEXT, TEXT, MULTI),
    "selected_at": _typed(TEXT, MULTI, NUMBER),
    "regex": _typed(BOOL, TEXT, TEXT),
    "choice_label": _fn_choice_label,
    "position": _fn_position,
    "nth": _fn_nth,
    "lookup": _fn_lookup,
}
FUNCTIONS.update(ODK_FUNCTIONS)  # every checker in one table, as check() reads them
