"""XLSForm repeats: a number of entries computed from the answers, position(..) inside an entry,
indexed-repeat() and aggregates reading a repeat's question from outside it, evaluated as ODK
would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspector.checklists.state import evaluate_form
from inspector.checklists.xlsform import convert_workbook
from tests.checklists.test_xlsform import make_workbook

TODAY = dt.date(2026, 3, 9)


def test_repeat_count_position_indexed_repeat_and_aggregates(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant", "calculation", "repeat_count", "constraint"],
        ["integer", "children", "Children", "", "", "", ""],
        ["calculate", "ch", "", "", "${children} + 0", "", ""],
        ["begin_repeat", "child_repeat", "Child", "", "", "${ch}", ""],
        ["integer", "age", "Age", "", "", "", ". < 18"],
        ["note", "first", "The first child", "position(..) = 1", "", "", ""],
        ["calculate", "number", "", "", "position(..)", "", ""],
        ["end_repeat", "", "", "", "", "", ""],
        ["integer", "pick", "Which child?", "", "", "", ""],
        ["calculate", "picked_age", "", "", "indexed-repeat(${age}, ${child_repeat}, ${pick})",
         "", ""],
        ["calculate", "total", "", "", "sum(${age})", "", ""],
        ["calculate", "oldest", "", "", "max(${age})", "", ""],
        ["calculate", "entries", "", "", "count(${child_repeat})", "", ""],
    ]  # fmt: skip
    conversion = convert_workbook(make_workbook(tmp_path / "children.xlsx", survey))
    assert not [d for d in conversion.dropped if "row" in d]
    repeat = conversion.form.all_questions()["child_repeat"]
    assert repeat.repeat_count is not None and repeat.repeat_count.text == "ch"
    answers = {
        "children": "2",
        "child_repeat": ["a", "b"],
        "child_repeat[a].age": "4",
        "child_repeat[b].age": "9",
        "pick": "2",
    }
    result = evaluate_form(conversion.form, answers, today=TODAY)
    assert result.questions["child_repeat"].problem is None
    assert result.questions["child_repeat[a].first"].visible
    assert not result.questions["child_repeat[b].first"].visible
    assert result.values["child_repeat[b].number"] == 2
    assert result.values["picked_age"] == 9
    assert (result.values["total"], result.values["oldest"], result.values["entries"]) == (13, 9, 2)
    # the number of entries follows the answer it is computed from
    result = evaluate_form(conversion.form, {**answers, "children": "3"}, today=TODAY)
    assert result.questions["child_repeat"].problem == "at least 3 entries"
    result = evaluate_form(conversion.form, {**answers, "children": "1"}, today=TODAY)
    assert result.questions["child_repeat"].problem == "at most 1 entries"
    # past the last entry, indexed-repeat() is blank
    result = evaluate_form(conversion.form, {**answers, "pick": "5"}, today=TODAY)
    assert result.values["picked_age"] is None
