"""Picking the agency a complaint is about: a search field that completes over the registry as
the official types (a full-text query on the vault thread), or the name as the complainant gave
it when the agency is not registered."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from inspector.gui.context import AppContext

SEARCH_DELAY_MS = 200
MATCHES_SHOWN = 15
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class AgencyPicker(QWidget):
    """``agency_id`` is the registered agency picked from the completion list, else None and
    ``typed_name()`` is what the official typed."""

    picked = Signal(object)  # uuid.UUID | None

    def __init__(
        self, context: AppContext, allow_unregistered: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.allow_unregistered = allow_unregistered
        self.agency_id: uuid.UUID | None = None
        self.agency_name = ""
        self._picked_text = ""
        self._asked = 0  # the newest search sent; older answers are dropped
        self.line = QLineEdit()
        self.line.setObjectName("agencySearch")
        self.line.setPlaceholderText(self.tr("Type a name, licence number or town"))
        self.line.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.popup().setObjectName("agencyMatches")
        self.line.setCompleter(self.completer)
        self.status = QLabel()
        self.status.setObjectName("agencyStatus")
        self.status.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._search)
        # Searches follow typing only: moving through the list also changes the text.
        self.line.textChanged.connect(self._text_changed)
        self.line.textEdited.connect(lambda _text: self.timer.start())
        self.completer.activated[QModelIndex].connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.status)
        self.setFocusProxy(self.line)
        self.line.installEventFilter(self)
        self._show_status()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the field opens the list of matches again."""
        if (
            watched is self.line
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
            and self.matches.rowCount()
            and not self.completer.popup().isVisible()
        ):
            self.completer.complete()
            return True
        return super().eventFilter(watched, event)

    def typed_name(self) -> str:
        return self.line.text().strip()

    def set_text(self, text: str) -> None:
        self.line.setText(text)
        self.timer.start()

    def _text_changed(self, text: str) -> None:
        if self.agency_id is not None and text != self._picked_text:
            self.agency_id = None
            self.agency_name = ""
            self.picked.emit(None)
        self._show_status()

    def _search(self) -> None:
        words = self.line.text().strip()
        if self.context.vault is None:
            return  # locked meanwhile
        if self.agency_id is not None or len(words) < 2:
            self.matches.clear()
            return
        self._asked += 1
        asked = self._asked

        def search(session: Any) -> list[Any]:
            from inspector.services.agencies import list_agencies

            return list_agencies(session, words, limit=MATCHES_SHOWN)

        self.context.read(search, lambda rows: self._found(asked, rows))

    def _found(self, asked: int, rows: list[Any]) -> None:
        if asked != self._asked or self.agency_id is not None:
            return
        self.matches.clear()
        for row in rows:
            where = ", ".join(part for part in (row.city, row.country) if part)
            item = QStandardItem(
                self.tr("{name} - licence {licence} ({place})").format(
                    name=row.name, licence=row.licence_number, place=where
                )
            )
            item.setData(row.id, ID_ROLE)
            item.setData(row.name, NAME_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        self._show_status(searched=True)
        if rows and self.line.hasFocus():
            self.completer.complete()

    def _activated(self, index: QModelIndex) -> None:
        agency_id = index.data(ID_ROLE)
        if agency_id is None:
            return
        self.pick(agency_id, index.data(NAME_ROLE), index.data(Qt.ItemDataRole.DisplayRole))

    def pick(self, agency_id: uuid.UUID, name: str, shown: str) -> None:
        self.timer.stop()
        self.agency_id = agency_id
        self.agency_name = name
        self._picked_text = shown
        if self.line.text() != shown:
            self.line.blockSignals(True)
            self.line.setText(shown)
            self.line.blockSignals(False)
        self._show_status()
        self.picked.emit(agency_id)

    def _show_status(self, searched: bool = False) -> None:
        if self.agency_id is not None:
            text = self.tr("Registered agency: {name}").format(name=self.agency_name)
            colour = "#1b5e20"
        elif not self.typed_name():
            text = (
                self.tr("Pick the agency from the registry, or type the name the complainant "
                        "gave if it is not registered.")
                if self.allow_unregistered
                else self.tr("Type to search the registry, then pick the agency.")
            )  # fmt: skip
            colour = "#555555"
        elif searched and self.matches.rowCount() == 0:
            text = (
                self.tr("Not found in the registry: recorded as the name the complainant gave.")
                if self.allow_unregistered
                else self.tr("No registered agency matches these words.")
            )
            colour = "#8a5300"
        else:
            text = (
                self.tr("Not picked from the registry: recorded as the name the complainant "
                        "gave. Pick from the list to link a registered agency.")
                if self.allow_unregistered
                else self.tr("Pick the agency from the list.")
            )  # fmt: skip
            colour = "#8a5300"
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}")


class LinkAgencyDialog(QDialog):
    """Link a complaint to a registered agency, starting from the name the complainant gave."""

    def __init__(
        self, context: AppContext, reference: str, name_given: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkAgencyDialog")
        self.setWindowTitle(self.tr("Link complaint {reference} to an agency").format(
            reference=reference))  # fmt: skip
        intro = QLabel(
            self.tr("The complainant named the agency as \u201c{name}\u201d. Find it in the "
                    "registry:").format(name=name_given)
            if name_given
            else self.tr("Find the agency in the registry:")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.picker = AgencyPicker(context, allow_unregistered=False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Link"))
        self.ok_button.setObjectName("linkButton")
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.picked.connect(lambda agency: self.ok_button.setEnabled(agency is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 180)
        if name_given:
            self.picker.set_text(name_given)
