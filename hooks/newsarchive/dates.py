"""Finding and normalising dates in news text; parsing itself is left to ``dateutil``.

The patterns only find where a date stands (month-first, day-first, ISO, numeric); dateutil
turns the words into a date and rejects impossible ones such as 30 February.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as dateutil_parser

_MONTH_WORDS = sorted(
    {form for name in [*calendar.month_name, *calendar.month_abbr, "Sept"] if name for form in (name, name.upper())},
    key=len,
    reverse=True,
)
MONTH = r"(?:" + "|".join(_MONTH_WORDS) + r")\.?"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|2\d\d\d)"
WEEKDAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
WEEKDAY = r"(?:" + WEEKDAY_NAME + r",?\s+)"
TRAILING_WEEKDAY = re.compile(r"\b" + WEEKDAY_NAME + r"\W*$")

ISO_DATE = re.compile(r"\b(" + YEAR + r")([-/.])(\d{1,2})\2(\d{1,2})(?=T\d|\b)")
"""Year first: ``2023-03-14``, ``2023-03-14T18:42Z`` (a machine's stamp), ``2023/03/14``, ``2023.03.14``."""
MONTH_FIRST = re.compile(r"\b" + WEEKDAY + r"?(" + MONTH + r"\s+" + DAY + r"(?:,?\s+" + YEAR + r")?)\b")
DAY_FIRST = re.compile(
    r"\b" + WEEKDAY + r"?(" + DAY + r"(?:\s+(?:of\s+)?|-)" + MONTH + r"(?:(?:,?\s+|-)" + YEAR + r")?)\b"
)
"""``14 March 2023``, ``14th of March``, ``14-Mar-2023``."""
NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2(" + YEAR + r"|\d\d)\b")
SEPT = re.compile(r"\bSept\b", re.IGNORECASE)
HAS_YEAR = re.compile(YEAR + r"\s*$")


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text: where it stands, its words, and its ISO value (None if impossible)."""

    start: int
    end: int
    raw: str
    iso: str | None
    year_stated: bool


def find_dates(text: str, default_year: int | None = None, dayfirst: bool = False) -> list[FoundDate]:
    """Every date written in ``text``, in order; a date without a year takes ``default_year``."""
    found: list[FoundDate] = []
    # The characters dates already found cover, marked once: looking through every span taken,
    # or keeping them sorted, was quadratic in a paragraph of dates of several forms.
    taken = bytearray(len(text))
    for finder in (_iso_dates, _worded_dates, _numeric_dates):
        for item in finder(text, default_year, dayfirst):
            if any(taken[item.start : item.end]):
                continue
            taken[item.start : item.end] = b"\x01" * (item.end - item.start)
            found.append(item)
    return sorted(found, key=lambda item: item.start)


def _iso_dates(text: str, default_year: int | None, dayfirst: bool) -> list[FoundDate]:
    return [
        FoundDate(m.start(), m.end(), m.group(0), _safe_iso(int(m.group(1)), int(m.group(3)), int(m.group(4))), True)
        for m in ISO_DATE.finditer(text)
    ]


def _worded_dates(text: str, default_year: int | None, dayfirst: bool) -> list[FoundDate]:
    results: list[FoundDate] = []
    for pattern in (MONTH_FIRST, DAY_FIRST):
        for m in pattern.finditer(text):
            raw = m.group(1)
            year_stated = bool(HAS_YEAR.search(raw))
            if not year_stated and default_year is None:
                continue
            results.append(FoundDate(m.start(1), m.end(1), raw, _parse_words(raw, default_year), year_stated))
    return results


def _numeric_dates(text: str, default_year: int | None, dayfirst: bool) -> list[FoundDate]:
    results = []
    for m in NUMERIC_DATE.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if year < 100:
            year += 2000 if year < 70 else 1900
        # An unambiguous first number over 12 settles the order whatever the setting says.
        day_first = dayfirst or first > 12
        day, month = (first, second) if day_first else (second, first)
        results.append(FoundDate(m.start(), m.end(), m.group(0), _safe_iso(year, month, day), True))
    return results


def _parse_words(raw: str, default_year: int | None) -> str | None:
    default = datetime(default_year or 1900, 1, 1)
    try:
        return dateutil_parser.parse(SEPT.sub("Sep", raw), default=default).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _safe_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


RELATIVE_DAY = re.compile(
    r"\b(?P<phrase>(?:(?:on|from|since|last|early|late)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<word>yesterday|today|tonight))\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def resolve_relative_days(text: str, published: str | None) -> list[tuple[str, str]]:
    """``on Friday`` / ``Tuesday`` / ``yesterday`` as dates, counted back from the publication date.

    News copy names the last such day on or before publication ("declared victory on Friday"
    in a story dated Friday 20 October means that day)."""
    if not published:
        return []
    day = date.fromisoformat(published)
    found = []
    for match in RELATIVE_DAY.finditer(text):
        if match.group("weekday"):
            back = (day.weekday() - _WEEKDAYS.index(match.group("weekday").lower())) % 7
        else:
            back = 1 if match.group("word").lower() == "yesterday" else 0
        found.append((match.group("phrase"), date.fromordinal(day.toordinal() - back).isoformat()))
    return found
