"""The inspection editor: the checklist generated from the inspection's own form version, every
change saved at once (no Save button to forget), evidence and signatures, worker interviews, the
derived findings and corrective actions, then Complete (refused with what is missing) and Lock."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
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

from inspector.gui.editor.evidence import Thumbnail, make_thumbnail
from inspector.gui.editor.findings import FindingRow, FindingsPanel, load_findings
from inspector.gui.editor.form_view import FormView
from inspector.gui.messages import error_text, make_heading, show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.checklists.model import Form
    from inspector.checklists.state import Evaluation
    from inspector.gui.context import AppContext
    from inspector.services.uow import UnitOfWork


@dataclass
class EditorData:
    reference: str
    agency_name: str
    status: str
    kind: str
    form: Form
    evaluation: Evaluation
    thumbnails: dict[str, list[Thumbnail]]
    findings: list[FindingRow]
    interviews: list[tuple[uuid.UUID, str, bool]] = field(default_factory=list)


def load_thumbnails(session: Session, evaluation: Evaluation) -> dict[str, list[Thumbnail]]:
    """Thumbnails of the files answering evidence and signature questions, made in memory."""
    from inspector.checklists.model import QuestionType
    from inspector.services.evidence import read_attachment
    from inspector.vault.tables import Attachment

    found: dict[str, list[Thumbnail]] = {}
    for path, state in evaluation.questions.items():
        if state.question.type not in (QuestionType.EVIDENCE, QuestionType.SIGNATURE):
            continue
        stored = evaluation.answers.get(path)
        ids = stored if isinstance(stored, list) else [stored] if stored else []
        thumbs = []
        for ident in ids:
            try:
                attachment = session.get(Attachment, uuid.UUID(str(ident)))
            except ValueError:
                attachment = None
            if attachment is None:
                continue
            image = None
            if attachment.media_type.startswith("image/"):
                image = make_thumbnail(read_attachment(session, attachment.id))
            thumbs.append(Thumbnail(str(attachment.id), attachment.filename, attachment.caption,
                                    image))  # fmt: skip
        found[path] = thumbs
    return found


def load_editor(session: Session, inspection_id: uuid.UUID) -> EditorData:
    from sqlalchemy import select

    from inspector.services.inspections import evaluation_of, get_inspection, inspection_form
    from inspector.vault.tables import WorkerInterview

    inspection = get_inspection(session, inspection_id)
    evaluation = evaluation_of(session, inspection_id)
    interviews = session.execute(
        select(WorkerInterview.id, WorkerInterview.code, WorkerInterview.consent_given)
        .where(WorkerInterview.inspection_id == inspection_id)
        .order_by(WorkerInterview.created_at)
    ).all()
    return EditorData(
        reference=inspection.reference,
        agency_name=inspection.agency.name,
        status=inspection.status.value,
        kind=inspection.kind.value,
        form=inspection_form(session, inspection),
        evaluation=evaluation,
        thumbnails=load_thumbnails(session, evaluation),
        findings=load_findings(session, inspection_id),
        interviews=[(row[0], row[1], row[2]) for row in interviews],
    )


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
        self.interview_button = QPushButton(self.tr("Add &worker interview…"))
        self.interview_button.setObjectName("interviewButton")
        self.interview_button.clicked.connect(self.add_interview)
        back = QPushButton(self.tr("&Back to inspections"))
        back.clicked.connect(lambda: self.workspace.show_page("inspections"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addWidget(self.interview_button)
        header.addWidget(self.complete_button)
        header.addWidget(self.lock_button)
        header.addWidget(self.report_button)
        header.addWidget(back)
        self.findings = FindingsPanel(context, inspection_id)
        self.findings.changed.connect(self.reload_findings)
        self.interviews = QLabel()
        self.interviews.setObjectName("interviewList")
        self.interviews.setWordWrap(True)
        self.interviews.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.side = QTabWidget()
        self.side.addTab(self.findings, self.tr("Fin&dings"))
        self.side.addTab(self.interviews, self.tr("Inte&rviews"))
        self.splitter = QSplitter()
        self.placeholder = QLabel(self.tr("Loading…"))
        self.splitter.addWidget(self.placeholder)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])
        self.side.setMinimumWidth(300)
        layout = QVBoxLayout(self)
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
        self.context.read(lambda s: load_editor(s, inspection_id), self._loaded, self._failed)

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
        self.form_view.load(data.evaluation, data.thumbnails)
        if self.resume_section:
            self.form_view.go_to_section(self.resume_section)
            self.resume_section = None
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
        self.lock_button.setEnabled(data.status == "completed")
        self.report_button.setEnabled(data.status == "locked")
        lines = [
            self.tr("{code}: consent given").format(code=code)
            if consent
            else self.tr("{code}: consent refused").format(code=code)
            for _id, code, consent in data.interviews
        ]
        self.interviews.setText("\n".join(lines) or self.tr("No worker interviews yet."))

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def reload_findings(self) -> None:
        inspection_id = self.inspection_id
        self.context.read(lambda s: load_findings(s, inspection_id), self.findings.show_rows)

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

    def _saved(self, saved: Any) -> None:
        if self.form_view is not None:
            self.form_view.apply(saved.evaluation)
        if self.data is not None and self.data.status == "draft":
            self.data.status = saved.status.value
            self._show_header()
        self.reload_findings()
        self.context.changed.emit(f"inspection:{self.inspection_id}")

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

    def attach(self, path: str, files: list[tuple[str, bytes, str]]) -> None:
        inspection_id = self.inspection_id

        def work(uow: UnitOfWork) -> None:
            from inspector.services.evidence import add_attachment
            from inspector.services.inspections import answers_of, record_answer

            current = list(answers_of(uow.session, inspection_id).get(path) or [])
            for name, content, caption in files:
                info = add_attachment(
                    uow, inspection_id, content, filename=name, caption=caption, question_path=path
                )
                current.append(str(info.id))
            record_answer(uow, inspection_id, path, current)

        self._write(work, lambda _r: self.reload(), path)

    def detach(self, path: str, attachment_id: str) -> None:
        inspection_id = self.inspection_id

        def work(uow: UnitOfWork) -> None:
            from inspector.services.inspections import answers_of, record_answer

            current = list(answers_of(uow.session, inspection_id).get(path) or [])
            record_answer(uow, inspection_id, path, [i for i in current if i != attachment_id])

        self._write(work, lambda _r: self.reload(), path)

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

    # -- complete and lock ----------------------------------------------------------------------
    def complete(self) -> None:
        from inspector.services.inspections import complete_inspection

        if self.form_view is not None:
            self.form_view.flush()
        inspection_id = self.inspection_id
        self.context.write(
            lambda uow: complete_inspection(uow, inspection_id),
            self._transitioned,
            self._complete_refused,
        )

    def _complete_refused(self, exc: BaseException) -> None:
        self.banner.setStyleSheet("color: #b00020")
        self.banner.setText(error_text(exc))
        self.banner.setVisible(True)
        if self.form_view is not None and self.data is not None:
            self.form_view.show_missing = True
            inspection_id = self.inspection_id

            def evaluate(session: Session) -> Evaluation:
                from inspector.services.inspections import evaluation_of

                return evaluation_of(session, inspection_id)

            def show(evaluation: Evaluation) -> None:
                if self.form_view is None:
                    return
                self.form_view.apply(evaluation)
                if evaluation.problems:
                    self.form_view.go_to(evaluation.problems[0].path)

            self.context.read(evaluate, show)

    def _transitioned(self, _result: Any) -> None:
        self.banner.setVisible(False)
        self.context.changed.emit("inspections")
        self.reload()

    def lock(self) -> None:
        from inspector.services.inspections import lock_inspection

        inspection_id = self.inspection_id
        self.context.write(
            lambda uow: lock_inspection(uow, inspection_id), self._transitioned, self._failed
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
    def add_interview(self) -> None:
        from inspector.gui.editor.interview import InterviewDialog

        dialog = InterviewDialog(self.context, self.inspection_id, self)
        dialog.setObjectName("interviewDialog")
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        self.interview_dialog = dialog
