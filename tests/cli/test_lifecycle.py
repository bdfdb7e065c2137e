"""The inspection lifecycle on the command line: start, answer, complete, reopen, lock, amend,
findings and corrective actions, through the same services as the window; and the first steps
a newcomer takes (global options anywhere, the demo, an empty search)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.cli.main import main
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.uow import UnitOfWork
from inspector.vault.audit import verify_chain
from inspector.vault.keys import KdfParams
from inspector.vault.store import create_vault, unlock_vault
from inspector.vault.tables import (
    ActionStatus,
    AuditEvent,
    CorrectiveAction,
    Finding,
    Inspection,
    InspectionStatus,
)
from tests.conftest import PASSPHRASE, SMALL_COMPLIANT, SMALL_FORM_PATH

# Argon2id at its lowest accepted cost: these tests unlock the vault once per command.
CHEAP_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)


@pytest.fixture(scope="module")
def cheap_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lifecycle") / "vault"
    created = create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    with created.vault as vault, UnitOfWork(vault) as uow:
        create_agency(uow, AgencyData("NP-RA-77001", "Everest Manpower", "NP", city="Kathmandu"))
    return folder


@pytest.fixture
def folder(cheap_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "vault"
    shutil.copytree(cheap_template, copy)
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    return copy


def cli(
    capsys: pytest.CaptureFixture[str], folder: Path, *args: str, code: int = 0
) -> tuple[str, str]:
    """Run ``inspector ARGS --vault FOLDER`` in this process; the exit code must be ``code``."""
    returned = main([*args, "--vault", str(folder)])
    out, err = capsys.readouterr()
    assert returned == code, (args, out, err)
    return out, err


def _status(folder: Path, reference: str) -> InspectionStatus:
    with unlock_vault(folder, PASSPHRASE) as vault, vault.reading() as session:
        return session.scalars(
            select(Inspection.status).where(Inspection.reference == reference)
        ).one()


def test_an_inspection_from_start_to_amendment_on_the_command_line(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    out, _err = cli(capsys, folder, "inspections", "start", "NP-RA-77001", "--form",
                    str(SMALL_FORM_PATH), "--team", "Asha Rai")  # fmt: skip
    reference = re.search(r"INS-\S+", out)
    assert reference is not None, out
    ref = reference.group(0)

    # Completing a draft is refused, naming the transition; nothing changes.
    _out, err = cli(capsys, folder, "inspections", "complete", ref, code=1)
    assert "cannot become completed" in err
    out, _err = cli(capsys, folder, "inspections", "questions", ref, "--missing")
    assert "licence_displayed  [yes_no_na: yes|no|na]" in out and "<missing>" in out

    for question, value in SMALL_COMPLIANT.items():
        cli(capsys, folder, "inspections", "answer", ref, question, value)
    # A breach: fees were paid, so a payment entry is needed, with money and a choice.
    out, _err = cli(capsys, folder, "inspections", "answer", ref, "fees_charged_to_workers", "yes")
    assert "1 finding derived from the answers" in out
    assert "1 answer still missing or invalid" in out  # the payments repeat
    key, _err = cli(capsys, folder, "inspections", "add-entry", ref, "payments")
    entry = f"payments[{key.strip()}]"
    cli(capsys, folder, "inspections", "answer", ref, f"{entry}.category", "placement")
    out, _err = cli(capsys, folder, "inspections", "answer", ref, f"{entry}.amount", "250", "usd")
    assert "every required answer is given" in out
    _out, err = cli(capsys, folder, "inspections", "answer", ref, f"{entry}.amount", "lots",
                    code=1)  # fmt: skip
    assert "must be an amount of money" in err

    out, _err = cli(capsys, folder, "findings", "add", ref, "--severity", "minor", "--title",
                    "Fee schedule not posted", "--action", "Post the fee schedule")  # fmt: skip
    assert "Finding" in out and "Corrective action" in out
    out, _err = cli(capsys, folder, "findings", "list", ref)
    assert out.startswith(f"{ref}: 2 findings")
    assert "Recruitment fees charged to workers" in out and "Fee schedule not posted" in out

    cli(capsys, folder, "inspections", "complete", ref)
    assert _status(folder, ref) is InspectionStatus.COMPLETED
    _out, err = cli(capsys, folder, "inspections", "answer", ref, "licence_displayed", "no",
                    code=1)  # fmt: skip
    assert "reopen it" in err
    _out, err = cli(capsys, folder, "inspections", "reopen", ref, "--reason", " ", code=1)
    assert "Say why" in err
    cli(capsys, folder, "inspections", "reopen", ref, "--reason", "a payment was missed")
    assert _status(folder, ref) is InspectionStatus.IN_PROGRESS
    cli(capsys, folder, "inspections", "complete", ref)
    out, _err = cli(capsys, folder, "inspections", "lock", ref)
    assert f"inspector report {ref}" in out
    assert _status(folder, ref) is InspectionStatus.LOCKED

    # A corrective action is followed up after the lock, by the short id 'findings list' shows.
    out, _err = cli(capsys, folder, "findings", "list", ref)
    short = re.findall(r"action ([0-9a-f]{8})", out)
    assert len(short) == 2
    cli(capsys, folder, "actions", "done", short[0], "--verification", "receipts seen")
    _out, err = cli(capsys, folder, "actions", "done", "0000zz", code=1)
    assert "not an action id" in err

    out, _err = cli(capsys, folder, "inspections", "amend", ref, "--reason", "wrong amount")
    amendment = re.search(r"Amendment (INS-\S+)", out)
    assert amendment is not None and amendment.group(1) != ref

    with unlock_vault(folder, PASSPHRASE) as vault, vault.reading() as session:
        original = session.scalars(select(Inspection).where(Inspection.reference == ref)).one()
        copy = session.scalars(
            select(Inspection).where(Inspection.reference == amendment.group(1))
        ).one()
        assert copy.amends_id == original.id and copy.status is InspectionStatus.IN_PROGRESS
        done = session.scalars(
            select(CorrectiveAction).where(CorrectiveAction.status == ActionStatus.DONE)
        ).one()
        assert done.id.hex.startswith(short[0]) and done.verification == "receipts seen"
        titles = set(session.scalars(select(Finding.title).where(Finding.inspection_id == copy.id)))
        assert {"Recruitment fees charged to workers", "Fee schedule not posted"} <= titles
        actions = list(session.scalars(select(AuditEvent.action)))
        for action in ("inspection.completed", "inspection.reopened", "inspection.locked",
                       "corrective_action.status", "inspection.amendment_started"):  # fmt: skip
            assert action in actions
        assert verify_chain(session).intact


def test_global_options_are_accepted_after_the_command(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("INSPECTOR_PASSPHRASE")
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n")
    for argv in (
        ["--vault", str(folder), "--passphrase-file", str(secret), "agencies", "list"],
        ["agencies", "list", "--vault", str(folder), "--passphrase-file", str(secret)],
        ["agencies", "--vault", str(folder), "list", "--passphrase-file", str(secret)],
        [
            "--vault",
            str(tmp_path / "elsewhere"),
            "agencies",
            "list",
            "--vault",
            str(folder),
            "--passphrase-file",
            str(secret),
        ],
    ):
        assert main(argv) == 0, argv
        assert "NP-RA-77001" in capsys.readouterr().out
    # The folder named after the command is the one opened: a missing one is named.
    assert main(["agencies", "list", "--vault", str(tmp_path / "none"),
                 "--passphrase-file", str(secret)]) == 3  # fmt: skip
    assert "none" in capsys.readouterr().err


def test_an_empty_search_says_so(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    out, _err = cli(capsys, folder, "agencies", "list", "--search", "everest kath")
    assert "NP-RA-77001" in out
    out, _err = cli(capsys, folder, "agencies", "list", "--search", "nowhere")
    assert out.strip() == "No agency matches 'nowhere'."
    out, _err = cli(capsys, folder, "agencies", "list", "--search", "nowhere", "--json")
    assert out.strip() == "[]"


ONE_RULE_FORM = """\
format: 1
id: one-rule
version: "1"
purpose: inspection
languages: [en]
title: {en: One rule}
sections:
  - id: s
    title: {en: Section}
    questions:
      - id: passports_held
        type: yes_no
        label: {en: "Does the agency hold passports?"}
        findings:
          - id: passports-held
            when: ". = 'yes'"
            severity: critical
            title: {en: Passports retained}
            description: {en: The agency holds workers' passports.}
"""


def test_counts_of_one_are_singular(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    form = tmp_path / "one-rule.yaml"
    form.write_text(ONE_RULE_FORM, "utf-8")
    assert main(["forms", "check", str(form)]) == 0
    assert "(one-rule 1: 1 question, 1 finding rule)" in capsys.readouterr().out


def test_complete_names_unfinished_interviews_and_completes_when_told(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    from inspector.checklists.library import shipped_form
    from inspector.services.interviews import add_worker_interview
    from tests.services.test_interview_progress import STARTED

    out, _err = cli(capsys, folder, "inspections", "start", "NP-RA-77001", "--form",
                    str(SMALL_FORM_PATH), "--team", "Asha Rai")  # fmt: skip
    ref = re.findall(r"INS-\S+", out)[0]
    for question, value in SMALL_COMPLIANT.items():
        cli(capsys, folder, "inspections", "answer", ref, question, value)
    with unlock_vault(folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        inspection = uow.session.scalars(
            select(Inspection.id).where(Inspection.reference == ref)
        ).one()
        add_worker_interview(uow, inspection, consent_given=True,
                             form=shipped_form("worker-interview"), answers=STARTED)  # fmt: skip
    _out, err = cli(capsys, folder, "inspections", "complete", ref, code=1)
    assert "1 unfinished worker interview" in err
    assert "--unfinished-interviews-ok" in err and "Interviews tab" not in err
    assert _status(folder, ref) is InspectionStatus.IN_PROGRESS
    cli(capsys, folder, "inspections", "complete", ref, "--unfinished-interviews-ok")
    assert _status(folder, ref) is InspectionStatus.COMPLETED
