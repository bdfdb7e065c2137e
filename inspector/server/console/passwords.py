"""Console passwords (Argon2id, from ``cryptography``) and the optional TOTP second factor
(RFC 6238, also from ``cryptography``)."""

from __future__ import annotations

import base64
import hmac
import os
import time
from dataclasses import dataclass

from inspector.errors import InvalidInput
from inspector.i18n import _

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
TOTP_STEP = 30
TOTP_DIGITS = 6
TOTP_WINDOW = 1  # one step either side: clocks of phones drift


@dataclass(frozen=True)
class PasswordCost:
    """Argon2id cost. The default (RFC 9106's second choice, 64 MiB) took 0.3 s on a 2-core
    machine; the cost is stored in each hash, so a cheaper one (tests) still verifies."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024


DEFAULT_COST = PasswordCost()
# Verified against when a user name is unknown, so an answer takes as long either way.
_DUMMY: dict[str, str] = {}


def check_new_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            _("A password has at least {n} characters.").format(n=MIN_PASSWORD_LENGTH)
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(_("The password is too long."))
    if username and username.lower() in password.lower():
        raise InvalidInput(_("The password must not contain the user name."))


def hash_password(password: str, cost: PasswordCost = DEFAULT_COST) -> str:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=os.urandom(16),
        length=32,
        iterations=cost.iterations,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    )
    return kdf.derive_phc_encoded(password.encode("utf-8"))


def password_matches(password: str, encoded: str | None) -> bool:
    """Whether ``password`` is the one ``encoded`` was made from; with no hash (an unknown
    user), a hash of the default cost is checked anyway and False returned."""
    from cryptography.exceptions import InvalidKey
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    if encoded is None:
        if "hash" not in _DUMMY:
            _DUMMY["hash"] = hash_password(base64.b64encode(os.urandom(18)).decode("ascii"))
        encoded, known = _DUMMY["hash"], False
    else:
        known = True
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8")[: MAX_PASSWORD_LENGTH * 4], encoded)
    except (InvalidKey, ValueError):
        return False
    return known


def new_totp_secret() -> bytes:
    return os.urandom(20)


def totp_secret_text(secret: bytes) -> str:
    """The secret as people type it into an authenticator app (base32, no padding)."""
    return base64.b32encode(secret).decode("ascii").rstrip("=")


def totp_secret_from_text(text: str) -> bytes:
    cleaned = "".join(text.split()).upper()
    try:
        secret = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raise InvalidInput(_("The second-factor secret is damaged; start again.")) from None
    if len(secret) < 16:
        raise InvalidInput(_("The second-factor secret is damaged; start again."))
    return secret


def totp_uri(secret: bytes, username: str, issuer: str) -> str:
    from cryptography.hazmat.primitives.hashes import SHA1
    from cryptography.hazmat.primitives.twofactor.totp import TOTP

    totp = TOTP(secret, TOTP_DIGITS, SHA1(), TOTP_STEP, enforce_key_length=False)  # noqa: S303
    return totp.get_provisioning_uri(username, issuer)


def totp_code(secret: bytes, at: float) -> str:
    from cryptography.hazmat.primitives.hashes import SHA1
    from cryptography.hazmat.primitives.twofactor.totp import TOTP

    totp = TOTP(secret, TOTP_DIGITS, SHA1(), TOTP_STEP, enforce_key_length=False)  # noqa: S303
    return totp.generate(int(at)).decode("ascii")


def totp_step_matched(secret: bytes, code: str, last_step: int, at: float | None = None) -> int:
    """The time step ``code`` belongs to (within the window, and after ``last_step``, so a code
    is never taken twice), or 0 when it matches none."""
    code = "".join(code.split())
    if len(code) != TOTP_DIGITS or not code.isdigit():
        return 0
    now = time.time() if at is None else at
    current = int(now) // TOTP_STEP
    found = 0
    for step in range(current - TOTP_WINDOW, current + TOTP_WINDOW + 1):
        if step <= last_step:
            continue
        if hmac.compare_digest(totp_code(secret, step * TOTP_STEP), code):
            found = step
    return found
