"""What the complaints page does with the complaint shown: start an inspection of its agency
(linking the agency first if needed), link an agency, refer, close or reopen, and reveal the
complainant's identity on request (audited). Each runs one service on the vault thread."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from inspector.gui.complaint_detail import ComplaintDetailView
    from inspector.gui.context import AppContext
    from inspector.services.complaints import ComplaintDetail, IntakeWording

# Mixed into a QWidget; for the type checker it is one.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class ComplaintActions(_Widget):
    """The actions of ``ComplaintsPage`` on the complaint its detail view shows."""

    context: AppContext
    detail: ComplaintDetailView
    wording: IntakeWording | None
    dialog: QWidget | None
    question: QMessageBox | None

    _failed: Callable[[BaseException], None]
    _open_inspection: Callable[[uuid.UUID], None]

    def _shown(self) -> ComplaintDetail | None:
        return self.detail.detail

    def start_inspection(self) -> None:
        detail = self._shown()
        if detail is None:
            return
        if detail.row.agency_id is None:
            self._ask(
                "linkFirstQuestion",
                self.tr("Start inspection"),
                self.tr("Complaint {reference} is about \u201c{name}\u201d, which is not linked to "
                        "a registered agency. An inspection needs one.").format(
                    reference=detail.row.reference, name=detail.row.agency_name),
                self.tr("Link the complaint to an agency from the registry now?"),
                self.tr("&Link to agency…"),
                lambda: self.link_agency(then_inspect=True),
            )  # fmt: skip
            return
        open_ones = [i for i in detail.inspections if str(i.status) != "locked"]
        if open_ones:
            self._ask(
                "inspectAgainQuestion",
                self.tr("Start inspection"),
                self.tr("Inspection {reference} was already started from this complaint and is "
                        "not finished.").format(reference=open_ones[0].reference),
                self.tr("Start another inspection anyway?"),
                self.tr("&Start another"),
                lambda: self._inspect(detail.row.id),
            )  # fmt: skip
            return
        self._inspect(detail.row.id)

    def _ask(self, name: str, title: str, text: str, question: str, yes: str, then: Any) -> None:
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(question)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        accept.setObjectName("acceptButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)
        box.buttonClicked.connect(lambda button: then() if button is accept else None)
        self.question = box
        box.open()

    def _inspect(self, complaint_id: uuid.UUID) -> None:
        def start(uow: Any) -> uuid.UUID:
            from inspector.checklists.library import shipped_form
            from inspector.services.complaints import inspect_complaint

            return inspect_complaint(uow, complaint_id, shipped_form("agency-inspection"))

        self.detail.start_button.setEnabled(False)
        self.context.write(start, self._inspection_started, self._failed)

    def _inspection_started(self, inspection_id: uuid.UUID) -> None:
        self.detail.start_button.setEnabled(True)
        self.context.changed.emit("complaints")
        self.context.changed.emit("inspections")
        self._open_inspection(inspection_id)

    def link_agency(self, then_inspect: bool) -> None:
        detail = self._shown()
        if detail is None:
            return
        from inspector.gui.complaint_agency import LinkAgencyDialog

        dialog = LinkAgencyDialog(
            self.context, detail.row.reference, detail.agency_name_given, self
        )
        complaint_id = detail.row.id

        def chosen() -> None:
            agency_id = dialog.picker.agency_id
            if agency_id is None:
                return

            def link(uow: Any) -> None:
                from inspector.services.complaints import link_agency

                link_agency(uow, complaint_id, agency_id)

            def linked(_result: None) -> None:
                self.context.changed.emit("complaints")
                if then_inspect:
                    self._inspect(complaint_id)

            self.context.write(link, linked, self._failed)

        dialog.accepted.connect(chosen)
        self.dialog = dialog
        dialog.open()

    def refer(self) -> None:
        detail = self._shown()
        if detail is None or self.wording is None:
            return
        from inspector.gui.complaint_referral import ReferralDialog

        dialog = ReferralDialog(detail, self.wording, self)
        complaint_id = detail.row.id

        def chosen() -> None:
            referral = dialog.referral()

            def refer(uow: Any) -> None:
                from inspector.services.complaints import refer_complaint

                refer_complaint(uow, complaint_id, referral)

            self.context.write(refer, self._written, self._failed)

        dialog.accepted.connect(chosen)
        self.dialog = dialog
        dialog.open()

    def close_or_reopen(self) -> None:
        detail = self._shown()
        if detail is None:
            return
        complaint_id = detail.row.id
        closing = str(detail.row.status) != "closed"

        def change(uow: Any) -> None:
            from inspector.services.complaints import reopen_complaint, set_complaint_status
            from inspector.vault.tables import ComplaintStatus

            if closing:
                set_complaint_status(uow, complaint_id, ComplaintStatus.CLOSED)
            else:
                reopen_complaint(uow, complaint_id)

        self.context.write(change, self._written, self._failed)

    def reveal_identity(self) -> None:
        detail = self._shown()
        if detail is None:
            return
        complaint_id = detail.row.id

        def reveal(uow: Any) -> Any:
            from inspector.services.complaints import reveal_identity

            return reveal_identity(uow, complaint_id)

        self.context.write(
            reveal, lambda identity: self.detail.reveal(complaint_id, identity), self._failed
        )

    def _written(self, _result: object) -> None:
        self.context.changed.emit("complaints")
