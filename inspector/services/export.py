"""Exporting inspections, findings, corrective actions and complaints for analysts (CSV, XLSX)
and for another vault (JSON, which ``inspector import-json`` reads back).

What stays out unless asked for with ``include_confidential``: worker interviews (answers,
notes, codes), the identities kept for worker and complainant codes, a complaint's complainant
code and its summary (a free-text account that can name the complainant), answers to
confidential questions and the answers of confidential questions quoted in a finding's
evidence. Attachments never leave in an export (evidence packages carry them). Every export is
recorded in the audit trail, saying whether it held confidential data.

A JSON export also carries, for each locked inspection, its signed lock statement (the content
digest, the attachments' hashes, the signature and the signer's certificate), so that the vault
reading it keeps the lock only when the records it gets are the ones that were locked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import String, Table, func, select, type_coerce
from sqlalchemy.orm import Session

from inspector import __version__
from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.forms import form_of
from inspector.services.registry_values import normalise_identifier
from inspector.services.tables_out import plain, write_csv, write_json, write_xlsx
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import append_event
from inspector.vault.tables import (
    Agency,
    Answer,
    Complaint,
    ComplaintReferral,
    ComplaintStatus,
    CorrectiveAction,
    Finding,
    FormSnapshot,
    Inspection,
    InspectionStatus,
    WorkerIdentity,
    WorkerInterview,
)

FORMAT = "field-inspector-export"
FORMAT_VERSION = 1
FORMATS = ("csv", "xlsx", "json")
JSON_FILE = "export.json"
XLSX_FILE = "export.xlsx"
MANIFEST_FILE = "manifest.json"

# Tables in the order a vault can take them back (a row's references come before it).
TABLES: dict[str, type] = {
    "agencies": Agency,
    "form_snapshots": FormSnapshot,
    "complaints": Complaint,
    "complaint_referrals": ComplaintReferral,
    "inspections": Inspection,
    "answers": Answer,
    "findings": Finding,
    "corrective_actions": CorrectiveAction,
    "worker_interviews": WorkerInterview,
    "worker_identities": WorkerIdentity,
}
CONFIDENTIAL_TABLES = ("worker_interviews", "worker_identities")
CONFIDENTIAL_COLUMNS = {"complaints": ("complainant_code", "summary")}
# For analysts: the reference tables of the JSON export stay out of CSV and XLSX.
SHEETS = (
    "inspections",
    "findings",
    "corrective_actions",
    "answers",
    "complaints",
    "complaint_referrals",
    "worker_interviews",
    "worker_identities",
)


@dataclass(frozen=True)
class ExportFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    agency: str | None = None  # licence number
    status: str | None = None  # an inspection status or a complaint status

    def describe(self) -> dict[str, str]:
        return {k: plain(v) for k, v in vars(self).items() if v is not None}


@dataclass
class ExportData:
    tables: dict[str, list[dict[str, Any]]]
    include_confidential: bool
    filters: ExportFilter
    exported_at: dt.datetime
    left_out: list[str] = field(default_factory=list)  # what was kept back, for the manifest
    locks: dict[str, dict[str, Any]] = field(default_factory=dict)  # inspection id -> statement

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


def columns_of(table: type) -> list[str]:
    """A table's columns, id first and the bookkeeping ones last."""
    names = [column.key for column in table.__table__.columns]  # type: ignore[attr-defined]
    last = [n for n in ("revision", "created_at", "updated_at") if n in names]
    rest = [n for n in names if n != "id" and n not in last]
    return (["id"] if "id" in names else []) + rest + last


def _rows(session: Session, table: type, *where: Any) -> list[dict[str, Any]]:
    core: Table = table.__table__  # type: ignore[attr-defined]
    names = columns_of(table)
    query = select(*[core.c[name] for name in names]).where(*where)
    order = core.c.get("created_at") if "created_at" in core.c else None
    if order is not None:
        query = query.order_by(order, core.c[names[0]])
    return [dict(zip(names, row, strict=True)) for row in session.execute(query)]


def _day(column: Any) -> Any:
    return func.date(type_coerce(column, String))


def _check_status(status: str | None) -> tuple[InspectionStatus | None, ComplaintStatus | None]:
    if status is None:
        return None, None
    inspection = {s.value: s for s in InspectionStatus}.get(status)
    complaint = {s.value: s for s in ComplaintStatus}.get(status)
    if inspection is None and complaint is None:
        raise InvalidInput(
            _("Unknown status '{status}'. Inspections: {inspections}; complaints: "
              "{complaints}.").format(
                status=status,
                inspections=", ".join(s.value for s in InspectionStatus),
                complaints=", ".join(s.value for s in ComplaintStatus))
        )  # fmt: skip
    return inspection, complaint


def _confidential_questions(
    session: Session, snapshot_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, set[str] | None]:
    """For each form snapshot, the ids of its confidential questions (None: the whole form is
    confidential)."""
    found: dict[uuid.UUID, set[str] | None] = {}
    for snapshot in session.scalars(
        select(FormSnapshot).where(FormSnapshot.id.in_(list(snapshot_ids)))
    ):
        form = form_of(snapshot)
        found[snapshot.id] = (
            None
            if form.confidential
            else {q.id for q in form.all_questions().values() if q.confidential}
        )
    return found


def _question_id(path: str) -> str:
    return path.rsplit(".", 1)[-1].split("[", 1)[0]


def _hidden(path: str | None, confidential: set[str] | None) -> bool:
    return confidential is None or (path is not None and _question_id(path) in confidential)


def gather_export(
    session: Session, filters: ExportFilter, *, include_confidential: bool = False
) -> ExportData:
    """The records an export holds, as plain column -> value rows."""
    if filters.since and filters.until and filters.until < filters.since:
        raise InvalidInput(_("--until is before --since."))
    inspection_status, complaint_status = _check_status(filters.status)
    agency_id = None
    if filters.agency:
        agency_id = session.scalar(
            select(Agency.id).where(Agency.licence_number == normalise_identifier(filters.agency))
        )
        if agency_id is None:
            raise NotFound(
                _("No agency with licence number {licence}.").format(licence=filters.agency)
            )

    inspection_where: list[Any] = []
    complaint_where: list[Any] = []
    day = func.coalesce(
        _day(Inspection.started_at),
        _day(Inspection.planned_date),
        _day(Inspection.created_at),
    )
    received = _day(Complaint.received_at)
    if filters.since:
        since = type_coerce(filters.since.isoformat(), String)
        inspection_where.append(day >= since)
        complaint_where.append(received >= since)
    if filters.until:
        until = type_coerce(filters.until.isoformat(), String)
        inspection_where.append(day <= until)
        complaint_where.append(received <= until)
    if agency_id is not None:
        inspection_where.append(Inspection.agency_id == agency_id)
        complaint_where.append(Complaint.agency_id == agency_id)
    if inspection_status is not None:
        inspection_where.append(Inspection.status == inspection_status)
    if complaint_status is not None:
        complaint_where.append(Complaint.status == complaint_status)

    # A status of one kind of record leaves the other kind out.
    inspections = [] if complaint_status else _rows(session, Inspection, *inspection_where)
    complaints = [] if inspection_status else _rows(session, Complaint, *complaint_where)
    # The complaints that exported inspections followed come along, whatever the filters.
    listed = {row["id"] for row in complaints}
    followed = {row["complaint_id"] for row in inspections if row["complaint_id"]} - listed
    if followed:
        complaints += _rows(session, Complaint, Complaint.id.in_(sorted(followed)))
    inspection_ids = [row["id"] for row in inspections]
    complaint_ids = [row["id"] for row in complaints]

    def children(table: type, column: str, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
        if not ids:
            return []
        return _rows(session, table, getattr(table, column).in_(ids))

    tables: dict[str, list[dict[str, Any]]] = {
        "complaints": complaints,
        "complaint_referrals": children(ComplaintReferral, "complaint_id", complaint_ids),
        "inspections": inspections,
        "answers": children(Answer, "inspection_id", inspection_ids),
        "findings": children(Finding, "inspection_id", inspection_ids),
        "corrective_actions": children(CorrectiveAction, "inspection_id", inspection_ids),
    }
    interviews = children(WorkerInterview, "inspection_id", inspection_ids)
    snapshot_ids = {row["form_snapshot_id"] for row in inspections}
    snapshot_ids |= {row["form_snapshot_id"] for row in interviews if row["form_snapshot_id"]}
    agency_ids = {row["agency_id"] for row in inspections}
    agency_ids |= {row["agency_id"] for row in complaints if row["agency_id"]}
    tables["agencies"] = _rows(session, Agency, Agency.id.in_(list(agency_ids)))
    tables["form_snapshots"] = _rows(session, FormSnapshot, FormSnapshot.id.in_(list(snapshot_ids)))
    left_out: list[str] = []
    if include_confidential:
        codes = {row["code"] for row in interviews} | {
            row["complainant_code"] for row in complaints
        }
        tables["worker_interviews"] = interviews
        tables["worker_identities"] = _rows(
            session, WorkerIdentity, WorkerIdentity.code.in_(sorted(codes))
        )
    else:
        left_out = _redact(session, tables)
    tables = {name: tables[name] for name in TABLES if name in tables}
    return ExportData(
        tables,
        include_confidential,
        filters,
        dt.datetime.now(dt.UTC),
        left_out,
        lock_statements(session, [row["id"] for row in inspections
                                  if row["status"] is InspectionStatus.LOCKED]),
    )  # fmt: skip


def lock_statements(session: Session, inspection_ids: list[uuid.UUID]) -> dict[str, dict[str, Any]]:
    """The signed lock statement of each locked inspection that has one (inspections locked
    before lock digests existed have none), with the signer's certificate (PEM)."""
    from inspector.reports.certificates import to_pem
    from inspector.vault.seal import LOCK_ACTION
    from inspector.vault.tables import AuditEvent, SigningIdentity

    found: dict[str, dict[str, Any]] = {}
    for inspection_id in inspection_ids:
        details = session.scalar(
            select(AuditEvent.details)
            .where(AuditEvent.inspection_id == inspection_id, AuditEvent.action == LOCK_ACTION)
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        )
        if not isinstance(details, dict) or "digest" not in details:
            continue
        statement = {key: details[key] for key in
                     ("digest", "attachments", "algorithm", "signature", "signer")
                     if key in details}  # fmt: skip
        if "signer" in details:
            certificate = session.scalar(
                select(SigningIdentity.certificate).where(
                    SigningIdentity.fingerprint == details["signer"]
                )
            )
            if certificate is not None:
                statement["certificate"] = to_pem(certificate)
        found[str(inspection_id)] = statement
    return found


def _redact(session: Session, tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Take confidential data out of an export without --include-confidential."""
    for row in tables["complaints"]:
        for column in CONFIDENTIAL_COLUMNS["complaints"]:
            row.pop(column, None)
    snapshot_of = {row["id"]: row["form_snapshot_id"] for row in tables["inspections"]}
    confidential = _confidential_questions(session, set(snapshot_of.values()))
    answers = tables["answers"]
    kept = [
        row
        for row in answers
        if not _hidden(
            row["question_path"], confidential.get(snapshot_of[row["inspection_id"]], set())
        )
    ]
    tables["answers"] = kept
    for row in tables["findings"]:
        hidden = confidential.get(snapshot_of[row["inspection_id"]], set())
        quoted = row["evidence"].get("answers") if isinstance(row["evidence"], dict) else None
        if isinstance(quoted, dict):
            row["evidence"] = {
                **row["evidence"],
                "answers": {p: v for p, v in quoted.items() if not _hidden(p, hidden)},
            }
    return [
        "worker_interviews",
        "worker_identities",
        "complaints.complainant_code",
        "complaints.summary",
        f"answers to confidential questions ({len(answers) - len(kept)})",
        "attachments",
    ]


# --- writing ----------------------------------------------------------------------------------


def _flat(data: ExportData) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """The tables as analysts read them: agency licence and name beside each inspection and
    complaint, the inspection reference beside each finding, action and answer."""
    agencies = {row["id"]: row for row in data.tables.get("agencies", [])}
    references = {row["id"]: row["reference"] for row in data.tables.get("inspections", [])}
    sheets: dict[str, tuple[list[str], list[list[Any]]]] = {}
    for name in SHEETS:
        if name not in data.tables:
            continue
        rows = data.tables[name]
        columns = [c for c in columns_of(TABLES[name]) if any(c in row for row in rows) or not rows]
        extra: list[str] = []
        if name in ("inspections", "complaints"):
            extra = ["agency_licence_number", "agency_name"]
        elif name in ("findings", "corrective_actions", "answers", "worker_interviews"):
            extra = ["inspection_reference"]
        body = []
        for row in rows:
            values = [row.get(c) for c in columns]
            if extra and extra[0] == "agency_licence_number":
                agency = agencies.get(row.get("agency_id"), {})
                values += [agency.get("licence_number"), agency.get("name")]
            elif extra:
                values.append(references.get(row.get("inspection_id")))
            body.append(values)
        sheets[name] = (columns + extra, body)
    return sheets


def json_document(data: ExportData) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": data.exported_at.isoformat(),
        "filters": data.filters.describe(),
        "include_confidential": data.include_confidential,
        "left_out": data.left_out,
        "locks": data.locks,
        "tables": {
            name: [{key: plain(value) for key, value in row.items()} for row in rows]
            for name, rows in data.tables.items()
        },
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_export(
    data: ExportData, folder: Path, fmt: str, *, overwrite: bool = False
) -> list[Path]:
    """Write the export into ``folder`` (made if missing) and a manifest.json listing each file
    with its SHA-256; the files written."""
    if fmt not in FORMATS:
        raise InvalidInput(_("Export formats: {formats}.").format(formats=", ".join(FORMATS)))
    sheets = _flat(data) if fmt != "json" else {}
    names = {
        "csv": [f"{name}.csv" for name in sheets],
        "xlsx": [XLSX_FILE],
        "json": [JSON_FILE],
    }[fmt] + [MANIFEST_FILE]
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # lexists: a symbolic link planted where a file goes counts as taken (and --force replaces
    # the link itself, never what it points to).
    taken = [name for name in names if os.path.lexists(folder / name)]
    if taken and not overwrite:
        raise InvalidInput(
            _("{folder} already holds {names}; choose an empty folder or add --force.").format(
                folder=folder, names=", ".join(taken)
            )
        )
    written: list[Path] = []
    try:
        _write_files(data, folder, fmt, sheets, written)
    except BaseException:
        # A full disk half-way: no half-written export is left to be taken for a whole one.
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return written


def _write_files(
    data: ExportData,
    folder: Path,
    fmt: str,
    sheets: dict[str, tuple[list[str], list[list[Any]]]],
    written: list[Path],
) -> None:
    """Write the export's files, noting each in ``written`` before it is begun."""
    if fmt == "csv":
        for name, (headers, rows) in sheets.items():
            written.append(folder / f"{name}.csv")
            write_csv(folder / f"{name}.csv", headers, rows)
    elif fmt == "xlsx":
        written.append(folder / XLSX_FILE)
        write_xlsx(folder / XLSX_FILE, [(name, h, r) for name, (h, r) in sheets.items()])
    else:
        written.append(folder / JSON_FILE)
        write_json(folder / JSON_FILE, json_document(data))
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": data.exported_at.isoformat(),
        "filters": data.filters.describe(),
        "include_confidential": data.include_confidential,
        "left_out": data.left_out,
        "counts": data.counts(),
        "csv": "UTF-8 with a byte-order mark, comma-separated; times in UTC; a cell starting "
        "with = + - @ gets a leading apostrophe so that no spreadsheet runs it as a formula"
        if fmt == "csv"
        else None,
        "files": {path.name: {"sha256": _sha256(path)} for path in written},
    }
    written.append(folder / MANIFEST_FILE)
    write_json(folder / MANIFEST_FILE, manifest)


@dataclass(frozen=True)
class ExportDone:
    files: list[Path]
    counts: dict[str, int]
    include_confidential: bool


def export_records(
    uow: UnitOfWork,
    folder: Path,
    fmt: str,
    filters: ExportFilter,
    *,
    include_confidential: bool = False,
    overwrite: bool = False,
) -> ExportDone:
    """Gather, write and audit an export, in one unit of work."""
    data = gather_export(uow.session, filters, include_confidential=include_confidential)
    files = write_export(data, folder, fmt, overwrite=overwrite)
    append_event(
        uow.session,
        actor=uow.actor,
        action="data.exported",
        entity_type="export",
        entity_id=str(uuid.uuid4()),
        details={
            "format": fmt,
            "confidential": include_confidential,
            "filters": filters.describe(),
            "counts": data.counts(),
        },
    )
    return ExportDone(files, data.counts(), include_confidential)
