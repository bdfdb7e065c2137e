"""The central server's tables (SQLAlchemy 2 ORM), apart from the laptop's vault.

Records inspectors upload are kept as they came (``record``: type, id, revision and the record's
columns as JSON), with the columns the server must query on (jurisdiction, inspection, agency)
lifted out. Reference data the ministry publishes (jurisdictions, accounts, agencies, checklists,
assignments) has tables of its own. ``change`` is the log laptops pull from: its sequence numbers
are handed out in commit order (see ``inspector.server.changes``).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from inspector.vault.types import NAMING, UTCDateTime, str_enum, utcnow

# BIGINT autoincrement on PostgreSQL, INTEGER PRIMARY KEY (rowid) on SQLite.
SerialId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class JurisdictionKind(enum.StrEnum):
    HOME = "home"  # a regional inspectorate of the ministry
    CONSULAR_POST = "consular-post"  # a consulate or labour attaché abroad


class AccountRole(enum.StrEnum):
    INSPECTOR = "inspector"
    CONSULAR = "consular-official"


class Authority(Base):
    """The ministry's certificate and timestamping authority, made at first start. One row."""

    __tablename__ = "authority"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    ca_certificate: Mapped[bytes] = mapped_column(LargeBinary)
    ca_private_key: Mapped[bytes] = mapped_column(LargeBinary)
    tsa_certificate: Mapped[bytes] = mapped_column(LargeBinary)
    tsa_private_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Jurisdiction(Base):
    __tablename__ = "jurisdiction"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[JurisdictionKind] = mapped_column(
        str_enum(JurisdictionKind, "jurisdiction_kind"), default=JurisdictionKind.HOME
    )
    country: Mapped[str] = mapped_column(String(2), default="")


class Account(Base):
    """An inspector or consular official: the person devices are enrolled for."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[AccountRole] = mapped_column(str_enum(AccountRole, "account_role"))
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EnrolmentCode(Base):
    """A one-time code an administrator hands to an inspector; only its hash is kept."""

    __tablename__ = "enrolment_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    used_at: Mapped[dt.datetime | None] = mapped_column()
    device_id: Mapped[uuid.UUID | None] = mapped_column()


class Device(Base):
    """An enrolled laptop. Identified by its enrolment, never by the vault id it reports."""

    __tablename__ = "device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    vault_id: Mapped[str] = mapped_column(String(64), default="")
    credential_hash: Mapped[str] = mapped_column(String(64))
    certificate: Mapped[bytes] = mapped_column(LargeBinary)
    certificate_serial: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column()
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    last_seen_at: Mapped[dt.datetime | None] = mapped_column()
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_hash: Mapped[str] = mapped_column(String(64), default="")
    audit_signed_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_signed_hash: Mapped[str] = mapped_column(String(64), default="")
    history_rewritten_at: Mapped[dt.datetime | None] = mapped_column()


class Agency(Base):
    """The registry as the ministry publishes it, one row per agency, scoped by jurisdiction."""

    __tablename__ = "agency"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    licence_number: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Form(Base):
    """A published checklist version."""

    __tablename__ = "form"
    __table_args__ = (UniqueConstraint("form_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column()
    published_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Assignment(Base):
    __tablename__ = "assignment"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"))
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40), default="routine")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    form_id: Mapped[str] = mapped_column(String(100), default="agency-inspection")
    notes: Mapped[str] = mapped_column(Text, default="")
    complaint_id: Mapped[uuid.UUID | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Record(Base):
    """A record a laptop uploaded, as it came: the latest revision the server accepted."""

    __tablename__ = "record"
    __table_args__ = (
        Index("ix_record_jurisdiction_type", "jurisdiction_id", "type"),
        Index("ix_record_inspection", "inspection_id"),
    )

    type: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    inspection_id: Mapped[uuid.UUID | None] = mapped_column()
    agency_id: Mapped[uuid.UUID | None] = mapped_column()
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the canonical data
    data: Mapped[dict[str, Any]] = mapped_column()
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    """A version a laptop sent on a stale base: kept beside the server's for a person."""

    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"), index=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    revision: Mapped[int] = mapped_column(Integer)
    base_revision: Mapped[int | None] = mapped_column(Integer)
    server_revision: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column()
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()


class Blob(Base):
    """Bytes in the blob store, and the jurisdictions that may read them."""

    __tablename__ = "blob"
    __table_args__ = (UniqueConstraint("sha256", "jurisdiction_id"),)

    id: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"))
    size: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SealedReport(Base):
    """A signed report that arrived, its check and the B-LT copy the server made."""

    __tablename__ = "sealed_report"

    report_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    ltv_sha256: Mapped[str] = mapped_column(String(64), default="")
    ltv_size: Mapped[int] = mapped_column(BigInteger, default=0)
    signer: Mapped[str] = mapped_column(Text, default="")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    problem: Mapped[str] = mapped_column(Text, default="")
    sealed_at: Mapped[dt.datetime | None] = mapped_column()


class Change(Base):
    """The log laptops pull reference data from. ``seq`` is handed out in commit order.

    ``jurisdiction_id`` null: for everyone; ``account_id`` set: for that person's devices only.
    """

    __tablename__ = "change"

    seq: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    jurisdiction_id: Mapped[int | None] = mapped_column(ForeignKey("jurisdiction.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    data: Mapped[dict[str, Any]] = mapped_column()
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ServerAudit(Base):
    """Who did what on the server: administrators' commands, enrolments, revocations."""

    __tablename__ = "server_audit"

    id: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- the web console (inspector.server.console): people, sessions and what the pages need ---


class ConsoleRole(enum.StrEnum):
    NATIONAL_ADMIN = "national-admin"  # everything, every jurisdiction
    SUPERVISOR = "supervisor"  # the jurisdictions listed for them
    AUDITOR = "auditor"  # reads only; every jurisdiction unless some are listed


class ConsoleUser(Base):
    """A person of the ministry who uses the web console. Devices never use these accounts."""

    __tablename__ = "console_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[ConsoleRole] = mapped_column(str_enum(ConsoleRole, "console_role"))
    password_hash: Mapped[str] = mapped_column(Text)  # Argon2id, PHC string with salt and cost
    totp_secret: Mapped[bytes | None] = mapped_column(LargeBinary)
    totp_last_step: Mapped[int] = mapped_column(BigInteger, default=0)  # no code used twice
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    password_changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ConsoleUserJurisdiction(Base):
    """The jurisdictions a supervisor (or a scoped auditor) sees."""

    __tablename__ = "console_user_jurisdiction"

    user_id: Mapped[int] = mapped_column(ForeignKey("console_user.id"), primary_key=True)
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"), primary_key=True)


class ConsoleSession(Base):
    """A signed-in browser. Only the SHA-256 of the cookie's token is kept."""

    __tablename__ = "console_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("console_user.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    second_factor_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    ended_at: Mapped[dt.datetime | None] = mapped_column()


class ConsoleLoginAttempt(Base):
    """Each password or second-factor attempt, for slowing down guessing."""

    __tablename__ = "console_login_attempt"
    __table_args__ = (
        Index("ix_console_login_attempt_username_at", "username", "at"),
        Index("ix_console_login_attempt_client_at", "client", "at"),
    )

    id: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(100))
    client: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncRefusal(Base):
    """A record the server refused to a laptop, and why (the console's sync health page)."""

    __tablename__ = "sync_refusal"

    id: Mapped[int] = mapped_column(SerialId, primary_key=True, autoincrement=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"), index=True)
    jurisdiction_id: Mapped[int] = mapped_column(ForeignKey("jurisdiction.id"), index=True)
    type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DeviceClient(Base):
    """What a device last said it runs (its User-Agent), seen on its syncs."""

    __tablename__ = "device_client"

    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"), primary_key=True)
    user_agent: Mapped[str] = mapped_column(String(200), default="")
    seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LegalProvisions(Base):
    """A version of the ministry's overlay of national legal provisions that reports cite."""

    __tablename__ = "legal_provisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column()
    published_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    published_by: Mapped[str] = mapped_column(String(200), default="")
