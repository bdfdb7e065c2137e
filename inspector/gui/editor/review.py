"""What is left before Complete, by question and section as the inspector reads them, each a link
to the question; and the small dialogs that ask before a step that is hard to undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.model import text_in

if TYPE_CHECKING:
    from inspector.checklists.state import Evaluation


def question_title(evaluation: Evaluation, path: str, language: str) -> str:
    """'Section - question', with the entry for a question in a repeat ('Payment 2')."""
    form = evaluation.form
    state = evaluation.questions[path]
    question = state.question
    section = next((s for s in form.sections if s.id == question.section), None)
    label = text_in(question.label, language) or question.id
    if question.repeat is not None:
        repeat = form.all_questions()[question.repeat]
        key = path.split("[", 1)[1].split("]", 1)[0]
        keys = list(evaluation.answers.get(question.repeat) or [])
        item = text_in(repeat.item_label, language) or text_in(repeat.label, language)
        label = f"{item} {keys.index(key) + 1 if key in keys else ''}: {label}"
    where = text_in(section.title, language) if section is not None else ""
    return f"{where} — {label}" if where else label


class ReviewList(QWidget):
    """Every missing or invalid answer; a click goes to the question. Kept up to date with each
    evaluation, so the list shrinks as the answers come in."""

    chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # one entry apart from the next when they wrap
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.count = 0

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self.list.clear()
        for problem in evaluation.problems:
            title = question_title(evaluation, problem.path, self.language)
            if problem.missing:
                text = self.tr("{question} (not answered)").format(question=title)
            else:
                text = self.tr("{question} ({problem})").format(
                    question=title, problem=problem.message
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            item.setToolTip(self.tr("Go to this question"))
            self.list.addItem(item)
        self.count = len(evaluation.problems)
        self.summary.setText(
            self.tr("Everything required is answered: the inspection can be completed.")
            if not self.count
            else self.tr("Still to answer before Complete; click one to go to it:")
        )

    def _chosen(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


class ReasonDialog(QDialog):
    """Asks why (reopen, delete): OK stays off until a reason is written."""

    def __init__(self, title: str, text: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why? The reason is kept in the audit trail."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("reasonOk")
        self.ok.setText(action)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(460, 260)


def confirm_box(parent: QWidget, title: str, text: str, action: str) -> QMessageBox:
    """A question whose yes-button names the step; the caller opens it and listens."""
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmYes")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
