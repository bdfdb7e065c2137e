"""The report's parts as platypus flowables, in order: cover, summary, findings, corrective
actions, evidence, acknowledgement, internal annexes, the inspector's signature.

Each group of parts is a module of its own: ``section_overview`` (cover, summary),
``section_findings`` (findings, corrective actions, evidence), ``section_closing``
(acknowledgement, annexes, signature), all built on ``section_layout``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspector.reports.content import ReportContent
from inspector.reports.section_closing import Closing
from inspector.reports.section_findings import FindingPages
from inspector.reports.section_layout import Box
from inspector.reports.section_overview import Overview

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def story(
    content: ReportContent,
    width: float,
    signature: list[tuple[int, Box]],
    signature_size: tuple[float, float],
) -> list[Flowable]:
    parts = _Parts(content, width)
    flowables = parts.cover() + parts.summary() + parts.findings() + parts.actions()
    flowables += parts.evidence() + parts.acknowledgement()
    if content.internal:
        flowables += parts.annexes()
    return keep_with_last(flowables, parts.signature(signature, signature_size), width)


def keep_with_last(flowables: list[Flowable], tail: list[Flowable], width: float) -> list[Flowable]:
    """``flowables`` and then ``tail`` (the inspector's signature), which never stands alone
    on the last page: the part before it goes along with it when that part is short (a long
    table is left to split where it falls)."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import KeepTogether
    from reportlab.platypus.flowables import _listWrapOn

    def parts(flowable: Flowable) -> list[Flowable]:
        # Nested, a KeepTogether counts as infinitely tall: its parts join the group instead.
        return list(flowable._content) if isinstance(flowable, KeepTogether) else [flowable]

    if not flowables:
        return tail
    last = parts(flowables[-1])
    if _listWrapOn(last, width, Canvas(BytesIO()))[1] < 200:
        return [*flowables[:-1], KeepTogether([*last, *(f for part in tail for f in parts(part))])]
    return [*flowables, *tail]


class _Parts(Overview, FindingPages, Closing):
    """Every part of one report."""
