"""The expression functions that work on values alone (dates, text, numbers), as the ODK XForms
function library defines them; ``evaluator`` evaluates their arguments and ``check`` types them.
Each gives None (blank) for a blank or unusable argument, and raises nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

_EPOCH = dt.date(1970, 1, 1)
MAX_REGEX_TEXT = 10_000
MAX_DAYS = 3_000_000  # dates stay within year 9999


def _number(value: Any) -> Decimal | None:
    if isinstance(value, Decimal) and value.is_finite():
        return value
    return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def date_time(value: Any) -> dt.date | None:
    """A date from a number of days since 1970-01-01 (decimal-date-time's inverse) or text."""
    number = _number(value)
    if number is not None:
        if abs(number) > MAX_DAYS:
            return None
        return _EPOCH + dt.timedelta(days=int(number.to_integral_value(rounding="ROUND_FLOOR")))
    return _date(value)


def decimal_date_time(value: Any) -> Decimal | None:
    date = _date(value)
    return None if date is None else Decimal((date - _EPOCH).days)


# format-date's % codes, as ODK documents them (times read as midnight: dates hold no time)
_FORMATS: dict[str, Callable[[dt.date], str]] = {
    "Y": lambda d: f"{d.year:04d}",
    "y": lambda d: f"{d.year % 100:02d}",
    "m": lambda d: f"{d.month:02d}",
    "n": lambda d: str(d.month),
    "b": lambda d: d.strftime("%b"),
    "d": lambda d: f"{d.day:02d}",
    "e": lambda d: str(d.day),
    "a": lambda d: d.strftime("%a"),
    "H": lambda d: "00",
    "h": lambda d: "0",
    "M": lambda d: "00",
    "S": lambda d: "00",
    "3": lambda d: "000",
}


def format_date(value: Any, pattern: Any) -> str | None:
    date = _date(value)
    if date is None or not isinstance(pattern, str):
        return None
    return re.sub(
        r"%(.)",
        lambda m: _FORMATS[m.group(1)](date) if m.group(1) in _FORMATS else m.group(0),
        pattern,
    )


def boolean(value: Any) -> bool:
    """XPath's boolean(): a number other than 0, non-empty text or a selection is true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return value.is_finite() and value != 0
    if isinstance(value, str | tuple | list):
        return len(value) > 0
    return value is not None


def substr(text: Any, start: Any, end: Any = None) -> str | None:
    """ODK's substr(text, start, end): from start (0-based) to before end (the end if none)."""
    first, last = _number(start), _number(end) if end is not None else None
    if not isinstance(text, str) or first is None or (end is not None and last is None):
        return None
    begin = max(int(first), 0)
    stop = len(text) if last is None else max(int(last), begin)
    return text[begin:stop]


def substring_before(text: Any, part: Any) -> str | None:
    if not isinstance(text, str) or not isinstance(part, str):
        return None
    before, found, _after = text.partition(part)
    return before if found else ""


def substring_after(text: Any, part: Any) -> str | None:
    if not isinstance(text, str) or not isinstance(part, str):
        return None
    _before, found, after = text.partition(part)
    return after if found else ""


def power(base: Any, exponent: Any) -> Decimal | None:
    a, b = _number(base), _number(exponent)
    if a is None or b is None or abs(b) > 1000:
        return None
    try:
        if b == b.to_integral_value():
            result = a ** int(b)
        elif a < 0:
            return None
        else:
            result = Decimal(float(a) ** float(b))
    except (ArithmeticError, InvalidOperation, OverflowError, ValueError):
        return None
    return result if result.is_finite() else None


def join(separator: Any, values: Any) -> str | None:
    if not isinstance(separator, str):
        return None
    if isinstance(values, tuple | list):
        return separator.join(str(v) for v in values if v is not None)
    return None if values is None else str(values)


def selected_at(values: Any, index: Any) -> str | None:
    number = _number(index)
    if not isinstance(values, tuple) or number is None:
        return None
    position = int(number)
    return values[position] if 0 <= position < len(values) else ""


def regex(text: Any, pattern: Any) -> bool | None:
    """Whether a part of ``text`` matches ``pattern`` (ODK's regex()); an unreadable pattern
    or text too long to search safely gives blank."""
    if not isinstance(text, str) or not isinstance(pattern, str) or len(text) > MAX_REGEX_TEXT:
        return None
    try:
        return re.search(pattern, text) is not None
    except (re.error, RecursionError):
        return None
