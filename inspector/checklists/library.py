"""The checklists shipped with the app (``forms/`` in the source tree, ``inspector/shipped_forms``
in a wheel or a frozen build)."""

from __future__ import annotations

from pathlib import Path

from inspector.checklists.loader import load_file
from inspector.checklists.model import Form
from inspector.errors import NotFound
from inspector.i18n import _


def shipped_forms_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    bundled = package / "shipped_forms"
    if bundled.is_dir():
        return bundled
    return package.parent / "forms"  # a source checkout or an editable install


def shipped_form_files() -> list[Path]:
    return sorted(shipped_forms_dir().glob("*.yaml"))


_LOADED: dict[tuple[Path, int, int], Form] = {}


def shipped_forms() -> list[Form]:
    """Every shipped form, checked; a broken one raises FormInvalid naming its file. Loaded once
    per file version (size and modification time)."""
    forms = []
    for path in shipped_form_files():
        stat = path.stat()
        key = (path, stat.st_mtime_ns, stat.st_size)
        if key not in _LOADED:
            _LOADED[key] = load_file(path, f"forms/{path.name}")
        forms.append(_LOADED[key])
    return forms


def shipped_form(form_id: str) -> Form:
    for form in shipped_forms():
        if form.id == form_id:
            return form
    raise NotFound(
        _("No shipped checklist '{id}'; there are: {ids}.").format(
            id=form_id, ids=", ".join(f.id for f in shipped_forms())
        )
    )
