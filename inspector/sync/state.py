"""Small facts about sync kept in the vault (``vault_setting``, keys ``sync.*``): the pull cursor,
the last audit event the server acknowledged, the last sync that failed and why, the standalone
switch, the ministry's "contact every N days" and when the server last took this laptop's work.
When a sync last finished is ``last_sync`` of ``inspector.services.backup``. Written without
audit events: they are bookkeeping, not changes to anyone's work."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.vault.tables import Enrolment, VaultSetting

CURSOR = "sync.cursor"
AUDIT_SEQ = "sync.audit_seq"
AUDIT_HEAD_SENT = "sync.audit_head_sent"
LAST_ATTEMPT = "sync.last_attempt"
LAST_ERROR = "sync.last_error"
CLOCK_SKEW = "sync.clock_skew"
STANDALONE = "sync.standalone"
MAX_DAYS_OFFLINE = "sync.max_days_offline"  # the ministry's rule, as the server last said it
LAST_CONTACT = "sync.last_contact"  # the server last took this laptop's records (ISO time)
# The authority's revocation list as the server last gave it, checked against the enrolment's
# CA: {"der": base64, "this_update": ISO time, "fetched": ISO time}. Signing embeds it.
AUTHORITY_CRL = "sync.authority_crl"


def get(session: Session, key: str, default: Any = None) -> Any:
    setting = session.get(VaultSetting, key)
    return default if setting is None else setting.value


def put(session: Session, key: str, value: Any) -> None:
    setting = session.get(VaultSetting, key)
    if setting is None:
        session.add(VaultSetting(key=key, value=value))
    else:
        setting.value = value


def enrolment(session: Session) -> Enrolment | None:
    return session.scalar(select(Enrolment).limit(1))


def is_standalone(session: Session) -> bool:
    return bool(get(session, STANDALONE, False))
