"""Exports: the JSON export read into an empty vault gives the same records; confidential data
stays out unless asked for; CSV files open in a spreadsheet as they should (UTF-8 with BOM,
no cell a spreadsheet would run as a formula)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspector.errors import InvalidInput, NotFound
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.export import TABLES, ExportFilter, columns_of, export_records
from inspector.services.findings import add_corrective_action, add_finding
from inspector.services.inspections import start_inspection
from inspector.services.json_import import import_json_export, read_export
from inspector.services.tables_out import FORMULA_STARTS, plain
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import verify_chain
from inspector.vault.store import Vault, unlock_vault
from inspector.vault.tables import AuditEvent, Inspection, Severity
from tests.conftest import PASSPHRASE, run_cli, small_form
from tests.reports.fixtures import IDENTITIES, INTERVIEW_NOTE, DemoVault


def _table(vault: Vault, cls: type) -> dict[Any, dict[str, Any]]:
    core = cls.__table__  # type: ignore[attr-defined]
    names = columns_of(cls)
    key = "code" if "code" in names and "id" not in names[:1] else names[0]
    with vault.reading() as session:
        rows = session.execute(select(*[core.c[n] for n in names])).all()
    return {
        row[names.index(key)]: {n: plain(v) for n, v in zip(names, row, strict=True)}
        for row in rows
    }


def _export(vault: Vault, folder: Path, fmt: str, **options: Any) -> list[Path]:
    filters = options.pop("filters", ExportFilter())
    with UnitOfWork(vault) as uow:
        return export_records(uow, folder, fmt, filters, **options).files


def test_json_export_read_into_an_empty_vault_gives_the_same_records(
    demo_vault: Vault, vault: Vault, tmp_path: Path
) -> None:
    _export(demo_vault, tmp_path / "out", "json", include_confidential=True)
    document, sha256 = read_export(tmp_path / "out")
    with UnitOfWork(vault) as uow:
        result = import_json_export(uow, document, sha256)
    assert result.stored["inspections"] == len(document["tables"]["inspections"]) > 5
    # The demo locked its inspections before it had a signing certificate: their locks are not
    # signed, so they arrive completed, not locked (issue 15), each saying so.
    locked = {i for i, row in _table(demo_vault, Inspection).items() if row["status"] == "locked"}
    assert locked and all("not locked" in notice for notice in result.notices)
    for name, cls in TABLES.items():
        source, target = _table(demo_vault, cls), _table(vault, cls)
        if name == "agencies":  # the agencies the records name, not the whole registry
            assert target and all(source[key] == row for key, row in target.items())
        elif name == "inspections":
            for key in locked:
                source[key] = {**source[key], "status": "completed", "locked_at": None}
            assert target == source, name
        else:
            assert target == source, name
    with vault.reading() as session:
        assert verify_chain(session).intact
        events = session.scalars(select(AuditEvent.action)).all()
    assert events == ["inspection.imported"] * len(locked) + ["data.imported"]

    # Read again: everything is there already; nothing changes.
    with UnitOfWork(vault) as uow:
        again = import_json_export(uow, document, sha256)
    assert again.stored == {} and again.already_there["inspections"] == result.stored["inspections"]
    # A record changed since is a conflict, and then nothing at all is stored.
    document["tables"]["findings"][0]["title"] = "Edited elsewhere"
    document["tables"]["complaints"][0]["id"] = "0" * 8 + "-0000-4000-8000-" + "0" * 12
    with UnitOfWork(vault) as uow, pytest.raises(InvalidInput, match="conflict"):
        import_json_export(uow, document, sha256)


def _all_text(folder: Path) -> str:
    """Every character of every file of an export, XLSX cells included."""
    text = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".xlsx":
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True)
            for sheet in book.worksheets:
                for row in sheet.iter_rows(values_only=True):
                    text.extend(str(v) for v in row if v is not None)
            with zipfile.ZipFile(path) as archive:
                text.extend(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
        else:
            text.append(path.read_bytes().decode("utf-8"))
    return "\n".join(text)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_confidential_data_only_when_asked_for(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path, fmt: str
) -> None:
    _export(demo_vault, tmp_path / "plain", fmt)
    _export(demo_vault, tmp_path / "all", fmt, include_confidential=True)
    plain_text, full_text = _all_text(tmp_path / "plain"), _all_text(tmp_path / "all")
    secrets = [name for name, _contact, _doc in IDENTITIES] + [
        contact for _name, contact, _doc in IDENTITIES
    ]
    secrets += [INTERVIEW_NOTE, demo.complaint_summary, *demo.codes]
    assert [s for s in secrets if s in plain_text] == []
    assert all(s in full_text for s in [*secrets[:1], INTERVIEW_NOTE, demo.codes[0]])
    assert demo.interviewed in plain_text  # the inspection itself is there


def _injection_vault(vault: Vault) -> None:
    with UnitOfWork(vault) as uow:
        agency = create_agency(uow, AgencyData("NP-77", '=HYPERLINK("http://evil")', "NP"))
        inspection = start_inspection(
            uow, agency, small_form(), place="@SUM(A1:A9)", team=["+1 555 0100", "-Ana"]
        )
        finding = add_finding(
            uow, inspection, severity=Severity.MAJOR, title="=1+1", description="\tTab first"
        )
        add_finding(uow, inspection, severity=Severity.MINOR, title="x", description="\rCR")
        add_corrective_action(uow, finding, "-Fix it", dt.date(2027, 1, 31))


def test_csv_files_open_as_text_in_a_spreadsheet(vault: Vault, tmp_path: Path) -> None:
    _injection_vault(vault)
    files = _export(vault, tmp_path / "csv", "csv")
    cells = []
    for path in files:
        if path.suffix != ".csv":
            continue
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert all(len(row) == len(rows[0]) for row in rows), path
        cells += [cell for row in rows for cell in row]
    assert [c for c in cells if c.startswith(FORMULA_STARTS)] == []
    for guarded in ("'=1+1", "'@SUM(A1:A9)", "'\tTab first", "'\rCR", "'-Fix it",
                    "'=HYPERLINK(\"http://evil\")"):  # fmt: skip
        assert guarded in cells, guarded
    assert "2027-01-31" in cells  # dates as spreadsheets read them
    manifest = json.loads((tmp_path / "csv" / "manifest.json").read_text("utf-8"))
    assert "byte-order mark" in manifest["csv"]

    from openpyxl import load_workbook

    (xlsx, _manifest) = _export(vault, tmp_path / "xlsx", "xlsx")
    book = load_workbook(xlsx)
    findings = book["findings"]
    values = {(cell.value, cell.data_type) for row in findings.iter_rows() for cell in row}
    assert ("=1+1", "s") in values  # text, not a formula
    assert not any(cell.data_type == "f" for s in book for row in s.iter_rows() for cell in row)


def test_filters(demo: DemoVault, demo_vault: Vault, tmp_path: Path) -> None:
    def exported(**filters: Any) -> dict[str, list[dict[str, Any]]]:
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        _export(demo_vault, folder, "json", filters=ExportFilter(**filters))
        return json.loads((folder / "export.json").read_text("utf-8"))["tables"]

    everything = exported()
    locked = exported(status="locked")
    assert {row["status"] for row in locked["inspections"]} == {"locked"}
    assert len(locked["inspections"]) < len(everything["inspections"])
    ids = {row["id"] for row in locked["inspections"]}
    assert {row["inspection_id"] for row in locked["findings"]} <= ids
    # The complaints a locked complaint-driven inspection followed come along.
    followed = {r["complaint_id"] for r in locked["inspections"] if r["complaint_id"]}
    assert followed == {row["id"] for row in locked["complaints"]}
    assert exported(status="closed")["inspections"] == []
    licence = everything["agencies"][0]["licence_number"]
    one = exported(agency=licence)
    assert {row["licence_number"] for row in one["agencies"]} == {licence}
    # An inspection's day: when it started, else when it is planned, else when it was made.
    later = dt.date.today() + dt.timedelta(days=3650)
    assert exported(since=later)["inspections"] == []
    assert len(exported(until=later)["inspections"]) == len(everything["inspections"])
    assert exported(until=dt.date(2000, 1, 1))["complaints"] == []
    with pytest.raises(InvalidInput, match="Unknown status"):
        exported(status="finished")
    with pytest.raises(NotFound):
        exported(agency="NO-SUCH-LICENCE")


def test_export_and_import_json_commands(
    demo: DemoVault, vault_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    secret = ["--passphrase-file", str(passphrase_file)]
    out = tmp_path / "export"
    result = run_cli("--vault", str(demo.folder), *secret, "export", "--format", "json",
                     "-o", str(out), "--include-confidential")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "WARNING" in result.stderr and "in clear" in result.stderr
    again = run_cli("--vault", str(demo.folder), *secret, "export", "--format", "json",
                    "-o", str(out))  # fmt: skip
    assert again.returncode == 1 and "--force" in again.stderr
    result = run_cli("--vault", str(vault_folder), *secret, "import-json", str(out))
    assert result.returncode == 0, result.stderr
    assert "Stored: agencies" in result.stdout
    with unlock_vault(vault_folder, PASSPHRASE) as vault, vault.reading() as session:
        assert verify_chain(session).intact
