"""``inspector agencies import``, ``export``, ``import-json`` and ``package``: data in and out of
the vault."""

from __future__ import annotations

import argparse
from typing import Any

from inspector.i18n import _, ngettext

# Exit code of 'agencies import' when good rows were stored but some rows were rejected.
PARTLY_IMPORTED = 11
SHOWN_PROBLEMS = 200  # rejected rows printed; --report FILE.csv lists them all


def register(sub: Any) -> None:
    export = sub.add_parser(
        "export", help=_("export inspections, findings, corrective actions and complaints")
    )
    export.add_argument("--format", choices=["csv", "xlsx", "json"], required=True)
    export.add_argument("-o", "--output", metavar="DIR", required=True, help=_("a folder"))
    export.add_argument("--since", metavar="YYYY-MM-DD", help=_("from this day on"))
    export.add_argument("--until", metavar="YYYY-MM-DD", help=_("up to this day"))
    export.add_argument("--agency", metavar="LICENCE", help=_("one agency, by licence number"))
    export.add_argument(
        "--status",
        help=_("inspections in this status (draft, in-progress, completed, locked) or "
               "complaints in this one (received, referred, under-investigation, closed)"),
    )  # fmt: skip
    export.add_argument(
        "--include-confidential",
        action="store_true",
        help=_("also worker interviews, complainants' identities and complaint accounts"),
    )
    export.add_argument("--force", action="store_true", help=_("overwrite files in DIR"))
    export.set_defaults(handler=cmd_export)

    package = sub.add_parser(
        "package",
        help=_("write an inspection's evidence package: signed report, attachments, manifest"),
    )
    package.add_argument("inspection", metavar="INSPECTION", help=_("reference or id"))
    package.add_argument("-o", "--output", metavar="FILE.zip", required=True)
    package.add_argument(
        "--internal",
        action="store_true",
        help=_("the authority's package: the internal report and every attachment"),
    )
    package.add_argument("--force", action="store_true", help=_("overwrite FILE.zip"))
    package.set_defaults(handler=cmd_package)

    imported = sub.add_parser(
        "import-json", help=_("read a JSON export (another vault's) into this vault")
    )
    imported.add_argument("path", metavar="DIR|FILE.json")
    imported.add_argument(
        "--trust",
        metavar="CERT.pem",
        action="append",
        default=[],
        help=_("a signer whose locked inspections keep their lock (besides this vault's own "
               "certificate and others from its authority); repeatable"),
    )  # fmt: skip
    imported.set_defaults(handler=cmd_import_json)


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

    from inspector.cli.vault_access import open_vault
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
    summary = _("{created}, {updated} updated, {unchanged} unchanged, {rejected}.").format(
        created=ngettext("{n} new agency", "{n} new agencies", result.created).format(
            n=result.created),
        updated=result.updated,
        unchanged=result.unchanged,
        rejected=ngettext("{n} row rejected", "{n} rows rejected", result.rejected).format(
            n=result.rejected),
    )  # fmt: skip
    if args.dry_run:
        print(_("Dry run, nothing stored: {summary}").format(summary=summary))
    else:
        print(_("Imported: {summary}").format(summary=summary))
    if not parsed.rows:
        return 1
    return PARTLY_IMPORTED if parsed.problems else 0


def _day(text: str | None, option: str) -> Any:
    import datetime as dt

    from inspector.errors import InvalidInput

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            _("{option} takes a date such as 2026-01-31, not '{value}'.").format(
                option=option, value=text
            )
        ) from None


def cmd_export(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from inspector.cli.vault_access import open_vault
    from inspector.services.export import ExportFilter, export_records
    from inspector.services.uow import UnitOfWork

    filters = ExportFilter(
        since=_day(args.since, "--since"),
        until=_day(args.until, "--until"),
        agency=args.agency,
        status=args.status,
    )
    if args.include_confidential:
        print(
            _(
                "WARNING: this export holds worker interviews, complainants' identities and "
                "their accounts, in clear. Keep it on an encrypted drive, give it only to people "
                "entitled to see it, and delete it when done."
            ),
            file=sys.stderr,
        )
    with open_vault(args) as vault, UnitOfWork(vault) as uow:
        done = export_records(
            uow,
            Path(args.output),
            args.format,
            filters,
            include_confidential=args.include_confidential,
            overwrite=args.force,
        )
    counts = ", ".join(f"{name} {count}" for name, count in done.counts.items())
    print(_("Exported {counts}.").format(counts=counts))
    for path in done.files:
        print(f"  {path}")
    if not done.include_confidential:
        print(
            _("Worker interviews, identities and complaint accounts were left out "
              "(--include-confidential adds them).")
        )  # fmt: skip
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inspector.cli.vault_access import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.json_import import import_json_export, read_export
    from inspector.services.uow import UnitOfWork
    from inspector.vault.files import read_regular
    from inspector.vault.seal import certificate_der

    trust = []
    for path in args.trust:
        try:
            trust.append(certificate_der(read_regular(Path(path), limit=1024 * 1024)))
        except ValueError:
            raise InvalidInput(
                _("{path} is not a certificate (PEM or DER).").format(path=path)
            ) from None
    document, sha256 = read_export(Path(args.path))
    with open_vault(args) as vault, UnitOfWork(vault) as uow:
        result = import_json_export(uow, document, sha256, trust=trust)
    stored = ", ".join(f"{name} {count}" for name, count in result.stored.items()) or _("none")
    print(_("Stored: {stored}.").format(stored=stored))
    if result.already_there:
        there = ", ".join(f"{name} {count}" for name, count in result.already_there.items())
        print(_("Already in this vault as they are: {there}.").format(there=there))
    if result.agencies_matched_by_licence:
        print(
            ngettext(
                "{n} agency was matched to this vault's registry by licence number.",
                "{n} agencies were matched to this vault's registry by licence number.",
                result.agencies_matched_by_licence,
            ).format(n=result.agencies_matched_by_licence)
        )
    for notice in result.notices:
        print(notice)
    if not document.get("include_confidential"):
        print(_("The export held no confidential data: complaint accounts and interviews are "
                "not in it."))  # fmt: skip
    return 0


def cmd_package(args: argparse.Namespace) -> int:
    import os

    from inspector.cli.output import write_new_file
    from inspector.cli.vault_access import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.package import create_package
    from inspector.services.uow import UnitOfWork

    if os.path.exists(args.output) and not args.force:
        raise InvalidInput(
            _("{path} already exists; add --force to overwrite it.").format(path=args.output)
        )
    with open_vault(args) as vault, UnitOfWork(vault) as uow:
        made = create_package(uow, args.inspection, internal=args.internal)
    write_new_file(args.output, made.content, force=True)
    print(
        _("Evidence package of {reference} written to {path}: the signed report, "
          "{attachments}, SHA-256 {sha256}.").format(
            reference=made.reference, path=args.output, sha256=made.sha256,
            attachments=ngettext("{n} attachment", "{n} attachments", made.files).format(
                n=made.files))
    )  # fmt: skip
    if made.left_out:
        print(
            ngettext("{n} confidential attachment (a worker interview's) was left out; "
                     "--internal includes it.",
                     "{n} confidential attachments (worker interviews) were left out; "
                     "--internal includes them.", made.left_out).format(n=made.left_out)
        )  # fmt: skip
    print(_("Anyone can check it: inspector verify {path}").format(path=args.output))
    return 0
