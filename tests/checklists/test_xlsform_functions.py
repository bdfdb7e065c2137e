"""The ODK XForms functions an XLSForm uses, converted and evaluated as ODK would: dates and
their formats, text, numbers, choice labels; functions with no meaning offline are reported once
with their rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from inspector.checklists.state import evaluate_form
from inspector.checklists.xlsform import convert_workbook
from tests.checklists.test_xlsform import make_workbook

TODAY = dt.date(2026, 3, 9)


def test_odk_functions_give_what_odk_gives(tmp_path: Path) -> None:
    calculations = {
        "ymd": "format-date(${d}, '%Y/%m/%d %e %n %b')",
        "year": "format-date-time(now(), '%Y')",
        "days": "decimal-date-time(${d})",
        "next": "format-date(date-time(decimal-date-time(${d}) + 1), '%Y-%m-%d')",
        "from_text": "format-date(date(${t}), '%d')",
        "age": "format-date(today(), '%Y') - format-date(${d}, '%Y')",
        "colour": "jr:choice-name(${c}, '${c}')",
        "kept": "once(concat('id-', ${t}))",
        "part": "substr('abcdef', 1, 3)",
        "before": "substring-before('a-b-c', '-')",
        "after": "substring-after('a-b-c', '-')",
        "power": "pow(2, 10)",
        "joined": "join(' + ', ${m})",
        "second": "selected-at(${m}, 1)",
        "digits": "if(regex(${t}, '^[0-9]+$'), 'yes', 'no')",
        "filled_text": "if(boolean(${t}) and not(${blank}), 'yes', 'no')",
        "num": "number('12') + 1",
        "choice_sum": "${c} + 1",
    }
    survey = [
        ["type", "name", "label", "calculation"],
        ["date", "d", "Date", ""],
        ["text", "t", "Text", ""],
        ["text", "blank", "Blank", ""],
        ["select_one colours", "c", "Colour", ""],
        ["select_multiple colours", "m", "Colours", ""],
        *(["calculate", name, "", text] for name, text in calculations.items()),
        ["calculate", "token", "", "uuid()"],
        ["calculate", "draw", "", "once(random())"],
    ]
    choices = [["list_name", "name", "label"], ["colours", "1", "Red"], ["colours", "2", "Blue"],
               ["colours", "3", "Green"]]  # fmt: skip
    conversion = convert_workbook(make_workbook(tmp_path / "f.xlsx", survey, choices))
    answers = {"d": "2024-02-05", "t": "2024-12-31", "c": "2", "m": ["1", "3"]}
    values = evaluate_form(conversion.form, answers, today=TODAY).values
    assert values["ymd"] == "2024/02/05 5 2 Feb"
    assert values["year"] == "2026"
    assert values["days"] == (dt.date(2024, 2, 5) - dt.date(1970, 1, 1)).days
    assert values["next"] == "2024-02-06"
    assert values["from_text"] == "31"
    assert values["age"] == 2
    assert values["colour"] == "Blue"
    assert values["kept"] == "id-2024-12-31"
    assert (values["part"], values["before"], values["after"]) == ("bc", "a", "b-c")
    assert values["power"] == Decimal(1024)
    assert values["joined"] == "1 + 3" and values["second"] == "3"
    assert values["digits"] == "no" and values["filled_text"] == "yes"
    assert values["num"] == 13 and values["choice_sum"] == 3
    values = evaluate_form(conversion.form, {"t": "2024"}, today=TODAY).values
    assert values["digits"] == "yes"
    # uuid() and random() have no meaning here: reported once each with their rows
    reported = [w for w in conversion.warnings if "function 'uuid'" in w or "'random'" in w]
    assert reported == [
        "f.xlsx: survey: function 'uuid': a value drawn once for each submission; this app "
        "computes calculations again each time, so it would change; the rules that use it are "
        f"left out (rows {len(calculations) + 7})",
        "f.xlsx: survey: function 'random': a value drawn once for each submission; this app "
        "computes calculations again each time, so it would change; the rules that use it are "
        f"left out (rows {len(calculations) + 8})",
    ]
