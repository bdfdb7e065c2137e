"""What the agency reads is plain: no rule expression in the agency-facing report (the
internal report keeps it for the authority); the signer printed is the certificate's."""

from __future__ import annotations

import subprocess
from pathlib import Path

from inspector.reports.content import AnswerLine, FindingEntry
from inspector.reports.pdf import build_pdf
from inspector.vault.store import Vault
from tests.reports.fixtures import DemoVault
from tests.reports.test_report_content import minimal_content

DERIVED = FindingEntry(
    1,
    "major",
    "Workers were charged recruitment fees",
    derived=True,
    rule_id="fees-charged",
    rule_when="count_selected(.) > 0",
    answers=(AnswerLine("Which fees did workers pay?", "Visa fee, medical test"),),
)


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_agency_report_shows_no_rule_expression(tmp_path: Path) -> None:
    for internal in (False, True):
        path = tmp_path / f"report-{internal}.pdf"
        content = minimal_content(findings=(DERIVED,), internal=internal)
        path.write_bytes(build_pdf(content).content)
        text = _text(path)
        assert "Derived by rule fees-charged of the checklist" in text
        assert "Visa fee, medical test" in text  # the answers it follows from
        shown = "count_selected(.) > 0" in text and "condition:" in text
        assert shown == internal, text


def test_the_printed_signer_is_the_certificate_s_subject(
    demo: DemoVault, demo_vault: Vault, tmp_path: Path
) -> None:
    """A profile renamed after its certificate was made: the report prints the certificate's
    name, the one the signature is checked against, and not the profile's beside it."""
    from sqlalchemy import select

    from inspector.services.reports import create_report
    from inspector.services.uow import UnitOfWork
    from inspector.vault.tables import InspectorProfile

    with UnitOfWork(demo_vault) as uow:
        profile = uow.session.scalars(select(InspectorProfile)).one()
        certificate_name = profile.name
        profile.name = "Renamed Person"
    with UnitOfWork(demo_vault) as uow:
        made = create_report(uow, demo.routine)
    path = tmp_path / "report.pdf"
    path.write_bytes(made.content)
    text = " ".join(_text(path).split())
    assert f"Signed digitally by {certificate_name}" in text
    assert "Renamed Person" not in text
