"""XLSForm (ODK, KoboToolbox) to a checklist document (docs/forms.md).

``convert_workbook`` reads the ``survey``, ``choices`` and ``settings`` sheets and gives the
document in our format, loaded through ``load_document`` so it is known to be valid, with warnings
for what is left out on purpose (metadata fields, display hints). Everything it cannot carry over
is an error naming the file, the sheet, the row as a spreadsheet shows it (header = row 1) and the
column; every error is reported at once.

Expressions are read with a small tokenizer and parser (strings are kept as written) and written
out in our language, keeping XLSForm's meaning where the two differ:

- ``${x} = ''`` is ``empty(x)`` and ``${x} != ''`` is ``filled(x)``;
- ``${x} != 'v'`` is ``empty(x) or x != 'v'``: XLSForm reads a blank answer as '' (NaN for a
  number), which differs from every value, while ours leaves a comparison with a blank unknown;
  for the same reason a comparison or ``selected()`` under ``not()`` is guarded with ``filled(x)``;
- a quoted number compared with a number question loses its quotes (``${age} >= '18'``) and a
  number compared with a single choice question gains them (``${q} = 1``): our expressions are
  typed strictly;
- ``sum(${x})`` (``min``, ``max``, ``count-non-empty``) of a question inside repeat ``R`` is
  ``sum(R.x)``; ``count(${x})`` and ``count(${R})`` count the entries: ``count(R)``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.checklists.loader import FORMAT, ITEM_ID, LANGUAGE, NAME, RESERVED, load_document
from inspector.checklists.model import Form
from inspector.errors import FormInvalid, InvalidInput
from inspector.i18n import _


@dataclass(frozen=True)
class Conversion:
    document: dict[str, Any]  # the checklist in our format
    form: Form  # the document, loaded (so known to be valid)
    warnings: list[str]  # what was left out on purpose, each naming its row or column


# -- sheets and columns ---------------------------------------------------------------------------

SURVEY_FIELDS = {
    "type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message",
    "calculation", "read_only", "repeat_count",
}  # fmt: skip
CHOICES_FIELDS = {"list_name", "name", "label"}
SETTINGS_FIELDS = {"form_title", "form_id", "version", "default_language"}
TRANSLATABLE = {"label", "hint", "constraint_message", "required_message"}
# Display hints: ignored with a warning (the app lays questions out and words its own messages).
DISPLAY_ONLY = {"appearance", "required_message"}
_ALIASES = {
    "relevance": "relevant",
    "readonly": "read_only",
    "read only": "read_only",
    "constraint message": "constraint_message",
    "constraint-message": "constraint_message",
    "jr:constraintmsg": "constraint_message",
    "required message": "required_message",
    "jr:requiredmsg": "required_message",
    "list name": "list_name",
    "repeat count": "repeat_count",
    "jr:count": "repeat_count",
    "id_string": "form_id",
    "form title": "form_title",
    "form id": "form_id",
    "default language": "default_language",
}
_LANGUAGE_NAMES = {
    "english": "en",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "portuguese": "pt",
    "português": "pt",
    "arabic": "ar",
    "nepali": "ne",
    "hindi": "hi",
    "bengali": "bn",
    "bangla": "bn",
    "indonesian": "id",
    "tagalog": "tl",
    "filipino": "fil",
    "swahili": "sw",
    "russian": "ru",
    "chinese": "zh",
}

# -- types ----------------------------------------------------------------------------------------

_TYPE_SPELLINGS = (
    ("begin group", "begin_group"),
    ("end group", "end_group"),
    ("begin repeat", "begin_repeat"),
    ("end repeat", "end_repeat"),
    ("select one", "select_one"),
    ("select multiple", "select_multiple"),
    ("select all that apply", "select_multiple"),
)
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
_STRUCTURE = {"begin_group", "end_group", "begin_repeat", "end_repeat"}
_GROUP_COLUMNS = {"type", "name", "label", "hint", "relevant"}
_REPEAT_COLUMNS = {*_GROUP_COLUMNS, "repeat_count"}

# -- expressions ----------------------------------------------------------------------------------

# XLSForm function -> ours. true(), false() and not() are handled on their own.
FUNCTIONS = {
    "selected": "selected",
    "count-selected": "count_selected",
    "string-length": "length",
    "count": "count",
    "count-non-empty": "count",
    "sum": "sum",
    "min": "min",
    "max": "max",
    "if": "if",
    "today": "today",
    "date": "date",
    "round": "round",
    "coalesce": "coalesce",
    "concat": "concat",
}
_AGGREGATES = {"sum", "min", "max", "count", "count-non-empty"}
_COMPARISONS = {"=", "!=", "<", "<=", ">", ">="}
_NUMERIC = re.compile(r"-?\d+(?:\.\d+)?\Z")
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<var>\$\{[^}]*\})
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<name>[A-Za-z_][A-Za-z0-9_-]*(?::[A-Za-z_][A-Za-z0-9_-]*)?)
  | (?P<op>!=|<=|>=|\.\.|[=<>+\-*/(),.|\[\]@])
    """,
    re.VERBOSE,
)
# Precedence of what we write: or, and, not, comparisons, + -, * /, unary -, values.
_OR, _AND, _NOT, _CMP, _ADD, _MUL, _NEG, _ATOM = range(1, 9)
_PRECEDENCE = {"or": _OR, "and": _AND, "+": _ADD, "-": _ADD, "*": _MUL, "div": _MUL}
_PRECEDENCE.update(dict.fromkeys(_COMPARISONS, _CMP))


class _Unreadable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class _Token:
    kind: str  # space, var, number, string, name, op, end
    text: str
    pos: int


@dataclass(frozen=True)
class _Num:
    text: str


@dataclass(frozen=True)
class _Str:
    text: str  # with its quotes, exactly as written

    @property
    def value(self) -> str:
        return self.text[1:-1]


@dataclass(frozen=True)
class _Bool:
    value: bool


@dataclass(frozen=True)
class _Var:
    name: str


@dataclass(frozen=True)
class _Dot:
    pass


@dataclass(frozen=True)
class _Call:
    name: str
    args: tuple[_Node, ...]


@dataclass(frozen=True)
class _Neg:
    operand: _Node


@dataclass(frozen=True)
class _Not:
    operand: _Node


@dataclass(frozen=True)
class _Bin:
    op: str
    left: _Node
    right: _Node


_Node = _Num | _Str | _Bool | _Var | _Dot | _Call | _Neg | _Not | _Bin


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            char = text[pos]
            if char in "\u2018\u2019\u201c\u201d":  # curly quotes
                raise _Unreadable(
                    _(
                        "curly quotes ({char}) are not understood; type straight quotes ' or \""
                    ).format(char=char)
                )
            if char in "'\"":
                raise _Unreadable(
                    _("the quote at position {pos} is never closed").format(pos=pos + 1)
                )
            raise _Unreadable(
                _("unexpected character '{char}' at position {pos}").format(char=char, pos=pos + 1)
            )
        kind = match.lastgroup or ""
        if kind != "space":
            tokens.append(_Token(kind, match.group(), pos))
        pos = match.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


class _Parser:
    """XPath as XLSForm uses it: or, and, = !=, < <= > >=, + -, * div, unary -, calls, values."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.index = 0

    @property
    def token(self) -> _Token:
        return self.tokens[self.index]

    def accept(self, *texts: str) -> str | None:
        token = self.token
        if token.kind in ("op", "name") and token.text in texts:
            self.index += 1
            return token.text
        return None

    def fail(self, what: str) -> _Unreadable:
        token = self.token
        found = _("the end") if token.kind == "end" else f"'{token.text}'"
        return _Unreadable(
            _("{what} at position {pos}, found {found}").format(
                what=what, pos=token.pos + 1, found=found
            )
        )

    def parse(self) -> _Node:
        node = self.binary(0)
        if self.token.kind != "end":
            raise self.fail(_("expected an operator or the end"))
        return node

    _LEVELS: tuple[tuple[str, ...], ...] = (
        ("or",),
        ("and",),
        ("=", "!="),
        ("<", "<=", ">", ">="),
        ("+", "-"),
        ("*", "div"),
    )

    def binary(self, level: int) -> _Node:
        if level == len(self._LEVELS):
            return self.unary()
        node = self.binary(level + 1)
        while op := self.accept(*self._LEVELS[level]):
            node = _Bin(op, node, self.binary(level + 1))
        return node

    def unary(self) -> _Node:
        if self.accept("-"):
            return _Neg(self.unary())
        node = self.primary()
        if self.token.kind == "op" and self.token.text in ("|", "[", "/"):
            raise self.path_error()
        return node

    def path_error(self) -> _Unreadable:
        if self.token.text == "/":
            return _Unreadable(
                _(
                    "'/' is an XPath path, not a division: divide with div, and refer to a "
                    "question as ${name}"
                )
            )
        return _Unreadable(
            _("XPath paths ('{text}') are not supported; refer to a question as ${{name}}").format(
                text=self.token.text
            )
        )

    def primary(self) -> _Node:
        token = self.token
        if token.kind == "number":
            self.index += 1
            return _Num(token.text)
        if token.kind == "string":
            self.index += 1
            return _Str(token.text)
        if token.kind == "var":
            self.index += 1
            name = token.text[2:-1].strip()
            if not name:
                raise _Unreadable(_("'${}' names no question"))
            return _Var(name)
        if token.kind == "op" and token.text == ".":
            self.index += 1
            return _Dot()
        if token.kind == "op" and token.text in ("..", "/", "@"):
            raise self.path_error()
        if self.accept("("):
            node = self.binary(0)
            if not self.accept(")"):
                raise self.fail(_("expected ')'"))
            return node
        if token.kind == "name":
            if self.tokens[self.index + 1].text != "(":
                if token.text in ("and", "or", "div", "mod"):
                    raise self.fail(_("expected a value"))
                raise _Unreadable(
                    _("'{name}' is not understood; refer to a question as ${{{name}}}").format(
                        name=token.text
                    )
                )
            self.index += 2
            args: list[_Node] = []
            if not self.accept(")"):
                args.append(self.binary(0))
                while self.accept(","):
                    args.append(self.binary(0))
                if not self.accept(")"):
                    raise self.fail(_("expected ',' or ')'"))
            return _Call(token.text, tuple(args))
        raise self.fail(_("expected a value, ${name} or '('"))


def _walk(node: _Node) -> Iterator[_Node]:
    yield node
    if isinstance(node, _Call):
        for arg in node.args:
            yield from _walk(arg)
    elif isinstance(node, _Neg | _Not):
        yield from _walk(node.operand)
    elif isinstance(node, _Bin):
        yield from _walk(node.left)
        yield from _walk(node.right)


# -- spreadsheet reading --------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _language_code(text: str) -> str | None:
    """``English (en)`` -> ``en``; ``Français`` -> ``fr``; ``es`` -> ``es``; None when unclear."""
    text = text.strip()
    match = re.search(r"\(([^()]*)\)\s*\Z", text)
    if match:
        code = match.group(1).strip()
        code = code[:3].lower() + code[3:] if len(code) <= 3 else code.lower()
        return code if LANGUAGE.match(code) else None
    if text.lower() in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[text.lower()]
    return text if re.fullmatch(r"[a-z]{2,3}", text) else None


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


@dataclass
class _Column:
    index: int
    header: str  # as written
    field: str  # normalised: label, hint, relevant, ...; for an unknown column, its header
    language: str | None = None  # a translated column's language code
    translated: bool = False  # written as field::Language
    unreadable_language: bool = False


@dataclass
class _Row:
    number: int  # as a spreadsheet shows it; the header is row 1
    values: dict[int, str]  # column index -> text, non-empty cells only


@dataclass
class _Sheet:
    name: str
    columns: list[_Column]
    rows: list[_Row]

    def first_use(self, column: _Column) -> int | None:
        for row in self.rows:
            if column.index in row.values:
                return row.number
        return None

    def plain(self, field_name: str) -> _Column | None:
        for column in self.columns:
            if column.field == field_name and not column.translated:
                return column
        return None

    def cell(self, row: _Row, field_name: str) -> str:
        column = self.plain(field_name)
        return row.values.get(column.index, "") if column is not None else ""

    def text_columns(self, field_name: str) -> list[_Column]:
        return [c for c in self.columns if c.field == field_name and not c.unreadable_language]


# -- the survey as a tree -------------------------------------------------------------------------


@dataclass(eq=False)
class _Item:
    row: _Row
    kind: str  # question, group, repeat
    xtype: str  # the XLSForm type keyword: integer, select_one, begin_group, ...
    name: str  # as written
    ident: str  # our id
    list_name: str | None = None
    repeat: _Item | None = None  # the repeat it sits in
    children: list[_Item] = field(default_factory=list)

    @property
    def expression_kind(self) -> str:
        if self.kind == "question":
            return QUESTION_TYPES[self.xtype][1]
        return self.kind


class _Converter:
    def __init__(self, path: Path, form_id: str | None) -> None:
        self.path = path
        self.file = path.name
        self.form_id = form_id
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.languages: list[str] = ["en"]
        self.sheets: dict[str, _Sheet] = {}
        self.settings: dict[str, str] = {}
        self.items: dict[str, _Item] = {}  # by name as written
        self.idents: dict[str, _Item] = {}
        self.metadata: dict[str, int] = {}  # skipped metadata fields: name -> row
        self.lists: dict[str, str] = {}  # choice list name as written -> our name
        self.trees: dict[tuple[int, str], _Node | None] = {}
        self.calc_kinds: dict[int, str] = {}
        # document path -> (sheet, row, item name) to explain the loader's problems
        self.origins: dict[str, tuple[str, int, str]] = {}
        self.expressions: dict[str, str] = {}  # document path of an expression -> as converted

    # -- messages -------------------------------------------------------------------------------
    def where(self, sheet: str, row: int | None = None, column: str | None = None) -> str:
        if row is not None and column is not None:
            return _("{file}: {sheet} row {row}, column {column}").format(
                file=self.file, sheet=sheet, row=row, column=column
            )
        if row is not None:
            return _("{file}: {sheet} row {row}").format(file=self.file, sheet=sheet, row=row)
        if column is not None:
            return _("{file}: {sheet}, column {column}").format(
                file=self.file, sheet=sheet, column=column
            )
        return _("{file}: {sheet}").format(file=self.file, sheet=sheet)

    def problem(
        self, message: str, sheet: str, row: int | None = None, column: str | None = None
    ) -> None:
        self.problems.append(f"{self.where(sheet, row, column)}: {message}")

    def warn(
        self, message: str, sheet: str, row: int | None = None, column: str | None = None
    ) -> None:
        self.warnings.append(f"{self.where(sheet, row, column)}: {message}")

    def fail_now(self) -> None:
        if self.problems:
            raise FormInvalid(self.problems)

    # -- reading --------------------------------------------------------------------------------
    def read(self) -> None:
        import openpyxl

        try:
            workbook = openpyxl.load_workbook(self.path, data_only=True)
        except FileNotFoundError:
            raise FormInvalid([_("{file}: no such file").format(file=self.path)]) from None
        except IsADirectoryError:
            raise FormInvalid([_("{file}: is a folder").format(file=self.path)]) from None
        except PermissionError:
            raise FormInvalid(
                [_("{file}: not allowed to read it").format(file=self.path)]
            ) from None
        except Exception:  # openpyxl raises many kinds for a file that is not a workbook
            raise FormInvalid(
                [
                    _(
                        "{file}: not an XLSForm workbook: it cannot be read as an Excel .xlsx "
                        "file (save it from Excel or LibreOffice as .xlsx)"
                    ).format(file=self.file)
                ]
            ) from None
        try:
            worksheets = {ws.title.strip().lower(): ws for ws in workbook.worksheets}
            if "survey" not in worksheets:
                raise FormInvalid(
                    [
                        _("{file}: no 'survey' sheet (it has: {sheets})").format(
                            file=self.file, sheets=", ".join(ws.title for ws in workbook.worksheets)
                        )
                    ]
                )
            for name in ("survey", "choices", "settings"):
                if name in worksheets:
                    self.sheets[name] = self.read_sheet(worksheets[name], name)
        finally:
            workbook.close()

    def read_sheet(self, worksheet: Any, name: str) -> _Sheet:
        rows = worksheet.iter_rows(min_row=1, values_only=True)
        header = next(rows, ())
        columns = [self.column(index, _cell_text(value)) for index, value in enumerate(header)]
        data: list[_Row] = []
        for number, cells in enumerate(rows, start=2):
            values = {i: text for i, value in enumerate(cells) if (text := _cell_text(value))}
            if values:
                data.append(_Row(number, values))
        for index in sorted({i for row in data for i in row.values if i >= len(columns)}):
            columns.append(_Column(index, "", ""))
        return _Sheet(name, columns, data)

    @staticmethod
    def column(index: int, header: str) -> _Column:
        base, separator, rest = header.partition("::")
        key = " ".join(base.split()).lower()
        key = _ALIASES.get(key, key)
        if separator and key in TRANSLATABLE:
            code = _language_code(rest)
            return _Column(index, header, key, code, True, code is None)
        if separator or not key:
            return _Column(index, header, header)
        return _Column(index, header, key)

    def check_columns(self, sheet: _Sheet, known: set[str]) -> None:
        """Every column with a value is understood, warned about, or an error."""
        seen: dict[tuple[str, str | None], _Column] = {}
        for column in sheet.columns:
            first = sheet.first_use(column)
            if first is None:
                continue
            if not column.header:
                self.problems.append(
                    _(
                        "{file}: {sheet}, column {letter} has values but no name in row 1 "
                        "(first used in row {row})"
                    ).format(
                        file=self.file,
                        sheet=sheet.name,
                        letter=_column_letter(column.index),
                        row=first,
                    )
                )
            elif column.header.startswith("$"):
                self.warn(
                    _("ignored: KoboToolbox bookkeeping, not part of the form"),
                    sheet.name,
                    column=f"'{column.header}'",
                )
            elif column.unreadable_language:
                self.problems.append(
                    _(
                        "{file}: {sheet}, column '{column}': cannot tell the language; write it "
                        "as {field}::Language (code), e.g. {field}::English (en)"
                    ).format(
                        file=self.file, sheet=sheet.name, column=column.header, field=column.field
                    )
                )
            elif column.field in DISPLAY_ONLY and sheet.name == "survey":
                self.warn(
                    _(
                        "ignored: a display hint for ODK and Kobo only; this app lays out its "
                        "questions and words its messages itself (first used in row {row})"
                    ).format(row=first),
                    sheet.name,
                    column=f"'{column.header}'",
                )
            elif column.field not in known:
                if sheet.name == "settings":
                    self.warn(
                        _("ignored: this app does not use it"),
                        sheet.name,
                        column=f"'{column.header}'",
                    )
                else:
                    self.problems.append(
                        _(
                            "{file}: {sheet}, column '{column}' is not supported "
                            "(first used in row {row})"
                        ).format(file=self.file, sheet=sheet.name, column=column.header, row=first)
                    )
            else:
                key = (column.field, column.language)
                if key in seen:
                    self.problems.append(
                        _(
                            "{file}: {sheet}, columns {first} and {second} both hold "
                            "'{column}'; keep one"
                        ).format(
                            file=self.file,
                            sheet=sheet.name,
                            first=_column_letter(seen[key].index),
                            second=_column_letter(column.index),
                            column=column.header,
                        )
                    )
                seen[key] = column

    def read_settings(self) -> None:
        sheet = self.sheets.get("settings")
        if sheet is None:
            return
        self.check_columns(sheet, SETTINGS_FIELDS)
        if not sheet.rows:
            return
        row = sheet.rows[0]
        for name in SETTINGS_FIELDS:
            value = sheet.cell(row, name)
            if value:
                self.settings[name] = value

    def decide_languages(self) -> None:
        default = None
        setting = self.settings.get("default_language")
        if setting:
            default = _language_code(setting)
            if default is None:
                self.problem(
                    _("cannot tell the language code of '{value}'; write e.g. English (en)").format(
                        value=setting
                    ),
                    "settings",
                    column="default_language",
                )
        found: list[str] = []
        plain: list[tuple[_Sheet, _Column]] = []
        for sheet in (self.sheets.get("survey"), self.sheets.get("choices")):
            if sheet is None:
                continue
            for column in sheet.columns:
                if column.field not in TRANSLATABLE or column.unreadable_language:
                    continue
                if sheet.first_use(column) is None:
                    continue
                if column.language is None:
                    plain.append((sheet, column))
                elif column.language not in found:
                    found.append(column.language)
        default = default or (found[0] if found else "en")
        self.languages = list(dict.fromkeys([default, *found]))
        if found and plain and not setting:
            # Which language is it? Guessing could put English text under French.
            for sheet, column in plain:
                self.problems.append(
                    _(
                        "{file}: {sheet}, column '{column}' has no language while other columns "
                        "have one; name it like {column}::English (en), or give its language as "
                        "default_language in the settings sheet"
                    ).format(file=self.file, sheet=sheet.name, column=column.header)
                )

    def texts(self, sheet: _Sheet, row: _Row, field_name: str) -> dict[str, str]:
        found: dict[str, str] = {}
        plain = None
        for column in sheet.text_columns(field_name):
            value = row.values.get(column.index)
            if not value:
                continue
            if column.language is None:
                plain = value
            else:
                found[column.language] = value
        if plain is not None and self.languages[0] not in found:
            found[self.languages[0]] = plain
        result = {lang: found[lang] for lang in self.languages if lang in found}
        if result and self.languages[0] not in result:
            header = next(
                (
                    c.header
                    for c in sheet.text_columns(field_name)
                    if c.language == self.languages[0]
                ),
                field_name,
            )
            self.problem(
                _("missing in the form's first language '{language}' (given in: {given})").format(
                    language=self.languages[0], given=", ".join(result)
                ),
                sheet.name,
                row.number,
                header,
            )
            return {self.languages[0]: next(iter(result.values())), **result}
        if field_name in ("label", "hint") and sheet.name == "survey":
            for text in result.values():
                if "${" in text:
                    self.warn(
                        _(
                            "'${...}' is shown as written: this app does not put answers into "
                            "labels"
                        ),
                        sheet.name,
                        row.number,
                        field_name,
                    )
                    break
        return result

    # -- choices ------------------------------------------------------------------------------
    def read_choices(self) -> dict[str, list[dict[str, Any]]]:
        sheet = self.sheets.get("choices")
        if sheet is None:
            return {}
        self.check_columns(sheet, CHOICES_FIELDS)
        for needed in ("list_name", "name"):
            if sheet.plain(needed) is None and sheet.rows:
                self.problem(_("no '{column}' column in row 1").format(column=needed), "choices")
        if sheet.plain("list_name") is None or sheet.plain("name") is None:
            return {}
        lists: dict[str, list[dict[str, Any]]] = {}
        rows_of: dict[tuple[str, str], int] = {}
        for row in sheet.rows:
            list_name = sheet.cell(row, "list_name")
            value = sheet.cell(row, "name")
            if (
                not list_name
                and not value
                and not any(c.index in row.values for c in sheet.text_columns("label"))
            ):
                continue  # only columns reported above
            if not list_name:
                self.problem(_("missing"), "choices", row.number, "list_name")
                continue
            if not value:
                self.problem(_("missing"), "choices", row.number, "name")
                continue
            if list_name not in self.lists:
                ident = re.sub(r"[^A-Za-z0-9_]", "_", list_name)
                if not NAME.match(ident):
                    ident = f"list_{ident}"
                while ident in self.lists.values():
                    ident += "_"
                self.lists[list_name] = ident
                self.origins[f"choice_lists.{ident}"] = ("choices", row.number, list_name)
            ident = self.lists[list_name]
            if (list_name, value) in rows_of:
                self.problem(
                    _("'{value}' is already in list '{list}' (row {first})").format(
                        value=value, list=list_name, first=rows_of[list_name, value]
                    ),
                    "choices",
                    row.number,
                    "name",
                )
                continue
            rows_of[list_name, value] = row.number
            label = self.texts(sheet, row, "label")
            if not label:
                self.problem(
                    _("missing: every choice needs a label"), "choices", row.number, "label"
                )
                continue
            items = lists.setdefault(ident, [])
            self.origins[f"choice_lists.{ident}[{len(items)}]"] = ("choices", row.number, value)
            items.append({"value": value, "label": label})
        return lists

    # -- survey structure ---------------------------------------------------------------------
    def structure(self) -> list[_Item]:
        sheet = self.sheets["survey"]
        self.check_columns(sheet, SURVEY_FIELDS)
        missing = [needed for needed in ("type", "name") if sheet.plain(needed) is None]
        for needed in missing:
            self.problem(_("no '{column}' column in row 1").format(column=needed), "survey")
        if missing:
            raise FormInvalid(self.problems)
        top: list[_Item] = []
        stack: list[_Item] = []
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
                if name:
                    self.metadata[name] = row.number
                continue
            if keyword in ("begin_group", "begin_repeat"):
                kind = "group" if keyword == "begin_group" else "repeat"
            elif keyword in QUESTION_TYPES:
                kind = "question"
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

    def close(self, stack: list[_Item], keyword: str, row: _Row) -> None:
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
        if item.kind != kind:
            self.problem(
                _("'{type}' closes the {kind} '{name}' opened in row {first}").format(
                    type=keyword, kind=item.kind, name=item.name, first=item.row.number
                ),
                "survey",
                row.number,
                "type",
            )

    def item(
        self, row: _Row, kind: str, keyword: str, name: str, rest: str, stack: list[_Item]
    ) -> _Item | None:
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
            if len(words) > 1:
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
        item = _Item(row, kind, keyword, name, ident, list_name, repeat)
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

    # -- building the document ------------------------------------------------------------------
    def document(self, top: list[_Item], choice_lists: dict[str, Any]) -> dict[str, Any]:
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
        if choice_lists:
            document["choice_lists"] = choice_lists
        document["sections"] = sections
        return document

    @staticmethod
    def section_id(ident: str) -> str:
        cleaned = ident.lstrip("_")
        return cleaned if ITEM_ID.match(cleaned) else "section"

    def label(self, item: _Item) -> dict[str, str]:
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

    def only(self, item: _Item, allowed: set[str]) -> None:
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

    def section(self, item: _Item, path: str) -> dict[str, Any]:
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

    def add(self, into: list[dict[str, Any]], item: _Item, conditions: list[str], at: str) -> None:
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
            "id", "type", "choices", "label", "hint", "required", "relevant", "constraint",
            "constraint_message", "calculation", "readonly", "min_count", "max_count", "questions",
        ]  # fmt: skip
        return {key: question[key] for key in order if key in question}

    def repeat(self, item: _Item, path: str) -> dict[str, Any]:
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

    def question(self, item: _Item, path: str) -> dict[str, Any]:
        sheet = self.sheets["survey"]
        row = item.row
        ours = QUESTION_TYPES[item.xtype][0]
        question: dict[str, Any] = {"id": item.ident, "type": ours}
        if item.list_name is not None:
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
        label = self.texts(sheet, row, "label")
        if label:
            question["label"] = label
        elif ours != "calculate":
            self.problem(_("missing: every question needs a label"), "survey", row.number, "label")
        hint = self.texts(sheet, row, "hint")
        if hint:
            question["hint"] = hint
        required = sheet.cell(row, "required")
        if required.lower() in ("yes", "true", "true()"):
            question["required"] = True
        elif required and required.lower() not in ("no", "false", "false()"):
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
        if ours == "calculate":
            if not calculation:
                self.problem(
                    _("missing: a calculate row needs one"), "survey", row.number, "calculation"
                )
            self.keep(
                question, "calculation", self.expression(item, "calculation", calculation), path
            )
        elif calculation:
            self.problem(
                _("only a calculate row can have one here"), "survey", row.number, "calculation"
            )
        readonly = sheet.cell(row, "read_only").lower()
        if readonly in ("yes", "true", "true()"):
            question["readonly"] = True
        elif readonly and readonly not in ("no", "false", "false()"):
            self.problem(_("only yes or no is supported here"), "survey", row.number, "read_only")
        if sheet.cell(row, "repeat_count"):
            self.problem(_("only a repeat can have one"), "survey", row.number, "repeat_count")
        return question

    def keep(self, question: dict[str, Any], key: str, value: str | None, path: str) -> None:
        if value:
            question[key] = value
            self.expressions[f"{path}.{key}"] = value

    # -- expressions ----------------------------------------------------------------------------
    def tree(self, item: _Item, column: str, text: str) -> _Node | None:
        """The parsed expression of a cell, None (with the problem recorded) when unreadable."""
        key = (item.row.number, column)
        if key in self.trees:
            return self.trees[key]
        self.trees[key] = None
        try:
            tokens = _tokenize(text)
            unsupported = []
            for index, token in enumerate(tokens):
                if token.kind != "name" or token.text in ("and", "or", "div"):
                    continue
                if token.text == "mod" or (
                    tokens[index + 1].text == "("
                    and token.text not in FUNCTIONS
                    and token.text not in ("true", "false", "not")
                ):
                    unsupported.append(token.text)
            for name in dict.fromkeys(unsupported):
                self.problem(
                    _("function '{name}' is not supported").format(name=name),
                    "survey",
                    item.row.number,
                    column,
                )
            if unsupported:
                return None
            node = _Parser(tokens).parse()
        except _Unreadable as exc:
            self.problem(exc.message, "survey", item.row.number, column)
            return None
        self.trees[key] = node
        return node

    def expression(self, item: _Item, column: str, text: str) -> str | None:
        if not text:
            return None
        node = self.tree(item, column, text)
        if node is None:
            return None
        writer = _Writer(self, item)
        result = writer.write(node)[0]
        for message in dict.fromkeys(writer.errors):
            self.problem(message, "survey", item.row.number, column)
        return None if writer.errors else result

    def kind_of(self, item: _Item) -> str:
        """What a question is in an expression; a calculate is what its calculation gives."""
        kind = item.expression_kind
        if kind != "calc":
            return kind
        key = id(item)
        if key not in self.calc_kinds:
            self.calc_kinds[key] = "any"  # while working it out: a cycle reads as "any"
            text = self.sheets["survey"].cell(item.row, "calculation")
            node = self.tree(item, "calculation", text) if text else None
            self.calc_kinds[key] = _Writer(self, item).kind(node) if node is not None else "any"
        return self.calc_kinds[key]

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


class _Writer:
    """Writes one XLSForm expression tree in our language; ``errors`` says what cannot be."""

    def __init__(self, converter: _Converter, item: _Item) -> None:
        self.converter = converter
        self.item = item
        self.repeat = item.repeat.ident if item.repeat is not None else None
        self.errors: list[str] = []
        self.negated = False  # inside an odd number of not()

    # What a node is: number, text, date, bool, choice, multi, ack, attachments, repeat, any.
    def kind(self, node: _Node) -> str:
        if isinstance(node, _Num | _Neg):
            return "number"
        if isinstance(node, _Str):
            return "text"
        if isinstance(node, _Bool | _Not):
            return "bool"
        if isinstance(node, _Dot):
            return self.converter.kind_of(self.item) if self.item.kind == "question" else "any"
        if isinstance(node, _Var):
            target = self.converter.items.get(node.name)
            return self.converter.kind_of(target) if target is not None else "any"
        if isinstance(node, _Bin):
            if node.op in ("+", "-") and self.kind(node.left) == "date":
                return "number" if self.kind(node.right) == "date" else "date"
            return "bool" if node.op in ("and", "or") or node.op in _COMPARISONS else "number"
        name = node.name
        if name in ("count", "count-selected", "string-length", "sum", "round", "count-non-empty"):
            return "number"
        if name in ("today", "date"):
            return "date"
        if name == "concat":
            return "text"
        if name in ("selected", "true", "false", "not"):
            return "bool"
        kinds = [self.kind(arg) for arg in node.args[1:] if name == "if"] or [
            self.kind(arg) for arg in node.args
        ]
        known = [k for k in kinds if k != "any"]
        if name in ("min", "max") and known and known[0] not in ("number", "date"):
            return "any"
        return known[0] if known else "any"

    def write(self, node: _Node) -> tuple[str, int]:
        if isinstance(node, _Num):
            text = node.text
            if text.startswith("."):
                text = "0" + text
            return text.rstrip(".") if text.endswith(".") else text, _ATOM
        if isinstance(node, _Str):
            return node.text, _ATOM
        if isinstance(node, _Bool):
            return ("true" if node.value else "false"), _ATOM
        if isinstance(node, _Dot):
            return ".", _ATOM
        if isinstance(node, _Var):
            return self.var(node, None), _ATOM
        if isinstance(node, _Neg):
            text, level = self.write(node.operand)
            return "-" + (text if level >= _NEG else f"({text})"), _NEG
        if isinstance(node, _Not):
            self.negated = not self.negated
            text, level = self.write(node.operand)
            self.negated = not self.negated
            return "not " + (text if level >= _ATOM else f"({text})"), _NOT
        if isinstance(node, _Bin):
            if node.op in _COMPARISONS:
                return self.compare(node)
            return self.binary(node.op, node.left, node.right)
        return self.call(node)

    def binary(self, op: str, left: _Node, right: _Node) -> tuple[str, int]:
        level = _PRECEDENCE[op]
        left_text, left_level = self.write(left)
        right_text, right_level = self.write(right)
        if left_level < level or (level == _CMP and left_level == _CMP):
            left_text = f"({left_text})"
        if right_level <= level:
            right_text = f"({right_text})"
        return f"{left_text} {'/' if op == 'div' else op} {right_text}", level

    def compare(self, node: _Bin) -> tuple[str, int]:
        op, left, right = node.op, node.left, node.right
        # ${x} = '' -> empty(x); ${x} != '' -> filled(x)
        if op in ("=", "!="):
            for side, other in ((left, right), (right, left)):
                if isinstance(other, _Str) and other.value == "" and not isinstance(side, _Str):
                    return f"{'empty' if op == '=' else 'filled'}({self.write(side)[0]})", _ATOM
        # string-length(${x}) = 0 -> empty(x); > 0 or != 0 -> filled(x)
        for side, other, flip in ((left, right, False), (right, left, True)):
            if (
                isinstance(side, _Call)
                and side.name == "string-length"
                and len(side.args) == 1
                and isinstance(other, _Num)
                and other.text == "0"
            ):
                wanted = {"=": "empty", "!=": "filled", ("<" if flip else ">"): "filled"}
                if op in wanted:
                    return f"{wanted[op]}({self.write(side.args[0])[0]})", _ATOM
        left, right = self.fit(left, self.kind(right)), self.fit(right, self.kind(left))
        text, level = self.binary(op, left, right)
        return self.guard(text, level, [*self.blanks(left), *self.blanks(right)], op == "!=")

    def blanks(self, side: _Node) -> list[str]:
        """The questions whose blank answer makes ``side`` blank (a value or arithmetic)."""
        if isinstance(side, _Var):
            target = self.converter.items.get(side.name)
            return [target.ident] if target is not None and target.kind == "question" else []
        if isinstance(side, _Neg):
            return self.blanks(side.operand)
        if isinstance(side, _Bin) and side.op in ("+", "-", "*", "div"):
            return [*self.blanks(side.left), *self.blanks(side.right)]
        return []

    def guard(self, text: str, level: int, blanks: list[str], unequal: bool) -> tuple[str, int]:
        """XLSForm reads a blank answer as '' (NaN for numbers): a comparison with it is false,
        and != true. Ours leaves it unknown, which a relevance reads as false; spell out the blank
        case where that differs: for != always, for the rest under not()."""
        names = list(dict.fromkeys(blanks))
        if not names or not (unequal or self.negated):
            return text, level
        if unequal:
            return " or ".join([*(f"empty({n})" for n in names), text]), _OR
        inner = text if level > _AND else f"({text})"
        return " and ".join([*(f"filled({n})" for n in names), inner]), _AND

    @staticmethod
    def fit(literal: _Node, other: str) -> _Node:
        """A literal made the type our stricter expressions expect next to ``other``."""
        if isinstance(literal, _Str) and other == "number" and _NUMERIC.match(literal.value):
            return (
                _Num(literal.value)
                if not literal.value.startswith("-")
                else _Neg(_Num(literal.value[1:]))
            )
        if isinstance(literal, _Num) and other == "choice":
            return _Str(f"'{literal.text}'")
        if isinstance(literal, _Str) and other == "ack" and literal.value.lower() == "ok":
            return _Str("'yes'")
        return literal

    def call(self, node: _Call) -> tuple[str, int]:
        name, args = node.name, node.args
        if name in ("true", "false"):
            if args:
                self.errors.append(_("{name}() takes nothing").format(name=name))
            return name, _ATOM
        if name == "not":
            if len(args) != 1:
                self.errors.append(_("not() takes one condition"))
                return "false", _ATOM
            return self.write(_Not(args[0]))
        ours = FUNCTIONS[name]
        if name in _AGGREGATES:
            if len(args) != 1:
                self.errors.append(
                    _(
                        "{name}() of several values is not supported; it takes one question "
                        "inside a repeat"
                    ).format(name=name)
                )
                return f"{ours}()", _ATOM
            if isinstance(args[0], _Var):
                return f"{ours}({self.var(args[0], name)})", _ATOM
        if name == "selected" and len(args) == 2 and isinstance(args[1], _Num):
            args = (args[0], _Str(f"'{args[1].text}'"))
        text = f"{ours}({', '.join(self.write(arg)[0] for arg in args)})"
        if name == "selected" and args:
            return self.guard(text, _ATOM, self.blanks(args[0]), unequal=False)
        return text, _ATOM

    def var(self, node: _Var, aggregate: str | None) -> str:
        name = node.name
        target = self.converter.items.get(name)
        if target is None:
            if name in self.converter.metadata:
                self.errors.append(
                    _("${{{name}}} is a metadata field (row {row}), which is not imported").format(
                        name=name, row=self.converter.metadata[name]
                    )
                )
            else:
                self.errors.append(_("${{{name}}} names no question").format(name=name))
            return name
        if target.kind == "group":
            self.errors.append(_("${{{name}}} is a group, not a question").format(name=name))
            return target.ident
        if target.kind == "repeat":
            if aggregate != "count":
                self.errors.append(
                    _("${{{name}}} is a repeat; use count(${{{name}}})").format(name=name)
                )
            return target.ident
        repeat = target.repeat
        if repeat is None:
            return target.ident
        if aggregate in ("count",):
            return repeat.ident  # count(${x}) counts the entries, as in XLSForm
        if aggregate is not None:
            return f"{repeat.ident}.{target.ident}"
        if repeat.ident == self.repeat:
            return target.ident
        self.errors.append(
            _(
                "${{{name}}} is inside repeat '{repeat}'; here only sum(), min(), max() or "
                "count() of it can be used"
            ).format(name=name, repeat=repeat.name)
        )
        return target.ident


# -- public API -----------------------------------------------------------------------------------


def convert_workbook(path: Path, *, form_id: str | None = None) -> Conversion:
    """The checklist in an XLSForm workbook; FormInvalid listing every problem otherwise."""
    return _Converter(Path(path), form_id).convert()


def convert_file(
    source: Path, output: Path, *, form_id: str | None = None, overwrite: bool = False
) -> Conversion:
    """Convert ``source`` and write the checklist to ``output`` (YAML). Nothing is written when
    the conversion fails; an existing ``output`` is replaced only with ``overwrite``."""
    import yaml

    source, output = Path(source), Path(output)
    if output.exists() and not overwrite:
        raise InvalidInput(
            _(
                "{file} already exists; choose another output file or use --force to replace it"
            ).format(file=output)
        )
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        raise InvalidInput(_("{file}: the output would replace the workbook").format(file=output))
    folder = output.parent
    if output.is_dir():
        raise InvalidInput(_("{file} is a folder; name the file to write").format(file=output))
    if not folder.is_dir():
        raise InvalidInput(_("{folder}: no such folder").format(folder=folder))
    conversion = convert_workbook(source, form_id=form_id)
    text = _("# Converted from {file} by inspector forms import-xlsform\n").format(
        file=source.name
    ) + yaml.safe_dump(conversion.document, allow_unicode=True, sort_keys=False, width=100)
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return conversion
