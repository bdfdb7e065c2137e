"""Acceptance: the inspection editor holds still. Every section of every shipped checklist, with
every question shown, fits a 1280x720 and a 1920x1080 window in English, French and Spanish: no
label or button is cut, no form scrolls sideways, and the window keeps the size it was given -
when a language is chosen, when a section is opened, when a question is answered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from inspector.checklists.library import shipped_form
from inspector.checklists.loader import load_file
from inspector.checklists.model import Form, QuestionType
from inspector.checklists.state import evaluate_form
from inspector.gui import labels
from inspector.gui.editor.editor import InspectionEditor
from inspector.gui.editor.form_view import FormView
from inspector.gui.editor.questions import DateInput, LineInput
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import record_answer, start_inspection
from inspector.services.uow import UnitOfWork
from tests.gui.conftest import vault_of, wait_idle

FORMS = sorted((Path(__file__).parents[2] / "forms").glob("*.yaml"))
SIZES = ((1280, 720), (1920, 1080))


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    from inspector.gui.i18n import install_translators

    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def choose_language(qtbot, window, context, language: str) -> None:  # type: ignore[no-untyped-def]
    """As the inspector does: on the settings page."""
    settings = window.workspace.show_page("settings")
    wait_idle(qtbot, context)
    settings.language.setCurrentIndex(settings.language.findData(language))
    wait_idle(qtbot, context)
    settle()


def open_editor(qtbot, window, context, name: str = "Agence de recrutement Himalaya Overseas"):  # type: ignore[no-untyped-def]
    with UnitOfWork(vault_of(context)) as uow:
        agency = create_agency(uow, AgencyData("NP-RA-7301", name, "NP"))
        inspection = start_inspection(uow, agency, shipped_form("agency-inspection"))
    editor = window.workspace.open_inspection(inspection)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    settle()
    return editor


def cut_texts(root: QWidget) -> list[str]:
    """Labels and buttons under ``root`` whose text needs more room than they were given."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root.window()) or widget.width() <= 1:
            continue
        picture = isinstance(widget, QLabel) and not widget.pixmap().isNull()
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.text() or picture:
            continue
        text = widget.text()
        if widget.hasHeightForWidth():
            fits = widget.heightForWidth(widget.width()) <= widget.height() + 1
            if isinstance(widget, QAbstractButton):
                fits = fits and widget.minimumSizeHint().width() <= widget.width() + 1
        else:
            hint = widget.sizeHint()
            fits = hint.width() <= widget.width() + 1 and hint.height() <= widget.height() + 1
        if not fits:
            cut.append(f"{type(widget).__name__} {text[:60]!r} ({widget.width()}x"
                       f"{widget.height()}, wants {widget.sizeHint().width()})")  # fmt: skip
    return cut


def everything_shown(form: Form) -> Any:
    """An evaluation with one entry in every repeat; the view then shows every question."""
    answers: dict[str, Any] = {}
    for question in form.all_questions().values():
        if question.type is QuestionType.REPEAT and question.repeat is None:
            answers[question.id] = ["k1"]
    return evaluate_form(form, answers, today=dt.date(2026, 12, 6))


def show_all(view: FormView) -> None:
    view.show_missing = True
    for row in view.rows.values():
        row.setVisible(True)
        row.show_state(True, "missing", True)
    for box in view.repeats.values():
        box.setVisible(True)
    for index in range(view.sections.count()):
        view.sections.item(index).setHidden(False)


def form_overflow(view: FormView) -> str | None:
    page = view.pages.currentWidget()
    assert isinstance(page, QScrollArea)
    inner, port = page.widget(), page.viewport()
    if page.horizontalScrollBar().isVisible() or inner.width() > port.width():
        return f"the form is {inner.width()} px wide in a {port.width()} px view"
    return None


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_section_of_every_checklist_fits(qtbot, window, context, language: str) -> None:
    window.resize(*SIZES[0])
    settle()
    choose_language(qtbot, window, context, language)
    assert (window.width(), window.height()) == SIZES[0], "choosing the language resized"
    editor: InspectionEditor = open_editor(qtbot, window, context)
    forms = [load_file(path) for path in FORMS]
    problems: list[str] = []
    views: list[FormView] = []  # kept: a view dropped by Python leaves the window
    for size in SIZES:
        window.resize(*size)
        settle()
        assert (window.width(), window.height()) == size
        for form in forms:
            view = FormView(form, context.language, editor)
            views.append(view)
            editor.splitter.replaceWidget(0, view)
            view.load(everything_shown(form), {})
            show_all(view)
            for section in form.sections:
                view.go_to_section(section.id)
                settle()
                where = f"{form.id} {section.id} {language} {size[0]}x{size[1]}"
                overflow = form_overflow(view)
                if overflow:
                    problems.append(f"{where}: {overflow}")
                problems.extend(f"{where}: {cut}" for cut in cut_texts(view.pages.currentWidget()))
                if (window.width(), window.height()) != size:
                    problems.append(f"{where}: the window became {window.size()}")
            problems.extend(f"{form.id} {language}: {cut}" for cut in cut_texts(view.sections))
        problems.extend(f"editor {language} {size}: {cut}" for cut in cut_texts(editor.side))
        header = [w for w in editor.children() if isinstance(w, QLabel | QAbstractButton)]
        for widget in header:
            problems.extend(f"header {language} {size}: {cut}" for cut in cut_texts(widget)
                            if widget.isVisible())  # fmt: skip
        problems.extend(f"navigation {language}: {c}" for c in cut_texts(window.workspace.nav))
    assert problems == []


def test_answering_moves_neither_the_window_nor_the_fields(qtbot, window, context) -> None:
    window.resize(1280, 720)
    settle()
    choose_language(qtbot, window, context, "fr")
    editor = open_editor(qtbot, window, context)
    view = editor.form_view
    view.show_missing = True  # as after a refused Complete: every missing answer says so
    view.go_to_section("S03")
    wait_idle(qtbot, context)
    settle()
    size = window.size()
    ledger, paid = view.rows["fee_ledger_kept"], view.rows["workers_paid"]
    editor.reload()
    wait_idle(qtbot, context)
    settle()
    assert "Obligatoire" in ledger.problem.text()
    below = paid.input.focus_widget().mapTo(view, QPoint(0, 0))
    button = ledger.input.buttons["yes"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    wait_idle(qtbot, context)
    settle()
    assert ledger.problem.text() == ""  # the note went ...
    assert paid.input.focus_widget().mapTo(view, QPoint(0, 0)) == below  # ... nothing moved
    # Answering "yes" to "workers paid" shows long French questions: still no sideways scroll.
    yes = paid.input.buttons["yes"]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton, pos=QPoint(6, yes.height() // 2))
    wait_idle(qtbot, context)
    settle()
    assert view.rows["fee_categories"].isVisibleTo(view)
    assert form_overflow(view) is None
    assert cut_texts(view.pages.currentWidget()) == []
    assert window.size() == size


def test_number_fields_sit_on_the_left_like_the_others(qtbot, window, context) -> None:
    editor = open_editor(qtbot, window, context)
    view = editor.form_view
    number = next(
        row
        for row in view.rows.values()
        if row.question.type is QuestionType.INTEGER and isinstance(row.input, LineInput)
    )
    view.go_to(number.path)
    number.setVisible(True)
    settle()
    assert number.input.edit.mapTo(number, QPoint(0, 0)).x() == number.label.x()


def test_dates_are_written_one_way_in_the_language_chosen(qtbot, window, context) -> None:
    choose_language(qtbot, window, context, "fr")
    editor = open_editor(qtbot, window, context)
    date_row = next(row for row in editor.form_view.rows.values()
                    if isinstance(row.input, DateInput))  # fmt: skip
    date_row.input.edit.setDate(QDate(2027, 6, 30))
    assert date_row.input.edit.text() == "30/06/2027"
    assert labels.date_text(dt.date(2027, 6, 30)) == "30/06/2027"
    wait_idle(qtbot, context)
    page = window.workspace.show_page("inspections")
    wait_idle(qtbot, context)
    with UnitOfWork(vault_of(context)) as uow:
        record_answer(uow, editor.inspection_id, "workers_paid", "yes")  # started today
    page.refresh()
    wait_idle(qtbot, context)
    shown = page.tree.topLevelItem(0).text(4)
    assert shown == labels.date_text(dt.date.today())
    assert shown.count("/") == 2 and len(shown.split("/")[2]) == 4


def test_findings_keep_their_severity_in_sight(qtbot, window, context) -> None:
    window.resize(1280, 720)
    settle()
    choose_language(qtbot, window, context, "fr")
    editor = open_editor(qtbot, window, context)
    with UnitOfWork(vault_of(context)) as uow:
        record_answer(uow, editor.inspection_id, "workers_paid", "yes")
    editor.reload()
    wait_idle(qtbot, context)
    settle()
    tree = editor.findings.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    settle()
    finding = tree.topLevelItem(0)
    assert finding.text(0) == "Critique"
    child = finding.child(finding.childCount() - 1)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(child).center())  # fmt: skip
    settle()
    assert tree.horizontalScrollBar().value() == 0
    assert tree.header().sectionViewportPosition(0) == 0
    assert tree.columnWidth(0) + tree.columnWidth(1) <= tree.viewport().width()
    metrics = tree.fontMetrics()
    assert metrics.horizontalAdvance("Critique") < tree.columnWidth(0) - tree.indentation()
    for item in (finding, child):  # wrapped in full, not cut to one line
        rect = tree.visualItemRect(item)
        column = 1 if item is finding else 0
        width = tree.columnWidth(1) if item is finding else rect.width() - tree.indentation()
        needed = metrics.boundingRect(0, 0, width - 12, 100_000, Qt.TextFlag.TextWordWrap,
                                      item.text(column)).height()  # fmt: skip
        assert rect.height() >= needed


def test_the_navigation_columns_keep_one_width(qtbot, window, context) -> None:
    window.resize(1366, 768)
    settle()
    choose_language(qtbot, window, context, "fr")
    nav = window.workspace.nav
    widths = set()
    for page in ("dashboard", "agencies", "inspections", "complaints", "data", "settings"):
        window.workspace.show_page(page)
        wait_idle(qtbot, context)
        settle()
        widths.add(nav.width())
    editor = open_editor(qtbot, window, context)
    widths.add(nav.width())
    assert len(widths) == 1
    metrics = nav.fontMetrics()
    for index in range(nav.count()):
        assert metrics.horizontalAdvance(nav.item(index).text()) < nav.viewport().width()
    sections = editor.form_view.sections
    seen = set()
    for section in ("S01", "S03", "S10", "ACK"):
        editor.form_view.go_to_section(section)
        settle()
        seen.add(sections.width())
    assert len(seen) == 1
    assert not sections.horizontalScrollBar().isVisible()
