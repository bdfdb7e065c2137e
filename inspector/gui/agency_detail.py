"""One agency: licence, contacts, branches and sub-agents; its inspections with their findings,
open corrective actions, complaints naming it, and the risk level derived from them (the rules
are in inspector.services.agency_overview; the label under the risk says how it was reached)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.agency_model import country_name
from inspector.gui.messages import make_heading, show_error

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.services.agency_overview import AgencyOverview, RiskLevel

_ID = Qt.ItemDataRole.UserRole


def _tree(name: str, headers: list[str], widths: list[int], stretch: int = -1) -> QTreeWidget:
    """A read-only list; column ``stretch`` (default the last) takes the width left over."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    if stretch >= 0:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return tree


def _item(values: list[str], item_id: Any = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem(values)
    for column, value in enumerate(values):
        item.setToolTip(column, value)
    if item_id is not None:
        item.setData(0, _ID, item_id)
    return item


def _colour(item: QTreeWidgetItem, colour: Any) -> None:
    for column in range(item.columnCount()):
        item.setForeground(column, QBrush(colour))


class AgencyDetail(QWidget):
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
        top.addWidget(self.start)
        risk = QHBoxLayout()
        risk.addWidget(self.risk_badge, 0, Qt.AlignmentFlag.AlignTop)
        risk.addWidget(self.risk_explained, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("agencyTabs")
        self.tabs.addTab(self._facts_tab(), "")
        self.inspections = _tree(
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
        self.actions = _tree(
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
        self.tabs.addTab(self.actions, "")
        self.complaints = _tree(
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

    def _facts_tab(self) -> QWidget:
        page = QWidget()
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("country", self.tr("Country:")),
            ("city", self.tr("City:")),
            ("address", self.tr("Address:")),
            ("responsible", self.tr("Responsible person:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("Email:")),
            ("destinations", self.tr("Destination countries:")),
            ("sectors", self.tr("Sectors:")),
        ):
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(text, value)
        self.branches = _tree(
            "agencyBranches",
            [self.tr("Branch"), self.tr("City"), self.tr("Address"), self.tr("Licence")],
            [220, 130, 260],
        )
        self.sub_agents = _tree(
            "agencySubAgents",
            [self.tr("Sub-agent"), self.tr("Registration"), self.tr("Area")],
            [220, 150],
        )
        self.branches_heading = QLabel()
        self.sub_agents_heading = QLabel()
        layout = QVBoxLayout(page)
        layout.addLayout(self.facts)
        layout.addWidget(self.branches_heading)
        layout.addWidget(self.branches, 2)
        layout.addWidget(self.sub_agents_heading)
        layout.addWidget(self.sub_agents, 2)
        layout.addStretch(1)
        return page

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
                self.tr("valid {start} to {end}, expired {n} days ago")
                if days < 0
                else self.tr("valid {start} to {end}, expires in {n} days")
            ).format(
                start=labels.date_text(agency.licence_valid_from),
                end=labels.date_text(agency.licence_valid_until),
                n=abs(days),
            )
        self.licence.setText(
            self.tr("Licence {number} · {status} · {validity}").format(
                number=agency.licence_number, status=status, validity=validity
            )
        )
        warn = agency.licence_status.value in ("suspended", "revoked", "expired")
        self.licence.setStyleSheet(f"color: {labels.RED.name()}" if warn else "")
        self.start.setEnabled(True)
        self._show_facts(overview)
        self._show_risk(overview)
        self._show_inspections(overview)
        self._show_actions(overview)
        self._show_complaints(overview)
        self._name_tabs(overview)

    def _show_facts(self, overview: AgencyOverview) -> None:
        agency = overview.agency
        values = {
            "country": f"{agency.country} ({country_name(agency.country)})",
            "city": agency.city,
            "address": agency.address,
            "responsible": agency.responsible_person,
            "phone": agency.phone,
            "email": agency.email,
            "destinations": ", ".join(
                f"{code} ({country_name(code)})" for code in agency.destination_countries
            ),
            "sectors": ", ".join(agency.sectors),
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value or self.tr("not recorded"))
        self.branches.clear()
        for branch in overview.branches:
            self.branches.addTopLevelItem(
                _item([branch.name, branch.city, branch.address, branch.licence_number])
            )
        self.sub_agents.clear()
        for sub_agent in overview.sub_agents:
            self.sub_agents.addTopLevelItem(
                _item([sub_agent.name, sub_agent.registration_number, sub_agent.area])
            )
        self.branches_heading.setText(
            self.tr("Branches ({n})").format(n=len(overview.branches))
            if overview.branches
            else self.tr("Branches: none recorded")
        )
        self.sub_agents_heading.setText(
            self.tr("Sub-agents ({n})").format(n=len(overview.sub_agents))
            if overview.sub_agents
            else self.tr("Sub-agents: none recorded")
        )
        self.branches.setVisible(bool(overview.branches))
        self.sub_agents.setVisible(bool(overview.sub_agents))

    def _show_risk(self, overview: AgencyOverview) -> None:
        risk = overview.risk
        if risk.band is None:
            self.risk_badge.setText(self.tr("Risk: not assessed"))
            self.risk_badge.setStyleSheet(
                "QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 6px; }"
            )
        else:
            foreground, background = labels.BAND_COLOURS[risk.band.value]
            self.risk_badge.setText(
                self.tr("Risk: {band}").format(band=labels.risk_band(risk.band.value))
            )
            self.risk_badge.setStyleSheet(
                f"QLabel {{ color: {foreground}; background: {background}; font-weight: bold; "
                "border-radius: 4px; padding: 6px; }"
            )
        text = self.explain(risk, overview)
        self.risk_explained.setText(text)
        self.risk_badge.setToolTip(text)

    def explain(self, risk: RiskLevel, overview: AgencyOverview) -> str:
        """How the risk level was reached, in words."""
        parts = []
        if risk.last_reference is None:
            parts.append(
                self.tr(
                    "No completed inspection yet: the risk level comes from the findings of "
                    "completed inspections."
                )
            )
        else:
            last = next(i for i in overview.inspections if i.reference == risk.last_reference)
            points = last.score.points if last.score else 0
            parts.append(
                self.tr(
                    "Last completed inspection {ref} on {date}: {band}, {points} points."
                ).format(
                    ref=risk.last_reference,
                    date=labels.date_text(risk.last_date),
                    band=labels.risk_band(risk.last_band.value) if risk.last_band else "—",
                    points=points,
                )
            )
        parts.append(
            self.tr(
                "Demerits since {start} ({months} months; inspections counted: {n}): "
                "{demerits}, which means {standing} (12 or more: surveillance; 24 or more: "
                "suspension or revocation)."
            ).format(
                start=labels.date_text(risk.window_start),
                months=risk.window_months,
                n=risk.counted,
                demerits=risk.demerits,
                standing=labels.standing(risk.standing.value),
            )
        )
        if risk.raised_by_demerits and risk.band is not None:
            parts.append(
                self.tr("The demerits raise the risk to {band}.").format(
                    band=labels.risk_band(risk.band.value)
                )
            )
        if overview.overdue_actions or overview.complaints_awaiting:
            parts.append(
                self.tr(
                    "Not counted in the band: overdue corrective actions {actions}, complaints "
                    "awaiting action {complaints}."
                ).format(actions=overview.overdue_actions, complaints=overview.complaints_awaiting)
            )
        return " ".join(parts)

    def _show_inspections(self, overview: AgencyOverview) -> None:
        self.inspections.clear()
        grey = self.palette().placeholderText().color()
        for inspection in overview.inspections:
            score = inspection.score
            status = labels.inspection_status(inspection.status.value)
            if inspection.amended_by:
                status = self.tr("{status}, amended by {ref}").format(
                    status=status, ref=inspection.amended_by
                )
            item = _item(
                [
                    inspection.reference,
                    labels.date_text(inspection.date),
                    labels.inspection_kind(inspection.kind.value),
                    status,
                    str(score.points) if score else "—",
                    labels.risk_band(score.band.value) if score else self.tr("(not completed)"),
                ],
                inspection.id,
            )
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            if score is not None and score.band.value in ("high", "critical"):
                item.setForeground(5, QBrush(labels.RED))
            self.inspections.addTopLevelItem(item)  # before its children: spans need the view
            for finding in inspection.findings:
                text = self.tr("{severity}: {title}").format(
                    severity=labels.severity(finding.severity.value), title=finding.title
                )
                if finding.standard:
                    text = self.tr("{finding} ({standard})").format(
                        finding=text, standard=finding.standard
                    )
                if finding.dropped:
                    text = self.tr("{finding} - dropped").format(finding=text)
                child = _item([text], inspection.id)
                if finding.dropped:
                    struck = QFont(child.font(0))
                    struck.setStrikeOut(True)
                    child.setFont(0, struck)
                    _colour(child, grey)
                elif finding.severity.value == "critical":
                    child.setForeground(0, QBrush(labels.RED))
                item.addChild(child)
                child.setFirstColumnSpanned(True)
            if not inspection.findings:
                child = _item([self.tr("No findings")], inspection.id)
                item.addChild(child)
                child.setFirstColumnSpanned(True)
        if overview.inspections:
            self.inspections.topLevelItem(0).setExpanded(True)
        else:
            self.inspections.addTopLevelItem(_item([self.tr("Not inspected yet.")]))

    def _show_actions(self, overview: AgencyOverview) -> None:
        self.actions.clear()
        for action in overview.open_actions:
            item = _item(
                [
                    labels.date_text(action.deadline),
                    labels.days_left(action.days_left),
                    action.description,
                    labels.severity(action.severity.value),
                    action.inspection_reference,
                    labels.action_status(action.status.value),
                ],
                action.inspection_id,
            )
            item.setToolTip(2, f"{action.finding_title}\n\n{action.description}")
            if action.overdue:
                _colour(item, labels.RED)
            self.actions.addTopLevelItem(item)
        if not overview.open_actions:
            self.actions.addTopLevelItem(_item(["", self.tr("No open corrective actions.")]))

    def _show_complaints(self, overview: AgencyOverview) -> None:
        self.complaints.clear()
        for complaint in overview.complaints:
            item = _item(
                [
                    complaint.reference,
                    labels.date_text(complaint.received_on),
                    labels.complaint_status(complaint.status.value),
                    self.tr("urgent") if complaint.urgent else "",
                    ", ".join(complaint.allegations),
                ],
                complaint.id,
            )
            if complaint.urgent:
                item.setForeground(3, QBrush(labels.RED))
            self.complaints.addTopLevelItem(item)
        if not overview.complaints:
            self.complaints.addTopLevelItem(_item(["", self.tr("No complaints name this agency.")]))

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
        self._name_tabs(None)

    # -- activation --------------------------------------------------------------------------------
    def _start(self) -> None:
        if self.agency_id is not None:
            self.start_inspection.emit(self.agency_id)

    def _inspection_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        inspection_id = item.data(0, _ID)
        if isinstance(inspection_id, uuid.UUID):
            self.open_inspection.emit(inspection_id)

    def _complaint_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        complaint_id = item.data(0, _ID)
        if isinstance(complaint_id, uuid.UUID):
            self.open_complaint.emit(complaint_id)
