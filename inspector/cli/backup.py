"""``inspector backup``, ``restore`` and ``status``: encrypted backups of the vault and how long
ago the last one was taken."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from inspector.i18n import _, ngettext


def register(sub: Any) -> None:
    backup = sub.add_parser(
        "backup", help=_("write an encrypted backup of the vault (safe while the app runs)")
    )
    backup.add_argument("-o", "--output", metavar="FILE", required=True)
    backup.add_argument("--force", action="store_true", help=_("overwrite FILE"))
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser(
        "restore", help=_("put the vault of a backup file in place (checked first)")
    )
    restore.add_argument("file", metavar="FILE")
    # SUPPRESS: without it, the subcommand's unset --vault would hide the global one.
    restore.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_("where to restore (default: the usual vault folder)"),
    )
    restore.add_argument(
        "--recovery",
        action="store_true",
        help=_("open the backup with the recovery key instead of the passphrase"),
    )
    restore.add_argument(
        "--recovery-key-file", metavar="FILE", help=_("read the recovery key from FILE")
    )
    restore.add_argument(
        "--force",
        action="store_true",
        help=_("replace a vault already there (it is kept beside, renamed)"),
    )
    restore.set_defaults(handler=cmd_restore)

    status = sub.add_parser(
        "status", help=_("what the vault holds, what waits to sync, when it was last backed up")
    )
    status.set_defaults(handler=cmd_status)


def _when(moment: dt.datetime | None, now: dt.datetime) -> str:
    if moment is None:
        return _("never")
    days = (now - moment).days
    ago = _("today") if days < 1 else ngettext("{n} day ago", "{n} days ago", days).format(n=days)
    return "{time} ({ago})".format(time=moment.strftime("%Y-%m-%d %H:%M UTC"), ago=ago)


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inspector.cli.vault_access import open_vault
    from inspector.services.backup import backup_vault

    with open_vault(args) as vault:
        info = backup_vault(vault, Path(args.output), overwrite=args.force)
    print(
        _("Backup written to {path}: {size} bytes, SHA-256 {sha256}.").format(
            path=info.path, size=info.size, sha256=info.sha256
        )
    )
    print(
        _(
            "It is encrypted: restoring it needs the passphrase in use now, or the recovery key "
            "('inspector restore {name}')."
        ).format(name=info.path.name)
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inspector.cli.secrets import read_secret
    from inspector.cli.vault_access import (
        RECOVERY_KEY_ENV,
        read_passphrase,
        vault_folder,
        wait_with_notice,
    )
    from inspector.vault.backup import read_manifest, restore_backup

    source = Path(args.file)
    folder = vault_folder(args)
    manifest = read_manifest(source)  # a damaged file is reported before asking for a secret
    passphrase = recovery_key = None
    if args.recovery or args.recovery_key_file:
        recovery_key = read_secret(args.recovery_key_file, RECOVERY_KEY_ENV, _("Recovery key: "))
    else:
        passphrase = read_passphrase(args)
    restored = restore_backup(
        source,
        folder,
        passphrase=passphrase,
        recovery_key=recovery_key,
        replace=args.force,
        sleep=wait_with_notice,
    )
    print(
        _("Restored the vault backed up on {when} into {folder}; every page was checked.").format(
            when=manifest.created_at.strftime("%Y-%m-%d %H:%M UTC"), folder=restored.folder
        )
    )
    if restored.set_aside is not None:
        print(_("The vault that was there is kept in {path}.").format(path=restored.set_aside))
    if recovery_key is not None:
        print(
            _(
                "Set a new passphrase before using it: inspector --vault {folder} passwd --recovery"
            ).format(folder=restored.folder)
        )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.services.status import vault_status
    from inspector.settings import load_settings
    from inspector.vault.types import utcnow

    settings, _problems = load_settings()
    with open_vault(args) as vault, vault.reading() as session:
        status = vault_status(session, settings.backup_reminder_days)
        folder, vault_id = vault.folder, vault.vault_id
    now = utcnow()
    reminder = status.reminder
    print(_("Vault: {folder} (id {id})").format(folder=folder, id=vault_id))
    print(_("Agencies: {n}").format(n=status.agencies))
    counts = ", ".join(f"{name} {count}" for name, count in sorted(status.inspections.items()))
    print(
        _("Inspections: {n}").format(n=sum(status.inspections.values()))
        + (f" ({counts})" if counts else "")
    )
    print(_("Complaints: {n}").format(n=status.complaints))
    print(_("Changes waiting to sync: {n}").format(n=status.unsynced))
    print(_("Last backup: {when}").format(when=_when(reminder.last_backup, now)))
    print(_("Last sync: {when}").format(when=_when(reminder.last_sync, now)))
    since = reminder.oldest_unsaved
    if since is None:
        print(_("Every change is in a backup or has been synced."))
    elif reminder.due:
        print(
            _(
                "BACKUP DUE: changes made since {since} are in no backup and were not synced "
                "(reminder after {days} days). Run 'inspector backup -o FILE' onto a drive kept "
                "apart from the laptop."
            ).format(since=since.strftime("%Y-%m-%d"), days=reminder.days)
        )
    else:
        print(
            _(
                "Changes made since {since} are in no backup yet (reminder after {days} days)."
            ).format(since=since.strftime("%Y-%m-%d"), days=reminder.days)
        )
    return 0
