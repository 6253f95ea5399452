"""What a caption says of its photo: when it was taken and where (IPTC Date Created, Location Shown).

Captions end with when the picture was taken (``… in Raqqa, Syria, Oct. 17, 2017.``) and name
the place just before that date; aerial and satellite captions name a place and then what the
image shows in it. Each reader is a named fallback, tried in order.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from ..model import Field
from ..text import split_sentences

# "in Raqqa, Syria, Oct. 17, 2017" / "Syria Oct. 18, 2017": a place of capitalised parts before a date.
# A part may hold dots ("U.S.", "St. Louis") and open with any Latin capital ("Ávila").
PLACE_PART = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|al|el|de|of|ez|ad|as|ar))*"
PLACE_BEFORE_DATE = re.compile(
    r"\b(?:in|at|near|outside|of|from|over|on)\s+(?:the\s+)?(?P<place>"
    + PLACE_PART
    + r"(?:,\s+"
    + PLACE_PART
    + r")*),?\s*(?:on\s+)?$"
)
PLACE_HEAD_NOUNS = frozenset(
    """square roundabout bridge dam river mosque church cathedral stadium market camp base airport
    hospital palace tower gate street avenue road park citadel castle fort bazaar port harbour
    harbor station university school building""".split()
)
LEADING_LANDMARK = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}(?P<head>[A-Z][\w'’-]*))(?:\s+(?:roundabout|area|district))?\b"
)
# Aerial and satellite captions name a place and then what the image shows in it.
SHOWING = re.compile(
    r"^(?:(?:Central|Northern|Southern|Eastern|Western|Downtown|Old|East|West|North|South)\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+showing\s+(?P<shown>.+)$"
)
SHOWN_FEATURE = re.compile(
    r"(?:\b(?:the\s+)?(?:city|town|village|area)'s\s+(?P<common>[a-z]+(?:\s+[a-z]+)?)|(?P<proper>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+))"
)
SHOWN_STOP = re.compile(r"\s+in\s+a\s+(?:satellite|aerial|drone)\b|\s+(?:taken|seen|captured)\b")


def read_caption_date(caption: str, default_year: int | None, dayfirst: bool = False) -> Field:
    """The date a caption states (the last one: captions end with when the picture was taken)."""
    dates = find_dates(caption, default_year, dayfirst)
    if not dates:
        return Field.empty()
    found = dates[-1]
    return Field(raw=found.raw, value=found.iso, inferred=not found.year_stated)


def read_caption_place(caption: str, default_year: int | None = None) -> Field:
    """Where a caption says its picture was taken; ``None`` where it does not say."""
    for reader in (_place_before_date, _place_showing):
        place = reader(caption, default_year)
        if place is not None:
            return place
    return Field.empty()


def _place_before_date(caption: str, default_year: int | None) -> Field | None:
    starts = _sentence_starts(caption)
    for found in reversed(find_dates(caption, default_year)):
        sentence_start = max((start for start in starts if start <= found.start), default=0)
        before = caption[sentence_start : found.start]
        match = PLACE_BEFORE_DATE.search(before)
        if not match:
            continue
        place = raw = match.group("place").strip()
        landmark = _leading_landmark(caption[sentence_start:].strip())
        if landmark and landmark not in place:
            place = f"{landmark}, {place}"
        return Field(raw=raw, value=place)
    return None


def _sentence_starts(caption: str) -> list[int]:
    """Where the caption's sentences start (``St. Louis`` and ``U.S.`` end none)."""
    starts, position = [0], 0
    for sentence in split_sentences(caption)[:-1]:
        found = caption.find(sentence, position)
        if found < 0:
            break
        position = found + len(sentence)
        starts.append(position)
    return starts


def _leading_landmark(sentence: str) -> str | None:
    """A named landmark the caption opens with (``Naim Square roundabout following ...``)."""
    match = LEADING_LANDMARK.match(sentence)
    if match and match.group("head").lower() in PLACE_HEAD_NOUNS and match.group("name") != match.group("head"):
        return match.group("name")
    return None


def _place_showing(caption: str, default_year: int | None) -> Field | None:
    """``Central Raqqa showing Naim Square, top left, and the city's stadium in a satellite image``."""
    match = SHOWING.match(caption.strip())
    if not match:
        return None
    shown_text = SHOWN_STOP.split(match.group("shown"), maxsplit=1)[0]
    features = []
    for feature in SHOWN_FEATURE.finditer(shown_text):
        features.append(feature.group("common") or feature.group("proper"))
    place = match.group("place")
    value = f"{place} ({', '.join(features)})" if features else place
    return Field(raw=caption[: match.end("place")].strip(), value=value)
