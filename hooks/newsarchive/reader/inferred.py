"""A date for an article whose header states none, inferred from what the body dates.

Some copies lose the page's date line but keep dated material that can only be in the past
when the story ran: the date a photo was taken, the date an embedded post was published. Such
a date alone may be old (a file photo), so it dates the article only when the lede agrees: the
weekday the lede gives its news ("… fell sharply on Tuesday") is that date's or the next day's.
The date is marked inferred and a note says where it came from; without that agreement the
article stays undated and the warning names the latest date found, for the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..dates import find_dates
from ..model import Field, Paragraph, Photo
from .words import EMBEDDED_POST_SIGNATURE

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
LEDE_WEEKDAY = re.compile(r"\b(?<![Ll]ast )(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
"""The weekday the lede's news happened (``on Tuesday``); ``last Tuesday`` is a week before."""
SAME_NEWS_CYCLE_DAYS = 1
"""The lede's weekday may fall this many days after the latest dated evidence (a wire photo of
the evening before); further, the evidence is from another story's day (a file photo)."""


@dataclass(frozen=True)
class DatedEvidence:
    """A date the body states that cannot lie after publication."""

    iso: str
    raw: str
    line: int | None
    kind: str
    """``photo`` (when a picture was taken) or ``post`` (when an embedded post was published)."""


def dated_evidence(photos: list[Photo], paragraphs: list[Paragraph]) -> list[DatedEvidence]:
    """Photo dates with their year stated, and embedded posts' signature dates."""
    found = [
        DatedEvidence(photo.date.value, photo.date.raw or "", photo.line, "photo")
        for photo in photos
        if photo.date.value and not photo.date.inferred
    ]
    for paragraph in paragraphs:
        signature = EMBEDDED_POST_SIGNATURE.match(paragraph.text)
        if signature is None:
            continue
        dates = [d for d in find_dates(signature.group("date")) if d.iso and d.year_stated]
        found += [DatedEvidence(d.iso, d.raw, paragraph.line, "post") for d in dates[:1]]
    return found


def infer_date(evidence: list[DatedEvidence], lede: str) -> tuple[Field, str] | None:
    """The inferred date and the note that explains it, or None when the lede does not agree."""
    if not evidence:
        return None
    latest = max(evidence, key=lambda e: e.iso)
    weekday = LEDE_WEEKDAY.search(lede)
    if weekday is None:
        return None
    day = date.fromisoformat(latest.iso)
    ahead = (WEEKDAYS.index(weekday.group("weekday").lower()) - day.weekday()) % 7
    if ahead > SAME_NEWS_CYCLE_DAYS:
        return None
    day = date.fromordinal(day.toordinal() + ahead)
    field = Field(raw=latest.raw, value=day.isoformat(), inferred=True, line=latest.line)
    reason = f"{latest.raw!r} (a {latest.kind}'s date) and {weekday.group('weekday')!r} in the lede"
    return field, f"no date in the header: dated {field.value}, inferred from {reason}"


def latest_evidence_hint(evidence: list[DatedEvidence]) -> str:
    """For the undated warning: the latest date the text gives, which an editor may check."""
    if not evidence:
        return ""
    latest = max(evidence, key=lambda e: e.iso)
    return f" (the latest date in the text is {latest.iso}, a {latest.kind}'s, on line {latest.line})"
