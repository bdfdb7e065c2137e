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
    dropped: list[dict[str, Any]]  # without --strict: each column, type or rule left out


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
        self.report_functions()
        self.fail_now()
        if self.strict:
            try:
                form = load_document(document, "")
            except FormInvalid as exc:
                raise FormInvalid([self.explain(p) for p in exc.problems]) from None
        else:
            form = self.load_leaving_out(document)
        return Conversion(document, form, self.warnings, self.dropped)

    # -- without --strict: what the loader refuses is left out, then the rest loaded again ------
    def load_leaving_out(self, document: dict[str, Any]) -> Form:
        owners = {id(node): origin for path, origin in self.origins.items()
                  if (node := _at(document, path)) is not None}  # fmt: skip
        for _round in range(200):
            try:
                return load_document(document, "")
            except FormInvalid as exc:
                problems = exc.problems
            removals: list[tuple[Any, Any]] = []
            for problem in problems:
                path = problem.partition(": ")[0]
                circle = _("relevance or calculation goes round in a circle: {loop}")
                target = self.removable(document, path, circle.partition("{")[0] in problem)
                if target is None:
                    raise FormInvalid([self.explain(p) for p in problems]) from None
                message = self.explain(problem).partition(": ")[2] or problem
                sheet, row, _name = self.origins.get(target[2], ("survey", None, ""))
                parent, key, _holder = target
                column = key if isinstance(key, str) else None
                self.drop("rule" if column in _RULES else "row", message.split(": ", 1)[-1],
                          sheet, row, column if column else "type")  # fmt: skip
                if (parent, key) not in removals:
                    removals.append((parent, key))
            for parent, key in sorted(
                removals, key=lambda r: r[1] if isinstance(r[1], int) else -1, reverse=True
            ):
                if isinstance(parent, dict):
                    parent.pop(key, None)
                    if key == "calculation" and parent.get("type") == "calculate":
                        parent["type"] = "hidden"  # the value stays, blank here
                elif 0 <= key < len(parent):
                    del parent[key]
            for section in list(document.get("sections", [])):
                if not section.get("questions"):
                    document["sections"].remove(section)
            self.origins = {path: owners[id(node)] for path, node in _walk(document)
                            if id(node) in owners}  # fmt: skip
        raise FormInvalid([self.explain(p) for p in problems])

    def removable(
        self, document: dict[str, Any], path: str, circle: bool = False
    ) -> tuple[Any, Any, str] | None:
        """What to leave out for a problem at ``path``: a rule of a question (for a circle, the
        question's calculation or relevance), else the question (or choice) itself; (the list
        or mapping holding it, its key, the holder's path)."""
        origin = next((c for c in sorted(self.origins, key=len, reverse=True)
                       if path == c or path.startswith((c + ".", c + "["))), None)  # fmt: skip
        if origin is None:
            return None
        rest = path[len(origin) :].lstrip(".")
        key = re.split(r"[.\[]", rest, maxsplit=1)[0] if rest else ""
        node = _at(document, origin)
        if key in _RULES and isinstance(node, dict) and key in node:
            return node, key, origin
        if circle and not key and isinstance(node, dict):
            rule = next((k for k in ("calculation", "relevant") if k in node), None)
            if rule is not None:
                return node, rule, origin
            section = re.match(r"sections\[\d+\]", origin)
            holder = _at(document, section.group()) if section else None
            if isinstance(holder, dict) and "relevant" in holder:
                return holder, "relevant", origin  # its group's relevance reads it
        match = re.fullmatch(r"(.*)\[(\d+)\]", origin)
        if match is None:
            return None
        parent = _at(document, match.group(1))
        if not isinstance(parent, list):
            return None
        return parent, int(match.group(2)), origin


_RULES = {"relevant", "constraint", "calculation", "required", "constraint_message", "readonly",
          "choice_filter"}  # fmt: skip


def _at(document: Any, path: str) -> Any:
    node = document
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        try:
            node = node[name] if name else node[int(index)]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _walk(node: Any, path: str = "") -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        found.append((path, node))
        for key, value in node.items():
            if isinstance(value, dict | list):
                found.extend(_walk(value, f"{path}.{key}" if path else key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_walk(value, f"{path}[{index}]"))
    return found
