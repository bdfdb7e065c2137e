"""A corpus of broken checklists: each must get the precise message a ministry editor needs,
naming the file, the path inside it and the problem. And every shipped checklist passes."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from inspector.checklists.library import shipped_form_files
from inspector.checklists.loader import load_file
from inspector.errors import FormInvalid
from tests.conftest import run_cli

HEAD = """\
format: 1
id: broken
version: "1"
languages: [en, fr]
title: {en: Broken, fr: Cassé}
standards:
  IRIS-1: {en: IRIS 1}
choice_lists:
  fee_category:
    - {value: placement, label: Placement}
    - {value: medical, label: Medical}
"""


def section(questions: str) -> str:
    return (
        HEAD
        + "sections:\n  - id: S01\n    title: Fees\n    questions:\n"
        + textwrap.indent(textwrap.dedent(questions), "      ")
    )


CORPUS: dict[str, tuple[str, list[str]]] = {
    "unknown-question": (
        section("""\
            - {id: fees_charged, type: yes_no, label: Fees}
            - {id: fee_amount, type: money, label: Amount, relevant: "fee_paid = 'yes'"}
        """),
        ["sections[0].questions[1].relevant: unknown question 'fee_paid'"],
    ),
    "choice-not-in-list": (
        section("""\
            - id: fees_charged
              type: yes_no
              label: Fees
              findings:
                - {id: R1, when: ". = 'maybe'", severity: major, title: Fees}
        """),
        ["sections[0].questions[0].findings[0].when: 'maybe' is not one of the choices (no, yes)"],
    ),
    "number-compared-with-text": (
        section("""\
            - {id: fee_amount, type: money, label: Amount}
            - {id: note, type: long_text, label: Notes, relevant: "fee_amount > 'high'"}
        """),
        ["sections[0].questions[1].relevant: cannot compare number with text"],
    ),
    "syntax-error": (
        section("""\
            - {id: fees_charged, type: yes_no, label: Fees}
            - {id: note, type: text, label: Notes, relevant: "fees_charged = = 'yes'"}
        """),
        [
            "sections[0].questions[1].relevant: Expected a value, a question or '(' at "
            "position 16, found '='."
        ],
    ),
    "unclosed-parenthesis": (
        section("""\
            - {id: fees_charged, type: yes_no, label: Fees}
            - {id: note, type: text, label: Notes, relevant: "(fees_charged = 'yes'"}
        """),
        ["sections[0].questions[1].relevant: Expected ')' at position 22, found the end."],
    ),
    "unknown-type": (
        section("- {id: fees_charged, type: yesno, label: Fees}\n"),
        [
            "sections[0].questions[0].type: unknown question type 'yesno'; known: yes_no, "
            "yes_no_na, select_one, select_multiple, text, long_text, integer, decimal, money, "
            "date, evidence, signature, note, calculate, repeat, hidden"
        ],
    ),
    "missing-label": (
        section("- {id: fees_charged, type: yes_no}\n"),
        ["sections[0].questions[0].label: missing"],
    ),
    "duplicate-question": (
        section("""\
            - {id: fees_charged, type: yes_no, label: Fees}
            - {id: fees_charged, type: text, label: Again}
        """),
        [
            "sections[0].questions[1].id: duplicate question id 'fees_charged' "
            "(first at sections[0].questions[0])"
        ],
    ),
    "misspelt-key": (
        section("- {id: fees_charged, type: yes_no, lable: Fees}\n"),
        [
            "sections[0].questions[0].lable: unknown key; did you mean 'label'?",
            "sections[0].questions[0].label: missing",
        ],
    ),
    "bad-severity": (
        section("""\
            - id: fees_charged
              type: yes_no
              label: Fees
              findings:
                - {id: R1, when: ". = 'yes'", severity: criticall, title: Fees}
        """),
        [
            "sections[0].questions[0].findings[0].severity: 'criticall' is not one of critical, "
            "major, minor, observation"
        ],
    ),
    "unknown-choice-list": (
        section("- {id: category, type: select_one, choices: fee_categories, label: What}\n"),
        ["sections[0].questions[0].choices: unknown choice list 'fee_categories'"],
    ),
    "unknown-standard": (
        section("- {id: fees_charged, type: yes_no, label: Fees, standards: [IRIS-9]}\n"),
        ["sections[0].questions[0].standards[0]: unknown standard 'IRIS-9'"],
    ),
    "repeat-question-outside-its-repeat": (
        section("""\
            - id: payments
              type: repeat
              label: Payments
              questions:
                - {id: amount, type: money, label: Amount}
            - {id: note, type: text, label: Notes, relevant: "amount > 100"}
        """),
        [
            "sections[0].questions[1].relevant: question 'amount' is inside repeat 'payments'; "
            "use sum(payments.amount), any(payments, ...) or count(payments)"
        ],
    ),
    "relevance-cycle": (
        section("""\
            - {id: a, type: yes_no, label: A, relevant: "b = 'yes'"}
            - {id: b, type: yes_no, label: B, relevant: "a = 'yes'"}
        """),
        ["sections[0].questions[0]: relevance or calculation goes round in a circle: a -> b -> a"],
    ),
    "missing-first-language": (
        section("- {id: fees_charged, type: yes_no, label: {fr: Frais}}\n"),
        ["sections[0].questions[0].label: no wording in the form's first language 'en'"],
    ),
    "undeclared-language": (
        section("- {id: fees_charged, type: yes_no, label: {en: Fees, de: Gebühren}}\n"),
        [
            "sections[0].questions[0].label.de: language 'de' is not in the form's languages "
            "(en, fr)"
        ],
    ),
    "nested-repeat": (
        section("""\
            - id: workers
              type: repeat
              label: Workers
              questions:
                - id: payments
                  type: repeat
                  label: Payments
                  questions:
                    - {id: amount, type: money, label: Amount}
        """),
        ["sections[0].questions[0].questions[0].type: a repeat cannot sit inside another repeat"],
    ),
    "multiple-choice-compared": (
        section("""\
            - {id: categories, type: select_multiple, choices: fee_category, label: What}
            - {id: note, type: text, label: Notes, relevant: "categories = 'medical'"}
        """),
        [
            "sections[0].questions[1].relevant: a multiple choice answer cannot be compared with "
            "'='; use selected(question, 'value') or count_selected(question)"
        ],
    ),
    "condition-not-yes-no": (
        section("""\
            - {id: fee_amount, type: money, label: Amount}
            - {id: note, type: text, label: Notes, relevant: "fee_amount + 1"}
        """),
        ["sections[0].questions[1].relevant: the condition gives number, not yes/no"],
    ),
    "unknown-function": (
        section("""\
            - {id: fee_amount, type: money, label: Amount, constraint: "pulldata(.) > 0"}
        """),
        [
            "sections[0].questions[0].constraint: unknown function 'pulldata'; known: abs, all, "
            "any, boolean, ceiling, choice_label, coalesce, concat, contains, count, count_if, "
            "count_selected, date, date_time, decimal_date_time, empty, ends_with, filled, "
            "floor, format_date, if, int, join, length, lookup, max, min, now, nth, number, "
            "position, "
            "pow, regex, round, selected, selected_at, starts_with, string, substr, "
            "substring_after, substring_before, sum, today"
        ],
    ),
    "current-value-in-relevance": (
        section('- {id: fee_amount, type: money, label: Amount, relevant: ". > 0"}\n'),
        ["sections[0].questions[0].relevant: '.' (this question's value) has no meaning here"],
    ),
    "bad-date-literal": (
        section("""\
            - {id: expiry, type: date, label: Expiry}
            - {id: note, type: text, label: Notes, relevant: "expiry < '2026-13-01'"}
        """),
        ["sections[0].questions[1].relevant: '2026-13-01' is not a date (YYYY-MM-DD)"],
    ),
    "calculate-without-calculation": (
        section("- {id: total, type: calculate}\n"),
        ["sections[0].questions[0].calculation: missing: a calculate question needs it"],
    ),
    "select-without-choices": (
        section("- {id: category, type: select_one, label: What}\n"),
        ["sections[0].questions[0].choices: missing: a choice question needs choices"],
    ),
    "choices-on-text": (
        section("- {id: name, type: text, choices: fee_category, label: Name}\n"),
        [
            "sections[0].questions[0].choices: only select_one and select_multiple questions take "
            "choices"
        ],
    ),
    "deadline-out-of-range": (
        section("""\
            - id: fees_charged
              type: yes_no
              label: Fees
              findings:
                - {id: R1, when: ". = 'yes'", severity: major, title: Fees, deadline_days: -3}
        """),
        ["sections[0].questions[0].findings[0].deadline_days: expected 0 to 3650 days"],
    ),
    "duplicate-rule-id": (
        section("""\
            - id: a
              type: yes_no
              label: A
              findings: [{id: R1, when: ". = 'yes'", severity: minor, title: A}]
            - id: b
              type: yes_no
              label: B
              findings: [{id: R1, when: ". = 'yes'", severity: minor, title: B}]
        """),
        [
            "sections[0].questions[1].findings[0].id: duplicate finding rule id 'R1' "
            "(first at sections[0].questions[0].findings[0])"
        ],
    ),
    "missing-top-level": (
        "format: 1\nid: broken\nsections: []\n",
        ["version: missing", "title: missing", "sections: a form needs at least one section"],
    ),
    "newer-format": (
        HEAD.replace("format: 1", "format: 2")
        + "sections:\n  - {id: S, title: T, questions: [{id: a, type: text, label: A}]}\n",
        ["format: this app reads form format 1, not 2"],
    ),
    "not-a-mapping": ("- just\n- a list\n", ["(top): expected a mapping of keys to values"]),
    "yaml-syntax": (
        HEAD + "sections:\n  - id: S01\n   title: bad indent\n",
        ["line 14, column 4: did not find expected '-' indicator"],
    ),
    "duplicate-yaml-key": (
        section("- {id: a, type: text, label: A, label: B}\n"),
        ["line 16, column 39: duplicate key 'label'"],
    ),
    "colon-in-flow-mapping": (
        section("- {id: note, type: note, label: Note: read this first}\n"),
        [
            "line 16, column 43: did not find expected ',' or '}' (inside { } or [ ], put text "
            "containing ? : , # in quotes)"
        ],
    ),
    "calculation-compared-with-the-wrong-kind": (
        section("""\
            - {id: n, type: integer, label: N}
            - {id: c, type: calculate, calculation: "n + 1"}
            - {id: d, type: calculate, calculation: "c * 2"}
            - {id: e, type: text, label: E, relevant: "d = '2'"}
        """),
        ["sections[0].questions[3].relevant: cannot compare number with text"],
    ),
    "rule-named-like-a-key": (
        section("""\
            - id: a
              type: yes_no
              label: A
              findings: [{id: relevant, when: ". = 'yes'", severity: minor, title: T}]
            - {id: b, type: integer, label: B, relevant: "nosuchquestion = 3"}
        """),
        ["sections[0].questions[1].relevant: unknown question 'nosuchquestion'"],
    ),
    "chained-comparison": (
        section('- {id: n, type: integer, label: N, constraint: "0 < . < 10"}\n'),
        [
            "sections[0].questions[0].constraint: Comparisons cannot be chained; join them with "
            "'and' at position 7, found '<'."
        ],
    ),
}


def _problems(path: Path) -> list[str]:
    with pytest.raises(FormInvalid) as caught:
        load_file(path)
    return caught.value.problems


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_broken_form_gets_the_precise_message(tmp_path: Path, name: str) -> None:
    text, expected = CORPUS[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    assert _problems(path) == [f"{path}: {message}" for message in expected]


def test_forms_check_reports_every_broken_file_and_fails(tmp_path: Path) -> None:
    names = ["unknown-question", "bad-severity", "relevance-cycle"]
    files = []
    for name in names:
        path = tmp_path / "forms" / f"{name}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(CORPUS[name][0], encoding="utf-8")
        files.append(f"forms/{name}.yaml")
    result = run_cli("forms", "check", *files, cwd=tmp_path)
    assert result.returncode == 7
    for name in names:
        for message in CORPUS[name][1]:
            assert f"forms/{name}.yaml: {message}" in result.stderr.splitlines()
    assert "3 of 3 checklist(s) have problems" in result.stderr


def test_every_shipped_form_passes_forms_check() -> None:
    files = shipped_form_files()
    assert {path.stem for path in files} >= {
        "agency-inspection",
        "worker-interview",
        "complaint-intake",
        "follow-up-inspection",
    }
    result = run_cli("forms", "check", *map(str, files))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": OK (") == len(files)


def test_forms_check_without_files_checks_the_shipped_ones() -> None:
    result = run_cli("forms", "check")
    assert result.returncode == 0, result.stderr
    assert "agency-inspection.yaml: OK" in result.stdout
