"""The checklist commands a ministry and an inspector use: show an inspection from its own form
version in a chosen language, and list the form versions a vault keeps."""

from __future__ import annotations

from pathlib import Path

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import (
    add_entry,
    get_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.uow import UnitOfWork
from inspector.vault.store import unlock_vault
from tests.conftest import PASSPHRASE, run_cli, small_form


def test_show_renders_answers_and_findings_in_the_chosen_language(
    vault_folder: Path, passphrase_file: Path
) -> None:
    with unlock_vault(vault_folder, PASSPHRASE) as vault, UnitOfWork(vault) as uow:
        agency = create_agency(uow, AgencyData("NP-400", "Shown Agency", "NP"))
        inspection = start_inspection(uow, agency, small_form())
        record_answer(uow, inspection, "licence_displayed", "no")
        record_answer(uow, inspection, "fees_charged_to_workers", "yes")
        entry = add_entry(uow, inspection, "payments")
        record_answer(uow, inspection, f"payments[{entry}].category", "bribe")
        record_answer(uow, inspection, f"payments[{entry}].amount", "1200")
        reference = get_inspection(uow.session, inspection).reference
    vault_args = ("--vault", str(vault_folder), "--passphrase-file", str(passphrase_file))
    result = run_cli(*vault_args, "inspections", "show", reference.lower(), "--lang", "fr")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{reference} - Shown Agency (in-progress)"
    assert "  La licence est-elle affichée ?: Non" in lines
    assert "    Paiement 1" in lines
    assert "      Pour quoi ?: Pot-de-vin" in lines
    assert "      Montant: 1200 USD" in lines
    assert "  Le travail relève-t-il de la licence ?: -  <missing>" in lines
    assert (
        "  [critical] Paiement illégitime (rule illegitimate-payment: . = 'bribe'; "
        f"payments[{entry}].category = bribe)"
    ) in lines

    versions = run_cli(*vault_args, "forms", "versions")
    assert versions.returncode == 0, versions.stderr
    assert versions.stdout.startswith(
        "small-inspection 1  Small inspection  (1 inspection(s), 0 interview(s), sha256 "
    )
    missing = run_cli(*vault_args, "inspections", "show", "INS-1999-XXXX-0001")
    assert (missing.returncode, missing.stderr) == (
        3,
        "inspector: No inspection 'INS-1999-XXXX-0001'.\n",
    )
