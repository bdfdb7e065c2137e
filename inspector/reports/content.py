"""What a report shows, as plain values already in the report's language. The services decide
what may appear (an agency-facing report never receives a worker's code, a confidential answer
or a complaint); the PDF layer only lays it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# No aggregate about workers in an agency-facing report counts fewer than this many.
MIN_CELL = 3

SEVERITY_ORDER = ("critical", "major", "minor", "observation")


@dataclass(frozen=True)
class BranchInfo:
    name: str
    city: str = ""
    licence_number: str = ""


@dataclass(frozen=True)
class AgencyInfo:
    name: str
    licence_number: str
    licence_status: str = ""
    licence_valid_from: dt.date | None = None
    licence_valid_until: dt.date | None = None
    address: str = ""
    city: str = ""
    country: str = ""
    responsible_person: str = ""
    branches: tuple[BranchInfo, ...] = ()


@dataclass(frozen=True)
class VisitInfo:
    """``kind`` is routine or follow-up in an agency-facing report: a complaint-driven visit is
    shown as a routine one (ILO C81 Art. 15(c))."""

    reference: str
    kind: str
    announced: bool
    checklist: str  # the form's title, in the report's language
    planned_date: dt.date | None = None
    started_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    locked_at: dt.datetime | None = None
    team: tuple[str, ...] = ()
    place: str = ""
    interpreter: str = ""
    follows_up: str = ""  # reference of the inspection followed up
    amends: str = ""  # reference of the inspection this one amends
    checklist_version: str = ""


@dataclass(frozen=True)
class StandardRef:
    code: str
    text: str


@dataclass(frozen=True)
class AnswerLine:
    question: str
    answer: str


@dataclass(frozen=True)
class ActionEntry:
    description: str
    deadline: dt.date
    status: str
    finding_number: int = 0
    overdue: bool = False  # still open, and its deadline had passed when the report was issued


@dataclass(frozen=True)
class FindingEntry:
    number: int
    severity: str
    title: str
    section: str = ""
    standards: tuple[StandardRef, ...] = ()  # supporting references when there is a provision
    notes: str = ""
    derived: bool = False
    rule_id: str = ""
    rule_when: str = ""  # the rule's expression: for the internal variant only
    provision: str = ""  # the national provision breached (act and section), from the overlay
    wording: str = ""  # what the rule found, in plain words
    answers: tuple[AnswerLine, ...] = ()
    rule_severity: str = ""  # the rule's own severity, when the inspector changed it
    override_reason: str = ""
    actions: tuple[ActionEntry, ...] = ()
    evidence_numbers: tuple[int, ...] = ()
    linked_evidence: tuple[int, ...] = ()  # files the inspector linked to it: shown with it


@dataclass(frozen=True)
class EvidenceEntry:
    number: int
    filename: str
    caption: str
    media_type: str
    size: int
    sha256: str
    thumbnail: bytes | None = None  # a small JPEG, made by ``images.thumbnail``
    question: str = ""
    confidential: bool = False


@dataclass(frozen=True)
class Tally:
    """How many workers reported something. In an agency-facing report a count that is all
    the workers who answered is ``share="all"`` and a count of none ``share="none"``, both
    without ``count``: "3 of 3 reported it" would tell the agency what each of them said."""

    label: str
    count: int | None  # None: fewer than MIN_CELL workers, or a share, not shown
    share: str = ""  # "all" (all or nearly all) or "none" (none or almost none)


@dataclass(frozen=True)
class InterviewResults:
    interviewed: int | None
    consented: int | None
    by_rule: tuple[Tally, ...] = ()
    withheld: bool = False  # too few workers for any result to be shown


@dataclass(frozen=True)
class Acknowledgement:
    closing_meeting: str = ""
    representative: str = ""
    role: str = ""
    comments: str = ""
    signed: str = ""
    refusal_reason: str = ""
    signature_image: bytes | None = None
    signature_sha256: str = ""


@dataclass(frozen=True)
class ScoreSummary:
    points: int
    band: str
    failed: bool
    by_severity: dict[str, int]
    by_standard: tuple[tuple[StandardRef, int], ...] = ()


@dataclass(frozen=True)
class ComplaintLink:
    """Internal reports only."""

    reference: str
    received_at: dt.datetime | None
    channel: str
    allegations: tuple[str, ...]
    status: str


@dataclass(frozen=True)
class Letterhead:
    """The authority as the inspector's profile names it, printed at the top of the cover."""

    authority: str
    office_address: str = ""
    emblem: bytes | None = None  # PNG, made small by ``images.thumbnail``


@dataclass(frozen=True)
class ReportContent:
    language: str
    internal: bool
    authority: str
    inspector: str
    issued_at: dt.datetime
    visit: VisitInfo
    agency: AgencyInfo
    score: ScoreSummary
    findings: tuple[FindingEntry, ...]
    evidence: tuple[EvidenceEntry, ...] = ()
    interviews: InterviewResults | None = None
    acknowledgement: Acknowledgement | None = None
    # Internal annexes: never filled for an agency-facing report.
    dropped_findings: tuple[FindingEntry, ...] = ()
    complaint: ComplaintLink | None = None
    confidential_answers: tuple[AnswerLine, ...] = ()
    letterhead: Letterhead | None = None
    time_zone: str = "UTC"  # IANA name: the authority's, times are given in it
    # The legal frame (the ministry's overlay, else defaults that defer to national law).
    legal_basis: str = ""
    appeal: str = ""
    appeal_days: int | None = None
    appeal_deadline: dt.date | None = None
    overdue_rule: str = ""  # what happens when a corrective action's deadline passes
    legal_overlay: str = ""  # the overlay's version and SHA-256 prefix, when there is one

    @property
    def actions(self) -> list[ActionEntry]:
        found = [action for finding in self.findings for action in finding.actions]
        return sorted(found, key=lambda a: (a.deadline, a.finding_number))
