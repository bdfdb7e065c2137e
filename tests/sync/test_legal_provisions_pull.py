"""The legal provisions the central server's console publishes come down to the laptop and are
installed through the same loader as an overlay file: inspections started afterwards cite them."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable

from inspector.checklists.library import shipped_form
from inspector.services.agencies import AgencyData, create_agency
from inspector.services.inspections import start_inspection
from inspector.services.legal_overlays import list_overlays, overlay_in_force, overlay_of
from inspector.services.uow import UnitOfWork
from inspector.sync.pull import apply_page
from inspector.sync.run import writing
from inspector.vault.tables import Inspection
from tests.sync.conftest import Laptop

DEVICE = uuid.uuid4()


def _published(seq: int, version: str, text: str, tamper: bool = False) -> dict[str, object]:
    """A change as routes_admin.upload_provisions appends it."""
    document = {"version": version, "provisions": {"NATIONAL": {"en": text}}}
    digest = hashlib.sha256(
        json.dumps(document, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    if tamper:
        document["provisions"]["NATIONAL"]["en"] += " (changed on the way)"
    return {"seq": seq, "type": "legal_provisions", "id": version,
            "data": {**document, "sha256": digest}}  # fmt: skip


def test_published_legal_provisions_are_installed_and_cited_by_new_inspections(
    make_laptop: Callable[[str], Laptop],
) -> None:
    vault = make_laptop("provisions").vault
    changes = [
        _published(1, "2026-12", "Foreign Employment Act 2064, section 11"),
        _published(2, "2026-13", "Forged", tamper=True),
        {"seq": 3, "type": "legal_provisions", "id": "x",
         "data": {"version": "x", "provisions": ["not", "a", "mapping"],
                  "sha256": hashlib.sha256(json.dumps(
                      {"version": "x", "provisions": ["not", "a", "mapping"]},
                      sort_keys=True).encode()).hexdigest()}},
    ]  # fmt: skip
    with writing(vault) as session:
        received = apply_page(session, changes, {}, DEVICE, "test")
    assert received.provisions == 1
    assert "did not match their SHA-256" in received.skipped[0]
    assert "have problems and were skipped" in received.skipped[1]
    with UnitOfWork(vault) as uow:
        agency = create_agency(uow, AgencyData(licence_number="NP-1", name="Lotus", country="NP"))
        inspection_id = start_inspection(uow, agency, shipped_form("agency-inspection"))
    with vault.reading() as session:
        (row,) = list_overlays(session)
        assert (row.version, row.source, row.in_force) == ("2026-12", "server", True)
        in_force = overlay_in_force(session)
        inspection = session.get(Inspection, inspection_id)
        assert in_force is not None and inspection is not None
        assert inspection.legal_overlay_sha256 == in_force.sha256
        overlay = overlay_of(session, inspection.legal_overlay_sha256)
        assert overlay is not None
        assert overlay.provisions["NATIONAL"]["en"] == "Foreign Employment Act 2064, section 11"
