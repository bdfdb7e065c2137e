"""Issue 15, bombs and special files: archives that unpack a thousandfold, a declared sheet size
of a million rows, key derivation parameters no app writes, /dev/zero and FIFOs. Each is refused
at once, with the bound that was hit named, and nothing is changed. The hostile files are made
here."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from inspector.errors import FormInvalid, InvalidInput, VaultDamaged
from inspector.reports.package import verify_package
from inspector.services.registry_import import read_registry
from inspector.vault.backup import read_manifest, restore_backup
from inspector.vault.store import Vault
from tests.conftest import PASSPHRASE, file_hashes, run_cli

BOMB_BYTES = 40 * 1024 * 1024  # unpacks to this; packs to about 40 KB


def _registry_workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["licence_number", "name", "country"])
    sheet.append(["NP-RA-0001", "Himal Recruiters", "NP"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_member(workbook: bytes, name: str, content: bytes) -> bytes:
    """The workbook with one member replaced (or added), deflated at the highest level."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            if info.filename != name:
                new.writestr(info, old.read(info))
        new.writestr(name, content, zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


def _sheet_bomb() -> bytes:
    row = b'<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>'
    body = row * (BOMB_BYTES // len(row))
    return _with_member(
        _registry_workbook(),
        "xl/worksheets/sheet1.xml",
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>" + body + b"</sheetData></worksheet>",
    )


def test_a_workbook_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "registry.xlsx"
    path.write_bytes(_sheet_bomb())
    assert path.stat().st_size < 1024 * 1024
    started = time.monotonic()
    with pytest.raises(InvalidInput, match=r"expands \d+ times.*at most 200 times"):
        read_registry(path)
    assert time.monotonic() - started < 2


def test_a_declared_million_by_16384_sheet_is_not_padded(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    workbook = _registry_workbook()
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    declared = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', sheet)
    assert declared != sheet
    path = tmp_path / "registry.xlsx"
    path.write_bytes(_with_member(workbook, "xl/worksheets/sheet1.xml", declared))
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(passphrase_file),
        "agencies", "import", str(path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Imported: 1 new agenc" in result.stdout


def test_an_xlsform_bomb_is_refused_naming_the_bound(tmp_path: Path) -> None:
    from inspector.checklists.xlsform import convert_workbook

    path = tmp_path / "form.xlsx"
    path.write_bytes(_sheet_bomb())
    with pytest.raises(FormInvalid, match="refused before it was read"):
        convert_workbook(path)


def test_a_package_whose_report_unpacks_to_gigabytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "package.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "x"}))
        archive.writestr("report.pdf", b"\0" * BOMB_BYTES, zipfile.ZIP_DEFLATED, compresslevel=9)
    check = verify_package(path)
    assert not check.intact
    assert any("zip bomb" in problem for problem in check.problems)


@pytest.mark.parametrize(
    "manifest",
    [
        b'{"format": "field-inspector-evidence-package", "files": "not a list"}',
        b'{"format": "field-inspector-evidence-package", "files": [], "report": []}',
        b"[" * 50_000 + b"]" * 50_000,
        b'{"format": "field-inspector-evidence-package", "files": [{"path": 7}]}',
    ],
)
def test_a_package_manifest_of_the_wrong_shape_is_reported_not_crashed_on(
    tmp_path: Path, manifest: bytes
) -> None:
    path = tmp_path / "package.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", manifest)
    check = verify_package(path)
    assert "The package has no readable manifest.json." in check.problems


def _backup(vault: Vault, tmp_path: Path) -> Path:
    from inspector.services.backup import backup_vault

    return backup_vault(vault, tmp_path / "backup.zip").path


def _rewritten(source: Path, target: Path, **members: tuple[bytes, int]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in members:
                content, method = members[info.filename]
                new.writestr(info.filename, content, method)
            else:
                new.writestr(info, old.read(info))
    return target


def test_a_backup_member_that_would_unpack_past_the_file_is_refused_before_writing(
    vault: Vault, tmp_path: Path
) -> None:
    backup = _backup(vault, tmp_path)
    bomb = _rewritten(
        backup, tmp_path / "bomb.zip", **{"vault.db": (b"\0" * BOMB_BYTES, zipfile.ZIP_DEFLATED)}
    )
    with pytest.raises(VaultDamaged, match="compressed"):
        read_manifest(bomb)
    target = tmp_path / "restored"
    with pytest.raises(VaultDamaged):
        restore_backup(bomb, target, passphrase=PASSPHRASE)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if ".restore-" in p.name] == []


def test_a_backup_asking_for_a_4_gb_key_derivation_is_refused_at_once(
    vault: Vault, tmp_path: Path
) -> None:
    backup = _backup(vault, tmp_path)
    with zipfile.ZipFile(backup) as archive:
        key = json.loads(archive.read("vault.key"))
        manifest = json.loads(archive.read("manifest.json"))
    key["kdf"]["memory_kib"] = 4 * 1024 * 1024
    key["kdf"]["iterations"] = 64
    key_bytes = json.dumps(key).encode()
    import hashlib

    manifest["files"]["vault.key"] = {
        "sha256": hashlib.sha256(key_bytes).hexdigest(),
        "size": len(key_bytes),
    }
    costly = _rewritten(
        backup,
        tmp_path / "costly.zip",
        **{
            "vault.key": (key_bytes, zipfile.ZIP_STORED),
            "manifest.json": (json.dumps(manifest).encode(), zipfile.ZIP_STORED),
        },
    )
    started = time.monotonic()
    with pytest.raises(VaultDamaged, match=r"4096 MB of memory.*at most 512 MB"):
        restore_backup(costly, tmp_path / "restored", passphrase=PASSPHRASE)
    assert time.monotonic() - started < 5


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero")
@pytest.mark.parametrize("command", ["verify", "agencies import", "import-json", "restore"])
def test_only_regular_files_are_read(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path, command: str
) -> None:
    fifo = tmp_path / "input.fifo"
    os.mkfifo(fifo)
    before = file_hashes(vault_folder)
    common = ("--vault", str(vault_folder), "--passphrase-file", str(passphrase_file))
    sources = [fifo] if command != "verify" else [Path("/dev/zero"), fifo]
    for source in sources:
        started = time.monotonic()
        result = run_cli(*common, *command.split(), str(source))
        assert time.monotonic() - started < 20
        assert result.returncode not in (0, 70), result.stderr
        assert "not a regular file" in result.stderr, result.stderr
    assert file_hashes(vault_folder) == before
    shutil.rmtree(tmp_path / "nothing", ignore_errors=True)


_SHEET = "xl/worksheets/sheet1.xml"
_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10)
        for i in range(9)
    )
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&j;</t></is></c></row></sheetData>'
    b"</worksheet>"
)
_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData>'
    b"</worksheet>"
)


def _without(workbook: bytes, name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            if info.filename != name:
                new.writestr(info, old.read(info))
    return out.getvalue()


HOSTILE_WORKBOOKS = {
    "entity-expansion": lambda: _with_member(_registry_workbook(), _SHEET, _LAUGHS),
    "external-entity": lambda: _with_member(_registry_workbook(), _SHEET, _XXE),
    "bad-xml": lambda: _with_member(_registry_workbook(), _SHEET, b"<worksheet><sheetData><row"),
    "missing-sheet": lambda: _without(_registry_workbook(), _SHEET),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_WORKBOOKS))
def test_a_hostile_workbook_gets_a_sentence_not_exit_70(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspector.cli.main import main

    path = tmp_path / "registry.xlsx"
    path.write_bytes(HOSTILE_WORKBOOKS[kind]())
    monkeypatch.setenv("INSPECTOR_VAULT", str(tmp_path / "no-vault-needed"))
    output = str(tmp_path / "f.yaml")
    for argv in (
        ["agencies", "import", str(path)],
        ["forms", "import-xlsform", str(path), "-o", output],
    ):
        code = main(argv)
        err = capsys.readouterr().err
        assert code not in (0, 70), (argv, err)
        assert "registry.xlsx" in err and "unexpected error" not in err, err
        assert "root:" not in err  # nothing of /etc/passwd
