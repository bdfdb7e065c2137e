"""Agencies: the recruitment agencies an authority licenses, their branches and sub-agents."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Agency, Branch, LicenceStatus, SubAgent

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")  # ISO 3166-1 alpha-2


@dataclass
class AgencyData:
    licence_number: str
    name: str
    country: str
    address: str = ""
    city: str = ""
    responsible_person: str = ""
    phone: str = ""
    email: str = ""
    licence_status: LicenceStatus = LicenceStatus.ACTIVE
    licence_valid_from: dt.date | None = None
    licence_valid_until: dt.date | None = None
    destination_countries: Sequence[str] = field(default_factory=tuple)
    sectors: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class AgencyRow:
    id: uuid.UUID
    licence_number: str
    name: str
    country: str
    city: str
    licence_status: LicenceStatus
    licence_valid_until: dt.date | None


def _checked(data: AgencyData) -> AgencyData:
    licence = data.licence_number.strip()
    name = data.name.strip()
    country = data.country.strip().upper()
    if not licence:
        raise InvalidInput(_("The licence number is missing."))
    if not name:
        raise InvalidInput(_("The agency name is missing."))
    if not COUNTRY_CODE.match(country):
        raise InvalidInput(
            _("Country '{value}' is not a two-letter ISO code such as NP or PH.").format(
                value=data.country
            )
        )
    for code in data.destination_countries:
        if not COUNTRY_CODE.match(code):
            raise InvalidInput(
                _("Destination country '{value}' is not a two-letter ISO code.").format(value=code)
            )
    if (
        data.licence_valid_from
        and data.licence_valid_until
        and data.licence_valid_until < data.licence_valid_from
    ):
        raise InvalidInput(_("The licence ends before it starts."))
    data.licence_number, data.name, data.country = licence, name, country
    return data


def _refuse_taken_licence(
    session: Session, licence_number: str, other_than: uuid.UUID | None = None
) -> None:
    query = select(Agency.id).where(Agency.licence_number == licence_number)
    if other_than is not None:
        query = query.where(Agency.id != other_than)
    if session.scalar(query) is not None:
        raise InvalidInput(
            _("An agency with licence number {licence} is already registered.").format(
                licence=licence_number
            )
        )


def create_agency(uow: UnitOfWork, data: AgencyData) -> uuid.UUID:
    data = _checked(data)
    _refuse_taken_licence(uow.session, data.licence_number)
    agency = Agency(
        id=uuid.uuid4(),
        licence_number=data.licence_number,
        name=data.name,
        country=data.country,
        address=data.address,
        city=data.city,
        responsible_person=data.responsible_person,
        phone=data.phone,
        email=data.email,
        licence_status=data.licence_status,
        licence_valid_from=data.licence_valid_from,
        licence_valid_until=data.licence_valid_until,
        destination_countries=list(data.destination_countries),
        sectors=list(data.sectors),
    )
    uow.changed(agency, "agency.created", details={"licence_number": data.licence_number})
    return agency.id


def _agency(session: Session, agency_id: uuid.UUID) -> Agency:
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise NotFound(_("No agency with id {id}.").format(id=agency_id))
    return agency


def update_agency(uow: UnitOfWork, agency_id: uuid.UUID, data: AgencyData) -> None:
    data = _checked(data)
    agency = _agency(uow.session, agency_id)
    _refuse_taken_licence(uow.session, data.licence_number, other_than=agency_id)
    changed = []
    for name in AgencyData.__dataclass_fields__:
        value = getattr(data, name)
        if isinstance(value, tuple):
            value = list(value)
        if getattr(agency, name) != value:
            setattr(agency, name, value)
            changed.append(name)
    if changed:
        uow.changed(agency, "agency.updated", details={"fields": changed})


def add_branch(
    uow: UnitOfWork,
    agency_id: uuid.UUID,
    name: str,
    *,
    address: str = "",
    city: str = "",
    licence_number: str = "",
) -> uuid.UUID:
    _agency(uow.session, agency_id)
    if not name.strip():
        raise InvalidInput(_("The branch name is missing."))
    branch = Branch(
        id=uuid.uuid4(),
        agency_id=agency_id,
        name=name.strip(),
        address=address,
        city=city,
        licence_number=licence_number,
    )
    uow.changed(branch, "branch.added", details={"agency_id": str(agency_id)})
    return branch.id


def add_sub_agent(
    uow: UnitOfWork,
    agency_id: uuid.UUID,
    name: str,
    *,
    registration_number: str = "",
    area: str = "",
) -> uuid.UUID:
    _agency(uow.session, agency_id)
    if not name.strip():
        raise InvalidInput(_("The sub-agent's name is missing."))
    sub_agent = SubAgent(
        id=uuid.uuid4(),
        agency_id=agency_id,
        name=name.strip(),
        registration_number=registration_number,
        area=area,
    )
    uow.changed(sub_agent, "sub_agent.added", details={"agency_id": str(agency_id)})
    return sub_agent.id


def get_agency(session: Session, agency_id: uuid.UUID) -> Agency:
    return _agency(session, agency_id)


def fts_query(search: str) -> str:
    """Turn what a person typed into an FTS5 query: every word must match as a prefix.

    Words are quoted, so FTS5 syntax in the input (quotes, NEAR, column filters) is just text.
    """
    words = re.findall(r"\w+", search, flags=re.UNICODE)
    return " ".join('"' + word.replace('"', "") + '"*' for word in words)


def list_agencies(
    session: Session, search: str = "", *, limit: int | None = None, offset: int = 0
) -> list[AgencyRow]:
    """Agencies ordered by name; ``search`` filters by prefix words over name, licence, city,
    address and responsible person (full-text index)."""
    query = select(
        Agency.id,
        Agency.licence_number,
        Agency.name,
        Agency.country,
        Agency.city,
        Agency.licence_status,
        Agency.licence_valid_until,
    ).order_by(Agency.name, Agency.licence_number)
    match = fts_query(search)
    if match:
        query = query.where(
            text(
                "agency.id IN (SELECT k.agency_id FROM agency_search AS s "
                "JOIN agency_search_key AS k ON k.rowid = s.rowid WHERE agency_search MATCH :match)"
            ).bindparams(match=match)
        )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [AgencyRow(*row) for row in session.execute(query)]


def count_agencies(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Agency)) or 0
