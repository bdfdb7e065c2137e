"""Agencies: the recruitment agencies an authority licenses, their branches and sub-agents."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from sqlalchemy import Integer, Uuid, column, func, select, table, text
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import Agency, Branch, LicenceStatus, SubAgent

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")  # ISO 3166-1 alpha-2
# The longest text each field holds (the vault's columns): the registry import and the app's
# agency form refuse longer values alike.
FIELD_LENGTH = {
    "licence_number": 64,
    "name": 300,
    "city": 120,
    "responsible_person": 200,
    "phone": 64,
    "email": 200,
}
# The licence "number" of a recruiter found in the field with no licence: made by the app, so
# that an unregistered recruiter can be inspected and told apart at once.
UNREGISTERED = "UNREGISTERED"


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
    from inspector.services.registry_values import name_problem, normalise_identifier

    licence = normalise_identifier(data.licence_number)  # NFKC, no invisible characters
    name = data.name.strip()
    country = data.country.strip().upper()
    if not licence:
        raise InvalidInput(_("The licence number is missing."))
    if not name:
        raise InvalidInput(_("The agency name is missing."))
    for what, value in (("name", name), ("city", data.city), ("address", data.address),
                        ("responsible_person", data.responsible_person)):  # fmt: skip
        problem = name_problem(value, multiline=True)  # line breaks: cells wrap
        if problem:
            raise InvalidInput(_("The agency's {field} was refused: {reason}.").format(
                field=what.replace("_", " "), reason=problem))  # fmt: skip
    for what, limit in FIELD_LENGTH.items():
        value = getattr(data, what)
        if len(value.strip()) > limit:
            raise InvalidInput(
                _("The agency's {field} is longer than {limit} characters.").format(
                    field=what.replace("_", " "), limit=limit
                )
            )
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


def create_agency(uow: UnitOfWork, data: AgencyData, *, unregistered: bool = False) -> uuid.UUID:
    """Add an agency, checked as the registry import checks each row. ``unregistered``: a
    recruiter found in the field with no licence; the app gives it a licence number of its own
    (UNREGISTERED-year-vault-number) and the status "pending", so that it can be inspected."""
    if unregistered:
        data.licence_number = uow.next_reference(UNREGISTERED)
        data.licence_status = LicenceStatus.PENDING
        data.licence_valid_from = data.licence_valid_until = None
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


def agency_search_clause(search: str) -> Any | None:
    """A WHERE clause keeping the agencies whose indexed words start with each word typed, for
    any query that joins ``agency``; None when nothing was typed."""
    match = fts_query(search)
    if not match:
        return None
    return text(
        "agency.id IN (SELECT k.agency_id FROM agency_search AS s "
        "JOIN agency_search_key AS k ON k.rowid = s.rowid WHERE agency_search MATCH :match)"
    ).bindparams(match=match)


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
    clause = agency_search_clause(search)
    if clause is not None:
        query = query.where(clause)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [AgencyRow(*row) for row in session.execute(query)]


def count_agencies(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Agency)) or 0


# --- the registry as a table: search as you type over every agency -------------------------------
#
# A row of the registry table is known by its key: the INTEGER PRIMARY KEY of agency_search_key,
# which is also the rowid of the agency's entry in the full-text index (migration 0002). An FTS5
# match yields keys without touching another table, and keys are small integers, cheap to move.
#
# Ordering every match in the same query (FTS5 -> key -> agency -> ORDER BY) costs three b-tree
# lookups per match in an encrypted file: 90-400 ms for a one- or two-letter prefix over 100,000
# agencies. So the sort order of the whole registry is computed once per sort column, in SQL, and
# kept; a search then asks FTS5 for the matching keys and keeps them in that order. Both the
# filter and the order come from SQL; Python only intersects the two (benchmarks/agency_filter.py).


class AgencySort(enum.StrEnum):
    NAME = "name"
    LICENCE = "licence"
    COUNTRY = "country"
    CITY = "city"
    STATUS = "status"
    EXPIRY = "expiry"


# The licence number is unique: the last term makes every order total, so a descending order is
# the ascending one reversed. Name, licence and city are also columns of the full-text index,
# which gives the keys directly: scanning it is about twice as fast as joining agency to its keys.
_BY_NAME = "name COLLATE NOCASE, licence_number"
_THEN = "a.name COLLATE NOCASE, a.licence_number"
_STATUS_ORDER = (
    "CASE a.licence_status WHEN 'active' THEN 0 WHEN 'pending' THEN 1 WHEN 'expired' THEN 2 "
    "WHEN 'suspended' THEN 3 WHEN 'revoked' THEN 4 ELSE 5 END"
)
_FROM_INDEX = "FROM agency_search"
_FROM_AGENCY = "FROM agency AS a JOIN agency_search_key AS k ON k.agency_id = a.id"
_ORDER_BY: dict[AgencySort, tuple[str, str, str]] = {  # key, order, source
    AgencySort.NAME: ("rowid", _BY_NAME, _FROM_INDEX),
    AgencySort.LICENCE: ("rowid", "licence_number", _FROM_INDEX),
    AgencySort.CITY: ("rowid", f"city COLLATE NOCASE, {_BY_NAME}", _FROM_INDEX),
    AgencySort.COUNTRY: ("k.rowid", f"a.country, {_THEN}", _FROM_AGENCY),
    AgencySort.STATUS: ("k.rowid", f"{_STATUS_ORDER}, {_THEN}", _FROM_AGENCY),
    # Agencies without an expiry date last: they are the ones to look at least.
    AgencySort.EXPIRY: (
        "k.rowid",
        f"a.licence_valid_until IS NULL, a.licence_valid_until, {_THEN}",
        _FROM_AGENCY,
    ),
}


def _integers(joined: str | None) -> list[int]:
    """group_concat gives one string instead of a row per key, which is about twice as fast to
    fetch as many rows for a large result; the JSON parser reads it faster than int() per key."""
    return json.loads(f"[{joined}]") if joined else []  # type: ignore[no-any-return]


@dataclass(frozen=True)
class AgencyOrder:
    """Every agency's key in one sort order (ascending), and where each key stands in it."""

    keys: tuple[int, ...]
    # position[key] is the key's index in keys; len(keys) for a number that is no agency's key.
    position: tuple[int, ...]

    @classmethod
    def of(cls, keys: Sequence[int]) -> AgencyOrder:
        position = [len(keys)] * ((max(keys) + 1) if keys else 0)
        for index, key in enumerate(keys):
            position[key] = index
        return cls(tuple(keys), tuple(position))

    def arrange(self, matches: Sequence[int]) -> list[int]:
        """The matching keys in this order (keys this order does not know are left out)."""
        keys, position = self.keys, self.position
        count = len(keys)
        if len(matches) * 8 < count or max(matches, default=0) >= len(position):
            # Few matches: sorting them by position beats a pass over the whole registry.
            known = [key for key in matches if key < len(position) and position[key] < count]
            return sorted(known, key=position.__getitem__)
        chosen = bytearray(count + 1)  # the last flag gathers unknown keys; compress skips it
        for index in map(position.__getitem__, matches):
            chosen[index] = 1
        return list(compress(keys, chosen))


def agency_order(session: Session, sort: AgencySort) -> AgencyOrder:
    """The keys of all agencies in ``sort`` order, ascending."""
    key, order, source = _ORDER_BY[sort]
    joined = session.scalar(
        text(f"SELECT group_concat({key}, ',' ORDER BY {order}) {source}")  # constant parts
    )
    return AgencyOrder.of(_integers(joined))


def matching_keys(session: Session, search: str) -> list[int] | None:
    """The keys of agencies whose name, licence, city, address or responsible person has a word
    starting with each word of ``search`` (FTS5); None when there is nothing to search for."""
    match = fts_query(search)
    if not match:
        return None
    return _integers(
        session.scalar(
            text("SELECT group_concat(rowid) FROM agency_search WHERE agency_search MATCH :m"),
            {"m": match},
        )
    )


@dataclass(frozen=True)
class AgencyMatches:
    keys: Sequence[int]  # the matching agencies, in the order asked for
    total: int  # agencies in the registry


class AgencySearch:
    """Search as you type: keeps the registry's sort orders between searches.

    An order is dropped when agencies are added or removed (checked on every search, cheaply) and
    when ``invalidate()`` is called, which the caller does when agencies change in place (a
    rename, a new licence status). Safe to use from more than one thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._orders: dict[AgencySort, AgencyOrder] = {}
        self._stamp: tuple[int, int] | None = None

    def invalidate(self) -> None:
        with self._lock:
            self._orders.clear()

    def order(self, session: Session, sort: AgencySort) -> AgencyOrder:
        stamp_row = session.execute(
            # Two subqueries: each is a quick b-tree operation, where one SELECT of both scans.
            text(
                "SELECT (SELECT count(*) FROM agency_search_key), "
                "(SELECT coalesce(max(rowid), 0) FROM agency_search_key)"
            )
        ).one()
        stamp = (int(stamp_row[0]), int(stamp_row[1]))
        with self._lock:
            if stamp != self._stamp:
                self._orders.clear()
                self._stamp = stamp
            order = self._orders.get(sort)
        if order is None:
            order = agency_order(session, sort)
            with self._lock:
                if self._stamp == stamp:
                    self._orders[sort] = order
        return order

    def find(
        self,
        session: Session,
        search: str = "",
        sort: AgencySort = AgencySort.NAME,
        descending: bool = False,
    ) -> AgencyMatches:
        order = self.order(session, sort)
        matches = matching_keys(session, search)
        if matches is None:
            keys: Sequence[int] = order.keys[::-1] if descending else order.keys
        else:
            arranged = order.arrange(matches)
            if descending:
                arranged.reverse()
            keys = arranged
        return AgencyMatches(keys, len(order.keys))


_search_key = table("agency_search_key", column("rowid", Integer), column("agency_id", Uuid()))


def agency_rows(session: Session, keys: Sequence[int]) -> dict[int, AgencyRow]:
    """The registry rows of the agencies with these keys (a page of the table)."""
    if not keys:
        return {}
    query = (
        select(
            _search_key.c.rowid,
            Agency.id,
            Agency.licence_number,
            Agency.name,
            Agency.country,
            Agency.city,
            Agency.licence_status,
            Agency.licence_valid_until,
        )
        .join(Agency, Agency.id == _search_key.c.agency_id)
        .where(_search_key.c.rowid.in_(list(keys)))
    )
    return {row[0]: AgencyRow(*row[1:]) for row in session.execute(query)}


def agency_key(session: Session, agency_id: uuid.UUID) -> int | None:
    """The registry key of an agency (see ``agency_rows``)."""
    return session.scalar(select(_search_key.c.rowid).where(_search_key.c.agency_id == agency_id))
