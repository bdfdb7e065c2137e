"""Score and risk band of an inspection, and an agency's demerits across inspections.

Configurable defaults from checklist-reference.md, not IRIS rules: severity points as in the UK
licensing standards (critical 30, major 8, minor 4, observation 0); 30 points or more fails; any
critical finding puts the inspection in the highest band; bands low up to 7, medium up to 15,
high up to 29, then critical. An agency's demerits add up its inspections' points over a window
(Singapore's model: 12 means surveillance, 24 suspension or revocation)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum


class RiskBand(Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


@dataclass(frozen=True)
class ScoringRules:
    points: Mapping[str, int] = field(
        default_factory=lambda: {"critical": 30, "major": 8, "minor": 4, "observation": 0}
    )
    fail_at: int = 30
    # Upper bounds (inclusive) of the bands below critical.
    low_up_to: int = 7
    medium_up_to: int = 15
    high_up_to: int = 29
    surveillance_at: int = 12
    suspension_at: int = 24


DEFAULT_RULES = ScoringRules()


@dataclass(frozen=True)
class Score:
    points: int
    band: RiskBand
    failed: bool
    by_severity: Mapping[str, int]


def score(severities: Iterable[str], rules: ScoringRules = DEFAULT_RULES) -> Score:
    """The score of one inspection from the severities of its findings (dropped ones left out
    by the caller)."""
    counts = {severity: 0 for severity in rules.points}
    for severity in severities:
        counts[severity] = counts.get(severity, 0) + 1
    points = sum(rules.points.get(severity, 0) * n for severity, n in counts.items())
    if counts.get("critical", 0) or points > rules.high_up_to:
        band = RiskBand.CRITICAL
    elif points > rules.medium_up_to:
        band = RiskBand.HIGH
    elif points > rules.low_up_to:
        band = RiskBand.MEDIUM
    else:
        band = RiskBand.LOW
    return Score(points, band, points >= rules.fail_at, counts)


class Standing(Enum):
    GOOD = "good"
    SURVEILLANCE = "surveillance"
    SUSPENSION = "suspension or revocation"


def standing(demerits: int, rules: ScoringRules = DEFAULT_RULES) -> Standing:
    """What an agency's demerit total over the window calls for."""
    if demerits >= rules.suspension_at:
        return Standing.SUSPENSION
    if demerits >= rules.surveillance_at:
        return Standing.SURVEILLANCE
    return Standing.GOOD
