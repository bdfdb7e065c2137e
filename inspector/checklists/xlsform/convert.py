"""The whole conversion, stage by stage (each stage a class extending the one before: sheets,
survey, translate, document), and the checklist loader's problems told in spreadsheet terms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from inspector.checklists.loader import load_document
from inspector.checklists.model import Form
from inspector.checklists.xlsform.document import DocumentBuilder
from inspector.checklists.xlsform.workbook import TRANSLATABLE
from inspector.errors import FormInvalid
from inspector.i18n import _


@dataclass(frozen=True)
class Conversion:
    document: dict[str, Any]  # the checklist in our format
    form: Form  # the document, loaded (so known to be valid)
    warnings: list[str]  # what was left out on purpose, each naming its row or column


class Converter(DocumentBuilder):
    # -- the loader's problems, told in spreadsheet terms ---------------------------------------
    def explain(self, problem: str) -> str:
        path, separator, message = problem.partition(": ")
        if not separator:
            return f"{self.file}: {problem}"
        origin = None
        rest = ""
        for candidate in sorted(self.origins, key=len, reverse=True):
            if path == candidate or path.startswith((candidate + ".", candidate + "[")):
                origin = self.origins[candidate]
                rest = path[len(candidate) :].lstrip(".")
                break
        if origin is None:
            return f"{self.file}: {path}: {message}"
        sheet, row, name = origin
        key = re.split(r"[.\[]", rest, maxsplit=1)[0] if rest else ""
        column = {
            "id": "name",
            "choices": "type",
            "readonly": "read_only",
            "min_count": "repeat_count",
            "max_count": "repeat_count",
            "title": "label",
            "value": "name",
            "questions": "type",
        }.get(key, key)
        language = rest.split(".")[1] if rest.count(".") == 1 else None
        if key in TRANSLATABLE and language:
            column = next(
                (c.header for c in self.sheets[sheet].text_columns(key) if c.language == language),
                key,
            )
        located = self.where(sheet, row, column or None)
        converted = self.expressions.get(path)
        if converted is not None:
            return _("{where}: {message} ('{name}', converted to: {expression})").format(
                where=located, message=message, name=name, expression=converted
            )
        return _("{where}: {message} ('{name}')").format(where=located, message=message, name=name)

    # -- everything -----------------------------------------------------------------------------
    def convert(self) -> Conversion:
        self.read()
        self.read_settings()
        self.decide_languages()
        choice_lists = self.read_choices()
        top = self.structure()
        document = self.document(top, choice_lists)
        self.fail_now()
        try:
            form = load_document(document, "")
        except FormInvalid as exc:
            raise FormInvalid([self.explain(p) for p in exc.problems]) from None
        return Conversion(document, form, self.warnings)
