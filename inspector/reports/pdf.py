"""The report as a PDF (reportlab platypus): pages with the reference, page numbers and, for an
internal report, the confidentiality mark; a reserved box on the last page where the signature
stamp goes."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspector.i18n import translation
from inspector.reports.archival import make_archival
from inspector.reports.content import ReportContent
from inspector.reports.fonts import REGULAR, register_fonts
from inspector.reports.section_layout import keep_with_next_class
from inspector.reports.shaping import draw_string
from inspector.reports.style import INTERNAL_COLOUR, RULE_COLOUR, page_size

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MARGIN = 56.0  # points: about 2 cm
SIGNATURE_BOX = (250.0, 80.0)  # width, height of the visible signature stamp


@dataclass(frozen=True)
class BuiltPdf:
    content: bytes
    pages: int
    signature_page: int  # 0-based
    signature_box: tuple[float, float, float, float]  # x1, y1, x2, y2 in points


def build_pdf(content: ReportContent, paper: str = "a4") -> BuiltPdf:
    """Lay the report out. Deterministic for the same content apart from the PDF's own ids."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from inspector.reports.sections import story

    register_fonts()
    _ = translation(content.language).gettext
    size = page_size(paper)
    buffer = io.BytesIO()
    title = (
        _("INTERNAL inspection report {reference}")
        if content.internal
        else _("Inspection report {reference}")
    ).format(reference=content.visit.reference)
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 10,
        bottomMargin=MARGIN,
        title=title,
        author=content.inspector,
        subject=content.agency.name,
        creator="Field Inspector",
        lang=content.language,
        # Not reportlab's default Helvetica, which would be a font left out of the file.
        initialFontName=REGULAR,
        initialFontSize=9.5,
    )
    doc.keepTogetherClass = keep_with_next_class()  # a heading and what follows it
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    signature: list[tuple[int, tuple[float, float, float, float]]] = []
    flowables = story(content, doc.width, signature, SIGNATURE_BOX)
    marks = _PageMarks(content, size)
    doc.build(flowables, canvasmaker=_numbered_canvas(marks.draw))
    if not signature:
        raise RuntimeError("the signature box was not placed")
    page, box = signature[-1]
    return BuiltPdf(make_archival(buffer.getvalue()), marks.pages, page, box)


class _PageMarks:
    """What every page carries: authority and reference at the top, page x of y and the report
    reference at the foot, and on an internal report the confidentiality mark at both."""

    def __init__(self, content: ReportContent, size: tuple[float, float]) -> None:
        _ = translation(content.language).gettext
        self.width, self.height = size
        self.authority = content.authority[:90]
        self.reference = content.visit.reference
        self.footer = _("Inspection report {reference}").format(reference=self.reference)
        self.page_of = _("Page {page} of {pages}")
        self.internal = (
            _("INTERNAL — CONFIDENTIAL: for the authority only, never for the agency")
            if content.internal
            else ""
        )
        self.pages = 0

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        from reportlab.lib import colors

        self.pages = pages
        top = self.height - MARGIN + 18
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#455a64"))
        draw_string(canvas, self.authority, MARGIN, top, 8)
        draw_string(canvas, self.reference, self.width - MARGIN, top, 8, bold=True, align="right")
        canvas.setStrokeColor(colors.HexColor(RULE_COLOUR))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 5, self.width - MARGIN, top - 5)
        bottom = MARGIN - 24
        canvas.line(MARGIN, bottom + 11, self.width - MARGIN, bottom + 11)
        draw_string(canvas, self.footer, MARGIN, bottom, 8)
        page_of = self.page_of.format(page=page, pages=pages)
        draw_string(canvas, page_of, self.width - MARGIN, bottom, 8, align="right")
        if self.internal:
            canvas.setFillColor(colors.HexColor(INTERNAL_COLOUR))
            centre = self.width / 2
            draw_string(canvas, self.internal, centre, top + 12, 9, bold=True, align="centre")
            draw_string(canvas, self.internal, centre, bottom - 13, 9, bold=True, align="centre")
        canvas.restoreState()


def _numbered_canvas(draw: Callable[[Canvas, int, int], None]) -> Any:
    """A canvas that holds its pages back until the end, so that each can say 'page x of y'."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
