"""The report's parts as platypus flowables, in order: cover, summary, findings, corrective
actions, evidence, acknowledgement, internal annexes, the inspector's signature."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from inspector.i18n import translation
from inspector.reports.content import (
    MIN_CELL,
    SEVERITY_ORDER,
    AnswerLine,
    FindingEntry,
    ReportContent,
)
from inspector.reports.fonts import REGULAR, markup, needs_shaping
from inspector.reports.style import (
    BAND_COLOURS,
    RULE_COLOUR,
    SEVERITY_COLOURS,
    SHADE_COLOUR,
    styles,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

Box = tuple[float, float, float, float]


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
    flowables += parts.signature(signature, signature_size)
    return flowables


class _Parts:
    def __init__(self, content: ReportContent, width: float) -> None:
        self.c = content
        self.width = width
        self._ = translation(content.language).gettext
        self.s = styles()

    # --- small helpers ---

    def p(self, text: str, style: str = "body") -> Flowable:
        from reportlab.platypus import Paragraph

        if needs_shaping(text) and style + "+shaped" in self.s:
            style += "+shaped"
        return Paragraph(markup(text).replace("\n", "<br/>"), self.s[style])

    def labelled(self, rows: Sequence[tuple[str, str]], label_width: float = 150) -> Flowable:
        from reportlab.platypus import Table, TableStyle

        data = [[self.p(label, "cellbold"), self.p(value or "-", "cell")] for label, value in rows]
        table = Table(data, colWidths=[label_width, self.width - label_width], hAlign="LEFT")
        table.setStyle(TableStyle(_GRID))
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
        table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([*_GRID, ("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR)]))
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
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return value.isoformat()

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

    # --- the parts ---

    def cover(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak, Spacer

        _, c = self._, self.c
        agency, visit = c.agency, c.visit
        out: list[Flowable] = [self.p(c.authority or _("Licensing authority"), "authority")]
        out.append(self.p(_("Inspection report"), "title"))
        out.append(self.p(visit.checklist, "subtitle"))
        out.append(self.p(_("Reference: {reference}").format(reference=visit.reference), "h2"))
        if c.internal:
            out.append(Spacer(1, 4))
            out.append(
                self.p(
                    _(
                        "INTERNAL — CONFIDENTIAL. This version holds confidential annexes for "
                        "the authority. Never give it to the agency: the agency receives the "
                        "version without annexes."
                    ),
                    "internal",
                )
            )
        out.append(Spacer(1, 10))
        out.append(self.p(_("Agency"), "h2"))
        validity = " - ".join(
            part
            for part in (
                self.date(agency.licence_valid_from),
                self.date(agency.licence_valid_until),
            )
            if part
        )
        branches = "\n".join(
            ", ".join(part for part in (b.name, b.city, b.licence_number) if part)
            for b in agency.branches
        )
        address = ", ".join(part for part in (agency.address, agency.city, agency.country) if part)
        out.append(
            self.labelled(
                [
                    (_("Name"), agency.name),
                    (_("Licence number"), agency.licence_number),
                    (_("Licence status"), self.licence_status(agency.licence_status)),
                    (_("Licence valid"), validity),
                    (_("Address"), address),
                    (_("Responsible person"), agency.responsible_person),
                    (_("Branches"), branches or _("none registered")),
                ]
            )
        )
        out.append(self.p(_("Inspection"), "h2"))
        kinds = {
            "routine": _("Routine inspection"),
            "follow-up": _("Follow-up inspection"),
            "complaint-driven": _("Complaint-driven inspection"),
        }
        visit_dates = " - ".join(
            part for part in (self.date(visit.started_at), self.date(visit.completed_at)) if part
        )
        rows = [
            (_("Kind"), kinds.get(visit.kind, visit.kind)),
            (_("Notice"), _("Announced") if visit.announced else _("Unannounced")),
            (_("Planned date"), self.date(visit.planned_date)),
            (_("Visit"), visit_dates),
            (_("Closed and locked"), self.date(visit.locked_at)),
            (_("Place"), visit.place),
            (_("Inspection team"), ", ".join(visit.team)),
            (_("Interpreter"), visit.interpreter),
            (_("Checklist"), visit.checklist),
        ]
        if visit.follows_up:
            rows.append((_("Follows up"), visit.follows_up))
        if visit.amends:
            rows.append((_("Amends"), visit.amends))
        out.append(self.labelled(rows))
        out.append(self.p(_("Report"), "h2"))
        out.append(
            self.labelled(
                [
                    (_("Inspector"), c.inspector),
                    (_("Authority"), c.authority),
                    (_("Issued"), self.date(c.issued_at)),
                ]
            )
        )
        out.append(Spacer(1, 10))
        out.append(
            self.p(
                _(
                    "This report is signed digitally by the inspector. Any change made after "
                    "signing can be detected: check the signature in a PDF reader or with "
                    "'inspector verify'. The inspector records findings and evidence; the "
                    "licensing authority decides on any measure."
                ),
                "small",
            )
        )
        out.append(PageBreak())
        return out

    def licence_status(self, status: str) -> str:
        _ = self._
        return {
            "pending": _("pending"),
            "active": _("active"),
            "suspended": _("suspended"),
            "revoked": _("revoked"),
            "expired": _("expired"),
        }.get(status, status)

    def summary(self) -> list[Flowable]:
        from reportlab.platypus import Table, TableStyle

        from inspector.reports.chart import severity_chart

        _, score = self._, self.c.score
        bands = {
            "low": _("Low"),
            "medium": _("Medium"),
            "high": _("High"),
            "critical": _("Critical"),
        }
        out: list[Flowable] = [self.p(_("Summary"), "h1")]
        result = (
            _("Fail: {points} points or more, or a critical finding").format(points=30)
            if score.failed
            else _("Below the failure threshold")
        )
        total = sum(score.by_severity.values())
        table = Table(
            [
                [self.p(_("Findings"), "cellbold"), self.p(str(total), "cell")],
                [
                    self.p(_("Score"), "cellbold"),
                    self.p(_("{points} points").format(points=score.points), "cell"),
                ],
                [
                    self.p(_("Risk level"), "cellbold"),
                    self.p(bands.get(score.band, score.band), "finding"),
                ],
                [self.p(_("Result"), "cellbold"), self.p(result, "cell")],
            ],
            colWidths=[150, self.width - 150],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle([*_GRID, ("BACKGROUND", (1, 2), (1, 2), BAND_COLOURS.get(score.band))])
        )
        out.append(table)
        out.append(_spacer(4))
        out.append(
            self.p(
                _(
                    "Points per finding: critical 30, major 8, minor 4, observation 0. Risk "
                    "level: low up to 7 points, medium up to 15, high up to 29, critical from 30 "
                    "or with any critical finding."
                ),
                "small",
            )
        )
        out.append(self.p(_("Findings by severity"), "h2"))
        labels = {s: self.severity(s) for s in SEVERITY_ORDER}
        chart = severity_chart(score.by_severity, labels, SEVERITY_ORDER, self.width * 0.55)
        counts = self.grid(
            [_("Severity"), _("Findings")],
            [[labels[s], str(score.by_severity.get(s, 0))] for s in SEVERITY_ORDER],
            [self.width * 0.25, self.width * 0.15],
        )
        side = Table([[chart, counts]], colWidths=[self.width * 0.58, self.width * 0.42])
        side.setStyle(TableStyle([*_GRID[:1], ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        out.append(side)
        if score.by_standard:
            out.append(self.p(_("Findings by standard"), "h2"))
            out.append(
                self.grid(
                    [_("Standard"), _("Findings")],
                    [
                        [f"{ref.code}: {ref.text}" if ref.text else ref.code, str(n)]
                        for ref, n in score.by_standard
                    ],
                    [self.width * 0.85, self.width * 0.15],
                )
            )
        out += self.interviews()
        return out

    def interviews(self) -> list[Flowable]:
        _, results = self._, self.c.interviews
        if results is None:
            return []
        out: list[Flowable] = [self.p(_("Worker interviews (aggregate)"), "h2")]
        out.append(
            self.labelled(
                [
                    (_("Workers interviewed"), self.count(results.interviewed)),
                    (_("Workers who consented"), self.count(results.consented)),
                ]
            )
        )
        if results.withheld:
            out.append(
                self.p(
                    _(
                        "Fewer than {n} workers consented to an interview: no result is shown, "
                        "so that no worker can be recognised."
                    ).format(n=MIN_CELL)
                )
            )
        elif results.by_rule:
            out.append(
                self.grid(
                    [_("What workers reported"), _("Workers")],
                    [[t.label, self.count(t.count)] for t in results.by_rule],
                    [self.width * 0.8, self.width * 0.2],
                )
            )
        else:
            out.append(self.p(_("No interview answer pointed to a breach.")))
        if not self.c.internal:
            out.append(
                self.p(
                    _(
                        "Interviews are confidential: only totals are shown, never who said "
                        "what, and no count below {n} workers."
                    ).format(n=MIN_CELL),
                    "small",
                )
            )
        return out

    def findings(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak

        _ = self._
        out: list[Flowable] = [PageBreak(), self.p(_("Findings"), "h1")]
        if not self.c.findings:
            out.append(self.p(_("The inspection found no breach.")))
        out += [self.finding(f) for f in self.c.findings]
        return out

    def finding(self, finding: FindingEntry, dropped: bool = False) -> Flowable:
        from reportlab.platypus import KeepTogether, Table, TableStyle

        _ = self._
        colour = SEVERITY_COLOURS.get(finding.severity, RULE_COLOUR)
        head = Table(
            [
                [
                    self.p(self.severity(finding.severity).upper(), "finding"),
                    self.p(f"F{finding.number}. {finding.title}", "finding"),
                ]
            ],
            colWidths=[100, self.width - 100],
            hAlign="LEFT",
        )
        head.setStyle(
            TableStyle(
                [
                    *_GRID[:1],
                    ("BACKGROUND", (0, 0), (-1, -1), "#37474f" if dropped else colour),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        rows: list[tuple[str, str]] = []
        if finding.section:
            rows.append((_("Section"), finding.section))
        if finding.standards:
            rows.append(
                (
                    _("Standard breached"),
                    "\n".join(
                        f"{s.code}: {s.text}" if s.text else s.code for s in finding.standards
                    ),
                )
            )
        if finding.notes:
            rows.append((_("Inspector's notes"), finding.notes))
        if finding.derived:
            how = _("Derived by rule {rule} of the checklist").format(rule=finding.rule_id)
            if finding.rule_when:
                how += " (" + _("condition: {condition}").format(condition=finding.rule_when) + ")"
            rows.append((_("How it was found"), how))
        else:
            rows.append((_("How it was found"), _("Recorded by the inspector")))
        for line in finding.answers:
            rows.append((_("Answer"), f"{line.question}\n→ {line.answer}"))
        if finding.rule_severity:
            rows.append(
                (
                    _("Severity changed"),
                    _("from {old} to {new}: {reason}").format(
                        old=self.severity(finding.rule_severity),
                        new=self.severity(finding.severity),
                        reason=finding.override_reason,
                    ),
                )
            )
        elif finding.override_reason:
            rows.append((_("Dropped") if dropped else _("Override"), finding.override_reason))
        for action in finding.actions:
            rows.append(
                (
                    _("Corrective action"),
                    _("{action}\nDeadline: {deadline} ({status})").format(
                        action=action.description,
                        deadline=self.date(action.deadline),
                        status=self.status(action.status),
                    ),
                )
            )
        if finding.evidence_numbers:
            rows.append(
                (_("Evidence"), ", ".join(f"E{number}" for number in finding.evidence_numbers))
            )
        return KeepTogether([head, self.labelled(rows, 120), _spacer(8)])

    def actions(self) -> list[Flowable]:
        _ = self._
        actions = self.c.actions
        out: list[Flowable] = [self.p(_("Corrective actions"), "h1")]
        if not actions:
            return [*out, self.p(_("No corrective action is required."))]
        out.append(
            self.p(
                _(
                    "The agency carries out each action by its deadline and keeps proof; the "
                    "authority checks critical and major ones on site."
                ),
                "small",
            )
        )
        out.append(
            self.grid(
                [_("Finding"), _("Action"), _("Deadline"), _("Status")],
                [
                    [
                        f"F{a.finding_number}",
                        a.description,
                        self.date(a.deadline),
                        self.status(a.status),
                    ]
                    for a in actions
                ],
                [self.width * 0.1, self.width * 0.58, self.width * 0.16, self.width * 0.16],
            )
        )
        return out

    def evidence(self) -> list[Flowable]:
        from reportlab.platypus import Image, Table, TableStyle

        _ = self._
        out: list[Flowable] = [self.p(_("Evidence"), "h1")]
        if not self.c.evidence:
            return [*out, self.p(_("No file was attached."))]
        out.append(
            self.p(
                _(
                    "Each file is kept by the authority. Its SHA-256 fingerprint identifies it: "
                    "any copy with the same fingerprint is the same file, byte for byte."
                ),
                "small",
            )
        )
        rows: list[list[Any]] = [
            [self.p(h, "cellbold") for h in ("#", _("Preview"), _("File"), _("SHA-256"))]
        ]
        thumb = 72.0
        for item in self.c.evidence:
            picture: Any = ""
            if item.thumbnail:
                image = Image(io.BytesIO(item.thumbnail))
                scale = min(thumb / image.imageWidth, thumb / image.imageHeight)
                image.drawWidth = image.imageWidth * scale
                image.drawHeight = image.imageHeight * scale
                picture = image
            described = "\n".join(
                part
                for part in (
                    item.filename,
                    item.caption,
                    f"{item.media_type}, {_size(item.size)}",
                    item.question,
                    _("confidential") if item.confidential else "",
                )
                if part
            )
            digest = item.sha256[:32] + "\n" + item.sha256[32:]
            rows.append(
                [
                    self.p(f"E{item.number}", "cellbold"),
                    picture,
                    self.p(described, "cell"),
                    self.p(digest, "mono"),
                ]
            )
        widths = [30, thumb + 8, self.width - 38 - thumb - 165, 165]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([*_GRID, ("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR)]))
        out.append(table)
        return out

    def acknowledgement(self) -> list[Flowable]:
        from reportlab.platypus import Image

        _, ack = self._, self.c.acknowledgement
        out: list[Flowable] = [self.p(_("Closing meeting and the agency's comments"), "h1")]
        if ack is None:
            return [*out, self.p(_("No closing meeting was recorded."))]
        rows = [
            (_("Findings read to the agency"), ack.closing_meeting),
            (_("Agency representative"), ack.representative),
            (_("Position"), ack.role),
            (_("Representative signed"), ack.signed),
        ]
        if ack.refusal_reason:
            rows.append((_("Why there is no signature"), ack.refusal_reason))
        out.append(self.labelled([(k, v) for k, v in rows if v]))
        out.append(self.p(_("The agency's comments"), "h2"))
        out.append(self.boxed(ack.comments or _("The agency made no comment.")))
        if ack.signature_image:
            out.append(self.p(_("Signature of the agency's representative"), "h2"))
            image = Image(io.BytesIO(ack.signature_image))
            scale = min(200 / image.imageWidth, 80 / image.imageHeight, 1.0)
            image.drawWidth = image.imageWidth * scale
            image.drawHeight = image.imageHeight * scale
            image.hAlign = "LEFT"
            out.append(image)
            out.append(self.p("SHA-256 " + ack.signature_sha256, "mono"))
        out.append(
            self.p(
                _(
                    "The representative's signature acknowledges the visit and the findings "
                    "read out; it does not mean that the agency agrees with them."
                ),
                "small",
            )
        )
        return out

    def boxed(self, text: str) -> Flowable:
        from reportlab.platypus import Table, TableStyle

        table = Table([[self.p(text)]], colWidths=[self.width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *_GRID[:1],
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE_COLOUR),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def annexes(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak

        _, c = self._, self.c
        out: list[Flowable] = [PageBreak(), self.p(_("Confidential annexes"), "h1")]
        out.append(
            self.p(
                _("For the authority only. Worker codes and identities never appear here either."),
                "internal",
            )
        )
        out.append(self.p(_("Origin of the inspection"), "h2"))
        if c.complaint is None:
            out.append(self.p(_("The inspection did not follow a complaint.")))
        else:
            complaint = c.complaint
            out.append(
                self.labelled(
                    [
                        (_("Complaint"), complaint.reference),
                        (_("Received"), self.date(complaint.received_at)),
                        (_("Channel"), complaint.channel),
                        (_("Allegations (checklist items)"), ", ".join(complaint.allegations)),
                        (_("Complaint status"), complaint.status),
                    ]
                )
            )
            out.append(
                self.p(
                    _(
                        "ILO C81 Art. 15(c): the agency must not learn that the visit followed "
                        "a complaint. The agency-facing report shows it as a routine inspection."
                    ),
                    "small",
                )
            )
        out.append(self.p(_("Dropped findings"), "h2"))
        if c.dropped_findings:
            out += [self.finding(f, dropped=True) for f in c.dropped_findings]
        else:
            out.append(self.p(_("No finding was dropped.")))
        if c.confidential_answers:
            out.append(self.p(_("Confidential answers"), "h2"))
            out.append(self.answers_table(c.confidential_answers))
        return out

    def answers_table(self, lines: Sequence[AnswerLine]) -> Flowable:
        _ = self._
        return self.grid(
            [_("Question"), _("Answer")],
            [[line.question, line.answer] for line in lines],
            [self.width * 0.6, self.width * 0.4],
        )

    def signature(self, record: list[tuple[int, Box]], size: tuple[float, float]) -> list[Flowable]:
        from reportlab.platypus import KeepTogether

        _, c = self._, self.c
        block = [
            self.p(_("Signature of the inspector"), "h2"),
            self.p(
                _("Signed digitally by {inspector}, {authority}.").format(
                    inspector=c.inspector, authority=c.authority or _("Licensing authority")
                )
            ),
            _signature_space(size[0], size[1], record),
        ]
        return [_spacer(12), KeepTogether(block)]


_GRID: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # for empty cells too: no stray Helvetica
    ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _spacer(height: float) -> Flowable:
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


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


def _signature_space(width: float, height: float, record: list[tuple[int, Box]]) -> Flowable:
    cls: Callable[..., Flowable] = _signature_space_class()
    return cls(width, height, record)
