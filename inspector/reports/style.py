"""Paper sizes, colours and paragraph styles shared by the report's parts."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.reports.fonts import BOLD, REGULAR, register_fonts

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

PAPERS = ("a4", "letter")

# White text is set on these: each keeps a contrast of at least 4.5:1 with it (WCAG 2 AA).
SEVERITY_COLOURS = {
    "critical": "#b71c1c",
    "major": "#bf360c",
    "minor": "#7a5c00",
    "observation": "#546e7a",
}
BAND_COLOURS = {"low": "#2e7d32", "medium": "#7a5c00", "high": "#bf360c", "critical": "#b71c1c"}
INTERNAL_COLOUR = "#c62828"
RULE_COLOUR = "#9e9e9e"
SHADE_COLOUR = "#eef1f4"


def page_size(paper: str) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, LETTER

    sizes = {"a4": A4, "letter": LETTER}
    if paper not in sizes:
        raise InvalidInput(
            _("Unknown paper size '{paper}'; use one of: {choices}.").format(
                paper=paper, choices=", ".join(PAPERS)
            )
        )
    return sizes[paper]


@cache
def styles() -> dict[str, ParagraphStyle]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, spaceAfter=3)
    found = {
        "body": body,
        # A note introduces what follows it (a table) or ends a part: kept with the next.
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, keepWithNext=1),
        "mono": ParagraphStyle("mono", parent=body, fontSize=7, leading=9),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellbold": ParagraphStyle(
            "cellbold", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=22, leading=27, spaceAfter=8
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=13, leading=17, spaceAfter=6),
        "authority": ParagraphStyle(
            "authority",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceAfter=18,
            textColor=colors.HexColor("#37474f"),
        ),
        "letterhead": ParagraphStyle(
            "letterhead",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=16.5,
            spaceAfter=2,
            textColor=colors.HexColor("#263238"),
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=8,
            keepWithNext=1,  # never alone at the foot of a page
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "finding": ParagraphStyle(
            "finding",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceAfter=0,
            textColor=colors.white,
        ),
        "internal": ParagraphStyle(
            "internal",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=colors.HexColor(INTERNAL_COLOUR),
        ),
    }
    return found
