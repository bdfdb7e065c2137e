"""Taking a complaint: agency, corridor, allegations tagged S01..S12 with the intake checklist's
wording, what happened, flags, consent, and - optional, kept apart - who the complainant is.

Checked here first so each problem is shown beside its field; the service checks again."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.complaint_agency import AgencyPicker
from inspector.gui.messages import error_text

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.services.complaints import ComplaintData, IntakeWording

ERROR_COLOUR = "#b00020"
INVALID_STYLE = f"border: 1px solid {ERROR_COLOUR};"


def _country_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setMaxLength(2)
    field.setPlaceholderText(placeholder)
    field.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), field))
    field.setMaximumWidth(60)
    field.textEdited.connect(lambda text: field.setText(text.upper()))
    return field


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555")
    return label


class ComplaintDialog(QDialog):
    """``saved_id`` holds the new complaint's id once the vault has it."""

    def __init__(
        self, context: AppContext, wording: IntakeWording, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.wording = wording
        self.saved_id: uuid.UUID | None = None
        self.setObjectName("complaintDialog")
        self.setWindowTitle(self.tr("New complaint"))
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = _note(
            self.tr("Record what the complainant tells you. The complaint gets a code; the "
                    "complainant's name never goes into it.")
        )  # fmt: skip
        layout.addWidget(intro)
        layout.addWidget(self._parties_box())
        layout.addWidget(self._corridor_box())
        layout.addWidget(self._allegations_box())
        layout.addWidget(self._account_box())
        layout.addWidget(self._identity_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.error = QLabel()
        self.error.setObjectName("complaintError")
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save complaint"))
        self.save_button.setObjectName("saveComplaint")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        self.resize(780, 760)
        self.agency.setFocus()

    # -- sections ----------------------------------------------------------------------------
    def _parties_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Agency, sub-agent and employer"))
        self.agency = AgencyPicker(self.context, allow_unregistered=True)
        self.sub_agent = QLineEdit()
        self.sub_agent.setObjectName("subAgent")
        self.sub_agent.setPlaceholderText(self.tr("Name or description, and where they operate"))
        self.employer = QLineEdit()
        self.employer.setObjectName("employer")
        self.employer.setPlaceholderText(
            self.tr("A business name; for a household employer, only the town")
        )
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for value, label in self.wording.channels.items():
            self.channel.addItem(label, value)
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("&Agency:"), self.agency.line), self.agency)
        form.addRow(self._label(self.tr("Sub-agent or &broker:"), self.sub_agent), self.sub_agent)
        form.addRow(self._label(self.tr("&Employer abroad:"), self.employer), self.employer)
        form.addRow(self._label(self.tr("Received &how:"), self.channel), self.channel)
        return box

    def _corridor_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Migration corridor"))
        self.origin = _country_field("originCountry", "NP")
        self.destination = _country_field("destinationCountry", "QA")
        row = QHBoxLayout(box)
        row.addWidget(self._label(self.tr("Country of &origin:"), self.origin))
        row.addWidget(self.origin)
        row.addSpacing(24)
        row.addWidget(self._label(self.tr("&Destination country:"), self.destination))
        row.addWidget(self.destination)
        row.addSpacing(24)
        row.addWidget(_note(self.tr("Two-letter ISO codes, e.g. NP, PH, ET; AE, MY, SA.")), 1)
        return box

    def _allegations_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Allegations (tick each that applies)"))
        self.allegations: dict[str, QCheckBox] = {}
        grid = QGridLayout(box)
        for number, (value, label) in enumerate(self.wording.allegations.items()):
            check = QCheckBox(label)
            check.setObjectName(f"allegation_{value}")
            check.setToolTip(label)
            self.allegations[value] = check
            grid.addWidget(check, number, 0)
        return box

    def _account_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What happened"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        self.summary.setPlaceholderText(self.wording.summary_hint)
        self.urgent = QCheckBox(self.tr("&Urgent: act within a week"))
        self.urgent.setObjectName("urgent")
        self.trafficking = QCheckBox(self.tr("Indicators of &trafficking or forced labour"))
        self.trafficking.setObjectName("trafficking")
        self.trafficking.toggled.connect(self._trafficking_toggled)
        evidence = _note(
            self.tr("Evidence (receipts, contracts, messages, photos) cannot be attached to a "
                    "complaint yet. Say in the summary what the complainant showed you; keep "
                    "copies only with their agreement.")
        )  # fmt: skip
        layout = QVBoxLayout(box)
        layout.addWidget(self._label(self.tr("Su&mmary (required):"), self.summary))
        layout.addWidget(self.summary)
        flags = QHBoxLayout()
        flags.addWidget(self.urgent)
        flags.addWidget(self.trafficking)
        flags.addStretch(1)
        layout.addLayout(flags)
        layout.addWidget(evidence)
        return box

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Complainant identity - confidential, optional"))
        box.setObjectName("identityBox")
        box.setStyleSheet(
            "QGroupBox#identityBox { background: #fff8e6; border: 1px solid #d9a441; "
            "border-radius: 4px; margin-top: 1.4em; padding-top: 0.6em; }"
            "QGroupBox#identityBox::title { subcontrol-origin: margin; left: 8px; "
            "color: #7a4f00; font-weight: bold; }"
        )
        warning = QLabel(
            self.tr("Kept only on this laptop, encrypted, apart from the complaint. Never "
                    "synced, exported or put in a report. Leave empty unless you need to "
                    "contact the complainant again.")
        )  # fmt: skip
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #7a4f00")
        self.consent = QCheckBox(
            self.tr("The complainant &consents to their identity being shared with the "
                    "regulator in the country of origin")
        )  # fmt: skip
        self.consent.setObjectName("consentToShare")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("complainantName")
        self.contact = QLineEdit()
        self.contact.setObjectName("complainantContact")
        self.document_number = QLineEdit()
        self.document_number.setObjectName("complainantDocument")
        form = QFormLayout()
        form.addRow(self._label(self.tr("Full &name:"), self.full_name), self.full_name)
        form.addRow(self._label(self.tr("Contact (&phone, e-mail):"), self.contact), self.contact)
        document = self._label(self.tr("Passport or &ID number:"), self.document_number)
        form.addRow(document, self.document_number)
        layout = QVBoxLayout(box)
        layout.addWidget(warning)
        layout.addWidget(self.consent)
        layout.addLayout(form)
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _trafficking_toggled(self, on: bool) -> None:
        # Trafficking indicators are never routine (the intake checklist's rule).
        if on:
            self.urgent.setChecked(True)
        self.urgent.setEnabled(not on)

    # -- saving ------------------------------------------------------------------------------
    def data(self) -> ComplaintData:
        from inspector.services.complaints import ComplaintData
        from inspector.services.interviews import WorkerIdentityData

        identity = WorkerIdentityData(
            full_name=self.full_name.text().strip(),
            contact=self.contact.text().strip(),
            document_number=self.document_number.text().strip(),
        )
        return ComplaintData(
            summary=self.summary.toPlainText().strip(),
            agency_id=self.agency.agency_id,
            agency_name_given="" if self.agency.agency_id else self.agency.typed_name(),
            channel=self.channel.currentData() or "",
            origin_country=self.origin.text().strip().upper(),
            destination_country=self.destination.text().strip().upper(),
            employer=self.employer.text().strip(),
            sub_agent=self.sub_agent.text().strip(),
            allegations=[value for value, check in self.allegations.items() if check.isChecked()],
            urgent=self.urgent.isChecked(),
            trafficking_indicators=self.trafficking.isChecked(),
            consent_to_share=self.consent.isChecked(),
            complainant=identity if any(vars(identity).values()) else None,
        )

    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing to fix, named by its field, and where it is."""
        origin, destination = self.origin.text().strip(), self.destination.text().strip()
        if self.agency.agency_id is None and not self.agency.typed_name():
            return (
                self.tr("Agency: pick a registered agency, or type the name the complainant "
                        "gave."),
                self.agency.line,
            )  # fmt: skip
        if origin and len(origin) != 2:
            return (
                self.tr("Country of origin: enter a two-letter ISO code such as NP."),
                self.origin,
            )
        if destination and len(destination) != 2:
            return (
                self.tr("Destination country: enter a two-letter ISO code such as QA."),
                self.destination,
            )
        if origin and origin.upper() == destination.upper():
            return (
                self.tr("Destination country: it must differ from the country of origin."),
                self.destination,
            )
        if not any(check.isChecked() for check in self.allegations.values()):
            return (
                self.tr("Allegations: tick at least one."),
                next(iter(self.allegations.values())),
            )
        if not self.summary.toPlainText().strip():
            return self.tr("Summary: describe what happened; it is required."), self.summary
        return None

    def save(self) -> None:
        for field in (self.agency.line, self.origin, self.destination, self.summary):
            field.setStyleSheet("")
        problem = self.problem()
        if problem is not None:
            message, field = problem
            self.error.setText(message)
            if isinstance(field, QLineEdit | QPlainTextEdit):
                field.setStyleSheet(INVALID_STYLE)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.clear()
        data = self.data()
        self.save_button.setEnabled(False)

        def record(uow: object) -> uuid.UUID:
            from inspector.services.complaints import record_complaint

            return record_complaint(uow, data)  # type: ignore[arg-type]

        self.context.write(record, self._saved, self._failed)

    def _saved(self, complaint_id: uuid.UUID) -> None:
        self.saved_id = complaint_id
        self.save_button.setEnabled(True)
        self.context.changed.emit("complaints")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
