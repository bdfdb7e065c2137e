"""``inspector enroll`` and ``inspector sync``: the laptop and the ministry's server."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from inspector.i18n import _, ngettext


def register(sub: Any) -> None:
    enroll = sub.add_parser(
        "enroll", help=_("enrol this laptop with the ministry's server (a one-time code)")
    )
    enroll.add_argument("url", metavar="URL", help=_("the server's address, https://..."))
    enroll.add_argument("code", metavar="CODE", help=_("the one-time code from the administrator"))
    enroll.add_argument(
        "--yes",
        action="store_true",
        help=_("accept the server's CA fingerprint without asking (trusted networks, scripts)"),
    )
    enroll.add_argument(
        "--ca-fingerprint",
        metavar="HEX",
        help=_("the authority CA's SHA-256 fingerprint the administrator gave; checked, not asked"),
    )
    enroll.add_argument(
        "--ca-file",
        metavar="FILE",
        help=_(
            "the authority's CA certificate (PEM), for a server whose https certificate it issued"
        ),
    )
    enroll.add_argument("--device-name", metavar="NAME", help=_("default: this computer's name"))
    enroll.set_defaults(handler=cmd_enroll)

    sync = sub.add_parser(
        "sync", help=_("send what changed, receive checklists, registry and assignments")
    )
    sync.add_argument(
        "--no-blobs", action="store_true", help=_("records only; files wait for the next sync")
    )
    sync.add_argument(
        "--standalone",
        choices=["on", "off"],
        help=_("on: this laptop never syncs; off: it may (nothing is sent now)"),
    )
    sync.set_defaults(handler=cmd_sync)
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="COMMAND")
    status = sync_sub.add_parser(
        "status", help=_("enrolment, last sync, what waits, quarantined records and conflicts")
    )
    status.set_defaults(handler=cmd_sync_status)
    quarantine = sync_sub.add_parser(
        "quarantine", help=_("records the server refused, with its reasons")
    )
    quarantine.add_argument(
        "--retry", metavar="ID", type=int, help=_("put record ID back in the queue")
    )
    quarantine.set_defaults(handler=cmd_sync_quarantine)
    conflicts = sync_sub.add_parser(
        "conflicts", help=_("records changed here and on the server since the last sync")
    )
    keep = conflicts.add_mutually_exclusive_group()
    keep.add_argument(
        "--keep-mine",
        metavar="ID",
        type=int,
        help=_("send this laptop's version over the server's"),
    )
    keep.add_argument(
        "--keep-server", metavar="ID", type=int, help=_("let the server's version stand")
    )
    conflicts.set_defaults(handler=cmd_sync_conflicts)


def _confirm_interactively(fingerprint: str, name: str) -> bool:
    from inspector.errors import EnrolmentRefused
    from inspector.sync.enrol import format_fingerprint

    print(_("Server: {name}").format(name=name or "?"))
    print(_("Its authority's CA fingerprint (SHA-256):"))
    print("    " + format_fingerprint(fingerprint))
    if not sys.stdin.isatty():
        raise EnrolmentRefused(
            _(
                "The fingerprint must be confirmed: run in a terminal, or pass "
                "--ca-fingerprint HEX (or --yes). Nothing was changed."
            )
        )
    answer = input(_("Is this the fingerprint your administrator gave you? [y/N] "))
    return answer.strip().lower() in ("y", "yes", _("y"), _("yes"))


def _confirm_shown(fingerprint: str, name: str) -> bool:
    from inspector.sync.enrol import format_fingerprint

    print(_("Server: {name}").format(name=name or "?"))
    print(_("Its authority's CA fingerprint (SHA-256), accepted with --yes:"))
    print("    " + format_fingerprint(fingerprint))
    return True


def cmd_enroll(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inspector.cli.vault_access import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.sync import enrol

    ca_pem = None
    if args.ca_file:
        try:
            ca_pem = Path(args.ca_file).read_text("ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                _("Cannot read the CA file {path}: {reason}.").format(
                    path=args.ca_file, reason=getattr(exc, "strerror", None) or exc
                )
            ) from None
    confirm = _confirm_shown if args.yes else _confirm_interactively
    with open_vault(args) as vault:
        done = enrol(
            vault,
            args.url,
            args.code,
            confirm=confirm,
            expected_fingerprint=args.ca_fingerprint,
            device_name=args.device_name,
            ca_pem=ca_pem,
        )
    print(
        _("Enrolled with {server} as {account} ({jurisdiction}); device {device}.").format(
            server=done.server_name or done.server_url,
            account=done.account_name or "?",
            jurisdiction=done.jurisdiction or "?",
            device=done.device_id,
        )
    )
    print(_("Reports are now signed with: {subject}").format(subject=done.certificate_subject))
    return 0


def _progress_printer() -> Any:
    """Progress on a terminal's stderr, one line rewritten; nothing when piped."""
    if not sys.stderr.isatty():
        return None
    words = {
        "records": _("records"),
        "audit": _("audit events"),
        "files": _("bytes of files"),
        "changes": _("changes"),
    }

    def show(progress: Any) -> None:
        total = f"/{progress.total}" if progress.total else ""
        text = f"{words.get(progress.step, progress.step)}: {progress.done}{total}"
        print("\r" + text.ljust(60), end="", file=sys.stderr, flush=True)

    return show


def cmd_sync(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.sync import describe_report, set_standalone, sync_now

    with open_vault(args) as vault:
        if args.standalone is not None:
            set_standalone(vault, args.standalone == "on")
            print(
                _("This laptop is standalone: it never syncs.")
                if args.standalone == "on"
                else _("This laptop may sync again (inspector enroll, then inspector sync).")
            )
            return 0
        progress = _progress_printer()
        try:
            report = sync_now(vault, progress, files=not args.no_blobs)
        finally:
            if progress is not None:
                print(file=sys.stderr)
    for line in describe_report(report):
        print(line)
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.sync import clock_skew_words, sync_status

    with open_vault(args) as vault, vault.reading() as session:
        status = sync_status(session)
    if status.standalone:
        print(_("Standalone: this laptop never syncs."))
    elif not status.enrolled:
        print(_("Not enrolled: inspector enroll URL CODE sets up sync."))
    else:
        print(
            _("Enrolled with {server} ({url}) as {account}.").format(
                server=status.server_name or "?",
                url=status.server_url,
                account=status.account_name or "?",
            )
        )
    never = _("never")
    print(
        _("Last sync: {when}").format(
            when=f"{status.last_sync:%Y-%m-%d %H:%M} UTC" if status.last_sync else never
        )
    )
    print(
        _("Waiting to be sent: {records}, {files}").format(
            records=ngettext("{n} record", "{n} records", status.records_waiting).format(
                n=status.records_waiting
            ),
            files=ngettext("{n} file", "{n} files", status.files_waiting).format(
                n=status.files_waiting
            ),
        )
    )
    print(_("Quarantined: {n}").format(n=status.quarantined))
    print(_("Conflicts: {n}").format(n=status.conflicts))
    if status.last_error:
        print(_("Last error: {error}").format(error=status.last_error))
    if status.clock_skew_shown and status.clock_skew_seconds is not None:
        print(clock_skew_words(status.clock_skew_seconds))
    if status.max_days_offline is not None:
        print(
            ngettext(
                "Contact required: every day; last contact {when}",
                "Contact required: every {n} days; last contact {when}",
                status.max_days_offline,
            ).format(
                n=status.max_days_offline,
                when=f"{status.last_contact:%Y-%m-%d %H:%M} UTC" if status.last_contact else never,
            )
        )
    if status.contact_warning:
        print(status.contact_warning)
    return 0


def cmd_sync_quarantine(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.sync import quarantined, retry_quarantined

    with open_vault(args) as vault:
        if args.retry is not None:
            retry_quarantined(vault, args.retry)
            print(_("Record {id} is back in the queue; it goes up with the next sync.").format(
                id=args.retry))  # fmt: skip
            return 0
        with vault.reading() as session:
            rows = quarantined(session)
    if not rows:
        print(_("No record is quarantined."))
    for row in rows:
        print(f"{row.id:>5}  {row.at:%Y-%m-%d %H:%M}  {row.label}: {row.reason}")
    return 0


def cmd_sync_conflicts(args: argparse.Namespace) -> int:
    import json

    from inspector.cli.vault_access import open_vault
    from inspector.services.sync import conflicts, resolve_conflict

    with open_vault(args) as vault:
        chosen = args.keep_mine if args.keep_mine is not None else args.keep_server
        if chosen is not None:
            keep = "mine" if args.keep_mine is not None else "server"
            resolve_conflict(vault, chosen, keep)
            print(_("Conflict {id} resolved.").format(id=chosen))
            return 0
        with vault.reading() as session:
            rows = conflicts(session)
    if not rows:
        print(_("No conflict to resolve."))
    for row in rows:
        print(f"{row.id:>5}  {row.at:%Y-%m-%d %H:%M}  {row.label}: {row.reason}")
        print("       " + _("this laptop's version (revision {n}):").format(n=row.revision))
        text = json.dumps(row.data, ensure_ascii=False, indent=2, sort_keys=True)
        print("\n".join("         " + line for line in text.splitlines()))
    return 0
