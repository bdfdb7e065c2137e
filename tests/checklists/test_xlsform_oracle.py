"""The largest corpus form answered at random: every relevance and constraint gives what the XForm
pyxform makes of the same workbook gives, evaluated by an independent XPath 1.0 engine
(elementpath) over that XForm's instance, as ODK reads it (a node is relevant when it and every
group holding it are; a constraint is checked on a non-blank answer)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from inspector.checklists.model import QuestionType
from inspector.checklists.state import evaluate_form
from inspector.checklists.xlsform import convert_workbook

elementpath = pytest.importorskip("elementpath")
xls2xform = pytest.importorskip("pyxform.xls2xform")

SOURCE = Path(__file__).parent.parent / "data" / "xlsforms" / "cht-perf-large_cha.xlsx"
XF = "{http://www.w3.org/2002/xforms}"
# ODK's selected(a, b), spelled in XPath 1.0
_SELECTED = re.compile(r"selected\(\s*([^,()]+?)\s*,\s*('[^']*')\s*\)")


def xpath(text: str) -> str:
    return _SELECTED.sub(r"contains(concat(' ', \1, ' '), concat(' ', \2, ' '))", text)


def test_relevance_and_constraints_match_pyxform_xform_under_elementpath() -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        xform = xls2xform.convert(xlsform=str(SOURCE), validate=False).xform
    model = ET.fromstring(xform).find(f".//{XF}model")  # noqa: S314 (pyxform's own output)
    assert model is not None
    instance = model.find(f"{XF}instance")
    assert instance is not None
    data = next(iter(instance))
    for element in data.iter():
        element.tag = element.tag.rpartition("}")[2]  # plain names, as the binds' paths read
    binds = {b.get("nodeset", ""): b for b in model.iter(f"{XF}bind")}
    form = convert_workbook(SOURCE).form
    questions = form.all_questions()
    # the answerable questions the rules read, each by its path in the XForm
    read = {p for b in binds.values() for key in ("relevant", "constraint")
            for p in re.findall(r"/data(?:/\w+)+", b.get(key, ""))}  # fmt: skip
    checked = [p for p in binds if binds[p].get("relevant") or binds[p].get("constraint")]
    inputs = [p for p in sorted(read | set(checked))
              if (q := questions.get(p.rsplit("/", 1)[1])) is not None
              and q.type.holds_answer and q.repeat is None]  # fmt: skip
    assert len(inputs) >= 50
    rng = random.Random(18)  # noqa: S311 (test data)
    compared = 0
    for _round in range(25):
        answers: dict[str, Any] = {}
        for path in inputs:
            node = data.find(path.removeprefix("/data/"))
            question = questions[path.rsplit("/", 1)[1]]
            value = _random_answer(question, rng)
            if node is not None:
                node.text = " ".join(value) if isinstance(value, list) else value
            if value not in (None, "", []):
                answers[question.id] = value
        tree = ET.ElementTree(data)
        result = evaluate_form(form, answers, today=dt.date(2026, 3, 9))
        for path in checked:
            name = path.rsplit("/", 1)[1]
            question = questions.get(name)
            node = data.find(path.removeprefix("/data/"))
            if question is None or node is None or question.repeat is not None:
                continue
            relevant = all(
                _true(tree, binds[a].get("relevant"), node)
                for a in _ancestors(path)
                if a in binds and binds[a].get("relevant")
            )
            state = result.questions[name]
            assert state.visible is relevant, (path, answers)
            constraint = binds[path].get("constraint")
            if relevant and constraint and node.text:
                broken = not _true(tree, constraint, node)
                assert (state.problem not in (None, "missing")) is broken, (path, node.text)
            compared += 1
    assert compared >= 25 * 30


def _ancestors(path: str) -> list[str]:
    steps = path.split("/")
    return ["/".join(steps[:i]) for i in range(3, len(steps) + 1)]


def _true(tree: ET.ElementTree, expression: str | None, node: ET.Element) -> bool:
    if not expression:
        return True
    found = elementpath.select(tree, xpath(expression), item=node, parser=elementpath.XPath1Parser)
    return bool(found)


def _random_answer(question: Any, rng: random.Random) -> Any:
    if rng.random() < 0.25:
        return None
    if question.type is QuestionType.SELECT_MULTIPLE:
        return sorted({c.value for c in question.choices if rng.random() < 0.4})
    if question.choices:
        return rng.choice(question.choices).value
    if question.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
        return str(rng.choice([-1, 0, 1, 2, 5, 25, 30, 44, 60, 100, 216, 217, 400]))
    return rng.choice(["yes", "no", "x"])
