"""Scores, bands and standings as checklist-reference.md sets them out."""

from __future__ import annotations

import pytest

from inspector.checklists.scoring import RiskBand, Standing, score, standing


@pytest.mark.parametrize(
    ("severities", "points", "band", "failed"),
    [
        ([], 0, RiskBand.LOW, False),
        (["observation"] * 5, 0, RiskBand.LOW, False),
        (["minor"], 4, RiskBand.LOW, False),
        (["minor", "minor"], 8, RiskBand.MEDIUM, False),
        (["major", "minor", "minor"], 16, RiskBand.HIGH, False),
        (["major", "major", "major"], 24, RiskBand.HIGH, False),
        (["major"] * 4, 32, RiskBand.CRITICAL, True),
        (["critical"], 30, RiskBand.CRITICAL, True),
    ],
)
def test_score_and_band(severities: list[str], points: int, band: RiskBand, failed: bool) -> None:
    result = score(severities)
    assert (result.points, result.band, result.failed) == (points, band, failed)
    assert sum(result.by_severity.values()) == len(severities)


def test_any_critical_finding_is_the_highest_band_whatever_the_points() -> None:
    from inspector.checklists.scoring import ScoringRules

    lenient = ScoringRules(points={"critical": 1, "major": 1, "minor": 1, "observation": 0})
    assert score(["critical"], lenient).band is RiskBand.CRITICAL


@pytest.mark.parametrize(
    ("demerits", "expected"),
    [(0, Standing.GOOD), (11, Standing.GOOD), (12, Standing.SURVEILLANCE),
     (23, Standing.SURVEILLANCE), (24, Standing.SUSPENSION)],
)  # fmt: skip
def test_agency_standing_from_demerits(demerits: int, expected: Standing) -> None:
    assert standing(demerits) is expected
