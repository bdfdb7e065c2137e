"""The subcommands. Each handler parses nothing itself: it calls services and prints."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import uuid
from collections.abc import Sequence
from enum import Enum
from typing import Any

from inspector.i18n import _


def register(sub: Any) -> None:
    init = sub.add_parser("init", help=_("create a new encrypted vault"))
    init.add_argument("--name", default="", help=_("the inspector's name"))
    init.add_argument("--authority", default="", help=_("the licensing authority"))
    init.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=_("also write the recovery key to FILE (mode 600)"),
    )
    init.set_defaults(handler=cmd_init)

    passwd = sub.add_parser("passwd", help=_("change the passphrase (only the key file changes)"))
    passwd.add_argument(
        "--recovery",
        action="store_true",
        help=_("use the recovery key instead of the current passphrase"),
    )
    passwd.add_argument(
        "--recovery-key-file", metavar="FILE", help=_("read the recovery key from FILE")
    )
    passwd.add_argument(
        "--new-passphrase-file", metavar="FILE", help=_("read the new passphrase from FILE")
    )
    passwd.set_defaults(handler=cmd_passwd)

    audit = sub.add_parser("audit", help=_("the audit trail"))
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    verify = audit_sub.add_parser(
        "verify", help=_("check that no audit event was edited or removed")
    )
    verify.set_defaults(handler=cmd_audit_verify)

    check = sub.add_parser("check", help=_("read every page of the vault and check it"))
    check.set_defaults(handler=cmd_check)

    demo = sub.add_parser("demo", help=_("fill the vault with invented demo data"))
    demo.add_argument("--agencies", type=int, default=40, help=_("how many agencies (default 40)"))
    demo.set_defaults(handler=cmd_demo)

    agencies = sub.add_parser("agencies", help=_("the agency registry"))
    agencies_sub = agencies.add_subparsers(
        dest="agencies_command", metavar="COMMAND", required=True
    )
    listing = agencies_sub.add_parser("list", help=_("list agencies"))
    listing.add_argument("--search", default="", help=_("words to look for (prefixes)"))
    listing.add_argument("--json", action="store_true", help=_("print a JSON array"))
    listing.set_defaults(handler=cmd_agencies_list)
    from inspector.cli.exchange import register_agencies

    register_agencies(agencies_sub)

    inspections = sub.add_parser("inspections", help=_("inspections"))
    inspections_sub = inspections.add_subparsers(
        dest="inspections_command", metavar="COMMAND", required=True
    )
    listing = inspections_sub.add_parser("list", help=_("list inspections"))
    listing.add_argument("--status", choices=["draft", "in-progress", "completed", "locked"])
    listing.add_argument("--json", action="store_true", help=_("print a JSON array"))
    listing.set_defaults(handler=cmd_inspections_list)
    show = inspections_sub.add_parser(
        "show", help=_("an inspection's answers and findings, from its own checklist version")
    )
    show.add_argument("inspection", metavar="REFERENCE", help=_("reference or id"))
    show.add_argument("--lang", default="en", help=_("language of the checklist wording"))
    show.set_defaults(handler=cmd_inspections_show)


# --- vault ---


def cmd_init(args: argparse.Namespace) -> int:
    import os

    from inspector.cli.main import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, _vault_folder
    from inspector.cli.secrets import read_new_secret
    from inspector.errors import InvalidInput, VaultExists
    from inspector.services.profile import set_profile
    from inspector.services.uow import UnitOfWork
    from inspector.vault.store import create_vault, vault_exists

    folder = _vault_folder(args)
    if vault_exists(folder):
        raise VaultExists(
            _("A vault already exists in {folder}; nothing was changed.").format(folder=folder)
        )
    if args.authority and not args.name.strip():
        raise InvalidInput(_("--authority needs --name too."))
    recovery_out = None
    if args.recovery_key_file:
        # Opened before the vault exists, so a bad path cannot leave a vault whose key is lost.
        try:
            fd = os.open(args.recovery_key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise InvalidInput(
                _("Cannot write the recovery key to {path}: {reason}.").format(
                    path=args.recovery_key_file, reason=exc.strerror or exc
                )
            ) from None
        recovery_out = os.fdopen(fd, "w", encoding="ascii")
    env = PASSPHRASE_ENV if os.environ.get(PASSPHRASE_ENV) else NEW_PASSPHRASE_ENV
    try:
        passphrase = read_new_secret(
            args.passphrase_file, env, _("New passphrase: "), _("The same passphrase again: ")
        )
        created = create_vault(folder, passphrase)
    except BaseException:
        if recovery_out is not None:
            recovery_out.close()
            os.unlink(args.recovery_key_file)
        raise
    # The recovery key exists only in memory now: hand it over before anything else can fail.
    if recovery_out is not None:
        with recovery_out:
            recovery_out.write(created.recovery_key + "\n")
    print(_("Created an encrypted vault in {folder}.").format(folder=folder))
    print()
    print(_("Recovery key (shown once; write it down and keep it apart from the laptop):"))
    print()
    print("    " + created.recovery_key)
    print()
    print(
        _("With it you can set a new passphrase if you forget yours: inspector passwd --recovery")
    )
    sys.stdout.flush()
    with created.vault as vault:
        if args.name.strip():
            with UnitOfWork(vault) as uow:
                set_profile(uow, args.name, authority=args.authority)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from inspector.cli.main import (
        NEW_PASSPHRASE_ENV,
        RECOVERY_KEY_ENV,
        _passphrase,
        _vault_folder,
        _waiting,
    )
    from inspector.cli.secrets import read_new_secret, read_secret
    from inspector.vault.store import change_passphrase, find_vault, reset_passphrase

    folder = _vault_folder(args)
    find_vault(folder)
    if args.recovery or args.recovery_key_file:
        recovery_key = read_secret(args.recovery_key_file, RECOVERY_KEY_ENV, _("Recovery key: "))
        new = read_new_secret(
            args.new_passphrase_file,
            NEW_PASSPHRASE_ENV,
            _("New passphrase: "),
            _("The same passphrase again: "),
        )
        reset_passphrase(folder, recovery_key, new, sleep=_waiting)
    else:
        old = _passphrase(args)
        new = read_new_secret(
            args.new_passphrase_file,
            NEW_PASSPHRASE_ENV,
            _("New passphrase: "),
            _("The same passphrase again: "),
        )
        change_passphrase(folder, old, new, sleep=_waiting)
    print(_("Passphrase changed. The old one no longer opens the vault."))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from inspector.cli.main import open_vault
    from inspector.vault.audit import verify_chain

    with open_vault(args) as vault, vault.reading() as session:
        report = verify_chain(session)
    if report.intact:
        print(
            _("Audit trail intact: {n} events, head {head}.").format(
                n=report.events, head=report.head_hash[:16]
            )
        )
        return 0
    print(_("Audit trail BROKEN ({n} problems):").format(n=len(report.problems)), file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem.message}", file=sys.stderr)
    return 6


def cmd_check(args: argparse.Namespace) -> int:
    from inspector.cli.main import open_vault
    from inspector.errors import VaultDamaged
    from inspector.vault.engine import damaged_message

    with open_vault(args) as vault:
        problems = vault.check_integrity()
        if problems:
            # SQLCipher names pages, never content; the count is enough for the person.
            raise VaultDamaged(damaged_message(vault.db_path))
    print(_("The vault is intact: every page was read and checked."))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from inspector.cli.main import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.demo import fill_demo

    if args.agencies < 8:
        raise InvalidInput(_("The demo needs at least 8 agencies."))
    with open_vault(args) as vault:
        summary = fill_demo(vault, agencies=args.agencies)
    print(
        _("Added {a} agencies, {i} inspections and {c} complaints of invented demo data.").format(
            a=summary.agencies, i=summary.inspections, c=summary.complaints
        )
    )
    return 0


# --- listings ---


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(_plain(v)) if v is not None else "" for v in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)
    ]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _print_json(items: list[dict[str, Any]]) -> None:
    json.dump(
        [{k: _plain(v) for k, v in item.items()} for item in items],
        sys.stdout,
        ensure_ascii=False,
        indent=2,
    )
    print()


def cmd_agencies_list(args: argparse.Namespace) -> int:
    from inspector.cli.main import open_vault
    from inspector.services.agencies import list_agencies

    with open_vault(args) as vault, vault.reading() as session:
        rows = list_agencies(session, args.search)
    if args.json:
        _print_json([vars(row) for row in rows])
    else:
        _print_table(
            [_("Licence"), _("Name"), _("Country"), _("City"), _("Status"), _("Valid until")],
            [
                (
                    r.licence_number,
                    r.name,
                    r.country,
                    r.city,
                    r.licence_status,
                    r.licence_valid_until,
                )
                for r in rows
            ],
        )
    return 0


def cmd_inspections_list(args: argparse.Namespace) -> int:
    from inspector.cli.main import open_vault
    from inspector.services.inspections import list_inspections
    from inspector.vault.tables import InspectionStatus

    status = InspectionStatus(args.status) if args.status else None
    with open_vault(args) as vault, vault.reading() as session:
        rows = list_inspections(session, status=status)
    if args.json:
        _print_json([vars(row) for row in rows])
    else:
        _print_table(
            [_("Reference"), _("Status"), _("Kind"), _("Agency"), _("Licence"), _("Form")],
            [
                (
                    r.reference,
                    r.status,
                    r.kind,
                    r.agency_name,
                    r.licence_number,
                    f"{r.form_id}@{r.form_version}",
                )
                for r in rows
            ],
        )
    return 0


def cmd_inspections_show(args: argparse.Namespace) -> int:
    from inspector.checklists.render import render_text
    from inspector.cli.main import open_vault
    from inspector.services.inspections import evaluation_of, find_inspection
    from inspector.services.reports import list_reports

    with open_vault(args) as vault, vault.reading() as session:
        inspection = find_inspection(session, args.inspection)
        header = f"{inspection.reference} - {inspection.agency.name} ({inspection.status.value})"
        text = render_text(evaluation_of(session, inspection.id), args.lang)
        reports = list_reports(session, inspection.reference)
    print(header)
    print(text, end="")
    if reports:
        print("\n" + _("Signed reports"))
        for report in reports:
            version = _("internal") if report.internal else _("agency")
            print(
                f"  {report.created_at:%Y-%m-%d %H:%M} {report.language} {version} "
                f"sha256 {report.sha256} ({report.id})"
            )
    return 0
