"""The report's closing: the closing meeting and the agency's comments, the confidential annexes
of an internal report, and the inspector's signature."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from inspector.reports.content import AnswerLine
from inspector.reports.section_layout import Box, Layout, signature_space, spacer

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class Closing(Layout):
    def acknowledgement(self) -> list[Flowable]:
        from reportlab.platypus import Image

        _, ack = self._, self.c.acknowledgement
        out: list[Flowable] = [self.p(_("Closing meeting and the agency's comments"), "h1")]
        if ack is None:
            return [*out, self.p(_("No closing meeting was recorded.")), *self.right_of_reply()]
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
        return out + self.right_of_reply()

    def right_of_reply(self) -> list[Flowable]:
        _, c = self._, self.c
        out: list[Flowable] = [self.p(_("Right of reply and appeal"), "h2")]
        out.append(
            self.p(
                c.appeal
                or _(
                    "The agency may reply to these findings in writing, or appeal against them, "
                    "within the time and in the manner provided by national law."
                )
            )
        )
        if c.appeal_days and c.appeal_deadline:
            out.append(
                self.p(
                    _(
                        "Deadline for a reply or an appeal: {date} ({days} days after this "
                        "report was issued)."
                    ).format(date=self.date(c.appeal_deadline), days=c.appeal_days)
                )
            )
        return out

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
            signature_space(size[0], size[1], record),
        ]
        return [spacer(12), KeepTogether(block)]
