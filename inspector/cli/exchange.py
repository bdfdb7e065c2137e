"""``inspector agencies import``, ``export``, ``import-json`` and ``package``: data in and out of
the vault."""

from __future__ import annotations

import argparse
from typing import Any

from inspector.i18n import _, ngettext

# Exit code of 'agencies import' when good rows were stored but some rows were rejected.
PARTLY_IMPORTED = 10
SHOWN_PROBLEMS = 200  # rejected rows printed; --report FILE.csv lists them all


def register_agencies(agencies_sub: Any) -> None:
    """``agencies import``, beside ``agencies list``."""
    imported = agencies_sub.add_parser(
        "import",
        help=_("import the agency registry from a CSV or XLSX file (updates by licence number)"),
    )
    imported.add_argument("file", metavar="FILE", help=_("a .csv or .xlsx file"))
    imported.add_argument(
        "--mapping",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help=_("which field a column holds, e.g. \"Lic. Ref=licence_number\" or \"C=name\"; "
               "FIELD 'ignore' leaves a column out (repeatable)"),
    )  # fmt: skip
    imported.add_argument(
        "--all-or-nothing",
        action="store_true",
        help=_("store nothing if any row is rejected"),
    )
    imported.add_argument(
        "--dry-run", action="store_true", help=_("check the file and say what would change")
    )
    imported.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        default="dmy",
        help=_("how to read dates such as 03/04/2026: day first (default) or month first"),
    )
    imported.add_argument("--encoding", help=_("the CSV file's encoding, if not UTF-8"))
    imported.add_argument("--sheet", help=_("the sheet of an .xlsx file (default: the first)"))
    imported.add_argument(
        "--report",
        metavar="FILE.csv",
        help=_("also write every rejected row (line, column, reason) to FILE.csv"),
    )
    imported.set_defaults(handler=cmd_agencies_import)


def _print_reading(parsed: Any) -> None:
    print(
        _("Read {n} rows of {file} ({encoding}); header on line {line}.").format(
            n=parsed.read, file=parsed.source, encoding=parsed.encoding, line=parsed.header_line
        )
    )
    from inspector.services.registry_file import FIELDS

    pairs = "; ".join(f"{header} -> {FIELDS[name]}" for name, header in parsed.mapping.items())
    print(_("Columns: {pairs}").format(pairs=pairs))
    if parsed.ignored:
        print(_("Columns left out: {names}").format(names=", ".join(parsed.ignored)))
    for notice in parsed.notices:
        print(notice)


def _print_problems(parsed: Any, report: str | None) -> None:
    if not parsed.problems:
        return
    print(
        ngettext("{n} row rejected:", "{n} rows rejected:", parsed.rejected).format(
            n=parsed.rejected
        )
    )
    for problem in parsed.problems[:SHOWN_PROBLEMS]:
        print("  " + problem.describe())
    hidden = len(parsed.problems) - SHOWN_PROBLEMS
    if hidden > 0:
        print(
            "  "
            + _("... and {n} more problems{hint}.").format(
                n=hidden,
                hint="" if report else _(" (--report FILE.csv lists them all)"),
            )
        )


def _write_report(parsed: Any, path: str) -> None:
    from pathlib import Path

    from inspector.services.tables_out import write_csv

    write_csv(
        Path(path),
        [_("line"), _("column"), _("header"), _("reason")],
        [(p.line, p.letter, p.column, p.reason) for p in parsed.problems],
    )
    print(_("Every rejected row is listed in {path}.").format(path=path))


def cmd_agencies_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inspector.cli.main import open_vault
    from inspector.services.registry_file import parse_mapping
    from inspector.services.registry_import import (
        import_registry,
        plan_registry_import,
        read_registry,
    )
    from inspector.services.uow import UnitOfWork

    parsed = read_registry(
        Path(args.file),
        mapping=parse_mapping(args.mapping),
        encoding=args.encoding,
        sheet=args.sheet,
        date_order=args.date_order,
    )
    _print_reading(parsed)
    _print_problems(parsed, args.report)
    if args.report:
        _write_report(parsed, args.report)
    if args.all_or_nothing and parsed.problems:
        print(_("Nothing was imported (--all-or-nothing): correct the rows above and try again."))
        return 1
    with open_vault(args) as vault:
        if args.dry_run:
            with vault.reading() as session:
                result = plan_registry_import(session, parsed)
        else:
            with UnitOfWork(vault) as uow:
                result = import_registry(uow, parsed, all_or_nothing=args.all_or_nothing)
    summary = _("{created} new agencies, {updated} updated, {unchanged} unchanged, "
                "{rejected} rows rejected.").format(
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
        rejected=result.rejected,
    )  # fmt: skip
    if args.dry_run:
        print(_("Dry run, nothing stored: {summary}").format(summary=summary))
    else:
        print(_("Imported: {summary}").format(summary=summary))
    if not parsed.rows:
        return 1
    return PARTLY_IMPORTED if parsed.problems else 0
