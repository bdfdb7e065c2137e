"""What every part of the report is made with: the report's language, paragraphs, labelled and
plain tables, the words for severities and statuses, dates, counts that hide small numbers, and
the empty room the signature stamp is drawn into."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from inspector.errors import InvalidInput
from inspector.i18n import _, translation
from inspector.reports.content import MIN_CELL, ReportContent
from inspector.reports.fonts import REGULAR
from inspector.reports.shaping import needs_engine, paragraph, text_width
from inspector.reports.style import RULE_COLOUR, SHADE_COLOUR, styles

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

Box = tuple[float, float, float, float]


class Layout:
    def __init__(self, content: ReportContent, width: float) -> None:
        self.c = content
        self.width = width
        language = translation(content.language)
        self._ = language.gettext
        self.ngettext = language.ngettext  # "1 point", "2 points", as the language counts
        self.s = styles()

    # --- small helpers ---

    def p(self, text: str, style: str = "body") -> Flowable:
        from reportlab.platypus import Paragraph

        if needs_engine(text):  # another script, or right to left
            return paragraph(text, self.s[style])
        return Paragraph(escape(text).replace("\n", "<br/>"), self.s[style])

    def labelled(self, rows: Sequence[tuple[str, str]], label_width: float = 150) -> Flowable:
        from reportlab.platypus import Table, TableStyle

        data = [[self.p(label, "cellbold"), self.p(value or "-", "cell")] for label, value in rows]
        table = Table(data, colWidths=[label_width, self.width - label_width], hAlign="LEFT")
        table.setStyle(TableStyle(GRID))
        return table

    def grid(
        self, header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]
    ) -> Flowable:
        from reportlab.platypus import Table, TableStyle

        data = [[self.p(h, "cellbold") for h in header]]
        data += [
            [cell if not isinstance(cell, str) else self.p(cell, "cell") for cell in row]
            for row in rows
        ]
        widths = header_widths(header, widths, self.s["cellbold"])
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR)]))
        return table

    def severity(self, severity: str) -> str:
        _ = self._
        return {
            "critical": _("Critical"),
            "major": _("Major"),
            "minor": _("Minor"),
            "observation": _("Observation"),
        }.get(severity, severity)

    def date(self, value: dt.date | dt.datetime | None) -> str:
        """A date in the report language's medium format (CLDR, through Babel: "Nov 20, 2026",
        "20 nov. 2026"); a moment also with its time in the authority's time zone and that
        zone's offset."""
        from babel.dates import format_date, format_time, get_datetime_format, get_timezone_gmt

        if value is None:
            return ""
        locale = _babel_locale(self.c.language)
        if not isinstance(value, dt.datetime):
            return format_date(value, "medium", locale=locale)
        moment = value.astimezone(time_zone(self.c.time_zone))
        pattern = get_datetime_format("medium", locale=locale).replace("'", "")
        return "{when} ({zone})".format(
            when=pattern.replace("{0}", format_time(moment, "short", locale=locale)).replace(
                "{1}", format_date(moment, "medium", locale=locale)
            ),
            zone="UTC"
            if not moment.utcoffset()
            else get_timezone_gmt(moment, "long", locale=locale),
        )

    def status(self, status: str) -> str:
        _ = self._
        return {
            "open": _("open"),
            "in-progress": _("in progress"),
            "done": _("done"),
            "verified": _("verified"),
            "cancelled": _("cancelled"),
        }.get(status, status)

    def count(self, tally: int | None) -> str:
        return self._("fewer than {n}").format(n=MIN_CELL) if tally is None else str(tally)

    def licence_status(self, status: str) -> str:
        _ = self._
        return {
            "pending": _("pending"),
            "active": _("active"),
            "suspended": _("suspended"),
            "revoked": _("revoked"),
            "expired": _("expired"),
        }.get(status, status)

    def boxed(self, text: str) -> Flowable:
        from reportlab.platypus import Table, TableStyle

        # splitInRow: comments longer than a page go on over the next one.
        table = Table([[self.p(text)]], colWidths=[self.width], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    *GRID[:1],
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE_COLOUR),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table


def time_zone(name: str) -> dt.tzinfo:
    """The authority's time zone, by its IANA name ("Asia/Kathmandu")."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidInput(
            _(
                "Unknown time zone '{zone}' for the report; set a time zone name such as "
                "Asia/Kathmandu or UTC in the inspector's profile."
            ).format(zone=name)
        ) from error


def _babel_locale(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


CELL_PADDING = 6.0  # reportlab's left and right padding in a table cell


def header_widths(header: Sequence[str], widths: Sequence[float], style: Any) -> list[float]:
    """Column widths in which no header word is broken ("Consta/t"): a column too narrow for
    the longest word of its header is widened, the room taken from the widest other column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    found = list(widths)
    for index, text in enumerate(header):
        longest = max(
            (
                text_width(word, style.fontSize, bold=True)
                if needs_engine(word)
                else stringWidth(word, style.fontName, style.fontSize)
                for word in text.split()
            ),
            default=0.0,
        )
        need = longest + 2 * CELL_PADDING + 1
        if need > found[index]:
            donor = max((i for i in range(len(found)) if i != index), key=lambda i: found[i])
            found[donor] -= need - found[index]
            found[index] = need
    return found


GRID: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # for empty cells too: no stray Helvetica
    ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def spacer(height: float) -> Flowable:
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def keep_with_next_class() -> type:
    """What the document groups a heading (``keepWithNext``) and the part after it into: when
    they do not fit at the foot of a page, the heading goes on with as much of that part as
    fits there (the first rows of a table, the first lines of a paragraph; a part kept
    together, such as a finding, whole); only when none of it fits do both start the next
    page. reportlab's own KeepTogether would move a whole long table and leave the page half
    empty."""
    from reportlab.platypus import KeepTogether
    from reportlab.platypus.doctemplate import ActionFlowable
    from reportlab.platypus.flowables import _listWrapOn

    class KeepWithNext(KeepTogether):  # type: ignore[misc]
        def split(self, available_width: float, available_height: float) -> list[Flowable]:
            *head, last = self._content
            if head:
                head_height = _listWrapOn(head, available_width, self.canv)[1]
                room = available_height - head_height - head[-1].getSpaceAfter()
                room -= last.getSpaceBefore() + 2
                parts = last.splitOn(self.canv, available_width, room) if room > 0 else []
                if len(parts) > 1 and not isinstance(parts[0], ActionFlowable):
                    return [*head, *parts]
            found: list[Flowable] = super().split(available_width, available_height)
            return found

    return KeepWithNext


def _signature_space_class() -> type:
    from reportlab.platypus import Flowable

    class SignatureSpace(Flowable):
        """Empty room for the signature stamp; notes the page and position it was drawn at."""

        def __init__(self, width: float, height: float, record: list[tuple[int, Box]]) -> None:
            super().__init__()
            self.width, self.height, self.record = width, height, record

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            x, y = self.canv.absolutePosition(0, 0)
            box = (x, y, x + self.width, y + self.height)
            self.record.append((self.canv.getPageNumber() - 1, box))

    return SignatureSpace


def signature_space(width: float, height: float, record: list[tuple[int, Box]]) -> Flowable:
    cls: Callable[..., Flowable] = _signature_space_class()
    return cls(width, height, record)
