"""Cell values of a registry spreadsheet as agency fields: text, dates in the forms spreadsheets
write them, licence statuses in the words registries use, lists of country codes.

Each parser returns the value or raises ``ValueError`` whose message is the reason a person
reads next to the line and column."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from inspector.i18n import _
from inspector.vault.tables import LicenceStatus

DATE_ORDERS = ("dmy", "mdy")  # of numeric dates such as 03/04/2026; ISO dates are always read
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's 1900 leap-year bug kept)

_MONTHS = {
    # English, French and Spanish names and their usual abbreviations (accents removed).
    **dict.fromkeys(("jan", "january", "janv", "janvier", "ene", "enero"), 1),
    **dict.fromkeys(("feb", "february", "fev", "fevr", "fevrier", "febrero"), 2),
    **dict.fromkeys(("mar", "march", "mars", "marzo"), 3),
    **dict.fromkeys(("apr", "april", "avr", "avril", "abr", "abril"), 4),
    **dict.fromkeys(("may", "mai", "mayo"), 5),
    **dict.fromkeys(("jun", "june", "juin", "junio"), 6),
    **dict.fromkeys(("jul", "july", "juil", "juillet", "julio"), 7),
    **dict.fromkeys(("aug", "august", "aout", "ago", "agosto"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre", "septiembre", "setiembre"), 9),
    **dict.fromkeys(("oct", "october", "octobre", "octubre"), 10),
    **dict.fromkeys(("nov", "november", "novembre", "noviembre"), 11),
    **dict.fromkeys(("dec", "december", "decembre", "dic", "diciembre"), 12),
}

_TIME = re.compile(
    r"^(?P<date>.*?)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^(\d{5})(?:\.0+)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$")
_DAY_MONTH_NAME = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-./]+([^\W\d_]+)\.?[\s\-./,]+(\d{4}|\d{2})$"
)
_MONTH_NAME_DAY = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def _plain_word(word: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # as Excel reads two-digit years: 00-29 are 20xx, 30-99 are 19xx
        year += 2000 if year < 30 else 1900
    return year


def _serial(number: float) -> dt.date:
    if not 1 <= number < 2_958_466:
        raise ValueError(_("{value} is not a date").format(value=number))
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def parse_date(value: Any, order: str = "dmy") -> dt.date | None:
    """A date from a cell: an Excel date cell, an Excel serial number, ISO (2026-01-31),
    31/01/2026 or 01/31/2026 (by ``order``), 31.01.26, 31 Jan 2026, Jan 31, 2026. A time after
    the date is ignored. None for an empty cell."""
    if type(value) is str and len(value) == 10 and value[4] == "-":
        try:
            return dt.date.fromisoformat(value)  # ISO, the usual case: fast
        except ValueError:
            pass
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(_("{value} is not a date").format(value=value))
    if isinstance(value, int | float):
        return _serial(value)
    text = str(value).strip()
    if not text:
        return None
    bare = _TIME.match(text)
    text_date = bare.group("date").strip() if bare else text
    try:
        if match := _YMD.match(text_date) or _COMPACT.match(text_date):
            year, month, day = (int(part) for part in match.groups())
            return dt.date(year, month, day)
        if match := _SERIAL.match(text_date):
            number = int(match.group(1))
            if 10_000 <= number <= 99_999:  # 1927 to 2173: a spreadsheet date exported as number
                return _serial(number)
        if match := _NUMERIC.match(text_date):
            first, second, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
            day, month = (first, second) if order == "dmy" else (second, first)
            try:
                return dt.date(year, month, day)
            except ValueError:
                try:
                    dt.date(year, day, month)
                except ValueError:
                    raise
                raise ValueError(_order_hint(text, order)) from None
        if match := _DAY_MONTH_NAME.match(text_date):
            day, name, year_text = match.groups()
            month = _MONTHS.get(_plain_word(name))
            if month is not None:
                return dt.date(_year(year_text), month, int(day))
        if match := _MONTH_NAME_DAY.match(text_date):
            name, day, year_text = match.groups()
            month = _MONTHS.get(_plain_word(name))
            if month is not None:
                return dt.date(_year(year_text), month, int(day))
    except ValueError as exc:
        if exc.args and isinstance(exc.args[0], str) and "--date-order" in exc.args[0]:
            raise
        raise ValueError(_("'{value}' is not a date that exists").format(value=text)) from None
    raise ValueError(
        _("'{value}' is not a date; write it as 2026-01-31 or 31/01/2026").format(value=text)
    )


def _order_hint(text: str, order: str) -> str:
    if order == "dmy":
        return _(
            "'{value}' is not a date read day first (day/month/year); if the file puts the "
            "month first, import it with --date-order mdy"
        ).format(value=text)
    return _(
        "'{value}' is not a date read month first (month/day/year); if the file puts the day "
        "first, import it with --date-order dmy"
    ).format(value=text)


_STATUS_WORDS: dict[str, LicenceStatus] = {
    **dict.fromkeys(
        ("active", "valid", "licensed", "licenced", "current", "in force", "actif", "active",
         "valide", "en vigueur", "activo", "activa", "vigente", "valido"),
        LicenceStatus.ACTIVE,
    ),
    **dict.fromkeys(
        ("pending", "applied", "in process", "processing", "under review", "en attente",
         "en cours", "pendiente", "en tramite"),
        LicenceStatus.PENDING,
    ),
    **dict.fromkeys(
        ("suspended", "on hold", "suspendu", "suspendue", "suspendido", "suspendida"),
        LicenceStatus.SUSPENDED,
    ),
    **dict.fromkeys(
        ("revoked", "cancelled", "canceled", "withdrawn", "blacklisted", "revoque", "revoquee",
         "retire", "annule", "revocado", "revocada", "cancelado", "cancelada"),
        LicenceStatus.REVOKED,
    ),
    **dict.fromkeys(
        ("expired", "lapsed", "expire", "expiree", "perime", "vencido", "vencida", "caducado",
         "caducada"),
        LicenceStatus.EXPIRED,
    ),
}  # fmt: skip


def parse_status(value: Any) -> LicenceStatus | None:
    """A licence status in the words registries use (English, French, Spanish); None for an
    empty cell."""
    text = cell_text(value)
    if not text:
        return None
    status = _STATUS_WORDS.get(" ".join(_plain_word(text).replace("-", " ").split()))
    if status is None:
        raise ValueError(
            _("'{value}' is not a licence status; use one of: {choices}").format(
                value=text, choices=", ".join(s.value for s in LicenceStatus)
            )
        )
    return status


def cell_text(value: Any) -> str:
    """A cell as text: a number a spreadsheet stored for a licence or phone number loses no
    digit and gains no '.0'."""
    if type(value) is str:  # the usual case first: this runs for every cell
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


# Characters that show nothing (zero-width spaces and joiners, the soft hyphen, the byte-order
# mark) or reorder what is shown (bidirectional controls): in an identifier they make two
# licence numbers that look the same differ.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
# Bidirectional overrides and isolates: they can make a name read as another one.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalise_identifier(text: str) -> str:
    """An identifier (a licence number) as it is compared and stored: Unicode NFKC (full-width
    and compatibility forms folded), without invisible or bidirectional characters, spaces
    collapsed. Two numbers that look the same are then the same."""
    import unicodedata

    folded = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(folded.split())


def name_problem(text: str, *, multiline: bool = False) -> str | None:
    """Why a name cannot be stored (control characters, bidirectional overrides), or None.
    Joiners that scripts such as Devanagari and Persian need are allowed."""
    from inspector.vault.columns import control_characters

    if control_characters(text, multiline=multiline):
        return _("it holds control characters")
    if _BIDI_CONTROLS.search(text):
        return _("it holds characters that reverse the direction of the text")
    return None


_LIST_SPLIT = re.compile(r"[,;|/\n]+")


def parse_codes(value: Any) -> list[str]:
    """Country codes separated by commas, semicolons, bars or slashes (or spaces)."""
    text = cell_text(value)
    parts = _LIST_SPLIT.split(text) if _LIST_SPLIT.search(text) else text.split()
    return [part.strip().upper() for part in parts if part.strip()]


def parse_list(value: Any) -> list[str]:
    """Words separated by commas, semicolons or bars (a sector may hold spaces)."""
    return [part.strip() for part in re.split(r"[,;|\n]+", cell_text(value)) if part.strip()]
