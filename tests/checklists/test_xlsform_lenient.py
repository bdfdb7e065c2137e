"""XLSForm import without --strict: the spellings forms are written in are read, and what has no
meaning here is left out and listed (kind, sheet, row, column, why) instead of refusing the form."""

from __future__ import annotations

from pathlib import Path

from inspector.checklists.xlsform import convert_workbook
from tests.checklists.test_xlsform import make_workbook


def test_syntax_variants_are_read_and_what_has_no_meaning_is_listed(tmp_path: Path) -> None:
    survey = [
        ["Type ", "name", "label:English", "label::Français(fr)", "Hint", "bind::relevant",
         "appearance", "$kuid"],
        ["start", "started", "", "", "", "", "", "k1"],
        ["begin group", "g", "Group", "Groupe", "", "", "", ""],
        ["select one from yn or_other", "works", "Works?", "Travaille ?", "Say", "", "minimal",
         ""],
        ["geopoint", "where", "Where", "Où", "", "${works} = 'yes'", "", ""],
        ["hidden", "secret", "", "", "", "", "", ""],
        ["text", "works", "Again", "Encore", "", "", "", ""],
        ["end group", "", "", "", "", "", "", ""],
    ]  # fmt: skip
    choices = [["list_name", "name", "label::english", "label::french", "media::image"],
               ["yn", "yes", "Yes", "Oui", "yes.png"], ["yn", "no", "No", "Non", ""]]  # fmt: skip
    settings = [["form_title", "default_language", "style"], ["Survey", "English (en)", "pages"]]
    conversion = convert_workbook(
        make_workbook(tmp_path / "variants.xlsx", survey, choices, settings)
    )
    form = conversion.form
    assert form.languages == ("en", "fr")
    questions = form.all_questions()
    assert set(questions) == {"works", "where", "works_2"}
    assert questions["works"].label == {"en": "Works?", "fr": "Travaille ?"}
    assert questions["works"].hint == {"en": "Say"}  # no language: the first one
    assert questions["where"].type.value == "text"
    # ${works} could be either question named works: that rule is left out, not guessed
    assert questions["where"].relevant is None
    dropped = {(d["kind"], d.get("row"), d.get("column")) for d in conversion.dropped}
    assert dropped == {
        ("type", 2, "type"),  # start: metadata
        ("option", 4, "type"),  # or_other
        ("type", 6, "type"),  # hidden
        ("rule", 5, "relevant"),
        ("column", None, "appearance"),
        ("column", None, "$kuid"),
        ("column", None, "media::image"),
        ("column", None, "style"),
    }
