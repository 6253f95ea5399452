"""Date lines: the publication date as pages print it, labelled, glued or on its own.

``Published 11:34 PM EST Nov 19, 2019``, ``Updated 5:27 am CST, Wednesday, November 20, 2019``,
``By Ana Smith November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm``,
``PUBLISHED WED, NOV 20 20194:29 AM EST``, ``2022-04-26 21:21:50``. A line is read as dates,
each with its label (published or updated) and the clock time the line gives it, and the rest of
the line, which the header reader may know as a byline or an outlet.

A date's time is the one in its own stretch of the line (from its label, or the line's start, to
the next label or date): after the date if one follows it there (``Sep 27, 2013 10:50AM CDT``),
else before it (``Published 9:46 PM CDT Sep 26, 2013``). So ``Nov. 20, 2019 Updated: Nov. 20,
2019 1:35 a.m.`` gives the publication date no time: the time is the update's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from ..dates import MONTH, FoundDate, find_dates
from .words import (
    BLOG_POST_LINE,
    CLOCK_TIME,
    CLOCK_WORDS,
    DATE_LABEL,
    DATE_LINE_JOINERS,
    RELATIVE_DATE,
    UPDATED_LABELS,
    WEEKDAYS,
)

# Prying glued fields apart: "20194:29" is a year and a time, "2019Updated" a year and a label.
YEAR_BEFORE_TIME = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d{2}|\d{1,2}\s+" + MONTH + r")")
"""``20194:29``: a year and a time; ``14 Mar 202314 Mar 2023``: a date and its repeat (two fields)."""
DIGIT_BEFORE_CAPITAL = re.compile(r"(?<=\d)(?=[A-Z])")
WORD_BEFORE_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?\s*\d)"
)
WORD_BEFORE_LABEL = re.compile(r"(?<=[A-Za-z])(?=Published|Updated|Posted|PUBLISHED|UPDATED|POSTED)")
FILLER = re.compile(r"^[\s,.;:|/\-–—·•()\[\]]*(?:\b(?:at|on|of)\b[\s,.;:|/\-–—·•()]*)*$", re.IGNORECASE)
YEARLESS_DATE = re.compile(r"\b" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}\s+" + MONTH + r"\b")
AMBIGUOUS_NUMERIC = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})$")
MAX_DATE_LINE_CHARACTERS = 200
"""Longer lines are paragraphs that mention dates (the longest date line seen is under 100)."""
MAX_REST_WORDS = 6
MAX_RELATIVE_REST_WORDS = 2
MAX_SENTENCE_WORDS = 1
"""Lower-case words beyond the joiners a date line may hold (a stray "said"); two make a sentence."""
"""``Updated 2 hours ago``: a relative date is a date line only when it is nearly all the line."""
"""A line whose text besides dates holds more words than this is prose that mentions a date."""


class DateKind(Enum):
    PUBLISHED = "published"
    """Labelled as the publication date, or not labelled at all."""
    UPDATED = "updated"
    """Labelled as a later update: used only when there is no publication date."""


@dataclass(frozen=True)
class LineTime:
    """A clock time a date line gives one of its dates."""

    raw: str
    """As written, zone included (``9:46 PM CDT``, ``10:50AM CDT``, ``14:05 GMT``)."""
    value: str
    """On the 24-hour clock, ``HH:MM`` (``21:46``); seconds are dropped."""
    zone: str | None
    """The zone as written (``CDT``, ``GMT``, ``+0100``, ``Z``), never converted: ``IST`` and
    ``CST`` each name more than one zone. None when the line names none."""


@dataclass(frozen=True)
class LineDate:
    iso: str | None
    """ISO 8601, or None for an impossible date such as 30 February."""
    raw: str
    kind: DateKind
    year_stated: bool
    other_reading: str | None = None
    """For a numeric date that reads both ways (02/10/2020), the ISO date of the other order."""
    time: LineTime | None = None
    """The clock time the line gives this date, if any (see the module's docstring)."""


@dataclass(frozen=True)
class DateLine:
    """What a line holds as dates, and the rest of its words."""

    dates: tuple[LineDate, ...]
    rest: str
    """The line without its dates, times, labels, weekdays and separators."""
    prefix: str = ""
    """The words before the line's first date, time or label (a byline or an outlet glued on)."""
    suffix: str = ""
    """The words after the line's last date or time that are not a label (an author glued on)."""
    relative: str | None = None
    """A relative date such as ``1 day ago``, which cannot be turned into a date."""

    @property
    def published(self) -> LineDate | None:
        return next((d for d in self.dates if d.kind is DateKind.PUBLISHED and d.year_stated), None)

    @property
    def updated(self) -> LineDate | None:
        return next((d for d in self.dates if d.kind is DateKind.UPDATED and d.year_stated), None)


def unglue(text: str) -> str:
    """Spaces where a page's markup separated fields that the copy ran together."""
    text = YEAR_BEFORE_TIME.sub(r"\1 ", text)
    text = DIGIT_BEFORE_CAPITAL.sub(" ", text)
    text = WORD_BEFORE_MONTH.sub(" ", text)
    return WORD_BEFORE_LABEL.sub(" ", text)


def read_date_line(text: str, dayfirst: bool = False, default_year: int | None = None) -> DateLine | None:
    """The dates of a line that is mostly dates; None when the line is prose or holds none."""
    if len(text) > MAX_DATE_LINE_CHARACTERS:
        return None
    written, text = text, unglue(text)
    found = find_dates(text, default_year, dayfirst)
    relative = RELATIVE_DATE.search(text)
    if not found and not relative and not _dates_without_year(text):
        return None
    covered = [(d.start, d.end) for d in found]
    covered += [
        m.span() for pattern in (CLOCK_TIME, WEEKDAYS, DATE_LABEL, YEARLESS_DATE) for m in pattern.finditer(text)
    ]
    if relative:
        covered.append(relative.span())
    if not covered:
        return None
    rest_words = [w for w in _uncovered(text, covered).split() if w.strip(",.;:|()").upper() not in CLOCK_WORDS]
    blog_post = bool(found) and BLOG_POST_LINE.match(text) is not None
    if len(rest_words) > MAX_REST_WORDS and not blog_post:
        return None
    if relative and not found and len(rest_words) > MAX_RELATIVE_REST_WORDS:
        return None
    sentence_words = [w for w in rest_words if w[:1].islower() and w.strip(",.;:|()").lower() not in DATE_LINE_JOINERS]
    if len(sentence_words) > MAX_SENTENCE_WORDS and not blog_post:
        return None  # "Reid checked herself in on Tuesday, December 9, 2008."
    first = min(start for start, _ in covered)
    last = max(end for _, end in covered)
    times = _times_of(text, written, found)
    dates = tuple(
        LineDate(d.iso, d.raw, _kind_before(text, d.start), d.year_stated, _other_reading(d.raw, dayfirst), time)
        for d, time in zip(found, times)
    )
    return DateLine(
        dates,
        rest=" ".join(rest_words).strip(" ,;:|-–—·•"),
        prefix=text[:first].strip(" ,;:|-–—·•"),
        suffix=" ".join(w for w in text[last:].split() if w.strip(",.;:|()").upper() not in CLOCK_WORDS).strip(
            " ,;:|-–—·•"
        ),
        relative=relative.group(0) if relative and not dates else None,
    )


def _times_of(text: str, written: str, found: list[FoundDate]) -> list[LineTime | None]:
    """Each date's clock time: the first in its stretch after it, else the first before it that
    no earlier date took (a time between two dates, no label between, follows the first)."""
    clocks = [
        m
        for m in CLOCK_TIME.finditer(text)
        if not any(m.start() < d.end and d.start < m.end() for d in found) and clock_value(m) is not None
    ]
    if not clocks:
        return [None] * len(found)
    labels = [m.start() for m in DATE_LABEL.finditer(text)]
    times: list[LineTime | None] = []
    taken_until = 0
    for index, d in enumerate(found):
        next_start = found[index + 1].start if index + 1 < len(found) else len(text)
        end = min([start for start in labels if d.end <= start < next_start] + [next_start])
        label = max([start for start in labels if taken_until <= start < d.start], default=None)
        start = label if label is not None else taken_until
        after = [m for m in clocks if d.end <= m.start() and m.end() <= end]
        before = [m for m in clocks if start <= m.start() and m.end() <= d.start]
        chosen = after[0] if after else before[0] if before else None
        times.append(_line_time(chosen, text, written) if chosen else None)
        taken_until = chosen.end() if after and chosen else d.end
    return times


def leading_time(text: str) -> tuple[LineTime | None, str]:
    """``14:05 A U.S.-backed …`` after an archive's date token: the token's time and the text after
    it. Only a stamp's time counts (two-digit hours and minutes, or a zone or am/pm) before a
    capital or nothing: a sentence may open with a figure of its own."""
    match = CLOCK_TIME.match(text)
    if match is None or not match.group("minute") or ":" not in match.group(0) or clock_value(match) is None:
        return None, text
    after = text[match.end() :].lstrip()
    stamped = match.group("zone") or match.group("meridiem") or _stamp_shaped(match)
    if not stamped or (after and not after[:1].isupper()):
        return None, text  # "2:01:39 is the new marathon record", "3:10 to Yuma": the sentence's own figure
    return _line_time(match, text, text), text[match.end() :].strip()


def _stamp_shaped(match: re.Match[str]) -> bool:
    """``14:05``: a ``CLOCK_TIME`` match that is two-digit hours, a colon and minutes and nothing
    more, as a stamp writes a time after a date."""
    hour = match.group("hour")
    return hour is not None and len(hour) == 2 and match.group(0)[2:3] == ":" and match.end("minute") == match.end()


def clock_value(match: re.Match[str]) -> str | None:
    """``HH:MM`` on the 24-hour clock of a ``CLOCK_TIME`` match; None for a time no clock shows
    (``13:05 pm``)."""
    if match.group("four_digits"):
        digits = match.group("four_digits")
        return f"{digits[:2]}:{digits[2:]}"
    hour = int(match.group("hour") or match.group("bare_hour"))
    minute = int(match.group("minute") or 0)
    meridiem = match.group("meridiem") or match.group("bare_meridiem")
    if meridiem:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if meridiem[0].lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


def _line_time(match: re.Match[str], text: str, written: str) -> LineTime:
    start, end = _written_span(text, written, match.start(), match.end())
    zone = match.group("zone")
    raw = written[start:end].strip()
    if raw.count("(") != raw.count(")"):
        raw = raw.strip(" ()")
    return LineTime(raw, clock_value(match) or "", zone)


def _written_span(text: str, written: str, start: int, end: int) -> tuple[int, int]:
    """Where ``text[start:end]`` stands in ``written``; ``unglue`` only ever inserts spaces, so the
    two align by walking them together (a space that is not in ``written`` was inserted)."""
    positions: list[int] = []
    at = 0
    for char in text[:end]:
        positions.append(at)
        if at < len(written) and written[at] == char:
            at += 1
    return positions[start], (positions[end - 1] + 1 if end > start else positions[start])


def _other_reading(raw: str, dayfirst: bool) -> str | None:
    """The day-first reading of a month-first numeric date (or the reverse), when both are dates."""
    match = AMBIGUOUS_NUMERIC.match(raw)
    if not match:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if first > 12 or second > 12 or first == second:
        return None
    year += 2000 if year < 70 else 1900 if year < 100 else 0
    day, month = (second, first) if dayfirst else (first, second)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dates_without_year(text: str) -> bool:
    """A line of a time and its label, or a day and month without a year (``Updated 4:08 p.m. ET``,
    ``Jul. 7 5:59 PM EDT``): a date line that gives no date."""
    if not (CLOCK_TIME.search(text) or YEARLESS_DATE.search(text)):
        return False
    covered = [
        m.span() for pattern in (CLOCK_TIME, WEEKDAYS, DATE_LABEL, YEARLESS_DATE) for m in pattern.finditer(text)
    ]
    rest = [
        w
        for w in _uncovered(text, covered).split()
        if w.strip(",.;:|()@").upper() not in CLOCK_WORDS and w.strip(",.;:|()@")
    ]
    return not rest


def _kind_before(text: str, start: int) -> DateKind:
    """The label nearest before the date (within its own stretch of the line) decides its kind."""
    labels = [m for m in DATE_LABEL.finditer(text[:start])]
    if not labels:
        return DateKind.PUBLISHED
    label = re.sub(r"\s+", " ", labels[-1].group("label").lower())
    if label in UPDATED_LABELS:
        return DateKind.UPDATED
    return DateKind.PUBLISHED


def _uncovered(text: str, spans: list[tuple[int, int]]) -> str:
    keep = [True] * len(text)
    for start, end in spans:
        for index in range(start, min(end, len(text))):
            keep[index] = False
    pieces = "".join(c if k else " " for c, k in zip(text, keep))
    return " ".join(part for part in re.split(r"\s+", pieces) if part and not FILLER.match(part))
