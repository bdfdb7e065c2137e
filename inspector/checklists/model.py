"""A checklist as typed, immutable objects. Built only by ``inspector.checklists.loader``, which
checks everything first, so code that holds a ``Form`` can trust it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from inspector.checklists.expressions import Node

Text = Mapping[str, str]  # language code -> wording

SEVERITIES = ("critical", "major", "minor", "observation")
# checklist-reference.md: critical 14 days, major 60, minor 90; an observation has no deadline.
DEFAULT_DEADLINE_DAYS: Mapping[str, int | None] = {
    "critical": 14,
    "major": 60,
    "minor": 90,
    "observation": None,
}


class QuestionType(Enum):
    YES_NO = "yes_no"
    YES_NO_NA = "yes_no_na"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    MONEY = "money"
    DATE = "date"
    EVIDENCE = "evidence"
    SIGNATURE = "signature"
    NOTE = "note"
    CALCULATE = "calculate"
    REPEAT = "repeat"
    # A value the form is given from outside it (ODK's hidden, CommCare/CHT inputs): never shown
    # or asked, blank here; expressions may read it.
    HIDDEN = "hidden"

    @property
    def holds_answer(self) -> bool:
        """Whether an inspector enters a value for it (notes show text; calculations compute)."""
        return self not in (
            QuestionType.NOTE,
            QuestionType.CALCULATE,
            QuestionType.REPEAT,
            QuestionType.HIDDEN,
        )


CHOICE_TYPES = (
    QuestionType.YES_NO,
    QuestionType.YES_NO_NA,
    QuestionType.SELECT_ONE,
    QuestionType.SELECT_MULTIPLE,
)


class Purpose(Enum):
    INSPECTION = "inspection"
    INTERVIEW = "interview"
    COMPLAINT = "complaint"
    FOLLOW_UP = "follow-up"


# What a follow-up repeat can be filled with from the inspection it follows up.
PREFILL_SOURCES = ("open_corrective_actions",)
PREFILL_FIELDS = (
    "action_id",
    "action",
    "deadline",
    "finding",
    "severity",
    "standards",
)


@dataclass(frozen=True)
class Expression:
    """An expression as written (for messages and the audit trail) and as parsed."""

    text: str
    tree: Node


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text
    # columns a question's choice_filter reads as choice.<column> (XLSForm's cascading selects)
    filter: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FindingRule:
    id: str
    when: Expression
    severity: str
    standards: tuple[str, ...]
    title: Text
    description: Text
    corrective_action: Text
    deadline_days: int | None


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    label: Text
    path: str  # where it sits in the document, for messages: sections[1].questions[3]
    hint: Text = field(default_factory=dict)
    required: bool | Expression = False
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Text = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    # which choices are offered, read for each one: choice.value, choice.<filter column>
    choice_filter: Expression | None = None
    calculation: Expression | None = None
    readonly: bool = False
    currency: str | None = None
    standards: tuple[str, ...] = ()
    findings: tuple[FindingRule, ...] = ()
    confidential: bool = False
    repeat: str | None = None  # the id of the repeat this question sits in
    section: str = ""
    # repeats only
    questions: tuple[Question, ...] = ()
    item_label: Text = field(default_factory=dict)
    min_count: int = 0
    max_count: int | None = None
    repeat_count: Expression | None = None  # entries wanted, computed (XLSForm's repeat_count)
    prefill: str | None = None  # a PREFILL_SOURCES entry (repeat) or PREFILL_FIELDS (child)

    def choice_label(self, value: str, language: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return text_in(choice.label, language)
        return value


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    questions: tuple[Question, ...]
    hint: Text = field(default_factory=dict)
    relevant: Expression | None = None


@dataclass(frozen=True)
class Form:
    id: str
    version: str
    title: Text
    purpose: Purpose
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    standards: Mapping[str, Text]
    document: Mapping[str, Any]  # the source document, kept verbatim in the vault
    description: Text = field(default_factory=dict)
    confidential: bool = False
    source: str = ""
    # tables lookup() reads (XLSForm's pulldata CSV files): name -> rows of column -> text
    tables: Mapping[str, tuple[Mapping[str, str], ...]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    def all_questions(self) -> dict[str, Question]:
        """Every question by id, including those inside repeats, in document order."""
        found: dict[str, Question] = {}
        for section in self.sections:
            for question in section.questions:
                found[question.id] = question
                for child in question.questions:
                    found[child.id] = child
        return found

    def rules(self) -> dict[str, tuple[Question, FindingRule]]:
        return {
            rule.id: (question, rule)
            for question in self.all_questions().values()
            for rule in question.findings
        }


def text_in(text: Text, language: str, fallback: str = "en") -> str:
    """The wording in ``language``, else in ``fallback``, else in whatever the text has."""
    if not text:
        return ""
    return text.get(language) or text.get(fallback) or next(iter(text.values()))
