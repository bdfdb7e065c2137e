"""Reading a JSON export (``inspector export --format json``) into a vault.

Records keep their ids, revisions and times, so an export read into an empty vault gives the
same records. A record already in the vault exactly as exported is left alone; one that
differs is a conflict, and a file with any conflict stores nothing. Reference data is matched
as the registry would: an agency by id or else by licence number (the records then point to the
local agency), a checklist version by form id and version, if its content is the same.

Nothing in the file is trusted more than what a person types: every value is checked against
its column (type, length, control characters, finite numbers, nesting; ``inspector.vault.columns``),
agencies go through the registry's own checks (licence numbers normalised), a checklist version
must hash to its SHA-256 and load, answers must fit their question, ids must not repeat, and
every reference must point to a record in the file or in the vault.

A locked inspection is stored with its answers, findings and interviews first and locked
last, in the same transaction, as the vault's triggers refuse children of a locked inspection.
It keeps its lock only when the signed lock statement the export carries verifies: the digest of
the records as stored here equals the one signed, and the signer is trusted by this vault (its
own certificate, one issued by the same authority, or one given with ``--trust``). Otherwise it
arrives completed, not locked, and an ``inspection.imported`` event says why; the lock, and a
report, are then the decision of this vault's inspector.

Every record stored gets its outbox entry; one audit event records the import (the file's
SHA-256 and the counts).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from inspector.errors import FormInvalid, InvalidInput
from inspector.i18n import _
from inspector.services.export import FORMAT, FORMAT_VERSION, TABLES, columns_of
from inspector.services.tables_out import plain
from inspector.services.uow import LOCAL_ONLY, UnitOfWork
from inspector.vault.audit import append_event
from inspector.vault.columns import typed_row
from inspector.vault.tables import (
    Agency,
    FormSnapshot,
    Inspection,
    InspectionStatus,
    OutboxEntry,
    WorkerIdentity,
)

MAX_CONFLICTS_SHOWN = 20
MAX_EXPORT_BYTES = 256 * 1024 * 1024  # far above an export of a year's work with interviews
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
    from inspector.vault.files import read_regular

    folder_file = path / "export.json" if path.is_dir() else path
    raw = read_regular(folder_file, limit=MAX_EXPORT_BYTES)
    try:
        document = json.loads(raw, parse_constant=_no_constant, parse_float=_finite_float)
    except RecursionError:
        raise InvalidInput(
            _("{path} nests its values deeper than any export does.").format(path=folder_file)
        ) from None
    except ValueError as exc:
        reason = str(exc) if isinstance(exc, _NotFinite) else _("it is not JSON")
        raise InvalidInput(
            _("{path} cannot be read: {reason}.").format(path=folder_file, reason=reason)
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput(_("{path} is not a Field Inspector export.").format(path=folder_file))
    if document.get("version") != FORMAT_VERSION:
        raise InvalidInput(
            _("{path} was written by another version of Field Inspector (export format "
              "{version}).").format(path=folder_file, version=document.get("version"))
        )  # fmt: skip
    if not isinstance(document.get("tables"), dict):
        raise InvalidInput(_("{path} holds no tables.").format(path=folder_file))
    if not isinstance(document.get("locks", {}), dict):
        raise InvalidInput(_("{path}: its lock statements are not readable.").format(
            path=folder_file))  # fmt: skip
    return document, hashlib.sha256(raw).hexdigest()


class _NotFinite(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _NotFinite(_("it holds {value}, which is not a number").format(value=name))


def _finite_float(text: str) -> float:
    import math

    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(_("it holds the number {value}, too large to store").format(
            value=text[:40]))  # fmt: skip
    return value


def _typed(table: Table, name: str, row: dict[str, Any], where: str) -> dict[str, Any]:
    """A row of the file as the table's Python values, each checked against its column."""
    return typed_row(table, row, where, _LEFT_OUT_DEFAULTS.get(name))


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


def import_json_export(
    uow: UnitOfWork, document: dict[str, Any], sha256: str, *, trust: list[bytes] | None = None
) -> JsonImportResult:
    """Store the records of an export document (see the module's docstring). ``trust``: more
    signer certificates (DER) whose locks are kept."""
    session = uow.session
    session.flush()
    conn = session.connection()
    # References between the records are checked at commit, when all of them are in.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    tables_in = document["tables"]
    unknown = sorted(str(name)[:60] for name in set(tables_in) - set(TABLES))
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
        rows = [_typed(table, name, row, f"{name}[{index}]") for index, row in enumerate(rows_in)]
        key = "code" if cls is WorkerIdentity else "id"
        _refuse_repeated(name, rows, key)
        _remap(rows, agency_map, snapshot_map)
        if cls is Agency:
            rows = _match_agencies(session, _checked_agencies(rows), agency_map, result)
        elif cls is FormSnapshot:
            rows = _match_snapshots(session, _checked_snapshots(rows), snapshot_map, conflicts)
        existing = _existing(session, cls, key, [row[key] for row in rows])
        fresh = []
        for row in rows:
            there = existing.get(row[key])
            if there is None:
                fresh.append(row)
            elif _same(there, row) or _same_but_unlocked(cls, there, row):
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
    _check_references(session, to_store)
    _check_answers(session, to_store)
    locked = _store(uow, to_store, result)
    _settle_locks(uow, locked, document.get("locks") or {}, trust or [], result)
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


def _refuse_repeated(name: str, rows: list[dict[str, Any]], key: str) -> None:
    seen: set[Any] = set()
    for index, row in enumerate(rows):
        if row[key] in seen:
            raise InvalidInput(
                _("{where}: the {key} of another record of {table} again; each record is in an "
                  "export once.").format(where=f"{name}[{index}]", key=key, table=name)
            )  # fmt: skip
        seen.add(row[key])


def _checked_agencies(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each agency through the registry's own checks (as one typed in): licence number
    normalised, name present and without control characters, ISO country codes."""
    from inspector.services.agencies import AgencyData, _checked

    fields = AgencyData.__dataclass_fields__
    for index, row in enumerate(rows):
        data = AgencyData(**{name: row[name] for name in fields if name in row})
        if not all(isinstance(v, str) for v in (*data.destination_countries, *data.sectors)):
            raise InvalidInput(_("agencies[{index}]: its countries and sectors must be lists of "
                                 "words.").format(index=index))  # fmt: skip
        try:
            data = _checked(data)
        except InvalidInput as exc:
            raise InvalidInput(f"agencies[{index}]: {exc}") from None
        row.update(licence_number=data.licence_number, name=data.name, country=data.country)
    return rows


def _checked_snapshots(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A checklist version must load as a form and hash to the SHA-256 it claims: checklists
    are cached and matched by that hash."""
    from inspector.checklists.digest import form_sha256
    from inspector.checklists.loader import load_document

    for index, row in enumerate(rows):
        where = f"form_snapshots[{index}]"
        if not isinstance(row["content"], dict) or form_sha256(row["content"]) != row["sha256"]:
            raise InvalidInput(
                _("{where}: the checklist does not match its SHA-256.").format(where=where)
            )
        try:
            form = load_document(row["content"], f"{row['form_id']}@{row['version']}")
        except FormInvalid as exc:
            problem = exc.problems[0] if exc.problems else "?"
            raise InvalidInput(_("{where}: not a valid checklist ({problem}).").format(
                where=where, problem=problem)) from None  # fmt: skip
        if (form.id, form.version) != (row["form_id"], row["version"]):
            raise InvalidInput(_("{where}: the checklist's id or version differs from the "
                                 "record's.").format(where=where))  # fmt: skip
    return rows


def _same_but_unlocked(cls: type, there: dict[str, Any], row: dict[str, Any]) -> bool:
    """An inspection imported before whose lock was not kept is the same record."""
    if cls is not Inspection or row["status"] is not InspectionStatus.LOCKED:
        return False
    if there["status"] is not InspectionStatus.COMPLETED or there["locked_at"] is not None:
        return False
    return _same(there, {**row, "status": InspectionStatus.COMPLETED, "locked_at": None})


def _check_references(session: Session, to_store: dict[str, list[dict[str, Any]]]) -> None:
    """Every reference must point to a record in the file or in this vault: a file missing one
    is refused, naming the record, instead of failing at commit."""
    by_table = {cls.__table__.name: name for name, cls in TABLES.items()}  # type: ignore[attr-defined]
    missing: list[str] = []
    for name, rows in to_store.items():
        table: Table = TABLES[name].__table__  # type: ignore[attr-defined]
        for column in table.columns:
            for foreign in column.foreign_keys:
                target = foreign.column.table
                in_file = {
                    row[foreign.column.key]
                    for row in to_store.get(by_table.get(target.name, ""), [])
                }
                wanted = {row[column.key] for row in rows if row[column.key] is not None} - in_file
                found = _present(session, target, foreign.column.key, wanted)
                for row in rows:
                    if row[column.key] in wanted - found:
                        missing.append(f"{name} {row.get('reference') or row.get('id')} "
                                       f"({column.key})")  # fmt: skip
    if missing:
        raise InvalidInput(
            _("Nothing was imported: {n} records refer to records that are neither in the file "
              "nor in this vault: {list}.").format(n=len(missing), list="; ".join(missing[:20]))
        )  # fmt: skip


def _present(session: Session, table: Table, key: str, values: set[Any]) -> set[Any]:
    found: set[Any] = set()
    ordered = list(values)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        found |= set(session.scalars(select(table.c[key]).where(table.c[key].in_(chunk))))
    return found


def _check_answers(session: Session, to_store: dict[str, list[dict[str, Any]]]) -> None:
    """Each answer must be one a person could have given: a question of the inspection's own
    checklist, and a value it accepts (stored as the app stores it)."""
    from inspector.checklists.answers import PATH, normalise
    from inspector.checklists.loader import load_document
    from inspector.services.forms import form_of

    inspections = {row["id"]: row for row in to_store.get("inspections", [])}
    snapshots = {row["id"]: row for row in to_store.get("form_snapshots", [])}
    forms: dict[uuid.UUID, Any] = {}

    def form_for(inspection_id: uuid.UUID) -> Any:
        row = inspections.get(inspection_id)
        snapshot_id = row["form_snapshot_id"] if row else session.scalar(
            select(Inspection.form_snapshot_id).where(Inspection.id == inspection_id))  # fmt: skip
        if snapshot_id not in forms:
            if snapshot_id in snapshots:
                doc = snapshots[snapshot_id]
                forms[snapshot_id] = load_document(doc["content"], doc["form_id"])
            else:
                forms[snapshot_id] = form_of(session.get_one(FormSnapshot, snapshot_id))
        return forms[snapshot_id]

    for index, row in enumerate(to_store.get("answers", [])):
        where = f"answers[{index}]"
        form = form_for(row["inspection_id"])
        match = PATH.match(row["question_path"])
        question = form.all_questions().get(match.group("question")) if match else None
        if question is None:
            raise InvalidInput(_("{where}: the checklist has no question '{path}'.").format(
                where=where, path=row["question_path"][:100]))  # fmt: skip
        try:
            value = normalise(question, row["value"])
        except InvalidInput as exc:
            raise InvalidInput(f"{where}: {exc}") from None
        if value is None:
            raise InvalidInput(_("{where}: an empty answer.").format(where=where))
        row["value"] = value


def _settle_locks(
    uow: UnitOfWork,
    locked: list[tuple[uuid.UUID, Any, Any]],
    statements: dict[str, Any],
    trust: list[bytes],
    result: JsonImportResult,
) -> None:
    """Lock each inspection that was locked in the file if its signed lock statement verifies
    against the records as stored here; otherwise it stays completed, and says so."""
    from inspector.vault.seal import check_imported_lock

    session = uow.session
    session.flush()
    for inspection_id, updated_at, locked_at in locked:
        reference = session.scalar(
            select(Inspection.reference).where(Inspection.id == inspection_id)
        )
        check = check_imported_lock(
            session, inspection_id, statements.get(str(inspection_id)), trust
        )
        if check.kept:
            session.execute(
                update(Inspection.__table__)  # type: ignore[arg-type]
                .where(Inspection.__table__.c.id == inspection_id)  # type: ignore[attr-defined]
                .values(status=InspectionStatus.LOCKED, updated_at=updated_at, locked_at=locked_at)
            )
        else:
            notice = _("Inspection {reference} arrived completed, not locked: {reason}. Check it, "
                       "then lock it here if it is right.")  # fmt: skip
            result.notices.append(notice.format(reference=reference, reason=check.reason))
        append_event(
            session,
            actor=uow.actor,
            action="inspection.imported",
            entity_type="inspection",
            entity_id=str(inspection_id),
            inspection_id=inspection_id,
            details={
                "lock_kept": check.kept,
                "reason": check.reason,
                "signer": check.signer,
                # What 'audit verify' re-computes later: the digest and attachments signed.
                **(
                    {key: statements[str(inspection_id)][key] for key in ("digest", "attachments")}
                    if check.kept
                    else {}
                ),
            },
        )


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
) -> list[tuple[uuid.UUID, Any, Any]]:
    """Insert the records; inspections locked in the file go in completed (their lock is
    settled afterwards). Returns (id, updated_at, locked_at) of those."""
    session = uow.session
    locked: list[tuple[uuid.UUID, Any, Any]] = []
    for name, rows in to_store.items():
        if not rows:
            continue
        cls = TABLES[name]
        table: Table = cls.__table__  # type: ignore[attr-defined]
        if cls is Inspection:
            for row in rows:
                if row["status"] is InspectionStatus.LOCKED:
                    locked.append((row["id"], row["updated_at"], row["locked_at"]))
                    row["status"] = InspectionStatus.COMPLETED  # locked below, when all is in
                    row["locked_at"] = None
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
    return locked
