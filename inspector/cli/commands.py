"""The subcommands. Each handler parses nothing itself: it calls services and prints."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from inspector.cli.output import print_json, print_table
from inspector.cli.profile import add_profile_options, read_emblem
from inspector.i18n import _, ngettext


def register(sub: Any) -> None:
    init = sub.add_parser("init", help=_("create a new encrypted vault"))
    init.add_argument("--name", default="", help=_("the inspector's name"))
    init.add_argument("--authority", default="", help=_("the licensing authority"))
    add_profile_options(init, with_name=False)
    init.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=_("also write the recovery key to FILE (mode 600)"),
    )
    init.set_defaults(handler=cmd_init)

    passwd = sub.add_parser(
        "passwd", help=_("change the passphrase (with --rekey: the data key and recovery key too)")
    )
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
    passwd.add_argument(
        "--rekey",
        action="store_true",
        help=_("also re-encrypt the vault under a new data key and make a new recovery key, so "
               "that no old key file, passphrase or recovery key opens it any more"),
    )  # fmt: skip
    passwd.add_argument(
        "--new-recovery-key-file",
        metavar="FILE",
        help=_("with --rekey: also write the new recovery key to FILE (mode 600)"),
    )
    passwd.set_defaults(handler=cmd_passwd)

    rekey = sub.add_parser(
        "rekey",
        help=_("after a suspected compromise: re-encrypt the vault under a new data key and make "
               "a new recovery key (the passphrase stays)"),
    )  # fmt: skip
    rekey.add_argument(
        "--new-recovery-key-file",
        metavar="FILE",
        help=_("also write the new recovery key to FILE (mode 600)"),
    )
    rekey.set_defaults(handler=cmd_rekey)

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

    from inspector.cli.secrets import read_new_secret
    from inspector.cli.vault_access import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, vault_folder
    from inspector.errors import InvalidInput, VaultExists
    from inspector.services.profile import set_profile
    from inspector.services.uow import UnitOfWork
    from inspector.vault.store import create_vault, vault_exists

    folder = vault_folder(args)
    if vault_exists(folder):
        raise VaultExists(
            _("A vault already exists in {folder}; nothing was changed.").format(folder=folder)
        )
    if (args.authority or args.address or args.emblem) and not args.name.strip():
        raise InvalidInput(_("--authority, --address and --emblem need --name too."))
    emblem = read_emblem(args.emblem)  # checked before the vault exists
    if args.time_zone is not None:
        from inspector.services.profile import check_time_zone

        check_time_zone(args.time_zone)
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
                set_profile(
                    uow,
                    args.name,
                    authority=args.authority,
                    office_address=args.address or "",
                    emblem=emblem,
                    time_zone=args.time_zone,
                )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from inspector.cli.secrets import read_new_secret, read_secret
    from inspector.cli.vault_access import (
        NEW_PASSPHRASE_ENV,
        RECOVERY_KEY_ENV,
        read_passphrase,
        vault_folder,
        wait_with_notice,
    )
    from inspector.vault.rekey import rekey_vault
    from inspector.vault.store import change_passphrase, find_vault, reset_passphrase

    folder = vault_folder(args)
    find_vault(folder)
    if args.new_recovery_key_file and not args.rekey:
        from inspector.errors import InvalidInput

        raise InvalidInput(_("--new-recovery-key-file goes with --rekey."))
    recovery_out = _open_recovery_file(args.new_recovery_key_file)
    old = recovery_key = None
    if args.recovery or args.recovery_key_file:
        recovery_key = read_secret(args.recovery_key_file, RECOVERY_KEY_ENV, _("Recovery key: "))
    else:
        old = read_passphrase(args)
    try:
        new = read_new_secret(
            args.new_passphrase_file,
            NEW_PASSPHRASE_ENV,
            _("New passphrase: "),
            _("The same passphrase again: "),
        )
        if args.rekey:
            rekeyed = rekey_vault(
                folder, passphrase=old, recovery_key=recovery_key, new_passphrase=new,
                sleep=wait_with_notice,
            )  # fmt: skip
        elif recovery_key is not None:
            reset_passphrase(folder, recovery_key, new, sleep=wait_with_notice)
        else:
            change_passphrase(folder, str(old), new, sleep=wait_with_notice)
    except BaseException:
        _discard_recovery_file(recovery_out, args.new_recovery_key_file)
        raise
    if not args.rekey:
        print(
            _("Passphrase changed: the old one no longer opens this key file. A copy of the old "
              "key file (every backup holds one) still opens the vault's data with the old "
              "passphrase, and the recovery key is unchanged: after a suspected compromise, "
              "use 'inspector passwd --rekey' or 'inspector rekey'.")
        )  # fmt: skip
        return 0
    print(_("Passphrase changed and the vault re-keyed."))
    _hand_over_recovery_key(rekeyed.recovery_key, recovery_out)
    return 0


def _open_recovery_file(path: str | None) -> Any:
    """Opened before anything changes, so a bad path cannot leave a key no one has seen."""
    import os

    from inspector.errors import InvalidInput

    if not path:
        return None
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o600)  # fmt: skip
    except OSError as exc:
        raise InvalidInput(
            _("Cannot write the recovery key to {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return os.fdopen(fd, "w", encoding="ascii")


def _discard_recovery_file(handle: Any, path: str | None) -> None:
    import os

    if handle is not None and path:
        handle.close()
        os.unlink(path)


def _hand_over_recovery_key(recovery_key: str, handle: Any) -> None:
    if handle is not None:
        with handle:
            handle.write(recovery_key + "\n")
    print(
        _("No old key file, passphrase or recovery key opens it any more (backups made before "
          "still open with the secrets they were made under).")
    )  # fmt: skip
    print()
    print(_("New recovery key (shown once; write it down and keep it apart from the laptop):"))
    print()
    print("    " + recovery_key)
    print()


def cmd_rekey(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import read_passphrase, vault_folder, wait_with_notice
    from inspector.vault.rekey import rekey_vault
    from inspector.vault.store import find_vault

    folder = vault_folder(args)
    find_vault(folder)
    recovery_out = _open_recovery_file(args.new_recovery_key_file)
    try:
        rekeyed = rekey_vault(folder, passphrase=read_passphrase(args), sleep=wait_with_notice)
    except BaseException:
        _discard_recovery_file(recovery_out, args.new_recovery_key_file)
        raise
    print(_("The vault was re-keyed: its data is encrypted under a new data key."))
    _hand_over_recovery_key(rekeyed.recovery_key, recovery_out)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.vault.audit import verify_chain
    from inspector.vault.seal_check import verify_evidence

    with open_vault(args) as vault, vault.reading() as session:
        report = verify_chain(session)
        evidence = verify_evidence(session)
    problems = [problem.message for problem in report.problems] + evidence.problems
    if not problems:
        print(
            _("Audit trail intact: {n} events, head {head}.").format(
                n=report.events, head=report.head_hash[:16]
            )
        )
        print(
            _("Re-computed and unchanged: {locks} locked inspections, {reports} reports, "
              "{attachments} attachments, {heads} signed heads of the trail.").format(
                locks=evidence.locks_checked, reports=evidence.reports_checked,
                attachments=evidence.attachments_checked, heads=evidence.heads_checked)
        )  # fmt: skip
        for note in evidence.notes:
            print(note)
        return 0
    print(_("Audit trail BROKEN ({n} problems):").format(n=len(problems)), file=sys.stderr)
    for message in problems:
        print(f"  - {message}", file=sys.stderr)
    return 6


def cmd_check(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
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
    from inspector.cli.vault_access import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.demo import fill_demo

    if args.agencies < 8:
        raise InvalidInput(_("The demo needs at least 8 agencies."))
    with open_vault(args) as vault:
        summary = fill_demo(vault, agencies=args.agencies)
    if summary.already_there:
        print(_("The vault holds the demo data already; nothing was added."))
        return 0
    counts = (
        ngettext("{n} agency", "{n} agencies", summary.agencies).format(n=summary.agencies),
        ngettext("{n} inspection", "{n} inspections", summary.inspections).format(
            n=summary.inspections
        ),
        ngettext("{n} complaint", "{n} complaints", summary.complaints).format(
            n=summary.complaints
        ),
    )
    print(
        _("Added invented demo data: {agencies}, {inspections} and {complaints}.").format(
            agencies=counts[0], inspections=counts[1], complaints=counts[2]
        )
    )
    return 0


# --- listings ---


def cmd_agencies_list(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.agencies import list_agencies

    with open_vault(args) as vault, vault.reading() as session:
        rows = list_agencies(session, args.search)
    if args.json:
        print_json([vars(row) for row in rows])
    elif not rows and args.search.strip():
        print(_("No agency matches '{words}'.").format(words=args.search.strip()))
    elif not rows:
        print(_("The registry holds no agencies yet: add them with 'inspector agencies import'."))
    else:
        print_table(
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
    from inspector.cli.vault_access import open_vault
    from inspector.services.inspections import list_inspections
    from inspector.vault.tables import InspectionStatus

    status = InspectionStatus(args.status) if args.status else None
    with open_vault(args) as vault, vault.reading() as session:
        rows = list_inspections(session, status=status)
    if args.json:
        print_json([vars(row) for row in rows])
    else:
        print_table(
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
    from inspector.cli.vault_access import open_vault
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
