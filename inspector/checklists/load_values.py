"""Reading the small values of a checklist document (wording in the form's languages, lists of
names, expressions, ids) and recording every problem against its path. The base of the loader:
``load_questions`` reads questions and finding rules with it, ``loader`` the whole form."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from inspector.checklists.document import Problems, Reader, join_path
from inspector.checklists.expression_check import Pending
from inspector.checklists.expressions import parse
from inspector.checklists.model import Choice, Expression, Text
from inspector.errors import ExpressionError
from inspector.i18n import _

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
FORM_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
ITEM_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?\Z")
CURRENCY = re.compile(r"[A-Z]{3}\Z")
RESERVED = {"and", "or", "not", "true", "false"}


class ValueLoader:
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

    def choices(self, items: Any, path: str) -> tuple[Choice, ...]:
        if not isinstance(items, list) or not items:
            self.problems.add(path, _("expected a non-empty list of choices"))
            return ()
        found: list[Choice] = []
        seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
        for index, item in enumerate(items):
            reader = Reader(
                item, join_path(path, index), self.problems, {"value", "label", "filter"}
            )
            value = reader.data.get("value")
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str) or not value.strip():
                self.problems.add(
                    reader.at("value"), _("missing") if value is None else _("expected text")
                )
                continue
            columns = self.choice_filter_columns(reader)
            # one value twice is allowed when the filter columns tell the two apart
            key = (value, tuple(sorted(columns.items())))
            if key in seen:
                self.problems.add(
                    reader.at("value"), _("duplicate choice '{value}'").format(value=value)
                )
                continue
            seen.add(key)
            found.append(Choice(value, self.text(reader, "label", required=True), columns))
        return tuple(found)

    def choice_filter_columns(self, reader: Reader) -> dict[str, str]:
        raw = reader.data.get("filter")
        if raw is None:
            return {}
        if not isinstance(raw, dict) or not all(
            isinstance(k, str) and NAME.match(k) and isinstance(v, str | int) and k != "value"
            for k, v in raw.items()
        ):
            self.problems.add(
                reader.at("filter"),
                _("expected column: value pairs, each column a name other than 'value'"),
            )
            return {}
        return {key: str(value) for key, value in raw.items()}
