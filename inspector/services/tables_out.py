"""Writing tables for spreadsheets and other tools: CSV, XLSX and JSON.

CSV is written as UTF-8 *with* a byte-order mark, comma-separated, CRLF line ends (RFC 4180).
The BOM is what makes Excel on Windows read the file as UTF-8 when it is opened by a double
click: without it Excel assumes the ANSI code page and garbles every name in Devanagari, Arabic,
Bengali or with accents. LibreOffice, Google Sheets, pandas (``encoding="utf-8-sig"``) and
Python's csv module read it as well; tools that do not expect a BOM see it as part of the first
header.

Cells are guarded against formula injection (CWE-1236, OWASP "CSV injection"): a text cell that
starts with ``=``, ``+``, ``-``, ``@`` (or their full-width forms), a tab or a carriage return
would be run as a formula by a spreadsheet, so it gets a leading apostrophe, which spreadsheets
show as text. Numbers, dates and booleans are written as such and never guarded. In XLSX every
text cell is stored as a string (never a formula), so no apostrophe is needed there.

Every file is created mode 600, never through a symbolic link (``inspector.vault.files``), and
the XLSX workbook is built in memory: openpyxl would otherwise write each sheet, confidential
cells and all, to a temporary file in $TMPDIR first (left behind by a crash).
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import json
import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def guard(text: str) -> str:
    """A text cell that a spreadsheet will show as text, never run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def plain(value: Any) -> Any:
    """A value as JSON holds it: enums by value, UUIDs and dates as ISO text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def csv_cell(value: Any) -> str:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        # The form spreadsheets read as a date and time; always UTC (the manifest says so).
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return guard(str(value))


def _private_file(path: Path) -> int:
    """Open a new file for writing, readable by the user only (exports may hold personal data);
    an existing file (or a symbolic link planted there) is replaced, never written through."""
    from inspector.vault.files import create_private

    return create_private(path, replace=True)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a CSV file (see the module's docstring); the number of rows written."""
    count = 0
    with os.fdopen(_private_file(path), "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([guard(h) for h in headers])
        for row in rows:
            writer.writerow([csv_cell(value) for value in row])
            count += 1
    return count


def xlsx_value(value: Any) -> Any:
    value = plain(value) if not isinstance(value, dt.date) else value
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)  # Excel has no time zones: UTC
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _in_memory_sheet(sheet: Any) -> None:
    """Give a write-only sheet a writer whose stream is in memory (openpyxl's default is a
    temporary file)."""
    from openpyxl.worksheet._writer import WorksheetWriter

    sheet._writer = WorksheetWriter(sheet, out=io.BytesIO())
    sheet._writer.write_top()


def _save_in_memory(book: Any) -> bytes:
    """The workbook as XLSX bytes, with no file written anywhere."""
    import zipfile

    from openpyxl.writer.excel import ExcelWriter

    class InMemoryWriter(ExcelWriter):  # type: ignore[misc]
        def write_worksheet(self, ws: Any) -> None:
            from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

            ws._drawing = SpreadsheetDrawing()
            ws._drawing.charts = ws._charts
            ws._drawing.images = ws._images
            if not ws.closed:
                ws.close()
            writer = ws._writer
            ws._rels = writer._rels
            self._archive.writestr(ws.path[1:], writer.read())
            self.manifest.append(ws)

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        InMemoryWriter(book, archive).save()
    return out.getvalue()


def xlsx_bytes(sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]) -> bytes:
    """One workbook, a sheet per table, built in memory; text cells are strings, never
    formulas."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    if not sheets:
        sheets = [("Sheet", [], [])]
    for title, headers, rows in sheets:
        sheet = book.create_sheet(title[:31])
        _in_memory_sheet(sheet)

        def cell(value: Any, header: bool = False, sheet: Any = sheet) -> WriteOnlyCell:
            made = WriteOnlyCell(sheet, value=xlsx_value(value))
            if isinstance(made.value, str):
                made.data_type = "s"  # openpyxl makes "=..." a formula; this is text
            if header:
                made.font = bold
            elif isinstance(made.value, dt.datetime):
                made.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(made.value, dt.date):
                made.number_format = "yyyy-mm-dd"
            return made

        sheet.append([cell(h, header=True) for h in headers])
        for row in rows:
            sheet.append([cell(value) for value in row])
    return _save_in_memory(book)


def write_xlsx(
    path: Path, sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]
) -> None:
    """One workbook, a sheet per table (see :func:`xlsx_bytes`), written mode 600."""
    content = xlsx_bytes(sheets)
    with os.fdopen(_private_file(path), "wb") as out:
        out.write(content)


def write_json(path: Path, document: Any) -> None:
    with os.fdopen(_private_file(path), "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1, default=plain)
        out.write("\n")
