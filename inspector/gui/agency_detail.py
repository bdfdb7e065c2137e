"""One agency: licence, contacts, branches and sub-agents; its inspections with their findings,
open corrective actions, complaints naming it, and the risk level derived from them (the rules
are in inspector.services.agency_overview; the label under the risk says how it was reached)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.agency_facts import AgencyFacts
from inspector.gui.agency_lists import ITEM_ID, AgencyHistory, list_tree
from inspector.gui.messages import make_heading, show_error

if TYPE_CHECKING:
    from inspector.gui.action_follow_up import ChosenAction
    from inspector.gui.context import AppContext
    from inspector.services.agency_overview import AgencyOverview


class AgencyDetail(AgencyFacts, AgencyHistory, QWidget):
    """Loads an agency's overview off the GUI thread and shows it."""

    back_requested = Signal()
    start_inspection = Signal(uuid.UUID)
    open_inspection = Signal(uuid.UUID)
    open_complaint = Signal(uuid.UUID)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agency_id: uuid.UUID | None = None
        self.overview: AgencyOverview | None = None
        self._generation = 0

        self.back = QPushButton(self.tr("← &Back to the list"))
        self.back.setObjectName("backToAgencies")
        self.back.setToolTip(self.tr("Back to the agency list (Esc or Alt+Left)"))
        self.back.clicked.connect(self.back_requested)
        self.start = QPushButton(self.tr("&Start inspection…"))
        self.start.setObjectName("startInspection")
        self.start.clicked.connect(self._start)
        self.edit = QPushButton(self.tr("&Edit agency…"))
        self.edit.setObjectName("editAgency")
        self.edit.clicked.connect(self._edit)
        self.follow_up = QPushButton(self.tr("Start &follow-up inspection"))
        self.follow_up.setObjectName("startFollowUp")
        self.follow_up.setToolTip(
            self.tr("A follow-up inspection of the agency's latest completed inspection, its "
                    "open corrective actions listed to check")
        )  # fmt: skip
        self.follow_up.clicked.connect(self._start_follow_up)
        self.title = QLabel()
        self.title.setObjectName("agencyTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_heading(self.title, 5)
        self.title.setWordWrap(True)
        self.licence = QLabel()
        self.licence.setObjectName("agencyLicence")
        self.licence.setWordWrap(True)
        self.risk_badge = QLabel()
        self.risk_badge.setObjectName("riskBadge")
        self.risk_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.risk_badge.setMinimumWidth(150)
        self.risk_explained = QLabel()
        self.risk_explained.setObjectName("riskExplanation")
        self.risk_explained.setWordWrap(True)
        self.risk_explained.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch(1)
        top.addWidget(self.edit)
        top.addWidget(self.follow_up)
        top.addWidget(self.start)
        risk = QHBoxLayout()
        risk.addWidget(self.risk_badge, 0, Qt.AlignmentFlag.AlignTop)
        risk.addWidget(self.risk_explained, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("agencyTabs")
        self.tabs.addTab(self._facts_tab(), "")
        self.inspections = list_tree(
            "agencyInspections",
            [
                self.tr("Inspection and findings"),
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Points"),
                self.tr("Band"),
            ],
            [300, 100, 140, 200, 60, 90],
            stretch=0,
        )
        self.inspections.setRootIsDecorated(True)
        self.inspections.setUniformRowHeights(False)
        self.inspections.itemActivated.connect(self._inspection_activated)
        self.tabs.addTab(self.inspections, "")
        self.actions = list_tree(
            "agencyActions",
            [
                self.tr("Deadline"),
                self.tr("Due"),
                self.tr("Corrective action"),
                self.tr("Severity"),
                self.tr("Inspection"),
                self.tr("Status"),
            ],
            [100, 120, 300, 90, 170, 100],
            stretch=2,
        )
        self.actions.itemActivated.connect(self._inspection_activated)
        from inspector.gui.action_follow_up import ActionTools

        self.action_tools = ActionTools(
            context, self._chosen_action, self.reload, self.open_inspection.emit
        )
        self.actions.itemSelectionChanged.connect(self.action_tools.update_buttons)
        actions_tab = QWidget()
        actions_layout = QVBoxLayout(actions_tab)
        actions_layout.addWidget(self.actions, 1)
        actions_layout.addWidget(self.action_tools)
        self.tabs.addTab(actions_tab, "")
        self.complaints = list_tree(
            "agencyComplaints",
            [
                self.tr("Reference"),
                self.tr("Received"),
                self.tr("Status"),
                self.tr("Urgent"),
                self.tr("Allegations (checklist items)"),
            ],
            [170, 100, 150, 70],
        )
        self.complaints.itemActivated.connect(self._complaint_activated)
        self.tabs.addTab(self.complaints, "")
        self._name_tabs(None)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.licence)
        layout.addLayout(risk)
        layout.addWidget(self.tabs, 1)

        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.back_requested)
        self.clear()

    def _name_tabs(self, overview: AgencyOverview | None) -> None:
        inspections = len(overview.inspections) if overview else 0
        actions = len(overview.open_actions) if overview else 0
        overdue = overview.overdue_actions if overview else 0
        complaints = len(overview.complaints) if overview else 0
        self.tabs.setTabText(0, self.tr("&Agency"))
        self.tabs.setTabText(1, self.tr("&Inspections and findings ({n})").format(n=inspections))
        self.tabs.setTabText(
            2,
            self.tr("&Corrective actions ({n} open, {m} overdue)").format(n=actions, m=overdue)
            if overdue
            else self.tr("&Corrective actions ({n} open)").format(n=actions),
        )
        self.tabs.setTabText(3, self.tr("Com&plaints ({n})").format(n=complaints))

    # -- loading -----------------------------------------------------------------------------------
    def load(self, agency_id: uuid.UUID) -> None:
        from inspector.services.agency_overview import agency_overview

        if agency_id != self.agency_id:
            self.clear()
            self.title.setText(self.tr("Loading…"))
            self.tabs.setCurrentIndex(0)
        self.agency_id = agency_id
        self._generation += 1
        generation = self._generation
        self.context.read(
            lambda session: agency_overview(session, agency_id),
            lambda overview: self._loaded(generation, overview),
            lambda exc: self._failed(generation, exc),
        )

    def reload(self) -> None:
        if self.agency_id is not None and self.context.vault is not None:
            self.load(self.agency_id)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.title.setText(self.tr("This agency could not be shown."))
            show_error(self, exc)

    def _loaded(self, generation: int, overview: AgencyOverview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        agency = overview.agency
        self.title.setText(agency.name)
        status = labels.licence_status(agency.licence_status.value)
        if agency.licence_valid_until is None:
            validity = self.tr("no expiry date recorded")
        else:
            days = (agency.licence_valid_until - dt.date.today()).days
            validity = (
                self.tr("valid {start} to {end}, expired %n days ago", "", -days)
                if days < 0
                else self.tr("valid {start} to {end}, expires in %n days", "", days)
            ).format(
                start=labels.date_text(agency.licence_valid_from),
                end=labels.date_text(agency.licence_valid_until),
            )
        self.licence.setText(
            self.tr("Licence {number} · {status} · {validity}").format(
                number=agency.licence_number, status=status, validity=validity
            )
        )
        warn = agency.licence_status.value in ("suspended", "revoked", "expired")
        self.licence.setStyleSheet(f"color: {labels.RED.name()}" if warn else "")
        self.start.setEnabled(True)
        self.edit.setEnabled(True)
        self.follow_up.setEnabled(
            any(i.status.value in ("completed", "locked") for i in overview.inspections)
        )
        self._show_facts(overview)
        self._show_risk(overview)
        self._show_inspections(overview)
        self._show_actions(overview)
        self._show_complaints(overview)
        self._name_tabs(overview)

    def clear(self) -> None:
        """Forget the agency shown (the vault is being locked, or another agency opens)."""
        self._generation += 1
        self.overview = None
        self.title.clear()
        self.licence.clear()
        self.licence.setStyleSheet("")
        self.risk_badge.clear()
        self.risk_badge.setStyleSheet("")
        self.risk_badge.setToolTip("")
        self.risk_explained.clear()
        for label in self.fact_labels.values():
            label.clear()
        for tree in (self.branches, self.sub_agents, self.inspections, self.actions):
            tree.clear()
        self.complaints.clear()
        self.start.setEnabled(False)
        self.edit.setEnabled(False)
        self.follow_up.setEnabled(False)
        self._name_tabs(None)

    # -- activation --------------------------------------------------------------------------------
    def _start(self) -> None:
        if self.agency_id is not None:
            self.start_inspection.emit(self.agency_id)

    def _edit(self) -> None:
        from inspector.gui.agency_form import AgencyFormDialog

        if self.agency_id is None:
            return
        self.agency_dialog = AgencyFormDialog(
            self.context, self.agency_id, lambda _id: self.reload(), self
        )
        self.agency_dialog.open()

    def _start_follow_up(self) -> None:
        from inspector.services.findings import start_follow_up

        agency_id = self.agency_id
        if agency_id is None:
            return
        self.context.write(
            lambda uow: start_follow_up(uow, agency_id=agency_id),
            self._follow_up_started,
            lambda exc: show_error(self, exc),
        )

    def _follow_up_started(self, inspection_id: uuid.UUID) -> None:
        self.context.changed.emit("inspections")
        self.open_inspection.emit(inspection_id)

    def _chosen_action(self) -> ChosenAction | None:
        """The open corrective action selected in the actions tab (rows follow the overview)."""
        from inspector.gui.action_follow_up import ChosenAction

        selected = self.actions.selectedItems()
        if self.overview is None or not selected:
            return None
        row = self.actions.indexOfTopLevelItem(selected[0])
        if not 0 <= row < len(self.overview.open_actions):
            return None
        action = self.overview.open_actions[row]
        return ChosenAction(action.id, action.description, action.status.value)

    def _inspection_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        inspection_id = item.data(0, ITEM_ID)
        if isinstance(inspection_id, uuid.UUID):
            self.open_inspection.emit(inspection_id)

    def _complaint_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        complaint_id = item.data(0, ITEM_ID)
        if isinstance(complaint_id, uuid.UUID):
            self.open_complaint.emit(complaint_id)
