"""``inspector forms``: check checklists and import them from XLSForm."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from inspector.i18n import _, ngettext


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
