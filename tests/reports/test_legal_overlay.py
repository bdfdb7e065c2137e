"""The ministry's overlay of national legal provisions: installed from a file, it changes the
citation and wording of findings without touching the checklist, the inspection keeps the
version it started under, and a broken overlay is refused with FILE: PATH: PROBLEM. The report
states the legal basis, the right of reply or appeal and what a missed deadline brings."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

from inspector.vault.store import Vault, unlock_vault
from tests.conftest import PASSPHRASE, run_cli
from tests.reports.fixtures import DemoVault, pdf_text, signature_png

OVERLAY = """\
format: 1
version: "NP-2026.1"
title:
  en: "Nepal: Foreign Employment Act 2064"
  fr: "Népal : loi de 2064 sur l'emploi à l'étranger"
legal_basis:
  en: "Inspected under section 73 of the Foreign Employment Act 2064."
  fr: "Inspection menée en vertu de l'article 73 de la loi de 2064 sur l'emploi à l'étranger."
appeal:
  en: "The agency may appeal to the Foreign Employment Tribunal under section 65 of the Act."
  fr: "L'agence peut faire appel devant le Tribunal de l'emploi à l'étranger (article 65)."
appeal_days: 35
overdue:
  en: "An action not carried out by its deadline is referred for a fine under section 59."
  fr: "Une mesure non exécutée à son échéance est transmise pour amende (article 59)."
provisions:
  NATIONAL: {en: "Foreign Employment Act 2064 (Nepal)"}
rules:
  agency-inspection:
    S01-no-licence:
      citation: {en: "Foreign Employment Act 2064, section 10(1)", fr: "Loi de 2064, article 10(1)"}
      title: {en: "Foreign employment business run without a licence"}
    S03-fees-charged:
      citation: {en: "Foreign Employment Act 2064, section 24", fr: "Loi de 2064, article 24"}
      title: {en: "Fees above the government ceiling taken from workers"}
      description: {en: "Workers paid the agency more than the ceiling set by the Government."}
    S06-documents-retained:
      citation: {en: "Foreign Employment Act 2064, section 22(2)", fr: "Loi de 2064, article 22(2)"}
      title: {en: "Workers' passports kept by the agency", fr: "Passeports gardés par l'agence"}
"""
BREACHES = {"licence_valid": "no", "workers_paid": "yes", "docs_held_legitimately": "no"}
CITATIONS = ("section 10(1)", "section 24", "section 22(2)")
TITLES = (
    "Foreign employment business run without a licence",
    "Fees above the government ceiling taken from workers",
    "Workers' passports kept by the agency",
)


def _cli(demo: DemoVault, passphrase_file: Path, *args: str):  # type: ignore[no-untyped-def]
    return run_cli("--vault", str(demo.folder), "--passphrase-file", str(passphrase_file), *args)


def _locked_inspection(vault: Vault, answered_on: dt.date) -> str:
    """A locked inspection of the shipped checklist breaching the three rules the overlay cites,
    answered on ``answered_on`` (its corrective actions' deadlines count from then)."""
    from sqlalchemy import select

    from inspector.checklists.library import shipped_form
    from inspector.services.evidence import add_attachment
    from inspector.services.inspections import (
        complete_inspection,
        lock_inspection,
        record_answer,
        start_inspection,
    )
    from inspector.services.sample_answers import sample_answers
    from inspector.services.uow import UnitOfWork
    from inspector.vault.tables import Agency, Inspection

    form = shipped_form("agency-inspection")
    rng = random.Random(3)  # noqa: S311 - invented answers
    with UnitOfWork(vault) as uow:
        agency_id = uow.session.scalars(select(Agency.id).order_by(Agency.name)).first()
        inspection_id = start_inspection(uow, agency_id, form, team=["Demo Inspector"])
        signature = add_attachment(
            uow, inspection_id, signature_png(), filename="signature.png", caption="Signature"
        )
        answers = dict(BREACHES)
        answers.update(
            sample_answers(
                form,
                rng,
                breach_rate=0.0,
                today=answered_on,
                attachment=str(signature.id),
                given=BREACHES,
            )
        )
        for path, value in answers.items():
            record_answer(uow, inspection_id, path, value, today=answered_on)
        complete_inspection(uow, inspection_id)
        lock_inspection(uow, inspection_id)
        return uow.session.get(Inspection, inspection_id).reference


def _report(vault: Vault, reference: str, path: Path, **options: object) -> str:
    from inspector.services.reports import create_report
    from inspector.services.uow import UnitOfWork

    with UnitOfWork(vault) as uow:
        made = create_report(uow, reference, **options)  # type: ignore[arg-type]
    path.write_bytes(made.content)
    return " ".join(pdf_text(path).split())


def test_a_ministry_overlay_changes_three_findings_without_touching_the_form(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    from inspector.checklists.library import shipped_form_files

    def fingerprints() -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in shipped_form_files()}

    forms_before = fingerprints()
    with unlock_vault(demo.folder, PASSPHRASE) as vault:
        before = _locked_inspection(vault, dt.date.today())
    overlay = tmp_path / "ministry.yaml"
    overlay.write_text(OVERLAY, "utf-8")
    installed = _cli(demo, passphrase_file, "forms", "overlay", "import", str(overlay))
    assert installed.returncode == 0, installed.stderr
    assert "NP-2026.1" in installed.stdout and "3 rules cited" in installed.stdout
    listed = _cli(demo, passphrase_file, "forms", "overlay", "list")
    assert "NP-2026.1" in listed.stdout and "in force" in listed.stdout

    with unlock_vault(demo.folder, PASSPHRASE) as vault:
        after = _locked_inspection(vault, dt.date.today())
        text = _report(vault, after, tmp_path / "after.pdf")
        old = _report(vault, before, tmp_path / "before.pdf")
        french = _report(vault, after, tmp_path / "after-fr.pdf", language="fr")

    for citation, title in zip(CITATIONS, TITLES, strict=True):
        assert f"National provision breached Foreign Employment Act 2064, {citation}" in text
        assert title in text
        # The inspection started before the overlay keeps the checklist's own wording.
        assert citation not in old and title not in old
    assert "Workers paid the agency more than the ceiling set by the Government." in text
    # IRIS, the ILO principles and C181 stay, as supporting references.
    assert "Supporting references IRIS-1" in text and "C181-7" in text
    assert "Standard breached" in old and "Supporting references" not in old
    assert "NATIONAL: Foreign Employment Act 2064 (Nepal)" in text
    assert "Foreign Employment Act 2064 (Nepal)" not in old
    assert "National provisions cited from the ministry's overlay NP-2026.1" in text
    assert "Loi de 2064, article 22(2)" in french and "Passeports gardés par l'agence" in french
    # A title given in English only: the French report falls back to it.
    assert "Foreign employment business run without a licence" in french
    assert fingerprints() == forms_before


def test_the_report_states_the_legal_frame_from_the_overlay_or_national_law(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    with unlock_vault(demo.folder, PASSPHRASE) as vault:
        before = _locked_inspection(vault, dt.date.today())
    overlay = tmp_path / "ministry.yaml"
    overlay.write_text(OVERLAY, "utf-8")
    assert _cli(demo, passphrase_file, "forms", "overlay", "import", str(overlay)).returncode == 0
    with unlock_vault(demo.folder, PASSPHRASE) as vault:
        after = _locked_inspection(vault, dt.date.today())
        text = _report(vault, after, tmp_path / "after.pdf")
        default = _report(vault, before, tmp_path / "before.pdf")
    from babel.dates import format_date

    deadline = format_date(dt.datetime.now(dt.UTC).date() + dt.timedelta(days=35), "medium",
                           locale="en")  # fmt: skip
    assert "Legal basis of the inspection" in text and "section 73 of the Foreign" in text
    assert "Right of reply and appeal" in text and "Foreign Employment Tribunal" in text
    assert "Deadline for a reply or an appeal:" in text and "(35 days after this report" in text
    assert deadline in text
    assert "referred for a fine under section 59" in text
    # Without an overlay: the same three statements, deferring to national law.
    assert "Legal basis of the inspection" in default
    assert "under the powers, and following the procedure, provided by national law" in default
    assert "within the time and in the manner provided by national law" in default
    assert "the authority may take the measures provided by national law" in default
    assert "Deadline for a reply" not in default


def test_an_action_past_its_deadline_at_issue_time_is_shown_overdue(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    long_ago = dt.date.today() - dt.timedelta(days=200)
    reference = _locked_inspection(demo_vault, long_ago)
    text = _report(demo_vault, reference, tmp_path / "late.pdf")
    assert "overdue: still open" in text
    # Each finding says in plain words what was found; the agency never reads an expression.
    assert "What was found The agency recruits workers without a licence" in text
    assert "condition:" not in text and ". = 'no'" not in text
    assert "({status})".format(status="open") not in text  # never plainly "open"
    recent = _locked_inspection(demo_vault, dt.date.today())
    fresh = _report(demo_vault, recent, tmp_path / "fresh.pdf")
    assert "overdue" not in fresh and "(open)" in fresh


def test_a_broken_overlay_is_refused_with_file_path_problem(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "version: 2\n"
        'appeal_days: "thirty"\n'
        "rules:\n"
        "  agency-inspection:\n"
        "    S03-fees-chraged: {citation: {en: Act, s. 1}}\n"
        "    S01-no-licence: {title: {en: No licence}}\n"
        "  no-such-form:\n"
        "    X: {citation: Act}\n",
        "utf-8",
    )
    for command in ("check", "import"):
        result = _cli(demo, passphrase_file, "forms", "overlay", command, str(broken))
        assert result.returncode == 7, result.stderr
        problems = result.stderr.splitlines()
        name = str(broken)
        assert f"{name}: appeal_days: expected a whole number" in problems
        assert (
            f"{name}: rules.agency-inspection.S03-fees-chraged: unknown finding rule of form "
            "'agency-inspection'; did you mean 'S03-fees-charged'?"
        ) in problems
        assert f"{name}: rules.agency-inspection.S01-no-licence.citation: missing" in problems
        assert any(p.startswith(f"{name}: rules.no-such-form: unknown form") for p in problems)
    listed = _cli(demo, passphrase_file, "forms", "overlay", "list")
    assert "No legal provisions overlay is installed" in listed.stdout
