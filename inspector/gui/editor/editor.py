"""The inspection editor: the checklist generated from the inspection's own form version, every
change saved at once (no Save button to forget), evidence and signatures, worker interviews, the
derived findings and corrective actions, then Complete (refused with what is missing) and Lock."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.editor.evidence import EvidenceList
from inspector.gui.editor.findings import FindingsPanel, load_findings
from inspector.gui.editor.form_view import FormView, counts_differ
from inspector.gui.editor.loading import EditorData, load_editor
from inspector.gui.editor.review import ReasonDialog, ReviewList, confirm_box
from inspector.gui.messages import error_text, make_heading, show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.checklists.state import Evaluation
    from inspector.gui.context import AppContext
    from inspector.services.uow import UnitOfWork


class InspectionEditor(QWidget):
    def __init__(self, context: AppContext, inspection_id: uuid.UUID, workspace: Any) -> None:
        super().__init__()
        self.context = context
        self.inspection_id = inspection_id
        self.workspace = workspace
        self.data: EditorData | None = None
        self.form_view: FormView | None = None
        self.resume_section: str | None = None
        self.title = QLabel(self.tr("Loading…"))
        self.title.setObjectName("editorTitle")
        self.title.setWordWrap(True)  # a long agency name wraps rather than widen the window
        make_heading(self.title, 3)
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.banner = QLabel()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b00020")
        self.banner.setVisible(False)
        self.complete_button = QPushButton(self.tr("Co&mplete"))
        self.complete_button.setObjectName("completeButton")
        self.complete_button.clicked.connect(self.complete)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.clicked.connect(self.lock)
        self.report_button = QPushButton(self.tr("Signed &report…"))
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self.make_report)
        self.reopen_button = QPushButton(self.tr("R&eopen…"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete)
        for button in (self.complete_button, self.lock_button, self.delete_button):
            button.setAutoDefault(False)  # Enter in a field never completes, locks or deletes
        self.interview_button = QPushButton(self.tr("Add &worker interview…"))
        self.interview_button.setObjectName("interviewButton")
        self.interview_button.clicked.connect(self.add_interview)
        back = QPushButton(self.tr("&Back to inspections"))
        back.clicked.connect(lambda: self.workspace.show_page("inspections"))
        # Two rows: what is open, then what can be done with it. On one row, a long agency name
        # and the French button texts needed more than a 1280 px window and widened it.
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.status)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addStretch(1)
        header.addWidget(self.interview_button)
        header.addWidget(self.delete_button)
        header.addWidget(self.reopen_button)
        header.addWidget(self.complete_button)
        header.addWidget(self.lock_button)
        header.addWidget(self.report_button)
        self.findings = FindingsPanel(context, inspection_id)
        self.findings.changed.connect(self.reload_findings)
        from inspector.gui.editor.interview import InterviewList

        self.interviews = InterviewList()
        self.interviews.continue_requested.connect(self.continue_interview)
        self.review = ReviewList(context.language)
        self.review.setObjectName("review")
        self.review.chosen.connect(self._go_to)
        self.side = QTabWidget()
        self.side.addTab(self.findings, self.tr("Fin&dings"))
        self.side.addTab(self.interviews, self.tr("Inte&rviews"))
        self.side.addTab(self.review, self.tr("Still to answer"))
        self.splitter = QSplitter()
        self.placeholder = QLabel(self.tr("Loading…"))
        self.splitter.addWidget(self.placeholder)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])
        self.side.setMinimumWidth(260)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        complete_action = QAction(self)
        complete_action.setShortcut(QKeySequence("Ctrl+Return"))
        complete_action.triggered.connect(self.complete)
        self.addAction(complete_action)
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        inspection_id = self.inspection_id
        language = self.context.language
        self.context.read(
            lambda s: load_editor(s, inspection_id, language), self._loaded, self._failed
        )

    def _loaded(self, data: EditorData) -> None:
        self.data = data
        if self.form_view is None or self.form_view.form is not data.form:
            view = FormView(data.form, self.context.language, self)
            view.setObjectName("formView")
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(0, view)
            self.splitter.setSizes(sizes)
            if self.form_view is not None:
                self.form_view.deleteLater()
            else:
                self.placeholder.deleteLater()
            self.form_view = view
        first_load = self.form_view.sections.currentRow() < 0
        self.form_view.load(data.evaluation, data.thumbnails)
        if data.status in ("draft", "in-progress") and counts_differ(data.evaluation):
            self._follow_counts()
        self._show_review(data.evaluation)
        if self.resume_section:
            self.form_view.go_to_section(self.resume_section)
            self.resume_section = None
        elif first_load and data.status in ("draft", "in-progress"):
            # The cursor starts where the work is: the first question still unanswered.
            path = self.form_view.first_unanswered(data.evaluation)
            if path is not None:
                self.form_view.go_to(path)
        self.findings.show_rows(data.findings)
        self._show_header()

    def _show_header(self) -> None:
        data = self.data
        if data is None:
            return
        self.title.setText(f"{data.reference} - {data.agency_name}")
        from inspector.gui import labels

        self.status.setText(labels.inspection_status(data.status))
        editable = data.status in ("draft", "in-progress")
        if self.form_view is not None:
            self.form_view.pages.setEnabled(editable)
        self.findings.set_editable(editable)
        self.complete_button.setEnabled(editable)
        self.interview_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.reopen_button.setEnabled(data.status == "completed")
        self.lock_button.setEnabled(data.status == "completed")
        self.report_button.setEnabled(data.status == "locked")
        self.interviews.show_rows(data.interviews)
        self.interviews.set_editable(editable)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def reload_findings(self) -> None:
        inspection_id = self.inspection_id
        language = self.context.language
        self.context.read(
            lambda s: load_findings(s, inspection_id, language), self.findings.show_rows
        )

    def current_section(self) -> str | None:
        return self.form_view.current_section() if self.form_view is not None else None

    # -- the form host: every change saved at once -------------------------------------------
    def _write(self, work: Any, done: Any = None, path: str | None = None) -> None:
        def failed(exc: BaseException) -> None:
            row = self.form_view.rows.get(path) if self.form_view and path else None
            if row is not None:
                row.problem.setText(error_text(exc))
                row.problem.setVisible(True)
            else:
                show_error(self, exc)

        self.context.write(work, done, failed)

    def save(self, path: str, value: Any) -> None:
        from inspector.services.inspections import record_answer

        inspection_id = self.inspection_id
        self._write(lambda uow: record_answer(uow, inspection_id, path, value), self._saved, path)

    def _show_review(self, evaluation: Evaluation) -> None:
        self.review.show_evaluation(evaluation)
        index = self.side.indexOf(self.review)
        self.side.setTabText(index, self.tr("Still to answer ({n})").format(n=self.review.count))

    def _go_to(self, path: str) -> None:
        if self.form_view is not None:
            self.form_view.go_to(path)

    def _saved(self, saved: Any) -> None:
        self._show_review(saved.evaluation)
        if self.form_view is not None:
            self.form_view.apply(saved.evaluation)
        if self.data is not None and self.data.status == "draft":
            self.data.status = saved.status.value
            self._show_header()
        self.reload_findings()
        self.context.changed.emit(f"inspection:{self.inspection_id}")

    def _follow_counts(self) -> None:
        """Entries for the repeats whose count the answers give (counted elsewhere, or fixed)."""
        from inspector.services.inspections import follow_repeat_counts

        inspection_id = self.inspection_id
        self._write(
            lambda uow: follow_repeat_counts(uow, inspection_id),
            lambda changed: changed and self.reload(),
        )

    def add_entry(self, repeat: str) -> None:
        from inspector.services.inspections import add_entry

        inspection_id = self.inspection_id
        self._write(lambda uow: add_entry(uow, inspection_id, repeat), lambda _k: self.reload())

    def remove_entry(self, repeat: str, key: str) -> None:
        from inspector.services.inspections import remove_entry

        inspection_id = self.inspection_id
        self._write(
            lambda uow: remove_entry(uow, inspection_id, repeat, key), lambda _r: self.reload()
        )

    def wire_evidence(self, path: str, files: EvidenceList) -> None:
        from inspector.gui.editor.evidence_actions import EvidenceActions

        EvidenceActions(self, path, files)

    def sign(self, path: str, png: bytes) -> None:
        inspection_id = self.inspection_id

        def work(uow: UnitOfWork) -> None:
            from inspector.services.evidence import add_attachment
            from inspector.services.inspections import record_answer

            info = add_attachment(
                uow, inspection_id, png, filename="signature.png", question_path=path
            )
            record_answer(uow, inspection_id, path, str(info.id))

        self._write(work, lambda _r: self.reload(), path)

    # -- complete, lock, reopen, delete ----------------------------------------------------------
    def _complete_anyway(self) -> None:
        from inspector.services.inspections import complete_inspection

        inspection_id = self.inspection_id
        self.context.write(
            lambda uow: complete_inspection(uow, inspection_id, unfinished_interviews_ok=True),
            self._transitioned,
            self._complete_refused,
        )

    def complete(self) -> None:
        """Complete after a look at what is missing: the list when something is, else a
        question that says what completing means."""
        if self.form_view is not None:
            self.form_view.flush()
        inspection_id = self.inspection_id

        def evaluate(session: Session) -> Evaluation:
            from inspector.services.inspections import evaluation_of

            return evaluation_of(session, inspection_id)

        self.context.read(evaluate, self._review_before_complete, self._failed)

    def _review_before_complete(self, evaluation: Evaluation) -> None:
        self._show_review(evaluation)
        if evaluation.problems:
            self._show_missing(evaluation)
            return
        if self.data is not None and any(row.unfinished for row in self.data.interviews):
            self._complete_now()  # refused: the question then says how many are unfinished
            return
        box = confirm_box(
            self,
            self.tr("Complete the inspection"),
            self.tr(
                "Complete {reference}? Its answers and findings are then fixed: to change "
                "anything you reopen it, giving a reason. The next step is Lock, which seals "
                "it for good; the signed report follows."
            ).format(reference=self.data.reference if self.data else ""),
            self.tr("Complete"),
        )
        box.accepted.connect(self._complete_now)
        box.open()
        self.confirm = box

    def _complete_now(self) -> None:
        from inspector.services.inspections import complete_inspection

        inspection_id = self.inspection_id
        self.context.write(
            lambda uow: complete_inspection(uow, inspection_id),
            self._transitioned,
            self._complete_refused,
        )

    def _complete_refused(self, exc: BaseException) -> None:
        """Unfinished interviews: ask whether to complete anyway; anything else changed
        meanwhile: look again and show the list."""
        from inspector.errors import UnfinishedInterviews

        if isinstance(exc, UnfinishedInterviews):
            from inspector.gui.editor.interview import ask_complete_anyway

            self.banner.setStyleSheet("color: #b00020")
            self.banner.setText(error_text(exc))
            self.banner.setVisible(True)
            self.complete_anyway = ask_complete_anyway(self, exc, self._complete_anyway)
            return
        self.complete()

    def _show_missing(self, evaluation: Evaluation) -> None:
        self.banner.setStyleSheet("color: #b00020")
        self.banner.setText(
            self.tr(
                "Not complete yet: %n answers are missing or invalid. They are listed under "
                "“Still to answer”; click one to go to it.",
                "",
                len(evaluation.problems),
            )
        )
        self.banner.setVisible(True)
        self.side.setCurrentWidget(self.review)
        if self.form_view is not None:
            self.form_view.show_missing = True
            self.form_view.apply(evaluation)
            self.form_view.go_to(evaluation.problems[0].path)

    def _transitioned(self, _result: Any) -> None:
        self.banner.setVisible(False)
        self.context.changed.emit("inspections")
        self.reload()

    def lock(self) -> None:
        box = confirm_box(
            self,
            self.tr("Lock the inspection"),
            self.tr(
                "Lock {reference}? A locked inspection never changes again: it cannot be "
                "reopened, and a correction becomes an amendment. After locking you can make "
                "the signed report."
            ).format(reference=self.data.reference if self.data else ""),
            self.tr("Lock"),
        )
        box.accepted.connect(self._lock_now)
        box.open()
        self.confirm = box

    def _lock_now(self) -> None:
        from inspector.services.inspections import lock_inspection

        inspection_id = self.inspection_id
        self.context.write(
            lambda uow: lock_inspection(uow, inspection_id), self._transitioned, self._failed
        )

    def reopen(self) -> None:
        self._ask_reason(
            "reopenDialog",
            self.tr("Reopen the inspection"),
            self.tr(
                "Reopen {reference} to change its answers? It goes back to in progress until "
                "you complete it again. The reason is kept in the audit trail."
            ),
            self.tr("Reopen"),
            self._reopen_now,
        )

    def _reopen_now(self, reason: str) -> None:
        from inspector.services.inspections import reopen_inspection

        inspection_id = self.inspection_id
        self.context.write(
            lambda uow: reopen_inspection(uow, inspection_id, reason),
            self._transitioned,
            self._failed,
        )

    def delete(self) -> None:
        self._ask_reason(
            "deleteDialog",
            self.tr("Delete the inspection"),
            self.tr(
                "Delete {reference} with its answers, findings, files and interviews? This "
                "cannot be undone; the deletion and its reason stay in the audit trail."
            ),
            self.tr("Delete"),
            self._delete_now,
        )

    def _ask_reason(self, name: str, title: str, text: str, action: str, then: Any) -> None:
        reference = self.data.reference if self.data else ""
        dialog = ReasonDialog(title, text.format(reference=reference), action, self)
        dialog.setObjectName(name)
        dialog.accepted.connect(lambda: then(dialog.reason.toPlainText()))
        dialog.open()
        self.reason_dialog = dialog

    def _delete_now(self, reason: str) -> None:
        from inspector.services.inspections import delete_inspection

        inspection_id = self.inspection_id

        def deleted(_reference: Any) -> None:
            self.context.changed.emit("inspections")
            self.workspace.show_page("inspections")

        self.context.write(
            lambda uow: delete_inspection(uow, inspection_id, reason), deleted, self._failed
        )

    # -- the signed report -------------------------------------------------------------------
    def make_report(self) -> None:
        from inspector.gui.editor.report import ReportDialog

        if self.data is None:
            return
        dialog = ReportDialog(self.context, self.data.reference, self)
        dialog.setObjectName("reportDialog")
        dialog.accepted.connect(lambda: self._build_report(dialog))
        dialog.open()
        self.report_dialog = dialog

    def _build_report(self, dialog: Any) -> None:
        from pathlib import Path

        from inspector.services.reports import create_report

        inspection_id = str(self.inspection_id)
        language = dialog.language.currentData()
        paper = dialog.paper.currentData()
        internal = dialog.internal.isChecked()
        target = Path(dialog.path.text()).expanduser()
        self.banner.setStyleSheet("color: #555")
        self.banner.setText(self.tr("Building and signing the report…"))
        self.banner.setVisible(True)

        def built(made: Any) -> None:
            try:
                target.write_bytes(made.content)
            except OSError as exc:
                self._report_failed(exc)
                return
            self.banner.setText(
                self.tr("Signed report saved to {path} ({pages} pages, SHA-256 {digest}).").format(
                    path=target, pages=made.pages, digest=made.sha256[:16]
                )
            )
            self.report_path = target

        self.context.write(
            lambda uow: create_report(
                uow, inspection_id, language=language, internal=internal, paper=paper
            ),
            built,
            self._report_failed,
        )

    def _report_failed(self, exc: BaseException) -> None:
        self.banner.setStyleSheet("color: #b00020")
        self.banner.setText(error_text(exc))
        self.banner.setVisible(True)

    # -- interviews ---------------------------------------------------------------------------
    def add_interview(self, resume: uuid.UUID | None = None) -> None:
        from inspector.gui.editor.interview import InterviewDialog

        dialog = InterviewDialog(self.context, self.inspection_id, self)
        dialog.setObjectName("interviewDialog")
        dialog.finished.connect(lambda _r: self.reload())
        if resume is not None:
            dialog.resume(resume)
        dialog.open()
        self.interview_dialog = dialog

    def continue_interview(self, interview_id: uuid.UUID) -> None:
        self.add_interview(resume=interview_id)
