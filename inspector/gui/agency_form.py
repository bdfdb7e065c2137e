"""Add or edit an agency in the app: a recruiter found in the field (registered or not) must be
inspectable without waiting for the next registry file. The same checks as the registry import
apply (``services.agencies``); a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.messages import error_label, error_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.gui.context import AppContext
    from inspector.services.agencies import AgencyData

STATUSES = ("active", "pending", "suspended", "revoked", "expired")


class OptionalDate(QWidget):
    """A date that may be left out: a check box enables the date field."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.given = QCheckBox(text)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(labels.date_format())
        self.edit.setEnabled(False)
        self.given.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> Any:
        return self.edit.date().toPython() if self.given.isChecked() else None

    def set_value(self, day: Any) -> None:
        self.given.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


class AgencyFormDialog(QDialog):
    """New agency (``agency_id`` None) or changes to one; ``saved`` gets its id."""

    def __init__(
        self,
        context: AppContext,
        agency_id: uuid.UUID | None,
        saved: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from inspector.services.agencies import FIELD_LENGTH

        self.setObjectName("agencyFormDialog")
        self.context, self.agency_id, self.saved = context, agency_id, saved
        self.setWindowTitle(self.tr("New agency") if agency_id is None else self.tr("Edit agency"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.unregistered = QCheckBox(self.tr("Not re&gistered: a recruiter with no licence"))
        self.unregistered.setObjectName("unregistered")
        self.unregistered.setVisible(agency_id is None)
        self.licence = QLineEdit()
        self.licence.setObjectName("licenceNumber")
        self.status = QComboBox()
        self.status.setObjectName("licenceStatus")
        for status in STATUSES:
            self.status.addItem(labels.licence_status(status), status)
        self.valid_from = OptionalDate(self.tr("from"))
        self.valid_until = OptionalDate(self.tr("until"))
        self.country = QLineEdit()
        self.country.setObjectName("country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("two letters, such as NP or PH"))
        self.city = QLineEdit()
        self.address = QLineEdit()
        self.responsible = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.destinations = QLineEdit()
        self.destinations.setPlaceholderText(self.tr("two-letter codes, separated by commas"))
        self.sectors = QLineEdit()
        self.sectors.setPlaceholderText(self.tr("separated by commas"))
        for edit, field in ((self.name, "name"), (self.licence, "licence_number"),
                            (self.city, "city"), (self.responsible, "responsible_person"),
                            (self.phone, "phone"), (self.email, "email")):  # fmt: skip
            edit.setMaxLength(FIELD_LENGTH[field])
        self.unregistered.toggled.connect(self._registered_or_not)
        self.error = error_label("error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.unregistered)
        form.addRow(self.tr("&Licence number:"), self.licence)
        form.addRow(self.tr("Licence stat&us:"), self.status)
        validity = QHBoxLayout()
        validity.addWidget(self.valid_from)
        validity.addWidget(self.valid_until)
        form.addRow(self.tr("Licence valid:"), validity)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("C&ity:"), self.city)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Responsible person:"), self.responsible)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Destination countries:"), self.destinations)
        form.addRow(self.tr("Sec&tors:"), self.sectors)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        if agency_id is not None:
            self._fill(context.read_now(lambda session: _agency_data(session, agency_id)))

    def _registered_or_not(self, unregistered: bool) -> None:
        for widget in (self.licence, self.status, self.valid_from, self.valid_until):
            widget.setEnabled(not unregistered)
        if unregistered:
            self.status.setCurrentIndex(self.status.findData("pending"))  # what it is stored as
            self.licence.clear()
            self.licence.setPlaceholderText(self.tr("given by the app"))
        else:
            self.licence.setPlaceholderText("")

    def _fill(self, data: AgencyData) -> None:
        self.name.setText(data.name)
        self.licence.setText(data.licence_number)
        self.status.setCurrentIndex(max(0, self.status.findData(data.licence_status.value)))
        self.valid_from.set_value(data.licence_valid_from)
        self.valid_until.set_value(data.licence_valid_until)
        self.country.setText(data.country)
        self.city.setText(data.city)
        self.address.setText(data.address)
        self.responsible.setText(data.responsible_person)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.destinations.setText(", ".join(data.destination_countries))
        self.sectors.setText(", ".join(data.sectors))

    def data(self) -> AgencyData:
        from inspector.services.agencies import AgencyData
        from inspector.vault.tables import LicenceStatus

        def listed(text: str, upper: bool = False) -> list[str]:
            items = [item.strip() for item in text.split(",") if item.strip()]
            return [item.upper() for item in items] if upper else items

        return AgencyData(
            licence_number=self.licence.text(),
            name=self.name.text(),
            country=self.country.text(),
            address=self.address.text().strip(),
            city=self.city.text().strip(),
            responsible_person=self.responsible.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            licence_status=LicenceStatus(self.status.currentData()),
            licence_valid_from=self.valid_from.value(),
            licence_valid_until=self.valid_until.value(),
            destination_countries=listed(self.destinations.text(), upper=True),
            sectors=listed(self.sectors.text()),
        )

    def _save(self) -> None:
        from inspector.services.agencies import create_agency, update_agency

        data, agency_id = self.data(), self.agency_id
        unregistered = self.unregistered.isChecked()

        def work(uow: Any) -> uuid.UUID:
            if agency_id is None:
                return create_agency(uow, data, unregistered=unregistered)
            update_agency(uow, agency_id, data)
            return agency_id

        self.ok.setEnabled(False)
        self.context.write(work, self._done, self._refused)

    def _done(self, agency_id: uuid.UUID) -> None:
        self.context.changed.emit("agencies")
        self.accept()
        self.saved(agency_id)

    def _refused(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.setVisible(True)


def _agency_data(session: Session, agency_id: uuid.UUID) -> AgencyData:
    from inspector.services.agencies import AgencyData, get_agency

    agency = get_agency(session, agency_id)
    return AgencyData(**{name: getattr(agency, name) for name in AgencyData.__dataclass_fields__})
