"""A form's identity across laptops and the server: its document as canonical JSON and the
SHA-256 of that. A vault's snapshot, a published checklist and a checklist coming down in a sync
are all hashed here, so the same form has the same hash everywhere."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from inspector.checklists.model import Form


def canonical_json(document: Any) -> str:
    # default=str: YAML can give dates where a form meant text; the snapshot keeps them as text.
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )


def form_sha256(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


def stored_document(form: Form) -> tuple[dict[str, Any], str, str]:
    """The form's document as it is stored (JSON values only), its SHA-256, and its title in
    its first language (at most 300 characters)."""
    from inspector.checklists.model import text_in

    document = json.loads(canonical_json(form.document))
    return document, form_sha256(document), text_in(form.title, form.languages[0])[:300]
