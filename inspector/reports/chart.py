"""The small bar chart of findings by severity on the summary page (reportlab graphics)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from inspector.reports.fonts import BOLD, REGULAR, plain
from inspector.reports.style import SEVERITY_COLOURS

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


def severity_chart(
    counts: Mapping[str, int], labels: Mapping[str, str], order: Sequence[str], width: float
) -> Drawing:
    """One horizontal bar per severity, its count at the end of the bar."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    bar, gap, label_width = 14.0, 7.0, 90.0
    height = len(order) * (bar + gap) + gap
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # not the default Helvetica, which is not embedded
    most = max([*counts.values(), 1])
    room = width - label_width - 30
    for index, severity in enumerate(order):
        y = height - (index + 1) * (bar + gap)
        count = counts.get(severity, 0)
        drawing.add(
            String(
                label_width - 6,
                y + 4,
                plain(labels[severity]),
                fontName=REGULAR,
                fontSize=8.5,
                textAnchor="end",
            )
        )
        length = room * count / most
        if count:
            drawing.add(
                Rect(
                    label_width,
                    y,
                    length,
                    bar,
                    fillColor=colors.HexColor(SEVERITY_COLOURS[severity]),
                    strokeColor=None,
                )
            )
        drawing.add(
            String(label_width + length + 4, y + 4, str(count), fontName=BOLD, fontSize=8.5)
        )
    drawing.add(Line(label_width, 0, label_width, height, strokeColor=colors.grey, strokeWidth=0.5))
    return drawing
