"""Every view of the window, one after another, on a vault filled by ``inspector demo``: each page,
the inspection editor, an agency, and each dialog opened as the window would open it.

Used by packaging/screenshots.py (a picture of each) and tests/gui/test_mnemonics.py (no two
controls of a view answer the same Alt key). A new dialog class in inspector/gui is caught by
that test until it has its line in ``dialogs`` below."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from inspector.gui.main_window import MainWindow

PAGES = ("dashboard", "agencies", "inspections", "complaints", "data", "settings")


def demo_records(window: MainWindow) -> dict[str, Any]:
    """An inspection in progress, a completed one and a complaint of the demo vault."""
    from sqlalchemy import select

    from inspector.services.complaints import get_complaint
    from inspector.services.inspections import list_inspections
    from inspector.vault.tables import Complaint

    def find(session: Any) -> dict[str, Any]:
        rows = list_inspections(session)
        in_progress = next(r for r in rows if r.status.value == "in-progress")
        complaint_id = session.scalars(select(Complaint.id).limit(1)).one()
        return {
            "in_progress": in_progress,
            "complaint": get_complaint(session, complaint_id),
        }

    return window.context.read_now(find)  # type: ignore[no-any-return]


def dialogs(window: MainWindow) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, make) for each dialog; ``make()`` builds it over the window, not yet shown."""
    from inspector.gui.assignments import AssignmentStartDialog
    from inspector.gui.complaint_agency import LinkAgencyDialog
    from inspector.gui.complaint_dialog import ComplaintDialog
    from inspector.gui.complaint_referral import ReferralDialog
    from inspector.gui.editor.findings import FindingRow, ManualFindingDialog, OverrideDialog
    from inspector.gui.editor.interview import InterviewDialog
    from inspector.gui.editor.report import ReportDialog
    from inspector.gui.inspections import StartInspectionDialog
    from inspector.gui.sync_details import SyncDetailsDialog
    from inspector.services.complaints import intake_wording
    from inspector.services.sync_view import AssignmentItem

    context = window.context
    records = demo_records(window)
    inspection = records["in_progress"]
    complaint = records["complaint"]
    wording = intake_wording(context.language)
    finding = FindingRow(
        id=uuid.uuid4(),
        severity="major",
        title="Recruitment fees charged to workers",
        standard="ILO C181 art. 7",
        source="derived",
        rule="fees_charged",
        because="fees paid = Yes",
        dropped=False,
        override_reason="",
        actions=(),
    )
    assignment = AssignmentItem(
        id=uuid.uuid4(),
        agency_id=inspection.agency_id,
        agency_name="Everest Manpower",
        licence_number="NP-RA-0001",
        kind="follow-up",
        due_date=dt.date.today() + dt.timedelta(days=14),
        form_id="recruitment-agency",
        notes="Check the refunds promised at the last visit.",
        received_at=dt.datetime.now(dt.UTC),
    )
    yield "start-inspection", lambda: StartInspectionDialog(context, None, window)
    yield "interview", lambda: InterviewDialog(context, inspection.id, window)
    yield "report", lambda: ReportDialog(context, inspection.reference, window)
    yield "add-finding", lambda: ManualFindingDialog(window)
    yield "override-finding", lambda: OverrideDialog(finding, window)
    yield "new-complaint", lambda: ComplaintDialog(context, wording, window)
    yield "refer-complaint", lambda: ReferralDialog(complaint, wording, window)
    yield (
        "link-complaint",
        lambda: LinkAgencyDialog(context, complaint.row.reference, "Everest", window),
    )
    yield "start-assignment", lambda: AssignmentStartDialog(context, assignment, window)
    yield "sync-details", lambda: SyncDetailsDialog(window.sync, window)
    yield from case_dialogs(window)
    yield from shell_dialogs(window)


def case_dialogs(window: MainWindow) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """The dialogs of an agency, a corrective action, a reason and the evidence files."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from inspector.gui.action_follow_up import ChosenAction, FollowUpDialog
    from inspector.gui.agency_form import AgencyFormDialog
    from inspector.gui.editor.evidence_dialogs import (
        CaptionDialog,
        CaptionsDialog,
        LinkDialog,
        PreviewDialog,
    )
    from inspector.gui.editor.review import ReasonDialog

    context = window.context
    inspection = demo_records(window)["in_progress"]
    action = ChosenAction(
        id=uuid.uuid4(), description="Refund the placement fees to the 14 workers.", status="open"
    )

    def editor(text: str) -> str:  # as the editor says it, in the language shown
        return QCoreApplication.translate("InspectionEditor", text)

    photo = QImage(640, 420, QImage.Format.Format_RGB32)
    photo.fill(0x6A8CAF)
    names = ["notice-board.jpg", "receipt-scan.pdf"]
    findings = [(str(uuid.uuid4()), "Recruitment fees charged to workers")]
    yield "new-agency", lambda: AgencyFormDialog(context, None, lambda _id: None, window)
    yield (
        "edit-agency",
        lambda: AgencyFormDialog(context, inspection.agency_id, lambda _id: None, window),
    )
    yield "action-done", lambda: FollowUpDialog(context, action, False, lambda: None, window)
    yield "verify-action", lambda: FollowUpDialog(context, action, True, lambda: None, window)
    yield (
        "delete-inspection",
        lambda: ReasonDialog(
            editor("Delete the inspection"),
            editor(
                "Delete {reference} with its answers, findings, files and interviews? This "
                "cannot be undone; the deletion and its reason stay in the audit trail."
            ).format(reference=inspection.reference),
            editor("Delete"),
            window,
        ),
    )
    yield "captions", lambda: CaptionsDialog(names, [photo, None], lambda _c: None, window)
    yield (
        "edit-caption",
        lambda: CaptionDialog(names[0], "Fees listed on the board", lambda _c: None, window),
    )
    yield "link-finding", lambda: LinkDialog(names[0], findings, "", lambda _f: None, window)
    yield "preview", lambda: PreviewDialog(names[0], "Fees listed on the board", photo, window)


def shell_dialogs(window: MainWindow) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """The window's own dialogs."""
    from PySide6.QtCore import QCoreApplication

    from inspector.gui.help import AboutDialog, HelpWindow
    from inspector.gui.kept_text import KeptText, KeptTextDialog

    def finding(text: str) -> str:  # as the dialog says it, in the language shown
        return QCoreApplication.translate("ManualFindingDialog", text).replace("&", "").rstrip(" :")

    title = finding("Add a finding")
    kept = [
        KeptText(title, finding("&Title:"), "Passports kept by the agency"),
        KeptText(title, finding("&Notes:"), "Seen in the manager's safe, 14 passports."),
    ]
    yield "kept-text", lambda: KeptTextDialog(kept, window)
    yield "about", lambda: AboutDialog(window)
    yield "user-guide", lambda: HelpWindow(window, window.context.language)
