"""The report counts as its language does: "1 point" and "8 points" in English, "1 punto" in
Spanish, never "1 points"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from inspector.reports.content import ScoreSummary
from tests.reports.fixtures import pdf_text
from tests.reports.test_report_content import minimal_content


@pytest.mark.parametrize(
    ("language", "points", "shown"),
    [
        ("en", 1, "1 point"),
        ("en", 8, "8 points"),
        ("fr", 1, "1 point"),
        ("fr", 8, "8 points"),
        ("es", 1, "1 punto"),
        ("es", 8, "8 puntos"),
    ],
)
def test_the_score_is_counted_in_the_report_language(
    language: str, points: int, shown: str, tmp_path: Path
) -> None:
    from inspector.reports.pdf import build_pdf

    content = minimal_content(
        language=language, score=ScoreSummary(points, "low", False, {"minor": 1})
    )
    path = tmp_path / "report.pdf"
    path.write_bytes(build_pdf(content).content)
    text = pdf_text(path)
    counted = re.findall(rf"\b{points} (?:points?|puntos?)\b", text)
    assert counted == [shown], counted
