"""What administrators do: jurisdictions, accounts, enrolment codes, checklists, the registry,
assignments, revocation, and the list of what arrived. The command line (``inspector-server
admin``) and the tests call these; every change is written to the server's audit log."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.server.changes import append_change
from inspector.server.tables import (
    Account,
    AccountRole,
    Agency,
    Assignment,
    Device,
    EnrolmentCode,
    Form,
    Jurisdiction,
    JurisdictionKind,
    Record,
    ServerAudit,
)
from inspector.vault.types import utcnow

# Letters and digits that cannot be mistaken for one another when read aloud or typed.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4


def audit(session: Session, actor: str, action: str, **details: Any) -> None:
    session.add(ServerAudit(actor=actor, action=action, details=details))


def _text(value: str, what: str, limit: int) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(_("{what} is empty.").format(what=what))
    if len(value) > limit:
        raise InvalidInput(_("{what} is longer than {n} characters.").format(what=what, n=limit))
    if any(ord(ch) < 32 or ch == "\x7f" for ch in value):
        raise InvalidInput(_("{what} holds control characters.").format(what=what))
    return value


def jurisdiction_by_code(session: Session, code: str) -> Jurisdiction:
    found = session.scalar(select(Jurisdiction).where(Jurisdiction.code == code))
    if found is None:
        raise NotFound(_("There is no jurisdiction '{code}'.").format(code=code))
    return found


def account_by_username(session: Session, username: str) -> Account:
    found = session.scalar(select(Account).where(Account.username == username))
    if found is None:
        raise NotFound(_("There is no account '{username}'.").format(username=username))
    return found


def add_jurisdiction(
    session: Session,
    code: str,
    name: str,
    *,
    kind: str = JurisdictionKind.HOME,
    country: str = "",
    actor: str = "admin",
) -> Jurisdiction:
    code = _text(code, _("The jurisdiction code"), 40)
    if session.scalar(select(Jurisdiction.id).where(Jurisdiction.code == code)) is not None:
        raise InvalidInput(_("Jurisdiction '{code}' already exists.").format(code=code))
    try:
        kind_value = JurisdictionKind(kind)
    except ValueError:
        raise InvalidInput(
            _("A jurisdiction is 'home' or 'consular-post'; not '{kind}'.").format(kind=kind)
        ) from None
    if country and not (len(country) == 2 and country.isalpha() and country.isascii()):
        raise InvalidInput(_("The country is a two-letter ISO code, such as NP."))
    jurisdiction = Jurisdiction(
        code=code, name=_text(name, _("The name"), 200), kind=kind_value, country=country.upper()
    )
    session.add(jurisdiction)
    session.flush()
    audit(session, actor, "jurisdiction.add", code=code)
    return jurisdiction


def add_account(
    session: Session,
    username: str,
    name: str,
    *,
    role: str,
    jurisdiction: str,
    email: str = "",
    actor: str = "admin",
) -> Account:
    username = _text(username, _("The user name"), 100)
    if session.scalar(select(Account.id).where(Account.username == username)) is not None:
        raise InvalidInput(_("Account '{username}' already exists.").format(username=username))
    try:
        role_value = AccountRole(role)
    except ValueError:
        raise InvalidInput(
            _("A role is 'inspector' or 'consular-official'; not '{role}'.").format(role=role)
        ) from None
    place = jurisdiction_by_code(session, jurisdiction)
    if role_value is AccountRole.CONSULAR and place.kind is not JurisdictionKind.CONSULAR_POST:
        raise InvalidInput(
            _("A consular official belongs to a consular post; '{code}' is not one.").format(
                code=place.code
            )
        )
    if role_value is AccountRole.INSPECTOR and place.kind is not JurisdictionKind.HOME:
        raise InvalidInput(
            _("An inspector belongs to a home jurisdiction; '{code}' is a consular post.").format(
                code=place.code
            )
        )
    account = Account(
        username=username,
        name=_text(name, _("The name"), 200),
        role=role_value,
        jurisdiction_id=place.id,
        email=email.strip()[:200],
    )
    session.add(account)
    session.flush()
    audit(session, actor, "account.add", username=username, jurisdiction=place.code)
    return account


def code_hash(code: str) -> str:
    plain = "".join(ch for ch in code.upper() if ch in CODE_ALPHABET)
    return hashlib.sha256(plain.encode("ascii")).hexdigest()


def new_enrolment_code(
    session: Session, username: str, *, days: float = 7, actor: str = "admin"
) -> tuple[str, dt.datetime]:
    """A one-time code for ``username``'s next laptop, and when it expires. Only its hash is
    stored: the code is shown once."""
    account = account_by_username(session, username)
    if not account.active:
        raise InvalidInput(_("Account '{username}' is disabled.").format(username=username))
    if not 0 < days <= 90:
        raise InvalidInput(_("An enrolment code lasts between a minute and 90 days."))
    groups = [
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    ]
    code = "-".join(groups)
    expires = utcnow() + dt.timedelta(days=days)
    session.add(EnrolmentCode(code_hash=code_hash(code), account_id=account.id, expires_at=expires))
    audit(session, actor, "enrolment-code.new", username=username, expires=expires.isoformat())
    return code, expires


def publish_form(session: Session, path: Path, *, actor: str = "admin") -> Form:
    """Check a checklist file as the laptop does and publish it to every laptop."""
    from inspector.checklists.digest import stored_document
    from inspector.checklists.loader import load_file

    form = load_file(path)
    document, digest, title = stored_document(form)
    existing = session.scalar(
        select(Form).where(Form.form_id == form.id, Form.version == form.version)
    )
    if existing is not None:
        if existing.sha256 != digest:
            raise InvalidInput(
                _(
                    "Checklist {form} version {version} is already published with other "
                    "content; give the changed checklist a new version."
                ).format(form=form.id, version=form.version)
            )
        return existing
    published = Form(
        form_id=form.id,
        version=form.version,
        title=title,
        sha256=digest,
        content=document,
    )
    session.add(published)
    session.flush()
    append_change(
        session,
        "form",
        f"{form.id}@{form.version}",
        {"form_id": form.id, "version": form.version, "sha256": digest, "content": document},
    )
    audit(session, actor, "form.publish", form=form.id, version=form.version, sha256=digest)
    return published


def agency_data(agency: Agency) -> dict[str, Any]:
    return {"id": str(agency.id), "revision": agency.revision, **agency.data}


@dataclass(frozen=True)
class RegistryImported:
    created: int
    updated: int
    unchanged: int
    problems: list[str]


def import_agencies(
    session: Session,
    path: Path,
    jurisdiction: str,
    *,
    mapping: dict[str, str] | None = None,
    date_order: str = "dmy",
    actor: str = "admin",
) -> RegistryImported:
    """The laptop's registry reader (same checks, same messages); good rows are stored for the
    jurisdiction and go down to its laptops. A licence number held by another jurisdiction is
    refused for that row."""
    from inspector.services.registry_import import read_registry

    place = jurisdiction_by_code(session, jurisdiction)
    parsed = read_registry(path, mapping=mapping, date_order=date_order)
    problems = [problem.describe() for problem in parsed.problems]
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    for line, values in parsed.rows:
        row = {key: json_value(value) for key, value in zip(parsed.fields, values, strict=True)}
        outcome = store_agency(session, place, row)
        if outcome in counts:
            counts[outcome] += 1
        else:
            problems.append(_("line {line}: {problem}").format(line=line, problem=outcome))
    created, updated, unchanged = counts["created"], counts["updated"], counts["unchanged"]
    audit(
        session,
        actor,
        "agencies.import",
        file_sha256=parsed.sha256,
        jurisdiction=place.code,
        created=created,
        updated=updated,
        rejected=len(problems),
    )
    return RegistryImported(created, updated, unchanged, problems)


def store_agency(session: Session, place: Jurisdiction, data: dict[str, Any]) -> str:
    """Add or update one agency of ``place`` and announce it to the jurisdiction's laptops;
    'created', 'updated', 'unchanged', or the reason it was refused."""
    licence = data["licence_number"]
    agency = session.scalar(select(Agency).where(Agency.licence_number == licence))
    if agency is not None and agency.jurisdiction_id != place.id:
        return _("licence number {licence} belongs to another jurisdiction.").format(
            licence=licence
        )
    if agency is None:
        agency = Agency(
            id=uuid.uuid4(),
            licence_number=licence,
            name=data.get("name", ""),
            jurisdiction_id=place.id,
            data=data,
        )
        session.add(agency)
        outcome = "created"
    else:
        merged = {**agency.data, **data}
        if merged == agency.data:
            return "unchanged"
        agency.data = merged
        agency.name = merged.get("name", agency.name)
        agency.revision += 1
        outcome = "updated"
    session.flush()
    append_change(session, "agency", str(agency.id), agency_data(agency), jurisdiction_id=place.id)
    return outcome


def json_value(value: Any) -> Any:
    """A registry value as the agency's JSON keeps it (lists of codes stay lists)."""
    from inspector.services.tables_out import plain

    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    return plain(value)


def assign(
    session: Session,
    username: str,
    licence_number: str,
    *,
    kind: str = "routine",
    due: dt.date | None = None,
    form_id: str = "agency-inspection",
    notes: str = "",
    complaint_id: uuid.UUID | None = None,
    actor: str = "admin",
) -> Assignment:
    """Ask an inspector to inspect an agency of their jurisdiction; it reaches their laptop on
    its next sync."""
    account = account_by_username(session, username)
    if account.role is not AccountRole.INSPECTOR:
        raise InvalidInput(_("Only inspectors take assignments."))
    agency = session.scalar(select(Agency).where(Agency.licence_number == licence_number))
    if agency is None or agency.jurisdiction_id != account.jurisdiction_id:
        raise NotFound(
            _(
                "There is no agency with licence number {licence} in {username}'s jurisdiction."
            ).format(licence=licence_number, username=username)
        )
    if kind not in ("routine", "complaint-driven", "follow-up"):
        raise InvalidInput(
            _("An inspection is routine, complaint-driven or follow-up; not '{kind}'.").format(
                kind=kind
            )
        )
    assignment = Assignment(
        account_id=account.id,
        agency_id=agency.id,
        jurisdiction_id=account.jurisdiction_id,
        kind=kind,
        due_date=due,
        form_id=form_id,
        notes=notes.strip()[:2000],
        complaint_id=complaint_id,
    )
    session.add(assignment)
    session.flush()
    append_change(
        session,
        "assignment",
        str(assignment.id),
        assignment_data(assignment, agency, account),
        jurisdiction_id=account.jurisdiction_id,
        account_id=account.id,
    )
    audit(session, actor, "assign", username=username, licence=licence_number, kind=kind)
    return assignment


def assignment_data(assignment: Assignment, agency: Agency, account: Account) -> dict[str, Any]:
    return {
        "id": str(assignment.id),
        "agency_id": str(agency.id),
        "licence_number": agency.licence_number,
        "kind": assignment.kind,
        "due_date": assignment.due_date.isoformat() if assignment.due_date else None,
        "form_id": assignment.form_id,
        "notes": assignment.notes,
        "complaint_id": str(assignment.complaint_id) if assignment.complaint_id else None,
        "assigned_to": account.username,
    }


def revoke_device(
    session: Session, device_id: str, *, reason: str = "", actor: str = "admin"
) -> Device:
    """Revoke a laptop: every later request is refused, its certificate goes on the CRL, and
    the laptop destroys its key material when it next calls."""
    try:
        key = uuid.UUID(device_id)
    except ValueError:
        raise InvalidInput(_("'{value}' is not a device id.").format(value=device_id)) from None
    device = session.get(Device, key)
    if device is None:
        raise NotFound(_("There is no device {device}.").format(device=device_id))
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        device.revoked_reason = reason.strip()[:500]
        append_change(
            session,
            "device_revoked",
            str(device.id),
            {"device_id": str(device.id)},
            account_id=device.account_id,
        )
        audit(session, actor, "device.revoke", device=str(device.id), reason=reason[:500])
    return device


@dataclass(frozen=True)
class DeviceRow:
    id: uuid.UUID
    username: str
    name: str
    enrolled_at: dt.datetime
    last_seen_at: dt.datetime | None
    revoked_at: dt.datetime | None


def list_devices(session: Session) -> list[DeviceRow]:
    rows = session.execute(
        select(Device, Account.username)
        .join(Account, Account.id == Device.account_id)
        .order_by(Device.enrolled_at)
    )
    return [
        DeviceRow(d.id, username, d.name, d.enrolled_at, d.last_seen_at, d.revoked_at)
        for d, username in rows
    ]


@dataclass(frozen=True)
class Arrival:
    inspection_id: uuid.UUID
    reference: str
    status: str
    jurisdiction: str
    username: str
    received_at: dt.datetime
    records: int  # the inspection's own records: answers, findings, actions, files, reports


def arrivals(session: Session, since: dt.datetime | None = None) -> list[Arrival]:
    """Inspections received, newest first, with how many records belong to each."""
    inspections = (
        select(Record, Jurisdiction.code, Account.username)
        .join(Jurisdiction, Jurisdiction.id == Record.jurisdiction_id)
        .join(Device, Device.id == Record.device_id)
        .join(Account, Account.id == Device.account_id)
        .where(Record.type == "inspection")
    )
    if since is not None:
        inspections = inspections.where(Record.updated_at >= since)
    counts = dict(
        session.execute(
            select(Record.inspection_id, func.count())
            .where(Record.inspection_id.is_not(None), Record.type != "audit_event")
            .group_by(Record.inspection_id)
        ).all()
    )
    result = [
        Arrival(
            inspection_id=record.id,
            reference=str(record.data.get("reference", "")),
            status=str(record.data.get("status", "")),
            jurisdiction=code,
            username=username,
            received_at=record.updated_at,
            records=counts.get(record.id, 0),
        )
        for record, code, username in session.execute(inspections)
    ]
    return sorted(result, key=lambda a: a.received_at, reverse=True)
