"""What goes into a report, gathered from the vault. This is where confidentiality is decided:
an agency-facing report gets no worker code or identity, no confidential answer or attachment,
no count of fewer than three workers and no sign that the visit followed a complaint."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.checklists.model import Form, Question, text_in
from inspector.checklists.render import answer_text
from inspector.checklists.scoring import score
from inspector.reports.content import (
    MIN_CELL,
    SEVERITY_ORDER,
    Acknowledgement,
    ActionEntry,
    AgencyInfo,
    AnswerLine,
    BranchInfo,
    ComplaintLink,
    EvidenceEntry,
    FindingEntry,
    InterviewResults,
    Letterhead,
    ReportContent,
    ScoreSummary,
    StandardRef,
    Tally,
    VisitInfo,
)
from inspector.reports.images import EMBLEM_PIXELS, SIGNATURE_PIXELS, is_image, thumbnail
from inspector.services.evidence import read_attachment
from inspector.services.forms import form_of
from inspector.services.inspections import answers_of, inspection_form
from inspector.services.interviews import interview_summary
from inspector.services.legal_overlays import overlay_of
from inspector.services.profile import get_profile
from inspector.vault.tables import (
    Attachment,
    Complaint,
    Finding,
    FindingSource,
    Inspection,
    InspectionKind,
    InspectorProfile,
    WorkerInterview,
)

# The closing section of the shipped inspection checklist (forms/agency-inspection.yaml, ACK).
ACKNOWLEDGEMENT = {
    "closing_meeting": "closing_meeting_held",
    "representative": "representative_name",
    "role": "representative_role",
    "comments": "agency_comments",
    "signed": "representative_signed",
    "refusal_reason": "refusal_reason",
}
SIGNATURE_QUESTION = "representative_signature"
INTERPRETER_QUESTION = "interpreter_used"


class _Reader:
    """The inspection's form and answers, seen as the report's audience may see them."""

    def __init__(self, session: Session, inspection: Inspection, language: str, internal: bool):
        self.session = session
        self.inspection = inspection
        self.language = language
        self.internal = internal
        self.form: Form = inspection_form(session, inspection)
        self.questions = self.form.all_questions()
        self.answers = answers_of(session, inspection.id)
        self.sections = {s.id: text_in(s.title, language) for s in self.form.sections}
        self.section_order = {s.id: i for i, s in enumerate(self.form.sections)}
        self.overlay = overlay_of(session, inspection.legal_overlay_sha256)
        self.issued_on: dt.date | None = None

    def shown(self, question: Question | None) -> bool:
        if question is None:
            return False
        return self.internal or not (self.form.confidential or question.confidential)

    def question_of(self, path: str | None) -> Question | None:
        if not path:
            return None
        return self.questions.get(path.rsplit(".", 1)[-1].split("[", 1)[0])

    def answer(self, question_id: str) -> str:
        question = self.questions.get(question_id)
        value = self.answers.get(question_id)
        if question is None or not self.shown(question) or value in (None, "", []):
            return ""
        return answer_text(question, value, self.language)

    def text(self, stored: str, original: Any) -> str:
        """The checklist's wording in the report's language, unless the inspector rewrote it."""
        if isinstance(original, dict) and stored == text_in(original, self.form.languages[0]):
            return text_in(original, self.language)
        return stored

    def position(self, finding: Finding) -> int:
        """Where the finding's question sits in the form: findings follow the checklist."""
        question = self.question_of(finding.question_path)
        return self.section_order.get(question.section, 999) if question else 999

    def standard(self, code: str) -> StandardRef:
        """A standard the checklist cites; the overlay's national text replaces the form's."""
        text = self.overlay.provisions.get(code) if self.overlay else None
        text = text or self.form.standards.get(code)
        return StandardRef(code, text_in(text, self.language) if text else "")

    def unedited(self, stored: str, original: Any) -> bool:
        """Whether ``stored`` is the checklist's own wording, not the inspector's."""
        return isinstance(original, dict) and stored == text_in(original, self.form.languages[0])


def report_content(
    session: Session,
    inspection: Inspection,
    *,
    language: str,
    internal: bool,
    issued_at: dt.datetime,
) -> ReportContent:
    reader = _Reader(session, inspection, language, internal)
    reader.issued_on = issued_at.date()
    profile = get_profile(session)
    evidence, evidence_by_question, linked = _evidence(reader)
    findings = sorted(
        session.scalars(select(Finding).where(Finding.inspection_id == inspection.id)),
        key=lambda f: (SEVERITY_ORDER.index(f.severity.value), reader.position(f), f.created_at),
    )
    kept = [f for f in findings if not f.dropped]
    entries = [
        _finding(reader, f, number, evidence_by_question, linked)
        for number, f in enumerate(kept, start=1)
    ]
    dropped: list[FindingEntry] = []
    if internal:
        dropped = [
            _finding(reader, f, number, evidence_by_question, linked)
            for number, f in enumerate([f for f in findings if f.dropped], start=len(kept) + 1)
        ]
    result = score(f.severity.value for f in kept)
    standards = Counter(code for entry in entries for code in (s.code for s in entry.standards))
    summary = ScoreSummary(
        points=result.points,
        band=result.band.value,
        failed=result.failed,
        by_severity=dict(result.by_severity),
        by_standard=tuple(
            (reader.standard(code), n)
            for code, n in sorted(standards.items(), key=lambda item: (-item[1], item[0]))
        ),
    )
    return ReportContent(
        language=language,
        internal=internal,
        authority=profile.authority if profile else "",
        inspector=profile.name if profile else "",
        issued_at=issued_at,
        visit=_visit(reader),
        agency=_agency(inspection),
        score=summary,
        findings=tuple(entries),
        evidence=tuple(evidence),
        interviews=_interviews(reader),
        acknowledgement=_acknowledgement(reader),
        dropped_findings=tuple(dropped),
        complaint=_complaint(reader) if internal else None,
        confidential_answers=_confidential_answers(reader) if internal else (),
        letterhead=_letterhead(profile),
        time_zone=profile.time_zone if profile else "UTC",
        **_legal_frame(reader),
    )


def _letterhead(profile: InspectorProfile | None) -> Letterhead | None:
    if profile is None:
        return None
    emblem = thumbnail(profile.emblem, EMBLEM_PIXELS, keep_png=True) if profile.emblem else None
    return Letterhead(profile.authority, profile.office_address, emblem)


def _agency(inspection: Inspection) -> AgencyInfo:
    agency = inspection.agency
    return AgencyInfo(
        name=agency.name,
        licence_number=agency.licence_number,
        licence_status=agency.licence_status.value,
        licence_valid_from=agency.licence_valid_from,
        licence_valid_until=agency.licence_valid_until,
        address=agency.address,
        city=agency.city,
        country=agency.country,
        responsible_person=agency.responsible_person,
        branches=tuple(BranchInfo(b.name, b.city, b.licence_number) for b in agency.branches),
    )


def _visit(reader: _Reader) -> VisitInfo:
    inspection = reader.inspection
    kind = inspection.kind
    if kind is InspectionKind.COMPLAINT and not reader.internal:
        # ILO C81 Art. 15(c): the agency must not learn that the visit followed a complaint.
        kind = InspectionKind.ROUTINE

    def reference(inspection_id: uuid.UUID | None) -> str:
        other = reader.session.get(Inspection, inspection_id) if inspection_id else None
        return other.reference if other else ""

    form = reader.form
    return VisitInfo(
        reference=inspection.reference,
        kind=kind.value,
        announced=inspection.announced,
        checklist=text_in(form.title, reader.language),
        checklist_version=form.version,
        planned_date=inspection.planned_date,
        started_at=inspection.started_at,
        completed_at=inspection.completed_at,
        locked_at=inspection.locked_at,
        team=tuple(inspection.team),
        place=inspection.place,
        interpreter=reader.answer(INTERPRETER_QUESTION),
        follows_up=reference(inspection.follows_up_id),
        amends=reference(inspection.amends_id),
    )


def _finding(
    reader: _Reader,
    finding: Finding,
    number: int,
    evidence_by_question: dict[str, list[int]],
    linked: dict[uuid.UUID, list[int]],
) -> FindingEntry:
    rule = None
    if finding.rule_id and finding.rule_id in reader.form.rules():
        rule = reader.form.rules()[finding.rule_id][1]
    overlay = reader.overlay
    national = overlay.rule(reader.form.id, finding.rule_id) if overlay and rule else None
    title, notes, wording = finding.title, finding.description, ""
    if finding.source is FindingSource.DERIVED and rule is not None:
        title = reader.text(finding.title, rule.title)
        if national and national.title and reader.unedited(finding.title, rule.title):
            title = text_in(national.title, reader.language)
        wording = text_in(rule.description, reader.language)
        if national and national.description:
            wording = text_in(national.description, reader.language)
        # The rule's own description is its wording, not a note: a note is what the
        # inspector wrote instead.
        notes = "" if reader.unedited(finding.description, rule.description) else notes
    evidence_log = finding.evidence or {}
    answers = []
    numbers: set[int] = set()
    for path, value in (evidence_log.get("answers") or {}).items():
        question = reader.question_of(path)
        if question is None or not reader.shown(question):
            continue
        numbers.update(evidence_by_question.get(path, []))
        label = text_in(question.label, reader.language) or question.id
        answers.append(AnswerLine(label, answer_text(question, value, reader.language)))
    if finding.question_path:
        numbers.update(evidence_by_question.get(finding.question_path, []))
    numbers.update(linked.get(finding.id, []))
    rule_severity = str(evidence_log.get("rule_severity") or "")
    actions = tuple(
        ActionEntry(
            description=reader.text(a.description, rule.corrective_action if rule else None),
            deadline=a.deadline,
            status=a.status.value,
            finding_number=number,
            overdue=_overdue(a.status.value, a.deadline, reader.issued_on),
        )
        for a in sorted(finding.corrective_actions, key=lambda a: (a.deadline, a.created_at))
    )
    question = reader.question_of(finding.question_path)
    return FindingEntry(
        number=number,
        severity=finding.severity.value,
        title=title,
        section=reader.sections.get(question.section, "") if question else "",
        standards=tuple(
            reader.standard(code.strip()) for code in finding.standard.split(",") if code.strip()
        ),
        notes=notes,
        derived=finding.source is FindingSource.DERIVED,
        rule_id=finding.rule_id or "",
        rule_when=str(evidence_log.get("when") or (rule.when.text if rule else "")),
        provision=text_in(national.citation, reader.language) if national else "",
        wording=wording,
        answers=tuple(answers),
        rule_severity=rule_severity if rule_severity != finding.severity.value else "",
        override_reason=finding.override_reason,
        actions=actions,
        evidence_numbers=tuple(sorted(numbers)),
        linked_evidence=tuple(linked.get(finding.id, [])),
    )


def _overdue(status: str, deadline: dt.date, issued_on: dt.date | None) -> bool:
    """An action still to do whose deadline passed before the report was issued: the report
    says so, never plainly "open"."""
    return status in ("open", "in-progress") and issued_on is not None and deadline < issued_on


def _legal_frame(reader: _Reader) -> dict[str, Any]:
    """The legal basis, the right of reply or appeal and what follows a missed deadline, as
    the ministry's overlay words them; left blank, the report says national law decides."""
    overlay, language = reader.overlay, reader.language
    if overlay is None:
        return {}
    days = overlay.appeal_days
    return {
        "legal_basis": text_in(overlay.legal_basis, language),
        "appeal": text_in(overlay.appeal, language),
        "appeal_days": days,
        "appeal_deadline": reader.issued_on + dt.timedelta(days=days)
        if days and reader.issued_on
        else None,
        "overdue_rule": text_in(overlay.overdue, language),
        "legal_overlay": f"{overlay.version} (SHA-256 {overlay.sha256[:16]})",
    }


def _evidence(
    reader: _Reader,
) -> tuple[list[EvidenceEntry], dict[str, list[int]], dict[uuid.UUID, list[int]]]:
    """Every attachment the audience may see, numbered, with a thumbnail for images; for each
    question path the evidence numbers attached there; for each finding the numbers of the files
    the inspector linked to it."""
    attachments = reader.session.scalars(
        select(Attachment)
        .where(Attachment.inspection_id == reader.inspection.id)
        .order_by(Attachment.created_at, Attachment.filename)
    ).all()
    by_id: dict[str, int] = {}
    entries: list[EvidenceEntry] = []
    by_question: dict[str, list[int]] = {}
    by_finding: dict[uuid.UUID, list[int]] = {}
    for attachment in attachments:
        question = reader.question_of(attachment.question_path)
        hidden = attachment.confidential or attachment.interview_id is not None
        if question is not None and not reader.shown(question):
            hidden = True
        if hidden and not reader.internal:
            continue
        number = len(entries) + 1
        image = None
        if is_image(attachment.media_type):
            image = thumbnail(read_attachment(reader.session, attachment.id))
        entries.append(
            EvidenceEntry(
                number=number,
                filename=attachment.filename,
                caption=attachment.caption,
                media_type=attachment.media_type,
                size=attachment.size,
                sha256=attachment.sha256,
                thumbnail=image,
                question=text_in(question.label, reader.language) if question else "",
                confidential=hidden,
            )
        )
        by_id[str(attachment.id)] = number
        if attachment.question_path:
            by_question.setdefault(attachment.question_path, []).append(number)
        if attachment.finding_id is not None:
            by_finding.setdefault(attachment.finding_id, []).append(number)
    # Evidence questions hold attachment ids: link them to the question as well.
    for path, value in reader.answers.items():
        ids = value if isinstance(value, list) else [value]
        for item in ids:
            if isinstance(item, str) and item in by_id:
                by_question.setdefault(path, []).append(by_id[item])
    return entries, by_question, by_finding


def _cell(count: int, internal: bool) -> int | None:
    return count if internal or count >= MIN_CELL else None


def _tally(label: str, count: int, answered: int, internal: bool) -> Tally:
    """A count of the workers who reported something. The agency-facing report never gives
    the exact count when it is every worker who answered, or none of them (complementary
    disclosure: "3 of 3" says what each of them said); the internal report keeps it."""
    if not internal and count == answered:
        return Tally(label, None, share="all")
    if not internal and count == 0:
        return Tally(label, None, share="none")
    return Tally(label, _cell(count, internal))


def _interviews(reader: _Reader) -> InterviewResults | None:
    summary = interview_summary(reader.session, reader.inspection.id)
    if summary.interviewed == 0:
        return None
    titles: dict[str, str] = {}
    snapshots = reader.session.scalars(
        select(WorkerInterview.form_snapshot_id)
        .where(WorkerInterview.inspection_id == reader.inspection.id)
        .distinct()
    ).all()
    for snapshot_id in snapshots:
        interview = reader.session.scalar(
            select(WorkerInterview).where(WorkerInterview.form_snapshot_id == snapshot_id)
        )
        if interview is None or interview.form_snapshot is None:
            continue
        for rule_id, (_question, rule) in form_of(interview.form_snapshot).rules().items():
            titles.setdefault(rule_id, text_in(rule.title, reader.language))
    internal = reader.internal
    withheld = not internal and summary.consented < MIN_CELL
    return InterviewResults(
        interviewed=_cell(summary.interviewed, internal),
        consented=_cell(summary.consented, internal),
        by_rule=()
        if withheld
        else tuple(
            _tally(titles.get(rule, rule), n, summary.consented, internal)
            for rule, n in sorted(summary.by_rule.items(), key=lambda item: (-item[1], item[0]))
        ),
        withheld=withheld,
    )


def _acknowledgement(reader: _Reader) -> Acknowledgement | None:
    values = {field: reader.answer(question) for field, question in ACKNOWLEDGEMENT.items()}
    image, digest = None, ""
    signature_id = reader.answers.get(SIGNATURE_QUESTION)
    if isinstance(signature_id, str) and reader.shown(reader.questions.get(SIGNATURE_QUESTION)):
        try:
            attachment = reader.session.get(Attachment, uuid.UUID(signature_id))
        except ValueError:
            attachment = None
        if attachment is not None and attachment.inspection_id == reader.inspection.id:
            content = read_attachment(reader.session, attachment.id)
            image = thumbnail(content, SIGNATURE_PIXELS, keep_png=True)
            digest = attachment.sha256
    if not any(values.values()) and image is None:
        return None
    return Acknowledgement(**values, signature_image=image, signature_sha256=digest)


def _complaint(reader: _Reader) -> ComplaintLink | None:
    complaint_id = reader.inspection.complaint_id
    complaint = reader.session.get(Complaint, complaint_id) if complaint_id else None
    if complaint is None:
        return None
    # Reference and item ids only: the summary may name the complainant.
    return ComplaintLink(
        reference=complaint.reference,
        received_at=complaint.received_at,
        channel=complaint.channel,
        allegations=tuple(str(a) for a in complaint.allegations),
        status=complaint.status.value,
    )


def _confidential_answers(reader: _Reader) -> tuple[AnswerLine, ...]:
    lines = []
    for path, value in sorted(reader.answers.items()):
        question = reader.question_of(path)
        if question is None or not (question.confidential or reader.form.confidential):
            continue
        label = text_in(question.label, reader.language) or question.id
        lines.append(AnswerLine(label, answer_text(question, value, reader.language)))
    return tuple(lines)
