"""XLSForm import without --strict: the spellings forms are written in are read, and what has no
meaning here is left out and listed (kind, sheet, row, column, why) instead of refusing the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspector.checklists.loader import load_file
from inspector.checklists.model import text_in
from inspector.checklists.state import evaluate_form
from inspector.checklists.xlsform import convert_workbook
from tests.checklists.test_xlsform import make_workbook
from tests.conftest import run_cli


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
    assert set(questions) == {"works", "where", "secret", "works_2"}
    assert questions["secret"].type.value == "hidden"  # kept: a value given from outside
    assert questions["works"].label == {"en": "Works?", "fr": "Travaille ?"}
    assert questions["works"].hint == {"en": "Say"}  # no language: the first one
    assert questions["where"].type.value == "text"
    # ${works} could be either question named works: that rule is left out, not guessed
    assert questions["where"].relevant is None
    dropped = {(d["kind"], d.get("row"), d.get("column")) for d in conversion.dropped}
    assert dropped == {
        ("type", 2, "type"),  # start: metadata
        ("option", 4, "type"),  # or_other
        ("rule", 5, "relevant"),
        ("column", None, "appearance"),
        ("column", None, "$kuid"),
        ("column", None, "media::image"),
        ("column", None, "style"),
    }


def test_hidden_inputs_and_calculates_keep_their_rows_and_meaning(tmp_path: Path) -> None:
    """CHT-style forms: hidden inputs the app fills, calculates built on them, relative paths
    to names used in two groups, a calculation of '.' and one on itself."""
    survey = [
        ["type", "name", "label", "relevant", "calculation"],
        ["begin group", "inputs", "Inputs", "./source = 'user'", ""],
        ["hidden", "source", "", "", ""],
        ["begin group", "contact", "Contact", "", ""],
        ["hidden", "name", "", "", ""],
        ["end group", "", "", "", ""],
        ["end group", "", "", "", ""],
        ["calculate", "patient_name", "", "", "../inputs/contact/name"],
        ["calculate", "doc", "", "", "."],
        ["calculate", "later", "", "", "difference-in-months(today(), today())"],
        ["calculate", "parent", "", "", "coalesce(${picked}, ${parent})"],
        ["begin group", "visit", "Visit", "", ""],
        ["select_one n", "count", "How many?", "", ""],
        ["integer", "other", "Other", "selected(../count, 'other')", ""],
        ["calculate", "total", "", "", "if(selected(../count, 'other'), ../other, ../count)"],
        ["text", "name", "Name", "../total > 1", ""],
        ["text", "picked", "Picked", "", ""],
        ["end group", "", "", "", ""],
    ]
    choices = [["list_name", "name", "label"], ["n", "1", "One"], ["n", "2", "Two"],
               ["n", "other", "Other"]]  # fmt: skip
    conversion = convert_workbook(make_workbook(tmp_path / "cht.xlsx", survey, choices))
    questions = conversion.form.all_questions()
    # every question row is kept
    assert len(questions) == 11
    kinds = {q.id: q.type.value for q in questions.values()}
    assert kinds["source"] == kinds["name"] == "hidden"
    assert kinds["doc"] == "hidden"  # '.': its own value, given from outside
    assert kinds["later"] == "hidden"  # its rule has no meaning here: listed, the value kept
    assert kinds["parent"] == "hidden"  # a calculation on itself: listed, the value kept
    assert kinds["patient_name"] == kinds["total"] == "calculate"
    # ../inputs/contact/name is the hidden 'name'; ../total in the visit group, not a guess
    assert questions["patient_name"].calculation.text == "name"
    assert questions["name_2"].relevant.text == "total > 1"
    why = {(d["row"], d["column"]): d["why"] for d in conversion.dropped if "row" in d}
    assert why[(10, "calculation")] == "function 'difference-in-months' is not supported"
    assert "goes round in a circle" in why[(11, "calculation")]
    # a hidden value is blank and never shown; the choice '2' counts as the number 2
    result = evaluate_form(conversion.form, {"count": "2"}, today=dt.date(2026, 1, 1))
    assert not result.questions["source"].visible
    assert result.values["total"] == 2
    assert result.questions["name_2"].visible
    result = evaluate_form(
        conversion.form, {"count": "other", "other": "1"}, today=dt.date(2026, 1, 1)
    )
    assert result.values["total"] == 1 and not result.questions["name_2"].visible


def test_cascading_selects_offer_the_choices_their_filter_lets_through(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "choice_filter"],
        ["select_one county", "county", "County", ""],
        ["select_one district", "district", "District", "county = ${county}"],
        ["select_one town", "town", "Town", "county=${county} and district=${district}"],
    ]
    choices = [
        ["list_name", "name", "label", "county", "district"],
        ["county", "1", "Bong", "", ""],
        ["county", "2", "Nimba", "", ""],
        ["district", "1", "Jorquelleh", "1", ""],
        ["district", "2", "Suakoko", "1", ""],
        ["district", "1", "Sanniquellie", "2", ""],  # the same name, told apart by county
        ["town", "1", "Gbarnga", "1", "1"],
        ["town", "1", "Ganta", "2", "1"],
        ["town", "1", "Ganta again", "2", "1"],  # a true duplicate: left out, listed
    ]
    conversion = convert_workbook(make_workbook(tmp_path / "cascade.xlsx", survey, choices))
    questions = conversion.form.all_questions()
    assert questions["district"].choice_filter.text == "choice.county = county"
    assert len(questions["district"].choices) == 3
    dropped = [(d["sheet"], d["row"], d["column"]) for d in conversion.dropped if "row" in d]
    assert dropped == [("choices", 9, "name")]

    def offered(answers: dict[str, str], question: str) -> list[str]:
        result = evaluate_form(conversion.form, answers, today=dt.date(2026, 1, 1))
        return [text_in(c.label, "en") for c in result.questions[question].offered or ()]

    assert offered({"county": "1"}, "district") == ["Jorquelleh", "Suakoko"]
    assert offered({"county": "2"}, "district") == ["Sanniquellie"]
    assert offered({}, "district") == []
    assert offered({"county": "2", "district": "1"}, "town") == ["Ganta"]
    # an answer the filter does not offer is refused
    result = evaluate_form(conversion.form, {"county": "2", "district": "2"})
    assert result.questions["district"].problem == "not one of the choices offered"


def test_select_one_from_file_reads_the_csv_given_with_media(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "choice_filter"],
        ["select_one county", "county", "County", ""],
        ["select_one_from_file villages.csv", "village", "Village", "county = ${county}"],
    ]
    choices = [["list_name", "name", "label"], ["county", "1", "Bong"], ["county", "2", "Nimba"]]
    source = make_workbook(tmp_path / "villages.xlsx", survey, choices)
    media = tmp_path / "media"
    media.mkdir()
    (media / "villages.csv").write_text(
        "name,label,county\nv1,Gbarnga,1\nv2,Ganta,2\nv3,Palala,1\n", encoding="utf-8"
    )
    output = tmp_path / "villages.yaml"
    result = run_cli("forms", "import-xlsform", str(source), "-o", str(output),
                     "--media", str(media))  # fmt: skip
    assert result.returncode == 0, result.stderr
    form = load_file(output)
    village = form.all_questions()["village"]
    assert [c.value for c in village.choices] == ["v1", "v2", "v3"]
    evaluation = evaluate_form(form, {"county": "1"}, today=dt.date(2026, 1, 1))
    offered = evaluation.questions["village"].offered or ()
    assert [text_in(c.label, "en") for c in offered] == ["Gbarnga", "Palala"]
    # without the folder, or without the file in it: the row is named, and --strict refuses
    conversion = convert_workbook(source)
    assert "village" not in conversion.form.all_questions()
    assert [(d["row"], d["column"], d["why"]) for d in conversion.dropped if "row" in d] == [
        (3, "type", "its choices are in 'villages.csv', sent with the form: give the folder "
         "that holds it with --media DIR"),
    ]  # fmt: skip
    (media / "villages.csv").unlink()
    result = run_cli("forms", "import-xlsform", "--strict", str(source), "-o",
                     str(tmp_path / "strict.yaml"), "--media", str(media))  # fmt: skip
    assert result.returncode != 0
    assert (
        f"villages.xlsx: survey row 3, column type: its choices are in 'villages.csv', which is "
        f"not in {media}" in result.stderr
    )


def test_choice_images_and_allowed_duplicates_are_left_out_with_a_warning(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["select_one yn", "ok", "OK?"]]
    choices = [["list_name", "name", "label", "media::image"], ["yn", "yes", "Yes", "yes.png"],
               ["yn", "no", "No", ""], ["yn", "yes", "Yes again", ""]]  # fmt: skip
    settings = [["form_title", "allow_choice_duplicates"], ["Dup", "yes"]]
    path = make_workbook(tmp_path / "dup.xlsx", survey, choices, settings)
    plain = [row[:3] for row in choices]
    without_images = make_workbook(tmp_path / "plain.xlsx", survey, plain, settings)
    for source, strict in ((path, False), (without_images, True)):
        conversion = convert_workbook(source, strict=strict)
        assert [c.value for c in conversion.form.all_questions()["ok"].choices] == ["yes", "no"]
        assert any("choices row 4, column name: 'yes' is already in list 'yn' (row 2); "
                   "allow_choice_duplicates" in w for w in conversion.warnings)  # fmt: skip
    conversion = convert_workbook(path)
    assert any("column 'media::image'" in w and "images, audio and video are not shown" in w
               for w in conversion.warnings)  # fmt: skip


def test_pulldata_reads_the_csv_given_with_media(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "calculation"],
        ["text", "code", "Facility code", ""],
        ["calculate", "facility", "", "pulldata('facilities', 'name', 'code', ${code})"],
        ["calculate", "staff", "", "pulldata('facilities', 'staff', 'code', ${code}) + 1"],
    ]
    source = make_workbook(tmp_path / "lookup.xlsx", survey)
    media = tmp_path / "media"
    media.mkdir()
    (media / "facilities.csv").write_text(
        "code,name,staff\nF1,Phebe Hospital,40\nF2,Ganta Clinic,6\n", encoding="utf-8"
    )
    conversion = convert_workbook(source, media=media)
    assert not conversion.dropped
    result = evaluate_form(conversion.form, {"code": "F2"}, today=dt.date(2026, 1, 1))
    assert result.values["facility"] == "Ganta Clinic" and result.values["staff"] == 7
    assert evaluate_form(conversion.form, {"code": "F9"}).values["facility"] is None
    # without the file: reported once, its rules left out, the rows kept
    (media / "facilities.csv").unlink()
    conversion = convert_workbook(source, media=media)
    assert {d["row"] for d in conversion.dropped if d["column"] == "calculation"} == {3, 4}
    assert f"pulldata() reads 'facilities.csv', which is not in {media}" in {
        d["why"] for d in conversion.dropped
    }
    assert len(conversion.form.all_questions()) == 3


def test_a_repeat_inside_a_repeat_keeps_its_questions_once_per_outer_entry(
    tmp_path: Path,
) -> None:
    survey = [
        ["type", "name", "label"],
        ["begin_repeat", "member", "Household member"],
        ["text", "member_name", "Name"],
        ["begin_repeat", "payment", "Payment"],
        ["integer", "amount", "Amount paid"],
        ["end_repeat", "", ""],
        ["end_repeat", "", ""],
        ["integer", "total", "Total"],
    ]
    workbook = make_workbook(tmp_path / "nested.xlsx", survey)
    conversion = convert_workbook(workbook)
    member = conversion.form.all_questions()["member"]
    assert [q.id for q in member.questions] == ["member_name", "amount"]
    (entry,) = conversion.dropped
    assert (entry["kind"], entry["row"], entry["column"]) == ("repeat", 4, "type")
    assert "kept as a group, asked once in each 'member' entry" in entry["why"]
    # --strict still refuses it, naming the row.
    result = run_cli("forms", "import-xlsform", "--strict", str(workbook),
                     "-o", str(tmp_path / "out.yaml"))  # fmt: skip
    assert result.returncode != 0
    assert "nested.xlsx: survey row 4, column type: repeat 'payment' is inside" in result.stderr
