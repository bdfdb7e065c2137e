"""Demo data: realistic agencies, complaints and inspections in every status, for trying the app,
for screenshots and for benchmarks. Every name and number is invented."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from inspector.checklists.library import shipped_form
from inspector.services.agencies import AgencyData, add_branch, add_sub_agent, create_agency
from inspector.services.complaints import ComplaintData, inspect_complaint, record_complaint
from inspector.services.evidence import add_attachment
from inspector.services.findings import add_finding, set_action_status
from inspector.services.inspections import (
    complete_inspection,
    get_inspection,
    lock_inspection,
    record_answer,
    start_inspection,
)
from inspector.services.interviews import WorkerIdentityData, add_worker_interview
from inspector.services.profile import get_profile, set_profile
from inspector.services.sample_answers import sample_answers
from inspector.services.uow import UnitOfWork
from inspector.vault.store import Vault
from inspector.vault.tables import (
    ActionStatus,
    Agency,
    CorrectiveAction,
    InspectionKind,
    LicenceStatus,
    Severity,
)

_PREFIXES = [
    "Global",
    "Everest",
    "Sagarmatha",
    "Pacific",
    "Golden",
    "Bright Future",
    "Sunrise",
    "Horizon",
    "Crescent",
    "Lotus",
    "Atlas",
    "Silk Road",
    "Blue Nile",
    "Kilimanjaro",
    "Mekong",
    "Andes",
    "Himalayan",
    "Coral",
    "Evergreen",
    "Unity",
]
_SUFFIXES = [
    "Manpower Services",
    "Overseas Employment",
    "Human Resources",
    "Recruitment Agency",
    "Placement Services",
    "Workforce Solutions",
    "Employment Promoters",
    "Travel and Manpower",
]
_CITIES = {
    "NP": ["Kathmandu", "Pokhara", "Biratnagar"],
    "PH": ["Manila", "Cebu City", "Davao"],
    "BD": ["Dhaka", "Chattogram", "Sylhet"],
    "ID": ["Jakarta", "Surabaya", "Medan"],
    "ET": ["Addis Ababa", "Dire Dawa"],
    "KE": ["Nairobi", "Mombasa"],
    "LK": ["Colombo", "Kandy"],
}
_DESTINATIONS = ["QA", "SA", "AE", "KW", "MY", "JO", "LB", "HK", "SG"]
_SECTORS = ["construction", "domestic work", "hospitality", "manufacturing", "agriculture"]
_PEOPLE = ["A. Sharma", "M. Santos", "R. Hossain", "D. Wijaya", "T. Bekele", "J. Otieno"]


def _demo_png(width: int = 48, height: int = 32) -> bytes:
    """A small, valid PNG (a pale receipt-coloured rectangle): real image bytes for the evidence
    lists, thumbnails and reports, made without an image library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes((236, 228, 204)) * width  # filter byte, then RGB pixels
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


_PIXEL_PNG = _demo_png()


@dataclass(frozen=True)
class DemoSummary:
    agencies: int
    inspections: int
    complaints: int
    already_there: bool = False  # the vault held this demo set already; nothing was added


def _agency_data(rng: random.Random, index: int) -> AgencyData:
    country = rng.choice(list(_CITIES))
    issued = dt.date.today() - dt.timedelta(days=rng.randrange(30, 1300))
    status = rng.choices(list(LicenceStatus), weights=[2, 30, 3, 1, 0], k=1)[0]
    if issued + dt.timedelta(days=3 * 365) < dt.date.today():
        status = LicenceStatus.EXPIRED
    return AgencyData(
        licence_number=f"{country}-RA-{1000 + index:05d}",
        name=f"{rng.choice(_PREFIXES)} {rng.choice(_SUFFIXES)} {index + 1}",
        country=country,
        city=rng.choice(_CITIES[country]),
        address=f"{rng.randrange(1, 300)} {rng.choice(['Main', 'Station', 'Ring', 'Market'])} Road",
        responsible_person=rng.choice(_PEOPLE),
        phone=f"+{rng.randrange(100, 999)} {rng.randrange(1000000, 9999999)}",
        licence_status=status,
        licence_valid_from=issued,
        licence_valid_until=issued + dt.timedelta(days=3 * 365),
        destination_countries=rng.sample(_DESTINATIONS, 3),
        sectors=rng.sample(_SECTORS, 2),
    )


def fill_demo(vault: Vault, *, agencies: int = 40, seed: int = 2026) -> DemoSummary:
    """Add demo data to ``vault``: agencies with branches and sub-agents, complaints, and
    inspections in every status (draft, in progress, completed, locked).

    The inspector's profile is left as it is; a vault without one gets the demo inspector's, so
    that reports can be signed. A vault that holds this demo set already (one of its licence
    numbers) gets nothing more: the summary says so with ``already_there``."""
    rng = random.Random(seed)  # noqa: S311 - invented demo data, not security
    today = dt.date.today()
    registry = [_agency_data(rng, index) for index in range(agencies)]
    with vault.reading() as session:
        known = session.scalar(
            select(Agency.id)
            .where(Agency.licence_number.in_([data.licence_number for data in registry]))
            .limit(1)
        )
        has_profile = get_profile(session) is not None
    if known is not None:
        return DemoSummary(agencies=0, inspections=0, complaints=0, already_there=True)
    if not has_profile:
        with UnitOfWork(vault, actor="demo") as uow:
            set_profile(
                uow,
                "Demo Inspector",
                authority="Department of Foreign Employment (demo)",
                jurisdiction="Bagmati Province",
            )
    agency_ids: list[uuid.UUID] = []
    with UnitOfWork(vault, actor="demo") as uow:
        for index, data in enumerate(registry):
            agency_id = create_agency(uow, data)
            agency_ids.append(agency_id)
            if index % 3 == 0:
                add_branch(uow, agency_id, "Branch office", city="Pokhara")
            if index % 4 == 0:
                add_sub_agent(uow, agency_id, f"Village agent {index}", area="Rural districts")
    complaints = 0
    with UnitOfWork(vault, actor="demo") as uow:
        complaint_id = record_complaint(
            uow,
            ComplaintData(
                summary="Paid a placement fee and was given a different contract on arrival.",
                agency_id=agency_ids[1],
                origin_country="NP",
                destination_country="QA",
                allegations=["S03", "S05"],
                consent_to_share=True,
                complainant=WorkerIdentityData(full_name="(demo) Complainant One"),
            ),
        )
        complaints += 1
        record_complaint(
            uow,
            ComplaintData(
                summary="Passport kept by the sub-agent until the fee is repaid.",
                agency_name_given="Unregistered agent, Birgunj",
                origin_country="NP",
                destination_country="MY",
                allegations=["S06", "S09"],
                urgent=True,
            ),
        )
        complaints += 1

    inspections = 0
    form = shipped_form("agency-inspection")
    interview_form = shipped_form("worker-interview")
    plans: list[tuple[str, int]] = [
        ("draft", 0),
        ("in-progress", 2),
        ("in-progress", 3),
        ("completed", 4),
        ("locked", 5),
        ("locked", 6),
        ("locked", 7),
        ("complaint", 1),
    ]
    locked: list[uuid.UUID] = []
    for plan, agency_index in plans:
        with UnitOfWork(vault, actor="demo") as uow:
            if plan == "complaint":
                inspection_id = inspect_complaint(
                    uow, complaint_id, form, team=["Demo Inspector"], place="Head office"
                )
            else:
                inspection_id = start_inspection(
                    uow,
                    agency_ids[agency_index % len(agency_ids)],
                    form,
                    kind=InspectionKind.ROUTINE,
                    team=["Demo Inspector", "S. Gurung"],
                    place="Head office",
                    planned_date=today - dt.timedelta(days=20 * agency_index),
                )
            inspections += 1
            if plan == "draft":
                continue
            breach = agency_index % 2 == 1
            photo = add_attachment(
                uow,
                inspection_id,
                _PIXEL_PNG,
                filename="fee-receipt.png" if breach else "licence.png",
                caption="Receipt for a placement fee" if breach else "Licence on the wall",
            )
            # Answers are dated the day of the visit, so the oldest visits' corrective actions
            # are overdue, as they would be in a real registry.
            visit = today - dt.timedelta(days=20 * agency_index)
            answers = sample_answers(
                form,
                rng,
                breach_rate=0.35 if breach else 0.03,
                today=visit,
                attachment=str(photo.id),
                sections=3 if plan == "in-progress" and agency_index == 2 else None,
            )
            for path, value in answers:
                record_answer(uow, inspection_id, path, value, today=visit)
            if plan == "in-progress":
                continue
            add_finding(
                uow,
                inspection_id,
                severity=Severity.MINOR,
                title="Fee schedule not posted in the waiting room",
                standard="NATIONAL",
            )
            for _worker in range(3):
                add_worker_interview(
                    uow,
                    inspection_id,
                    consent_given=True,
                    form=interview_form,
                    language="ne",
                    interpreter_used=True,
                    answers=dict(
                        sample_answers(
                            interview_form,
                            rng,
                            breach_rate=0.3 if breach else 0.02,
                            today=today,
                            given={"consent": "yes"},
                        )
                    ),
                )
            complete_inspection(uow, inspection_id)
            if plan == "locked":
                lock_inspection(uow, inspection_id)
                locked.append(inspection_id)
                actions = uow.session.scalars(
                    select(CorrectiveAction.id).where(
                        CorrectiveAction.inspection_id == inspection_id
                    )
                ).all()
                if actions:
                    set_action_status(uow, actions[0], ActionStatus.IN_PROGRESS)
    with UnitOfWork(vault, actor="demo") as uow:
        inspection = get_inspection(uow.session, locked[-1])
        start_inspection(
            uow,
            inspection.agency_id,
            shipped_form("follow-up-inspection"),
            kind=InspectionKind.FOLLOW_UP,
            follows_up_id=inspection.id,
            team=["Demo Inspector"],
            planned_date=today + dt.timedelta(days=20),
        )
        inspections += 1
    return DemoSummary(agencies=agencies, inspections=inspections, complaints=complaints)
