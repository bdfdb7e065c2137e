"""The inspector's profile as a form: name, authority, office address, the authority's emblem and
the time zone. Shown at first run and in Settings; it reads and writes through the profile
service (the emblem is checked there, off the GUI thread)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.messages import error_label, error_text

if TYPE_CHECKING:
    from inspector.gui.context import AppContext

PREVIEW_PIXELS = 64


@cache
def time_zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(name for name in available_timezones() if "/" in name or name == "UTC")


class ProfileForm(QWidget):
    """The fields; ``changes()`` gives what ``update_profile`` takes."""

    edited = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._emblem: bytes | None = None
        self._emblem_changed = False
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.authority = QLineEdit()
        self.authority.setObjectName("profileAuthority")
        self.authority.setPlaceholderText(self.tr("for example: Department of Foreign Employment"))
        self.address = QPlainTextEdit()
        self.address.setObjectName("profileAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 14)
        self.emblem_preview = QLabel()
        self.emblem_preview.setObjectName("profileEmblem")
        self.emblem_preview.setFixedSize(PREVIEW_PIXELS, PREVIEW_PIXELS)
        self.emblem_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emblem_preview.setStyleSheet("border: 1px solid #bdbdbd; color: #757575")
        self.choose_emblem = QPushButton(self.tr("Choose e&mblem…"))
        self.choose_emblem.setObjectName("chooseEmblem")
        self.remove_emblem = QPushButton(self.tr("Remove em&blem"))
        self.remove_emblem.setObjectName("removeEmblem")
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("profileTimeZone")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(time_zones())
        completer = QCompleter(time_zones(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.error = error_label("profileError")

        emblem_buttons = QVBoxLayout()
        emblem_buttons.addWidget(self.choose_emblem)
        emblem_buttons.addWidget(self.remove_emblem)
        emblem_buttons.addStretch(1)
        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.emblem_preview)
        emblem_row.addLayout(emblem_buttons)
        emblem_row.addStretch(1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._label(self.tr("&Your name:"), self.name), self.name)
        form.addRow(self._label(self.tr("A&uthority:"), self.authority), self.authority)
        form.addRow(self._label(self.tr("Posta&l address:"), self.address), self.address)
        form.addRow(self._label(self.tr("Emblem:"), self.choose_emblem), emblem_row)
        form.addRow(self._label(self.tr("Time &zone:"), self.time_zone), self.time_zone)
        note = QLabel(
            self.tr("Every report's letterhead shows the authority, its emblem (a PNG or JPEG "
                    "of at most 1 MB) and the postal address; report times are given in this "
                    "time zone. Reports are signed in your name as the certificate holds it.")
        )  # fmt: skip
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        self.choose_emblem.clicked.connect(self._choose_emblem)
        self.remove_emblem.clicked.connect(self._remove_emblem)
        for line in (self.name, self.authority):
            line.textEdited.connect(self.edited)
        self.address.textChanged.connect(self.edited)
        self.time_zone.currentTextChanged.connect(self.edited)
        self.show_profile(None)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- values --------------------------------------------------------------------------------
    def show_profile(self, profile: Any) -> None:
        """Fill the fields from a profile row (or its plain copy); None: an empty form with this
        computer's time zone."""
        from inspector.services.profile import system_time_zone

        self.name.setText(profile.name if profile else "")
        self.authority.setText(profile.authority if profile else "")
        self.address.setPlainText(profile.office_address if profile else "")
        self.time_zone.setCurrentText(profile.time_zone if profile else system_time_zone())
        self._show_emblem(profile.emblem if profile else None)
        self._emblem_changed = False
        self.say("")

    def changes(self) -> dict[str, Any]:
        """What ``update_profile`` takes; the emblem only when it was chosen or removed here."""
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "authority": self.authority.text().strip(),
            "office_address": self.address.toPlainText().strip(),
            "time_zone": self.time_zone.currentText().strip(),
        }
        if self._emblem_changed:
            values["emblem"] = self._emblem or b""
        return values

    def emblem_saved(self) -> None:
        """The emblem shown is the stored one now: the next save leaves it as it is."""
        self._emblem_changed = False

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- the emblem ------------------------------------------------------------------------------
    def _show_emblem(self, content: bytes | None) -> None:
        self._emblem = content or None
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            self.emblem_preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_PIXELS - 4,
                    PREVIEW_PIXELS - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.emblem_preview.clear()
            self.emblem_preview.setText(self.tr("none"))
        self.remove_emblem.setEnabled(self._emblem is not None)

    def _choose_emblem(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The authority's emblem"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.take_emblem(path)

    def take_emblem(self, path: str) -> None:
        """Read and check the file off the GUI thread, then show it (or say why not)."""
        self.choose_emblem.setEnabled(False)
        from inspector.services.profile import read_emblem

        self.context.call(lambda: read_emblem(path), self._emblem_read, self._emblem_refused)

    def _emblem_read(self, content: bytes) -> None:
        self.choose_emblem.setEnabled(True)
        self._show_emblem(content)
        self._emblem_changed = True
        self.say("")
        self.edited.emit()

    def _emblem_refused(self, exc: BaseException) -> None:
        self.choose_emblem.setEnabled(True)
        self.say(error_text(exc))

    def _remove_emblem(self) -> None:
        self._show_emblem(None)
        self._emblem_changed = True
        self.edited.emit()


class ProfileBox(QGroupBox):
    """The profile in Settings: the form and its Save button; ``saved`` once stored."""

    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inspector's profile"), parent)
        self.context = context
        self.form = ProfileForm(context)
        self.save = QPushButton(self.tr("Save &the profile"))
        self.save.setObjectName("saveProfile")
        self.done = QLabel()
        self.done.setObjectName("profileSaved")
        self.done.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.done, 1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        self.save.clicked.connect(self._save)
        self.form.edited.connect(self.done.clear)

    def clear(self) -> None:
        self.form.show_profile(None)
        self.done.clear()

    def _save(self) -> None:
        changes = self.form.changes()

        def save(uow: Any) -> Any:
            from inspector.services.profile import update_profile

            return update_profile(uow, **changes)

        self.save.setEnabled(False)
        self.context.write(save, self._stored, self._refused)

    def _stored(self, _id: Any) -> None:
        self.save.setEnabled(True)
        self.form.say("")
        self.form.emblem_saved()
        self.done.setText(self.tr("Profile saved. New reports carry it."))
        self.saved.emit()

    def _refused(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        self.done.clear()
        self.form.say(error_text(exc))
