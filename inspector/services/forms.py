"""Form snapshots: the vault keeps every form version it has used, byte for byte."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.vault.tables import FormSnapshot


def canonical_json(document: Any) -> str:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def form_sha256(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


def question_ids(document: dict[str, Any]) -> Iterator[str]:
    """Every question id in a form document, including those inside groups and repeats."""

    def walk(items: list[Any]) -> Iterator[str]:
        for item in items:
            if not isinstance(item, dict):
                continue
            if "id" in item and "type" in item:
                yield str(item["id"])
            yield from walk(item.get("questions", []))

    for section in document.get("sections", []):
        if isinstance(section, dict):
            yield from walk(section.get("questions", []))


def snapshot_form(session: Session, document: dict[str, Any]) -> FormSnapshot:
    """The stored snapshot of this form version, storing it on first use.

    A form whose id and version are known but whose content differs is refused: a changed form
    must carry a new version, or old inspections would render differently.
    """
    try:
        form_id, version, title = str(document["id"]), str(document["version"]), document["title"]
    except KeyError as exc:
        raise InvalidInput(_("The form has no '{field}'.").format(field=exc.args[0])) from None
    if isinstance(title, dict):
        title = title.get("en") or next(iter(title.values()), form_id)
    digest = form_sha256(document)
    existing = session.scalar(
        select(FormSnapshot).where(FormSnapshot.form_id == form_id, FormSnapshot.version == version)
    )
    if existing is not None:
        if existing.sha256 != digest:
            raise InvalidInput(
                _(
                    "Form {form} version {version} differs from the copy this vault already "
                    "uses; give the changed form a new version."
                ).format(form=form_id, version=version)
            )
        return existing
    snapshot = FormSnapshot(
        form_id=form_id,
        version=version,
        title=str(title),
        sha256=digest,
        content=json.loads(canonical_json(document)),
    )
    session.add(snapshot)
    session.flush()
    return snapshot
