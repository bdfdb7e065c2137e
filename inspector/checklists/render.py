"""An inspection as text, from its own form version: what the command line prints and what tests
compare before and after a form is replaced. The PDF report and the editor read the same
``Evaluation``; this is its plainest rendering."""

from __future__ import annotations

from typing import Any

from inspector.checklists.model import CHOICE_TYPES, Question, QuestionType, text_in
from inspector.checklists.state import Evaluation, json_value
from inspector.i18n import _


def answer_text(question: Question, stored: Any, language: str) -> str:
    """An answer as a person reads it, in ``language`` where the form has it."""
    if stored is None or stored == "" or stored == []:
        return "-"
    qtype = question.type
    if qtype in CHOICE_TYPES:
        values = stored if isinstance(stored, list) else [stored]
        return ", ".join(question.choice_label(str(v), language) for v in values)
    if qtype is QuestionType.MONEY and isinstance(stored, dict):
        return f"{stored.get('amount')} {stored.get('currency')}"
    if qtype is QuestionType.EVIDENCE and isinstance(stored, list):
        return f"[{len(stored)} file(s)]"
    if qtype is QuestionType.SIGNATURE:
        return "[signed]"
    return str(json_value(stored))


def render_text(evaluation: Evaluation, language: str = "en") -> str:
    form = evaluation.form
    lines = [f"{text_in(form.title, language)} ({form.key})"]
    for progress in evaluation.sections:
        if not progress.visible:
            continue
        section = next(s for s in form.sections if s.id == progress.id)
        lines.append(f"\n{text_in(section.title, language)} [{progress.answered}/{progress.total}]")
        entry = None
        for path, state in evaluation.questions.items():
            question = state.question
            if question.section != section.id or not state.visible:
                continue
            if question.repeat is not None:
                key = path.split("[", 1)[1].split("]", 1)[0]
                if (question.repeat, key) != entry:
                    entry = (question.repeat, key)
                    repeat = form.all_questions()[question.repeat]
                    keys = evaluation.answers.get(question.repeat) or []
                    number = keys.index(key) + 1 if key in keys else 0
                    item = text_in(repeat.item_label, language) or text_in(repeat.label, language)
                    lines.append(f"    {item} {number}")
            indent = "      " if question.repeat else "  "
            label = text_in(question.label, language) or question.id
            if question.type is QuestionType.NOTE:
                continue
            if question.type is QuestionType.REPEAT:
                lines.append(f"{indent}{label}: {len(evaluation.answers.get(path) or [])}")
                continue
            if question.type is QuestionType.CALCULATE:
                value = json_value(evaluation.values.get(path))
                lines.append(f"{indent}{label}: {'-' if value is None else value}")
                continue
            text = answer_text(question, evaluation.answers.get(path), language)
            mark = f"  <{_(state.problem)}>" if state.problem else ""
            lines.append(f"{indent}{label}: {text}{mark}")
    if evaluation.findings:
        lines.append("\n" + _("Findings"))
        for finding in evaluation.findings:
            read = ", ".join(f"{path} = {json_value(v)}" for path, v in finding.answers.items())
            lines.append(
                f"  [{finding.severity}] {text_in(finding.title, language)} "
                f"(rule {finding.rule_id}: {finding.when}; {read})"
            )
    return "\n".join(lines) + "\n"
