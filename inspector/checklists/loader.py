"""Reading a checklist: YAML to a checked ``Form``, or a precise list of what is wrong.

Every problem is reported as ``FILE: PATH: PROBLEM``, for example
``forms/x.yaml: sections[2].questions[4].relevant: unknown question 'fee_paid'``, and all of them
are reported at once, so a ministry editing a checklist fixes it in one pass.

The reading is split by concern: ``load_values`` (wording, names, expressions, ids, choice
lists), ``load_questions`` (questions, repeats, finding rules) and this module (the form and
its sections).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.checklists.document import Reader, join_path, read_version, read_yaml
from inspector.checklists.expression_check import check_expressions
from inspector.checklists.load_questions import NOT_APPLICABLE, YES_NO, QuestionLoader
from inspector.checklists.load_values import (
    CURRENCY,
    FORM_ID,
    ITEM_ID,
    LANGUAGE,
    NAME,
    RESERVED,
)
from inspector.checklists.model import Form, Purpose, Section
from inspector.errors import FormInvalid
from inspector.i18n import _

__all__ = [
    "CURRENCY",
    "FORMAT",
    "FORM_ID",
    "ITEM_ID",
    "LANGUAGE",
    "NAME",
    "NOT_APPLICABLE",
    "RESERVED",
    "YES_NO",
    "load_document",
    "load_file",
]

FORMAT = 1

_FORM_KEYS = {
    "format", "id", "version", "title", "description", "purpose", "languages", "confidential",
    "standards", "choice_lists", "sections", "tables",
    "source", "dropped",  # written by import-xlsform: the workbook, what it left out; not used
}  # fmt: skip
_SECTION_KEYS = {"id", "title", "hint", "relevant", "questions"}


class _Loader(QuestionLoader):
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
        version = read_version(top)
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

        tables = self.tables(top.get("tables", dict, default={}))
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
            tables=tables,
        )
        check_expressions(form, self.pending, self.problems)
        return form

    def tables(self, data: dict[Any, Any]) -> dict[str, tuple[dict[str, str], ...]]:
        """``tables:``: name -> a list of rows, each a mapping of column names to text."""
        found: dict[str, tuple[dict[str, str], ...]] = {}
        for name, rows in data.items():
            path = join_path("tables", str(name))
            if not isinstance(name, str) or not NAME.match(name):
                self.problems.add(path, _("not a valid table name"))
            elif not isinstance(rows, list) or not all(
                isinstance(row, dict)
                and all(isinstance(k, str) and isinstance(v, str | int) for k, v in row.items())
                for row in rows
            ):
                self.problems.add(path, _("expected a list of rows of column: text"))
            else:
                found[name] = tuple({k: str(v) for k, v in row.items()} for row in rows)
        return found

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


def load_document(document: Any, source: str = "") -> Form:
    """A checked form from a parsed document; FormInvalid listing every problem otherwise."""
    loader = _Loader(document, source)
    form = loader.form()
    if loader.problems.items or form is None:
        raise FormInvalid(loader.problems.items or [_("not a form")])
    return form


def load_file(path: Path, display: str | None = None) -> Form:
    return load_document(read_yaml(path, display), display or str(path))
