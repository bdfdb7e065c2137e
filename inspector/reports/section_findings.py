"""The report's findings (each with the standard, the rule and answers behind it, its corrective
actions and evidence), the table of corrective actions, and the evidence list with thumbnails and
SHA-256 fingerprints."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from inspector.reports.content import ActionEntry, FindingEntry
from inspector.reports.section_layout import GRID, Layout, file_size, spacer
from inspector.reports.style import RULE_COLOUR, SEVERITY_COLOURS, SHADE_COLOUR

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class FindingPages(Layout):
    def findings(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak

        _ = self._
        out: list[Flowable] = [PageBreak(), self.p(_("Findings"), "h1")]
        out += self.legal_basis()
        if not self.c.findings:
            out.append(self.p(_("The inspection found no breach.")))
        out += [self.finding(f) for f in self.c.findings]
        return out

    def legal_basis(self) -> list[Flowable]:
        _, c = self._, self.c
        text = c.legal_basis or _(
            "The licensing authority inspects recruitment agencies under the powers, and "
            "following the procedure, provided by national law."
        )
        out = [self.p(_("Legal basis of the inspection"), "h2"), self.p(text)]
        if c.legal_overlay:
            out.append(
                self.p(
                    _("National provisions cited from the ministry's overlay {version}.").format(
                        version=c.legal_overlay
                    ),
                    "small",
                )
            )
        return [*out, spacer(6)]

    def action_status(self, action: ActionEntry) -> str:
        """An action past its deadline at issue time is overdue, never plainly "open"."""
        _, status = self._, self.status(action.status)
        return _("overdue: still {status}").format(status=status) if action.overdue else status

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
                    *GRID[:1],
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
        if finding.provision:
            rows.append((_("National provision breached"), finding.provision))
        if finding.standards:
            rows.append(
                (
                    _("Supporting references") if finding.provision else _("Standard breached"),
                    "\n".join(
                        f"{s.code}: {s.text}" if s.text else s.code for s in finding.standards
                    ),
                )
            )
        if finding.wording:
            rows.append((_("What was found"), finding.wording))
        if finding.notes:
            rows.append((_("Inspector's notes"), finding.notes))
        if finding.derived:
            how = _("Derived by rule {rule} of the checklist").format(rule=finding.rule_id)
            # The rule's expression is for the authority: the agency reads the rule's wording
            # and the answers it follows from, never "count_selected(.) > 0".
            if finding.rule_when and self.c.internal:
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
                        status=self.action_status(action),
                    ),
                )
            )
        if finding.evidence_numbers:
            rows.append(
                (_("Evidence"), ", ".join(f"E{number}" for number in finding.evidence_numbers))
            )
        return KeepTogether([head, self.labelled(rows, 120), *self.linked(finding), spacer(8)])

    def linked(self, finding: FindingEntry) -> list[Flowable]:
        """The photos the inspector linked to this finding, shown with it, each with its number
        and caption (the evidence list holds the file's details)."""
        from reportlab.platypus import Table

        shown = [e for e in self.c.evidence if e.number in finding.linked_evidence and e.thumbnail]
        if not shown:
            return []
        cells = [
            [self.picture(e.thumbnail, 120.0), self.p(f"E{e.number}. {e.caption}", "small")]
            for e in shown
            if e.thumbnail
        ]
        return [Table(cells, colWidths=[128, self.width - 128], hAlign="LEFT")]

    def picture(self, jpeg: bytes, side: float) -> Flowable:
        from reportlab.platypus import Image

        image = Image(io.BytesIO(jpeg))
        scale = min(side / image.imageWidth, side / image.imageHeight)
        image.drawWidth = image.imageWidth * scale
        image.drawHeight = image.imageHeight * scale
        return image

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
            self.p(
                self.c.overdue_rule
                or _(
                    "When a corrective action's deadline passes without proof that it was "
                    "carried out, the authority may take the measures provided by national law, "
                    "from a warning to the suspension or cancellation of the licence."
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
                        self.action_status(a),
                    ]
                    for a in actions
                ],
                [self.width * 0.1, self.width * 0.58, self.width * 0.16, self.width * 0.16],
            )
        )
        return out

    def evidence(self) -> list[Flowable]:
        from reportlab.platypus import Table, TableStyle

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
            picture: Any = self.picture(item.thumbnail, thumb) if item.thumbnail else ""
            described = "\n".join(
                part
                for part in (
                    item.filename,
                    item.caption,
                    f"{item.media_type}, {file_size(item.size)}",
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
        table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR)]))
        out.append(table)
        return out
