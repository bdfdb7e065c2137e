"""Answers as stored (JSON) and as expressions see them.

Stored forms: choices and text as strings, multiple choice and evidence as lists of strings,
integers as numbers, decimals as strings (exact), money as ``{"amount": "12.50", "currency":
"NPR"}``, dates as ``YYYY-MM-DD``, a repeat as the list of its entry keys. Messages never quote
the answer itself: answers can identify people.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from inspector.checklists.model import CHOICE_TYPES, Question, QuestionType
from inspector.errors import InvalidInput
from inspector.i18n import _

ENTRY_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}\Z")
PATH = re.compile(
    r"(?:(?P<repeat>[A-Za-z_][A-Za-z0-9_]*)\[(?P<entry>[A-Za-z0-9_-]{1,40})\]\.)?"
    r"(?P<question>[A-Za-z_][A-Za-z0-9_]*)\Z"
)
MAX_TEXT = 20_000


def entry_path(repeat: str, entry: str, question: str) -> str:
    return f"{repeat}[{entry}].{question}"


def _bad(question: Question, what: str) -> InvalidInput:
    return InvalidInput(
        _("The answer to '{question}' must be {what}.").format(question=question.id, what=what)
    )


def _decimal(raw: Any) -> Decimal | None:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str | Decimal):
        return None
    try:
        number = (
            Decimal(str(raw).strip().replace(",", ""))
            if isinstance(raw, str)
            else Decimal(str(raw))
        )
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() and abs(number) < Decimal("1e15") else None


def normalise(question: Question, raw: Any) -> Any:
    """The stored form of an answer, or InvalidInput naming the question and what it takes.
    ``None`` (or an empty value) clears the answer."""
    qtype = question.type
    if raw is None or raw == "" or raw == []:
        return None
    if not qtype.holds_answer and qtype is not QuestionType.REPEAT:
        raise InvalidInput(_("'{question}' is not answered by hand.").format(question=question.id))
    if qtype in CHOICE_TYPES and qtype is not QuestionType.SELECT_MULTIPLE:
        allowed = [c.value for c in question.choices]
        if raw not in allowed:
            raise _bad(question, _("one of {allowed}").format(allowed=", ".join(allowed)))
        return raw
    if qtype is QuestionType.SELECT_MULTIPLE:
        allowed = [c.value for c in question.choices]
        if not isinstance(raw, list | tuple) or any(item not in allowed for item in raw):
            raise _bad(question, _("a list of {allowed}").format(allowed=", ".join(allowed)))
        return [value for value in allowed if value in raw]  # choice order, no duplicates
    if qtype in (QuestionType.TEXT, QuestionType.LONG_TEXT):
        if not isinstance(raw, str):
            raise _bad(question, _("text"))
        if len(raw) > MAX_TEXT:
            raise _bad(question, _("at most {n} characters").format(n=MAX_TEXT))
        return raw
    if qtype is QuestionType.INTEGER:
        number = _decimal(raw)
        if number is None or number != number.to_integral_value():
            raise _bad(question, _("a whole number"))
        return int(number)
    if qtype is QuestionType.DECIMAL:
        number = _decimal(raw)
        if number is None:
            raise _bad(question, _("a number"))
        return str(number)
    if qtype is QuestionType.MONEY:
        amount = raw.get("amount") if isinstance(raw, dict) else raw
        currency = (raw.get("currency") if isinstance(raw, dict) else None) or question.currency
        number = _decimal(amount)
        if number is None:
            raise _bad(question, _("an amount of money"))
        if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
            raise _bad(question, _("an amount with a three-letter currency code"))
        return {"amount": str(number), "currency": currency}
    if qtype is QuestionType.DATE:
        if isinstance(raw, dt.date):
            return raw.isoformat()
        try:
            return dt.date.fromisoformat(str(raw)).isoformat()
        except ValueError:
            raise _bad(question, _("a date (YYYY-MM-DD)")) from None
    if qtype is QuestionType.EVIDENCE:
        if not isinstance(raw, list | tuple) or not all(isinstance(i, str) and i for i in raw):
            raise _bad(question, _("a list of attachments"))
        return list(dict.fromkeys(raw))
    if qtype is QuestionType.SIGNATURE:
        if not isinstance(raw, str):
            raise _bad(question, _("a signature"))
        return raw
    # repeat: the list of entry keys
    if not isinstance(raw, list | tuple) or not all(
        isinstance(key, str) and ENTRY_KEY.match(key) for key in raw
    ):
        raise _bad(question, _("a list of entry keys"))
    if len(set(raw)) != len(raw):
        raise _bad(question, _("a list of distinct entry keys"))
    return list(raw)


def to_value(question: Question, stored: Any) -> Any:
    """What expressions see for a stored answer; ValueError when it is not of the question's type
    (an answer stored by an older form version, say)."""
    if stored is None:
        return None
    qtype = question.type
    if qtype in (QuestionType.INTEGER, QuestionType.DECIMAL):
        number = _decimal(stored)
        if number is None:
            raise ValueError(qtype.value)
        return number
    if qtype is QuestionType.MONEY:
        number = _decimal(stored.get("amount") if isinstance(stored, dict) else None)
        if number is None:
            raise ValueError(qtype.value)
        return number
    if qtype is QuestionType.DATE:
        return dt.date.fromisoformat(str(stored))
    if qtype in (QuestionType.SELECT_MULTIPLE, QuestionType.EVIDENCE, QuestionType.REPEAT):
        if not isinstance(stored, list):
            raise ValueError(qtype.value)
        return tuple(str(item) for item in stored)
    if qtype in CHOICE_TYPES and stored not in {c.value for c in question.choices}:
        raise ValueError(qtype.value)
    if not isinstance(stored, str):
        raise ValueError(qtype.value)
    return stored
