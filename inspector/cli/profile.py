"""``inspector profile``: the inspector's name, authority, office address, emblem and time zone,
shown or changed (what the report's letterhead and signer come from)."""

from __future__ import annotations

import argparse
from typing import Any

from inspector.i18n import _


def register(sub: Any) -> None:
    profile = sub.add_parser(
        "profile",
        help=_("show or change the inspector's profile (the report's letterhead)"),
    )
    add_profile_options(profile)
    profile.add_argument(
        "--no-emblem", action="store_true", help=_("remove the emblem from the profile")
    )
    profile.set_defaults(handler=cmd_profile)


def add_profile_options(parser: argparse.ArgumentParser, *, with_name: bool = True) -> None:
    """The options ``init`` and ``profile`` share."""
    if with_name:
        parser.add_argument("--name", help=_("the inspector's name"))
        parser.add_argument("--authority", help=_("the licensing authority"))
    parser.add_argument("--address", help=_("the office address printed on the letterhead"))
    parser.add_argument(
        "--emblem", metavar="FILE", help=_("the authority's emblem: a PNG or JPEG of at most 1 MB")
    )
    parser.add_argument(
        "--time-zone",
        metavar="ZONE",
        help=_("the IANA time zone report times are given in (default: this computer's)"),
    )


def read_emblem(path: str | None) -> bytes | None:
    """The emblem file's bytes, checked; None when no file was given."""
    if path is None:
        return None
    from inspector.services.profile import read_emblem as read_checked

    return read_checked(path)


def cmd_profile(args: argparse.Namespace) -> int:
    from inspector.cli.vault_access import open_vault
    from inspector.errors import InvalidInput
    from inspector.services.profile import get_profile, update_profile
    from inspector.services.uow import UnitOfWork

    if args.no_emblem and args.emblem:
        raise InvalidInput(_("--emblem and --no-emblem cannot go together."))
    emblem = b"" if args.no_emblem else read_emblem(args.emblem)
    changes = {
        "name": args.name,
        "authority": args.authority,
        "office_address": args.address,
        "emblem": emblem,
        "time_zone": args.time_zone,
    }
    with open_vault(args) as vault:
        if any(value is not None for value in changes.values()):
            with UnitOfWork(vault) as uow:
                if get_profile(uow.session) is None and not args.name:
                    raise InvalidInput(
                        _("This vault has no profile yet: give the inspector's name with --name.")
                    )
                update_profile(uow, **changes)
            print(_("Profile saved."))
        with vault.reading() as session:
            profile = get_profile(session)
            if profile is None:
                print(_("No profile yet: set one with --name (and --authority, --address)."))
                return 0
            emblem_text = _("none")
            if profile.emblem:
                from inspector.services.profile import check_emblem

                shape = check_emblem(profile.emblem)
                emblem_text = _("{kind}, {width} by {height} pixels").format(
                    kind=shape.media_type, width=shape.width, height=shape.height
                )
            for label, value in (
                (_("Name"), profile.name),
                (_("Authority"), profile.authority),
                (_("Office address"), profile.office_address.replace("\n", ", ")),
                (_("Emblem"), emblem_text),
                (_("Time zone"), profile.time_zone),
            ):
                print(_("{label}: {value}").format(label=label, value=value or "-"))
    return 0
