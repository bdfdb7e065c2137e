"""The survey tree and the choice lists as a document in our format (docs/forms.md): top-level
groups and repeats become sections, questions outside any group gather in "general" sections, a
group inside a section is flattened into it (its relevance carried by each of its questions)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from inspector.checklists.loader import FORMAT, ITEM_ID
from inspector.checklists.xlsform.media import MediaReader
from inspector.checklists.xlsform.survey import QUESTION_TYPES, Item
from inspector.checklists.xlsform.translate import ExpressionTranslator
from inspector.checklists.xlsform.workbook import SURVEY_FIELDS
from inspector.i18n import _

_COMPUTABLE = {"text", "integer", "decimal", "date"}  # types whose answer a calculation can give
_GROUP_COLUMNS = {"type", "name", "label", "hint", "relevant"}
_REPEAT_COLUMNS = {*_GROUP_COLUMNS, "repeat_count"}
# How the required and read_only columns spell yes and no.
_YES = ("yes", "true", "true()")
_NO = ("no", "false", "false()")


class DocumentBuilder(ExpressionTranslator, MediaReader):
    def __init__(self, path: Path, form_id: str | None, strict: bool = False) -> None:
        super().__init__(path, form_id, strict)
        self.expressions: dict[str, str] = {}  # document path of an expression -> as converted
        self.choice_lists: dict[str, Any] = {}

    # -- building the document ------------------------------------------------------------------
    def document(self, top: list[Item], choice_lists: dict[str, Any]) -> dict[str, Any]:
        self.choice_lists = choice_lists
        stem_title = re.sub(r"[_-]+", " ", self.path.stem).strip().capitalize() or self.path.stem
        title = {self.languages[0]: self.settings.get("form_title") or stem_title}
        sections: list[dict[str, Any]] = []
        used_ids = {self.section_id(item.ident) for item in top if item.kind != "question"}
        loose: dict[str, Any] | None = None
        loose_count = 1
        for item in top:
            if item.kind == "question":
                if loose is None:
                    section_id = "general"
                    while section_id in used_ids:
                        loose_count += 1
                        section_id = f"general-{loose_count}"
                    used_ids.add(section_id)
                    loose = {"id": section_id, "title": dict(title), "questions": []}
                    sections.append(loose)
                path = f"sections[{len(sections) - 1}]"
                self.add(loose["questions"], item, [], f"{path}.questions")
                continue
            loose = None
            path = f"sections[{len(sections)}]"
            section: dict[str, Any]
            if item.kind == "repeat":
                section = {"id": self.section_id(item.ident), "title": {}, "questions": []}
                self.add(section["questions"], item, [], f"{path}.questions")
                section["title"] = dict(section["questions"][0]["label"])
            else:
                section = self.section(item, path)
            if section["questions"]:
                self.origins[path] = ("survey", item.row.number, item.name)
                sections.append(section)
            else:
                self.warn(
                    _("group '{name}' holds no questions; left out").format(name=item.name),
                    "survey",
                    item.row.number,
                    "type",
                )
        if not sections:
            self.problem(_("no questions to import"), "survey")
        form_id = self.form_id
        if form_id is None:
            written = self.settings.get("form_id") or self.path.stem
            form_id = re.sub(r"[^a-z0-9]+", "-", written.lower()).strip("-") or "form"
            if "form_id" in self.settings and form_id != written:
                self.warn(
                    _(
                        "form id '{written}' is written as '{id}' (lower-case letters, digits, -)"
                    ).format(written=written, id=form_id),
                    "settings",
                    column="form_id",
                )
        document: dict[str, Any] = {
            "format": FORMAT,
            "id": form_id,
            "version": self.settings.get("version", "1"),
            "purpose": "inspection",
            "languages": list(self.languages),
            "title": title,
        }
        if self.choice_lists:
            document["choice_lists"] = self.choice_lists
        if self.tables:
            document["tables"] = self.tables
        document["sections"] = sections
        return document

    @staticmethod
    def section_id(ident: str) -> str:
        cleaned = ident.lstrip("_")
        return cleaned if ITEM_ID.match(cleaned) else "section"

    def label(self, item: Item) -> dict[str, str]:
        label = self.texts(self.sheets["survey"], item.row, "label")
        if not label:
            self.warn(
                _("{kind} '{name}' has no label; its name is shown instead").format(
                    kind=_("group") if item.kind == "group" else _("repeat"), name=item.name
                ),
                "survey",
                item.row.number,
                "label",
            )
            label = {self.languages[0]: item.name}
        return label

    def only(self, item: Item, allowed: set[str]) -> None:
        sheet = self.sheets["survey"]
        for column in sheet.columns:
            if (
                column.field in SURVEY_FIELDS
                and column.field not in allowed
                and column.index in item.row.values
            ):
                self.problem(
                    _("a {kind} cannot have one").format(
                        kind=_("group") if item.kind == "group" else _("repeat")
                    ),
                    "survey",
                    item.row.number,
                    column.header,
                )

    def section(self, item: Item, path: str) -> dict[str, Any]:
        self.only(item, _GROUP_COLUMNS)
        sheet = self.sheets["survey"]
        section: dict[str, Any] = {"id": self.section_id(item.ident), "title": self.label(item)}
        hint = self.texts(sheet, item.row, "hint")
        if hint:
            section["hint"] = hint
        relevant = self.expression(item, "relevant", sheet.cell(item.row, "relevant"))
        if relevant:
            section["relevant"] = relevant
            self.expressions[f"{path}.relevant"] = relevant
        section["questions"] = []
        for child in item.children:
            self.add(section["questions"], child, [], f"{path}.questions")
        return section

    def add(self, into: list[dict[str, Any]], item: Item, conditions: list[str], at: str) -> None:
        """Append ``item`` (a group's questions, flattened) to ``into``, a list at path ``at``."""
        sheet = self.sheets["survey"]
        if item.kind == "group":
            self.only(item, _GROUP_COLUMNS)
            relevant = self.expression(item, "relevant", sheet.cell(item.row, "relevant"))
            if self.texts(sheet, item.row, "label") or self.texts(sheet, item.row, "hint"):
                self.warn(
                    _(
                        "group '{name}' inside a section is flattened into it: its label and hint "
                        "are not shown"
                    ).format(name=item.name),
                    "survey",
                    item.row.number,
                    "label",
                )
            inner = [*conditions, relevant] if relevant else conditions
            for child in item.children:
                self.add(into, child, inner, at)
            return
        path = f"{at}[{len(into)}]"
        question = self.repeat(item, path) if item.kind == "repeat" else self.question(item, path)
        if item.list_name is not None and "choices" not in question and not self.strict:
            return  # no choices to offer: left out, listed once with why
        own = question.get("relevant")
        parts = [*conditions, own] if own else list(conditions)
        if parts:
            combined = parts[0] if len(parts) == 1 else " and ".join(f"({p})" for p in parts)
            question["relevant"] = combined
            self.expressions[f"{path}.relevant"] = combined
            question = self.ordered(question)
        self.origins[path] = ("survey", item.row.number, item.name)
        into.append(question)

    @staticmethod
    def ordered(question: dict[str, Any]) -> dict[str, Any]:
        order = [
            "id", "type", "choices", "choice_filter", "label", "hint", "required", "relevant",
            "constraint", "constraint_message", "calculation", "readonly", "min_count", "max_count",
            "repeat_count", "questions",
        ]  # fmt: skip
        return {key: question[key] for key in order if key in question}

    def repeat(self, item: Item, path: str) -> dict[str, Any]:
        self.only(item, _REPEAT_COLUMNS)
        sheet = self.sheets["survey"]
        question: dict[str, Any] = {"id": item.ident, "type": "repeat", "label": self.label(item)}
        hint = self.texts(sheet, item.row, "hint")
        if hint:
            question["hint"] = hint
        relevant = self.expression(item, "relevant", sheet.cell(item.row, "relevant"))
        if relevant:
            question["relevant"] = relevant
        count = sheet.cell(item.row, "repeat_count")
        if count:
            if re.fullmatch(r"\d+", count) and int(count) >= 1:
                question["min_count"] = question["max_count"] = int(count)
            elif not re.fullmatch(r"\d+", count):
                # computed from the answers: ${n}, a calculation, an expression
                self.keep(
                    question, "repeat_count", self.expression(item, "repeat_count", count), path
                )
            else:
                self.problem(
                    _("only a fixed number of entries is supported, not '{value}'").format(
                        value=count
                    ),
                    "survey",
                    item.row.number,
                    "repeat_count",
                )
        children: list[dict[str, Any]] = []
        for child in item.children:
            self.add(children, child, [], f"{path}.questions")
        if not children and not any(c.kind == "repeat" for c in item.children):
            self.problem(
                _("repeat '{name}' holds no questions").format(name=item.name),
                "survey",
                item.row.number,
                "type",
            )
        question["questions"] = children
        return question

    def question(self, item: Item, path: str) -> dict[str, Any]:
        sheet = self.sheets["survey"]
        row = item.row
        ours = QUESTION_TYPES[item.xtype][0]
        question: dict[str, Any] = {"id": item.ident, "type": ours}
        if item.list_name is not None and item.list_name.startswith("file:"):
            from_file = self.file_choices(item.list_name[5:], row.number, self.choice_lists)
            if from_file is not None:
                question["choices"] = from_file
        elif item.list_name is not None:
            if item.list_name in self.lists:
                question["choices"] = self.lists[item.list_name]
            else:
                where = _("the choices sheet") if "choices" in self.sheets else _("a choices sheet")
                self.problem(
                    _("choice list '{list}' is not in {where}").format(
                        list=item.list_name, where=where
                    ),
                    "survey",
                    row.number,
                    "type",
                )
        if item.list_name is not None and "choices" in question:
            self.keep(
                question,
                "choice_filter",
                self.expression(item, "choice_filter", sheet.cell(row, "choice_filter")),
                path,
            )
        elif item.list_name is None and sheet.cell(row, "choice_filter"):
            self.problem(_("only a select row can have one"), "survey", row.number, "choice_filter")
        label = self.texts(sheet, row, "label")
        if label:
            question["label"] = label
        elif ours not in ("calculate", "hidden") and self.strict:
            self.problem(_("missing: every question needs a label"), "survey", row.number, "label")
        elif ours not in ("calculate", "hidden"):
            question["label"] = {self.languages[0]: item.name}
            self.warn(
                _("'{name}' has no label; its name is shown instead").format(name=item.name),
                "survey",
                row.number,
                "label",
            )
        hint = self.texts(sheet, row, "hint")
        if hint:
            question["hint"] = hint
        required = sheet.cell(row, "required")
        if required.lower() in _YES:
            question["required"] = True
        elif required and required.lower() not in _NO:
            self.keep(question, "required", self.expression(item, "required", required), path)
        self.keep(
            question,
            "relevant",
            self.expression(item, "relevant", sheet.cell(row, "relevant")),
            path,
        )
        self.keep(
            question,
            "constraint",
            self.expression(item, "constraint", sheet.cell(row, "constraint")),
            path,
        )
        message = self.texts(sheet, row, "constraint_message")
        if message:
            question["constraint_message"] = message
        calculation = sheet.cell(row, "calculation")
        if ours == "calculate" and calculation.strip() in (".", "current()") and not self.strict:
            question["type"] = "hidden"  # its own value: one given from outside the form
        elif ours == "calculate":
            if not calculation:
                self.problem(
                    _("missing: a calculate row needs one"), "survey", row.number, "calculation"
                )
            self.keep(
                question, "calculation", self.expression(item, "calculation", calculation), path
            )
            if "calculation" not in question:
                question["type"] = "hidden"  # its value is kept, blank here (its rule dropped)
        elif calculation and not self.strict and ours in _COMPUTABLE:
            # ODK computes the answer of a question with a calculation: here it is a calculate
            converted = self.expression(item, "calculation", calculation)
            if converted:
                question["type"] = "calculate"
                self.keep(question, "calculation", converted, path)
                self.warn(
                    _("'{type}' with a calculation is imported as calculate").format(
                        type=item.xtype
                    ),
                    "survey",
                    row.number,
                    "type",
                )
        elif calculation:
            self.problem(
                _("only a calculate row can have one here"), "survey", row.number, "calculation"
            )
        readonly = sheet.cell(row, "read_only").lower()
        if readonly in _YES:
            question["readonly"] = True
        elif readonly and readonly not in _NO:
            self.problem(_("only yes or no is supported here"), "survey", row.number, "read_only")
        if sheet.cell(row, "repeat_count"):
            self.problem(_("only a repeat can have one"), "survey", row.number, "repeat_count")
        return question

    def keep(self, question: dict[str, Any], key: str, value: str | None, path: str) -> None:
        if value:
            question[key] = value
            self.expressions[f"{path}.{key}"] = value
