"""Answers to an XLSForm-style checklist on the command line, held to the same rules as in the
editor: a cascading select lists the choices its filter offers, an answer it does not offer is
kept but reported invalid (and blocks completion), and a repeat_count gives the entries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli import test_lifecycle
from tests.cli.test_lifecycle import cli
from tests.gui.test_editor_xlsform import FORM

# the lifecycle tests' cheap vault, as fixtures here
cheap_template = test_lifecycle.cheap_template
folder = test_lifecycle.folder


def test_a_filtered_choice_is_held_to_the_filter_as_in_the_window(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    tmp_path: Path,
) -> None:
    form = tmp_path / "cascade-visit.yaml"
    form.write_text(FORM, encoding="utf-8")
    out, _err = cli(capsys, folder, "inspections", "start", "NP-RA-77001", "--form", str(form))
    reference = re.search(r"INS-\S+", out)
    assert reference is not None, out
    ref = reference.group(0)
    cli(capsys, folder, "inspections", "answer", ref, "country", "np")
    out, _err = cli(capsys, folder, "inspections", "questions", ref)
    assert "district  [select_one: ktm|pkr]" in out
    assert "case_ref" not in out  # hidden: never shown
    out, _err = cli(capsys, folder, "inspections", "answer", ref, "district", "knd")
    assert "the answer to 'district' is invalid: not one of the choices offered" in out
    assert "1 answer still missing or invalid" in out
    _out, err = cli(capsys, folder, "inspections", "complete", ref, code=1)
    assert "district" in err
    cli(capsys, folder, "inspections", "answer", ref, "district", "pkr")
    # the count gives the entries, as in the window
    out, _err = cli(capsys, folder, "inspections", "answer", ref, "workers_met", "2")
    out, _err = cli(capsys, folder, "inspections", "questions", ref)
    assert len(re.findall(r"worker\[[0-9a-f]+\]\.name", out)) == 2
