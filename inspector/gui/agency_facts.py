"""The agency page's first tab and its risk badge: licence facts, contacts, branches and
sub-agents, and the risk level with the words that say how it was reached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QTreeWidget, QVBoxLayout, QWidget

from inspector.gui import labels
from inspector.gui.agency_lists import list_item, list_tree
from inspector.gui.agency_model import country_name

if TYPE_CHECKING:
    from inspector.services.agency_overview import AgencyOverview, RiskLevel

# Mixed into a QWidget; for the type checker it is one.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class AgencyFacts(_Widget):
    """Builds and fills the facts tab and the risk badge of ``AgencyDetail``."""

    facts: QFormLayout
    fact_labels: dict[str, QLabel]
    branches: QTreeWidget
    sub_agents: QTreeWidget
    branches_heading: QLabel
    sub_agents_heading: QLabel
    risk_badge: QLabel
    risk_explained: QLabel

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
        self.branches = list_tree(
            "agencyBranches",
            [self.tr("Branch"), self.tr("City"), self.tr("Address"), self.tr("Licence")],
            [220, 130, 260],
        )
        self.sub_agents = list_tree(
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
                list_item([branch.name, branch.city, branch.address, branch.licence_number])
            )
        self.sub_agents.clear()
        for sub_agent in overview.sub_agents:
            self.sub_agents.addTopLevelItem(
                list_item([sub_agent.name, sub_agent.registration_number, sub_agent.area])
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
