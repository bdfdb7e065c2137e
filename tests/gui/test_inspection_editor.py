"""Acceptance: a full inspection done through the widgets only - start it from an agency, answer
(relevance hides and shows questions), add a repeat entry, a worker interview, attach a file by
drag and drop, sign, complete (refused while a required answer is missing), lock - and the vault
then holds what was entered."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QCheckBox, QPushButton, QRadioButton
from sqlalchemy import select

from inspector.gui.editor.editor import InspectionEditor
from inspector.gui.editor.form_view import QuestionRow
from inspector.gui.editor.questions import (
    ChoiceButtons,
    ChoiceList,
    DateInput,
    LineInput,
    LongText,
    MoneyInput,
    MultipleChoice,
)
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import answers_of, evaluation_of, get_inspection
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Attachment, InspectionStatus, WorkerInterview
from tests.gui.conftest import vault_of, wait_idle


def write_photo(path: Path) -> Path:
    """A real image file on disk, as a user's camera would leave it."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(path), "PNG")
    return path


def payments_shown(view) -> bool:  # type: ignore[no-untyped-def]
    return view.repeats["fee_payments"].isVisibleTo(view)


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Click as a person would: a radio button or check box on its box, anything else in the
    middle."""
    if isinstance(widget, QRadioButton | QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(6, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def drop_file(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    widget.dropEvent(event)


def answer(qtbot, row: QuestionRow, choice: str | None = None, photo: Path | None = None):  # type: ignore[no-untyped-def]
    """Answer one question the way an inspector would, through its widget."""
    widget = row.input
    if row.evidence is not None:
        assert photo is not None
        drop_file(row.evidence, photo)
    elif row.signature is not None:
        row.signature.canvas.stroke([QPointF(10, 60), QPointF(80, 20), QPointF(160, 90)])
        click(qtbot, row.signature.accept_button)
    elif isinstance(widget, ChoiceButtons):
        value = choice if choice in widget.buttons else next(iter(widget.buttons))
        click(qtbot, widget.buttons[value])
    elif isinstance(widget, ChoiceList):
        widget.combo.setCurrentIndex(1)
    elif isinstance(widget, MultipleChoice):
        click(qtbot, next(iter(widget.boxes.values())))
    elif isinstance(widget, MoneyInput):
        qtbot.keyClicks(widget.amount, "250")
        widget.currency.setText("USD")
        qtbot.keyClick(widget.amount, Qt.Key.Key_Return)
    elif isinstance(widget, LineInput):
        numeric = row.question.type.value in ("integer", "decimal")
        qtbot.keyClicks(widget.edit, "1" if numeric else "Written on site")
        qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    elif isinstance(widget, LongText):
        qtbot.keyClicks(widget.edit, "Seen on site.")
        widget.flush()
    elif isinstance(widget, DateInput):
        widget.edit.setDate(QDate(2027, 6, 30))
    else:
        raise AssertionError(f"no way to answer {row.path}")


def test_a_whole_inspection_through_the_widgets(qtbot, window, context, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "licence-on-the-wall.png")
    vault = vault_of(context)
    with UnitOfWork(vault) as uow:
        agency_id = create_agency(uow, AgencyData("NP-RA-7001", "Widget Test Agency", "NP"))

    # Start from the agency, with the full shipped checklist.
    workspace = window.workspace
    dialog = workspace.start_inspection(agency_id)
    assert dialog.checklist.currentData() == "agency-inspection"
    qtbot.keyClicks(dialog.team, "A. Inspector, B. Interpreter")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: isinstance(workspace.editor, InspectionEditor), timeout=20_000)
    editor: InspectionEditor = workspace.editor
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, context)
    view = editor.form_view
    inspection_id = editor.inspection_id

    # Relevance: the licence details show only once the agency is said to hold a licence.
    assert not view.rows["licence_number"].isVisibleTo(view)
    answer(qtbot, view.rows["licence_valid"], "yes")
    wait_idle(qtbot, context)
    assert view.rows["licence_number"].isVisibleTo(view)
    answer(qtbot, view.rows["licence_valid"], "no")
    wait_idle(qtbot, context)
    assert not view.rows["licence_number"].isVisibleTo(view)
    answer(qtbot, view.rows["licence_valid"], "yes")
    wait_idle(qtbot, context)

    # Evidence by drag and drop, with a thumbnail.
    answer(qtbot, view.rows["licence_photo"], photo=photo)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: view.rows["licence_photo"].evidence.list.count() == 1)
    assert not view.rows["licence_photo"].evidence.list.item(0).icon().isNull()

    # A repeat: workers paid, one payment entered.
    view.go_to_section("S03")
    assert not payments_shown(view)
    answer(qtbot, view.rows["workers_paid"], "yes")
    wait_idle(qtbot, context)
    payments = view.repeats["fee_payments"]
    assert payments_shown(view)
    click(qtbot, payments.add_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: len(payments.keys) == 1)
    key = payments.keys[0]
    for child in ("payment_payer", "payment_payee", "payment_category", "payment_amount",
                  "payment_receipt"):  # fmt: skip
        answer(qtbot, view.rows[f"fee_payments[{key}].{child}"])
        wait_idle(qtbot, context)

    # A confidential worker interview: consent first, then the interview checklist.
    click(qtbot, editor.interview_button)
    interview = editor.interview_dialog
    qtbot.waitExposed(interview)
    click(qtbot, interview.consent_yes)

    click(qtbot, interview.start)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: interview.pages.currentWidget() is interview.form_view)
    language = next(
        row for path, row in interview.form_view.rows.items()
        if isinstance(row.input, ChoiceButtons | ChoiceList) and row.isVisibleTo(interview)
        and path != "consent"
    )  # fmt: skip
    answer(qtbot, language)
    wait_idle(qtbot, context)
    click(qtbot, interview.findChild(type(interview.start), "interviewDone"))
    wait_idle(qtbot, context)

    # Complete is refused while required answers are missing, with the list.
    click(qtbot, editor.complete_button)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.banner.isVisible())
    assert "Not complete yet" in editor.banner.text()
    assert "missing" in editor.banner.text()
    assert view.show_missing
    assert editor.side.currentWidget() is editor.review and editor.review.list.count() > 0

    # Answer everything still missing, signature included, through the widgets.
    for _round in range(12):
        with vault.reading() as session:
            missing = evaluation_of(session, inspection_id).missing
        if not missing:
            break
        for path in missing:
            row = view.rows.get(path)
            if row is not None:
                view.go_to(path)  # as the inspector does from the list of what is missing
                qtbot.waitUntil(lambda row=row: row.isVisibleTo(view), timeout=10_000)
                answer(qtbot, row, photo=photo)
                wait_idle(qtbot, context)
        wait_idle(qtbot, context)
    assert missing == []

    click(qtbot, editor.complete_button)
    wait_idle(qtbot, context)
    # The interview above was left unfinished: Complete says so, and the inspector completes
    # anyway (the worker could not go on).
    qtbot.waitUntil(lambda: getattr(editor, "complete_anyway", None) is not None)
    assert "1 unfinished worker interview" in editor.complete_anyway.text()
    box = editor.complete_anyway
    click(qtbot, next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole))
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.data is not None and editor.data.status == "completed")
    assert editor.lock_button.isEnabled()
    click(qtbot, editor.lock_button)
    click(qtbot, editor.confirm.findChild(QPushButton, "confirmYes"))
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: editor.data is not None and editor.data.status == "locked")

    # The vault holds what was entered.
    with vault.reading() as session:
        inspection = get_inspection(session, inspection_id)
        assert inspection.status is InspectionStatus.LOCKED
        assert inspection.team == ["A. Inspector", "B. Interpreter"]
        answers = answers_of(session, inspection_id)
        assert answers["licence_valid"] == "yes"
        assert answers["workers_paid"] == "yes"
        assert answers[f"fee_payments[{key}].payment_amount"] == {
            "amount": "250",
            "currency": "USD",
        }
        photos = session.scalars(
            select(Attachment).where(Attachment.question_path == "licence_photo")
        ).all()
        assert [p.filename for p in photos] == ["licence-on-the-wall.png"]
        assert answers["licence_photo"] == [str(photos[0].id)]
        signature = session.get(Attachment, uuid.UUID(answers["representative_signature"]))
        assert signature is not None and signature.media_type == "image/png"
        interviews = session.scalars(
            select(WorkerInterview).where(WorkerInterview.inspection_id == inspection_id)
        ).all()
        assert len(interviews) == 1 and interviews[0].consent_given
        assert len(interviews[0].answers) >= 2  # consent and the answer given
        # Answers that reveal a breach became findings: workers paid fees.
        rules = {f.rule_id for f in inspection.findings}
        assert "S03-workers-paid" in rules or any(r and r.startswith("S03") for r in rules)
