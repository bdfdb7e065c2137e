"""The editor on what XLSForms bring: cascading selects that offer only the choices their filter
lets through (and say so when a stored answer stops being one of them), repeats whose number of
entries is computed from the answers (repeat_count), hidden values never shown, and a published
XLSForm with cascading selects opened as it was imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from inspector.checklists.loader import load_document
from inspector.checklists.model import Form
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import answers_of, start_inspection
from inspector.services.uow import UnitOfWork
from tests.gui.conftest import vault_of, wait_idle

CORPUS = Path(__file__).parents[1] / "data" / "xlsforms"

FORM = """
format: 1
id: cascade-visit
version: "1"
purpose: inspection
languages: [en]
title: Cascade visit
choice_lists:
  country:
    - {value: np, label: Nepal}
    - {value: lk, label: Sri Lanka}
  district:
    - {value: ktm, label: Kathmandu, filter: {country: np}}
    - {value: pkr, label: Pokhara, filter: {country: np}}
    - {value: cmb, label: Colombo, filter: {country: lk}}
    - {value: knd, label: Kandy, filter: {country: lk}}
    - {value: gll, label: Galle, filter: {country: lk}}
    - {value: jfn, label: Jaffna, filter: {country: lk}}
sections:
  - id: where
    title: Where
    questions:
      - id: country
        type: select_one
        choices: country
        label: Country of origin
        required: true
      - id: district
        type: select_one
        choices: district
        label: District
        required: true
        choice_filter: "choice.country = country"
      - id: case_ref
        type: hidden
        label: Case reference from the ministry
  - id: workers
    title: Workers
    questions:
      - id: workers_met
        type: integer
        label: How many workers did you meet?
      - id: people_met
        type: calculate
        label: People met, with the manager
        calculation: "workers_met + 1"
      - id: worker
        type: repeat
        label: Workers met
        item_label: Worker
        repeat_count: workers_met
        questions:
          - id: name
            type: text
            label: Name
          - id: worker_ref
            type: hidden
            label: Worker reference from the ministry
"""


def cascade_form() -> Form:
    return load_document(yaml.safe_load(FORM), "cascade-visit.yaml")


def open_form(qtbot, window, context, form: Form, licence: str = "NP-RA-8801"):  # type: ignore[no-untyped-def]
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(uow, AgencyData(licence, "Cascade Agency", "NP"))
        inspection = start_inspection(uow, agency, form)
    editor = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    return editor, inspection


def stored(context, inspection: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    with UnitOfWork(vault_of(context)) as uow:
        return answers_of(uow.session, inspection)


def click_radio(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def listed(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(n) for n in range(1, combo.count())]


def test_a_cascading_select_offers_only_the_choices_of_the_answer_above(
    qtbot, window, context
) -> None:
    editor, inspection = open_form(qtbot, window, context, cascade_form())
    view = editor.form_view
    country = view.rows["country"].input
    district = view.rows["district"].input.combo
    # nothing chosen above: nothing to choose here yet
    assert listed(district) == []
    click_radio(qtbot, country.buttons["np"])
    wait_idle(qtbot, context)
    assert listed(district) == ["Kathmandu", "Pokhara"]
    click_radio(qtbot, country.buttons["lk"])
    wait_idle(qtbot, context)
    assert listed(district) == ["Colombo", "Kandy", "Galle", "Jaffna"]
    district.setCurrentIndex(district.findText("Kandy"))
    wait_idle(qtbot, context)
    assert stored(context, inspection)["district"] == "knd"
    assert view.rows["district"].problem.text() == ""
    # the country changes: Kandy is kept, shown as no longer one of the choices
    click_radio(qtbot, country.buttons["np"])
    wait_idle(qtbot, context)
    assert stored(context, inspection)["district"] == "knd"
    assert district.currentText() == "Kandy (no longer offered)"
    assert listed(district) == ["Kathmandu", "Pokhara", "Kandy (no longer offered)"]
    assert "“Kandy” is no longer one of the choices" in view.rows["district"].problem.text()
    # choosing one that is offered clears the problem, and Kandy leaves the list
    district.setCurrentIndex(district.findText("Pokhara"))
    wait_idle(qtbot, context)
    assert stored(context, inspection)["district"] == "pkr"
    assert view.rows["district"].problem.text() == ""
    assert listed(district) == ["Kathmandu", "Pokhara"]


def entries(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [k for k in view.repeats["worker"].keys]


def type_in(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_repeat_count_gives_the_entries_and_answered_ones_are_not_dropped(
    qtbot, window, context
) -> None:
    from inspector.gui.i18n import install_translators

    install_translators(QApplication.instance(), "en")  # English plurals: inspector_en.ts
    editor, inspection = open_form(qtbot, window, context, cascade_form(), "NP-RA-8802")
    view = editor.form_view
    view.go_to_section("workers")
    box = view.repeats["worker"]
    assert not box.add_button.isVisibleTo(view)  # the count adds entries, not a button
    type_in(qtbot, view.rows["workers_met"].input.edit, "3")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: len(entries(view)) == 3, timeout=10_000)
    assert len(stored(context, inspection)["worker"]) == 3
    assert not any(b.isVisibleTo(view) for b in box.remove_buttons)
    # answers in the first and last entries, then a lower count: the blank entry goes, the
    # answered ones stay and the count is shown as a problem
    first, last = entries(view)[0], entries(view)[2]
    type_in(qtbot, view.rows[f"worker[{first}].name"].input.edit, "Ram")
    wait_idle(qtbot, context)
    type_in(qtbot, view.rows[f"worker[{last}].name"].input.edit, "Sita")
    wait_idle(qtbot, context)
    type_in(qtbot, view.rows["workers_met"].input.edit, "1")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: len(entries(view)) == 2, timeout=10_000)
    answers = stored(context, inspection)
    assert answers["worker"] == [first, last]
    assert answers[f"worker[{last}].name"] == "Sita"
    assert "1 entry asked for: remove the ones no longer needed" in box.heading.text()
    assert len(box.remove_buttons) == 2 and all(b.isVisibleTo(view) for b in box.remove_buttons)
    # the inspector removes the answered entry on purpose: the count is met, the problem gone
    qtbot.mouseClick(box.remove_buttons[1], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: len(entries(view)) == 1, timeout=10_000)
    assert f"worker[{last}].name" not in stored(context, inspection)
    assert box.heading.text() == "Workers met"
    assert not any(b.isVisibleTo(view) for b in box.remove_buttons)


def test_hidden_values_are_never_shown_and_calculations_are(qtbot, window, context) -> None:
    editor, _inspection = open_form(qtbot, window, context, cascade_form(), "NP-RA-8803")
    view = editor.form_view
    view.go_to_section("workers")
    type_in(qtbot, view.rows["workers_met"].input.edit, "2")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: len(entries(view)) == 2, timeout=10_000)
    assert view.rows["people_met"].input.label.text() == "3"
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert "Name" in texts
    assert not any("reference from the ministry" in text for text in texts)
    # nothing to answer there: the sections count only what the inspector can see
    assert view.sections.item(0).text() == "Where  0/2"


def test_a_published_xlsform_with_cascading_selects_opens_on_its_first_section(
    qtbot, window, context, tmp_path: Path
) -> None:
    from inspector.checklists.loader import load_file
    from inspector.checklists.xlsform import convert_file

    source = CORPUS / "liberia-round1-liberiaCoverageVillageForm.xlsx"  # see SOURCES.md
    output = tmp_path / "village.yaml"
    convert_file(source, output)
    form = load_file(output)
    editor, inspection = open_form(qtbot, window, context, form, "LR-8804")
    view = editor.form_view
    assert not editor.banner.isVisible()
    assert view.current_section() == "general"
    page = view.pages.currentWidget()
    assert page is view.section_pages["general"] and page.isVisible()
    assert view.rows["cid"].isVisible() and view.rows["spid"].isVisible()
    spid = view.rows["spid"].input.combo
    segment = view.rows["segment"].input.combo
    assert listed(spid) == [] and listed(segment) == []
    click_radio(qtbot, view.rows["cid"].input.choice_buttons[0])
    wait_idle(qtbot, context)
    questions = form.all_questions()
    first_county = [c for c in questions["spid"].choices if c.filter.get("county") == "1"]
    assert 0 < spid.count() - 1 == len(first_county) < len(questions["spid"].choices)
    spid.setCurrentIndex(1)
    wait_idle(qtbot, context)
    value = stored(context, inspection)["spid"]
    offered = [c for c in questions["segment"].choices
               if c.filter.get("county") == "1" and c.filter.get("spid") == value]  # fmt: skip
    assert 0 < len(offered) == segment.count() - 1 < len(questions["segment"].choices)
