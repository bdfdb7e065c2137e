"""Issue 15, trusting what comes in: an imported record passes the checks a typed one does; a
locked inspection keeps its lock only when its signed digest verifies against a trusted signer;
look-alike licence numbers are one agency."""

from __future__ import annotations

import copy
import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector.errors import InvalidInput, InvalidTransition
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.export import ExportFilter, export_records
from inspector.services.inspections import (
    complete_inspection,
    lock_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.json_import import import_json_export, read_export
from inspector.services.profile import set_profile
from inspector.services.registry_import import import_registry, read_registry
from inspector.services.reports import create_report
from inspector.services.signing import certificate_pem, create_certificate
from inspector.services.uow import UnitOfWork
from inspector.vault.seal import certificate_der
from inspector.vault.store import Vault, unlock_vault
from inspector.vault.tables import Agency, Inspection, InspectionStatus
from tests.conftest import (
    PASSPHRASE,
    SMALL_COMPLIANT,
    TemplateVault,
    file_hashes,
    run_cli,
    small_form,
)


def _locked(vault: Vault, *, signed: bool = True) -> str:
    """A vault whose inspector has a certificate and one locked inspection; its reference."""
    with UnitOfWork(vault) as uow:
        set_profile(uow, "Asha Inspector", authority="Labour Authority")
        if signed:
            create_certificate(uow)
        agency = create_agency(uow, AgencyData("NP-RA-0001", "Himal Recruiters", "NP"))
        inspection_id = start_inspection(uow, agency, small_form())
        for question, value in SMALL_COMPLIANT.items():
            record_answer(uow, inspection_id, question, value)
        complete_inspection(uow, inspection_id)
        lock_inspection(uow, inspection_id)
        return str(uow.session.get_one(Inspection, inspection_id).reference)


def _export(vault: Vault, folder: Path) -> dict[str, Any]:
    with UnitOfWork(vault) as uow:
        export_records(uow, folder, "json", ExportFilter(), include_confidential=True)
    return read_export(folder)[0]


@pytest.fixture
def other(template_vault: TemplateVault, tmp_path: Path) -> Vault:
    """A second vault, for the import."""
    folder = tmp_path / "other"
    shutil.copytree(template_vault.folder, folder)
    opened = unlock_vault(folder, PASSPHRASE)
    yield opened  # type: ignore[misc]
    opened.close()


def _import(vault: Vault, document: dict[str, Any], trust: list[bytes] | None = None) -> Any:
    with UnitOfWork(vault) as uow:
        return import_json_export(uow, document, "0" * 64, trust=trust)


def _status(vault: Vault, reference: str) -> InspectionStatus:
    with vault.reading() as session:
        return session.scalar(select(Inspection.status).where(Inspection.reference == reference))


def test_a_signed_lock_is_kept_only_for_a_trusted_signer(
    vault: Vault, other: Vault, tmp_path: Path
) -> None:
    reference = _locked(vault)
    document = _export(vault, tmp_path / "out")
    assert len(document["locks"]) == 1
    untrusted = _import(other, copy.deepcopy(document))
    assert _status(other, reference) is InspectionStatus.COMPLETED
    assert "does not trust" in untrusted.notices[0]


def test_the_lock_of_a_trusted_signer_survives_export_and_import(
    vault: Vault, other: Vault, tmp_path: Path
) -> None:
    reference = _locked(vault)
    document = _export(vault, tmp_path / "out")
    with vault.reading() as session:
        signer = certificate_der(certificate_pem(session).encode("ascii"))
    result = _import(other, document, trust=[signer])
    assert result.notices == []
    assert _status(other, reference) is InspectionStatus.LOCKED


@pytest.mark.parametrize("forgery", ["critical-finding", "edited-answer", "unsigned"])
def test_a_forged_locked_inspection_arrives_unlocked_and_is_not_reported(
    vault: Vault, other: Vault, tmp_path: Path, forgery: str
) -> None:
    reference = _locked(vault)
    document = _export(vault, tmp_path / "out")
    with vault.reading() as session:
        signer = certificate_der(certificate_pem(session).encode("ascii"))
    inspection = document["tables"]["inspections"][0]
    if forgery == "critical-finding":
        finding = {
            "id": str(uuid.uuid4()), "inspection_id": inspection["id"], "source": "manual",
            "rule_id": None, "question_path": None, "severity": "critical", "standard": "",
            "title": "Passports confiscated", "description": "", "evidence": {},
            "dropped": False, "override_reason": "", "revision": 1,
            "created_at": inspection["created_at"], "updated_at": inspection["created_at"],
        }  # fmt: skip
        document["tables"]["findings"].append(finding)
    elif forgery == "edited-answer":
        answer = next(a for a in document["tables"]["answers"] if a["value"] == "no")
        answer["value"] = "yes"
    else:
        for key in ("signature", "certificate", "algorithm", "signer"):
            document["locks"][inspection["id"]].pop(key)
    result = _import(other, document, trust=[signer])
    assert _status(other, reference) is InspectionStatus.COMPLETED
    assert any(reference in notice and "not locked" in notice for notice in result.notices)
    with UnitOfWork(other) as uow:
        set_profile(uow, "Other Inspector")
        create_certificate(uow)
    with UnitOfWork(other) as uow, pytest.raises(InvalidTransition):
        create_report(uow, reference)


def _agency_row(document: dict[str, Any]) -> dict[str, Any]:
    return document["tables"]["agencies"][0]


HOSTILE: dict[str, Any] = {
    "country-name": lambda d: _agency_row(d).update(country="Nepal"),
    "empty-name": lambda d: _agency_row(d).update(name="   "),
    "nul-in-name": lambda d: _agency_row(d).update(name="Himal\x00Recruiters"),
    "bidi-override-in-name": lambda d: _agency_row(d).update(name="Himal \u202eSretiurcer"),
    "long-licence": lambda d: _agency_row(d).update(licence_number="L" * 100_000),
    "dict-as-name": lambda d: _agency_row(d).update(name={"first": "Himal"}),
    "revision-as-text": lambda d: _agency_row(d).update(revision="1"),
    "negative-revision": lambda d: _agency_row(d).update(revision=-5),
    "naive-time": lambda d: _agency_row(d).update(created_at="2026-01-01T00:00:00"),
    "duplicate-id": lambda d: d["tables"]["agencies"].append(dict(_agency_row(d))),
    "missing-reference": lambda d: d["tables"]["inspections"][0].update(
        agency_id=str(uuid.uuid4())
    ),
    "answer-not-in-checklist": lambda d: d["tables"]["answers"][0].update(
        question_path="no_such_question"
    ),
    "answer-of-wrong-kind": lambda d: d["tables"]["answers"][0].update(value=["not", "yes/no"]),
    "forged-checklist": lambda d: d["tables"]["form_snapshots"][0]["content"].update(
        title="Changed"
    ),
    "deep-json": lambda d: d["tables"]["answers"][0].update(value=_nested(200)),
}


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("attack", sorted(HOSTILE))
def test_imported_records_pass_the_checks_a_typed_record_does(
    vault: Vault, other: Vault, tmp_path: Path, attack: str
) -> None:
    _locked(vault, signed=False)
    document = _export(vault, tmp_path / "out")
    HOSTILE[attack](document)
    with pytest.raises(InvalidInput) as refused:
        _import(other, document)
    assert len(str(refused.value)) < 600  # a sentence, not the file
    with other.reading() as session:
        assert session.scalar(select(func.count()).select_from(Agency)) == 0


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('"revision": 1e999', "too large"),
        ('"revision": NaN', "not a number"),
        ("[" * 100_000 + "]" * 100_000, "nests"),
        ("not json at all", "not JSON"),
    ],
)
def test_hostile_json_text_is_refused_in_a_sentence(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path, text: str, reason: str
) -> None:
    path = tmp_path / "export.json"
    if text.startswith('"revision"'):
        document = {"format": "field-inspector-export", "version": 1, "tables": {"agencies": []}}
        text = json.dumps(document)[:-1] + ', "x": {' + text + "}}"
    path.write_text(text)
    before = file_hashes(vault_folder)
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(passphrase_file),
        "import-json", str(path),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert reason in result.stderr and "Traceback" not in result.stderr
    assert file_hashes(vault_folder) == before


def test_a_licence_number_with_an_invisible_character_is_the_same_agency(
    vault: Vault, tmp_path: Path
) -> None:
    with UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("NP-RA-0001", "Himal Recruiters", "NP"))
    with UnitOfWork(vault) as uow, pytest.raises(InvalidInput, match="already registered"):
        create_agency(uow, AgencyData("NP\u200b-RA-0001", "Himal Recruiters", "NP"))
    registry = tmp_path / "registry.csv"
    registry.write_text(
        "licence_number,name,country\n"
        "NP\u200b-RA-0001,Himal Recruiters,NP\n"  # zero-width space
        "\uff2e\uff30-RA-0001,Himal Recruiters,NP\n"  # full-width letters, already on line 2
        "NP-RA-0002,Bad\x07Name,NP\n",  # a control character in a name
        "utf-8",
    )
    parsed = read_registry(registry)
    with UnitOfWork(vault) as uow:
        result = import_registry(uow, parsed)
    assert (result.created, result.updated + result.unchanged) == (0, 1)
    assert {p.line for p in parsed.problems} == {3, 4}
    assert any(p.column == "name" and "control" in p.reason for p in parsed.problems)
    with vault.reading() as session:
        assert session.scalar(select(func.count()).select_from(Agency)) == 1
