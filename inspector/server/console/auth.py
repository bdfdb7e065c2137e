"""Console people and their sessions: accounts with Argon2id passwords, sessions whose cookie
token is kept only as a hash, CSRF tokens, sign-in attempts slowed down after failures, and the
``Viewer``, which says what a signed-in person may see and do."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, func, select, true, update
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.server.admin import audit, jurisdiction_by_code
from inspector.server.console.passwords import (
    DEFAULT_COST,
    PasswordCost,
    check_new_password,
    hash_password,
)
from inspector.server.tables import (
    ConsoleLoginAttempt,
    ConsoleRole,
    ConsoleSession,
    ConsoleUser,
    ConsoleUserJurisdiction,
)
from inspector.vault.types import utcnow

IDLE_TIMEOUT = dt.timedelta(minutes=30)
MAX_SESSION = dt.timedelta(hours=12)
SECOND_FACTOR_WAIT = dt.timedelta(minutes=5)  # between the password and the code
# Sign-in attempts: this many failures in the window are answered at once; after that each
# attempt waits twice as long as the one before (2 s, 4 s, ... at most 15 minutes) from the last
# failure, for the user name and, with a higher allowance, for the address it came from.
ATTEMPT_WINDOW = dt.timedelta(minutes=15)
FREE_FAILURES = 5
FREE_FAILURES_PER_CLIENT = 20
MAX_WAIT = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class Viewer:
    """A signed-in person: who, what they may do, and which jurisdictions they see
    (``jurisdictions`` None: every one)."""

    user_id: int
    username: str
    name: str
    role: ConsoleRole
    jurisdictions: frozenset[int] | None
    csrf_token: str
    has_second_factor: bool

    @property
    def actor(self) -> str:
        return f"console:{self.username}"

    @property
    def can_write(self) -> bool:
        return self.role is not ConsoleRole.AUDITOR

    @property
    def is_national_admin(self) -> bool:
        return self.role is ConsoleRole.NATIONAL_ADMIN

    @property
    def is_national(self) -> bool:
        return self.jurisdictions is None

    def sees(self, jurisdiction_id: int | None) -> bool:
        return self.jurisdictions is None or jurisdiction_id in self.jurisdictions

    def scope(self, column: ColumnElement[int] | object) -> ColumnElement[bool]:
        """The condition that keeps a query to this person's jurisdictions."""
        if self.jurisdictions is None:
            return true()
        if not self.jurisdictions:
            return false()
        return column.in_(sorted(self.jurisdictions))  # type: ignore[attr-defined,no-any-return]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# --- people ---


def create_user(
    session: Session,
    username: str,
    name: str,
    *,
    role: str,
    password: str,
    jurisdictions: list[str] | tuple[str, ...] = (),
    actor: str = "admin",
    cost: PasswordCost = DEFAULT_COST,
) -> ConsoleUser:
    """A console account. Supervisors need at least one jurisdiction; administrators see every
    one; auditors every one unless some are given."""
    from inspector.server.admin import _text

    username = _text(username, _("The user name"), 100)
    if session.scalar(select(ConsoleUser.id).where(ConsoleUser.username == username)):
        raise InvalidInput(_("Console user '{username}' already exists.").format(username=username))
    try:
        role_value = ConsoleRole(role)
    except ValueError:
        raise InvalidInput(
            _("A console role is national-admin, supervisor or auditor; not '{role}'.").format(
                role=role
            )
        ) from None
    places = [jurisdiction_by_code(session, code) for code in dict.fromkeys(jurisdictions)]
    if role_value is ConsoleRole.SUPERVISOR and not places:
        raise InvalidInput(_("A supervisor needs at least one jurisdiction."))
    if role_value is ConsoleRole.NATIONAL_ADMIN and places:
        raise InvalidInput(_("A national administrator sees every jurisdiction; give none."))
    check_new_password(password, username)
    user = ConsoleUser(
        username=username,
        name=_text(name, _("The name"), 200),
        role=role_value,
        password_hash=hash_password(password, cost),
    )
    session.add(user)
    session.flush()
    for place in places:
        session.add(ConsoleUserJurisdiction(user_id=user.id, jurisdiction_id=place.id))
    audit(
        session,
        actor,
        "console-user.add",
        username=username,
        role=role_value.value,
        jurisdictions=[place.code for place in places],
    )
    return user


def set_password(
    session: Session,
    user_id: int,
    password: str,
    *,
    actor: str,
    cost: PasswordCost = DEFAULT_COST,
) -> None:
    """A new password; every other session of the person ends."""
    user = session.get(ConsoleUser, user_id)
    if user is None:
        raise NotFound(_("There is no such console user."))
    check_new_password(password, user.username)
    user.password_hash = hash_password(password, cost)
    user.password_changed_at = utcnow()
    session.execute(
        update(ConsoleSession)
        .where(ConsoleSession.user_id == user.id, ConsoleSession.ended_at.is_(None))
        .values(ended_at=utcnow())
    )
    audit(session, actor, "console-user.password", username=user.username)


def set_active(session: Session, user_id: int, active: bool, *, actor: str) -> ConsoleUser:
    user = session.get(ConsoleUser, user_id)
    if user is None:
        raise NotFound(_("There is no such console user."))
    user.active = active
    if not active:
        session.execute(
            update(ConsoleSession)
            .where(ConsoleSession.user_id == user.id, ConsoleSession.ended_at.is_(None))
            .values(ended_at=utcnow())
        )
    audit(
        session,
        actor,
        "console-user.enable" if active else "console-user.disable",
        username=user.username,
    )
    return user


def user_jurisdictions(session: Session, user: ConsoleUser) -> frozenset[int] | None:
    if user.role is ConsoleRole.NATIONAL_ADMIN:
        return None
    ids = frozenset(
        session.scalars(
            select(ConsoleUserJurisdiction.jurisdiction_id).where(
                ConsoleUserJurisdiction.user_id == user.id
            )
        )
    )
    if user.role is ConsoleRole.AUDITOR and not ids:
        return None
    return ids


# --- sessions ---


def start_session(session: Session, user: ConsoleUser, *, second_factor_pending: bool) -> str:
    """A new session for ``user``; the token for the cookie (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        ConsoleSession(
            token_hash=token_hash(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            second_factor_pending=second_factor_pending,
            created_at=now,
            last_seen_at=now,
            expires_at=now + (SECOND_FACTOR_WAIT if second_factor_pending else MAX_SESSION),
        )
    )
    return token


def live_session(session: Session, token: str | None) -> tuple[ConsoleSession, ConsoleUser] | None:
    """The session of this cookie when it is still good (not ended, not idle too long, not
    past its end, its person still active); its idle clock restarts."""
    if not token or len(token) > 200:
        return None
    row = session.execute(
        select(ConsoleSession, ConsoleUser)
        .join(ConsoleUser, ConsoleUser.id == ConsoleSession.user_id)
        .where(ConsoleSession.token_hash == token_hash(token))
    ).first()
    if row is None:
        return None
    held, user = row
    now = utcnow()
    if (
        held.ended_at is not None
        or held.expires_at <= now
        or now - held.last_seen_at > IDLE_TIMEOUT
        or not user.active
    ):
        return None
    if now - held.last_seen_at > dt.timedelta(seconds=30):
        held.last_seen_at = now
    return held, user


def viewer_of(session: Session, held: ConsoleSession, user: ConsoleUser) -> Viewer:
    return Viewer(
        user_id=user.id,
        username=user.username,
        name=user.name,
        role=user.role,
        jurisdictions=user_jurisdictions(session, user),
        csrf_token=held.csrf_token,
        has_second_factor=user.totp_secret is not None,
    )


def end_session(session: Session, token: str | None) -> ConsoleUser | None:
    if not token:
        return None
    held = session.get(ConsoleSession, token_hash(token))
    if held is None or held.ended_at is not None:
        return None
    held.ended_at = utcnow()
    return session.get(ConsoleUser, held.user_id)


# --- sign-in attempts ---


def _wait_after(failures: int, free: int, last: dt.datetime | None, now: dt.datetime) -> float:
    if failures < free or last is None:
        return 0.0
    delay = min(dt.timedelta(seconds=2 ** (failures - free + 1)), MAX_WAIT)
    return max(0.0, (last + delay - now).total_seconds())


def seconds_to_wait(session: Session, username: str, client: str) -> float:
    """How long the next attempt for this user name, or from this address, must wait."""
    now = utcnow()
    since = now - ATTEMPT_WINDOW
    waits = [0.0]
    for column, key, free in (
        (ConsoleLoginAttempt.username, username[:100], FREE_FAILURES),
        (ConsoleLoginAttempt.client, client[:64], FREE_FAILURES_PER_CLIENT),
    ):
        last_success = select(func.max(ConsoleLoginAttempt.at)).where(
            column == key, ConsoleLoginAttempt.succeeded.is_(True)
        )
        failures, last = session.execute(
            select(func.count(), func.max(ConsoleLoginAttempt.at)).where(
                column == key,
                ConsoleLoginAttempt.succeeded.is_(False),
                ConsoleLoginAttempt.at >= since,
                ConsoleLoginAttempt.at > func.coalesce(last_success.scalar_subquery(), since),
            )
        ).one()
        waits.append(_wait_after(int(failures), free, last, now))
    return max(waits)


def note_attempt(session: Session, username: str, client: str, succeeded: bool) -> None:
    session.add(
        ConsoleLoginAttempt(username=username[:100], client=client[:64], succeeded=succeeded)
    )
