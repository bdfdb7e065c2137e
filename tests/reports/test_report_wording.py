"""What the agency reads is plain: no rule expression in the agency-facing report (the
internal report keeps it for the authority); the signer printed is the certificate's."""

from __future__ import annotations

import subprocess
from pathlib import Path

from inspector.reports.content import AnswerLine, FindingEntry
from inspector.reports.pdf import build_pdf
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
