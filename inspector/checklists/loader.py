"""Reading a checklist: YAML to a checked ``Form``, or a precise list of what is wrong.

Every problem is reported as ``FILE: PATH: PROBLEM``, for example
``forms/x.yaml: sections[2].questions[4].relevant: unknown question 'fee_paid'``, and all of them
are reported at once, so a ministry editing a checklist fixes it in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

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
from inspector.checklists.expressions import parse
from inspector.checklists.model import (
    CHOICE_TYPES,
    DEFAULT_DEADLINE_DAYS,
    PREFILL_FIELDS,
    PREFILL_SOURCES,
    SEVERITIES,
    Choice,
    Expression,
    FindingRule,
    Form,
    Purpose,
    Question,
    QuestionType,
    Section,
    Text,
)
from inspector.errors import ExpressionError, FormInvalid
from inspector.i18n import _

FORMAT = 1
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
FORM_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
ITEM_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?\Z")
CURRENCY = re.compile(r"[A-Z]{3}\Z")
RESERVED = {"and", "or", "not", "true", "false"}

YES_NO: tuple[Choice, ...] = (
    Choice("yes", {"en": "Yes", "fr": "Oui", "es": "Sí"}),
    Choice("no", {"en": "No", "fr": "Non", "es": "No"}),
)
NOT_APPLICABLE = Choice("na", {"en": "Not applicable", "fr": "Sans objet", "es": "No aplica"})

_FORM_KEYS = {
    "format", "id", "version", "title", "description", "purpose", "languages", "confidential",
    "standards", "choice_lists", "sections",
}  # fmt: skip
_SECTION_KEYS = {"id", "title", "hint", "relevant", "questions"}
_QUESTION_KEYS = {
    "id", "type", "label", "hint", "required", "relevant", "constraint", "constraint_message",
    "choices", "calculation", "readonly", "currency", "standards", "findings", "confidential",
    "questions", "item_label", "min_count", "max_count", "prefill",
}  # fmt: skip
_RULE_KEYS = {
    "id", "when", "severity", "standards", "title", "description", "corrective_action",
    "deadline_days",
}  # fmt: skip


class _Problems:
    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, path: str, message: str) -> None:
        where = f"{self.source}: " if self.source else ""
        self.items.append(f"{where}{path}: {message}" if path else f"{where}{message}")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


_TYPE_NAMES = {
    dict: "a mapping",
    list: "a list",
    str: "text",
    bool: "true or false",
    int: "a whole number",
}


class _Reader:
    """Reads one mapping of the document, recording problems against its path."""

    def __init__(self, data: Any, path: str, problems: _Problems, keys: set[str]) -> None:
        self.path = path
        self.problems = problems
        self.ok = isinstance(data, dict)
        self.data: dict[Any, Any] = data if isinstance(data, dict) else {}
        if not self.ok:
            problems.add(path or "(top)", _("expected a mapping of keys to values"))
            return
        for key in self.data:
            if key not in keys:
                suggestion = _close(str(key), keys)
                problems.add(
                    _join(path, str(key)),
                    _("unknown key; did you mean '{key}'?").format(key=suggestion)
                    if suggestion
                    else _("unknown key; allowed: {keys}").format(keys=", ".join(sorted(keys))),
                )

    def at(self, key: str) -> str:
        return _join(self.path, key)

    def get(self, key: str, kind: type, *, required: bool = False, default: Any = None) -> Any:
        if key not in self.data or self.data[key] is None:
            if required and self.ok:
                self.problems.add(self.at(key), _("missing"))
            return default
        value = self.data[key]
        if kind is int and isinstance(value, bool):
            value = None
        if not isinstance(value, kind) or value is None:
            self.problems.add(
                self.at(key), _("expected {kind}").format(kind=_TYPE_NAMES.get(kind, kind.__name__))
            )
            return default
        return value


def _close(word: str, options: set[str]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.75)
    return matches[0] if matches else None


class _Loader:
    def __init__(self, document: Any, source: str) -> None:
        self.document = document
        self.problems = _Problems(source)
        self.languages: tuple[str, ...] = ("en",)
        self.standards: dict[str, Text] = {}
        self.choice_lists: dict[str, tuple[Choice, ...]] = {}
        self.question_paths: dict[str, str] = {}
        self.rule_paths: dict[str, str] = {}
        # Expressions are checked once every question is known (forward references are fine):
        # (path in the document, owner, which expression, the expression).
        self.pending: list[tuple[str, Question | Section, str, Expression]] = []

    # -- small values -------------------------------------------------------------------------
    def text(self, reader: _Reader, key: str, *, required: bool = False) -> Text:
        value = reader.data.get(key)
        if value is None:
            if required and reader.ok:
                self.problems.add(reader.at(key), _("missing"))
            return {}
        if isinstance(value, str):
            return {self.languages[0]: value}
        if not isinstance(value, dict) or not value:
            self.problems.add(
                reader.at(key), _("expected text, or a mapping of language codes to text")
            )
            return {}
        result: dict[str, str] = {}
        for language, wording in value.items():
            if not isinstance(wording, str) or not wording.strip():
                self.problems.add(
                    _join(reader.at(key), str(language)), _("expected non-empty text")
                )
            elif language not in self.languages:
                self.problems.add(
                    _join(reader.at(key), str(language)),
                    _("language '{language}' is not in the form's languages ({languages})").format(
                        language=language, languages=", ".join(self.languages)
                    ),
                )
            else:
                result[language] = wording
        if result and self.languages[0] not in result:
            self.problems.add(
                reader.at(key),
                _("no wording in the form's first language '{language}'").format(
                    language=self.languages[0]
                ),
            )
        return result

    def names(
        self, reader: _Reader, key: str, known: Mapping[str, Any], what: str
    ) -> tuple[str, ...]:
        value = reader.data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.problems.add(reader.at(key), _("expected a list"))
            return ()
        found = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in known:
                self.problems.add(
                    _join(reader.at(key), index),
                    _("unknown {what} '{name}'").format(what=what, name=item),
                )
            else:
                found.append(item)
        return tuple(found)

    def expression(self, reader: _Reader, key: str) -> Expression | None:
        text = reader.data.get(key)
        if text is None:
            return None
        if isinstance(text, bool | int | float):
            text = str(text).lower()
        if not isinstance(text, str):
            self.problems.add(reader.at(key), _("expected an expression (text)"))
            return None
        try:
            return Expression(text, parse(text))
        except ExpressionError as exc:
            self.problems.add(reader.at(key), exc.message)
            return None

    def unique_id(
        self, reader: _Reader, pattern: re.Pattern[str], seen: dict[str, str], what: str
    ) -> str:
        value = reader.get("id", str, required=True, default="")
        if not value:
            return ""
        if not pattern.match(value) or value in RESERVED:
            self.problems.add(
                reader.at("id"),
                _("'{id}' is not a valid {what} id (letters, digits and _ ; not a keyword)").format(
                    id=value, what=what
                ),
            )
        elif value in seen:
            self.problems.add(
                reader.at("id"),
                _("duplicate {what} id '{id}' (first at {first})").format(
                    what=what, id=value, first=seen[value]
                ),
            )
        else:
            seen[value] = reader.path
        return value

    # -- the document ---------------------------------------------------------------------------
    def form(self) -> Form | None:
        top = _Reader(self.document, "", self.problems, _FORM_KEYS)
        if not top.ok:
            return None
        fmt = top.get("format", int, default=FORMAT)
        if fmt != FORMAT:
            self.problems.add(
                "format",
                _("this app reads form format {ours}, not {theirs}").format(
                    ours=FORMAT, theirs=fmt
                ),
            )
        languages = top.get("languages", list, default=["en"])
        good = [lang for lang in languages if isinstance(lang, str) and LANGUAGE.match(lang)]
        if len(good) != len(languages) or not good or len(set(good)) != len(good):
            self.problems.add("languages", _("expected a list of distinct language codes"))
        self.languages = tuple(dict.fromkeys(good)) or ("en",)

        form_id = top.get("id", str, required=True, default="")
        if form_id and not FORM_ID.match(form_id):
            self.problems.add(
                "id",
                _("'{id}' is not a valid form id (lower-case letters, digits, -)").format(
                    id=form_id
                ),
            )
        version = top.data.get("version")
        if isinstance(version, int | float) and not isinstance(version, bool):
            version = str(version)
        if not isinstance(version, str) or not version.strip():
            self.problems.add("version", _("missing") if version is None else _("expected text"))
            version = ""
        title = self.text(top, "title", required=True)
        description = self.text(top, "description")
        purpose_text = top.get("purpose", str, default="inspection")
        try:
            purpose = Purpose(purpose_text)
        except ValueError:
            self.problems.add(
                "purpose",
                _("'{value}' is not one of {allowed}").format(
                    value=purpose_text, allowed=", ".join(p.value for p in Purpose)
                ),
            )
            purpose = Purpose.INSPECTION
        confidential = top.get("confidential", bool, default=False)

        standards = top.get("standards", dict, default={})
        holder = _Reader(standards, "standards", self.problems, set(standards))
        for key in standards:
            if not isinstance(key, str) or not ITEM_ID.match(key):
                self.problems.add(_join("standards", str(key)), _("not a valid standard id"))
                continue
            self.standards[key] = self.text(holder, key, required=True)
        for name, items in top.get("choice_lists", dict, default={}).items():
            path = _join("choice_lists", str(name))
            if not isinstance(name, str) or not NAME.match(name):
                self.problems.add(path, _("not a valid choice list name"))
                continue
            self.choice_lists[name] = self.choices(items, path)

        sections_data = top.get("sections", list, required=True, default=[])
        if not sections_data and "sections" in top.data:
            self.problems.add("sections", _("a form needs at least one section"))
        seen_sections: dict[str, str] = {}
        sections = []
        for index, data in enumerate(sections_data):
            section = self.section(data, _join("sections", index), seen_sections)
            if section is not None:
                sections.append(section)
        form = Form(
            id=form_id,
            version=version,
            title=title,
            purpose=purpose,
            languages=self.languages,
            sections=tuple(sections),
            standards=self.standards,
            document=self.document,
            description=description,
            confidential=confidential,
            source=self.problems.source,
        )
        self.check_expressions(form)
        return form

    def choices(self, items: Any, path: str) -> tuple[Choice, ...]:
        if not isinstance(items, list) or not items:
            self.problems.add(path, _("expected a non-empty list of choices"))
            return ()
        found: list[Choice] = []
        seen: set[str] = set()
        for index, item in enumerate(items):
            reader = _Reader(item, _join(path, index), self.problems, {"value", "label"})
            value = reader.data.get("value")
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str) or not value.strip():
                self.problems.add(
                    reader.at("value"), _("missing") if value is None else _("expected text")
                )
                continue
            if value in seen:
                self.problems.add(
                    reader.at("value"), _("duplicate choice '{value}'").format(value=value)
                )
                continue
            seen.add(value)
            found.append(Choice(value, self.text(reader, "label", required=True)))
        return tuple(found)

    def section(self, data: Any, path: str, seen: dict[str, str]) -> Section | None:
        reader = _Reader(data, path, self.problems, _SECTION_KEYS)
        if not reader.ok:
            return None
        section_id = self.unique_id(reader, ITEM_ID, seen, _("section"))
        questions = self.questions(reader, None, section_id)
        section = Section(
            id=section_id,
            title=self.text(reader, "title", required=True),
            questions=questions,
            hint=self.text(reader, "hint"),
            relevant=self.expression(reader, "relevant"),
        )
        if section.relevant is not None:
            self.pending.append((reader.at("relevant"), section, "relevant", section.relevant))
        return section

    def questions(
        self, reader: _Reader, repeat: Question | None, section: str
    ) -> tuple[Question, ...]:
        items = reader.get("questions", list, required=True, default=[])
        if not items and "questions" in reader.data:
            self.problems.add(reader.at("questions"), _("expected at least one question"))
        found = []
        for index, data in enumerate(items):
            question = self.question(data, _join(reader.at("questions"), index), repeat, section)
            if question is not None:
                found.append(question)
        return tuple(found)

    def question(
        self, data: Any, path: str, repeat: Question | None, section: str
    ) -> Question | None:
        reader = _Reader(data, path, self.problems, _QUESTION_KEYS)
        if not reader.ok:
            return None
        question_id = self.unique_id(reader, NAME, self.question_paths, _("question"))
        type_text = reader.get("type", str, required=True, default="")
        try:
            qtype = QuestionType(type_text)
        except ValueError:
            if type_text:
                self.problems.add(
                    reader.at("type"),
                    _("unknown question type '{type}'; known: {known}").format(
                        type=type_text, known=", ".join(t.value for t in QuestionType)
                    ),
                )
            return None
        choices: tuple[Choice, ...] = ()
        raw_choices = reader.data.get("choices")
        if qtype is QuestionType.YES_NO:
            choices = YES_NO
        elif qtype is QuestionType.YES_NO_NA:
            choices = (*YES_NO, NOT_APPLICABLE)
        if qtype in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
            if raw_choices is None:
                self.problems.add(
                    reader.at("choices"), _("missing: a choice question needs choices")
                )
            elif isinstance(raw_choices, str):
                if raw_choices not in self.choice_lists:
                    self.problems.add(
                        reader.at("choices"),
                        _("unknown choice list '{name}'").format(name=raw_choices),
                    )
                else:
                    choices = self.choice_lists[raw_choices]
            else:
                choices = self.choices(raw_choices, reader.at("choices"))
        elif raw_choices is not None:
            self.problems.add(
                reader.at("choices"),
                _("only select_one and select_multiple questions take choices"),
            )
        required: bool | Expression = False
        raw_required = reader.data.get("required")
        if isinstance(raw_required, bool):
            required = raw_required
        elif raw_required is not None:
            required = self.expression(reader, "required") or False
        currency = reader.get("currency", str)
        if currency is not None and (
            qtype is not QuestionType.MONEY or not CURRENCY.match(currency)
        ):
            self.problems.add(
                reader.at("currency"),
                _("a currency is a three-letter ISO code on a money question"),
            )
            currency = None
        question = Question(
            id=question_id,
            type=qtype,
            label=self.text(reader, "label", required=qtype is not QuestionType.CALCULATE),
            path=path,
            hint=self.text(reader, "hint"),
            required=required,
            relevant=self.expression(reader, "relevant"),
            constraint=self.expression(reader, "constraint"),
            constraint_message=self.text(reader, "constraint_message"),
            choices=choices,
            calculation=self.expression(reader, "calculation"),
            readonly=reader.get("readonly", bool, default=False),
            currency=currency,
            standards=self.names(reader, "standards", self.standards, _("standard")),
            findings=(),
            confidential=reader.get("confidential", bool, default=False),
            repeat=repeat.id if repeat is not None else None,
            section=section,
            item_label=self.text(reader, "item_label"),
            min_count=reader.get("min_count", int, default=0),
            max_count=reader.get("max_count", int),
            prefill=reader.get("prefill", str),
        )
        self.structure(reader, question, repeat)
        if qtype is QuestionType.REPEAT:
            children = self.questions(reader, question, section)
            question = _replace(question, questions=children)
        elif "questions" in reader.data:
            self.problems.add(reader.at("questions"), _("only a repeat holds questions"))
        rules = self.rules(reader, question)
        question = _replace(question, findings=rules)
        for key in ("relevant", "constraint", "calculation"):
            if getattr(question, key) is not None:
                self.pending.append((reader.at(key), question, key, getattr(question, key)))
        if isinstance(question.required, Expression):
            self.pending.append((reader.at("required"), question, "required", question.required))
        for index, rule in enumerate(rules):
            path = _join(_join(reader.at("findings"), index), "when")
            self.pending.append((path, question, "rule", rule.when))
        return question

    def structure(self, reader: _Reader, question: Question, repeat: Question | None) -> None:
        qtype = question.type
        if qtype is QuestionType.CALCULATE and question.calculation is None:
            self.problems.add(reader.at("calculation"), _("missing: a calculate question needs it"))
        if qtype is not QuestionType.CALCULATE and "calculation" in reader.data:
            self.problems.add(reader.at("calculation"), _("only a calculate question has one"))
        if qtype is QuestionType.REPEAT and repeat is not None:
            self.problems.add(reader.at("type"), _("a repeat cannot sit inside another repeat"))
        if qtype is not QuestionType.REPEAT:
            for key in ("item_label", "min_count", "max_count"):
                if key in reader.data:
                    self.problems.add(reader.at(key), _("only a repeat has this"))
        if question.min_count < 0 or (
            question.max_count is not None and question.max_count < max(question.min_count, 1)
        ):
            self.problems.add(
                reader.at("max_count"), _("max_count must be at least min_count and 1")
            )
        if question.prefill is not None:
            allowed = PREFILL_SOURCES if qtype is QuestionType.REPEAT else PREFILL_FIELDS
            parent_ok = qtype is QuestionType.REPEAT or (
                repeat is not None and repeat.prefill is not None
            )
            if question.prefill not in allowed or not parent_ok:
                self.problems.add(
                    reader.at("prefill"),
                    _(
                        "'{value}' cannot be prefilled here; a repeat takes {sources}, a question "
                        "in a prefilled repeat takes {fields}"
                    ).format(
                        value=question.prefill,
                        sources=", ".join(PREFILL_SOURCES),
                        fields=", ".join(PREFILL_FIELDS),
                    ),
                )

    def rules(self, reader: _Reader, question: Question) -> tuple[FindingRule, ...]:
        items = reader.get("findings", list, default=[])
        found = []
        for index, data in enumerate(items):
            rule_reader = _Reader(
                data, _join(reader.at("findings"), index), self.problems, _RULE_KEYS
            )
            if not rule_reader.ok:
                continue
            rule_id = self.unique_id(rule_reader, ITEM_ID, self.rule_paths, _("finding rule"))
            when = self.expression(rule_reader, "when")
            if when is None and "when" not in rule_reader.data:
                self.problems.add(rule_reader.at("when"), _("missing"))
            severity = rule_reader.get("severity", str, required=True, default="")
            if severity and severity not in SEVERITIES:
                self.problems.add(
                    rule_reader.at("severity"),
                    _("'{value}' is not one of {allowed}").format(
                        value=severity, allowed=", ".join(SEVERITIES)
                    ),
                )
            deadline = rule_reader.get(
                "deadline_days", int, default=DEFAULT_DEADLINE_DAYS.get(severity)
            )
            if deadline is not None and not 0 <= deadline <= 3650:
                self.problems.add(rule_reader.at("deadline_days"), _("expected 0 to 3650 days"))
            standards = self.names(rule_reader, "standards", self.standards, _("standard"))
            if when is not None and severity in SEVERITIES:
                found.append(
                    FindingRule(
                        id=rule_id,
                        when=when,
                        severity=severity,
                        standards=standards or question.standards,
                        title=self.text(rule_reader, "title", required=True),
                        description=self.text(rule_reader, "description"),
                        corrective_action=self.text(rule_reader, "corrective_action"),
                        deadline_days=deadline,
                    )
                )
        return tuple(found)

    # -- expressions ----------------------------------------------------------------------------
    def check_expressions(self, form: Form) -> None:
        questions = form.all_questions()
        symbols = {qid: Symbol(value_type(q), q.repeat) for qid, q in questions.items()}
        self.type_calculations(symbols)
        depends: dict[str, set[str]] = {qid: set() for qid in questions}
        for path, owner, key, expression in self.pending:
            scope = self.scope(owner, key, symbols)
            try:
                if key == "calculation":
                    kind = check(expression.tree, scope)
                    if kind.kind in (Kind.REPEAT, Kind.COLUMN):
                        raise ExpressionError(_("a calculation must give a single value"))
                else:
                    check_condition(expression.tree, scope)
            except ExpressionError as exc:
                self.problems.add(path, exc.message)
                continue
            if key in ("relevant", "calculation") and isinstance(owner, Question):
                depends[owner.id] |= scope.reads
            elif key == "relevant" and isinstance(owner, Section):
                for question in owner.questions:
                    depends.setdefault(question.id, set()).update(scope.reads)
                    for child in question.questions:
                        depends.setdefault(child.id, set()).update(scope.reads)
        for question in questions.values():
            if question.repeat is not None:
                depends[question.id].add(question.repeat)
        self.cycles(depends, questions)

    @staticmethod
    def scope(owner: Question | Section, key: str, symbols: dict[str, Symbol]) -> Scope:
        """Where an expression is read: inside its question's repeat (a repeat's own relevance is
        read outside it), with '.' bound for constraints and finding rules."""
        if not isinstance(owner, Question):
            return Scope(symbols)
        repeat = None if owner.type is QuestionType.REPEAT else owner.repeat
        current = symbols[owner.id].type if key in ("constraint", "rule") else None
        return Scope(symbols, repeat, current)

    def type_calculations(self, symbols: dict[str, Symbol]) -> None:
        """Give each calculate question the type of its result, so that comparing it with the
        wrong kind of value is caught here too. Calculations built on calculations settle
        within as many passes as there are calculations."""
        calculations = [
            (o, e) for _p, o, k, e in self.pending if k == "calculation" and isinstance(o, Question)
        ]
        for _round in range(len(calculations) + 1):
            changed = False
            for owner, expression in calculations:
                try:
                    kind = check(expression.tree, self.scope(owner, "calculation", symbols))
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

    def cycles(self, depends: dict[str, set[str]], questions: Mapping[str, Question]) -> None:
        state: dict[str, int] = {}
        reported: set[str] = set()

        def visit(node: str, trail: list[str]) -> None:
            state[node] = 1
            for nxt in sorted(depends.get(node, ())):
                if state.get(nxt) == 1:
                    loop = [*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt]
                    if nxt not in reported:
                        reported.add(nxt)
                        self.problems.add(
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


def _replace(question: Question, **changes: Any) -> Question:
    from dataclasses import replace

    return replace(question, **changes)


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
    }
    return simple.get(qtype, ANY)


def load_document(document: Any, source: str = "") -> Form:
    """A checked form from a parsed document; FormInvalid listing every problem otherwise."""
    loader = _Loader(document, source)
    form = loader.form()
    if loader.problems.items or form is None:
        raise FormInvalid(loader.problems.items or [_("not a form")])
    return form


def read_yaml(path: Path, display: str | None = None) -> Any:
    """The document in a YAML file. Duplicate keys, which YAML would silently merge, are refused."""
    import yaml

    name = display or str(path)

    # libyaml's parser when PyYAML has it (its wheels do): ten times faster on a large form.
    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(base):  # type: ignore[valid-type,misc]
        pass

    def mapping(loader: StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = loader.construct_object(key_node)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, _("duplicate key '{key}'").format(key=key), key_node.start_mark
                )
            seen.add(key)
        return loader.construct_mapping(node)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FormInvalid([_("{file}: no such file").format(file=name)]) from None
    except UnicodeDecodeError:
        raise FormInvalid([_("{file}: not UTF-8 text").format(file=name)]) from None
    except OSError as exc:
        raise FormInvalid([f"{name}: {exc.strerror}"]) from None
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = str(exc.problem or exc.context)
        if "expected ',' or" in problem:
            # The classic trap: {en: Fees?} - a plain '?' or ':' inside a flow mapping.
            problem += _(" (inside { } or [ ], put text containing ? : , # in quotes)")
        raise FormInvalid([f"{name}: {where}{problem}"]) from None
    except yaml.YAMLError as exc:
        raise FormInvalid([f"{name}: {exc}"]) from None


def load_file(path: Path, display: str | None = None) -> Form:
    return load_document(read_yaml(path, display), display or str(path))
