"""What commands print and write: plain tables, JSON, and new files that refuse to overwrite."""

from __future__ import annotations

import datetime as dt
import json
import sys
import uuid
from collections.abc import Sequence
from enum import Enum
from typing import Any

from inspector.i18n import _


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(_plain(v)) if v is not None else "" for v in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)
    ]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def print_json(items: list[dict[str, Any]]) -> None:
    json.dump(
        [{k: _plain(v) for k, v in item.items()} for item in items],
        sys.stdout,
        ensure_ascii=False,
        indent=2,
    )
    print()


def write_new_file(path: str, content: bytes, force: bool) -> None:
    """Write ``content`` to ``path``; refuse to overwrite a file unless ``force``."""
    import os
    from pathlib import Path

    from inspector.errors import InvalidInput
    from inspector.vault.files import create_private

    try:  # mode 600, and never through a symbolic link planted at path
        fd = create_private(Path(path), replace=force)
    except FileExistsError:
        raise InvalidInput(
            _("{path} already exists; add --force to overwrite it.").format(path=path)
        ) from None
    except OSError as exc:
        raise InvalidInput(
            _("Cannot write {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from None
    with os.fdopen(fd, "wb") as out:
        out.write(content)
