"""Referring a complaint (origin regulator, destination inspectorate, police, shelter) or
updating the status of an earlier referral to the same body."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels

if TYPE_CHECKING:
    from inspector.services.complaints import ComplaintDetail, IntakeWording, Referral


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReferralDialog(QDialog):
    def __init__(
        self, detail: ComplaintDetail, wording: IntakeWording, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setObjectName("referralDialog")
        self.setWindowTitle(
            self.tr("Refer complaint {reference}").format(reference=detail.row.reference)
        )
        self.earlier = {referral.target.value: referral for referral in detail.referrals}
        self.target = QComboBox()
        self.target.setObjectName("referralTarget")
        for value, label in wording.referral_targets.items():
            self.target.addItem(label, value)
        self.status = QComboBox()
        self.status.setObjectName("referralStatus")
        for value, label in wording.referral_statuses.items():
            self.status.addItem(label, value)
        self.date = QDateEdit()
        self.date.setObjectName("referralDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(labels.date_format())
        today = dt.date.today()
        self.date.setDateRange(_qdate(detail.row.received_at.astimezone().date()), _qdate(today))
        self.date.setDate(_qdate(today))
        self.identity = QCheckBox(self.tr("Share the complainant's &identity with this body"))
        self.identity.setObjectName("referralIdentity")
        consent_note = QLabel(
            self.tr("The complainant consented to their identity being shared.")
            if detail.consent_to_share
            else self.tr("The complainant did not consent: refer the facts and the complaint "
                         "code {code} only.").format(code=detail.complainant_code)
        )  # fmt: skip
        consent_note.setWordWrap(True)
        consent_note.setStyleSheet("color: #7a4f00")
        self.identity.setEnabled(detail.consent_to_share)
        self.earlier_note = QLabel()
        self.earlier_note.setObjectName("earlierReferral")
        self.earlier_note.setStyleSheet("color: #555555")
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("Refer &to:"), self.target), self.target)
        form.addRow(self._buddy(self.tr("&Status:"), self.status), self.status)
        form.addRow(self._buddy(self.tr("&Date:"), self.date), self.date)
        form.addRow("", self.earlier_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record referral"))
        ok.setObjectName("recordReferral")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(consent_note)
        layout.addWidget(self.identity)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.target.currentIndexChanged.connect(self._target_changed)
        self._target_changed()
        self.resize(520, 260)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _target_changed(self) -> None:
        """A body referred to before: start from what was recorded, to update its status."""
        earlier = self.earlier.get(self.target.currentData())
        if earlier is None:
            self.earlier_note.setText(self.tr("Not referred there yet."))
            self.status.setCurrentIndex(max(0, self.status.findData("sent")))
            self.date.setDate(_qdate(dt.date.today()))
            self.identity.setChecked(False)
            return
        self.earlier_note.setText(
            self.tr("Referred there on {date}: choose the new status.").format(
                date=labels.date_text(earlier.referred_on)
            )
        )
        self.status.setCurrentIndex(max(0, self.status.findData(earlier.status.value)))
        self.date.setDate(_qdate(earlier.referred_on))
        self.identity.setChecked(earlier.identity_shared)

    def referral(self) -> Referral:
        from inspector.services.complaints import Referral, ReferralStatus, ReferralTarget

        day = self.date.date()
        return Referral(
            target=ReferralTarget(self.target.currentData()),
            status=ReferralStatus(self.status.currentData()),
            referred_on=dt.date(day.year(), day.month(), day.day()),
            identity_shared=self.identity.isEnabled() and self.identity.isChecked(),
        )
