"""Derived findings kept in step with the answers.

After every answer the form is evaluated again and the stored derived findings are reconciled:
a rule that now fires adds its finding (with the rule's default corrective action), one that no
longer fires withdraws it, and one that still fires keeps the inspector's overrides and edits but
takes the answers that now produce it. Each step is an audit event, so a supervisor can follow
why a finding appeared or went.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from inspector.checklists.model import Form, text_in
from inspector.checklists.state import DerivedFinding, Evaluation
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import (
    CorrectiveAction,
    Finding,
    FindingSource,
    Inspection,
    Severity,
)


def _evidence(form: Form, derived: DerivedFinding) -> dict[str, Any]:
    return {
        "form": form.key,
        "rule": derived.rule_id,
        "when": derived.when,
        "rule_severity": derived.severity,
        "answers": dict(derived.answers),
    }


def refresh_findings(
    uow: UnitOfWork, inspection: Inspection, form: Form, evaluation: Evaluation, today: dt.date
) -> None:
    session = uow.session
    language = form.languages[0]
    stored = {
        (finding.rule_id or "", finding.question_path or ""): finding
        for finding in session.scalars(
            select(Finding).where(
                Finding.inspection_id == inspection.id, Finding.source == FindingSource.DERIVED
            )
        )
    }
    fired = {derived.key: derived for derived in evaluation.findings}
    for key, finding in stored.items():
        if key in fired:
            continue
        for action in finding.corrective_actions:  # deleted with the finding (ORM cascade)
            uow.changed(action, "corrective_action.withdrawn", inspection_id=inspection.id,
                        operation="delete")  # fmt: skip
        uow.changed(
            finding,
            "finding.withdrawn",
            inspection_id=inspection.id,
            details={"rule": finding.rule_id, "question": finding.question_path},
            operation="delete",
        )
        session.delete(finding)
    for key, derived in fired.items():
        finding = stored.get(key)
        evidence = _evidence(form, derived)
        if finding is not None:
            if finding.evidence != evidence:
                finding.evidence = evidence
                uow.changed(
                    finding,
                    "finding.answers_changed",
                    inspection_id=inspection.id,
                    details={"rule": derived.rule_id, "question": derived.question_path},
                )
            continue
        finding = Finding(
            id=uuid.uuid4(),
            inspection_id=inspection.id,
            source=FindingSource.DERIVED,
            rule_id=derived.rule_id,
            question_path=derived.question_path,
            severity=Severity(derived.severity),
            standard=", ".join(derived.standards),
            title=text_in(derived.title, language),
            description=text_in(derived.description, language),
            evidence=evidence,
        )
        uow.changed(
            finding,
            "finding.derived",
            inspection_id=inspection.id,
            details={
                "rule": derived.rule_id,
                "question": derived.question_path,
                "severity": derived.severity,
                "answers": sorted(derived.answers),  # which answers, never their values
            },
        )
        action_text = text_in(derived.corrective_action, language)
        if action_text and derived.deadline_days is not None:
            # An observation has no deadline: its advice stays in the rule, not in an action.
            action = CorrectiveAction(
                id=uuid.uuid4(),
                finding_id=finding.id,
                inspection_id=inspection.id,
                description=action_text,
                deadline=today + dt.timedelta(days=derived.deadline_days),
            )
            uow.changed(
                action,
                "corrective_action.proposed",
                inspection_id=inspection.id,
                details={"rule": derived.rule_id, "deadline": action.deadline.isoformat()},
            )
