"""Importing an agency registry from CSV and XLSX files: columns found by their headers, every
row checked and each rejected one reported by line (as a spreadsheet numbers it), column and
reason; good rows stored in one transaction, known licence numbers updated in place."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector.errors import InvalidInput
from inspector.services.agencies import AgencyData, create_agency, list_agencies
from inspector.services.registry_import import (
    import_registry,
    plan_registry_import,
    read_registry,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import verify_chain
from inspector.vault.store import Vault
from inspector.vault.tables import Agency, AuditEvent, LicenceStatus, OutboxEntry
from tests.conftest import run_cli

HEADER = [
    "Licence No",
    "Name of agency",
    "Country",
    "City",
    "Contact person",
    "Status",
    "Issue date",
    "Expiry date",
    "Destinations",
]


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    """As a spreadsheet saves 'CSV UTF-8'; a cell may carry bytes that are not UTF-8, written
    as they are (surrogate escapes)."""
    with path.open("w", encoding="utf-8", errors="surrogateescape", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _import(vault: Vault, path: Path, **options: object):  # type: ignore[no-untyped-def]
    parsed = read_registry(path, **options)  # type: ignore[arg-type]
    with UnitOfWork(vault) as uow:
        return parsed, import_registry(uow, parsed)


def _agencies(vault: Vault) -> dict[str, Agency]:
    with vault.reading() as session:
        return {a.licence_number: a for a in session.scalars(select(Agency))}


def _agency(vault: Vault, licence: str) -> Agency:
    with vault.reading() as session:
        return session.scalars(select(Agency).where(Agency.licence_number == licence)).one()


def _count(vault: Vault, table: type) -> int:
    with vault.reading() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


# --- the acceptance test: 100,000 rows, 1% of them broken ---------------------------------------


def registry_rows(count: int) -> tuple[list[list[str]], dict[int, tuple[str, str]]]:
    """``count`` rows, 1% broken in four ways; the broken ones by line: (column letter, kind)."""
    rows: list[list[str]] = []
    broken: dict[int, tuple[str, str]] = {}
    names = ("Sagarmāthā Manpower", "नेपाल रोजगार सेवा", "Everest Overseas", "Café Himalaya")
    for index in range(count):
        licence = f"NP-RA-{index:06d}"
        name = f"{names[index % 4]} {index}"
        expiry = f"{1 + index % 28:02d}/{1 + index % 12:02d}/2027"
        line = index + 2  # the header is line 1
        if index % 100 == 57:
            kind = ("date", "licence", "duplicate", "encoding")[(index // 100) % 4]
            if kind == "date":
                expiry, letter = "31/02/2027", "H"
            elif kind == "licence":
                licence, letter = "", "A"
            elif kind == "duplicate":
                licence, letter = f"NP-RA-{index - 7:06d}", "A"
            else:  # a name pasted from a Windows-1252 file: é is byte 0xE9
                name, letter = f"Caf\udce9 Kathmandu {index}", "B"
            broken[line] = (letter, kind)
        rows.append(
            [licence, name, "NP", "Kathmandu", "Ram Bahadur", "Active", "2024-01-15", expiry,
             "QA; SA; AE"]
        )  # fmt: skip
    return rows, broken


@pytest.mark.slow
def test_20000_rows_with_1_percent_broken(vault: Vault, tmp_path: Path) -> None:
    """The figure for 100,000 rows against plain SQLite is a benchmark (BENCHMARKS.md,
    registry import), not a timed test."""
    rows, broken = registry_rows(20_000)
    path = write_csv(tmp_path / "registry.csv", rows)

    # --all-or-nothing: the broken rows are reported, and nothing at all is stored.
    parsed = read_registry(path)
    audit_before = _count(vault, AuditEvent)
    with UnitOfWork(vault) as uow:
        refused = import_registry(uow, parsed, all_or_nothing=True)
    assert not refused.stored and refused.rejected == 200
    assert _count(vault, Agency) == 0
    assert _count(vault, AuditEvent) == audit_before and _count(vault, OutboxEntry) == 0

    with UnitOfWork(vault) as uow:
        result = import_registry(uow, read_registry(path))

    # Every broken row is reported, precisely: its line, its column, and why.
    reported = {(p.line, p.letter): p for p in parsed.problems}
    assert set(reported) == {(line, letter) for line, (letter, _kind) in broken.items()}
    for line, (letter, kind) in broken.items():
        problem = reported[(line, letter)]
        expected = {
            "date": "'31/02/2027' is not a date",
            "licence": "licence number is missing",
            "duplicate": f"is already on line {line - 7}",
            "encoding": "not UTF-8 (byte 0xE9)",
        }[kind]
        assert expected in problem.reason, (line, problem)
        assert problem.column == HEADER[ord(letter) - ord("A")]
    assert parsed.rejected == 200 and len(parsed.rows) == 19_800

    # The good rows are stored, with an outbox entry each and one audit event for the import.
    assert (result.created, result.updated, result.rejected) == (19_800, 0, 200)
    assert _count(vault, Agency) == 19_800
    sample = _agency(vault, "NP-RA-000001")
    assert sample.name == "नेपाल रोजगार सेवा 1"
    assert sample.licence_valid_until == dt.date(2027, 2, 2)
    assert sample.licence_valid_from == dt.date(2024, 1, 15)
    assert sample.destination_countries == ["QA", "SA", "AE"]
    assert sample.licence_status is LicenceStatus.ACTIVE
    assert _count(vault, OutboxEntry) == 19_800
    with vault.reading() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action.like("agency.%")))
        (event,) = list(events)
        assert event.details["created"] == 19_800 and event.details["rejected"] == 200
        assert verify_chain(session).intact
        found = list_agencies(session, "sagarmatha 4004")  # without its accents, too
        assert [r.licence_number for r in found] == ["NP-RA-004004"]

    # A re-import updates in place: same agencies, new values, revision 2; new rows are added.
    before = _agency(vault, "NP-RA-000100")
    for index in range(0, 20_000, 100):
        rows[index][3] = "Pokhara"
    rows += [[f"NP-RA-NEW-{i}", f"Newcomer {i}", "NP", "Biratnagar", "", "", "", "", ""]
             for i in range(5)]  # fmt: skip
    changed = write_csv(tmp_path / "registry-2.csv", rows)
    _parsed, again = _import(vault, changed)
    assert (again.created, again.updated, again.unchanged) == (5, 200, 19_600)
    assert _count(vault, Agency) == 19_805
    moved = _agency(vault, "NP-RA-000100")
    assert moved.id == before.id and moved.city == "Pokhara" and moved.revision == 2
    kept = _agency(vault, "NP-RA-000101")
    assert kept.revision == 1 and kept.city == "Kathmandu"
    assert _agency(vault, "NP-RA-NEW-3").licence_status is LicenceStatus.ACTIVE
    with vault.reading() as session:
        pokhara = {r.licence_number for r in list_agencies(session, "pokhara")}
        assert len(pokhara) == 200 and "NP-RA-000100" in pokhara
        revisions = session.scalars(
            select(OutboxEntry.revision).where(OutboxEntry.entity_id == str(moved.id))
        ).all()
        assert sorted(revisions) == [1, 2]
        assert verify_chain(session).intact


# --- smaller files: headers, encodings, dates, spreadsheets -------------------------------------


def test_headers_are_matched_by_their_usual_names_and_by_mapping(
    vault: Vault, tmp_path: Path
) -> None:
    header = ["License number", "Name of the agency", "Country code", "Tel.", "Remarks"]
    path = write_csv(tmp_path / "a.csv", [["PH-1", "Manila Staffing", "ph", "+63 2 555", "x"]],
                     header)  # fmt: skip
    parsed, result = _import(vault, path)
    assert parsed.mapping == {
        "licence_number": "License number",
        "name": "Name of the agency",
        "country": "Country code",
        "phone": "Tel.",
    }
    assert parsed.ignored == ["Remarks"]
    assert result.created == 1
    assert _agencies(vault)["PH-1"].country == "PH"

    odd = write_csv(tmp_path / "b.csv", [["PH-2", "Cebu Jobs", "PH", "Ana Cruz"]],
                    ["Ref", "Agency", "Nation", "Boss"])  # fmt: skip
    with pytest.raises(InvalidInput, match="No column for the licence number, country"):
        read_registry(odd)
    parsed = read_registry(
        odd, mapping={"Ref": "licence_number", "C": "country", "boss": "responsible person"}
    )
    assert parsed.mapping["country"] == "Nation" and len(parsed.rows) == 1
    with pytest.raises(InvalidInput, match="not a field"):
        read_registry(odd, mapping={"Ref": "licence", "Nation": "nationality"})

    both = write_csv(tmp_path / "c.csv", [["1", "A", "NP", "NP"]],
                     ["Licence", "Name", "Country", "Country code"])  # fmt: skip
    with pytest.raises(InvalidInput, match="both look like the country"):
        read_registry(both)
    assert read_registry(both, mapping={"Country code": "ignore"}).rows


def test_line_numbers_count_blank_rows_and_quoted_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "Licence No;Name;Country\n"
        'NP-1;"Everest\nManpower";NP\n'  # one spreadsheet row: line 2
        "\n"  # line 3, blank
        "NP-2;;NP\n",  # line 4
        "utf-8",
    )
    parsed = read_registry(path)
    assert parsed.encoding == "UTF-8, semicolon-separated"
    assert [(p.line, p.letter) for p in parsed.problems] == [(4, "B")]
    assert parsed.rows[0] == (2, ("NP-1", "Everest\nManpower", "NP"))


def test_a_windows_1252_file_is_detected_and_said(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes("Licence No,Name,Country,City\r\nSN-1,Société Sénégal Emploi,SN,Thiès\r\n"
                     .encode("cp1252"))  # fmt: skip
    parsed, result = _import(vault, path)
    assert parsed.encoding.startswith("Windows-1252")
    assert any("not UTF-8" in notice for notice in parsed.notices)
    assert result.created == 1 and _agencies(vault)["SN-1"].name == "Société Sénégal Emploi"

    forced = read_registry(path, encoding="latin-1")
    assert forced.rows[0][1][1] == "Société Sénégal Emploi" and not forced.notices
    with pytest.raises(InvalidInput, match=r"not utf-8: byte 0xE9 on line 2"):
        read_registry(path, encoding="utf-8")

    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes("Licence No\tName\tCountry\nBD-1\tঢাকা এজেন্সি\tBD\n".encode("utf-16"))
    parsed = read_registry(utf16)
    assert parsed.encoding == "UTF-16, tab-separated" and parsed.rows[0][1][1] == "ঢাকা এজেন্সি"


def test_dates_in_the_forms_spreadsheets_write_them(tmp_path: Path) -> None:
    forms = [
        "2027-03-31", "31/03/2027", "31.03.27", "31-Mar-2027", "31 March 2027",
        "Mar 31, 2027", "31/03/2027 00:00", "46477", "2027-03-31T00:00:00",
    ]  # fmt: skip
    rows = [[f"NP-{i}", "A", "NP", "", "", "", "", value, ""] for i, value in enumerate(forms)]
    parsed = read_registry(write_csv(tmp_path / "d.csv", rows))
    assert parsed.problems == []
    expiry = parsed.fields.index("licence_valid_until")
    assert {values[expiry] for _line, values in parsed.rows} == {dt.date(2027, 3, 31)}

    us = write_csv(tmp_path / "us.csv", [["US-1", "A", "US", "", "", "", "", "03/31/2027", ""]])
    (problem,) = read_registry(us).problems
    assert problem.letter == "H" and "--date-order mdy" in problem.reason
    assert read_registry(us, date_order="mdy").rows[0][1][expiry] == dt.date(2027, 3, 31)

    ends_first = write_csv(
        tmp_path / "e.csv", [["NP-9", "A", "NP", "", "", "", "2027-01-01", "2026-01-01", ""]]
    )
    (problem,) = read_registry(ends_first).problems
    assert (problem.line, problem.letter) == (2, "H") and "ends before it starts" in problem.reason


def test_an_excel_workbook_with_date_cells_and_numbers(vault: Vault, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Registration No", "Agency name", "Country", "Phone", "Valid until", "Status"])
    sheet.append([20451, "Dhaka Overseas", "BD", 8801711000111, dt.datetime(2027, 6, 30),
                  "Suspended"])  # fmt: skip
    sheet.append(["BD-2", "Chittagong Jobs", "BD", None, 46477, "valid"])  # a date as a number
    sheet.append(["BD-3", "Sylhet Travels", "BD", None, "30/06/2027", "closed"])
    path = tmp_path / "registry.xlsx"
    book.save(path)
    parsed, result = _import(vault, path)
    assert parsed.encoding == "XLSX"
    assert [(p.line, p.letter, p.column) for p in parsed.problems] == [(4, "F", "Status")]
    assert result.created == 2
    stored = _agencies(vault)
    assert stored["20451"].phone == "8801711000111"
    assert stored["20451"].licence_valid_until == dt.date(2027, 6, 30)
    assert stored["20451"].licence_status is LicenceStatus.SUSPENDED
    assert stored["BD-2"].licence_valid_until == dt.date(2027, 3, 31)


def test_an_update_keeps_what_the_file_does_not_say(vault: Vault, tmp_path: Path) -> None:
    with UnitOfWork(vault) as uow:
        create_agency(
            uow,
            AgencyData("NP-7", "Old Name", "NP", phone="+977 1 555", city="Kathmandu",
                       licence_status=LicenceStatus.SUSPENDED),
        )  # fmt: skip
    path = tmp_path / "u.csv"
    path.write_text("Licence No,Name,Country,City,Status\nNP-7,New Name,NP,Pokhara,\n", "utf-8")
    _parsed, result = _import(vault, path)
    assert result.updated == 1
    agency = _agencies(vault)["NP-7"]
    assert (agency.name, agency.city, agency.phone) == ("New Name", "Pokhara", "+977 1 555")
    assert agency.licence_status is LicenceStatus.SUSPENDED  # an empty status cell keeps it
    with vault.reading() as session:
        assert [r.licence_number for r in list_agencies(session, "new name")] == ["NP-7"]
        assert list_agencies(session, "old name") == []
        assert plan_registry_import(session, read_registry(path)).unchanged == 1


def test_the_import_command(vault_folder: Path, passphrase_file: Path, tmp_path: Path) -> None:
    rows = [["NP-1", "=HYPERLINK(\"http://x\")", "NP", "", "", "", "", "", ""],
            ["", "No Licence", "NP", "", "", "", "", "", ""]]  # fmt: skip
    path = write_csv(tmp_path / "r.csv", rows)
    report = tmp_path / "problems.csv"
    args = ["--vault", str(vault_folder), "--passphrase-file", str(passphrase_file)]
    result = run_cli(*args, "agencies", "import", str(path), "--all-or-nothing")
    assert result.returncode == 1 and "Nothing was imported" in result.stdout
    assert "line 3, column A (Licence No): The licence number is missing" in result.stdout
    result = run_cli(*args, "agencies", "import", str(path), "--report", str(report))
    assert result.returncode == 11, result.stderr
    assert "Imported: 1 new agency, 0 updated, 0 unchanged, 1 row rejected." in result.stdout
    with report.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1] == [
            "3", "A", "Licence No", "The licence number is missing"
        ]  # fmt: skip
    again = run_cli(*args, "agencies", "import", str(path), "--dry-run")
    assert again.returncode == 11 and "0 new agencies, 0 updated, 1 unchanged" in again.stdout
