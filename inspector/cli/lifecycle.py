"""The inspection lifecycle as commands: answer, complete, lock, reopen, amend; findings and their
corrective actions. Each handler calls the same service the window calls
(``inspector.services.inspections`` and ``.findings``) in one unit of work, and prints what
changed; refusals are the services' own messages and exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from inspector.i18n import _, ngettext

if TYPE_CHECKING:
    from inspector.checklists.model import Question
    from inspector.checklists.state import Evaluation
    from inspector.services.uow import UnitOfWork
    from inspector.vault.tables import Inspection

SEVERITIES = ("critical", "major", "minor", "observation")


def _subcommands(parser: argparse.ArgumentParser) -> Any:
    """The subcommand list of a command group registered elsewhere (``inspections``)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(parser.prog)


def register(sub: Any) -> None:
    inspections = _subcommands(sub.choices["inspections"])
    _register_inspections(inspections)

    findings = sub.add_parser("findings", help=_("an inspection's findings"))
    findings_sub = findings.add_subparsers(
        dest="findings_command", metavar="COMMAND", required=True
    )
    listing = findings_sub.add_parser(
        "list", help=_("findings and corrective actions of an inspection, with their ids")
    )
    listing.add_argument("inspection", metavar="REFERENCE", help=_("reference or id"))
    listing.set_defaults(handler=cmd_findings_list)
    add = findings_sub.add_parser(
        "add", help=_("add a finding of the inspector's own (with a corrective action)")
    )
    add.add_argument("inspection", metavar="REFERENCE", help=_("reference or id"))
    add.add_argument("--severity", required=True, choices=SEVERITIES)
    add.add_argument("--title", required=True, help=_("what was found, in one line"))
    add.add_argument("--standard", default="", help=_("the standard breached (IRIS-1, ...)"))
    add.add_argument("--description", default="", help=_("the inspector's notes"))
    add.add_argument("--action", default="", help=_("the corrective action the agency must take"))
    add.add_argument(
        "--deadline",
        type=_date,
        metavar="YYYY-MM-DD",
        help=_("the corrective action's deadline (default: by severity, 14 to 90 days)"),
    )
    add.set_defaults(handler=cmd_findings_add)

    actions = sub.add_parser("actions", help=_("corrective actions"))
    actions_sub = actions.add_subparsers(dest="actions_command", metavar="COMMAND", required=True)
    done = actions_sub.add_parser(
        "done", help=_("mark a corrective action done (also after the inspection is locked)")
    )
    done.add_argument("action", metavar="ID", help=_("the action's id or its first characters"))
    done.add_argument("--verification", default="", help=_("how it was checked"))
    done.add_argument(
        "--status",
        default="done",
        choices=["open", "in-progress", "done", "verified", "cancelled"],
        help=_("another status than done"),
    )
    done.set_defaults(handler=cmd_actions_done)


def _register_inspections(sub: Any) -> None:
    start = sub.add_parser("start", help=_("start an inspection of an agency"))
    start.add_argument("agency", metavar="LICENCE", help=_("the agency's licence number"))
    start.add_argument(
        "--form",
        default="agency-inspection",
        help=_("a shipped checklist's id or a checklist file (default: agency-inspection)"),
    )
    start.add_argument("--planned", type=_date, metavar="YYYY-MM-DD", help=_("the visit's day"))
    start.add_argument("--place", default="", help=_("where the visit takes place"))
    start.add_argument(
        "--team", action="append", default=[], metavar="NAME", help=_("a team member (repeat)")
    )
    start.add_argument("--announced", action="store_true", help=_("the agency was told before"))
    start.set_defaults(handler=cmd_start)

    questions = sub.add_parser(
        "questions", help=_("the questions to answer, with the path 'answer' takes")
    )
    questions.add_argument("inspection", metavar="REFERENCE", help=_("reference or id"))
    questions.add_argument(
        "--missing", action="store_true", help=_("only those missing or invalid")
    )
    questions.add_argument("--lang", default="en", help=_("language of the checklist wording"))
    questions.set_defaults(handler=cmd_questions)

    answer = sub.add_parser("answer", help=_("record one answer (as the editor saves it)"))
    answer.add_argument("inspection", metavar="REFERENCE", help=_("reference or id"))
    answer.add_argument("question", metavar="QUESTION", help=_("its path, as 'questions' shows"))
    answer.add_argument(
        "value",
        metavar="VALUE",
        nargs="*",
        help=_("the answer: a choice, a number, text, a date; several choices for a multiple one"),
    )
    answer.add_argument("--json", action="store_true", help=_("VALUE is a JSON value"))
    answer.add_argument("--clear", action="store_true", help=_("remove the answer"))
    answer.set_defaults(handler=cmd_answer)

    entry = sub.add_parser("add-entry", help=_("a new entry in a repeat; prints its key"))
    entry.add_argument("inspection", metavar="REFERENCE", help=_("reference or id"))
    entry.add_argument("repeat", metavar="REPEAT", help=_("the repeat's question id"))
    entry.set_defaults(handler=cmd_add_entry)

    for name, handler, text in (
        ("complete", cmd_complete, _("mark an inspection complete (every required answer given)")),
        ("lock", cmd_lock, _("lock a completed inspection; after that only amendments")),
    ):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("inspection", metavar="REFERENCE", help=_("reference or id"))
        parser.set_defaults(handler=handler)
        if name == "complete":
            parser.add_argument(
                "--unfinished-interviews-ok",
                action="store_true",
                help=_("complete although worker interviews miss required answers"),
            )
    for name, handler, text in (
        ("reopen", cmd_reopen, _("reopen a completed inspection (not a locked one)")),
        ("amend", cmd_amend, _("start an amendment of a locked inspection")),
    ):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("inspection", metavar="REFERENCE", help=_("reference or id"))
        parser.add_argument("--reason", required=True, help=_("why; kept in the audit trail"))
        parser.set_defaults(handler=handler)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date (YYYY-MM-DD)").format(text=text)
        ) from None


@contextmanager
def _writing(args: argparse.Namespace) -> Iterator[tuple[UnitOfWork, Inspection]]:
    """One unit of work on the vault, and the inspection ``args`` names."""
    from inspector.services.inspections import find_inspection

    with _unit_of_work(args) as uow:
        yield uow, find_inspection(uow.session, args.inspection)


@contextmanager
def _unit_of_work(args: argparse.Namespace) -> Iterator[UnitOfWork]:
    from inspector.cli.vault_access import open_vault
    from inspector.services.uow import UnitOfWork

    with open_vault(args) as vault, UnitOfWork(vault) as uow:
        yield uow


def _problems(evaluation: Evaluation) -> str:
    count = len(evaluation.problems)
    if not count:
        return _("every required answer is given")
    return ngettext(
        "{n} answer still missing or invalid", "{n} answers still missing or invalid", count
    ).format(n=count)


# --- answers ---


def cmd_start(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sqlalchemy import select

    from inspector.checklists.library import shipped_form
    from inspector.checklists.loader import load_file
    from inspector.errors import NotFound
    from inspector.services.inspections import get_inspection, start_inspection
    from inspector.vault.tables import Agency

    form = load_file(Path(args.form)) if args.form.endswith((".yaml", ".yml")) else None
    form = form or shipped_form(args.form)
    with _unit_of_work(args) as uow:
        licence = args.agency.strip()
        agency_id = uow.session.scalar(select(Agency.id).where(Agency.licence_number == licence))
        if agency_id is None:
            raise NotFound(_("No agency with licence number {licence}.").format(licence=licence))
        inspection_id = start_inspection(
            uow,
            agency_id,
            form,
            team=args.team,
            place=args.place,
            planned_date=args.planned,
            announced=args.announced,
        )
        uow.session.flush()
        reference = get_inspection(uow.session, inspection_id).reference
    print(
        _(
            "Inspection {reference} started ({form}). Its questions: "
            "inspector inspections questions {reference}"
        ).format(reference=reference, form=form.key)
    )
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    from inspector.checklists.model import QuestionType, text_in
    from inspector.checklists.render import answer_text
    from inspector.cli.vault_access import open_vault
    from inspector.services.inspections import evaluation_of, find_inspection

    with open_vault(args) as vault, vault.reading() as session:
        inspection = find_inspection(session, args.inspection)
        evaluation = evaluation_of(session, inspection.id)
        reference, status = inspection.reference, inspection.status.value
    print(f"{reference} ({status}): {_problems(evaluation)}")
    for path, state in evaluation.questions.items():
        question = state.question
        if not state.visible or question.type in (QuestionType.NOTE, QuestionType.CALCULATE):
            continue
        if args.missing and state.problem is None:
            continue
        kind = question.type.value
        # a choice_filter's choices: those the answers above let through
        choices = question.choices if state.offered is None else state.offered
        if question.choices:
            kind += ": " + "|".join(choice.value for choice in choices)
        label = text_in(question.label, args.lang) or question.id
        stored = evaluation.answers.get(path)
        line = f"{path}  [{kind}]  {label}"
        if question.type is not QuestionType.REPEAT:
            line += f" = {answer_text(question, stored, args.lang)}"
        if state.problem == "missing":
            line += "  " + _("<missing>")
        elif state.problem:
            line += f"  <{state.problem}>"
        print(line)
    return 0


def _value(question: Question | None, words: list[str]) -> Any:
    """What the command line gave, in the shape ``record_answer`` takes for the question."""
    from inspector.checklists.model import QuestionType
    from inspector.errors import InvalidInput

    kind = question.type if question is not None else None
    if kind in (QuestionType.SELECT_MULTIPLE, QuestionType.EVIDENCE):
        return words
    if kind is QuestionType.REPEAT:
        raise InvalidInput(
            _("'{question}' is a repeat: add an entry with 'inspections add-entry'.").format(
                question=question.id if question else ""
            )
        )
    if kind is QuestionType.MONEY and len(words) == 2:
        return {"amount": words[0], "currency": words[1].upper()}
    return " ".join(words)


def cmd_answer(args: argparse.Namespace) -> int:
    from inspector.checklists.answers import PATH
    from inspector.errors import InvalidInput
    from inspector.services.inspections import inspection_form, record_answer

    if args.clear == bool(args.value):
        raise InvalidInput(_("Give the answer, or --clear to remove it (not both)."))
    with _writing(args) as (uow, inspection):
        if args.clear:
            value = None
        elif args.json:
            try:
                value = json.loads(" ".join(args.value))
            except ValueError:
                raise InvalidInput(_("The answer given with --json is not JSON.")) from None
        else:
            match = PATH.match(args.question)
            form = inspection_form(uow.session, inspection)
            question = form.all_questions().get(match.group("question")) if match else None
            value = _value(question, args.value)
        saved = record_answer(uow, inspection.id, args.question, value)
        reference = inspection.reference
    if not saved.changed:
        message = _("{reference}: '{question}' already had that answer; nothing changed.")
    elif value is None:
        message = _("{reference}: the answer to '{question}' was removed.")
    else:
        message = _("{reference}: the answer to '{question}' was recorded.")
    print(message.format(reference=reference, question=args.question))
    state = saved.evaluation.questions.get(args.question)
    if value is not None and state is not None and state.problem not in (None, "missing"):
        # kept, as in the window, and said: an answer out of the choices offered, say
        print(
            _("{reference}: the answer to '{question}' is invalid: {problem}.").format(
                reference=reference, question=args.question, problem=state.problem
            )
        )
    findings = len(saved.evaluation.findings)
    print(
        _("Inspection {reference} is {status}; {problems}; {findings}.").format(
            reference=reference,
            status=saved.status.value,
            problems=_problems(saved.evaluation),
            findings=ngettext(
                "{n} finding derived from the answers", "{n} findings derived from the answers",
                findings,
            ).format(n=findings),
        )
    )  # fmt: skip
    return 0


def cmd_add_entry(args: argparse.Namespace) -> int:
    from inspector.services.inspections import add_entry

    with _writing(args) as (uow, inspection):
        key = add_entry(uow, inspection.id, args.repeat)
    print(key)
    return 0


# --- status ---


def _transition(
    args: argparse.Namespace, change: Callable[[UnitOfWork, uuid.UUID], Any]
) -> tuple[str, Any]:
    with _writing(args) as (uow, inspection):
        result = change(uow, inspection.id)
        return inspection.reference, result


def cmd_complete(args: argparse.Namespace) -> int:
    from inspector.services.inspections import complete_inspection

    anyway = bool(args.unfinished_interviews_ok)
    reference, _result = _transition(
        args, lambda uow, ident: complete_inspection(uow, ident, unfinished_interviews_ok=anyway)
    )
    print(
        _(
            "Inspection {reference} is completed. Lock it to report it: "
            "inspector inspections lock {reference}"
        ).format(reference=reference)
    )
    return 0


def cmd_lock(args: argparse.Namespace) -> int:
    from inspector.services.inspections import lock_inspection

    reference, _result = _transition(args, lock_inspection)
    print(
        _(
            "Inspection {reference} is locked: it never changes again (corrections are "
            "amendments). Its signed report: inspector report {reference} -o FILE.pdf"
        ).format(reference=reference)
    )
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from inspector.services.inspections import reopen_inspection

    reference, _result = _transition(
        args, lambda uow, inspection_id: reopen_inspection(uow, inspection_id, args.reason)
    )
    print(_("Inspection {reference} is in progress again.").format(reference=reference))
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    from inspector.services.inspections import amend_inspection, get_inspection

    def amend(uow: UnitOfWork, inspection_id: uuid.UUID) -> str:
        amendment = amend_inspection(uow, inspection_id, args.reason)
        uow.session.flush()
        return get_inspection(uow.session, amendment).reference

    reference, amendment = _transition(args, amend)
    print(
        _(
            "Amendment {amendment} of {reference} started, with its answers and findings; "
            "{reference} stays as it was locked."
        ).format(amendment=amendment, reference=reference)
    )
    return 0


# --- findings and corrective actions ---


def cmd_findings_list(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.inspections import find_inspection

    with open_vault(args) as vault, vault.reading() as session:
        inspection = find_inspection(session, args.inspection)
        lines = []
        for finding in sorted(
            inspection.findings, key=lambda f: (SEVERITIES.index(f.severity.value), f.title)
        ):
            dropped = "  " + _("(dropped)") if finding.dropped else ""
            lines.append(
                f"{finding.id.hex[:8]}  {finding.severity.value:<11}  {finding.source.value:<7}  "
                f"{finding.title}{dropped}"
            )
            for action in sorted(finding.corrective_actions, key=lambda a: a.deadline):
                lines.append(
                    f"    {_('action')} {action.id.hex[:8]}  {action.status.value:<11}  "
                    f"{action.deadline.isoformat()}  {action.description}"
                )
        reference, count = inspection.reference, len(inspection.findings)
    if not lines:
        print(_("Inspection {reference} has no findings.").format(reference=reference))
        return 0
    print(
        ngettext("{reference}: {n} finding", "{reference}: {n} findings", count)
        .format(reference=reference, n=count)
    )  # fmt: skip
    print("\n".join(lines))
    return 0


# The deadlines the shipped checklists give by severity (README "Checklists").
_DEADLINE_DAYS = {"critical": 14, "major": 60, "minor": 90, "observation": 90}


def cmd_findings_add(args: argparse.Namespace) -> int:
    from inspector.errors import InvalidInput
    from inspector.services.findings import add_corrective_action, add_finding
    from inspector.vault.tables import Severity

    if args.deadline and not args.action.strip():
        raise InvalidInput(_("--deadline is the corrective action's: give --action too."))
    with _writing(args) as (uow, inspection):
        finding = add_finding(
            uow,
            inspection.id,
            severity=Severity(args.severity),
            title=args.title,
            standard=args.standard,
            description=args.description,
        )
        action = None
        if args.action.strip():
            deadline = args.deadline or dt.date.today() + dt.timedelta(
                days=_DEADLINE_DAYS[args.severity]
            )
            action = add_corrective_action(uow, finding, args.action, deadline)
        reference = inspection.reference
    print(_("Finding {id} added to {reference}.").format(id=finding.hex[:8], reference=reference))
    if action is not None:
        print(
            _("Corrective action {id}, due {deadline}.").format(
                id=action.hex[:8], deadline=deadline.isoformat()
            )
        )
    return 0


def _action_id(uow: UnitOfWork, text: str) -> uuid.UUID:
    """An action by its id, or by the first characters of it as 'findings list' prints them."""
    from sqlalchemy import String, cast, select

    from inspector.errors import InvalidInput, NotFound
    from inspector.vault.tables import CorrectiveAction

    prefix = text.strip().lower().replace("-", "")
    if len(prefix) < 6 or any(c not in "0123456789abcdef" for c in prefix):
        raise InvalidInput(
            _("'{text}' is not an action id (at least its first 6 characters).").format(text=text)
        )
    if len(prefix) == 32:
        return uuid.UUID(prefix)
    # Ids are stored as 32 hex digits: the prefix is matched in SQL.
    ids = uow.session.scalars(
        select(CorrectiveAction.id).where(cast(CorrectiveAction.id, String).startswith(prefix))
    ).all()
    if not ids:
        raise NotFound(_("No corrective action with id {id}.").format(id=text))
    if len(ids) > 1:
        raise InvalidInput(
            _("'{text}' starts several action ids: give more characters.").format(text=text)
        )
    return ids[0]


def cmd_actions_done(args: argparse.Namespace) -> int:
    from inspector.services.findings import set_action_status
    from inspector.vault.tables import ActionStatus

    with _unit_of_work(args) as uow:
        action_id = _action_id(uow, args.action)
        set_action_status(uow, action_id, ActionStatus(args.status), args.verification)
    print(_("Corrective action {id} is {status}.").format(id=action_id.hex[:8], status=args.status))
    return 0
