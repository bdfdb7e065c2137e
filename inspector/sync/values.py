"""A vault row as the protocol's ``data`` (the JSON export's conversion: enums by value, UUIDs
and dates as ISO text) and back. File contents never go into ``data``: they travel as blobs."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import Date, Enum, LargeBinary, Table, Uuid

from inspector.vault.tables import Base
from inspector.vault.types import UTCDateTime


def plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def table_of(name: str) -> type[Any] | None:
    """The ORM class of a vault table by its name."""
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == name:
            return cls
    return None


def record_data(row: Any) -> dict[str, Any]:
    """Every column of ``row`` but binary ones, as JSON holds it."""
    table: Table = row.__table__
    return {
        column.key: plain(getattr(row, column.key))
        for column in table.columns
        if not isinstance(column.type, LargeBinary)
    }


def _converter(column: Any) -> Any:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _aware
    if isinstance(kind, Uuid):
        return uuid.UUID
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class
    return None


def _aware(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def typed(table: Table, data: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The values of ``data`` that are columns of ``table``, as Python values; a value that does
    not convert is left out (the column keeps its default or its current value)."""
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.key in skip or column.key not in data:
            continue
        value = data[column.key]
        convert = _converter(column)
        try:
            values[column.key] = value if value is None or convert is None else convert(value)
        except (TypeError, ValueError):
            continue
    return values
