"""What the inspection editor shows, read from the vault in one go off the GUI thread: the
inspection, its form version and evaluation, thumbnails, findings and interviews."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from inspector.gui.editor.evidence import Thumbnail, make_thumbnail
from inspector.gui.editor.findings import FindingRow, load_findings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.checklists.model import Form
    from inspector.checklists.state import Evaluation
    from inspector.services.interview_progress import InterviewRow
    from inspector.services.rule_wording import RuleWording


@dataclass
class EditorData:
    reference: str
    agency_name: str
    status: str
    kind: str
    form: Form
    evaluation: Evaluation
    thumbnails: dict[str, list[Thumbnail]]
    findings: list[FindingRow]
    interviews: list[InterviewRow] = field(default_factory=list)


def load_thumbnails(
    session: Session, evaluation: Evaluation, wording: RuleWording | None = None
) -> dict[str, list[Thumbnail]]:
    """Thumbnails of the files answering evidence and signature questions, made in memory; the
    title of the finding a file supports in ``wording``'s language."""
    from inspector.checklists.model import QuestionType
    from inspector.services.evidence import is_rendered, read_attachment
    from inspector.vault.tables import Attachment, Finding

    found: dict[str, list[Thumbnail]] = {}
    for path, state in evaluation.questions.items():
        if state.question.type not in (QuestionType.EVIDENCE, QuestionType.SIGNATURE):
            continue
        stored = evaluation.answers.get(path)
        ids = stored if isinstance(stored, list) else [stored] if stored else []
        thumbs = []
        for ident in ids:
            try:
                attachment = session.get(Attachment, uuid.UUID(str(ident)))
            except ValueError:
                attachment = None
            if attachment is None:
                continue
            image = None
            if is_rendered(attachment.media_type):
                image = make_thumbnail(read_attachment(session, attachment.id))
            finding = session.get(Finding, attachment.finding_id) if attachment.finding_id else None
            thumbs.append(Thumbnail(str(attachment.id), attachment.filename, attachment.caption,
                                    image, _title(finding, wording),
                                    str(finding.id) if finding else ""))  # fmt: skip
        found[path] = thumbs
    return found


def _title(finding: Any, wording: RuleWording | None) -> str:
    if finding is None:
        return ""
    return wording.title(finding.rule_id, finding.title) if wording else str(finding.title)


def load_editor(session: Session, inspection_id: uuid.UUID, language: str) -> EditorData:
    from inspector.services.inspections import evaluation_of, get_inspection, inspection_form
    from inspector.services.interview_progress import list_interviews
    from inspector.services.rule_wording import inspection_wording

    inspection = get_inspection(session, inspection_id)
    evaluation = evaluation_of(session, inspection_id)
    return EditorData(
        reference=inspection.reference,
        agency_name=inspection.agency.name,
        status=inspection.status.value,
        kind=inspection.kind.value,
        form=inspection_form(session, inspection),
        evaluation=evaluation,
        thumbnails=load_thumbnails(
            session, evaluation, inspection_wording(session, inspection_id, language)
        ),
        findings=load_findings(session, inspection_id, language),
        interviews=list_interviews(session, inspection_id),
    )
