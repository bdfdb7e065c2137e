"""Checking every expression of a form against its questions, once all are known: unknown
names and type mismatches, the result type of each calculation, and relevance or calculations
that go round in a circle."""

from __future__ import annotations

from collections.abc import Mapping

from inspector.checklists import check_odk  # noqa: F401  (adds its checkers to check's table)
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
from inspector.checklists.document import Problems
from inspector.checklists.model import (
    CHOICE_TYPES,
    Expression,
    Form,
    Question,
    QuestionType,
    Section,
)
from inspector.errors import ExpressionError
from inspector.i18n import _

# (path in the document, owner, which expression: relevant/required/constraint/calculation/rule,
# the expression)
Pending = tuple[str, Question | Section, str, Expression]


def check_expressions(form: Form, pending: list[Pending], problems: Problems) -> None:
    questions = form.all_questions()
    symbols = {qid: Symbol(value_type(q), q.repeat) for qid, q in questions.items()}
    type_calculations(pending, symbols)
    depends: dict[str, set[str]] = {qid: set() for qid in questions}
    tables = {name: frozenset(c for row in rows for c in row) for name, rows in form.tables.items()}
    for path, owner, key, expression in pending:
        scope = expression_scope(owner, key, symbols)
        scope.tables.update(tables)
        try:
            if key == "calculation":
                kind = check(expression.tree, scope)
                if kind.kind in (Kind.REPEAT, Kind.COLUMN):
                    raise ExpressionError(_("a calculation must give a single value"))
            elif key == "repeat_count":
                if check(expression.tree, scope).kind not in (Kind.NUMBER, Kind.ANY):
                    raise ExpressionError(_("a number of entries must be a number"))
            else:
                check_condition(expression.tree, scope)
        except ExpressionError as exc:
            problems.add(path, exc.message)
            continue
        # a hidden value is blank whatever its relevance: reading it depends on nothing
        if key in ("relevant", "calculation", "repeat_count") and isinstance(owner, Question):
            if owner.type is not QuestionType.HIDDEN:
                depends[owner.id] |= scope.reads
        elif key == "relevant" and isinstance(owner, Section):
            for question in owner.questions:
                for member in (question, *question.questions):
                    if member.type is not QuestionType.HIDDEN:
                        depends.setdefault(member.id, set()).update(scope.reads)
    for question in questions.values():
        if question.repeat is not None:
            depends[question.id].add(question.repeat)
    cycles(depends, questions, problems)


def expression_scope(owner: Question | Section, key: str, symbols: dict[str, Symbol]) -> Scope:
    """Where an expression is read: inside its question's repeat (a repeat's own relevance is
    read outside it), with '.' bound for constraints and finding rules."""
    if not isinstance(owner, Question):
        return Scope(symbols)
    repeat = None if owner.type is QuestionType.REPEAT else owner.repeat
    current = symbols[owner.id].type if key in ("constraint", "rule") else None
    if key == "choice_filter":
        columns = frozenset(c for choice in owner.choices for c in choice.filter)
        return Scope(symbols, repeat, current, choice=columns | {"value"})
    return Scope(symbols, repeat, current)


def type_calculations(pending: list[Pending], symbols: dict[str, Symbol]) -> None:
    """Give each calculate question the type of its result, so that comparing it with the
    wrong kind of value is caught here too. Calculations built on calculations settle
    within as many passes as there are calculations."""
    calculations = [
        (o, e) for _p, o, k, e in pending if k == "calculation" and isinstance(o, Question)
    ]
    for _round in range(len(calculations) + 1):
        changed = False
        for owner, expression in calculations:
            try:
                kind = check(expression.tree, expression_scope(owner, "calculation", symbols))
            except ExpressionError:
                continue  # reported by the main pass
            if kind.kind in (Kind.ANY, Kind.REPEAT, Kind.COLUMN):
                continue
            if kind.kind is Kind.TEXT:
                kind = TEXT  # choice values of an input do not bind the result
            if symbols[owner.id].type != kind:
                symbols[owner.id] = Symbol(kind, owner.repeat)
                changed = True
        if not changed:
            return


def cycles(
    depends: dict[str, set[str]], questions: Mapping[str, Question], problems: Problems
) -> None:
    state: dict[str, int] = {}
    reported: set[str] = set()

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(depends.get(node, ())):
            if state.get(nxt) == 1:
                loop = [*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt]
                if nxt not in reported:
                    reported.add(nxt)
                    problems.add(
                        questions[nxt].path,
                        _("relevance or calculation goes round in a circle: {loop}").format(
                            loop=" -> ".join(loop)
                        ),
                    )
            elif state.get(nxt) is None and nxt in depends:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in depends:
        if node not in state:
            visit(node, [node])


def value_type(question: Question) -> Type:
    """The type an expression sees for a question's value."""
    qtype = question.type
    if qtype in CHOICE_TYPES:
        values = frozenset(choice.value for choice in question.choices)
        kind = Kind.MULTI if qtype is QuestionType.SELECT_MULTIPLE else Kind.TEXT
        return Type(kind, values)
    simple = {
        QuestionType.TEXT: TEXT,
        QuestionType.LONG_TEXT: TEXT,
        QuestionType.INTEGER: NUMBER,
        QuestionType.DECIMAL: NUMBER,
        QuestionType.MONEY: NUMBER,
        QuestionType.DATE: DATE,
        QuestionType.SIGNATURE: TEXT,
        QuestionType.EVIDENCE: Type(Kind.ATTACHMENTS),
        QuestionType.NOTE: Type(Kind.NONE),
        QuestionType.REPEAT: Type(Kind.REPEAT),
        QuestionType.CALCULATE: ANY,
        QuestionType.HIDDEN: ANY,
    }
    return simple.get(qtype, ANY)
