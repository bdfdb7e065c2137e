"""Storing a checked registry file: which rows make new agencies and which change known ones,
and writing them in one transaction, fast (see ``registry_import`` for why it is done so)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, insert, text, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from inspector.services.agencies import AgencyData
from inspector.services.registry_file import FIELDS
from inspector.vault.tables import Agency, OutboxEntry

if TYPE_CHECKING:
    from inspector.services.registry_rows import Progress, RegistryRows

BATCH = 5_000


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
class Plan:
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


def plan_rows(session: Session, parsed: RegistryRows, now: dt.datetime) -> Plan:
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
    plan = Plan([], [], [], 0)
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


def write_plan(
    conn: Connection, plan: Plan, fields: Sequence[str], now: dt.datetime, progress: Progress | None
) -> None:
    """Write a plan in the caller's transaction: the agencies, their full-text index rows and
    an outbox entry each."""
    dialect = conn.dialect
    table: Table = Agency.__table__  # type: ignore[assignment]
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
