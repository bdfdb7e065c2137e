"""A confidential worker interview: consent first (the explanation is read out, the answer
recorded), then the interview checklist, saved as it is answered. An interview can be opened
again and continued from the editor's list of interviews, which marks those unfinished. The
worker is a code; no question asks who they are."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.model import QuestionType, text_in
from inspector.gui.editor.evidence import EvidenceList
from inspector.gui.editor.form_view import FormView
from inspector.gui.messages import error_text, show_error

if TYPE_CHECKING:
    from inspector.checklists.model import Form
    from inspector.errors import UnfinishedInterviews
    from inspector.gui.context import AppContext
    from inspector.services.interview_progress import InterviewRow
    from inspector.services.interviews import InterviewResumed

CONSENT = "consent"


class InterviewDialog(QDialog):
    def __init__(self, context: AppContext, inspection_id: uuid.UUID, parent: QWidget) -> None:
        super().__init__(parent)
        from inspector.checklists.library import shipped_form

        self.context = context
        self.inspection_id = inspection_id
        self.form: Form = shipped_form("worker-interview")
        self.interview_id: uuid.UUID | None = None
        self.code = ""
        self.setWindowTitle(self.tr("Confidential worker interview"))
        self.resize(900, 700)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._consent_page())
        self.form_view = FormView(self.form, context.language, self)
        self.form_view.setObjectName("interviewForm")
        self.pages.addWidget(self.form_view)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        done = QPushButton(self.tr("&Done"))
        done.setObjectName("interviewDone")
        done.clicked.connect(self._done)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)

    def _consent_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        consent_section = self.form.sections[0]
        for question in consent_section.questions:
            if question.type is QuestionType.NOTE and question.relevant is None:
                note = QLabel(text_in(question.label, self.context.language))
                note.setWordWrap(True)
                layout.addWidget(note)
        question = self.form.all_questions()[CONSENT]
        label = QLabel(f"<b>{text_in(question.label, self.context.language)}</b>")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.consent_yes = QRadioButton(self.tr("&Yes, the worker agrees"))
        self.consent_yes.setObjectName("consentYes")
        self.consent_no = QRadioButton(self.tr("&No, the worker does not agree"))
        self.consent_no.setObjectName("consentNo")
        group = QButtonGroup(page)
        group.addButton(self.consent_yes)
        group.addButton(self.consent_no)
        self.start = QPushButton(self.tr("&Record consent"))
        self.start.setObjectName("consentRecord")
        self.start.setEnabled(False)
        group.buttonToggled.connect(lambda *_a: self.start.setEnabled(True))
        self.start.clicked.connect(self._record_consent)
        layout.addWidget(self.consent_yes)
        layout.addWidget(self.consent_no)
        layout.addWidget(self.start)
        layout.addStretch(1)
        return page

    def _record_consent(self) -> None:
        from inspector.services.interviews import add_worker_interview

        consent = self.consent_yes.isChecked()
        inspection_id, form = self.inspection_id, self.form
        self.start.setEnabled(False)
        self.context.write(
            lambda uow: add_worker_interview(
                uow,
                inspection_id,
                consent_given=consent,
                form=form,
                language=self.context.language,
            ),
            lambda saved: self._started(saved, consent),
            lambda exc: show_error(self, exc),
        )

    def _started(self, saved: Any, consent: bool) -> None:
        self.interview_id, self.code = saved.id, saved.code
        self.setWindowTitle(self.tr("Confidential worker interview {code}").format(code=saved.code))
        if not consent:
            self.accept()  # nothing more may be recorded
            return
        from inspector.checklists.state import evaluate_form

        self.form_view.load(evaluate_form(self.form, {CONSENT: "yes"}), {})
        self.form_view.sections.setCurrentRow(1)
        self.pages.setCurrentWidget(self.form_view)

    def resume(self, interview_id: uuid.UUID) -> None:
        """Open an interview held earlier where it stopped, under its own form version."""
        from inspector.services.interviews import resume_interview

        self.context.read(
            lambda session: resume_interview(session, interview_id),
            self._resumed,
            lambda exc: show_error(self, exc),
        )

    def _resumed(self, resumed: InterviewResumed) -> None:
        self.interview_id, self.code = resumed.id, resumed.code
        self.setWindowTitle(
            self.tr("Confidential worker interview {code}").format(code=resumed.code)
        )
        if resumed.form is not self.form:
            self.form = resumed.form
            view = FormView(resumed.form, self.context.language, self)
            view.setObjectName("interviewForm")
            self.pages.removeWidget(self.form_view)
            self.form_view.deleteLater()
            self.form_view = view
            self.pages.addWidget(view)
        self.form_view.load(resumed.evaluation, {})
        missing = resumed.evaluation.missing
        if missing:
            self.form_view.go_to(missing[0])  # where the interview stopped
        else:
            self.form_view.sections.setCurrentRow(1)
        self.pages.setCurrentWidget(self.form_view)

    def _done(self) -> None:
        self.form_view.flush()
        self.context.runner.wait()
        self.accept()

    # -- the form host -------------------------------------------------------------------------
    def save(self, path: str, value: Any) -> None:
        from inspector.services.interviews import record_interview_answer

        interview_id = self.interview_id
        if interview_id is None:
            return
        self.context.write(
            lambda uow: record_interview_answer(uow, interview_id, path, value),
            self._saved,
            lambda exc: self.error.setText(error_text(exc)),
        )

    def _saved(self, evaluation: Any) -> None:
        self.error.clear()
        self.form_view.apply(evaluation)

    def add_entry(self, repeat: str) -> None:
        self._change_entries(repeat, None)

    def remove_entry(self, repeat: str, key: str) -> None:
        self._change_entries(repeat, key)

    def _change_entries(self, repeat: str, remove: str | None) -> None:
        from inspector.services.interviews import interview_answers, set_interview_entries

        interview_id = self.interview_id
        if interview_id is None:
            return

        def work(uow):  # type: ignore[no-untyped-def]
            keys = list(interview_answers(uow.session, interview_id).get(repeat) or [])
            if remove is None:
                keys.append(uuid.uuid4().hex[:12])
            elif remove in keys:
                keys.remove(remove)
            return set_interview_entries(uow, interview_id, repeat, keys)

        self.context.write(work, self._saved, lambda exc: self.error.setText(error_text(exc)))

    def wire_evidence(self, path: str, files: EvidenceList) -> None:
        files.files_added.connect(
            lambda _files: self.error.setText(
                self.tr("Attach documents to the inspection, not to the interview.")
            )
        )

    def sign(self, path: str, png: bytes) -> None:
        pass


class InterviewList(QWidget):
    """The inspection's interviews by code, those unfinished marked with what they still need;
    Continue (or a double-click) opens one again. ``continue_requested`` carries its id."""

    continue_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("interviewList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self._continue())
        self.list.currentItemChanged.connect(lambda *_a: self._enable())
        self.empty = QLabel(self.tr("No worker interviews yet."))
        self.empty.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("C&ontinue interview…"))
        self.continue_button.setObjectName("continueInterview")
        self.continue_button.clicked.connect(self._continue)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: dict[str, InterviewRow] = {}
        self.editable = True
        self.show_rows([])

    def show_rows(self, rows: list[InterviewRow]) -> None:
        self.list.clear()
        self.rows = {str(row.id): row for row in rows}
        for row in rows:
            if not row.consent_given:
                text = self.tr("{code}: consent refused").format(code=row.code)
            elif row.unfinished:
                text = self.tr("{code}: unfinished, %n required answers missing", "", row.missing)
                text = text.format(code=row.code)
            else:
                text = self.tr("{code}: consent given, finished").format(code=row.code)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            if row.unfinished:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self._enable()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._enable()

    def _chosen(self) -> InterviewRow | None:
        item = self.list.currentItem()
        return self.rows.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _enable(self) -> None:
        row = self._chosen()
        self.continue_button.setEnabled(self.editable and row is not None and row.consent_given)

    def _continue(self) -> None:
        row = self._chosen()
        if row is not None and row.consent_given and self.editable:
            self.continue_requested.emit(row.id)


def ask_complete_anyway(
    parent: QWidget, exc: UnfinishedInterviews, complete_anyway: Callable[[], None]
) -> QMessageBox:
    """Complete was refused for unfinished interviews: say so, and offer to continue them
    (the default) or to complete anyway."""
    box = QMessageBox(parent)
    box.setObjectName("unfinishedInterviews")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("InterviewList", "Unfinished interviews"))
    box.setText(error_text(exc))
    anyway = box.addButton(
        QCoreApplication.translate("InterviewList", "Complete &anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    back = box.addButton(
        QCoreApplication.translate("InterviewList", "&Go back to the interviews"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(back)
    box.buttonClicked.connect(lambda button: complete_anyway() if button is anyway else None)
    box.open()
    return box
