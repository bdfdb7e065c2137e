"""Reading a checklist's questions (with their repeats and structure rules) and the finding rules
that turn answers into findings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from inspector.checklists.document import Reader, join_path
from inspector.checklists.load_values import CURRENCY, ITEM_ID, NAME, ValueLoader
from inspector.checklists.model import (
    DEFAULT_DEADLINE_DAYS,
    PREFILL_FIELDS,
    PREFILL_SOURCES,
    SEVERITIES,
    Choice,
    Expression,
    FindingRule,
    Question,
    QuestionType,
)
from inspector.i18n import _

YES_NO: tuple[Choice, ...] = (
    Choice("yes", {"en": "Yes", "fr": "Oui", "es": "Sí"}),
    Choice("no", {"en": "No", "fr": "Non", "es": "No"}),
)
NOT_APPLICABLE = Choice("na", {"en": "Not applicable", "fr": "Sans objet", "es": "No aplica"})

_QUESTION_KEYS = {
    "id", "type", "label", "hint", "required", "relevant", "constraint", "constraint_message",
    "choices", "calculation", "readonly", "currency", "standards", "findings", "confidential",
    "questions", "item_label", "min_count", "max_count", "prefill", "choice_filter",
    "repeat_count",
}  # fmt: skip
_RULE_KEYS = {
    "id", "when", "severity", "standards", "title", "description", "corrective_action",
    "deadline_days",
}  # fmt: skip


class QuestionLoader(ValueLoader):
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
            label=self.text(
                reader,
                "label",
                required=qtype not in (QuestionType.CALCULATE, QuestionType.HIDDEN),
            ),
            path=path,
            hint=self.text(reader, "hint"),
            required=required,
            relevant=self.expression(reader, "relevant"),
            constraint=self.expression(reader, "constraint"),
            constraint_message=self.text(reader, "constraint_message"),
            choices=choices,
            choice_filter=self.expression(reader, "choice_filter"),
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
            repeat_count=self.expression(reader, "repeat_count"),
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
        if question.choice_filter is not None and qtype not in (
            QuestionType.SELECT_ONE,
            QuestionType.SELECT_MULTIPLE,
        ):
            self.problems.add(
                reader.at("choice_filter"), _("only select_one and select_multiple have one")
            )
        for key in ("relevant", "constraint", "calculation", "choice_filter", "repeat_count"):
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
            for key in ("item_label", "min_count", "max_count", "repeat_count"):
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
