"""``inspector forms``: check checklists, import them from XLSForm, and install the ministry's
overlay of national legal provisions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector.i18n import _, ngettext

if TYPE_CHECKING:
    from inspector.checklists.model import Form


def register(sub: Any) -> None:
    forms = sub.add_parser("forms", help=_("checklists: check them, import them from XLSForm"))
    forms_sub = forms.add_subparsers(dest="forms_command", metavar="COMMAND", required=True)
    check = forms_sub.add_parser(
        "check", help=_("validate checklist files and list every problem found")
    )
    check.add_argument("files", nargs="*", metavar="FILE", help=_("default: the shipped ones"))
    check.set_defaults(handler=cmd_forms_check)

    convert = forms_sub.add_parser(
        "import-xlsform", help=_("convert an XLSForm spreadsheet (ODK, KoboToolbox) to a checklist")
    )
    convert.add_argument("source", metavar="FILE.xlsx")
    convert.add_argument("-o", "--output", metavar="FILE.yaml", required=True)
    convert.add_argument("--id", help=_("form id (default: settings form_id, else the file name)"))
    convert.add_argument(
        "--force", action="store_true", help=_("overwrite the output file if it exists")
    )
    convert.add_argument(
        "--strict",
        action="store_true",
        help=_("refuse the form if anything would be left out (default: leave it out and list it)"),
    )
    convert.add_argument(
        "--media",
        metavar="DIR",
        help=_("the folder of files sent with the form (select_one_from_file's CSV files)"),
    )
    convert.set_defaults(handler=cmd_forms_import_xlsform)

    versions = forms_sub.add_parser(
        "versions", help=_("every checklist version this vault has used")
    )
    versions.set_defaults(handler=cmd_forms_versions)

    overlay = forms_sub.add_parser(
        "overlay", help=_("national legal provisions: check, install and list overlays")
    )
    overlay_sub = overlay.add_subparsers(dest="overlay_command", metavar="COMMAND", required=True)
    overlay_check = overlay_sub.add_parser(
        "check", help=_("validate overlay files against the shipped checklists")
    )
    overlay_check.add_argument("files", nargs="+", metavar="FILE")
    overlay_check.set_defaults(handler=cmd_overlay_check)
    overlay_import = overlay_sub.add_parser(
        "import", help=_("install an overlay; inspections started from now on cite it")
    )
    overlay_import.add_argument("file", metavar="FILE")
    overlay_import.set_defaults(handler=cmd_overlay_import)
    overlay_list = overlay_sub.add_parser("list", help=_("every overlay this vault installed"))
    overlay_list.set_defaults(handler=cmd_overlay_list)


def cmd_forms_check(args: argparse.Namespace) -> int:
    from inspector.checklists.library import shipped_form_files
    from inspector.checklists.loader import load_file
    from inspector.errors import FormInvalid

    files = [Path(name) for name in args.files] or shipped_form_files()
    failed = 0
    for path in files:
        try:
            form = load_file(path)
        except FormInvalid as exc:
            failed += 1
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            continue
        unworded = missing_wording(form, str(path))
        if unworded:
            failed += 1
            for problem in unworded:
                print(problem, file=sys.stderr)
            continue
        questions = form.all_questions()
        rules = sum(len(q.findings) for q in questions.values())
        counts = (
            ngettext("{n} question", "{n} questions", len(questions)).format(n=len(questions)),
            ngettext("{n} finding rule", "{n} finding rules", rules).format(n=rules),
        )
        print(
            _("{file}: OK ({id} {version}: {questions}, {rules})").format(
                file=path, id=form.id, version=form.version, questions=counts[0], rules=counts[1]
            )
        )
    if failed:
        print(
            _("inspector: {failed} of {total} checklist(s) have problems").format(
                failed=failed, total=len(files)
            ),
            file=sys.stderr,
        )
        return FormInvalid.exit_code
    return 0


def missing_wording(form: Form, source: str) -> list[str]:
    """A rule that raises a finding (inspection and follow-up checklists) says what it found in
    plain words, its ``description``, in every language of the form: the agency-facing report
    shows that, never the rule's expression. Checked here and not when a form loads, so the
    form versions a vault already holds still open."""
    from inspector.checklists.model import Purpose

    if form.purpose not in (Purpose.INSPECTION, Purpose.FOLLOW_UP):
        return []
    problems = []
    for question in form.all_questions().values():
        for index, rule in enumerate(question.findings):
            missing = [lang for lang in form.languages if lang not in rule.description]
            if not missing:
                continue
            problems.append(
                _("{file}: {path}: {problem}").format(
                    file=source,
                    path=f"{question.path}.findings[{index}].description",
                    problem=_("missing: say in plain words what the rule found")
                    if len(missing) == len(form.languages)
                    else _("no wording in {languages}").format(languages=", ".join(missing)),
                )
            )
    return problems


def cmd_forms_import_xlsform(args: argparse.Namespace) -> int:
    from inspector.checklists.xlsform import convert_file
    from inspector.errors import FormInvalid

    output = Path(args.output)
    try:
        conversion = convert_file(
            Path(args.source),
            output,
            form_id=args.id,
            overwrite=args.force,
            strict=args.strict,
            media=Path(args.media) if args.media else None,
        )
    except FormInvalid as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(
            _("inspector: {file} was not converted; nothing was written").format(file=args.source),
            file=sys.stderr,
        )
        return FormInvalid.exit_code
    for warning in conversion.warnings:
        print(_("warning: {warning}").format(warning=warning), file=sys.stderr)
    form = conversion.form
    count = len(form.all_questions())
    print(
        _("{file}: written ({id} {version}: {questions})").format(
            file=output,
            id=form.id,
            version=form.version,
            questions=ngettext("{n} question", "{n} questions", count).format(n=count),
        )
    )
    rules = sum(
        1
        for question in form.all_questions().values()
        for rule in (question.relevant, question.constraint, question.calculation)
        if rule is not None
    )
    print(ngettext("{n} rule converted", "{n} rules converted", rules).format(n=rules))
    if conversion.dropped:
        kinds: dict[str, int] = {}
        for entry in conversion.dropped:
            kinds[entry["kind"]] = kinds.get(entry["kind"], 0) + 1
        print(
            _("left out (listed under 'dropped:' in {file}): {counts}").format(
                file=output, counts=", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
            )
        )
    return 0


def cmd_forms_versions(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.forms import list_form_versions

    with open_vault(args) as vault, vault.reading() as session:
        rows = list_form_versions(session)
    for row in rows:
        print(
            _(
                "{id} {version}  {title}  ({count} inspection(s), {interviews} interview(s), "
                "sha256 {digest})"
            ).format(
                id=row.form_id,
                version=row.version,
                title=row.title,
                count=row.inspections,
                interviews=row.interviews,
                digest=row.sha256[:16],
            )
        )
    return 0


def _print_problems(exc: Any) -> None:
    for problem in exc.problems:
        print(problem, file=sys.stderr)


def cmd_overlay_check(args: argparse.Namespace) -> int:
    from inspector.checklists.library import shipped_forms
    from inspector.checklists.overlay import known_rules, load_overlay_file
    from inspector.errors import FormInvalid

    known = known_rules(shipped_forms())
    failed = 0
    for name in args.files:
        try:
            overlay = load_overlay_file(Path(name), known)
        except FormInvalid as exc:
            failed += 1
            _print_problems(exc)
            continue
        print(_overlay_line(name, overlay.version, len(overlay.rules)))
    return FormInvalid.exit_code if failed else 0


def _overlay_line(name: str, version: str, rules: int) -> str:
    return _("{file}: OK (overlay {version}: {rules})").format(
        file=name,
        version=version,
        rules=ngettext("{n} rule cited", "{n} rules cited", rules).format(n=rules),
    )


def cmd_overlay_import(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.errors import FormInvalid
    from inspector.services.legal_overlays import install_overlay, read_overlay_file
    from inspector.services.uow import UnitOfWork

    with open_vault(args) as vault:
        try:
            with vault.reading() as session:
                overlay = read_overlay_file(session, Path(args.file), args.file)
        except FormInvalid as exc:
            _print_problems(exc)
            print(_("inspector: {file} was not installed").format(file=args.file), file=sys.stderr)
            return FormInvalid.exit_code
        with UnitOfWork(vault) as uow:
            added = install_overlay(uow, overlay)
    print(_overlay_line(args.file, overlay.version, len(overlay.rules)))
    print(
        _("Installed: inspections started from now on cite overlay {version}.").format(
            version=overlay.version
        )
        if added
        else _("Overlay {version} was installed already; nothing changed.").format(
            version=overlay.version
        )
    )
    return 0


def cmd_overlay_list(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.legal_overlays import list_overlays

    with open_vault(args) as vault, vault.reading() as session:
        rows = list_overlays(session)
    if not rows:
        print(_("No legal provisions overlay is installed; reports defer to national law."))
    for row in rows:
        print(
            _("{version}  {title}  ({rules}, from {source}, sha256 {digest}){current}").format(
                version=row.version,
                title=row.title or "-",
                rules=ngettext("{n} rule cited", "{n} rules cited", row.rules).format(n=row.rules),
                source=row.source,
                digest=row.sha256[:16],
                current=_("  in force") if row.in_force else "",
            )
        )
    return 0
