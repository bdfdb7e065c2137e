"""The survey sheet as a tree: groups and repeats holding their questions, each with the id it
gets in our format; XLSForm types read and checked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from inspector.checklists.loader import NAME, RESERVED
from inspector.checklists.xlsform.sheets import SheetReader
from inspector.checklists.xlsform.workbook import SURVEY_FIELDS, Row
from inspector.errors import FormInvalid
from inspector.i18n import _

# -- types ----------------------------------------------------------------------------------------

_TYPE_SPELLINGS = (
    ("begin group", "begin_group"),
    ("end group", "end_group"),
    ("begin repeat", "begin_repeat"),
    ("end repeat", "end_repeat"),
    ("select one from", "select_one"),
    ("select multiple from", "select_multiple"),
    ("select one", "select_one"),
    ("select multiple", "select_multiple"),
    ("select all that apply", "select_multiple"),
    ("select_one_external", "select_one"),
)
# Without --strict, types with no question of their own here, taken as the nearest one; the value
# an ODK device would fill (a location, a scanned code) is typed in.
NEAREST_TYPES = {
    "barcode": "text", "geopoint": "text", "geotrace": "text", "geoshape": "text",
    "tel": "text", "time": "text", "datetime": "text", "datetime-local": "text", "range": "decimal",
    "calculate_here": "calculate", "email": "text", "phone": "text", "osm": "text",
    "background-audio": None, "xml-external": None, "csv-external": None,
    "rank": None,
    "caseid": None, "comments": None, "text audit": None,
}  # fmt: skip
# XLSForm type -> (our type, what it is in an expression)
QUESTION_TYPES: dict[str, tuple[str, str]] = {
    "integer": ("integer", "number"),
    "int": ("integer", "number"),
    "decimal": ("decimal", "number"),
    "text": ("text", "text"),
    "string": ("text", "text"),
    "date": ("date", "date"),
    "select_one": ("select_one", "choice"),
    "select_multiple": ("select_multiple", "multi"),
    "note": ("note", "none"),
    "calculate": ("calculate", "calc"),
    "hidden": ("hidden", "any"),  # a value given from outside the form: kept, blank here
    "acknowledge": ("yes_no", "ack"),
    "trigger": ("yes_no", "ack"),
    "image": ("evidence", "attachments"),
    "photo": ("evidence", "attachments"),
    "file": ("evidence", "attachments"),
    "audio": ("evidence", "attachments"),
    "video": ("evidence", "attachments"),
}
METADATA = {
    "start", "end", "today", "deviceid", "username", "phonenumber", "simserial", "subscriberid",
    "audit", "email", "imei", "start-geopoint",
}  # fmt: skip


# -- the survey as a tree -------------------------------------------------------------------------


@dataclass(eq=False)
class Item:
    row: Row
    kind: str  # question, group, repeat
    xtype: str  # the XLSForm type keyword: integer, select_one, begin_group, ...
    name: str  # as written
    ident: str  # our id
    list_name: str | None = None
    repeat: Item | None = None  # the repeat it sits in
    children: list[Item] = field(default_factory=list)
    parent: Item | None = None  # the group or repeat it sits in

    def ancestors(self) -> list[str]:
        """The names of the groups and repeats holding this item, outermost first."""
        names: list[str] = []
        node = self.parent
        while node is not None:
            names.insert(0, node.name)
            node = node.parent
        return names

    def within(self, steps: list[str]) -> bool:
        """Whether the groups named by ``steps`` (a path's, outermost first) hold this item."""
        found = iter(self.ancestors())
        return all(step in found for step in steps)

    @property
    def expression_kind(self) -> str:
        if self.kind == "question":
            return QUESTION_TYPES[self.xtype][1]
        return self.kind


class SurveyReader(SheetReader):
    def __init__(self, path: Path, form_id: str | None, strict: bool = False) -> None:
        super().__init__(path, form_id, strict)
        self.items: dict[str, Item] = {}  # by name as written
        self.idents: dict[str, Item] = {}
        self.metadata: dict[str, int] = {}  # skipped metadata fields: name -> row
        self.duplicates: dict[str, list[Item]] = {}  # a name used again (not strict)

    # -- survey structure ---------------------------------------------------------------------
    def structure(self) -> list[Item]:
        sheet = self.sheets["survey"]
        self.check_columns(sheet, SURVEY_FIELDS)
        missing = [needed for needed in ("type", "name") if sheet.plain(needed) is None]
        for needed in missing:
            self.problem(_("no '{column}' column in row 1").format(column=needed), "survey")
        if missing:
            raise FormInvalid(self.problems)
        top: list[Item] = []
        stack: list[Item] = []
        for row in sheet.rows:
            raw = " ".join(sheet.cell(row, "type").split())
            if not raw:
                if sheet.cell(row, "name") or any(
                    c.index in row.values for c in sheet.columns if c.field in SURVEY_FIELDS
                ):
                    self.problem(_("missing"), "survey", row.number, "type")
                continue
            lowered = raw.lower()
            for spelling, canonical in _TYPE_SPELLINGS:
                if lowered == spelling or lowered.startswith(spelling + " "):
                    raw = canonical + raw[len(spelling) :]
                    break
            keyword, _space, rest = raw.partition(" ")
            keyword = keyword.lower()
            if keyword in ("select_one_from_file", "select_multiple_from_file") and rest:
                # choices from a CSV file sent with the form (--media)
                keyword, rest = keyword.removesuffix("_from_file"), f"file:{rest.strip()}"
            if not self.strict and lowered == "text audit":
                keyword, rest = "text audit", ""
            if keyword in ("end_group", "end_repeat"):
                self.close(stack, keyword, row)
                continue
            name = sheet.cell(row, "name")
            if keyword.removeprefix("uri:") in METADATA:
                self.warn(
                    _(
                        "metadata '{type}' is not imported (the app records who inspected, when "
                        "and with which device itself)"
                    ).format(type=keyword),
                    "survey",
                    row.number,
                    "type",
                )
                if not self.strict:
                    self.drop(
                        "type",
                        _("metadata, recorded by the app itself"),
                        "survey",
                        row.number,
                        "type",
                    )
                if name:
                    self.metadata[name] = row.number
                continue
            if keyword == "hidden" and sheet.cell(row, "calculation"):
                keyword = "calculate"  # ODK computes a hidden field with a calculation
            if keyword in ("begin_group", "begin_repeat"):
                kind = "group" if keyword == "begin_group" else "repeat"
            elif keyword in QUESTION_TYPES:
                kind = "question"
            elif not self.strict and (
                keyword in NEAREST_TYPES or keyword.startswith(("db:", "db-"))
            ):
                nearest = NEAREST_TYPES.get(keyword)
                if nearest is None:
                    self.drop(
                        "type",
                        _("'{type}' has no meaning in this app; the row is left out").format(
                            type=keyword
                        ),
                        "survey",
                        row.number,
                        "type",
                    )
                    if name:
                        self.metadata.setdefault(name, row.number)
                    continue
                self.warn(
                    _("'{type}' is imported as {ours}").format(type=keyword, ours=nearest),
                    "survey",
                    row.number,
                    "type",
                )
                keyword, rest, kind = nearest, "", "question"
            else:
                self.problem(
                    _("'{type}' is not supported").format(type=keyword),
                    "survey",
                    row.number,
                    "type",
                )
                continue
            item = self.item(row, kind, keyword, name, rest.strip(), stack)
            if item is None:
                continue
            (stack[-1].children if stack else top).append(item)
            if kind != "question":
                stack.append(item)
        for item in stack:
            self.problem(
                _("{kind} '{name}' is never closed (no {end})").format(
                    kind=_("group") if item.kind == "group" else _("repeat"),
                    name=item.name,
                    end=f"end_{item.kind}",
                ),
                "survey",
                item.row.number,
                "type",
            )
        return top

    def resolve(self, name: str, path: str | None, context: Item | None = None) -> Item | None:
        """The item ``${name}`` or an XPath path ending in ``name`` refers to; None when there is
        none, or when the name is used more than once and the path does not tell which. A
        relative path (``../q``) is read from ``context``, the item whose rule it is in."""
        matching = self.candidates(name, path, context)
        return matching[0] if len(matching) == 1 else None

    def candidates(self, name: str, path: str | None, context: Item | None = None) -> list[Item]:
        first = self.items.get(name)
        if first is None:
            return []
        every = [first, *self.duplicates.get(name, [])]
        if path is None:
            return every
        exact = self.groups_of(path, context)
        if exact is not None:
            found = [c for c in every if c.ancestors() == exact]
            if found:
                return found
        steps = [s for s in path.split("/")[:-1] if s not in ("", ".", "..")]
        if path.startswith("/"):
            steps = steps[1:]  # the form's root element
        return [c for c in every if c.within(steps)]

    @staticmethod
    def groups_of(path: str, context: Item | None) -> list[str] | None:
        """The names of the groups an XPath path leads through, outermost first (None when the
        path cannot be followed: a relative one without its item, or above the form)."""
        steps = path.split("/")
        if path.startswith("/"):
            where: list[str] = []
            steps = steps[2:]  # "", the form's root element
        elif context is None:
            return None
        else:
            where = [*context.ancestors(), context.name]
        for step in steps[:-1]:
            if step == "..":
                if not where:
                    return None
                where.pop()
            elif step not in ("", "."):
                where.append(step)
        return where

    def close(self, stack: list[Item], keyword: str, row: Row) -> None:
        kind = keyword.removeprefix("end_")
        if not stack:
            self.problem(
                _("'{type}' without a matching begin_{kind}").format(type=keyword, kind=kind),
                "survey",
                row.number,
                "type",
            )
            return
        item = stack.pop()
        opened = item.xtype.removeprefix("begin_").removeprefix("begin ")  # a repeat kept as group
        if item.kind != kind and opened != kind:
            self.problem(
                _("'{type}' closes the {kind} '{name}' opened in row {first}").format(
                    type=keyword, kind=item.kind, name=item.name, first=item.row.number
                ),
                "survey",
                row.number,
                "type",
            )

    def item(
        self, row: Row, kind: str, keyword: str, name: str, rest: str, stack: list[Item]
    ) -> Item | None:
        if not name:
            self.problem(_("missing"), "survey", row.number, "name")
            if kind == "question":
                return None
        list_name = None
        if keyword in ("select_one", "select_multiple"):
            words = rest.split()
            if not words:
                self.problem(
                    _("'{type}' needs a choice list: {type} LIST").format(type=keyword),
                    "survey",
                    row.number,
                    "type",
                )
                return None  # nothing useful can be built from it
            if len(words) > 1 and not self.strict and words[1].lower() == "or_other":
                self.drop(
                    "option",
                    _("'or_other' (an 'other' answer typed in) is left out"),
                    "survey",
                    row.number,
                    "type",
                )
            elif len(words) > 1:
                self.problem(
                    _("'{option}' after the list name is not supported").format(option=words[1]),
                    "survey",
                    row.number,
                    "type",
                )
            list_name = words[0]
        elif rest:
            self.problem(
                _("'{type} {rest}' is not supported").format(type=keyword, rest=rest),
                "survey",
                row.number,
                "type",
            )
        ident = re.sub(r"[^A-Za-z0-9_]", "_", name) or "_"
        if not NAME.match(ident):
            ident = f"q{ident}" if ident[:1].isdigit() else f"_{ident}"
        if ident in RESERVED:
            ident += "_"
        repeat = next((i for i in reversed(stack) if i.kind == "repeat"), None)
        if kind == "repeat" and repeat is not None and not self.strict:
            # The model has no repeat inside a repeat: its questions are kept, asked once in
            # each entry of the outer repeat, and the lost repetition is listed.
            self.drop(
                "repeat",
                _(
                    "repeat '{name}' is inside repeat '{outer}' (row {row}); its questions are "
                    "kept as a group, asked once in each '{outer}' entry"
                ).format(name=name, outer=repeat.name, row=repeat.row.number),
                "survey",
                row.number,
                "type",
            )
            kind = "group"
        item = Item(row, kind, keyword, name, ident, list_name, repeat)
        item.parent = stack[-1] if stack else None
        if kind == "repeat" and repeat is not None:
            self.problem(
                _(
                    "repeat '{name}' is inside repeat '{outer}' (row {row}); a repeat inside a "
                    "repeat is not supported"
                ).format(name=name, outer=repeat.name, row=repeat.row.number),
                "survey",
                row.number,
                "type",
            )
        if not name:
            return item
        if not self.strict and (
            name in self.items or name in self.metadata or ident in self.idents
        ):
            # XLSForm allows one name in different groups; ${name} then means the first
            base = ident
            count = 2
            while f"{base}_{count}" in self.idents:
                count += 1
            item.ident = f"{base}_{count}"
            self.idents[item.ident] = item
            self.duplicates.setdefault(name, []).append(item)
            self.warn(
                _("'{name}' is used again; this one becomes '{ident}'").format(
                    name=name, ident=item.ident
                ),
                "survey",
                row.number,
                "name",
            )
            return item
        if name in self.items or name in self.metadata:
            first = self.items[name].row.number if name in self.items else self.metadata[name]
            self.problem(
                _("'{name}' is already used in row {first}").format(name=name, first=first),
                "survey",
                row.number,
                "name",
            )
            return item
        if ident in self.idents:
            self.problem(
                _("'{name}' would become '{ident}', already used in row {first}").format(
                    name=name, ident=ident, first=self.idents[ident].row.number
                ),
                "survey",
                row.number,
                "name",
            )
            return item
        if ident != name:
            self.warn(
                _("'{name}' is written as '{ident}' (ids take letters, digits and _)").format(
                    name=name, ident=ident
                ),
                "survey",
                row.number,
                "name",
            )
        self.items[name] = item
        self.idents[ident] = item
        return item
