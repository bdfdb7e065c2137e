"""Form snapshots: the vault keeps every form version it has used, byte for byte."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.checklists.digest import stored_document
from inspector.checklists.loader import load_document
from inspector.checklists.model import Form
from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.vault.tables import FormSnapshot


def snapshot_form(session: Session, form: Form | dict[str, Any]) -> FormSnapshot:
    """The stored snapshot of this form version, storing it on first use.

    A form whose id and version are known but whose content differs is refused: a changed form
    must carry a new version, or old inspections would render differently.
    """
    if not isinstance(form, Form):
        form = load_document(form)
    document, digest, title = stored_document(form)
    existing = session.scalar(
        select(FormSnapshot).where(
            FormSnapshot.form_id == form.id, FormSnapshot.version == form.version
        )
    )
    if existing is not None:
        if existing.sha256 != digest:
            raise InvalidInput(
                _(
                    "Form {form} version {version} differs from the copy this vault already "
                    "uses; give the changed form a new version."
                ).format(form=form.id, version=form.version)
            )
        return existing
    snapshot = FormSnapshot(
        form_id=form.id,
        version=form.version,
        title=title,
        sha256=digest,
        content=document,
    )
    session.add(snapshot)
    session.flush()
    return snapshot


_FORMS: dict[str, Form] = {}


def form_of(snapshot: FormSnapshot) -> Form:
    """The checked form of a stored snapshot (cached by content hash: snapshots never change)."""
    form = _FORMS.get(snapshot.sha256)
    if form is None:
        form = load_document(snapshot.content, f"{snapshot.form_id}@{snapshot.version}")
        if len(_FORMS) > 32:
            _FORMS.clear()
        _FORMS[snapshot.sha256] = form
    return form


@dataclass(frozen=True)
class FormVersion:
    form_id: str
    version: str
    title: str
    sha256: str
    inspections: int
    interviews: int


def list_form_versions(session: Session) -> list[FormVersion]:
    """Every form version this vault has used, with how many inspections and interviews use it."""
    from sqlalchemy import func

    from inspector.vault.tables import Inspection, WorkerInterview

    def uses(table: type[Inspection] | type[WorkerInterview]) -> Any:
        return (
            select(func.count())
            .where(table.form_snapshot_id == FormSnapshot.id)
            .correlate(FormSnapshot)
            .scalar_subquery()
        )

    rows = session.execute(
        select(
            FormSnapshot.form_id,
            FormSnapshot.version,
            FormSnapshot.title,
            FormSnapshot.sha256,
            uses(Inspection),
            uses(WorkerInterview),
        ).order_by(FormSnapshot.form_id, FormSnapshot.stored_at)
    )
    return [FormVersion(*row) for row in rows]
