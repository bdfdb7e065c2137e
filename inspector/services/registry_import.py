"""Importing an authority's agency registry from a spreadsheet (CSV or XLSX).

Every row is checked as ``create_agency`` checks one (``agencies._checked``) and against the rest
of the file; a rejected row is reported with its line (as a spreadsheet numbers it, header =
line 1), its column and the reason. The good rows are stored in one transaction: new licence
numbers become new agencies, known ones update the agency in place (only the columns the file
has; its revision goes up). The first row with a licence number wins; a later one with the same
number is rejected, naming the line of the first. With ``all_or_nothing`` a file with any
rejected row changes nothing.

Speed (100,000 rows; figures in BENCHMARKS.md): rows go in with a few ``executemany`` calls of
statements built by SQLAlchemy core, with values already in their database form (SQLAlchemy's
per-value processing alone costs about 4 s per 100,000 rows). The full-text index triggers of
migration 0002 would index one agency at a time (about 14 s); for the transaction they are set
aside and the index rows added as they would add them, in two statements in key order, then the
triggers are put back from their own SQL before the commit.

Audit and outbox: each stored agency gets its outbox entry (sync needs each record and its
revision). The audit trail gets one event for the import as a whole, not one per agency: a hash-
chained event costs about 45 us to make and its row about 15 us to store, so per-agency events
would add some 6 s to an import of 100,000 rows and as much to every ``inspector audit verify``
after it, for reference data that the registry, not the inspector, is the source of. The one
event names the file (its SHA-256), the counts, and the SHA-256 of the sorted "id:revision"
lines of every agency written, which pins down exactly which records the import changed.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.services.agencies import COUNTRY_CODE, FIELD_LENGTH, AgencyData, _checked
from inspector.services.registry_file import FIELDS, Column, RegistrySheet, open_sheet
from inspector.services.registry_rows import Progress, RegistryRows, RowProblem
from inspector.services.registry_store import plan_rows, write_plan
from inspector.services.registry_values import (
    DATE_ORDERS,
    cell_text,
    name_problem,
    normalise_identifier,
    parse_codes,
    parse_date,
    parse_list,
    parse_status,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import append_event
from inspector.vault.tables import LicenceStatus
from inspector.vault.types import utcnow

PREVIEW_ROWS = 20
_MAX_LENGTH = FIELD_LENGTH
_TEXT = ("licence_number", "name", "address", "city", "responsible_person", "phone", "email")


_BAD_BYTE = re.compile("[\udc80-\udcff]")  # a byte that was not UTF-8, kept by surrogateescape


def _has_bad_bytes(value: Any) -> bool:
    return isinstance(value, str) and _BAD_BYTE.search(value) is not None


def _blank(cells: Sequence[Any]) -> bool:
    if all(type(cell) is str for cell in cells):
        return not "".join(cells).strip()
    return not any(cell_text(cell) for cell in cells)


def _bad_bytes_reason(value: str) -> str:
    byte = next(ord(c) - 0xDC00 for c in value if "\udc80" <= c <= "\udcff")
    return _(
        "the text is not UTF-8 (byte 0x{byte:02X}) while the rest of the file is; retype it or "
        "save the file as 'CSV UTF-8'"
    ).format(byte=byte)


def _converter(name: str, date_order: str) -> Callable[[Any], Any]:
    if name in _TEXT:
        return cell_text
    if name == "country":
        return lambda value: cell_text(value).upper()
    if name == "licence_status":
        return parse_status
    if name in ("licence_valid_from", "licence_valid_until"):
        return partial(parse_date, order=date_order)
    if name == "destination_countries":
        return parse_codes
    return parse_list


def _failed_field(data: AgencyData) -> str:
    """The field ``_checked`` refused (it checks in this order)."""
    if not normalise_identifier(data.licence_number):
        return "licence_number"
    if not data.name.strip():
        return "name"
    for name in ("name", "city", "address", "responsible_person"):
        if name_problem(getattr(data, name), multiline=True):
            return name
    if not COUNTRY_CODE.match(data.country.strip().upper()):
        return "country"
    if any(not COUNTRY_CODE.match(code) for code in data.destination_countries):
        return "destination_countries"
    return "licence_valid_until"


def _memoised(convert: Callable[[Any], Any], limit: int = 50_000) -> Callable[[Any], Any]:
    """``convert`` remembering its answers (and refusals): dates, statuses and country lists
    repeat from row to row."""
    seen: dict[Any, tuple[bool, Any]] = {}

    def remembered(raw: Any) -> Any:
        try:
            ok, result = seen[raw]
        except KeyError:
            try:
                ok, result = True, convert(raw)
            except ValueError as exc:
                ok, result = False, str(exc)
            if len(seen) < limit:
                seen[raw] = (ok, result)
        except TypeError:  # not hashable
            return convert(raw)
        if not ok:
            raise ValueError(result)
        return list(result) if isinstance(result, list) else result

    return remembered


class _RowChecker:
    def __init__(self, sheet: RegistrySheet, date_order: str) -> None:
        self.sheet = sheet
        self.fields = tuple(name for name in FIELDS if name in sheet.mapping)
        self.columns = [sheet.mapping[name] for name in self.fields]
        self.converters = [
            _converter(name, date_order)
            if name in _TEXT
            else _memoised(_converter(name, date_order))
            for name in self.fields
        ]
        self.width = len(sheet.headers)
        self.first_line: dict[str, int] = {}
        self.bad_bytes_possible = sheet.bad_bytes

    def problem(self, line: int, column: Column, reason: str) -> RowProblem:
        return RowProblem(line, column.header or column.letter, column.letter, reason)

    def check(
        self, line: int, cells: Sequence[Any]
    ) -> tuple[tuple[Any, ...] | None, list[RowProblem]]:
        problems: list[RowProblem] = []
        values: dict[str, Any] = {}
        for name, column, convert in zip(self.fields, self.columns, self.converters, strict=True):
            raw = cells[column.index] if column.index < len(cells) else None
            if self.bad_bytes_possible and _has_bad_bytes(raw):
                problems.append(self.problem(line, column, _bad_bytes_reason(raw)))
                continue
            try:
                value = convert(raw)
            except ValueError as exc:
                problems.append(self.problem(line, column, str(exc)))
                continue
            limit = _MAX_LENGTH.get(name)
            if limit is not None and len(value) > limit:
                problems.append(
                    self.problem(
                        line,
                        column,
                        _("longer than {limit} characters").format(limit=limit),
                    )
                )
                continue
            values[name] = value
        for index in range(self.width, len(cells)):
            if cell_text(cells[index]):
                extra = Column(index, "")
                problems.append(
                    self.problem(line, extra, _("a value beyond the last column of the header"))
                )
                break
        if problems:
            return None, problems
        status = values.get("licence_status")
        data = AgencyData(**{**values, "licence_status": status or LicenceStatus.ACTIVE})
        try:
            data = _checked(data)
        except InvalidInput as exc:
            column = self.sheet.mapping.get(
                _failed_field(data), self.sheet.mapping["licence_number"]
            )
            return None, [self.problem(line, column, str(exc).rstrip("."))]
        licence = data.licence_number
        first = self.first_line.get(licence)
        if first is not None:
            column = self.sheet.mapping["licence_number"]
            reason = _("licence number {licence} is already on line {first}; only that row is "
                       "imported").format(licence=licence, first=first)  # fmt: skip
            return None, [self.problem(line, column, reason)]
        self.first_line[licence] = line
        checked = {**values, "licence_number": licence, "name": data.name, "country": data.country}
        checked["licence_status"] = status  # None: not given (kept on update, active if new)
        return tuple(checked[name] for name in self.fields), []


def read_registry(
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    date_order: str = "dmy",
    progress: Progress | None = None,
) -> RegistryRows:
    """Read and check every row of a registry file; nothing is stored. Raises ``InvalidInput``
    for a file that cannot be read at all (no header, no licence number column...)."""
    if date_order not in DATE_ORDERS:
        raise InvalidInput(
            _("--date-order takes {choices}; not '{value}'.").format(
                choices=" or ".join(DATE_ORDERS), value=date_order
            )
        )
    opened = open_sheet(path, mapping=mapping, encoding=encoding, sheet=sheet)
    checker = _RowChecker(opened, date_order)
    rows: list[tuple[int, tuple[Any, ...]]] = []
    problems: list[RowProblem] = []
    preview: list[tuple[int, list[str]]] = []
    read = 0
    for line, cells in opened.records:
        if _blank(cells):
            continue
        read += 1
        if len(preview) < PREVIEW_ROWS:
            preview.append((line, [cell_text(cell) for cell in cells]))
        values, found = checker.check(line, cells)
        if values is None:
            problems.extend(found)
        else:
            rows.append((line, values))
        if progress is not None and read % 2_000 == 0:
            progress("reading", int(opened.position() * 1000), 1000)
    if progress is not None:
        progress("reading", 1000, 1000)
    return RegistryRows(
        source=opened.source,
        sha256=opened.sha256,
        encoding=opened.encoding,
        notices=opened.notices,
        header_line=opened.header_line,
        mapping={name: column.header for name, column in opened.mapping.items()},
        ignored=[column.header for column in opened.ignored],
        fields=checker.fields,
        rows=rows,
        problems=problems,
        read=read,
        headers=opened.headers,
        preview=preview,
    )


# --- storing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    rejected: int
    stored: bool  # False for a dry run, or when all-or-nothing refused a file with problems
    import_id: uuid.UUID | None = None


def plan_registry_import(session: Session, parsed: RegistryRows) -> ImportResult:
    """What importing would do (a dry run): nothing is stored."""
    plan = plan_rows(session, parsed, utcnow())
    return ImportResult(
        created=len(plan.creates),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        rejected=parsed.rejected,
        stored=False,
    )


def import_registry(
    uow: UnitOfWork,
    parsed: RegistryRows,
    *,
    all_or_nothing: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Store the good rows of a checked registry file in this unit of work (one transaction).
    With ``all_or_nothing``, a file with a rejected row stores nothing."""
    if all_or_nothing and parsed.problems:
        return ImportResult(0, 0, 0, parsed.rejected, stored=False)
    session = uow.session
    session.flush()
    now = utcnow()
    plan = plan_rows(session, parsed, now)
    if not plan.written:  # every good row is already in the vault as it is: nothing to write
        return ImportResult(0, 0, plan.unchanged, parsed.rejected, stored=True)
    write_plan(session.connection(), plan, parsed.fields, now, progress)
    import_id = uuid.uuid4()
    written = "".join(f"{agency_id}:{revision}\n" for agency_id, revision in sorted(plan.written))
    append_event(
        session,
        actor=uow.actor,
        action="agency.registry_imported",
        entity_type="registry_import",
        entity_id=str(import_id),
        details={
            "file": parsed.source,
            "file_sha256": parsed.sha256,
            "created": len(plan.creates),
            "updated": len(plan.updates),
            "unchanged": plan.unchanged,
            "rejected": parsed.rejected,
            "records_sha256": hashlib.sha256(written.encode("ascii")).hexdigest(),
        },
    )
    return ImportResult(
        created=len(plan.creates),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        rejected=parsed.rejected,
        stored=True,
        import_id=import_id,
    )
