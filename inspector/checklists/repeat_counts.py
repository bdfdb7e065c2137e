"""Repeats whose number of entries the answers give (XLSForm's repeat_count): the entry lists
that follow the count. Entries are added up to it; when it falls, only entries without any
answer are taken away - one holding answers stays, and the evaluation reports the count as a
problem until the inspector removes the entry on purpose."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from inspector.checklists.model import QuestionType
from inspector.checklists.state import Evaluation


def entries_following_counts(evaluation: Evaluation) -> dict[str, list[str] | None]:
    """The new entry list of each repeat whose entries differ from its count (None: none)."""
    answers: Mapping[str, Any] = evaluation.answers
    changed: dict[str, list[str] | None] = {}
    for path, state in evaluation.questions.items():
        question = state.question
        if question.type is not QuestionType.REPEAT or question.repeat is not None:
            continue  # entries of a repeat inside a repeat are not counted here
        if not state.visible or state.count is None:
            continue
        keys = [k for k in answers.get(path) or [] if isinstance(k, str)]
        wanted = state.count
        new = list(keys)
        while len(new) < wanted:
            new.append(uuid.uuid4().hex[:12])
        for key in reversed(keys):
            if len(new) <= wanted:
                break
            prefix = f"{path}[{key}]."
            if not any(p.startswith(prefix) for p in answers):
                new.remove(key)
        if new != keys:
            changed[path] = new or None
    return changed
