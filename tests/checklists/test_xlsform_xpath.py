"""XLSForm expressions: XPath paths read as the question they name, and any text given to the
translator ends in a converted expression our parser reads or in our error, never another."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.checklists.expressions import parse
from inspector.checklists.state import evaluate_form
from inspector.checklists.xlsform import convert_workbook
from inspector.checklists.xlsform.convert import Converter
from inspector.errors import ExpressionError, FormInvalid
from tests.checklists.test_xlsform import make_workbook

SURVEY = [
    ["type", "name", "label", "relevant", "constraint"],
    ["begin_group", "household", "Household", "", ""],
    ["integer", "age", "Age", "", ". >= 0"],
    ["select_one yn", "works", "Works?", "/data/household/age >= 15", ""],
    ["text", "employer", "Employer", "../works = 'yes' and current()/../age < 99", ""],
    ["end_group", "", "", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


def test_xpath_paths_are_the_questions_they_name(tmp_path: Path) -> None:
    conversion = convert_workbook(make_workbook(tmp_path / "paths.xlsx", SURVEY, CHOICES))
    assert conversion.dropped == []

    def visible(answers: dict[str, object]) -> set[str]:
        result = evaluate_form(conversion.form, answers, today=dt.date(2026, 1, 1))
        return {path for path, state in result.questions.items() if state.visible}

    assert {"works", "employer"}.isdisjoint(visible({"age": 12}))
    assert "works" in visible({"age": 15}) and "employer" not in visible({"age": 15})
    assert "employer" in visible({"age": 40, "works": "yes"})


def test_a_path_to_what_is_not_a_question_drops_only_that_rule(tmp_path: Path) -> None:
    survey = [*SURVEY[:-1], ["note", "n", "Note", "../inputs/contact/_id != ''", ""], SURVEY[-1]]
    conversion = convert_workbook(make_workbook(tmp_path / "inputs.xlsx", survey, CHOICES))
    assert [(d["kind"], d["row"], d["column"]) for d in conversion.dropped] == [
        ("rule", 6, "relevant")
    ]
    assert "'../inputs/contact/_id' names no question" in conversion.dropped[0]["why"]
    assert "n" in conversion.form.all_questions()


@pytest.fixture(scope="module")
def translator(tmp_path_factory: pytest.TempPathFactory) -> Converter:
    path = make_workbook(tmp_path_factory.mktemp("x") / "fuzz.xlsx", SURVEY, CHOICES)
    converter = Converter(path, None)
    converter.read()
    converter.read_settings()
    converter.decide_languages()
    converter.read_choices()
    converter.structure()
    return converter


_PIECES = [
    "${age}", "${works}", "${nothing}", "${", "}", "/data/household/age", "../age", "..", ".",
    "/", "//", "@", "[", "]", "(", ")", ",", " ", "'", '"', "'yes'", "\u2019", "and", "or", "div",
    "mod", "=", "!=", "<", ">=", "+", "-", "*", "|", "1", "2.5", ".5", "selected(", "if(",
    "not(", "count(", "sum(", "concat(", "jr:choice-name(", "instance('x')", "current()",
    "current(", "position(..)", "true()", "false()", "today()", "string-length(", "x", "age",
    "name", "county", "format-date(", "'%Y'", "date-time(", "decimal-date-time(", "once(",
    "indexed-repeat(", "regex(", "substr(", "join(", "pow(", "now()", "uuid()", "false",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
        st.text(max_size=40),
    )
)
def test_any_text_gives_an_expression_or_our_error(translator: Converter, text: str) -> None:
    item = translator.items["employer"]
    translator.filter_columns = {"county": "county"}
    for column in ("relevant", "calculation", "choice_filter", "repeat_count"):
        translator.trees.clear()
        translator.dropped.clear()
        result = translator.expression(item, column, text)
        if result is None:
            continue
        with contextlib.suppress(ExpressionError):  # the loader then names the row and column
            parse(result)


def test_odk_number_and_text_functions_give_what_odk_gives(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant", "calculation"],
        ["decimal", "x", "X", "", ""],
        ["text", "t", "T", "", ""],
        ["calculate", "i", "", "", "int(${x})"],
        ["calculate", "f", "", "", "floor(${x})"],
        ["calculate", "c", "", "", "ceiling(${x})"],
        ["calculate", "a", "", "", "abs(${x})"],
        ["note", "has", "Has it", "contains(${t}, 'lab')", ""],
        ["note", "starts", "Starts", "starts-with(${t}, 'lab') and not(ends-with(${t}, 'x'))", ""],
    ]
    conversion = convert_workbook(make_workbook(tmp_path / "functions.xlsx", survey))
    assert conversion.dropped == []
    result = evaluate_form(conversion.form, {"x": "-2.5", "t": "labour"})
    assert {k: str(result.values[k]) for k in "ifca"} == {
        "i": "-2",
        "f": "-3",
        "c": "-2",
        "a": "2.5",
    }
    assert result.questions["has"].visible and result.questions["starts"].visible
    result = evaluate_form(conversion.form, {"x": "2.5", "t": "a label"})
    assert str(result.values["i"]) == "2" and str(result.values["c"]) == "3"
    assert result.questions["has"].visible and not result.questions["starts"].visible


def test_curly_quotes_read_as_straight_ones_unless_strict(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one yn", "works", "Works?", ""],
        ["text", "employer", "Employer", "${works} = \u2018yes\u2019"],
    ]
    path = make_workbook(tmp_path / "curly.xlsx", survey, CHOICES)
    conversion = convert_workbook(path)
    assert conversion.dropped == []
    result = evaluate_form(conversion.form, {"works": "yes"})
    assert result.questions["employer"].visible
    with pytest.raises(FormInvalid, match=r"curly\.xlsx: survey row 3, column relevant: curly"):
        convert_workbook(path, strict=True)


def test_a_path_tells_apart_questions_of_one_name_and_an_ambiguous_one_is_left_out(
    tmp_path: Path,
) -> None:
    survey = [
        ["type", "name", "label", "relevant"],
        ["begin_group", "mother", "Mother", ""],
        ["text", "name", "Mother's name", ""],
        ["end_group", "", "", ""],
        ["begin_group", "child", "Child", ""],
        ["text", "name", "Child's name", ""],
        ["end_group", "", "", ""],
        ["note", "child_named", "Child named", "/data/child/name != ''"],
        ["note", "someone_named", "Someone named", "${name} != ''"],
    ]
    conversion = convert_workbook(make_workbook(tmp_path / "names.xlsx", survey))
    assert [(d["row"], d["column"]) for d in conversion.dropped] == [(9, "relevant")]
    assert "'${name}' could be any of the questions named 'name'" in conversion.dropped[0]["why"]
    result = evaluate_form(conversion.form, {"name_2": "Asha"})
    assert result.questions["child_named"].visible
    assert not evaluate_form(conversion.form, {"name": "Asha"}).questions["child_named"].visible
