"""A rule that raises a finding says what it found in plain words, in every language of the
form: `inspector forms check` refuses one that does not, naming FILE: PATH."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

FORM = """\
format: 1
id: {id}
version: "1"
purpose: {purpose}
languages: [en, fr]
title: {{en: Small, fr: Petit}}
sections:
  - id: S1
    title: {{en: One, fr: Un}}
    questions:
      - id: fees
        type: yes_no
        label: {{en: Fees paid?, fr: Frais payés ?}}
        findings:
          - id: R1
            when: ". = 'yes'"
            severity: major
            title: {{en: Fees charged, fr: Frais facturés}}
            {description}
"""


def test_forms_check_requires_plain_wording_for_rules_that_raise_findings(
    tmp_path: Path,
) -> None:
    files = {
        "none": ("inspection", ""),
        "english-only": ("inspection", 'description: {en: "Workers paid fees."}'),
        "worded": ("inspection", 'description: {en: "Workers paid fees.", fr: "Frais payés."}'),
        "interview": ("interview", ""),  # tallied in aggregates by title, raises no finding
    }
    for name, (purpose, description) in files.items():
        (tmp_path / f"{name}.yaml").write_text(
            FORM.format(id=name, purpose=purpose, description=description), "utf-8"
        )
    result = run_cli("forms", "check", *(f"{name}.yaml" for name in files), cwd=tmp_path)
    assert result.returncode == 7
    assert result.stderr.splitlines()[:2] == [
        "none.yaml: sections[0].questions[0].findings[0].description: missing: say in plain "
        "words what the rule found",
        "english-only.yaml: sections[0].questions[0].findings[0].description: no wording in fr",
    ]
    assert "worded.yaml: OK" in result.stdout and "interview.yaml: OK" in result.stdout
