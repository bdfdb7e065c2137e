"""Reading an XLSForm workbook: the survey, choices and settings sheets as rows of text, each
column's header normalised (aliases, ``label::English (en)`` translations) to the field it holds."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.checklists.loader import LANGUAGE
from inspector.errors import FormInvalid
from inspector.i18n import _

# -- sheets and columns ---------------------------------------------------------------------------

SURVEY_FIELDS = {
    "type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message",
    "calculation", "read_only", "repeat_count", "choice_filter",
}  # fmt: skip
CHOICES_FIELDS = {"list_name", "name", "label"}
SETTINGS_FIELDS = {
    "form_title", "form_id", "version", "default_language", "allow_choice_duplicates",
}  # fmt: skip
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
    "relevant": "relevant",
    "jr:constraint": "constraint",
    "calculate": "calculation",
    "readonly()": "read_only",
    "choice filter": "choice_filter",
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

# -- spreadsheet reading --------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def language_code(text: str) -> str | None:
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


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


@dataclass
class Column:
    index: int
    header: str  # as written
    field: str  # normalised: label, hint, relevant, ...; for an unknown column, its header
    language: str | None = None  # a translated column's language code
    translated: bool = False  # written as field::Language
    unreadable_language: bool = False


@dataclass
class Row:
    number: int  # as a spreadsheet shows it; the header is row 1
    values: dict[int, str]  # column index -> text, non-empty cells only


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: list[Row]

    def first_use(self, column: Column) -> int | None:
        for row in self.rows:
            if column.index in row.values:
                return row.number
        return None

    def plain(self, field_name: str) -> Column | None:
        for column in self.columns:
            if column.field == field_name and not column.translated:
                return column
        return None

    def cell(self, row: Row, field_name: str) -> str:
        column = self.plain(field_name)
        return row.values.get(column.index, "") if column is not None else ""

    def text_columns(self, field_name: str) -> list[Column]:
        return [c for c in self.columns if c.field == field_name and not c.unreadable_language]


def read_workbook(path: Path) -> dict[str, Sheet]:
    """The survey, choices and settings sheets of the workbook at ``path``, by name."""
    from python_calamine import CalamineWorkbook

    from inspector.checklists.xlsform.bounds import XLSFORM_WORKBOOK, check_zip_file
    from inspector.errors import InvalidInput

    try:
        # A regular file within the bounds of an XLSForm, before the reader holds it in memory.
        check_zip_file(path, XLSFORM_WORKBOOK)
        # calamine (Rust): 20x faster than openpyxl on a 900-row form whose sheets style
        # hundreds of thousands of empty cells; formulas read by the values Excel stored
        workbook = CalamineWorkbook.from_path(str(path))
    except InvalidInput as exc:
        raise FormInvalid([str(exc)]) from None
    except FileNotFoundError:
        raise FormInvalid([_("{file}: no such file").format(file=path)]) from None
    except IsADirectoryError:
        raise FormInvalid([_("{file}: is a folder").format(file=path)]) from None
    except PermissionError:
        raise FormInvalid([_("{file}: not allowed to read it").format(file=path)]) from None
    except Exception:  # the reader raises its own kinds for a file that is not a workbook
        raise FormInvalid([_not_a_workbook(path)]) from None
    sheets: dict[str, Sheet] = {}
    try:
        titles = {title.strip().lower(): title for title in workbook.sheet_names}
        if "survey" not in titles:
            raise FormInvalid(
                [
                    _("{file}: no 'survey' sheet (it has: {sheets})").format(
                        file=path.name, sheets=", ".join(workbook.sheet_names)
                    )
                ]
            )
        for name in ("survey", "choices", "settings"):
            if name in titles:
                try:
                    sheet = workbook.get_sheet_by_name(titles[name])
                    rows = iter(sheet.to_python(skip_empty_area=False))
                    sheets[name] = read_sheet(rows, name)
                except FormInvalid:
                    raise
                except Exception:
                    raise FormInvalid([_not_a_workbook(path)]) from None
    finally:
        workbook.close()
    return sheets


def _not_a_workbook(path: Path) -> str:
    return _(
        "{file}: not an XLSForm workbook: it cannot be read as an Excel .xlsx "
        "file (save it from Excel or LibreOffice as .xlsx)"
    ).format(file=path.name)


def read_sheet(rows: Iterator[list[Any]], name: str) -> Sheet:
    """A sheet from its rows of cell values, the first being row 1 of the spreadsheet."""
    from inspector.checklists.xlsform.bounds import MAX_SHEET_COLUMNS, MAX_XLSFORM_ROWS

    def too_many(rows: int) -> FormInvalid:
        return FormInvalid(
            [
                _("sheet '{sheet}': {n} rows; an XLSForm is read up to {limit}").format(
                    sheet=name, n=rows, limit=MAX_XLSFORM_ROWS
                )
            ]
        )

    # The size a sheet states for itself can be wrong (1,048,576 rows, or none): rows with values
    # are counted instead.
    header = next(rows, [])[:MAX_SHEET_COLUMNS]
    columns = [read_column(index, cell_text(value)) for index, value in enumerate(header)]
    data: list[Row] = []
    for number, cells in enumerate(rows, start=2):
        values = {
            i: text
            for i, value in enumerate(cells[:MAX_SHEET_COLUMNS])
            if (text := cell_text(value))
        }
        if values:
            if len(data) >= MAX_XLSFORM_ROWS:
                raise too_many(len(data) + 1)
            data.append(Row(number, values))
    for index in sorted({i for row in data for i in row.values if i >= len(columns)}):
        columns.append(Column(index, "", ""))
    return Sheet(name, columns, data)


def read_column(index: int, header: str) -> Column:
    written = header
    header = " ".join(header.split())
    lowered = header.lower()
    for prefix in ("bind::", "bind:"):
        if lowered.startswith(prefix):
            header = header[len(prefix) :]
            lowered = header.lower()
            break
    if "::" not in header and ":" in header:
        # label:English, as some forms write it
        base, _colon, rest = header.partition(":")
        if _ALIASES.get(base.strip().lower(), base.strip().lower()) in TRANSLATABLE:
            header = f"{base}::{rest}"
    base, separator, rest = header.partition("::")
    key = " ".join(base.split()).lower()
    key = _ALIASES.get(key, key)
    if separator and key in TRANSLATABLE:
        code = language_code(rest)
        return Column(index, written, key, code, True, code is None)
    if separator or not key:
        return Column(index, written, written)
    return Column(index, written, key)
