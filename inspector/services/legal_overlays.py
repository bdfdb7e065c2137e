"""The ministry's overlays of national legal provisions in the vault: install one (from a file
or from the central server), list them, and find the one an inspection cites."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.checklists.digest import canonical_json
from inspector.checklists.library import shipped_forms
from inspector.checklists.model import text_in
from inspector.checklists.overlay import (
    LegalOverlay,
    known_rules,
    load_overlay_document,
    load_overlay_file,
    overlay_sha256,
)
from inspector.errors import InvalidInput, NotFound
from inspector.i18n import _
from inspector.services.forms import form_of
from inspector.services.uow import UnitOfWork
from inspector.vault.tables import FormSnapshot
from inspector.vault.tables import LegalOverlay as StoredOverlay


@dataclass(frozen=True)
class OverlayVersion:
    version: str
    sha256: str
    title: str
    rules: int
    source: str
    in_force: bool


def rules_known(session: Session) -> dict[str, set[str]]:
    """The finding rules an overlay may name: those of the shipped forms and of every form
    version this vault has used."""
    forms = list(shipped_forms())
    forms += [form_of(s) for s in session.scalars(select(FormSnapshot))]
    return known_rules(forms)


def read_overlay_file(session: Session, path: Path, display: str | None = None) -> LegalOverlay:
    return load_overlay_file(path, rules_known(session), display)


def install_overlay(uow: UnitOfWork, overlay: LegalOverlay, source: str = "file") -> bool:
    """Store ``overlay``; it is in force for inspections started from now on. False when this
    very version is installed already. A version installed with other content is refused: a
    changed overlay needs a new version, as a changed form does."""
    import json

    document = json.loads(canonical_json(overlay.document))
    digest = overlay_sha256(document)
    session = uow.session
    existing = session.scalar(
        select(StoredOverlay).where(StoredOverlay.version == overlay.version)
    ) or session.scalar(select(StoredOverlay).where(StoredOverlay.sha256 == digest))
    if existing is not None:
        if existing.sha256 == digest:
            return False
        raise InvalidInput(
            _(
                "Overlay version {version} is installed already with other content; give the "
                "changed overlay a new version."
            ).format(version=overlay.version)
        )
    row = StoredOverlay(version=overlay.version, sha256=digest, content=document, source=source)
    uow.changed(
        row, "legal_overlay.installed", details={"version": overlay.version, "sha256": digest}
    )
    return True


def overlay_in_force(session: Session) -> StoredOverlay | None:
    return session.scalar(
        select(StoredOverlay).order_by(StoredOverlay.stored_at.desc(), StoredOverlay.id).limit(1)
    )


_LOADED: dict[str, LegalOverlay] = {}


def overlay_of(session: Session, sha256: str | None) -> LegalOverlay | None:
    """The overlay an inspection recorded (None: it started under none). One recorded but not
    in this vault (an inspection synced from another laptop) is NotFound, naming the next step."""
    if not sha256:
        return None
    if sha256 in _LOADED:
        return _LOADED[sha256]
    row = session.scalar(select(StoredOverlay).where(StoredOverlay.sha256 == sha256))
    if row is None:
        raise NotFound(
            _(
                "This inspection cites the legal provisions overlay {digest}, which this vault "
                "does not hold; install it with 'inspector forms overlay import FILE' or sync."
            ).format(digest=sha256[:16])
        )
    overlay = load_overlay_document(row.content, f"overlay {row.version}")
    _LOADED[sha256] = overlay
    return overlay


def list_overlays(session: Session) -> list[OverlayVersion]:
    rows = session.scalars(select(StoredOverlay).order_by(StoredOverlay.stored_at)).all()
    current = overlay_in_force(session)
    found = []
    for row in rows:
        overlay = load_overlay_document(row.content, f"overlay {row.version}")
        found.append(
            OverlayVersion(
                version=row.version,
                sha256=row.sha256,
                title=text_in(overlay.title, "en"),
                rules=len(overlay.rules),
                source=row.source,
                in_force=current is not None and row.id == current.id,
            )
        )
    return found


def install_published(uow: UnitOfWork, data: dict[str, Any]) -> bool:
    """A ``legal_provisions`` change from the central server (``version``, ``provisions`` and
    its ``sha256``), read through the same loader as a file."""
    document = {key: value for key, value in data.items() if key != "sha256"}
    overlay = load_overlay_document(document, _("the server's legal provisions"))
    return install_overlay(uow, overlay, source="server")
