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

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, insert, text, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.services.agencies import COUNTRY_CODE, AgencyData, _checked
from inspector.services.registry_file import FIELDS, Column, RegistrySheet, open_sheet
from inspector.services.registry_values import (
    DATE_ORDERS,
    cell_text,
    parse_codes,
    parse_date,
    parse_list,
    parse_status,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import append_event
from inspector.vault.tables import Agency, LicenceStatus, OutboxEntry
from inspector.vault.types import utcnow

# (stage, done, total): stage is "reading" (done/total in thousandths of the file) or "storing"
# (agencies written so far, of all to write). Called from the thread doing the work.
Progress = Callable[[str, int, int], None]
PREVIEW_ROWS = 20
BATCH = 5_000
_MAX_LENGTH = {
    "licence_number": 64,
    "name": 300,
    "city": 120,
    "responsible_person": 200,
    "phone": 64,
    "email": 200,
}
_TEXT = ("licence_number", "name", "address", "city", "responsible_person", "phone", "email")


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str  # the column's header, as in the file
    letter: str  # the column as a spreadsheet labels it (A, B, ...)
    reason: str

    def describe(self) -> str:
        return _("line {line}, column {letter} ({column}): {reason}").format(
            line=self.line, letter=self.letter, column=self.column, reason=self.reason
        )


@dataclass
class RegistryRows:
    """A registry file read and checked, ready to store (or to show in a preview)."""

    source: str
    sha256: str
    encoding: str
    notices: list[str]
    header_line: int
    mapping: dict[str, str]  # field -> the header of its column
    ignored: list[str]  # headers of columns left out
    fields: tuple[str, ...]  # the fields the file gives, in AgencyData order
    rows: list[tuple[int, tuple[Any, ...]]]  # (line, values of ``fields``), each one good
    problems: list[RowProblem]
    read: int  # rows read (blank rows left out)
    headers: list[str] = field(default_factory=list)
    preview: list[tuple[int, list[str]]] = field(default_factory=list)  # the first rows as text

    @property
    def rejected(self) -> int:
        return len({problem.line for problem in self.problems})


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
    if not data.licence_number.strip():
        return "licence_number"
    if not data.name.strip():
        return "name"
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


class _Binder:
    """Values in the form the database stores them, made by the columns' own SQLAlchemy bind
    processors, each distinct value processed once (dates, countries and statuses repeat)."""

    def __init__(self, table: Table, dialect: Dialect, names: Sequence[str]) -> None:
        self.processors = []
        for name in names:
            processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            self.processors.append(self._memoised(processor) if processor else None)

    @staticmethod
    def _memoised(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
        seen: dict[Any, Any] = {}

        def process(value: Any) -> Any:
            key = tuple(value) if isinstance(value, list) else value
            try:
                return seen[key]
            except KeyError:
                result = processor(value)
                if len(seen) < 50_000:
                    seen[key] = result
                return result

        return process

    def row(self, values: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(
            [
                value if processor is None else processor(value)
                for value, processor in zip(values, self.processors, strict=True)
            ]
        )


CREATE_COLUMNS = ("id", "revision", "created_at", "updated_at", *FIELDS)
UPDATE_COLUMNS_AFTER = ("revision", "updated_at", "key")  # after the fields the file gives


@dataclass
class _Plan:
    creates: list[tuple[Any, ...]]  # database values of CREATE_COLUMNS
    updates: list[tuple[Any, ...]]  # database values of the file's fields + UPDATE_COLUMNS_AFTER
    written: list[tuple[str, int]]  # (agency id as text, revision) of every agency written
    unchanged: int


def _processor(table: Table, dialect: Dialect, name: str) -> Callable[[Any], Any]:
    processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    return processor or (lambda value: value)


def _existing(
    session: Session, fields: Sequence[str]
) -> dict[str, tuple[Any, int, tuple[Any, ...]]]:
    """Every agency by licence number: its id, revision and the values of ``fields`` as the
    database holds them, so a row of the file compares with them once bound."""
    names = ", ".join(fields)  # FIELDS' keys: column names, not input
    cursor = session.connection().exec_driver_sql(
        f"SELECT licence_number, id, revision, {names} FROM agency"  # noqa: S608
    )
    return {row[0]: (row[1], int(row[2]), tuple(row[3:])) for row in cursor}


def _plan(session: Session, parsed: RegistryRows, now: dt.datetime) -> _Plan:
    """Which rows make new agencies, which change known ones, which change nothing."""
    table: Table = Agency.__table__  # type: ignore[assignment]
    dialect = session.get_bind().dialect
    fields = parsed.fields
    binder = _Binder(table, dialect, fields)
    defaults = AgencyData("", "", "")  # what create_agency stores for a field not given
    template = _Binder(table, dialect, FIELDS).row(
        [
            list(value) if isinstance(value, tuple) else value
            for value in (getattr(defaults, name) for name in FIELDS)
        ]
    )
    positions = [FIELDS_ORDER[name] for name in fields]
    status_at = fields.index("licence_status") if "licence_status" in fields else None
    stamp = _processor(table, dialect, "updated_at")(now)
    bind_id = _processor(table, dialect, "id")
    existing = _existing(session, fields)
    licence_at = fields.index("licence_number")
    plan = _Plan([], [], [], 0)
    for _line, values in parsed.rows:
        given = binder.row(values)
        known = existing.get(values[licence_at])
        if known is None:
            row = list(template)
            for position, value, raw in zip(positions, given, values, strict=True):
                if raw is not None or position != FIELDS_ORDER["licence_status"]:
                    row[position] = value
            new_id = uuid.uuid4()
            plan.creates.append((bind_id(new_id), 1, stamp, stamp, *row))
            plan.written.append((str(new_id), 1))
            continue
        agency_id, revision, current = known
        if status_at is not None and values[status_at] is None:
            given = (*given[:status_at], current[status_at], *given[status_at + 1 :])  # kept
        if given == current:
            plan.unchanged += 1
            continue
        plan.updates.append((*given, revision + 1, stamp, agency_id))
        plan.written.append((str(uuid.UUID(hex=agency_id)), revision + 1))
    return plan


FIELDS_ORDER = {name: index for index, name in enumerate(FIELDS)}


def plan_registry_import(session: Session, parsed: RegistryRows) -> ImportResult:
    """What importing would do (a dry run): nothing is stored."""
    plan = _plan(session, parsed, utcnow())
    return ImportResult(
        created=len(plan.creates),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        rejected=parsed.rejected,
        stored=False,
    )


def _compiled(
    statement: Any, dialect: Dialect, layout: Sequence[str]
) -> tuple[str, Callable[[list[tuple[Any, ...]]], list[tuple[Any, ...]]]]:
    """The SQL of a core statement, and a function that puts rows of values laid out as
    ``layout`` in the order the statement takes its parameters."""
    compiled = statement.compile(dialect=dialect)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(layout):
        raise RuntimeError("the statement takes other parameters than given")
    if order == list(layout):
        return str(compiled), lambda rows: rows
    pick = itemgetter(*[list(layout).index(name) for name in order])
    return str(compiled), lambda rows: [pick(row) for row in rows]


class _SearchIndex:
    """The agency full-text index triggers, set aside for one transaction and put back.

    While they are away, ``refresh`` does what they would have done for the agencies named:
    a key row for each new agency, and its index row (old index rows of updated agencies are
    removed first)."""

    PATTERN = "agency_search_%"

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.triggers = conn.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'agency' AND name LIKE :pattern ORDER BY name"
            ),
            {"pattern": self.PATTERN},
        ).all()
        self.columns = [
            str(row[1]) for row in conn.exec_driver_sql("PRAGMA table_info(agency_search)")
        ]

    def __enter__(self) -> _SearchIndex:
        for name, _sql in self.triggers:
            self.conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            for _name, sql in self.triggers:
                self.conn.exec_driver_sql(sql)
        # On an error the transaction rolls back, and the DROPs with it.

    def refresh(self, new_ids: list[Any], updated_ids: list[Any]) -> None:
        conn = self.conn
        if not new_ids and not updated_ids:
            return
        conn.exec_driver_sql(
            "CREATE TEMP TABLE registry_import_ids (agency_id CHAR(32) PRIMARY KEY, new INTEGER)"
        )
        try:
            conn.exec_driver_sql(
                "INSERT INTO temp.registry_import_ids VALUES (?, ?)",
                [(agency_id, 1) for agency_id in new_ids]
                + [(agency_id, 0) for agency_id in updated_ids],
            )
            conn.exec_driver_sql(
                "DELETE FROM agency_search WHERE rowid IN (SELECT k.rowid FROM agency_search_key "
                "AS k JOIN temp.registry_import_ids AS t ON t.agency_id = k.agency_id "
                "WHERE t.new = 0)"
            )
            conn.exec_driver_sql(
                "INSERT INTO agency_search_key (agency_id) SELECT agency_id "
                "FROM temp.registry_import_ids WHERE new = 1 ORDER BY rowid"
            )
            names = ", ".join(self.columns)  # the index's own column names
            conn.exec_driver_sql(
                f"INSERT INTO agency_search (rowid, {names}) SELECT k.rowid, "  # noqa: S608
                + ", ".join(f"a.{name}" for name in self.columns)
                + " FROM temp.registry_import_ids AS t "
                "JOIN agency_search_key AS k ON k.agency_id = t.agency_id "
                "JOIN agency AS a ON a.id = t.agency_id ORDER BY k.rowid"
            )
        finally:
            conn.exec_driver_sql("DROP TABLE temp.registry_import_ids")


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
    plan = _plan(session, parsed, now)
    if not plan.written:  # every good row is already in the vault as it is: nothing to write
        return ImportResult(0, 0, plan.unchanged, parsed.rejected, stored=True)
    conn = session.connection()
    dialect = conn.dialect
    table: Table = Agency.__table__  # type: ignore[assignment]
    fields = list(parsed.fields)
    insert_sql, insert_rows = _compiled(
        insert(table).values({name: None for name in CREATE_COLUMNS}), dialect, CREATE_COLUMNS
    )
    total = len(plan.creates) + len(plan.updates)
    done = 0

    def stored(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress("storing", done, total)

    update_columns = [*fields, "revision", "updated_at"]
    update_sql, update_rows = _compiled(
        update(table)
        .where(table.c.id == bindparam("key"))
        .values({name: bindparam(name) for name in update_columns}),
        dialect,
        [*fields, *UPDATE_COLUMNS_AFTER],
    )
    with _SearchIndex(conn) as index:
        for start in range(0, len(plan.creates), BATCH):
            batch = plan.creates[start : start + BATCH]
            conn.exec_driver_sql(insert_sql, insert_rows(batch))
            stored(len(batch))
        for start in range(0, len(plan.updates), BATCH):
            batch = plan.updates[start : start + BATCH]
            conn.exec_driver_sql(update_sql, update_rows(batch))
            stored(len(batch))
        index.refresh([row[0] for row in plan.creates], [row[-1] for row in plan.updates])
    outbox: Table = OutboxEntry.__table__  # type: ignore[assignment]
    outbox_columns = ["entity_type", "entity_id", "revision", "operation", "created_at"]
    outbox_sql, outbox_rows = _compiled(
        insert(outbox).values({name: None for name in outbox_columns}), dialect, outbox_columns
    )
    stamp = _processor(outbox, dialect, "created_at")(now)
    if plan.written:
        conn.exec_driver_sql(
            outbox_sql,
            outbox_rows(
                [
                    ("agency", agency_id, revision, "upsert", stamp)
                    for agency_id, revision in plan.written
                ]
            ),
        )
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
