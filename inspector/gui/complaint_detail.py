"""One complaint, read-only, with what can be done next. The complainant's identity is not part
of what is loaded: it is read only when someone clicks "Show identity", and hidden again as
soon as another complaint is shown or the vault locks."""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels

if TYPE_CHECKING:
    from inspector.services.complaints import ComplaintDetail, IntakeWording
    from inspector.services.interviews import WorkerIdentityData

FLAG_COLOUR = "#b00020"
IDENTITY_SHOWN_MS = 120_000  # then hidden again: a screen seen over a shoulder shows no name


def status_label(status: str) -> str:
    names = {
        "received": QCoreApplication.translate("complaints", "Received"),
        "referred": QCoreApplication.translate("complaints", "Referred"),
        "under-investigation": QCoreApplication.translate("complaints", "Under investigation"),
        "closed": QCoreApplication.translate("complaints", "Closed"),
    }
    return names.get(str(status), str(status))


def inspection_status_label(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("complaints", "draft"),
        "in-progress": QCoreApplication.translate("complaints", "in progress"),
        "completed": QCoreApplication.translate("complaints", "completed"),
        "locked": QCoreApplication.translate("complaints", "locked"),
    }
    return names.get(str(status), str(status))


def _text(value: str) -> str:
    """Plain text for the detail's HTML: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


class ComplaintDetailView(QWidget):
    start_inspection = Signal()
    link_agency = Signal()
    refer = Signal()
    close_or_reopen = Signal()
    show_identity = Signal()
    open_agency = Signal(object)  # uuid.UUID
    open_inspection = Signal(object)  # uuid.UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ComplaintDetail | None = None
        self.wording: IntakeWording | None = None
        self.placeholder = QLabel(self.tr("Select a complaint to see it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777777")
        # One document for the facts: it wraps, scrolls and selects as text should, and its
        # links (the agency, the inspections) are reached with Tab and opened with Enter.
        self.browser = QTextBrowser()
        self.browser.setObjectName("complaintText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.code = QLabel()
        self.code.setObjectName("complainantCode")
        self.identity_button = QPushButton(self.tr("Show &identity"))
        self.identity_button.setObjectName("showIdentity")
        self.identity_button.clicked.connect(self._identity_clicked)
        self.identity = QLabel()
        self.identity.setObjectName("complainantIdentity")
        self.identity.setTextFormat(Qt.TextFormat.PlainText)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setWordWrap(True)
        self.identity.setStyleSheet(
            "background: #fff8e6; border: 1px solid #d9a441; border-radius: 3px; padding: 6px;"
            "color: #4a3000"
        )
        self.identity_timer = QTimer(self)
        self.identity_timer.setSingleShot(True)
        self.identity_timer.setInterval(IDENTITY_SHOWN_MS)
        self.identity_timer.timeout.connect(self.hide_identity)
        complainant = QHBoxLayout()
        complainant.addWidget(self.code, 1)
        complainant.addWidget(self.identity_button)
        self.start_button = QPushButton(self.tr("S&tart inspection"))
        self.start_button.setObjectName("startInspection")
        self.link_button = QPushButton(self.tr("&Link to agency…"))
        self.link_button.setObjectName("linkAgency")
        self.refer_button = QPushButton(self.tr("&Refer…"))
        self.refer_button.setObjectName("refer")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeComplaint")
        self.start_button.clicked.connect(self.start_inspection)
        self.link_button.clicked.connect(self.link_agency)
        self.refer_button.clicked.connect(self.refer)
        self.close_button.clicked.connect(self.close_or_reopen)
        actions = QHBoxLayout()
        for button in (self.start_button, self.link_button, self.refer_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.browser, 1)
        inner.addLayout(complainant)
        inner.addWidget(self.identity)
        inner.addLayout(actions)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.placeholder, 1)
        outer.addWidget(self.content, 1)
        self.clear()

    # -- showing -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.detail = None
        self.hide_identity()
        self.browser.clear()
        self.code.clear()
        self.content.setVisible(False)
        self.placeholder.setVisible(True)

    def text(self) -> str:
        """What the detail shows, as plain text (tests, and a check that no identity is in it)."""
        return "\n".join((self.browser.toPlainText(), self.code.text(), self.identity.text()))

    def show_detail(self, detail: ComplaintDetail, wording: IntakeWording | None) -> None:
        same = self.detail is not None and self.detail.row.id == detail.row.id
        self.detail, self.wording = detail, wording
        if not same:
            self.hide_identity()
        self.browser.setHtml(self._html(detail, wording))
        self.code.setText(
            self.tr("Complainant: code {code}").format(code=detail.complainant_code)
            + ("" if detail.has_identity else " " + self.tr("(no identity kept)"))
        )
        self.identity_button.setEnabled(detail.has_identity)
        row = detail.row
        closed = str(row.status) == "closed"
        self.close_button.setText(self.tr("Re&open") if closed else self.tr("&Close complaint"))
        self.start_button.setEnabled(not closed)
        self.refer_button.setEnabled(not closed)
        self.link_button.setText(
            self.tr("Change &linked agency…") if row.agency_id else self.tr("&Link to agency…")
        )
        self.placeholder.setVisible(False)
        self.content.setVisible(True)

    def _html(self, detail: ComplaintDetail, wording: IntakeWording | None) -> str:
        row = detail.row
        channels = wording.channels if wording else {}
        allegations = wording.allegations if wording else {}
        targets = wording.referral_targets if wording else {}
        statuses = wording.referral_statuses if wording else {}
        flags = []
        if row.trafficking_indicators:
            flags.append(self.tr("Trafficking or forced labour indicators"))
        if row.urgent:
            flags.append(self.tr("Urgent"))
        if row.agency_id is not None:
            agency = _text(
                self.tr("{name} (licence {licence})").format(
                    name=row.agency_name, licence=detail.agency_licence
                )
            ) + ' <a href="agency:{id}">{open}</a>'.format(
                id=row.agency_id, open=_text(self.tr("Open agency"))
            )
            if detail.agency_name_given and detail.agency_name_given != row.agency_name:
                agency += "<br>" + _text(
                    self.tr("Named by the complainant as: {name}").format(
                        name=detail.agency_name_given
                    )
                )
        else:
            agency = _text(
                self.tr("{name} - not linked to the registry").format(name=row.agency_name)
            )
        channel = channels.get(detail.channel) or (
            self.tr("At the consulate") if detail.channel == "consulate" else detail.channel
        )
        referrals = [
            self.tr("{body}: {status}, since {date}").format(
                body=targets.get(r.target.value, r.target.value),
                status=statuses.get(r.status.value, r.status.value),
                date=labels.date_text(r.referred_on),
            )
            + (" " + self.tr("(identity shared)") if r.identity_shared else "")
            for r in detail.referrals
        ]
        inspections = []
        for inspection in detail.inspections:
            reference = _text(inspection.reference)
            state = _text(inspection_status_label(inspection.status))
            inspections.append(f'<a href="inspection:{inspection.id}">{reference}</a> ({state})')
        rows = [
            (self.tr("Status"), _text(status_label(row.status))),
            (self.tr("Received"), _text(labels.moment_text(row.received_at))),
            (self.tr("Received how"), _text(channel)),
            (self.tr("Agency"), agency),
            (self.tr("Sub-agent"), _text(detail.sub_agent or "-")),
            (self.tr("Employer"), _text(detail.employer or "-")),
            (
                self.tr("Corridor"),
                _text(" → ".join(c for c in (row.origin_country, row.destination_country) if c))
                or "-",
            ),
            (
                self.tr("Allegations"),
                "<br>".join(_text(allegations.get(a, a)) for a in row.allegations) or "-",
            ),
            (
                self.tr("Consent to share"),
                _text(
                    self.tr("Yes: the identity may go to the regulator in the country of origin")
                    if detail.consent_to_share
                    else self.tr("No: share the facts and the complaint code only")
                ),
            ),
            (
                self.tr("Referrals"),
                "<br>".join(_text(r) for r in referrals) or _text(self.tr("Not referred yet")),
            ),
        ]
        if inspections:
            rows.append((self.tr("Inspections"), "<br>".join(inspections)))
        table = "".join(
            f'<tr><td style="color:#555555; padding: 2px 12px 2px 0">{_text(title)}</td>'
            f'<td style="padding: 2px 0">{value}</td></tr>'
            for title, value in rows
        )
        heading = _text(self.tr("Complaint {reference}").format(reference=row.reference))
        flag_line = (
            f'<p style="color:{FLAG_COLOUR}; font-weight:bold">{_text(" · ".join(flags))}</p>'
            if flags
            else ""
        )
        summary = _text(self.tr("What happened"))
        return (
            f"<h3>{heading}</h3>{flag_line}<table>{table}</table>"
            f"<p><b>{summary}</b></p><p>{_text(detail.summary)}</p>"
        )

    def _link(self, url: QUrl) -> None:
        kind, _sep, value = url.toString().partition(":")
        try:
            target = uuid.UUID(value)
        except ValueError:
            return
        if kind == "agency":
            self.open_agency.emit(target)
        elif kind == "inspection":
            self.open_inspection.emit(target)

    # -- the identity, on request only -------------------------------------------------------
    def _identity_clicked(self) -> None:
        if self.identity.isVisible():
            self.hide_identity()
        else:
            self.show_identity.emit()

    def reveal(self, complaint_id: uuid.UUID, identity: WorkerIdentityData | None) -> None:
        if self.detail is None or self.detail.row.id != complaint_id:
            return  # another complaint is shown by now
        if identity is None:
            self.identity.setText(self.tr("No identity is kept for this complaint."))
        else:
            lines = [
                self.tr("Name: {value}").format(value=identity.full_name)
                if identity.full_name
                else "",
                self.tr("Contact: {value}").format(value=identity.contact)
                if identity.contact
                else "",
                self.tr("Document: {value}").format(value=identity.document_number)
                if identity.document_number
                else "",
                self.tr("Confidential: never share without the complainant's consent."),
            ]
            self.identity.setText("\n".join(line for line in lines if line))
        self.identity.setVisible(True)
        self.identity_button.setText(self.tr("Hide &identity"))
        self.identity_timer.start()

    def hide_identity(self) -> None:
        self.identity_timer.stop()
        self.identity.clear()
        self.identity.setVisible(False)
        self.identity_button.setText(self.tr("Show &identity"))
