"""The inspector this vault belongs to: name, authority, office address, the authority's emblem
(printed on the report's letterhead) and the time zone report times are given in."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import InspectorProfile, Role

# An emblem is a letterhead logo, not a photo: small on disk, a sensible size in pixels.
EMBLEM_MAX_BYTES = 1024 * 1024
EMBLEM_MIN_PIXELS = 32
EMBLEM_MAX_PIXELS = 4096
EMBLEM_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
NAME_MAX = 64  # an X.509 common name's upper bound (RFC 5280)


@dataclass(frozen=True)
class Emblem:
    media_type: str
    width: int
    height: int


def check_emblem(content: bytes, source: str = "") -> Emblem:
    """Refuse anything but a PNG or JPEG of at most 1 MB that decodes whole, between 32 and
    4096 pixels a side; ``source`` (a file name) is named in the refusal."""
    from PIL import Image, UnidentifiedImageError

    where = source or _("the emblem")
    if len(content) > EMBLEM_MAX_BYTES:
        raise InvalidInput(
            _(
                "{file}: the emblem is {size} KB; at most {limit} KB is accepted. Save it "
                "smaller (a letterhead emblem needs about 600 pixels) and choose it again."
            ).format(file=where, size=len(content) // 1024, limit=EMBLEM_MAX_BYTES // 1024)
        )
    try:
        with Image.open(io.BytesIO(content)) as image:
            kind, width, height = image.format or "", image.width, image.height
            if kind in EMBLEM_FORMATS and max(width, height) <= EMBLEM_MAX_PIXELS:
                image.load()  # the whole picture decodes, not only its header
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        kind, width, height = "", 0, 0
    if kind not in EMBLEM_FORMATS:
        raise InvalidInput(
            _(
                "{file}: the emblem is not a readable PNG or JPEG image. Export it as PNG and "
                "choose it again."
            ).format(file=where)
        )
    if not (min(width, height) >= EMBLEM_MIN_PIXELS and max(width, height) <= EMBLEM_MAX_PIXELS):
        raise InvalidInput(
            _(
                "{file}: the emblem is {width} by {height} pixels; each side must be between "
                "{low} and {high} pixels."
            ).format(
                file=where,
                width=width,
                height=height,
                low=EMBLEM_MIN_PIXELS,
                high=EMBLEM_MAX_PIXELS,
            )
        )
    return Emblem(EMBLEM_FORMATS[kind], width, height)


def read_emblem(path: str) -> bytes:
    """The file's bytes once they pass as an emblem (read no further than the size limit)."""
    try:
        with open(path, "rb") as file:
            content = file.read(EMBLEM_MAX_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(
            _("Cannot read {path}: {reason}.").format(
                path=path, reason=exc.strerror or type(exc).__name__
            )
        ) from None
    check_emblem(content, path)
    return content


def system_time_zone() -> str:
    """This computer's IANA time zone name ("UTC" when it has none that zoneinfo knows)."""
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name() or "UTC"
    except Exception:  # a computer without a usable zone setting: UTC
        return "UTC"
    try:
        return check_time_zone(name)
    except InvalidInput:
        return "UTC"


def check_time_zone(name: str) -> str:
    """``name`` if zoneinfo knows it as an IANA time zone (such as "Asia/Kathmandu")."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = name.strip()
    try:
        if not name or name != name.strip("/") or ".." in name:
            raise ValueError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            _(
                "'{zone}' is not a time zone this computer knows. Give an IANA name such as "
                "Asia/Kathmandu, Asia/Dhaka or UTC."
            ).format(zone=name)
        ) from None
    return name


def same_name(one: str, other: str) -> bool:
    """Whether two spellings name the same person as far as a report goes: spaces and capitals
    aside (the certificate's name is the one printed)."""
    import unicodedata

    def norm(name: str) -> str:
        return unicodedata.normalize("NFC", " ".join(name.split())).casefold()

    return norm(one) == norm(other)


@dataclass(frozen=True)
class ProfileView:
    """The profile as plain values, for a window to show after the session is gone."""

    name: str
    authority: str
    office_address: str
    emblem: bytes | None
    time_zone: str


def profile_view(session: Session) -> ProfileView | None:
    profile = get_profile(session)
    if profile is None:
        return None
    return ProfileView(
        profile.name, profile.authority, profile.office_address, profile.emblem, profile.time_zone
    )


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(_("The inspector's name is missing."))
    if len(name) > NAME_MAX:
        # A certificate's common name holds 64 characters: a longer name could not sign.
        raise InvalidInput(
            _(
                "The inspector's name has {n} characters; a signing certificate holds at most "
                "{limit}. Shorten it (for example, initials for middle names)."
            ).format(n=len(name), limit=NAME_MAX)
        )
    return name


def set_profile(
    uow: UnitOfWork,
    name: str,
    *,
    authority: str = "",
    jurisdiction: str = "",
    role: Role = Role.INSPECTOR,
    email: str = "",
    language: str = "en",
    office_address: str = "",
    emblem: bytes | None = None,
    time_zone: str | None = None,
) -> uuid.UUID:
    """Set the whole profile; ``time_zone`` None: this computer's."""
    name = _checked_name(name)
    if emblem is not None:
        check_emblem(emblem)
    zone = check_time_zone(time_zone) if time_zone is not None else system_time_zone()
    profile = uow.session.scalar(select(InspectorProfile).limit(1))
    if profile is None:
        profile = InspectorProfile(id=uuid.uuid4(), name=name)
    profile.name = name
    profile.authority = authority.strip()
    profile.jurisdiction = jurisdiction
    profile.role = role
    profile.email = email
    profile.language = language
    profile.office_address = office_address.strip()
    profile.emblem = emblem
    profile.time_zone = zone
    uow.changed(profile, "profile.saved")
    return profile.id


def update_profile(
    uow: UnitOfWork,
    *,
    name: str | None = None,
    authority: str | None = None,
    office_address: str | None = None,
    emblem: bytes | None = None,
    time_zone: str | None = None,
) -> uuid.UUID:
    """Change what is given and keep the rest; ``emblem=b""`` removes the emblem. A vault
    without a profile needs ``name``."""
    profile = get_profile(uow.session)
    if profile is None:
        return set_profile(
            uow,
            name or "",
            authority=authority or "",
            office_address=office_address or "",
            emblem=emblem or None,
            time_zone=time_zone,
        )
    if name is not None:
        profile.name = _checked_name(name)
    if authority is not None:
        profile.authority = authority.strip()
    if office_address is not None:
        profile.office_address = office_address.strip()
    if emblem is not None:
        if emblem:
            check_emblem(emblem)
        profile.emblem = emblem or None
    if time_zone is not None:
        profile.time_zone = check_time_zone(time_zone)
    uow.changed(profile, "profile.saved")
    return profile.id


def get_profile(session: Session) -> InspectorProfile | None:
    return session.scalar(select(InspectorProfile).limit(1))
