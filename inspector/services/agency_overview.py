"""Everything the agency page shows about one agency, and the risk level derived from it.

Risk (configurable defaults from checklist-reference.md, see inspector.checklists.scoring):
- each completed or locked inspection is scored from its findings, dropped ones left out; an
  inspection replaced by a completed or locked amendment no longer counts, its amendment does;
- the agency's demerits are the points of the inspections completed in the last 24 months, and
  their total gives its standing (12: surveillance, 24: suspension or revocation);
- the risk band is the band of the last inspection, raised when the standing calls for more:
  surveillance means at least high, suspension or revocation means critical.
Corrective actions count once their inspection is completed (before that they are proposals).

Complaints are listed by reference, date, status and allegation items only: the page may be open
at the agency's office, and the agency must not learn what a worker said (ILO C81 Art. 15(c))."""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from inspector.checklists.scoring import (
    DEFAULT_RULES,
    RiskBand,
    Score,
    ScoringRules,
    Standing,
    score,
    standing,
)
from inspector.services.agencies import get_agency
from inspector.vault.tables import (
    ActionStatus,
    Branch,
    Complaint,
    ComplaintStatus,
    CorrectiveAction,
    Finding,
    Inspection,
    InspectionKind,
    InspectionStatus,
    LicenceStatus,
    Severity,
    SubAgent,
)

WINDOW_MONTHS = 24
DONE = (InspectionStatus.COMPLETED, InspectionStatus.LOCKED)
OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
_BAND_ORDER = (RiskBand.LOW, RiskBand.MEDIUM, RiskBand.HIGH, RiskBand.CRITICAL)
# The least band each standing calls for.
STANDING_FLOOR = {
    Standing.GOOD: RiskBand.LOW,
    Standing.SURVEILLANCE: RiskBand.HIGH,
    Standing.SUSPENSION: RiskBand.CRITICAL,
}


def higher_band(first: RiskBand, second: RiskBand) -> RiskBand:
    return max(first, second, key=_BAND_ORDER.index)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day if it is shorter)."""
    years, month0 = divmod(day.month - 1 - months, 12)
    year, month = day.year + years, month0 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class AgencyFacts:
    id: uuid.UUID
    name: str
    licence_number: str
    licence_status: LicenceStatus
    licence_valid_from: dt.date | None
    licence_valid_until: dt.date | None
    country: str
    city: str
    address: str
    responsible_person: str
    phone: str
    email: str
    destination_countries: tuple[str, ...]
    sectors: tuple[str, ...]


@dataclass(frozen=True)
class BranchSummary:
    name: str
    city: str
    address: str
    licence_number: str


@dataclass(frozen=True)
class SubAgentSummary:
    name: str
    registration_number: str
    area: str


@dataclass(frozen=True)
class FindingSummary:
    id: uuid.UUID
    severity: Severity
    title: str
    standard: str
    dropped: bool


@dataclass(frozen=True)
class InspectionSummary:
    id: uuid.UUID
    reference: str
    kind: InspectionKind
    status: InspectionStatus
    date: dt.date | None  # completed, else started, else planned
    findings: tuple[FindingSummary, ...]
    score: Score | None  # completed and locked inspections only
    amended_by: str | None  # reference of the completed amendment that replaces it
    counts_for_risk: bool


@dataclass(frozen=True)
class OpenAction:
    id: uuid.UUID
    inspection_id: uuid.UUID
    inspection_reference: str
    finding_title: str
    severity: Severity
    description: str
    deadline: dt.date
    status: ActionStatus
    days_left: int  # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class ComplaintSummary:
    id: uuid.UUID
    reference: str
    received_on: dt.date
    status: ComplaintStatus
    urgent: bool
    allegations: tuple[str, ...]


@dataclass(frozen=True)
class RiskLevel:
    band: RiskBand | None  # None: no completed inspection yet
    last_band: RiskBand | None
    last_reference: str | None
    last_date: dt.date | None
    demerits: int
    window_start: dt.date
    window_months: int
    counted: int  # inspections in the window
    standing: Standing
    raised_by_demerits: bool


@dataclass(frozen=True)
class AgencyOverview:
    agency: AgencyFacts
    branches: tuple[BranchSummary, ...]
    sub_agents: tuple[SubAgentSummary, ...]
    inspections: tuple[InspectionSummary, ...]  # newest first
    open_actions: tuple[OpenAction, ...]  # soonest deadline first
    complaints: tuple[ComplaintSummary, ...]  # newest first
    risk: RiskLevel

    @property
    def overdue_actions(self) -> int:
        return sum(1 for action in self.open_actions if action.overdue)

    @property
    def complaints_awaiting(self) -> int:
        return sum(1 for c in self.complaints if c.status is ComplaintStatus.RECEIVED)


def assess_risk(
    inspections: Iterable[InspectionSummary],
    today: dt.date,
    *,
    rules: ScoringRules = DEFAULT_RULES,
    window_months: int = WINDOW_MONTHS,
) -> RiskLevel:
    """The risk level from the inspections that count (see the module's docstring)."""
    counted = sorted(
        (i for i in inspections if i.counts_for_risk and i.score is not None and i.date),
        key=lambda i: (i.date, i.reference),
    )
    window_start = months_before(today, window_months)
    in_window = [i for i in counted if i.date is not None and window_start <= i.date <= today]
    demerits = sum(i.score.points for i in in_window if i.score is not None)
    agency_standing = standing(demerits, rules)
    last = counted[-1] if counted else None
    last_band = last.score.band if last is not None and last.score is not None else None
    floor = STANDING_FLOOR[agency_standing]
    if last_band is None:
        band = None if agency_standing is Standing.GOOD else floor
    else:
        band = higher_band(last_band, floor)
    return RiskLevel(
        band=band,
        last_band=last_band,
        last_reference=last.reference if last else None,
        last_date=last.date if last else None,
        demerits=demerits,
        window_start=window_start,
        window_months=window_months,
        counted=len(in_window),
        standing=agency_standing,
        raised_by_demerits=band is not None and band != last_band,
    )


def _date_of(row: Inspection) -> dt.date | None:
    for moment in (row.completed_at, row.locked_at, row.started_at):
        if moment is not None:
            return moment.date()
    return row.planned_date


def _inspections(
    session: Session, agency_id: uuid.UUID, rules: ScoringRules
) -> list[InspectionSummary]:
    rows = list(session.scalars(select(Inspection).where(Inspection.agency_id == agency_id)))
    ids = [row.id for row in rows]
    findings: dict[uuid.UUID, list[FindingSummary]] = defaultdict(list)
    if ids:
        for values in session.execute(
            select(
                Finding.inspection_id,
                Finding.id,
                Finding.severity,
                Finding.title,
                Finding.standard,
                Finding.dropped,
            )
            .where(Finding.inspection_id.in_(ids))
            .order_by(Finding.created_at)
        ):
            findings[values[0]].append(FindingSummary(*values[1:]))
    severity_order = list(Severity)
    amended_by = {
        row.amends_id: row.reference for row in rows if row.amends_id and row.status in DONE
    }
    summaries = []
    for row in rows:
        listed = sorted(findings[row.id], key=lambda f: severity_order.index(f.severity))
        done = row.status in DONE
        summaries.append(
            InspectionSummary(
                id=row.id,
                reference=row.reference,
                kind=row.kind,
                status=row.status,
                date=_date_of(row),
                findings=tuple(listed),
                score=score((f.severity.value for f in listed if not f.dropped), rules)
                if done
                else None,
                amended_by=amended_by.get(row.id),
                counts_for_risk=done and row.id not in amended_by,
            )
        )
    summaries.sort(key=lambda s: (s.date or dt.date.min, s.reference), reverse=True)
    return summaries


def _open_actions(session: Session, agency_id: uuid.UUID, today: dt.date) -> list[OpenAction]:
    inspection = aliased(Inspection)
    rows = session.execute(
        select(
            CorrectiveAction.id,
            CorrectiveAction.inspection_id,
            inspection.reference,
            Finding.title,
            Finding.severity,
            CorrectiveAction.description,
            CorrectiveAction.deadline,
            CorrectiveAction.status,
        )
        .join(inspection, inspection.id == CorrectiveAction.inspection_id)
        .join(Finding, Finding.id == CorrectiveAction.finding_id)
        .where(
            inspection.agency_id == agency_id,
            inspection.status.in_(DONE),
            CorrectiveAction.status.in_(OPEN_ACTION),
        )
        .order_by(CorrectiveAction.deadline, inspection.reference)
    )
    return [OpenAction(*row, days_left=(row[6] - today).days) for row in rows]


def _complaints(session: Session, agency_id: uuid.UUID) -> list[ComplaintSummary]:
    rows = session.execute(
        select(
            Complaint.id,
            Complaint.reference,
            Complaint.received_at,
            Complaint.status,
            Complaint.urgent,
            Complaint.allegations,
        )
        .where(Complaint.agency_id == agency_id)
        .order_by(Complaint.received_at.desc())
    )
    return [
        ComplaintSummary(id, reference, received.date(), status, urgent, tuple(allegations or ()))
        for id, reference, received, status, urgent, allegations in rows
    ]


def agency_overview(
    session: Session,
    agency_id: uuid.UUID,
    *,
    today: dt.date | None = None,
    rules: ScoringRules = DEFAULT_RULES,
    window_months: int = WINDOW_MONTHS,
) -> AgencyOverview:
    today = today or dt.date.today()
    agency = get_agency(session, agency_id)
    facts = AgencyFacts(
        id=agency.id,
        name=agency.name,
        licence_number=agency.licence_number,
        licence_status=agency.licence_status,
        licence_valid_from=agency.licence_valid_from,
        licence_valid_until=agency.licence_valid_until,
        country=agency.country,
        city=agency.city,
        address=agency.address,
        responsible_person=agency.responsible_person,
        phone=agency.phone,
        email=agency.email,
        destination_countries=tuple(agency.destination_countries or ()),
        sectors=tuple(agency.sectors or ()),
    )
    branches = session.execute(
        select(Branch.name, Branch.city, Branch.address, Branch.licence_number)
        .where(Branch.agency_id == agency_id)
        .order_by(Branch.name)
    )
    sub_agents = session.execute(
        select(SubAgent.name, SubAgent.registration_number, SubAgent.area)
        .where(SubAgent.agency_id == agency_id)
        .order_by(SubAgent.name)
    )
    inspections = _inspections(session, agency_id, rules)
    return AgencyOverview(
        agency=facts,
        branches=tuple(BranchSummary(*row) for row in branches),
        sub_agents=tuple(SubAgentSummary(*row) for row in sub_agents),
        inspections=tuple(inspections),
        open_actions=tuple(_open_actions(session, agency_id, today)),
        complaints=tuple(_complaints(session, agency_id)),
        risk=assess_risk(inspections, today, rules=rules, window_months=window_months),
    )
