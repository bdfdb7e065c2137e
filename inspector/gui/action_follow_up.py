"""Following a corrective action up, from the dashboard and from an agency's page: mark it done
(the day the agency carried it out and the proof it gave), verify it (the day and how it was
checked), or start a follow-up inspection of the inspection it came from."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.messages import error_label, error_text, show_error

if TYPE_CHECKING:
    from inspector.gui.context import AppContext


@dataclass(frozen=True)
class ChosenAction:
    id: uuid.UUID
    description: str
    status: str  # an ActionStatus value


class FollowUpDialog(QDialog):
    """The date and the note of "done" (``verify`` False) or "verified"; saved on OK, and the
    dialog stays open with the reason when the service refuses."""

    def __init__(
        self,
        context: AppContext,
        action: ChosenAction,
        verify: bool,
        saved: Callable[[], None],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyActionDialog" if verify else "actionDoneDialog")
        self.context, self.action, self.verify, self.saved = context, action, verify, saved
        self.setWindowTitle(
            self.tr("Verify a corrective action") if verify else self.tr("Corrective action done")
        )
        what = QLabel(action.description)
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(labels.date_format())  # as every list of the window
        self.date.setMaximumDate(QDate.currentDate())
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("How it was checked: a visit, documents seen, workers asked…")
            if verify
            else self.tr("The proof the agency gave: receipts, a new contract, a photo…")
        )
        self.note.setMaximumHeight(110)
        self.error = error_label("error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Mark &verified") if verify else self.tr("Mark &done"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(self.tr("Verified &on:") if verify else self.tr("Done &on:"), self.date)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.error)
        form.addRow(buttons)
        self.setMinimumWidth(480)

    def _save(self) -> None:
        from inspector.services.findings import mark_action_done, verify_action

        on: dt.date = self.date.date().toPython()  # type: ignore[assignment]
        note = self.note.toPlainText()
        action_id = self.action.id
        change = verify_action if self.verify else mark_action_done
        self.ok.setEnabled(False)
        self.context.write(
            lambda uow: change(uow, action_id, on=on, note=note), self._done, self._refused
        )

    def _done(self, _result: Any) -> None:
        self.context.changed.emit("actions")
        self.saved()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.setVisible(True)


class ActionTools(QWidget):
    """The buttons under a list of corrective actions. ``chosen`` gives the action selected in
    that list (or None); ``saved`` reloads the list; ``open_inspection`` opens the follow-up."""

    def __init__(
        self,
        context: AppContext,
        chosen: Callable[[], ChosenAction | None],
        saved: Callable[[], None],
        open_inspection: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.chosen, self.saved = context, chosen, saved
        self.open_inspection = open_inspection
        self.done_button = QPushButton(self.tr("Mark d&one…"))
        self.done_button.setObjectName("actionDone")
        self.done_button.clicked.connect(lambda: self._ask(verify=False))
        self.verify_button = QPushButton(self.tr("V&erify…"))
        self.verify_button.setObjectName("actionVerify")
        self.verify_button.clicked.connect(lambda: self._ask(verify=True))
        self.follow_up_button = QPushButton(self.tr("Start follow-&up inspection"))
        self.follow_up_button.setObjectName("actionFollowUp")
        self.follow_up_button.setToolTip(
            self.tr("A follow-up inspection of the inspection this action came from, its open "
                    "actions listed to check")
        )  # fmt: skip
        self.follow_up_button.clicked.connect(self._follow_up)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_button)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.follow_up_button)
        layout.addStretch(1)
        self.dialog: FollowUpDialog | None = None
        self.update_buttons()

    def update_buttons(self) -> None:
        action = self.chosen()
        open_ = action is not None and action.status in ("open", "in-progress")
        self.done_button.setEnabled(open_)
        self.verify_button.setEnabled(action is not None and action.status != "cancelled"
                                      and action.status != "verified")  # fmt: skip
        self.follow_up_button.setEnabled(action is not None)

    def _ask(self, verify: bool) -> None:
        action = self.chosen()
        if action is None:
            return
        self.dialog = FollowUpDialog(self.context, action, verify, self.saved, self)
        self.dialog.open()

    def _follow_up(self) -> None:
        from inspector.services.findings import start_follow_up

        action = self.chosen()
        if action is None:
            return
        action_id = action.id
        self.context.write(
            lambda uow: start_follow_up(uow, action_id=action_id),
            self._started,
            lambda exc: show_error(self, exc),
        )

    def _started(self, inspection_id: uuid.UUID) -> None:
        self.context.changed.emit("inspections")
        self.open_inspection(inspection_id)
