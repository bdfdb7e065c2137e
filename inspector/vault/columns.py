"""Checking a value that comes from outside (an imported file) against the column it goes into,
as strictly as the app's own writes are: the right type, within the column's length, no control
characters, no infinity, no nesting deeper than the app makes. A refused value is named by its
table, row and column, never quoted (it may be a worker's name)."""

from __future__ import annotations

import datetime as dt
import json
import math
import unicodedata
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Integer, LargeBinary, String, Table, Uuid

from inspector.errors import InvalidInput
from inspector.i18n import _
from inspector.vault.types import UTCDateTime

MAX_TEXT = 100_000  # characters of a free-text column (notes, descriptions, accounts)
MAX_JSON_BYTES = 1_000_000  # one JSON value (answers of an interview, a finding's evidence)
MAX_JSON_DEPTH = 32
MAX_INTEGER = 2**31 - 1
_MULTILINE = frozenset("\t\n\r")


def control_characters(text: str, *, multiline: bool) -> bool:
    """Whether ``text`` holds a control character (NUL, escape, ...), an unpaired surrogate or,
    unless ``multiline``, a line break or tab."""
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs" or (category == "Cc" and not (multiline and char in _MULTILINE)):
            return True
    return False


def _depth(value: Any, limit: int) -> int:
    """How deeply ``value`` nests, counted without recursion (a hostile file may nest deeper
    than Python's stack)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def _finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


class _Refused(ValueError):
    pass


def _text(value: Any, length: int | None) -> str:
    if not isinstance(value, str):
        raise _Refused(_("text is expected"))
    limit = length or MAX_TEXT
    if len(value) > limit:
        raise _Refused(_("longer than {limit} characters").format(limit=limit))
    if control_characters(value, multiline=length is None):
        raise _Refused(_("it holds control characters"))
    return value


def _datetime(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _Refused(_("a date and time is expected"))
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise _Refused(_("a date and time with its time zone is expected"))
    return moment


def _json(value: Any) -> Any:
    if _depth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise _Refused(_("nested deeper than {limit} levels").format(limit=MAX_JSON_DEPTH))
    if not _finite(value):
        raise _Refused(_("a number is not finite"))
    encoded = json.dumps(value, ensure_ascii=False)
    if len(encoded) > MAX_JSON_BYTES:
        raise _Refused(_("larger than {limit} characters").format(limit=MAX_JSON_BYTES))
    if control_characters(encoded, multiline=True) or "\\u0000" in encoded:
        raise _Refused(_("it holds control characters"))
    return value


def column_value(column: Any, value: Any) -> Any:
    """``value`` (as JSON gives it) as the column's Python value; ``_Refused`` says why not."""
    kind = column.type
    if value is None:
        if not column.nullable and not column.primary_key:
            raise _Refused(_("a value is required"))
        if column.primary_key:
            raise _Refused(_("a value is required"))
        return None
    if isinstance(kind, Enum) and kind.enum_class is not None:
        if not isinstance(value, str):
            raise _Refused(_("one of its words is expected"))
        return kind.enum_class(value)
    if isinstance(kind, UTCDateTime):
        return _datetime(value)
    if isinstance(kind, Uuid):
        if not isinstance(value, str):
            raise _Refused(_("an id is expected"))
        return uuid.UUID(value)
    if isinstance(kind, Date):
        if not isinstance(value, str):
            raise _Refused(_("a date is expected"))
        return dt.date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        if not isinstance(value, str):
            raise _Refused(_("hexadecimal text is expected"))
        return bytes.fromhex(value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _Refused(_("true or false is expected"))
        return value
    if isinstance(kind, Integer):
        if type(value) is not int or not 0 <= value <= MAX_INTEGER:
            raise _Refused(_("a whole number from 0 to {limit} is expected").format(
                limit=MAX_INTEGER))  # fmt: skip
        if column.key == "revision" and value < 1:
            raise _Refused(_("a revision starts at 1"))
        return value
    if isinstance(kind, String):
        return _text(value, kind.length)
    if isinstance(kind, JSON):
        return _json(value)
    raise _Refused(_("this column cannot be imported"))


def typed_row(
    table: Table, row: dict[str, Any], where: str, defaults: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A row of a file as the table's Python values; ``InvalidInput`` names the row and column
    of the first value refused and why."""
    if not isinstance(row, dict):
        raise InvalidInput(_("{where} is not a record.").format(where=where))
    unknown = sorted(str(key)[:60] for key in row if key not in table.columns)
    if unknown:
        raise InvalidInput(
            _("{where}: unknown columns {names}.").format(where=where, names=", ".join(unknown))
        )
    typed: dict[str, Any] = {}
    for column in table.columns:
        if column.key not in row:
            if defaults and column.key in defaults:
                typed[column.key] = defaults[column.key]
                continue
            raise InvalidInput(
                _("{where}: column '{column}' is missing.").format(where=where, column=column.key)
            )
        try:
            typed[column.key] = column_value(column, row[column.key])
        except (ValueError, TypeError, OverflowError) as exc:
            reason = str(exc) if isinstance(exc, _Refused) else _("not a valid value")
            raise InvalidInput(
                _("{where}: '{column}' was refused: {reason}.").format(
                    where=where, column=column.key, reason=reason
                )
            ) from None
    return typed
