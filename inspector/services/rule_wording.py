"""A derived finding's title and corrective action in the reader's language.

Derived findings are stored in the checklist's first language (services/derivation.py). A window
in another language shows the rule's own wording in its language, looked up in the checklist
version the inspection was started with; a text the inspector rewrote, and a finding the
inspector typed, keep their text."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from inspector.checklists.model import text_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.checklists.model import Form, Text


class RuleWording:
    """The wording of ``form``'s rules in ``language``."""

    def __init__(self, form: Form, language: str) -> None:
        self.rules = {rule_id: rule for rule_id, (_question, rule) in form.rules().items()}
        self.first = form.languages[0]
        self.language = language

    def _shown(self, stored: str, original: Text | None) -> str:
        if original and stored == text_in(original, self.first):
            return text_in(original, self.language)
        return stored  # the inspector's own words

    def title(self, rule_id: str | None, stored: str) -> str:
        rule = self.rules.get(rule_id or "")
        return self._shown(stored, rule.title) if rule is not None else stored

    def action(self, rule_id: str | None, stored: str) -> str:
        rule = self.rules.get(rule_id or "")
        return self._shown(stored, rule.corrective_action) if rule is not None else stored


def inspection_wording(session: Session, inspection_id: uuid.UUID, language: str) -> RuleWording:
    """The wording of the rules of the checklist version ``inspection_id`` was started with."""
    from inspector.services.forms import form_of
    from inspector.services.inspections import get_inspection

    inspection = get_inspection(session, inspection_id)
    return RuleWording(form_of(inspection.form_snapshot), language)


def action_descriptions(
    session: Session, action_ids: list[uuid.UUID], language: str
) -> dict[uuid.UUID, str]:
    """The description of each of ``action_ids`` in ``language`` (one query for them all)."""
    from sqlalchemy import select

    from inspector.services.forms import form_of
    from inspector.vault.tables import CorrectiveAction, Finding, FormSnapshot, Inspection

    if not action_ids:
        return {}
    rows = session.execute(
        select(CorrectiveAction.id, CorrectiveAction.description, Finding.rule_id, FormSnapshot)
        .join(Finding, Finding.id == CorrectiveAction.finding_id)
        .join(Inspection, Inspection.id == CorrectiveAction.inspection_id)
        .join(FormSnapshot, FormSnapshot.id == Inspection.form_snapshot_id)
        .where(CorrectiveAction.id.in_(action_ids), Finding.rule_id.is_not(None))
    )
    wordings: dict[Any, RuleWording] = {}
    shown = {}
    for action_id, description, rule_id, snapshot in rows:
        wording = wordings.get(snapshot.id)
        if wording is None:
            wording = wordings[snapshot.id] = RuleWording(form_of(snapshot), language)
        shown[action_id] = wording.action(rule_id, description)
    return shown
