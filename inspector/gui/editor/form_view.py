"""A checklist as widgets: the sections on the left with their progress, the questions of one
section on the right. It shows an ``Evaluation`` (visibility, required, invalid answers,
calculated values) and hands every change to its host, which saves it and gives back the new
evaluation. The same view serves inspections and worker interviews."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.answers import entry_path
from inspector.checklists.model import Form, Question, QuestionType, Section, text_in
from inspector.gui.editor.evidence import EvidenceList, SignaturePad, Thumbnail
from inspector.gui.editor.questions import (
    ChoiceInput,
    LongText,
    QuestionInput,
    Shown,
    make_input,
)

if TYPE_CHECKING:
    from inspector.checklists.state import Evaluation


class FormHost(Protocol):
    def save(self, path: str, value: Any) -> None: ...
    def add_entry(self, repeat: str) -> None: ...
    def remove_entry(self, repeat: str, key: str) -> None: ...
    def wire_evidence(self, path: str, files: EvidenceList) -> None: ...
    def sign(self, path: str, png: bytes) -> None: ...


def counts_differ(evaluation: Evaluation) -> bool:
    """Whether a repeat with a repeat_count has other than the entries its count asks for."""
    return any(
        state.count is not None
        and state.question.repeat is None
        and len(evaluation.answers.get(path) or ()) != state.count
        for path, state in evaluation.questions.items()
    )


class QuestionRow(QFrame):
    """Label, hint, input and the problem of one question at one path."""

    def __init__(self, path: str, question: Question, language: str, host: FormHost) -> None:
        super().__init__()
        self.path = path
        self.question = question
        self.setObjectName(f"row:{path}")
        self.label = QLabel(text_in(question.label, language) or question.id)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(question.type is not QuestionType.NOTE)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        hint = text_in(question.hint, language)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #555")
            layout.addWidget(hint_label)
        self.input: QuestionInput | None = None
        self.evidence: EvidenceList | None = None
        self.signature: SignaturePad | None = None
        if question.type is QuestionType.EVIDENCE and not question.readonly:
            self.evidence = EvidenceList(path)
            host.wire_evidence(path, self.evidence)
            layout.addWidget(self.evidence)
        elif question.type is QuestionType.SIGNATURE and not question.readonly:
            self.signature = SignaturePad(path)
            self.signature.accepted.connect(lambda png: host.sign(path, png))
            layout.addWidget(self.signature)
        else:
            self.input = make_input(question, language)
            if self.input is not None:
                self.input.setObjectName(f"input:{path}")
                self.input.answered.connect(lambda value: host.save(path, value))
                layout.addWidget(self.input)
                self.label.setBuddy(self.input.focus_widget())
        # The line for "Required" or what is wrong is always there, empty when all is well: a
        # note that vanishes as the question is answered must not move what is below.
        self.problem = QLabel()
        self.problem.setObjectName(f"problem:{path}")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.setMinimumHeight(self.problem.fontMetrics().height())
        layout.addWidget(self.problem)
        self._label_text = self.label.text()

    def show_state(self, required: bool, problem: str | None, show_missing: bool) -> None:
        self.label.setText(self._label_text + (" *" if required else ""))
        text = None
        if problem == "missing":
            text = self.tr("Required: answer this question.") if show_missing else None
        elif problem:
            text = problem
        self.problem.setText(text or "")


class RepeatBox(QGroupBox):
    """A repeat: one box per entry with its questions, and buttons to add and remove entries."""

    def __init__(self, question: Question, language: str, host: FormHost) -> None:
        super().__init__()
        self.question = question
        # The title is a wrapping label: a group box's own title never wraps.
        self.heading = QLabel(text_in(question.label, language))
        self.heading.setObjectName(f"heading:{question.id}")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.language = language
        self.host = host
        self.setObjectName(f"repeat:{question.id}")
        self.entries_layout = QVBoxLayout()
        self.add_button = QPushButton(
            self.tr("&Add {item}").format(
                item=(text_in(question.item_label, language) or self.tr("entry")).lower()
            )
        )
        self.add_button.setObjectName(f"add:{question.id}")
        self.add_button.clicked.connect(lambda: host.add_entry(question.id))
        # A repeat_count gives the number of entries: the answers add them, not the inspector.
        self.add_button.setVisible(not question.prefill and question.repeat_count is None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.entries_layout)
        layout.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.keys: list[str] = []
        self.rows: dict[str, QuestionRow] = {}
        self.remove_buttons: list[QPushButton] = []

    def build(self, keys: list[str], answers: dict[str, Any]) -> dict[str, QuestionRow]:
        while self.entries_layout.count():
            item = self.entries_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.keys = list(keys)
        self.rows = {}
        self.remove_buttons = []
        item_name = text_in(self.question.item_label, self.language) or self.tr("Entry")
        for number, key in enumerate(keys, start=1):
            box = QGroupBox(f"{item_name} {number}")
            box.setObjectName(f"entry:{self.question.id}[{key}]")
            box_layout = QVBoxLayout(box)
            for child in self.question.questions:
                if child.type is QuestionType.HIDDEN:
                    continue  # a value given from outside the form: never shown, no widget
                path = entry_path(self.question.id, key, child.id)
                row = QuestionRow(path, child, self.language, self.host)
                if row.input is not None:
                    row.input.show_answer(answers.get(path))
                self.rows[path] = row
                box_layout.addWidget(row)
            if not self.question.prefill:
                remove = QPushButton(self.tr("Remove {item} {n}").format(item=item_name, n=number))
                remove.setObjectName(f"remove:{self.question.id}[{key}]")
                remove.clicked.connect(
                    lambda _c=False, k=key: self.host.remove_entry(self.question.id, k)
                )
                self.remove_buttons.append(remove)
                box_layout.addWidget(remove, alignment=Qt.AlignmentFlag.AlignRight)
            self.entries_layout.addWidget(box)
        return self.rows


class FormView(QWidget):
    section_changed = Signal(str)

    def __init__(self, form: Form, language: str, host: FormHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.language = language
        self.host = host
        self.show_missing = False
        self.rows: dict[str, QuestionRow] = {}
        self.repeats: dict[str, RepeatBox] = {}
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.pages = QStackedWidget()
        self.section_pages: dict[str, QWidget] = {}
        for section in form.sections:
            item = QListWidgetItem(text_in(section.title, language))
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.sections.addItem(item)
            self.section_pages[section.id] = self._section_page(section)
            self.pages.addWidget(self.section_pages[section.id])
        self.sections.currentRowChanged.connect(self._section_selected)
        # A column of fixed width: it does not follow the page shown, and long titles wrap.
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setFixedWidth(
            max(200, min(300, 26 * self.sections.fontMetrics().averageCharWidth()))
        )
        self.previous_button = QPushButton(self.tr("◀ &Previous section"))
        self.previous_button.setObjectName("previousSection")
        self.previous_button.setToolTip(self.tr("Previous section (Ctrl+Page Up or Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("Ne&xt section ▶"))
        self.next_button.setObjectName("nextSection")
        self.next_button.setToolTip(self.tr("Next section (Ctrl+Page Down or Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        # The jump list: any section in one pick (the column on the left does the same).
        self.jump = QComboBox()
        self.jump.setObjectName("jumpList")
        self.jump.setToolTip(self.tr("Go to a section"))
        self.jump.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.jump.setMinimumContentsLength(10)
        for section in form.sections:
            self.jump.addItem(text_in(section.title, language), section.id)
        self.jump.activated.connect(lambda index: self.go_to_section(self.jump.itemData(index)))
        for keys, step in (("Ctrl+PgDown", 1), ("Alt+Right", 1), ("Ctrl+PgUp", -1),
                           ("Alt+Left", -1)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s))
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addWidget(self.jump, 1)
        footer.addWidget(self.next_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.pages, 1)
        right.addLayout(footer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)
        self._answers: dict[str, Any] = {}

    def _section_page(self, section: Section) -> QWidget:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        hint = text_in(section.hint, self.language)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            label.setStyleSheet("color: #555; font-style: italic")
            layout.addWidget(label)
        for question in section.questions:
            if question.type is QuestionType.REPEAT:
                box = RepeatBox(question, self.language, self.host)
                self.repeats[question.id] = box
                layout.addWidget(box)
            elif question.type is not QuestionType.HIDDEN:  # never shown: no widget at all
                row = QuestionRow(question.id, question, self.language, self.host)
                self.rows[question.id] = row
                layout.addWidget(row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Questions wrap to the width there is; a form never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        scroll.setObjectName(f"section:{section.id}")
        return scroll

    # -- state -----------------------------------------------------------------------------
    def load(self, evaluation: Evaluation, thumbnails: dict[str, list[Thumbnail]]) -> None:
        """Show stored answers (first load, or after entries were added or removed)."""
        self._answers = dict(evaluation.answers)
        for path, row in self.rows.items():
            if row.input is not None:
                row.input.show_answer(self._answers.get(path))
        for repeat_id, box in self.repeats.items():
            keys = list(self._answers.get(repeat_id) or [])
            self._rows_of_repeat(box, keys)
        self.show_thumbnails(thumbnails)
        self.apply(evaluation)
        if self.sections.currentRow() < 0:
            self.sections.setCurrentRow(0)

    def _rows_of_repeat(self, box: RepeatBox, keys: list[str]) -> None:
        for path in list(box.rows):
            self.rows.pop(path, None)
        self.rows.update(box.build(keys, self._answers))

    def show_thumbnails(self, thumbnails: dict[str, list[Thumbnail]]) -> None:
        for path, row in self.rows.items():
            if row.evidence is not None:
                row.evidence.show_thumbnails(thumbnails.get(path, []))
            if row.signature is not None:
                shown = thumbnails.get(path) or []
                row.signature.show_signed(shown[0].image if shown else None)

    def apply(self, evaluation: Evaluation) -> None:
        """Show what the answers now mean: relevance, required and invalid marks, progress."""
        answers = dict(evaluation.answers)
        for repeat_id, box in self.repeats.items():
            keys = list(answers.get(repeat_id) or [])
            if keys != box.keys:
                self._answers = answers
                self._rows_of_repeat(box, keys)
        for repeat_id, box in self.repeats.items():
            state = evaluation.questions.get(repeat_id)
            box.setVisible(bool(state and state.visible))
            counted = box.question.repeat_count is not None
            # Entries past the count hold answers: the inspector removes them, on purpose.
            over = counted and state is not None and state.count is not None
            over = over and len(box.keys) > state.count  # type: ignore[union-attr,operator]
            for button in box.remove_buttons:
                button.setVisible(not counted or over)
            problem = state.problem if state is not None else None
            if over:
                problem = self.tr(
                    "%n entries asked for: remove the ones no longer needed",
                    "",
                    state.count,  # type: ignore[union-attr,arg-type]
                )
            if problem and (problem != "missing" or self.show_missing):
                box.heading.setText(
                    text_in(box.question.label, self.language)
                    + " - "
                    + (self.tr("add at least one") if problem == "missing" else problem)
                )
            else:
                box.heading.setText(text_in(box.question.label, self.language))
        for path, row in self.rows.items():
            state = evaluation.questions.get(path)
            if state is None:
                continue
            row.setVisible(state.visible)
            problem = state.problem
            if isinstance(row.input, ChoiceInput):
                # Cascading selects: only what the filter lets through, as the answers change.
                row.input.offer(state.offered)
                stored = answers.get(path)
                row.input.show_answer(stored)
                if state.offered is not None and state.answered and problem:
                    lost = [v for v in (stored if isinstance(stored, list) else [stored])
                            if not any(c.value == v for c in state.offered)]  # fmt: skip
                    if lost:
                        problem = self.tr(
                            "“{answer}” is no longer one of the choices (an answer above "
                            "changed them): choose another or clear it."
                        ).format(answer=", ".join(row.question.choice_label(str(v), self.language)
                                                  for v in lost))  # fmt: skip
            row.show_state(state.required, problem, self.show_missing)
            if isinstance(row.input, Shown):
                if row.question.type is QuestionType.CALCULATE:
                    from inspector.checklists.state import json_value

                    row.input.show_answer(json_value(evaluation.values.get(path)))
                else:
                    row.input.show_answer(answers.get(path))
        for index, progress in enumerate(evaluation.sections):
            item = self.sections.item(index)
            if item is None:
                continue
            section = self.form.sections[index]
            # Counted: what is required here and shown; a tick once all of it is answered.
            mark = ""
            if progress.invalid or (self.show_missing and progress.missing):
                mark = " ⚠"
            elif progress.done and (progress.required or progress.answered):
                mark = " ✓"
            count = (
                f"  {progress.required_answered}/{progress.required}" if progress.required else ""
            )
            item.setText(f"{text_in(section.title, self.language)}{count}{mark}")
            item.setHidden(not progress.visible)
            item.setToolTip(
                self.tr("{missing} required answers missing, {invalid} invalid").format(
                    missing=len(progress.missing), invalid=len(progress.invalid)
                )
            )

    def flush(self) -> None:
        """Save text still being typed (before complete, lock or leaving the editor)."""
        for row in self.rows.values():
            if isinstance(row.input, LongText):
                row.input.flush()

    # -- navigation --------------------------------------------------------------------------
    def _section_selected(self, row: int) -> None:
        if row < 0:
            return
        section = self.form.sections[row]
        self.pages.setCurrentWidget(self.section_pages[section.id])
        self.jump.setCurrentIndex(row)
        shown = [i for i in range(self.sections.count()) if not self.sections.item(i).isHidden()]
        self.previous_button.setEnabled(bool(shown) and row > shown[0])
        self.next_button.setEnabled(bool(shown) and row < shown[-1])
        self.section_changed.emit(section.id)

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) section shown, from the current one."""
        row = self.sections.currentRow() + direction
        while 0 <= row < self.sections.count():
            if not self.sections.item(row).isHidden():
                self.sections.setCurrentRow(row)
                self._focus_first(self.form.sections[row].id)
                return
            row += direction

    def _focus_first(self, section_id: str) -> None:
        """The cursor on the section's first question shown (it was on a page now hidden)."""
        for row in self.rows.values():
            if row.question.section == section_id and row.isVisibleTo(self) and row.input:
                row.input.focus_widget().setFocus()
                return

    def first_unanswered(self, evaluation: Evaluation) -> str | None:
        """Where the inspector starts: the first shown question still without an answer."""
        for path, state in evaluation.questions.items():
            row = self.rows.get(path)
            typed = row is not None and row.input is not None and not isinstance(row.input, Shown)
            if state.visible and not state.answered and typed:
                return path
        return None

    def current_section(self) -> str | None:
        row = self.sections.currentRow()
        return self.form.sections[row].id if row >= 0 else None

    def go_to_section(self, section_id: str) -> None:
        for index, section in enumerate(self.form.sections):
            if section.id == section_id:
                self.sections.setCurrentRow(index)

    def go_to(self, path: str) -> None:
        """Show the question at ``path`` and put the cursor in it."""
        row = self.rows.get(path)
        if row is None:
            return
        self.go_to_section(row.question.section)
        target = row.input.focus_widget() if row.input is not None else row
        target.setFocus()
        page = self.section_pages[row.question.section]
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(row)
