"""XLSForm import of published forms from real deployments (tests/data/xlsforms/SOURCES.md): most
convert to checklists that `inspector forms check` accepts, and what is left out is listed with
the sheet, row and column it came from."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import openpyxl
import pytest
import yaml

from inspector.checklists.loader import load_file
from inspector.checklists.xlsform import convert_file, convert_workbook
from inspector.checklists.xlsform.survey import METADATA
from inspector.errors import FormInvalid
from tests.conftest import run_cli

CORPUS = Path(__file__).parent.parent / "data" / "xlsforms"
FILES = sorted(CORPUS.glob("*.xlsx"))
_STRUCTURE = ("begin_group", "end_group", "end_repeat", "begin group", "end group", "end repeat")


@cache
def question_rows(path: Path) -> int:
    """Survey rows that are questions (or repeats): neither group markers nor device metadata."""
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = next(w for w in workbook.worksheets if w.title.strip().lower() == "survey")
        rows = sheet.iter_rows(values_only=True)
        header = [str(cell or "").strip().lower() for cell in next(rows)]
        column = header.index("type")
        count = 0
        for row in rows:
            kind = " ".join(str(row[column] or "").split()).lower() if column < len(row) else ""
            if kind and not kind.startswith(_STRUCTURE) and kind not in METADATA:
                count += 1
        return count
    finally:
        workbook.close()


def test_the_corpus_is_the_published_forms_listed_with_their_sources() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert len(FILES) >= 20
    for path in FILES:
        line = next(x for x in sources.splitlines() if x.startswith(f"| {path.name} |"))
        assert re.search(r"\| [0-9a-f]{40} \| (AGPL-3\.0|MIT) \|", line), line


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path | list[str]]:
    """Each corpus file -> the YAML written for it, or the problems it was refused with."""
    folder = tmp_path_factory.mktemp("corpus")
    results: dict[Path, Path | list[str]] = {}
    for path in FILES:
        output = folder / f"{path.stem}.yaml"
        try:
            convert_file(path, output)
        except FormInvalid as exc:
            results[path] = exc.problems
        else:
            results[path] = output
    return results


def test_nine_in_ten_published_forms_convert_to_checklists_that_pass_forms_check(
    converted: dict[Path, Path | list[str]],
) -> None:
    written = [str(r) for r in converted.values() if isinstance(r, Path)]
    assert len(written) >= 0.9 * len(FILES)
    for refused in (r for r in converted.values() if isinstance(r, list)):
        # each message names the sheet, row and column
        assert all(re.search(r": \w+ row \d+, column ", p) for p in refused), refused
    result = run_cli("forms", "check", *written)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": OK (") == len(written)


def test_what_is_left_out_is_listed_in_the_yaml_with_sheet_row_and_column(tmp_path: Path) -> None:
    source = CORPUS / "cht-delivery.xlsx"
    output = tmp_path / "delivery.yaml"
    result = run_cli("forms", "import-xlsform", str(source), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "rules converted" in result.stdout and "left out" in result.stdout
    document = yaml.safe_load(output.read_text(encoding="utf-8"))
    assert document["source"] == "cht-delivery.xlsx"
    dropped = document["dropped"]
    # the CHT-only column and the rules with no meaning here are named
    assert {"kind": "column", "sheet": "survey", "column": "instance::tag"}.items() <= next(
        d for d in dropped if d.get("column") == "instance::tag"
    ).items()
    # the CHT inputs (hidden fields the app fills) are kept as hidden values, not dropped
    assert not any(d["kind"] in ("type", "row") for d in dropped)
    hidden = [q for s in document["sections"] for q in s["questions"] if q["type"] == "hidden"]
    assert "patient_id" in {q["id"] for q in hidden}
    assert any(d["kind"] == "rule" and d["row"] for d in dropped)
    for entry in dropped:
        assert entry["sheet"] in ("survey", "choices", "settings")
        assert "row" in entry or "column" in entry
        assert entry["why"]


def test_the_liberia_survey_forms_keep_95_percent_of_their_question_rows(
    converted: dict[Path, Path | list[str]],
) -> None:
    for name in ("liberia-round1-liberiaCoverage", "liberia-round2-liberiaCoverage",
                 "liberia-round1-liberiaStdForm"):  # fmt: skip
        path = CORPUS / f"{name}.xlsx"
        result = converted[path]
        assert isinstance(result, Path)
        assert len(load_file(result).all_questions()) >= 0.95 * question_rows(path), name


def test_the_largest_form_has_over_900_rows_and_keeps_them() -> None:
    """Its import time against pyxform's is a benchmark (benchmarks/xlsform_import.py,
    BENCHMARKS.md), not a timed test."""
    source = CORPUS / "cht-perf-large_cha.xlsx"
    assert question_rows(source) > 900
    assert all(question_rows(path) <= question_rows(source) for path in FILES)
    conversion = convert_workbook(source)
    assert len(conversion.form.all_questions()) >= 0.95 * question_rows(source)


def test_strict_keeps_refusing_on_any_loss(tmp_path: Path) -> None:
    source = CORPUS / "cht-delivery.xlsx"
    output = tmp_path / "delivery.yaml"
    result = run_cli("forms", "import-xlsform", "--strict", str(source), "-o", str(output))
    assert result.returncode != 0
    assert "cht-delivery.xlsx: survey, column 'instance::tag' is not supported" in result.stderr
    assert re.search(r"cht-delivery\.xlsx: survey row \d+, column calculation: ", result.stderr)
    assert not output.exists()


def test_each_conversion_keeps_95_percent_of_the_question_rows(
    converted: dict[Path, Path | list[str]],
) -> None:
    short = []
    for path, result in converted.items():
        kept = len(load_file(result).all_questions()) if isinstance(result, Path) else 0
        if kept < 0.95 * question_rows(path):
            short.append((path.name, kept, question_rows(path)))
    assert not short


def test_a_function_with_no_meaning_offline_is_reported_once_with_its_rows() -> None:
    conversion = convert_workbook(CORPUS / "liberia-round1-liberiaCoverageVillageForm.xlsx")
    pulldata = [w for w in conversion.warnings if "function 'pulldata'" in w]
    assert pulldata == [
        "liberia-round1-liberiaCoverageVillageForm.xlsx: survey: function 'pulldata': it reads a "
        "CSV file sent with the form, which this app does not have; the rules that use it are "
        "left out (rows 8, 9, 10, 11, 12, 14, 25, 26, 28, 30)"
    ]
    rules = [d for d in conversion.dropped if d["why"] == "function 'pulldata' is not supported"]
    assert [d["row"] for d in rules] == [8, 9, 10, 11, 12, 14, 25, 26, 28, 30]
    assert {d["column"] for d in rules} == {"calculation"}
