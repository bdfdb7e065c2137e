"""A form with its answers: which questions show, which required ones are missing or invalid,
progress per section, and the findings the answers derive. Plain data, no database, no widgets:
the editor, the completion check and the report all read the same ``Evaluation``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from inspector.checklists.answers import entry_path, to_value
from inspector.checklists.evaluator import evaluate, is_empty, truthy
from inspector.checklists.model import (
    Choice,
    Expression,
    FindingRule,
    Form,
    Question,
    QuestionType,
    Text,
)
from inspector.errors import ExpressionError
from inspector.i18n import _


@dataclass(frozen=True)
class QuestionState:
    path: str
    question: Question
    visible: bool
    required: bool
    answered: bool
    problem: str | None = None  # "missing", or why the answer is invalid
    offered: tuple[Choice, ...] | None = None  # with a choice_filter: the choices it lets through
    count: int | None = None  # a repeat with repeat_count: the entries it asks for, once known


@dataclass(frozen=True)
class SectionProgress:
    id: str
    title: Text
    visible: bool
    answered: int
    total: int  # visible questions that take an answer
    missing: tuple[str, ...]
    invalid: tuple[str, ...]
    required: int = 0  # shown questions that must be answered
    required_answered: int = 0

    @property
    def done(self) -> bool:
        return not self.missing and not self.invalid


@dataclass(frozen=True)
class DerivedFinding:
    """A finding a rule produced at ``question_path``; ``answers`` are the paths and stored
    answers it read, so anyone can follow why it is there."""

    rule: FindingRule
    question_path: str
    answers: Mapping[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return self.rule.id, self.question_path

    @property
    def rule_id(self) -> str:
        return self.rule.id

    @property
    def severity(self) -> str:
        return self.rule.severity

    @property
    def standards(self) -> tuple[str, ...]:
        return self.rule.standards

    @property
    def title(self) -> Text:
        return self.rule.title

    @property
    def description(self) -> Text:
        return self.rule.description

    @property
    def corrective_action(self) -> Text:
        return self.rule.corrective_action

    @property
    def deadline_days(self) -> int | None:
        return self.rule.deadline_days

    @property
    def when(self) -> str:
        return self.rule.when.text


@dataclass(frozen=True)
class Problem:
    path: str
    question: str
    message: str
    missing: bool


@dataclass(frozen=True)
class Evaluation:
    form: Form
    questions: Mapping[str, QuestionState]  # by path, in document order
    sections: tuple[SectionProgress, ...]
    findings: tuple[DerivedFinding, ...]
    problems: tuple[Problem, ...] = field(default=())
    answers: Mapping[str, Any] = field(default_factory=dict)
    values: Mapping[str, Any] = field(default_factory=dict)  # calculated results by path

    @property
    def missing(self) -> list[str]:
        return [p.path for p in self.problems if p.missing]

    @property
    def invalid(self) -> list[Problem]:
        return [p for p in self.problems if not p.missing]

    @property
    def complete(self) -> bool:
        return not self.problems


class _Env:
    """An expression's view of the answers (see ``evaluator.Env``), recording what it read."""

    def __init__(
        self,
        state: _FormState,
        entry: tuple[str, str] | None,
        current: Any,
        reads: dict[str, Any],
        choice: Choice | None = None,
    ) -> None:
        self.state = state
        self.entry = entry
        self._current = current
        self.reads = reads
        self.choice = choice  # in a choice_filter: the choice it is read for

    @property
    def current(self) -> Any:
        return self._current

    @property
    def today(self) -> dt.date:
        return self.state.today

    def _path(self, name: str) -> str:
        question = self.state.questions.get(name)
        if question is None:
            raise ExpressionError(_("Unknown question '{name}'.").format(name=name))
        if question.repeat is None:
            return name
        if self.entry is None or self.entry[0] != question.repeat:
            raise ExpressionError(
                _("Question '{name}' is inside repeat '{repeat}'.").format(
                    name=name, repeat=question.repeat
                )
            )
        return entry_path(question.repeat, self.entry[1], name)

    def value(self, name: str) -> Any:
        path = self._path(name)
        value = self.state.value(path)
        self.state.explain(path, self.reads)
        return value

    def table(self, name: Any) -> tuple[Mapping[str, str], ...]:
        return self.state.form.tables.get(name, ()) if isinstance(name, str) else ()

    @property
    def position(self) -> Decimal | None:
        """The number of this repeat entry, from 1 (XPath's position(..))."""
        if self.entry is None:
            return None
        repeat, key = self.entry
        entries = self.state.entries(repeat)
        return Decimal(entries.index(key) + 1) if key in entries else None

    def choice_label(self, name: str, value: Any) -> str:
        """The label of a choice value (or values) of question ``name``, as jr:choice-name."""
        question = self.state.questions.get(name)
        language = self.state.form.languages[0]
        values = value if isinstance(value, tuple) else (value,)
        if question is None:
            return " ".join(map(str, values))
        return " ".join(question.choice_label(str(v), language) for v in values)

    def entries(self, repeat: str) -> Sequence[_Env]:
        question = self.state.questions.get(repeat)
        if question is None or question.type is not QuestionType.REPEAT:
            raise ExpressionError(_("'{name}' is not a repeat.").format(name=repeat))
        self.reads[repeat] = self.state.answers.get(repeat)
        return [
            _Env(self.state, (repeat, key), None, self.reads) for key in self.state.entries(repeat)
        ]


class _FormState:
    def __init__(self, form: Form, answers: Mapping[str, Any], today: dt.date) -> None:
        self.form = form
        self.answers = answers
        self.today = today
        self.questions = form.all_questions()
        self.sections = {section.id: section for section in form.sections}
        self._visible: dict[str, bool] = {}
        self._values: dict[str, Any] = {}
        self._busy: set[str] = set()
        self.invalid_type: set[str] = set()
        self.calculation_reads: dict[str, dict[str, Any]] = {}

    def explain(self, path: str, reads: dict[str, Any]) -> None:
        """Note in ``reads`` what a value at ``path`` rests on: its stored answer, or for a
        calculation its result and the answers it was computed from."""
        if path in self.calculation_reads:
            reads.update(self.calculation_reads[path])
            reads[path] = json_value(self._values.get(path))
        else:
            reads[path] = self.answers.get(path)

    @staticmethod
    def split(path: str) -> tuple[str | None, str | None, str]:
        if "." in path and "[" in path:
            head, name = path.rsplit(".", 1)
            repeat, entry = head[:-1].split("[", 1)
            return repeat, entry, name
        return None, None, path

    def entry_of(self, path: str) -> tuple[str, str] | None:
        """The (repeat, entry key) a path sits in, or None outside any repeat."""
        repeat, entry, _name = self.split(path)
        return (repeat, entry) if repeat is not None and entry is not None else None

    def entries(self, repeat: str) -> tuple[str, ...]:
        if not self.visible(repeat):
            return ()
        value = self.value(repeat)
        return value if isinstance(value, tuple) else ()

    def run(self, expression: Expression, entry: tuple[str, str] | None, current: Any = None,
            reads: dict[str, Any] | None = None, choice: Choice | None = None) -> Any:  # fmt: skip
        env = _Env(self, entry, current, {} if reads is None else reads, choice)
        try:
            return evaluate(expression.tree, env)
        except ExpressionError:
            return None

    def visible(self, path: str) -> bool:
        known = self._visible.get(path)
        if known is not None:
            return known
        if path in self._busy:
            return True  # a cycle the loader should have refused: show rather than hide
        self._busy.add(path)
        repeat, entry, name = self.split(path)
        question = self.questions[name]
        shown = question.type is not QuestionType.HIDDEN  # blank here, never shown
        section = self.sections.get(question.section)
        if shown and section is not None and section.relevant is not None:
            shown = truthy(self.run(section.relevant, None))
        if shown and repeat is not None:
            shown = self.visible(repeat) and entry in self.entries(repeat)
        if shown and question.relevant is not None:
            shown = truthy(self.run(question.relevant, self.entry_of(path)))
        self._busy.discard(path)
        self._visible[path] = shown
        return shown

    def value(self, path: str) -> Any:
        if path in self._values:
            return self._values[path]
        if path in self._busy or not self.visible(path):
            return None
        name = self.split(path)[2]
        question = self.questions[name]
        if question.calculation is not None:
            self._busy.add(path)
            reads: dict[str, Any] = {}
            value = self.run(question.calculation, self.entry_of(path), None, reads)
            self.calculation_reads[path] = reads
            self._busy.discard(path)
        else:
            try:
                value = to_value(question, self.answers.get(path))
            except (ValueError, TypeError):
                self.invalid_type.add(path)
                value = None
        self._values[path] = value
        return value

    def paths(self) -> list[str]:
        """Every question path in document order, with one set per repeat entry."""
        found: list[str] = []
        for section in self.form.sections:
            for question in section.questions:
                found.append(question.id)
                if question.type is QuestionType.REPEAT:
                    stored = self.answers.get(question.id)
                    keys = stored if isinstance(stored, list) else []
                    for key in keys:
                        if isinstance(key, str):
                            found.extend(
                                entry_path(question.id, key, child.id)
                                for child in question.questions
                            )
        return found


def _check_question(state: _FormState, path: str, question: Question) -> QuestionState:
    visible = state.visible(path)
    if not visible:
        return QuestionState(path, question, False, False, False)
    value = state.value(path)
    where = state.entry_of(path)
    required = (
        truthy(state.run(question.required, where))
        if isinstance(question.required, Expression)
        else question.required
    )
    if question.type is QuestionType.REPEAT:
        count = len(value or ())
        answered = count > 0
        wanted = max(question.min_count, 1 if required else 0)
        most = question.max_count
        asked = None
        if question.repeat_count is not None:
            # entries wanted, computed from the answers: exactly that many once known
            number = state.run(question.repeat_count, where)
            if isinstance(number, Decimal) and 0 <= number <= 10_000:
                wanted = most = asked = int(number)
        problem = None
        if count < wanted:
            problem = "missing" if count == 0 else _("at least {n} entries").format(n=wanted)
        elif most is not None and count > most:
            problem = _("at most {n} entries").format(n=most)
        return QuestionState(path, question, True, bool(wanted), answered, problem, count=asked)
    answered = not is_empty(value)
    problem = None
    offered = _offered(state, question, where)
    if offered is not None and answered and not _among(value, offered):
        problem = _("not one of the choices offered")
    elif path in state.invalid_type:
        problem = _("the stored answer is not a valid {type}").format(type=question.type.value)
    elif not answered:
        if required and question.type.holds_answer:
            problem = "missing"
    elif (
        question.constraint is not None
        # Broken only when surely false: a constraint on a blank other answer is not yet known.
        and state.run(question.constraint, where, value) is False
    ):
        problem = question.constraint_message.get(state.form.languages[0]) or _(
            "the answer breaks the rule {rule}"
        ).format(rule=question.constraint.text)
    return QuestionState(path, question, True, bool(required), answered, problem, offered)


def _offered(
    state: _FormState, question: Question, where: tuple[str, str] | None
) -> tuple[Choice, ...] | None:
    """The choices a choice_filter lets through here (None: no filter, all of them)."""
    if question.choice_filter is None:
        return None
    rule = question.choice_filter
    return tuple(c for c in question.choices if truthy(state.run(rule, where, None, None, c)))


def _among(value: Any, offered: tuple[Choice, ...]) -> bool:
    values = {choice.value for choice in offered}
    return all(v in values for v in (value if isinstance(value, tuple) else (value,)))


def _finding(state: _FormState, path: str, question: Question, rule: FindingRule) -> Any:
    reads: dict[str, Any] = {}
    current = state.value(path)
    state.explain(path, reads)
    fired = state.run(rule.when, state.entry_of(path), current, reads)
    if not truthy(fired):
        return None
    # Repeats read as their entry lists; keep only answers in the explanation.
    answers = {key: value for key, value in reads.items() if not _is_repeat(state, key)}
    return DerivedFinding(rule, path, answers)


def _is_repeat(state: _FormState, path: str) -> bool:
    question = state.questions.get(path)
    return question is not None and question.type is QuestionType.REPEAT


def evaluate_form(
    form: Form, answers: Mapping[str, Any], *, today: dt.date | None = None
) -> Evaluation:
    """Everything the answers mean for this form. Answers are stored values by path
    (``question`` or ``repeat[entry].question``); paths the form does not know are ignored."""
    state = _FormState(form, answers, today or dt.date.today())
    questions: dict[str, QuestionState] = {}
    findings: list[DerivedFinding] = []
    for path in state.paths():
        question = state.questions[state.split(path)[2]]
        qstate = _check_question(state, path, question)
        questions[path] = qstate
        if qstate.visible:
            for rule in question.findings:
                derived = _finding(state, path, question, rule)
                if derived is not None:
                    findings.append(derived)
    problems = tuple(
        Problem(s.path, s.question.id, s.problem, s.problem == "missing")
        for s in questions.values()
        if s.problem is not None
    )
    sections = []
    for section in form.sections:
        members = [s for s in questions.values() if s.question.section == section.id]
        answerable = [
            s
            for s in members
            if s.visible and s.question.type.holds_answer and not s.question.readonly
        ]
        sections.append(
            SectionProgress(
                id=section.id,
                title=section.title,
                visible=any(s.visible for s in members),
                answered=sum(1 for s in answerable if s.answered),
                total=len(answerable),
                missing=tuple(s.path for s in members if s.problem == "missing"),
                invalid=tuple(
                    s.path for s in members if s.problem is not None and s.problem != "missing"
                ),
                required=sum(1 for s in answerable if s.required),
                required_answered=sum(1 for s in answerable if s.required and s.answered),
            )
        )
    order = {"critical": 0, "major": 1, "minor": 2, "observation": 3}
    findings.sort(key=lambda f: order[f.severity])
    values = {
        path: state.value(path)
        for path, qs in questions.items()
        if qs.visible and qs.question.type is QuestionType.CALCULATE
    }
    return Evaluation(
        form, questions, tuple(sections), tuple(findings), problems, dict(answers), values
    )


def json_value(value: Any) -> Any:
    """An expression value as JSON (for calculated answers shown or stored)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
