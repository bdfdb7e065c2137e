"""The ministry's overlay of national legal provisions: which act and section each finding rule
breaches, in the ministry's wording, without copying the checklist (docs/forms.md, "National
provisions").

An overlay is data, checked at load like a form: every problem is reported at once as
``FILE: PATH: PROBLEM`` (``ministry.yaml: rules.agency-inspection.S03-fee-charged.citation:
missing``). A vault keeps every overlay version it installed; an inspection records the one in
force when it started (by SHA-256, see ``digest``), so its report cites the same law later.

The central server's console checks the same document with ``load_overlay_document`` against
the checklists it published, and sends it whole as a ``legal_provisions`` change; the laptop reads
it through the same function.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.checklists.digest import canonical_json, form_sha256
from inspector.checklists.document import (
    Problems,
    Reader,
    closest,
    join_path,
    read_version,
    read_yaml,
)
from inspector.checklists.load_values import FORM_ID, ITEM_ID, LANGUAGE
from inspector.checklists.model import Text
from inspector.errors import FormInvalid
from inspector.i18n import _

FORMAT = 1
# The days an agency has to reply or appeal are the law's, not ours: within reason.
MAX_APPEAL_DAYS = 365

_TOP_KEYS = {
    "format", "version", "title", "legal_basis", "appeal", "appeal_days", "overdue",
    "provisions", "rules",
}  # fmt: skip
_RULE_KEYS = {"citation", "title", "description"}


@dataclass(frozen=True)
class RuleProvision:
    """What the overlay says about one finding rule: the national provision it breaches and,
    optionally, the ministry's own wording of the finding."""

    citation: Text
    title: Text = field(default_factory=dict)
    description: Text = field(default_factory=dict)


@dataclass(frozen=True)
class LegalOverlay:
    version: str
    document: Mapping[str, Any]  # as read, kept verbatim in the vault
    title: Text = field(default_factory=dict)
    legal_basis: Text = field(default_factory=dict)
    appeal: Text = field(default_factory=dict)
    appeal_days: int | None = None
    overdue: Text = field(default_factory=dict)
    provisions: Mapping[str, Text] = field(default_factory=dict)  # standard code -> its text
    rules: Mapping[tuple[str, str], RuleProvision] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return overlay_sha256(self.document)

    def rule(self, form_id: str, rule_id: str) -> RuleProvision | None:
        return self.rules.get((form_id, rule_id))


def published_sha256(document: Mapping[str, Any]) -> str:
    """The digest a ``legal_provisions`` change carries: the console computes it when it
    publishes, the laptop checks it at pull. Plain ``json.dumps`` with sorted keys, as since the
    first publication, so changes published then still check."""
    import hashlib
    import json

    text = json.dumps(document, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def overlay_sha256(document: Mapping[str, Any]) -> str:
    import json

    return form_sha256(json.loads(canonical_json(document)))


class _OverlayLoader:
    def __init__(self, document: Any, source: str, known: Mapping[str, set[str]] | None) -> None:
        self.document = document
        self.problems = Problems(source)
        self.known = known

    def text(self, reader: Reader, key: str, *, required: bool = False) -> Text:
        """Plain text (English) or a mapping of language codes to non-empty text."""
        value = reader.data.get(key)
        if value is None:
            if required and reader.ok:
                self.problems.add(reader.at(key), _("missing"))
            return {}
        if isinstance(value, str) and value.strip():
            return {"en": value}
        if not isinstance(value, dict) or not value:
            self.problems.add(
                reader.at(key), _("expected text, or a mapping of language codes to text")
            )
            return {}
        result: dict[str, str] = {}
        for language, wording in value.items():
            where = join_path(reader.at(key), str(language))
            if not isinstance(language, str) or not LANGUAGE.match(language):
                self.problems.add(where, _("not a language code (en, fr, ne, ...)"))
            elif not isinstance(wording, str) or not wording.strip():
                self.problems.add(where, _("expected non-empty text"))
            else:
                result[language] = wording
        return result

    def overlay(self) -> LegalOverlay | None:
        top = Reader(self.document, "", self.problems, _TOP_KEYS)
        if not top.ok:
            return None
        fmt = top.get("format", int, default=FORMAT)
        if fmt != FORMAT:
            self.problems.add(
                "format",
                _("this app reads overlay format {ours}, not {theirs}").format(
                    ours=FORMAT, theirs=fmt
                ),
            )
        version = read_version(top)
        if len(version) > 40:
            self.problems.add("version", _("at most 40 characters"))
        appeal_days = top.get("appeal_days", int)
        if appeal_days is not None and not 0 < appeal_days <= MAX_APPEAL_DAYS:
            self.problems.add(
                "appeal_days",
                _("expected a number of days from 1 to {n}").format(n=MAX_APPEAL_DAYS),
            )
            appeal_days = None
        provisions = self.provisions(top)
        rules = self.rules(top)
        if not rules and not provisions and "rules" not in top.data:
            self.problems.add("rules", _("missing: an overlay cites the law for some rules"))
        return LegalOverlay(
            version=version.strip(),
            document=self.document,
            title=self.text(top, "title"),
            legal_basis=self.text(top, "legal_basis"),
            appeal=self.text(top, "appeal"),
            appeal_days=appeal_days,
            overdue=self.text(top, "overdue"),
            provisions=provisions,
            rules=rules,
        )

    def provisions(self, top: Reader) -> dict[str, Text]:
        data = top.get("provisions", dict, default={})
        holder = Reader(data, "provisions", self.problems, {str(k) for k in data})
        found: dict[str, Text] = {}
        for code in data:
            if not isinstance(code, str) or not ITEM_ID.match(code):
                self.problems.add(join_path("provisions", str(code)), _("not a valid standard id"))
                continue
            found[code] = self.text(holder, code, required=True)
        return found

    def rules(self, top: Reader) -> dict[tuple[str, str], RuleProvision]:
        forms = top.get("rules", dict, default={})
        found: dict[tuple[str, str], RuleProvision] = {}
        for form_id, rules in forms.items():
            path = join_path("rules", str(form_id))
            if not isinstance(form_id, str) or not FORM_ID.match(form_id):
                self.problems.add(path, _("not a valid form id"))
                continue
            known = None if self.known is None else self.known.get(form_id)
            if self.known is not None and known is None:
                self.problems.add(
                    path,
                    _("unknown form '{id}'; known: {ids}").format(
                        id=form_id, ids=", ".join(sorted(self.known))
                    ),
                )
                continue
            if not isinstance(rules, dict) or not rules:
                self.problems.add(path, _("expected a mapping of rule ids to their provision"))
                continue
            for rule_id, data in rules.items():
                where = join_path(path, str(rule_id))
                if known is not None and rule_id not in known:
                    guess = closest(str(rule_id), known)
                    self.problems.add(
                        where,
                        _("unknown finding rule of form '{form}'; did you mean '{rule}'?").format(
                            form=form_id, rule=guess
                        )
                        if guess
                        else _("unknown finding rule of form '{form}'").format(form=form_id),
                    )
                    continue
                reader = Reader(data, where, self.problems, _RULE_KEYS)
                if not reader.ok:
                    continue
                found[(form_id, str(rule_id))] = RuleProvision(
                    citation=self.text(reader, "citation", required=True),
                    title=self.text(reader, "title"),
                    description=self.text(reader, "description"),
                )
        return found


def load_overlay_document(
    document: Any, source: str = "", known: Mapping[str, set[str]] | None = None
) -> LegalOverlay:
    """A checked overlay; FormInvalid listing every problem otherwise. ``known``: the finding
    rules of each form id the overlay may name (None: not checked, for an overlay already
    installed)."""
    loader = _OverlayLoader(document, source, known)
    overlay = loader.overlay()
    if loader.problems.items or overlay is None:
        raise FormInvalid(loader.problems.items or [_("not an overlay")])
    return overlay


def load_overlay_file(
    path: Path, known: Mapping[str, set[str]] | None = None, display: str | None = None
) -> LegalOverlay:
    return load_overlay_document(read_yaml(path, display), display or str(path), known)


def known_rules(forms: Any) -> dict[str, set[str]]:
    """Form id -> the ids of its finding rules, over every version given."""
    found: dict[str, set[str]] = {}
    for form in forms:
        found.setdefault(form.id, set()).update(form.rules())
    return found
