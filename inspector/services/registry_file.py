"""Reading an agency registry spreadsheet (CSV or XLSX): its encoding, its header, and which
column holds which field of an agency.

Lines are numbered as a spreadsheet numbers its rows: the first row of the file is line 1 (the
header, usually), blank rows count, and a CSV record with a line break inside a quoted cell is
one line, as a spreadsheet shows it.

Encodings: UTF-8 with or without a byte-order mark, and UTF-16 with one (Excel's "Unicode text"),
are recognised. A file that is not UTF-8 and holds no UTF-8 sequence at all was written in a
legacy 8-bit code page: it is read as Windows-1252 (Western European, a superset of Latin-1 for
printable text) and the reader says so. A file that is UTF-8 except in some rows (text pasted
from elsewhere) keeps those bytes as they are, so each such cell is reported with its line and
column instead of being imported garbled. ``encoding=`` forces an encoding.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.errors import InvalidInput
from inspector.i18n import _

# The fields of an agency a registry file may give (AgencyData's), with words for messages.
FIELDS: dict[str, str] = {
    "licence_number": "licence number",
    "name": "name",
    "country": "country",
    "address": "address",
    "city": "city",
    "responsible_person": "responsible person",
    "phone": "phone",
    "email": "email",
    "licence_status": "licence status",
    "licence_valid_from": "licence valid from",
    "licence_valid_until": "licence valid until",
    "destination_countries": "destination countries",
    "sectors": "sectors",
}
REQUIRED = ("licence_number", "name", "country")
MAX_REGISTRY_BYTES = 100 * 1024 * 1024  # a registry of 250,000 agencies is about 40 MB of CSV
IGNORE = "ignore"

# Headers as registries spell them, after normalise_header(): lower case, no accents or
# punctuation, "license" -> "licence", "no"/"nr"/"#"/"num" -> "number".
_ALIASES: dict[str, tuple[str, ...]] = {
    "licence_number": (
        "licence number", "licence", "lic number", "licence id", "licence number of agency",
        "agency licence number", "registration number", "reg number", "permit number",
        "numero de licence", "numero de licencia", "licencia", "number de licence",
    ),
    "name": (
        "name", "agency name", "name of agency", "name of the agency", "agency",
        "recruitment agency", "company name", "company", "business name", "nom",
        "nom de l agence", "raison sociale", "nombre", "nombre de la agencia", "agencia",
    ),
    "country": ("country", "country code", "iso country", "pays", "pais", "code pays"),
    "address": (
        "address", "office address", "street address", "adresse", "direccion", "domicilio",
    ),
    "city": ("city", "town", "municipality", "ville", "ciudad", "localite"),
    "responsible_person": (
        "responsible person", "contact person", "contact", "manager", "director", "owner",
        "proprietor", "representative", "responsable", "personne responsable",
        "persona responsable", "gerant", "gerente",
    ),
    "phone": (
        "phone", "phone number", "telephone", "telephone number", "tel", "mobile", "telefono",
    ),
    "email": ("email", "e mail", "email address", "mail", "courriel", "correo", "correo electronico"),  # noqa: E501
    "licence_status": (
        "licence status", "status", "statut", "estado", "statut de la licence",
    ),
    "licence_valid_from": (
        "licence valid from", "valid from", "issue date", "date of issue", "issued",
        "issued on", "date issued", "licence issue date", "licence issued", "start date",
        "date de delivrance", "fecha de emision",
    ),
    "licence_valid_until": (
        "licence valid until", "valid until", "valid to", "valid till", "expiry", "expiry date",
        "expiration", "expiration date", "expires", "date of expiry", "licence expiry",
        "licence expiry date", "licence expiration date", "end date", "date d expiration",
        "fecha de vencimiento", "vencimiento",
    ),
    "destination_countries": (
        "destination countries", "destination country", "destinations", "destination",
        "countries of destination", "pays de destination", "paises de destino",
    ),
    "sectors": ("sectors", "sector", "industries", "industry", "secteurs", "sectores"),
}  # fmt: skip
_BY_ALIAS = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
_BY_ALIAS.update({name.replace("_", " "): name for name in FIELDS})

_NUMBER_WORDS = re.compile(r"\b(?:no|nr|num|numb|nbr|n o)\b")


def normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("#", " number ").replace("license", "licence")
    plain = re.sub(r"[^0-9a-z]+", " ", plain).strip()
    plain = _NUMBER_WORDS.sub("number", plain)
    return re.sub(r"\s+", " ", plain)


def column_letter(index: int) -> str:
    """A, B, ... Z, AA, ... for a 0-based column index, as a spreadsheet labels columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Column:
    index: int
    header: str

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class RegistrySheet:
    """A registry file opened: what it is, where its columns go, and its rows to read."""

    source: str
    sha256: str
    encoding: str  # "UTF-8", "UTF-8 with BOM", "Windows-1252", ... or "XLSX"
    header_line: int
    headers: list[str]
    mapping: dict[str, Column]  # field -> column
    ignored: list[Column]
    notices: list[str] = field(default_factory=list)
    bad_bytes: bool = False  # some cells may hold bytes that are not UTF-8 (as surrogates)
    # (line, cells); a CSV cell holding bytes that are not UTF-8 carries them as surrogates.
    records: Iterator[tuple[int, Sequence[Any]]] = field(default_factory=lambda: iter(()))
    # How far reading has got, 0.0 to 1.0 (for progress).
    position: Callable[[], float] = lambda: 0.0


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_BAD_BYTE = re.compile("[\udc80-\udcff]")  # a byte that was not UTF-8, kept by surrogateescape
# A character that is neither ASCII nor a byte kept by surrogateescape: a valid UTF-8 sequence.
_VALID_NON_ASCII = re.compile("[\u0080-\udc7f\udd00-\U0010ffff]")


def _decode(data: bytes, forced: str | None) -> tuple[str, str, list[str]]:
    """The text, the name of its encoding, and notices for the user."""
    if forced:
        try:
            codecs.lookup(forced)
        except LookupError:
            raise InvalidInput(_("Unknown encoding '{name}'.").format(name=forced)) from None
        try:
            return data.decode(forced), forced, []
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InvalidInput(
                _("The file is not {encoding}: byte 0x{byte:02X} on line {line} is not valid "
                  "in it.").format(encoding=forced, byte=data[exc.start], line=line)
            ) from None  # fmt: skip
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "surrogateescape"), "UTF-8 with BOM", []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16", []
        except UnicodeDecodeError:
            raise InvalidInput(_("The file starts as UTF-16 but is not valid UTF-16.")) from None
    try:
        return data.decode("utf-8"), "UTF-8", []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "surrogateescape")
    if _VALID_NON_ASCII.search(text):
        # UTF-8 with a few rows in another encoding: each such cell is reported, not guessed.
        return text, "UTF-8", []
    try:
        text, name = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        text, name = data.decode("latin-1"), "ISO-8859-1 (Latin-1)"
    return (
        text,
        name,
        [
            _("The file is not UTF-8; it was read as {encoding} (Western European). If names "
              "look wrong, save it as 'CSV UTF-8' and import it again, or give its encoding "
              "with --encoding.").format(encoding=name)
        ],
    )  # fmt: skip


def _delimiter(text: str) -> str:
    """The delimiter of the header line: comma, semicolon (spreadsheets in many European
    locales), tab or bar, whichever it has most of outside quotes."""
    first = next(iter(text.splitlines()), "")
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


def _csv_records(text: str) -> tuple[Iterator[tuple[int, Sequence[Any]]], Callable[[], float]]:
    buffer = io.StringIO(text, newline="")
    total = max(len(text), 1)
    reader = csv.reader(buffer, delimiter=_delimiter(text), strict=False)

    def records() -> Iterator[tuple[int, Sequence[Any]]]:
        line = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise InvalidInput(
                    _("The file cannot be read as CSV near line {line}: {reason}.").format(
                        line=line + 1, reason=exc
                    )
                ) from None
            line += 1
            yield line, cells

    return records(), lambda: min(buffer.tell() / total, 1.0)


def _unreadable_workbook(path: Path) -> InvalidInput:
    return InvalidInput(
        _("{path} is not a readable Excel workbook (.xlsx): save it again from Excel or "
          "LibreOffice, or as 'CSV UTF-8'.").format(path=path.name)
    )  # fmt: skip


def _xlsx_records(
    path: Path, sheet: str | None
) -> tuple[Iterator[tuple[int, Sequence[Any]]], Callable[[], float], str]:
    from openpyxl import load_workbook

    from inspector.checklists.xlsform.bounds import (
        MAX_SHEET_COLUMNS,
        MAX_SHEET_ROWS,
        REGISTRY_WORKBOOK,
        check_zip_file,
    )

    check_zip_file(path, REGISTRY_WORKBOOK)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise InvalidInput(
                _("The workbook has no sheet '{sheet}'; it has: {names}.").format(
                    sheet=sheet, names=", ".join(names)
                )
            )
        if not book.worksheets:
            raise InvalidInput(_("The workbook {path} has no sheet.").format(path=path.name))
        worksheet = book[sheet] if sheet else book.worksheets[0]
        rows = min(max(worksheet.max_row or 1, 1), MAX_SHEET_ROWS)
        # The <dimension> a file declares is not trusted: rows are not padded to it.
        worksheet.reset_dimensions()
    except InvalidInput:
        raise
    except Exception:  # openpyxl raises many kinds (XML, zip, key, type) for a bad workbook
        raise _unreadable_workbook(path) from None
    done = 0

    def records() -> Iterator[tuple[int, Sequence[Any]]]:
        nonlocal done
        try:
            start = worksheet.min_row or 1
            cells_by_row = worksheet.iter_rows(values_only=True, max_col=MAX_SHEET_COLUMNS)
            for line, cells in enumerate(cells_by_row, start=start):
                if line > MAX_SHEET_ROWS:
                    raise InvalidInput(
                        _("{path} was refused: its sheet goes on past row {limit}, the most an "
                          "agency registry is read to.").format(path=path.name,
                                                                limit=MAX_SHEET_ROWS)
                    )  # fmt: skip
                done = line
                yield line, cells
        except InvalidInput:
            raise
        except Exception:  # bad XML, an entity, a missing part: found while reading rows
            raise _unreadable_workbook(path) from None
        finally:
            book.close()

    return records(), lambda: min(done / rows, 1.0), worksheet.title


def _blank(cells: Sequence[Any]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def _field_of(name: str) -> str | None:
    """A field named as in --mapping: its name, its words, or one of its header aliases."""
    if name.strip().lower() in ("-", IGNORE, "skip"):
        return IGNORE
    key = normalise_header(name)
    return _BY_ALIAS.get(key) or _BY_ALIAS.get(key.replace(" ", "_"))


def _map_columns(
    headers: list[str], overrides: dict[str, str]
) -> tuple[dict[str, Column], list[Column]]:
    columns = [Column(i, h) for i, h in enumerate(headers)]
    chosen: dict[int, str] = {}
    for given, target in overrides.items():
        found = [
            c
            for c in columns
            if normalise_header(c.header) == normalise_header(given)
            or c.letter == given.strip().upper()
        ]
        if not found:
            raise InvalidInput(
                _("--mapping names column '{column}', but the header has: {headers}.").format(
                    column=given, headers=", ".join(repr(h) for h in headers if h)
                )
            )
        name = _field_of(target)
        if name is None:
            raise InvalidInput(
                _("--mapping: '{field}' is not a field; use one of: {fields}, or 'ignore'.").format(
                    field=target, fields=", ".join(FIELDS)
                )
            )
        chosen[found[0].index] = name
    mapping: dict[str, Column] = {}
    ignored: list[Column] = []
    for column in columns:
        if not column.header.strip():
            continue
        name = chosen.get(column.index) or _BY_ALIAS.get(normalise_header(column.header))
        if name is None or name == IGNORE:
            ignored.append(column)
            continue
        if name in mapping:
            raise InvalidInput(
                _("Columns '{first}' and '{second}' both look like the {field}; say which to use "
                  "with --mapping \"{second}=ignore\" (or the other).").format(
                    first=mapping[name].header, second=column.header, field=FIELDS[name])
            )  # fmt: skip
        mapping[name] = column
    missing = [name for name in REQUIRED if name not in mapping]
    if missing:
        raise InvalidInput(
            _("No column for the {fields}. The header has: {headers}. Name the columns with "
              "--mapping \"COLUMN=FIELD\" (fields: {all}).").format(
                fields=", ".join(FIELDS[n] for n in missing),
                headers=", ".join(repr(h) for h in headers if h) or _("nothing"),
                all=", ".join(FIELDS))
        )  # fmt: skip
    return mapping, ignored


def parse_mapping(items: Sequence[str]) -> dict[str, str]:
    """``["Licence No=licence_number", ...]`` as given on the command line."""
    overrides: dict[str, str] = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise InvalidInput(
                _("--mapping takes COLUMN=FIELD, such as \"Licence No=licence_number\"; "
                  "not '{item}'.").format(item=item)
            )  # fmt: skip
        overrides[column.strip()] = target.strip()
    return overrides


def open_sheet(
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
) -> RegistrySheet:
    """Open a registry file: find its header (the first row that is not blank) and map its
    columns. Raises ``InvalidInput`` naming what is wrong with the file as a whole."""
    from inspector.vault.files import read_regular

    data = read_regular(path, limit=MAX_REGISTRY_BYTES)
    suffix = path.suffix.lower()
    notices: list[str] = []
    bad_bytes = False
    if suffix in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
        records, position, title = _xlsx_records(path, sheet)
        encoding_name = "XLSX"
        if title:
            notices.append(_("Read sheet '{sheet}'.").format(sheet=title))
    elif suffix == ".xls":
        raise InvalidInput(
            _("{path} is an old Excel file (.xls): save it as .xlsx or CSV UTF-8 first.").format(
                path=path.name
            )
        )
    else:
        text, encoding_name, notices = _decode(data, encoding)
        bad_bytes = _BAD_BYTE.search(text) is not None
        records, position = _csv_records(text)
        if text:
            name = _DELIMITER_NAMES.get(_delimiter(text), "comma")
            encoding_name = f"{encoding_name}, {name}-separated"
    for line, cells in records:
        if _blank(cells):
            continue
        headers = ["" if cell is None else str(cell).strip() for cell in cells]
        if any(_BAD_BYTE.search(header) for header in headers):
            raise InvalidInput(
                _("The header on line {line} holds bytes that are not UTF-8; save the file as "
                  "'CSV UTF-8' or give its encoding with --encoding.").format(line=line)
            )  # fmt: skip
        column_map, ignored = _map_columns(headers, mapping or {})
        return RegistrySheet(
            source=path.name,
            sha256=_sha256(data),
            encoding=encoding_name,
            header_line=line,
            headers=headers,
            mapping=column_map,
            ignored=ignored,
            notices=notices,
            bad_bytes=bad_bytes,
            records=records,
            position=position,
        )
    raise InvalidInput(_("{path} is empty: it has no header row.").format(path=path.name))
