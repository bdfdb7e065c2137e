"""The complaints page through its widgets: a complaint taken in the intake dialog (the
complainant's identity only in worker_identity, never in the audit trail or on screen unless
asked for), a refused save, a referral, closing, and an inspection started from a complaint."""

from __future__ import annotations

import json
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.complaints import ComplaintData, get_complaint, record_complaint
from inspector.services.interviews import WorkerIdentityData
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import (
    AuditEvent,
    Complaint,
    ComplaintStatus,
    Inspection,
    InspectionKind,
    WorkerIdentity,
)
from tests.gui.conftest import vault_of, wait_idle

NAME = "Sita Rai Testname"
CONTACT = "+974 5550 1234"
PASSPORT = "PA4455667"
LEFT = Qt.MouseButton.LeftButton


class OpenedInspections(QWidget):
    """Where the page asks to open an inspection: it records the ids."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[uuid.UUID] = []

    def open_inspection(self, inspection_id: uuid.UUID) -> None:
        self.opened.append(inspection_id)


def _agency(context, licence: str = "NP-RA-7001", name: str = "Himal Overseas") -> uuid.UUID:  # type: ignore[no-untyped-def]
    with UnitOfWork(vault_of(context)) as uow:
        return create_agency(uow, AgencyData(licence, name, "NP", city="Kathmandu"))


def _complaint(context, **changes: object) -> uuid.UUID:  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "summary": "Fee of 250000 NPR; passport kept by the agency.",
        "agency_name_given": "Himal Overseas (as told)",
        "origin_country": "NP",
        "destination_country": "QA",
        "allegations": ["S03", "S06"],
    }
    values.update(changes)
    with UnitOfWork(vault_of(context)) as uow:
        return record_complaint(uow, ComplaintData(**values))  # type: ignore[arg-type]


def _audit_text(context) -> str:  # type: ignore[no-untyped-def]
    with vault_of(context).reading() as session:
        events = session.scalars(select(AuditEvent)).all()
        return json.dumps([[e.action, e.details] for e in events], ensure_ascii=False)


def _page(qtbot, context, workspace: QWidget | None = None):  # type: ignore[no-untyped-def]
    from inspector.gui.complaints import ComplaintsPage

    page = ComplaintsPage(context, workspace)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.wording is not None, timeout=20_000)
    wait_idle(qtbot, context)
    return page


def _pick_agency(qtbot, picker, words: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the agency field and choose the first completion with the keyboard."""
    picker.line.setFocus()
    picker.line.clear()
    qtbot.keyClicks(picker.line, words)
    qtbot.waitUntil(lambda: picker.matches.rowCount() > 0, timeout=10_000)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.agency_id is not None, timeout=5_000)


def _open_dialog(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    return page.dialog


def _select(qtbot, page, complaint_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.model.row_of(complaint_id) >= 0, timeout=10_000)
    page.table.setFocus()
    page.table.selectRow(page.model.row_of(complaint_id))
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.row.id == complaint_id,
        timeout=10_000,
    )


def test_a_complaint_taken_in_the_dialog_keeps_the_identity_apart(qtbot, window, context) -> None:
    agency_id = _agency(context)
    page = window.workspace.show_page("complaints")
    qtbot.waitUntil(lambda: page.wording is not None, timeout=20_000)
    dialog = _open_dialog(qtbot, page)

    _pick_agency(qtbot, dialog.agency, "Himal")
    assert "Registered agency: Himal Overseas" in dialog.agency.status.text()
    qtbot.keyClicks(dialog.sub_agent, "Broker in Dhanusha")
    qtbot.keyClicks(dialog.employer, "Doha Builders")
    qtbot.keyClicks(dialog.origin, "np")
    qtbot.keyClicks(dialog.destination, "qa")
    assert dialog.origin.text() == "NP"
    assert dialog.allegations["S03"].text().startswith("S03 Fees")  # the checklist's wording
    qtbot.mouseClick(dialog.allegations["S03"], LEFT)
    qtbot.mouseClick(dialog.allegations["S06"], LEFT)
    qtbot.keyClicks(dialog.summary, "Paid 250000 NPR; passport kept until the debt is repaid.")
    qtbot.mouseClick(dialog.trafficking, LEFT)
    assert dialog.urgent.isChecked() and not dialog.urgent.isEnabled()  # never routine
    qtbot.mouseClick(dialog.consent, LEFT)
    qtbot.keyClicks(dialog.full_name, NAME)
    qtbot.keyClicks(dialog.contact, CONTACT)
    qtbot.keyClicks(dialog.document_number, PASSPORT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.saved_id is not None
    complaint_id = dialog.saved_id

    with vault_of(context).reading() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        assert complaint.agency_id == agency_id
        assert complaint.allegations == ["S03", "S06"]
        assert (complaint.origin_country, complaint.destination_country) == ("NP", "QA")
        assert complaint.urgent and complaint.trafficking_indicators and complaint.consent_to_share
        assert complaint.employer == "Doha Builders"
        assert get_complaint(session, complaint_id).sub_agent == "Broker in Dhanusha"
        identity = session.scalars(select(WorkerIdentity)).one()
        assert identity.code == complaint.complainant_code
        assert (identity.full_name, identity.contact, identity.document_number) == (
            NAME,
            CONTACT,
            PASSPORT,
        )
        stored = " ".join(str(getattr(complaint, c.key)) for c in Complaint.__table__.columns)
        assert NAME not in stored and PASSPORT not in stored
    audit = _audit_text(context)
    assert "complaint.recorded" in audit
    assert NAME not in audit and CONTACT not in audit and PASSPORT not in audit

    # Shown in the list and the detail, without the identity until asked for.
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.row.id == complaint_id,
        timeout=10_000,
    )
    row = page.model.row_of(complaint_id)
    listed = " ".join(
        str(page.model.index(row, column).data()) for column in range(page.model.columnCount())
    )
    assert "Himal Overseas" in listed and "NP → QA" in listed and "Trafficking" in listed
    assert NAME not in listed
    assert "S06 Documents" in page.detail.text()
    assert NAME not in page.detail.text() and PASSPORT not in page.detail.text()
    qtbot.mouseClick(page.detail.identity_button, LEFT)
    qtbot.waitUntil(lambda: NAME in page.detail.identity.text(), timeout=10_000)
    assert PASSPORT in page.detail.identity.text()
    assert "complaint.identity_shown" in _audit_text(context)
    assert NAME not in _audit_text(context)
    qtbot.mouseClick(page.detail.identity_button, LEFT)  # hide again
    assert NAME not in page.detail.text()


@pytest.mark.parametrize(
    ("origin", "summary", "message", "field"),
    [
        ("NP", "", "Summary", "summary"),
        ("N", "Paid a fee.", "Country of origin", "origin"),
    ],
)
def test_save_is_refused_naming_the_field_and_nothing_is_stored(
    qtbot, context, origin: str, summary: str, message: str, field: str
) -> None:
    page = _page(qtbot, context)
    dialog = _open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.agency.line, "Unlisted recruiter, Birgunj")
    qtbot.keyClicks(dialog.origin, origin)
    qtbot.mouseClick(dialog.allegations["S01"], LEFT)
    qtbot.keyClicks(dialog.summary, summary)
    qtbot.keyClicks(dialog.full_name, NAME)
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_idle(qtbot, context)
    assert dialog.isVisible()
    assert dialog.error.text().startswith(message)
    assert dialog.focusWidget() is getattr(dialog, field)
    with vault_of(context).reading() as session:
        assert session.scalars(select(Complaint)).all() == []
        assert session.scalars(select(WorkerIdentity)).all() == []

    # Fixed, the same dialog saves, and the complaint is recorded as unregistered.
    dialog.origin.clear()
    qtbot.keyClicks(dialog.origin, "NP")
    dialog.summary.clear()
    qtbot.keyClicks(dialog.summary, "Paid a fee to a recruiter with no office.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with vault_of(context).reading() as session:
        complaint = session.scalars(select(Complaint)).one()
        assert complaint.agency_id is None
        assert complaint.agency_name_given == "Unlisted recruiter, Birgunj"


def test_a_complaint_about_an_unlinked_agency_is_linked_then_inspected(qtbot, context) -> None:
    agency_id = _agency(context)
    complaint_id = _complaint(context)
    workspace = OpenedInspections()
    qtbot.addWidget(workspace)
    page = _page(qtbot, context, workspace)
    _select(qtbot, page, complaint_id)

    qtbot.mouseClick(page.detail.start_button, LEFT)
    question = page.findChild(QMessageBox, "linkFirstQuestion")
    assert question is not None and question.isVisible()
    assert "not linked to a registered agency" in question.text()
    with vault_of(context).reading() as session:
        assert session.scalars(select(Inspection)).all() == []  # refused so far
    qtbot.mouseClick(question.findChild(QWidget, "acceptButton"), LEFT)
    link = page.dialog
    assert link is not None and link.objectName() == "linkAgencyDialog"
    qtbot.waitUntil(link.isVisible, timeout=5_000)
    assert link.picker.line.text() == "Himal Overseas (as told)"  # starts from the name given
    assert not link.ok_button.isEnabled()
    _pick_agency(qtbot, link.picker, "Himal")
    assert link.ok_button.isEnabled()
    qtbot.mouseClick(link.ok_button, LEFT)

    qtbot.waitUntil(lambda: bool(workspace.opened), timeout=20_000)
    (inspection_id,) = workspace.opened
    with vault_of(context).reading() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        assert inspection.kind is InspectionKind.COMPLAINT
        assert inspection.complaint_id == complaint_id
        assert inspection.agency_id == agency_id
        assert inspection.form_id == "agency-inspection"
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        assert complaint.agency_id == agency_id
        assert complaint.status is ComplaintStatus.UNDER_INVESTIGATION
    qtbot.waitUntil(lambda: "INS-" in page.detail.text(), timeout=10_000)


def test_a_referral_and_closing_through_the_detail(qtbot, context) -> None:
    complaint_id = _complaint(
        context, complainant=WorkerIdentityData(full_name=NAME), consent_to_share=False
    )
    other = _complaint(context, summary="Another one.")
    page = _page(qtbot, context)
    _select(qtbot, page, complaint_id)

    qtbot.mouseClick(page.detail.refer_button, LEFT)
    dialog = page.dialog
    assert dialog is not None and dialog.objectName() == "referralDialog"
    assert not dialog.identity.isEnabled()  # no consent: facts and code only
    dialog.target.setCurrentIndex(dialog.target.findData("police"))
    dialog.status.setCurrentIndex(dialog.status.findData("acknowledged"))
    qtbot.mouseClick(dialog.findChild(QWidget, "recordReferral"), LEFT)
    qtbot.waitUntil(lambda: "Police or anti-trafficking unit" in page.detail.text(), timeout=10_000)
    assert "Acknowledged" in page.detail.text()
    with vault_of(context).reading() as session:
        detail = get_complaint(session, complaint_id)
    assert detail.row.status is ComplaintStatus.REFERRED
    assert [(r.target.value, r.identity_shared) for r in detail.referrals] == [("police", False)]
    assert '"to": "police"' in _audit_text(context)
    assert NAME not in _audit_text(context)

    qtbot.mouseClick(page.detail.close_button, LEFT)
    qtbot.waitUntil(lambda: "Closed" in page.detail.text(), timeout=10_000)
    assert not page.detail.start_button.isEnabled()
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.rows[0].id == complaint_id
    page.status_filter.setCurrentIndex(page.status_filter.findData("received"))
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [other], timeout=10_000)


def test_locking_clears_the_page(qtbot, context) -> None:
    complaint_id = _complaint(context, complainant=WorkerIdentityData(full_name=NAME))
    page = _page(qtbot, context)
    _select(qtbot, page, complaint_id)
    qtbot.mouseClick(page.detail.identity_button, LEFT)
    qtbot.waitUntil(lambda: NAME in page.detail.identity.text(), timeout=10_000)
    page.clear()
    assert page.model.rowCount() == 0
    assert page.detail.detail is None
    assert NAME not in page.detail.text()
