"""The vault's tables (SQLAlchemy 2 ORM). Classes are bare nouns; "model" means a Qt model.

Every synchronised record carries a client-generated UUID and a revision number, bumped on each
change, so that the sync protocol can send idempotent uploads and detect stale ones. Worker
identities live in their own table, never joined into agency-facing data.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from inspector.vault.types import NAMING, UTCDateTime, str_enum, utcnow


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Record:
    """Columns every synchronised record has."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- enumerations ---


class LicenceStatus(enum.StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    EXPIRED = "expired"


class InspectionKind(enum.StrEnum):
    ROUTINE = "routine"
    COMPLAINT = "complaint-driven"
    FOLLOW_UP = "follow-up"


class InspectionStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    LOCKED = "locked"


class Severity(enum.StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    OBSERVATION = "observation"


class FindingSource(enum.StrEnum):
    DERIVED = "derived"
    MANUAL = "manual"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    VERIFIED = "verified"
    CANCELLED = "cancelled"


class ComplaintStatus(enum.StrEnum):
    RECEIVED = "received"
    REFERRED = "referred"
    UNDER_INVESTIGATION = "under-investigation"
    CLOSED = "closed"


class Role(enum.StrEnum):
    INSPECTOR = "inspector"
    CONSULAR = "consular-official"
    SUPERVISOR = "supervisor"


# --- reference data ---


class Agency(Record, Base):
    __tablename__ = "agency"

    licence_number: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    country: Mapped[str] = mapped_column(String(2), doc="ISO 3166-1 alpha-2")
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    responsible_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    licence_status: Mapped[LicenceStatus] = mapped_column(
        str_enum(LicenceStatus, "licence_status"), default=LicenceStatus.ACTIVE
    )
    licence_valid_from: Mapped[dt.date | None] = mapped_column(Date)
    licence_valid_until: Mapped[dt.date | None] = mapped_column(Date)
    destination_countries: Mapped[list[Any]] = mapped_column(default=list)
    sectors: Mapped[list[Any]] = mapped_column(default=list)

    branches: Mapped[list[Branch]] = relationship(
        back_populates="agency", cascade="all, delete-orphan", order_by="Branch.name"
    )
    sub_agents: Mapped[list[SubAgent]] = relationship(
        back_populates="agency", cascade="all, delete-orphan", order_by="SubAgent.name"
    )


class Branch(Record, Base):
    __tablename__ = "branch"

    agency_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agency.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    licence_number: Mapped[str] = mapped_column(String(64), default="")

    agency: Mapped[Agency] = relationship(back_populates="branches")


class SubAgent(Record, Base):
    __tablename__ = "sub_agent"

    agency_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agency.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    registration_number: Mapped[str] = mapped_column(String(64), default="")
    area: Mapped[str] = mapped_column(String(200), default="")

    agency: Mapped[Agency] = relationship(back_populates="sub_agents")


class InspectorProfile(Record, Base):
    """The person this vault belongs to. One row."""

    __tablename__ = "inspector_profile"

    name: Mapped[str] = mapped_column(String(200))
    authority: Mapped[str] = mapped_column(String(300), default="")
    jurisdiction: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"), default=Role.INSPECTOR)
    email: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    office_address: Mapped[str] = mapped_column(Text, default="")
    emblem: Mapped[bytes | None] = mapped_column(LargeBinary, doc="PNG or JPEG, checked on arrival")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC", doc="IANA name")


class FormSnapshot(Base):
    """The exact form a piece of work was done with; an inspection renders from its snapshot even
    after the shipped form changes. Immutable once written."""

    __tablename__ = "form_snapshot"
    __table_args__ = (UniqueConstraint("form_id", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    form_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column()
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LegalOverlay(Base):
    """A version of the ministry's overlay of national legal provisions
    (``inspector.checklists.overlay``), from a file or the central server. Immutable once
    written; the newest one installed is in force for inspections started after it."""

    __tablename__ = "legal_overlay"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[dict[str, Any]] = mapped_column()
    source: Mapped[str] = mapped_column(String(20), default="file")  # file | server
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --- inspections ---


class Inspection(Record, Base):
    __tablename__ = "inspection"

    reference: Mapped[str] = mapped_column(String(40), unique=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"), index=True)
    form_snapshot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("form_snapshot.id"))
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(40))
    kind: Mapped[InspectionKind] = mapped_column(str_enum(InspectionKind, "inspection_kind"))
    status: Mapped[InspectionStatus] = mapped_column(
        str_enum(InspectionStatus, "inspection_status"), default=InspectionStatus.DRAFT, index=True
    )
    announced: Mapped[bool] = mapped_column(Boolean, default=False)
    team: Mapped[list[Any]] = mapped_column(default=list)
    place: Mapped[str] = mapped_column(Text, default="")
    planned_date: Mapped[dt.date | None] = mapped_column(Date)
    started_at: Mapped[dt.datetime | None] = mapped_column()
    completed_at: Mapped[dt.datetime | None] = mapped_column()
    locked_at: Mapped[dt.datetime | None] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")
    complaint_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("complaint.id"))
    follows_up_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspection.id"))
    amends_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspection.id"))
    # The legal overlay in force when the inspection started (its SHA-256; None: there was none).
    legal_overlay_sha256: Mapped[str | None] = mapped_column(String(64))

    agency: Mapped[Agency] = relationship()
    form_snapshot: Mapped[FormSnapshot] = relationship()
    answers: Mapped[list[Answer]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Answer.question_path"
    )
    findings: Mapped[list[Finding]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan"
    )


class Answer(Record, Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("inspection_id", "question_path"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    question_path: Mapped[str] = mapped_column(String(300))
    value: Mapped[Any] = mapped_column(JSON)

    inspection: Mapped[Inspection] = relationship(back_populates="answers")


class Finding(Record, Base):
    __tablename__ = "finding"

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[FindingSource] = mapped_column(str_enum(FindingSource, "finding_source"))
    rule_id: Mapped[str | None] = mapped_column(String(100))
    question_path: Mapped[str | None] = mapped_column(String(300))
    severity: Mapped[Severity] = mapped_column(str_enum(Severity, "severity"))
    standard: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    dropped: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str] = mapped_column(Text, default="")

    inspection: Mapped[Inspection] = relationship(back_populates="findings")
    corrective_actions: Mapped[list[CorrectiveAction]] = relationship(
        back_populates="finding", cascade="all, delete-orphan"
    )


class CorrectiveAction(Record, Base):
    __tablename__ = "corrective_action"

    finding_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("finding.id", ondelete="CASCADE"), index=True
    )
    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus, "action_status"), default=ActionStatus.OPEN
    )
    verification: Mapped[str] = mapped_column(Text, default="")  # how it was verified
    closed_at: Mapped[dt.datetime | None] = mapped_column()
    done_on: Mapped[dt.date | None] = mapped_column(Date)  # when the agency carried it out
    done_note: Mapped[str] = mapped_column(Text, default="")  # the proof it gave
    verified_on: Mapped[dt.date | None] = mapped_column(Date)  # when the inspector checked it

    finding: Mapped[Finding] = relationship(back_populates="corrective_actions")


class AttachmentBlob(Base):
    """Attachment bytes, addressed by SHA-256. Encrypted with the rest of the vault."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Record, Base):
    __tablename__ = "attachment"

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("worker_interview.id", ondelete="CASCADE")
    )
    question_path: Mapped[str | None] = mapped_column(String(300))
    # The finding this file supports (the report shows it there); unlinked if it is withdrawn.
    finding_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("finding.id", ondelete="SET NULL")
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blob.sha256"))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(300), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkerInterview(Record, Base):
    """A confidential interview. The worker is a pseudonymous code; nothing here is
    agency-facing."""

    __tablename__ = "worker_interview"
    __table_args__ = (UniqueConstraint("inspection_id", "code"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[dt.datetime | None] = mapped_column()
    language: Mapped[str] = mapped_column(String(16), default="")
    interpreter_used: Mapped[bool] = mapped_column(Boolean, default=False)
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    form_snapshot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("form_snapshot.id"))

    form_snapshot: Mapped[FormSnapshot | None] = relationship()


class WorkerIdentity(Base):
    """Who a pseudonymous code is, if the inspector keeps it at all. Never synced, exported or
    reported; one row per interview or complaint."""

    __tablename__ = "worker_identity"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    document_number: Mapped[str] = mapped_column(Text, default="")


class Complaint(Record, Base):
    __tablename__ = "complaint"

    reference: Mapped[str] = mapped_column(String(40), unique=True)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    channel: Mapped[str] = mapped_column(String(60), default="consulate")
    complainant_code: Mapped[str] = mapped_column(String(20))
    agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"), index=True)
    agency_name_given: Mapped[str] = mapped_column(String(300), default="")
    origin_country: Mapped[str] = mapped_column(String(2), default="")
    destination_country: Mapped[str] = mapped_column(String(2), default="")
    employer: Mapped[str] = mapped_column(String(300), default="")
    allegations: Mapped[list[Any]] = mapped_column(default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    trafficking_indicators: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_to_share: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[ComplaintStatus] = mapped_column(
        str_enum(ComplaintStatus, "complaint_status"), default=ComplaintStatus.RECEIVED
    )
    referred_to: Mapped[str] = mapped_column(Text, default="")  # a free-text note
    sub_agent: Mapped[str] = mapped_column(String(300), default="")

    agency: Mapped[Agency | None] = relationship()
    referrals: Mapped[list[ComplaintReferral]] = relationship(
        back_populates="complaint",
        cascade="all, delete-orphan",
        order_by="ComplaintReferral.referred_on",
    )


class ComplaintReferral(Record, Base):
    """Where a complaint was referred (origin regulator, destination inspectorate, police,
    shelter) and how far that has gone; one row per body."""

    __tablename__ = "complaint_referral"
    __table_args__ = (UniqueConstraint("complaint_id", "target"),)

    complaint_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    target: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(40))
    referred_on: Mapped[dt.date] = mapped_column(Date)
    identity_shared: Mapped[bool] = mapped_column(Boolean, default=False)

    complaint: Mapped[Complaint] = relationship(back_populates="referrals")


# --- reports and signing ---


class Report(Record, Base):
    """A signed PDF report of a locked inspection, kept byte for byte with its SHA-256. Written
    once: triggers refuse any later change or deletion."""

    __tablename__ = "report"

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    language: Mapped[str] = mapped_column(String(16))
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    paper: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    signer: Mapped[str] = mapped_column(Text, default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)


class SigningIdentity(Base):
    """The inspector's signing certificate and its private key (PKCS#8, DER). The key exists
    only here, inside the encrypted vault: never synced, exported, logged or written to a file.
    The newest row is the one in use."""

    __tablename__ = "signing_identity"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    subject: Mapped[str] = mapped_column(Text)
    issuer: Mapped[str] = mapped_column(Text)
    serial_number: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True, doc="SHA-256 of the DER")
    not_valid_before: Mapped[dt.datetime] = mapped_column()
    not_valid_after: Mapped[dt.datetime] = mapped_column()
    self_signed: Mapped[bool] = mapped_column(Boolean)
    certificate: Mapped[bytes] = mapped_column(LargeBinary, doc="DER")
    chain: Mapped[list[Any]] = mapped_column(default=list, doc="issuer certificates, PEM")
    private_key: Mapped[bytes] = mapped_column(LargeBinary, doc="PKCS#8 DER, unencrypted")


# --- bookkeeping ---


class AuditEvent(Base):
    """One link of the audit hash chain: ``hash`` covers the event's fields and ``prev_hash``."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36))
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxEntry(Base):
    """A change waiting to be sent to the server; written in the same transaction as the change."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column()


class VaultSetting(Base):
    """Small facts about the vault itself (audit chain head, counters)."""

    __tablename__ = "vault_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


# --- sync with the central server (docs/sync-protocol.md) ---


class Enrolment(Base):
    """This laptop's enrolment with the ministry's server; one row. The credential exists only
    here, inside the encrypted vault: never in a settings file, a log or a message."""

    __tablename__ = "enrolment"

    device_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    server_url: Mapped[str] = mapped_column(Text)
    server_name: Mapped[str] = mapped_column(Text, default="")
    credential: Mapped[str] = mapped_column(Text)
    ca_certificate: Mapped[str] = mapped_column(
        Text, doc="PEM: the authority's CA, and the CA given for the server's https if another"
    )
    ca_fingerprint: Mapped[str] = mapped_column(String(64), doc="SHA-256 of the CA's DER")
    account: Mapped[dict[str, Any]] = mapped_column(default=dict)
    enrolled_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncedRecord(Base):
    """The revision of a record the server last acknowledged: the base of its next upload."""

    __tablename__ = "synced_record"

    entity_type: Mapped[str] = mapped_column(String(60), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    acknowledged_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class QuarantinedRecord(Base):
    """A record the server refused, with its reason; the queue went on without it."""

    __tablename__ = "quarantined_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    released_at: Mapped[dt.datetime | None] = mapped_column()


class SyncConflict(Base):
    """A record sent on a stale base: the server keeps its version and this one; a person
    decides. ``data`` is this laptop's version as it was sent."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    server_revision: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    resolution: Mapped[str] = mapped_column(String(20), default="")


class SentBlob(Base):
    """An attachment or report file the server holds complete (its hash checked there)."""

    __tablename__ = "sent_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    completed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PublishedForm(Base):
    """A checklist version the ministry published; new inspections may use the newest one.
    Drafts keep the snapshot they started with."""

    __tablename__ = "published_form"

    form_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column()
    change_seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Assignment(Base):
    """An inspection the ministry assigned to this inspector, as it came from the server."""

    __tablename__ = "assignment"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    agency_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    licence_number: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(40), default="routine")
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    form_id: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    assigned_to: Mapped[str] = mapped_column(String(200), default="")
    complaint_id: Mapped[uuid.UUID | None] = mapped_column()
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReportUpgrade(Base):
    """A report the server timestamped (PAdES B-LT), stored as a new report row beside the one
    signed on the laptop, which never changes."""

    __tablename__ = "report_upgrade"

    upgraded_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report.id"), primary_key=True)
    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
