"""Reading a checklist: YAML to a checked ``Form``, or a precise list of what is wrong.

Every problem is reported as ``FILE: PATH: PROBLEM``, for example
``forms/x.yaml: sections[2].questions[4].relevant: unknown question 'fee_paid'``, and all of them
are reported at once, so a ministry editing a checklist fixes it in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from inspector.checklists.document import Problems, Reader, join_path, read_yaml
from inspector.checklists.expression_check import Pending, check_expressions
from inspector.checklists.expressions import parse
from inspector.checklists.model import (
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


class _Loader:
    def __init__(self, document: Any, source: str) -> None:
        self.document = document
        self.problems = Problems(source)
        self.languages: tuple[str, ...] = ("en",)
        self.standards: dict[str, Text] = {}
        self.choice_lists: dict[str, tuple[Choice, ...]] = {}
        self.question_paths: dict[str, str] = {}
        self.rule_paths: dict[str, str] = {}
        # Expressions are checked once every question is known (forward references are fine):
        # (path in the document, owner, which expression, the expression).
        self.pending: list[Pending] = []

    # -- small values -------------------------------------------------------------------------
    def text(self, reader: Reader, key: str, *, required: bool = False) -> Text:
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
                    join_path(reader.at(key), str(language)), _("expected non-empty text")
                )
            elif language not in self.languages:
                self.problems.add(
                    join_path(reader.at(key), str(language)),
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
        self, reader: Reader, key: str, known: Mapping[str, Any], what: str
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
                    join_path(reader.at(key), index),
                    _("unknown {what} '{name}'").format(what=what, name=item),
                )
            else:
                found.append(item)
        return tuple(found)

    def expression(self, reader: Reader, key: str) -> Expression | None:
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
        self, reader: Reader, pattern: re.Pattern[str], seen: dict[str, str], what: str
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
        top = Reader(self.document, "", self.problems, _FORM_KEYS)
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
        holder = Reader(standards, "standards", self.problems, set(standards))
        for key in standards:
            if not isinstance(key, str) or not ITEM_ID.match(key):
                self.problems.add(join_path("standards", str(key)), _("not a valid standard id"))
                continue
            self.standards[key] = self.text(holder, key, required=True)
        for name, items in top.get("choice_lists", dict, default={}).items():
            path = join_path("choice_lists", str(name))
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
            section = self.section(data, join_path("sections", index), seen_sections)
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
        check_expressions(form, self.pending, self.problems)
        return form

    def choices(self, items: Any, path: str) -> tuple[Choice, ...]:
        if not isinstance(items, list) or not items:
            self.problems.add(path, _("expected a non-empty list of choices"))
            return ()
        found: list[Choice] = []
        seen: set[str] = set()
        for index, item in enumerate(items):
            reader = Reader(item, join_path(path, index), self.problems, {"value", "label"})
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
        reader = Reader(data, path, self.problems, _SECTION_KEYS)
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
        self, reader: Reader, repeat: Question | None, section: str
    ) -> tuple[Question, ...]:
        items = reader.get("questions", list, required=True, default=[])
        if not items and "questions" in reader.data:
            self.problems.add(reader.at("questions"), _("expected at least one question"))
        found = []
        for index, data in enumerate(items):
            question = self.question(
                data, join_path(reader.at("questions"), index), repeat, section
            )
            if question is not None:
                found.append(question)
        return tuple(found)

    def question(
        self, data: Any, path: str, repeat: Question | None, section: str
    ) -> Question | None:
        reader = Reader(data, path, self.problems, _QUESTION_KEYS)
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
            question = replace(question, questions=children)
        elif "questions" in reader.data:
            self.problems.add(reader.at("questions"), _("only a repeat holds questions"))
        rules = self.rules(reader, question)
        question = replace(question, findings=rules)
        for key in ("relevant", "constraint", "calculation"):
            if getattr(question, key) is not None:
                self.pending.append((reader.at(key), question, key, getattr(question, key)))
        if isinstance(question.required, Expression):
            self.pending.append((reader.at("required"), question, "required", question.required))
        for index, rule in enumerate(rules):
            path = join_path(join_path(reader.at("findings"), index), "when")
            self.pending.append((path, question, "rule", rule.when))
        return question

    def structure(self, reader: Reader, question: Question, repeat: Question | None) -> None:
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

    def rules(self, reader: Reader, question: Question) -> tuple[FindingRule, ...]:
        items = reader.get("findings", list, default=[])
        found = []
        for index, data in enumerate(items):
            rule_reader = Reader(
                data, join_path(reader.at("findings"), index), self.problems, _RULE_KEYS
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


def load_document(document: Any, source: str = "") -> Form:
    """A checked form from a parsed document; FormInvalid listing every problem otherwise."""
    loader = _Loader(document, source)
    form = loader.form()
    if loader.problems.items or form is None:
        raise FormInvalid(loader.problems.items or [_("not a form")])
    return form


def load_file(path: Path, display: str | None = None) -> Form:
    return load_document(read_yaml(path, display), display or str(path))
