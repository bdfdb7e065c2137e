"""The report's layout as a reader meets it: no heading alone at the foot of a page, no table
header broken inside a word, the inspector's signature never alone on the last page, severity
colours that keep white text readable, dates in the report's language and times in the
authority's time zone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from inspector.reports.content import (
    Acknowledgement,
    ActionEntry,
    AgencyInfo,
    FindingEntry,
    InterviewResults,
    ReportContent,
    ScoreSummary,
    StandardRef,
    Tally,
    VisitInfo,
)

ISSUED = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


def _content(language: str = "en", **changes: object) -> ReportContent:
    action = ActionEntry("Post the fee schedule at the entrance", dt.date(2026, 12, 18), "open", 1)
    findings = (
        FindingEntry(1, "major", "The fee schedule is not posted", actions=(action,)),
        FindingEntry(2, "minor", "The complaints register is incomplete"),
    )
    content = ReportContent(
        language=language,
        internal=False,
        authority="Department of Foreign Employment",
        inspector="Sunita Gurung",
        issued_at=ISSUED,
        visit=VisitInfo("INS-2026-LAYOUT", "routine", False, "Recruitment agency inspection"),
        agency=AgencyInfo("Himal Overseas Pvt. Ltd.", "NP-RA-00042"),
        score=ScoreSummary(12, "medium", False, {"major": 1, "minor": 1}),
        findings=findings,
        interviews=InterviewResults(5, 5, (Tally("Paid a fee to get the job", 3),)),
        acknowledgement=Acknowledgement(closing_meeting="yes", representative="Ram Thapa"),
    )
    return dataclasses.replace(content, **changes)


def _pages(content: ReportContent, tmp_path: Path) -> list[list[str]]:
    """The text lines of each page, without the running header and footer."""
    from inspector.reports.pdf import build_pdf

    path = tmp_path / "report.pdf"
    path.write_bytes(build_pdf(content).content)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    marks = {
        content.authority,
        content.visit.reference,
        f"Inspection report {content.visit.reference}",
    }
    return [
        [line for line in page.splitlines() if line.strip() and line not in marks
         and not re.fullmatch(r"Page \d+ of \d+", line)]
        for page in text.split("\f") if page.strip()
    ]  # fmt: skip


def test_a_heading_never_stands_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """More and more standards push the interviews' heading down the summary page, past its
    foot: at no point is it the last line of a page."""
    heading = "Worker interviews (aggregate)"
    moved = False
    for rows in range(18, 30):
        standards = tuple(
            (StandardRef(f"C181-{n}", "Private Employment Agencies Convention"), 1)
            for n in range(rows)
        )
        score = ScoreSummary(12, "medium", False, {"major": 1, "minor": 1}, standards)
        pages = _pages(_content(score=score), tmp_path)
        where = next(i for i, page in enumerate(pages) if heading in page)
        assert pages[where][-1] != heading, rows
        moved = moved or pages[where][0] == heading
    assert moved, "the heading never reached the foot of a page: the test proves nothing"


def test_the_signature_never_stands_alone_on_the_last_page(tmp_path: Path) -> None:
    """Longer and longer agency comments push the signature onto a page of its own: what comes
    before it goes along."""
    counts = set()
    for lines in range(0, 48, 3):
        comments = "\n".join(f"Comment line {n}." for n in range(lines))
        ack = Acknowledgement(closing_meeting="yes", representative="Ram Thapa", comments=comments)
        pages = _pages(_content(acknowledgement=ack), tmp_path)
        counts.add(len(pages))
        last = pages[-1]
        assert last[0] != "Signature of the inspector", (lines, last)
        if not lines:  # and when there is room it stays where it is
            assert "Closing meeting and the agency's comments" in last, last
    assert len(counts) > 1, "the signature never moved to a new page: the test proves nothing"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Constat", "Mesure", "Délai", "État"]),
        ("es", ["Hallazgo", "Medida", "Plazo", "Estado"]),
    ],
)
def test_table_headers_keep_their_words_whole(
    language: str, words: list[str], tmp_path: Path
) -> None:
    """The corrective actions' header in French and Spanish: each word on one line."""
    from inspector.reports.pdf import build_pdf

    path = tmp_path / "report.pdf"
    path.write_bytes(build_pdf(_content(language)).content)
    boxes = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = set(re.findall(r">([^<]+)</word>", boxes))
    missing = [word for word in words if word not in found]
    assert not missing, sorted(w for w in found if any(w and m.startswith(w) for m in words))


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_severity_and_risk_colours_keep_their_white_text_readable() -> None:
    """WCAG 2 contrast of at least 4.5:1 between the white text of a finding's banner or the
    risk level and the colour behind it."""
    from inspector.reports.style import BAND_COLOURS, SEVERITY_COLOURS, styles

    text = styles()["finding"].textColor.hexval().replace("0x", "#")
    assert _contrast(text, "#ffffff") == 1
    low = {
        name: round(_contrast(text, colour), 2)
        for name, colour in {**SEVERITY_COLOURS, **BAND_COLOURS}.items()
        if _contrast(text, colour) < 4.5
    }
    assert not low, low


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("en", "UTC", ["Nov 20, 2026, 10:00 AM (UTC)", "Dec 18, 2026"]),
        ("fr", "Asia/Kathmandu", ["20 nov. 2026, 15:45 (UTC+05:45)", "18 déc. 2026"]),
        ("es", "America/Mexico_City", ["20 nov 2026, 4:00 (GMT-06:00)", "18 dic 2026"]),
    ],
)
def test_dates_in_the_report_language_and_times_in_the_authority_s_zone(
    language: str, zone: str, expected: list[str], tmp_path: Path
) -> None:
    text = " ".join(" ".join(page) for page in _pages(_content(language, time_zone=zone), tmp_path))
    text = re.sub(r"\s+", " ", text.replace("\u202f", " "))
    missing = [part for part in expected if part not in text]
    assert not missing, text


def test_an_unknown_time_zone_is_refused_by_name(tmp_path: Path) -> None:
    from inspector.errors import InvalidInput

    with pytest.raises(InvalidInput, match="Mars/Olympus"):
        _pages(_content(time_zone="Mars/Olympus"), tmp_path)


def test_a_heading_stays_with_a_finding_where_there_is_room(tmp_path: Path) -> None:
    """A heading followed by a finding (kept together itself) stays on its page when both fit:
    the internal annexes' dropped finding is on the annexes' first page."""
    dropped = FindingEntry(3, "minor", "Notice board outdated", override_reason="Fixed on site")
    content = _content(internal=True, dropped_findings=(dropped,))
    pages = _pages(content, tmp_path)
    annexes = next(page for page in pages if "Confidential annexes" in page)
    assert "Dropped findings" in annexes and "F3. Notice board outdated" in annexes, annexes


def test_agency_comments_longer_than_a_page_go_on_over_the_next(tmp_path: Path) -> None:
    """The agency's comments are its right of reply: a long reply is printed whole, over as
    many pages as it takes (it used to stop the report with a layout error)."""
    comments = "\n".join(f"Comment line {n}." for n in range(120))
    ack = Acknowledgement(closing_meeting="yes", representative="Ram Thapa", comments=comments)
    pages = _pages(_content(acknowledgement=ack), tmp_path)
    printed = [line for page in pages for line in page if line.startswith("Comment line")]
    assert printed == comments.splitlines()
