"""Reading a JSON export (``inspector export --format json``) into a vault.

Records keep their ids, revisions and times, so an export read into an empty vault gives the
same records. A record already in the vault exactly as exported is left alone; one that
differs is a conflict, and a file with any conflict stores nothing. Reference data is matched
as the registry would: an agency by id or else by licence number (the records then point to the
local agency), a checklist version by form id and version, if its content is the same.

A locked inspection is stored with its answers, findings and interviews first and locked
last, in the same transaction, as the vault's triggers refuse children of a locked inspection.
Every record stored gets its outbox entry; one audit event records the import (the file's
SHA-256 and the counts).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Enum, LargeBinary, Table, Uuid, insert, select, update
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.services.export import FORMAT, FORMAT_VERSION, TABLES, columns_of
from inspector.services.tables_out import plain
from inspector.services.uow import LOCAL_ONLY, UnitOfWork
from inspector.vault.audit import append_event
from inspector.vault.tables import (
    Agency,
    FormSnapshot,
    Inspection,
    InspectionStatus,
    OutboxEntry,
    WorkerIdentity,
)
from inspector.vault.types import UTCDateTime

MAX_CONFLICTS_SHOWN = 20
# Columns an export without --include-confidential leaves out, and what a vault stores instead.
_LEFT_OUT_DEFAULTS = {"complaints": {"complainant_code": "", "summary": ""}}


@dataclass
class JsonImportResult:
    stored: dict[str, int] = field(default_factory=dict)
    already_there: dict[str, int] = field(default_factory=dict)
    agencies_matched_by_licence: int = 0
    notices: list[str] = field(default_factory=list)


def read_export(path: Path) -> tuple[dict[str, Any], str]:
    """The export document and the SHA-256 of its file."""
    folder_file = path / "export.json" if path.is_dir() else path
    try:
        raw = folder_file.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            _("Cannot read {path}: {reason}.").format(path=folder_file, reason=exc.strerror or exc)
        ) from None
    try:
        document = json.loads(raw)
    except ValueError:
        raise InvalidInput(_("{path} is not JSON.").format(path=folder_file)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput(_("{path} is not a Field Inspector export.").format(path=folder_file))
    if document.get("version") != FORMAT_VERSION:
        raise InvalidInput(
            _("{path} was written by another version of Field Inspector (export format "
              "{version}).").format(path=folder_file, version=document.get("version"))
        )  # fmt: skip
    if not isinstance(document.get("tables"), dict):
        raise InvalidInput(_("{path} holds no tables.").format(path=folder_file))
    return document, hashlib.sha256(raw).hexdigest()


def _converter(column: Any) -> Any:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat
    if isinstance(kind, Uuid):
        return uuid.UUID
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class
    if isinstance(kind, LargeBinary):
        return bytes.fromhex
    return None


def _typed(table: Table, name: str, row: dict[str, Any], where: str) -> dict[str, Any]:
    """A row of the file as the table's Python values; a bad value names the table and row."""
    typed: dict[str, Any] = {}
    for column in table.columns:
        if column.key not in row:
            if column.key in _LEFT_OUT_DEFAULTS.get(name, {}):
                typed[column.key] = _LEFT_OUT_DEFAULTS[name][column.key]
                continue
            raise InvalidInput(
                _("{where}: column '{column}' is missing.").format(where=where, column=column.key)
            )
        value = row[column.key]
        convert = _converter(column)
        try:
            typed[column.key] = value if value is None or convert is None else convert(value)
        except (ValueError, TypeError):
            raise InvalidInput(
                _("{where}: '{column}' is not a valid value.").format(
                    where=where, column=column.key
                )
            ) from None
    return typed


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return {k: plain(v) for k, v in a.items()} == {k: plain(v) for k, v in b.items()}


def _existing(
    session: Session, cls: type, key: str, values: list[Any]
) -> dict[Any, dict[str, Any]]:
    if not values:
        return {}
    core: Table = cls.__table__  # type: ignore[attr-defined]
    names = columns_of(cls)
    found: dict[Any, dict[str, Any]] = {}
    for start in range(0, len(values), 500):
        query = select(*[core.c[n] for n in names]).where(
            core.c[key].in_(values[start : start + 500])
        )
        for row in session.execute(query):
            record = dict(zip(names, row, strict=True))
            found[record[key]] = record
    return found


def import_json_export(uow: UnitOfWork, document: dict[str, Any], sha256: str) -> JsonImportResult:
    """Store the records of an export document (see the module's docstring)."""
    session = uow.session
    session.flush()
    conn = session.connection()
    # References between the records are checked at commit, when all of them are in.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    tables_in = document["tables"]
    unknown = sorted(set(tables_in) - set(TABLES))
    if unknown:
        raise InvalidInput(
            _("Unknown tables in the export: {names}.").format(names=", ".join(unknown))
        )
    result = JsonImportResult()
    conflicts: list[str] = []
    agency_map: dict[uuid.UUID, uuid.UUID] = {}
    snapshot_map: dict[uuid.UUID, uuid.UUID] = {}
    to_store: dict[str, list[dict[str, Any]]] = {}
    for name, cls in TABLES.items():
        table: Table = cls.__table__  # type: ignore[attr-defined]
        rows_in = tables_in.get(name, [])
        if not isinstance(rows_in, list):
            raise InvalidInput(_("Table {name} is not a list.").format(name=name))
        rows = [
            _typed(table, name, row, f"{name}[{index}]") if isinstance(row, dict) else {}
            for index, row in enumerate(rows_in)
        ]
        if any(not row for row in rows):
            raise InvalidInput(
                _("Table {name} holds something other than records.").format(name=name)
            )
        _remap(rows, agency_map, snapshot_map)
        if cls is Agency:
            rows = _match_agencies(session, rows, agency_map, result)
        elif cls is FormSnapshot:
            rows = _match_snapshots(session, rows, snapshot_map, conflicts)
        key = "code" if cls is WorkerIdentity else "id"
        existing = _existing(session, cls, key, [row[key] for row in rows])
        fresh = []
        for row in rows:
            there = existing.get(row[key])
            if there is None:
                fresh.append(row)
            elif _same(there, row):
                result.already_there[name] = result.already_there.get(name, 0) + 1
            else:
                conflicts.append(
                    _("{table} {key} is in this vault with other values").format(
                        table=name, key=row.get("reference") or row[key]
                    )
                )
        to_store[name] = fresh
    _drop_dangling_links(session, to_store, result.notices)
    if conflicts:
        shown = conflicts[:MAX_CONFLICTS_SHOWN]
        more = len(conflicts) - len(shown)
        raise InvalidInput(
            _("Nothing was imported: {n} records conflict with this vault: {list}{more}.").format(
                n=len(conflicts),
                list="; ".join(shown),
                more=_(" and {n} more").format(n=more) if more > 0 else "",
            )
        )
    _store(uow, to_store, result)
    if not result.stored:
        return result  # everything was there already: nothing changed, nothing to audit
    append_event(
        session,
        actor=uow.actor,
        action="data.imported",
        entity_type="export",
        entity_id=str(uuid.uuid4()),
        details={
            "sha256": sha256,
            "stored": result.stored,
            "already_there": result.already_there,
        },
    )
    return result


def _remap(
    rows: list[dict[str, Any]],
    agencies: dict[uuid.UUID, uuid.UUID],
    snapshots: dict[uuid.UUID, uuid.UUID],
) -> None:
    for row in rows:
        if row.get("agency_id") in agencies:
            row["agency_id"] = agencies[row["agency_id"]]
        if row.get("form_snapshot_id") in snapshots:
            row["form_snapshot_id"] = snapshots[row["form_snapshot_id"]]


def _match_agencies(
    session: Session,
    rows: list[dict[str, Any]],
    agency_map: dict[uuid.UUID, uuid.UUID],
    result: JsonImportResult,
) -> list[dict[str, Any]]:
    """An agency known here by another id (the registry was imported on each laptop) is the
    same agency: records point to the local one, and the local registry entry stays as it is."""
    by_licence = _existing(
        session, Agency, "licence_number", [row["licence_number"] for row in rows]
    )
    kept = []
    for row in rows:
        local = by_licence.get(row["licence_number"])
        if local is not None and local["id"] != row["id"]:
            agency_map[row["id"]] = local["id"]
            result.agencies_matched_by_licence += 1
            continue
        if local is not None:
            result.already_there["agencies"] = result.already_there.get("agencies", 0) + 1
            continue
        kept.append(row)
    return kept


def _match_snapshots(
    session: Session,
    rows: list[dict[str, Any]],
    snapshot_map: dict[uuid.UUID, uuid.UUID],
    conflicts: list[str],
) -> list[dict[str, Any]]:
    kept = []
    for row in rows:
        local = session.scalar(
            select(FormSnapshot).where(
                FormSnapshot.form_id == row["form_id"], FormSnapshot.version == row["version"]
            )
        )
        if local is None:
            kept.append(row)
        elif local.sha256 != row["sha256"]:
            conflicts.append(
                _("checklist {form} version {version} differs from the one in this vault").format(
                    form=row["form_id"], version=row["version"]
                )
            )
        elif local.id != row["id"]:
            snapshot_map[row["id"]] = local.id
        else:
            kept.append(row)  # the same id: found identical below
    return kept


def _drop_dangling_links(
    session: Session, to_store: dict[str, list[dict[str, Any]]], notices: list[str]
) -> None:
    """A link to an inspection or complaint that is neither in the file nor in the vault (an
    export filtered by date can leave out the inspection another follows up) is dropped, and
    said."""
    from inspector.vault.tables import Complaint

    inspections = {row["id"] for row in to_store.get("inspections", [])}
    complaints = {row["id"] for row in to_store.get("complaints", [])}
    for row in to_store.get("inspections", []):
        for column, known, cls in (
            ("follows_up_id", inspections, Inspection),
            ("amends_id", inspections, Inspection),
            ("complaint_id", complaints, Complaint),
        ):
            target = row.get(column)
            if target is None or target in known or session.get(cls, target) is not None:
                continue
            row[column] = None
            notices.append(
                _("Inspection {reference} referred to a record that is neither in the file nor "
                  "in this vault ({column}); the link was left out.").format(
                    reference=row["reference"], column=column)
            )  # fmt: skip


def _store(
    uow: UnitOfWork, to_store: dict[str, list[dict[str, Any]]], result: JsonImportResult
) -> None:
    session = uow.session
    locked: list[tuple[uuid.UUID, Any]] = []
    for name, rows in to_store.items():
        if not rows:
            continue
        cls = TABLES[name]
        table: Table = cls.__table__  # type: ignore[attr-defined]
        if cls is Inspection:
            for row in rows:
                if row["status"] is InspectionStatus.LOCKED:
                    locked.append((row["id"], row["updated_at"]))
                    row["status"] = InspectionStatus.COMPLETED  # locked below, when all is in
        session.execute(insert(table), rows)
        result.stored[name] = len(rows)
        if table.name not in LOCAL_ONLY:
            session.execute(
                insert(OutboxEntry),
                [
                    {
                        "entity_type": table.name,
                        "entity_id": str(row["id"]),
                        "revision": row.get("revision", 1),
                        "operation": "upsert",
                    }
                    for row in rows
                ],
            )
    for inspection_id, updated_at in locked:
        session.execute(
            update(Inspection.__table__)  # type: ignore[arg-type]
            .where(Inspection.__table__.c.id == inspection_id)  # type: ignore[attr-defined]
            .values(status=InspectionStatus.LOCKED, updated_at=updated_at)
        )
