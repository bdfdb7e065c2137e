"""One input widget per question type. Each shows a stored answer (``show``) and emits
``answered`` with the value to store when the inspector changes it; ``None`` clears it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.model import Choice, Question, QuestionType, text_in
from inspector.gui import labels
from inspector.gui.editor.wrapping import WrappingCheckBox, WrappingRadioButton

_BLANK_DATE = QDate(1900, 1, 1)


class QuestionInput(QWidget):
    answered = Signal(object)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self._showing = False  # True while show() sets a value: no echo back as an answer

    def show_answer(self, stored: Any) -> None:
        self._showing = True
        try:
            self._show(stored)
        finally:
            self._showing = False

    def _show(self, stored: Any) -> None:
        raise NotImplementedError

    def _emit(self, value: Any) -> None:
        if not self._showing:
            self.answered.emit(value)

    def focus_widget(self) -> QWidget:
        return self


class ChoiceInput(QuestionInput):
    """A select: one widget per choice of the form, of which a choice_filter may offer only
    some. A stored answer no longer offered stays shown (and the form view says so): the
    inspector decides, nothing is erased behind their back."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.offered: tuple[Choice, ...] | None = None  # None: every choice

    def offer(self, offered: tuple[Choice, ...] | None) -> None:
        """Show only ``offered`` (the evaluation's QuestionState.offered), until the next call."""
        self.offered = offered

    def is_offered(self, choice: Choice) -> bool:
        return self.offered is None or choice in self.offered

    def shown_for(self, stored: Any) -> list[int]:
        """Which choices to show: the offered ones, and for each stored value not offered the
        first choice holding it (choice values repeat across a filter's branches)."""
        values = stored if isinstance(stored, list) else [] if stored is None else [stored]
        shown = [i for i, c in enumerate(self.question.choices) if self.is_offered(c)]
        for value in values:
            if not any(self.question.choices[i].value == value for i in shown):
                extra = next((i for i, c in enumerate(self.question.choices)
                              if c.value == value), None)  # fmt: skip
                if extra is not None:
                    shown.append(extra)
        return sorted(shown)


class ChoiceButtons(ChoiceInput):
    """Up to five choices as radio buttons (arrow keys move between them), with a clear button."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        labels = [text_in(choice.label, language) for choice in question.choices]
        # Short choices side by side (Yes / No / Not applicable); long ones one per line.
        wide = sum(len(label) for label in labels) > 48
        layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(self) if wide else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.choice_buttons: list[WrappingRadioButton] = []  # one per choice, in order
        for choice in question.choices:
            button = WrappingRadioButton(text_in(choice.label, language))
            button.setObjectName(f"{question.id}={choice.value}")
            self.group.addButton(button)
            self.choice_buttons.append(button)
            layout.addWidget(button)
            button.toggled.connect(
                lambda on, value=choice.value: on and self._emit(value)  # type: ignore[func-returns-value]
            )
        self._shown = list(range(len(question.choices)))
        clear = QToolButton()
        clear.setText("\u2715")  # a cross
        clear.setToolTip(self.tr("Clear the answer"))
        clear.clicked.connect(self._clear)
        layout.addWidget(clear)
        if not wide:
            layout.addStretch(1)

    @property
    def buttons(self) -> dict[str, WrappingRadioButton]:
        """The buttons shown, by choice value."""
        found: dict[str, WrappingRadioButton] = {}
        for index in self._shown:
            found.setdefault(self.question.choices[index].value, self.choice_buttons[index])
        return found

    def _clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.choice_buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        self._emit(None)

    def _show(self, stored: Any) -> None:
        self._shown = self.shown_for(stored)
        checked = self.buttons.get(stored) if isinstance(stored, str) else None
        self.group.setExclusive(False)
        for index, button in enumerate(self.choice_buttons):
            button.setVisible(index in self._shown)
            button.setChecked(button is checked)
        self.group.setExclusive(True)

    def focus_widget(self) -> QWidget:
        return next(iter(self.buttons.values()), self)


class ChoiceList(ChoiceInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName(question.id)
        # As wide as the form allows, not as wide as its longest choice (the list shows it all).
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self._fill(self._items(None))
        self.combo.currentIndexChanged.connect(lambda: self._emit(self.combo.currentData()))
        layout.addWidget(self.combo)
        layout.addStretch(1)

    def _items(self, stored: Any) -> list[tuple[str, str]]:
        """(label, value) of the choices to list for this stored answer."""
        items = []
        for index in self.shown_for(stored):
            choice = self.question.choices[index]
            label = text_in(choice.label, self.language)
            if not self.is_offered(choice):
                label = self.tr("{choice} (no longer offered)").format(choice=label)
            items.append((label, choice.value))
        return items

    def _fill(self, items: list[tuple[str, str]]) -> None:
        self.combo.clear()
        self.combo.addItem(self.tr("(not answered)"), None)
        for label, value in items:
            self.combo.addItem(label, value)

    def _show(self, stored: Any) -> None:
        items = self._items(stored)
        listed = [(self.combo.itemText(n), self.combo.itemData(n))
                  for n in range(1, self.combo.count())]  # fmt: skip
        if listed != items:
            self._fill(items)
        index = self.combo.findData(stored)
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class MultipleChoice(ChoiceInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choice_boxes: list[WrappingCheckBox] = []  # one per choice, in order
        longest = max((len(text_in(c.label, language)) for c in question.choices), default=0)
        columns = 2 if len(question.choices) > 4 and longest <= 32 else 1
        for index, choice in enumerate(question.choices):
            box = WrappingCheckBox(text_in(choice.label, language))
            box.setObjectName(f"{question.id}={choice.value}")
            self.choice_boxes.append(box)
            layout.addWidget(box, index // columns, index % columns)
            box.toggled.connect(lambda _on: self._emit(self.selected() or None))
        self._shown = list(range(len(question.choices)))

    @property
    def boxes(self) -> dict[str, WrappingCheckBox]:
        """The boxes shown, by choice value."""
        found: dict[str, WrappingCheckBox] = {}
        for index in self._shown:
            found.setdefault(self.question.choices[index].value, self.choice_boxes[index])
        return found

    def selected(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def _show(self, stored: Any) -> None:
        values = stored if isinstance(stored, list) else []
        self._shown = self.shown_for(values)
        shown = self.boxes
        for index, box in enumerate(self.choice_boxes):
            box.setVisible(index in self._shown)
            value = self.question.choices[index].value
            box.setChecked(shown.get(value) is box and value in values)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


class LineInput(QuestionInput):
    """Text and numbers: saved when the field is left or Enter is pressed."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(question.id)
        if question.type is QuestionType.INTEGER:
            self.edit.setValidator(QIntValidator(self))
            self.edit.setMaximumWidth(160)
        elif question.type is QuestionType.DECIMAL:
            validator = QDoubleValidator(self)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            self.edit.setValidator(validator)
            self.edit.setMaximumWidth(160)
        self.edit.editingFinished.connect(self._finished)
        self._last: Any = None
        layout.addWidget(self.edit)
        if self.edit.maximumWidth() < 1000:
            layout.addStretch(1)  # a short number field sits on the left, like the others

    def _finished(self) -> None:
        text = self.edit.text().strip()
        value: Any = text or None
        if value is not None and self.question.type is QuestionType.INTEGER:
            value = int(text)
        if value != self._last:
            self._last = value
            self._emit(value)

    def _show(self, stored: Any) -> None:
        self._last = stored
        self.edit.setText("" if stored is None else str(stored))

    def focus_widget(self) -> QWidget:
        return self.edit


class LongText(QuestionInput):
    """Saved a moment after typing stops, and when the field is left."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(question.id)
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(110)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(700)
        self.timer.timeout.connect(self._save)
        self.edit.textChanged.connect(lambda: self._showing or self.timer.start())
        self._last: Any = None
        layout.addWidget(self.edit)

    def focusOutEvent(self, event: Any) -> None:
        self._save()
        super().focusOutEvent(event)

    def _save(self) -> None:
        self.timer.stop()
        value = self.edit.toPlainText().strip() or None
        if value != self._last:
            self._last = value
            self._emit(self.edit.toPlainText() if value else None)

    def flush(self) -> None:
        if self.timer.isActive():
            self._save()

    def _show(self, stored: Any) -> None:
        self._last = stored.strip() if isinstance(stored, str) else None
        self.edit.setPlainText(stored or "")

    def focus_widget(self) -> QWidget:
        return self.edit


class MoneyInput(QuestionInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit()
        self.amount.setObjectName(question.id)
        validator = QDoubleValidator(0, 1e13, 2, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.amount.setValidator(validator)
        self.amount.setMaximumWidth(160)
        self.currency = QLineEdit(question.currency or "")
        self.currency.setObjectName(f"{question.id}.currency")
        self.currency.setPlaceholderText("USD")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.currency.setValidator(QRegularExpressionValidator("[A-Za-z]{0,3}", self))
        layout.addWidget(self.amount)
        layout.addWidget(self.currency)
        layout.addStretch(1)
        self._last: Any = None
        self.amount.editingFinished.connect(self._finished)
        self.currency.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        amount = self.amount.text().strip()
        currency = self.currency.text().strip().upper()
        self.currency.setText(currency)
        value = {"amount": amount, "currency": currency} if amount else None
        if value != self._last:
            self._last = value
            self._emit(value)

    def _show(self, stored: Any) -> None:
        self._last = stored
        if isinstance(stored, dict):
            self.amount.setText(str(stored.get("amount", "")))
            self.currency.setText(str(stored.get("currency", "")))
        else:
            self.amount.clear()
            self.currency.setText(self.question.currency or "")

    def focus_widget(self) -> QWidget:
        return self.amount


class _DateEdit(QDateEdit):
    """A date field that Tab leaves (QDateEdit keeps Tab to walk its own day/month/year parts,
    which traps keyboard users on a blank date); arrows and typing still edit the parts."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class DateInput(QuestionInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = _DateEdit()
        self.edit.setObjectName(question.id)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(labels.date_format())
        self.edit.setMinimumDate(_BLANK_DATE)
        self.edit.setSpecialValueText(self.tr("(not answered)"))
        self.edit.setDate(_BLANK_DATE)
        self.edit.editingFinished.connect(self._finished)
        self.edit.dateChanged.connect(lambda _d: self.edit.hasFocus() or self._finished())
        clear = QToolButton()
        clear.setText("\u2715")  # a cross
        clear.setToolTip(self.tr("Clear the date"))
        clear.clicked.connect(lambda: self.edit.setDate(_BLANK_DATE))
        layout.addWidget(self.edit)
        layout.addWidget(clear)
        layout.addStretch(1)
        self._last: Any = None

    def _finished(self) -> None:
        date = self.edit.date()
        value = None if date == _BLANK_DATE else date.toString("yyyy-MM-dd")
        if value != self._last:
            self._last = value
            self._emit(value)

    def _show(self, stored: Any) -> None:
        self._last = stored
        date = QDate.fromString(stored, "yyyy-MM-dd") if isinstance(stored, str) else None
        self.edit.setDate(date if date is not None and date.isValid() else _BLANK_DATE)

    def focus_widget(self) -> QWidget:
        return self.edit


class Shown(QuestionInput):
    """A value the inspector does not type: a calculation or a prefilled, read-only answer."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName(question.id)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)

    def _show(self, stored: Any) -> None:
        from inspector.checklists.render import answer_text

        self.label.setText(answer_text(self.question, stored, self.language))


def make_input(question: Question, language: str) -> QuestionInput | None:
    """The input for a question; None for notes, repeats, evidence and signatures (built by the
    form view, which owns the services they need)."""
    qtype = question.type
    if question.readonly or qtype is QuestionType.CALCULATE:
        return Shown(question, language)
    if qtype in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        return ChoiceButtons(question, language)
    if qtype is QuestionType.SELECT_ONE:
        if len(question.choices) <= 5:
            return ChoiceButtons(question, language)
        return ChoiceList(question, language)
    if qtype is QuestionType.SELECT_MULTIPLE:
        return MultipleChoice(question, language)
    if qtype in (QuestionType.TEXT, QuestionType.INTEGER, QuestionType.DECIMAL):
        return LineInput(question, language)
    if qtype is QuestionType.LONG_TEXT:
        return LongText(question, language)
    if qtype is QuestionType.MONEY:
        return MoneyInput(question, language)
    if qtype is QuestionType.DATE:
        return DateInput(question, language)
    return None
