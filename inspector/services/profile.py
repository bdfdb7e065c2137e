"""The inspector this vault belongs to."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import InspectorProfile, Role


def set_profile(
    uow: UnitOfWork,
    name: str,
    *,
    authority: str = "",
    jurisdiction: str = "",
    role: Role = Role.INSPECTOR,
    email: str = "",
    language: str = "en",
) -> uuid.UUID:
    if not name.strip():
        raise InvalidInput(_("The inspector's name is missing."))
    profile = uow.session.scalar(select(InspectorProfile).limit(1))
    if profile is None:
        profile = InspectorProfile(id=uuid.uuid4(), name=name.strip())
    profile.name = name.strip()
    profile.authority = authority
    profile.jurisdiction = jurisdiction
    profile.role = role
    profile.email = email
    profile.language = language
    uow.changed(profile, "profile.saved")
    return profile.id


def get_profile(session: Session) -> InspectorProfile | None:
    return session.scalar(select(InspectorProfile).limit(1))
