"""The report's opening: the cover (agency, visit, who reports) and the summary (score, risk
level, findings by severity and by standard, worker interviews in aggregate)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspector.reports.content import MIN_CELL, SEVERITY_ORDER, Tally
from inspector.reports.section_layout import GRID, Layout, spacer
from inspector.reports.style import BAND_COLOURS

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class Overview(Layout):
    def cover(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak, Spacer

        _, c = self._, self.c
        agency, visit = c.agency, c.visit
        out: list[Flowable] = self.letterhead()
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
            (
                _("Checklist"),
                _("{title}, version {version}").format(
                    title=visit.checklist, version=visit.checklist_version
                )
                if visit.checklist_version
                else visit.checklist,
            ),
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

    def letterhead(self) -> list[Flowable]:
        """The authority's emblem beside its name and office address, from the inspector's
        profile, over a rule."""
        import io

        from reportlab.lib.units import cm
        from reportlab.platypus import HRFlowable, Image, Table, TableStyle

        from inspector.reports.style import RULE_COLOUR

        head = self.c.letterhead
        name = (head.authority if head else "") or self.c.authority
        text = [self.p(name or self._("Licensing authority"), "letterhead")]
        if head and head.office_address:
            text.append(self.p(head.office_address, "small"))
        cells: list[Flowable | list[Flowable]] = [text]
        widths = [self.width]
        if head and head.emblem:
            image = Image(io.BytesIO(head.emblem))
            scale = min(2.2 * cm / image.imageHeight, 3.5 * cm / image.imageWidth)
            image.drawWidth = image.imageWidth * scale
            image.drawHeight = image.imageHeight * scale
            cells.insert(0, image)
            widths = [image.drawWidth + 12, self.width - image.drawWidth - 12]
        table = Table([cells], colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    GRID[0],  # the report's font: no stray Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        rule = HRFlowable(width="100%", thickness=0.8, color=RULE_COLOUR, spaceBefore=6)
        return [table, rule, spacer(14)]

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
                    self.p(
                        self.ngettext("{points} point", "{points} points", score.points).format(
                            points=score.points
                        ),
                        "cell",
                    ),
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
            TableStyle([*GRID, ("BACKGROUND", (1, 2), (1, 2), BAND_COLOURS.get(score.band))])
        )
        out.append(table)
        out.append(spacer(4))
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
        side.setStyle(TableStyle([*GRID[:1], ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
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

    def tally(self, tally: Tally) -> str:
        """How many workers reported something, as the report may say it."""
        _ = self._
        if tally.share == "all":
            return _("all or nearly all")
        if tally.share == "none":
            return _("none or almost none")
        return self.count(tally.count)

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
                    [[t.label, self.tally(t)] for t in results.by_rule],
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
                        "what, and no count below {n} workers. When all the workers who "
                        "answered, or none of them, reported something, no number is given."
                    ).format(n=MIN_CELL),
                    "small",
                )
            )
        return out
