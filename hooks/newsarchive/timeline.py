"""The archive on a time line: each dated thing on the day it happened, as far as the text says.

An article gives entries by named rules (``RULES``): the day it was published; the days its
paragraphs state (``June 6``, ``Oct. 17, 2017``), and the days they name relative to
publication (``on Friday``, already resolved by ``enrich``); the months they state without a
day (``in January 2014``); and the days its photos were taken, as their captions say. Only
what the text states is placed: an event with no date of its own is not given its article's.

Facts that several sources report (``FactGroup``) are placed the same way: an entry whose
sentence is one of a fact's passages carries the fact's id, and a fact none of whose passages
states a date is placed on the day it was first published (``EntryKind.FACT``).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from functools import lru_cache

from .dates import MONTH, YEAR, find_dates
from .model import Archive, ArchivedArticle
from .page import title_of
from .text import split_sentences
from .xrefmodel import FactGroup, Passage


class EntryKind(Enum):
    EVENT = "event"
    """Something the text says happened (or will happen) on that day or in that month."""
    PHOTO = "photo"
    """A photo taken that day, as its caption says."""
    PUBLISHED = "published"
    """The article itself, on the day it was published."""
    FACT = "fact"
    """A fact several sources report, with no date stated: on the day it was first published."""


KIND_LABELS = {
    EntryKind.EVENT: "Event",
    EntryKind.FACT: "Reported",
    EntryKind.PHOTO: "Photo taken",
    EntryKind.PUBLISHED: "Published",
}
KIND_ORDER = {EntryKind.EVENT: 0, EntryKind.FACT: 1, EntryKind.PHOTO: 2, EntryKind.PUBLISHED: 3}


@dataclass(frozen=True)
class TimelineEntry:
    when: str
    """ISO day (``2017-10-20``) or, when the text names only a month, ISO month (``2014-01``)."""
    kind: EntryKind
    article_id: str
    anchor: str | None
    """The paragraph or photo the date stands in (None for a publication)."""
    text: str
    """The sentence (or caption, or headline) as it stands."""
    said: str | None = None
    """The words that give the date, as written (``on Friday``, ``January 2014``)."""
    fact: str | None = None
    """The fact group the sentence is a passage of, if several sources report it."""

    @property
    def day_known(self) -> bool:
        return len(self.when) == 10


MONTH_AND_YEAR = re.compile(r"(?<![\d,] )\b(?P<month>" + MONTH + r")\s+(?:of\s+)?(?P<year>" + YEAR + r")\b")
"""A month with its year and no day: ``January 2014``, ``June of 2012`` (not ``June 6, 2014``)."""
_MONTH_NUMBERS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
} | {"sept": 9}


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` that holds the character at ``offset`` (the whole text when the
    offset falls between sentences)."""
    starts, sentences = _sentence_starts(text)
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset < starts[index] + len(sentences[index]):
        return sentences[index]
    return text


@lru_cache(maxsize=16)
def _sentence_starts(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where each sentence of ``text`` starts, and the sentences: split once for all the dates a
    paragraph holds (splitting it again for each date was quadratic in a long paragraph)."""
    sentences = tuple(split_sentences(text))
    starts = []
    position = 0
    for sentence in sentences:
        start = text.find(sentence, position)
        starts.append(start)
        position = start + len(sentence)
    return tuple(starts), sentences


def _published(item: ArchivedArticle, dayfirst: bool) -> Iterator[TimelineEntry]:
    if item.article.date.value:
        yield TimelineEntry(item.article.date.value, EntryKind.PUBLISHED, item.id, None, title_of(item.article))


def _stated_days(item: ArchivedArticle, dayfirst: bool) -> Iterator[TimelineEntry]:
    """``June 6``, ``Oct. 17, 2017``: a date without its year is the last such day on or before
    publication (news reports what has happened; ``December 30`` in a January story is last year's)."""
    published = item.article.date.value
    year = int(published[:4]) if published else None
    for paragraph in item.article.paragraphs:
        for found in find_dates(paragraph.text, year, dayfirst):
            if not found.iso:
                continue
            iso = found.iso
            if not found.year_stated and published and iso > published:
                iso = _year_before(iso)
            if iso:
                sentence = _sentence_at(paragraph.text, found.start)
                yield TimelineEntry(iso, EntryKind.EVENT, item.id, paragraph.anchor, sentence, found.raw)


def _year_before(iso: str) -> str | None:
    day = date.fromisoformat(iso)
    try:
        return day.replace(year=day.year - 1).isoformat()
    except ValueError:  # 29 February
        return None


def _relative_days(item: ArchivedArticle, dayfirst: bool) -> Iterator[TimelineEntry]:
    """``on Friday``, ``yesterday``: resolved against the publication date by ``enrich``."""
    for paragraph in item.article.paragraphs:
        for day in item.relative_dates.get(paragraph.anchor, ()):
            at = paragraph.text.find(day.text)
            sentence = _sentence_at(paragraph.text, at) if at >= 0 else paragraph.text
            yield TimelineEntry(day.date, EntryKind.EVENT, item.id, paragraph.anchor, sentence, day.text)


def _stated_months(item: ArchivedArticle, dayfirst: bool) -> Iterator[TimelineEntry]:
    for paragraph in item.article.paragraphs:
        for match in MONTH_AND_YEAR.finditer(paragraph.text):
            month = _MONTH_NUMBERS.get(match.group("month").rstrip(".").lower())
            if month:
                sentence = _sentence_at(paragraph.text, match.start())
                when = f"{match.group('year')}-{month:02d}"
                yield TimelineEntry(when, EntryKind.EVENT, item.id, paragraph.anchor, sentence, match.group(0))


def _photos_taken(item: ArchivedArticle, dayfirst: bool) -> Iterator[TimelineEntry]:
    for photo in item.article.photos:
        if photo.date.value:
            yield TimelineEntry(photo.date.value, EntryKind.PHOTO, item.id, photo.anchor, photo.caption, photo.date.raw)


RULES: tuple[tuple[str, Callable[[ArchivedArticle, bool], Iterator[TimelineEntry]]], ...] = (
    ("relative day", _relative_days),
    ("stated day", _stated_days),
    ("stated month", _stated_months),
    ("photo taken", _photos_taken),
    ("published", _published),
)
"""In order of preference: a paragraph that gives one day two ways ("on Friday, October 20")
keeps the first rule's entry."""


def timeline_entries(archive: Archive) -> list[TimelineEntry]:
    """Every entry of the archive, by date (days before the months they fall in), then kind and article."""
    entries: dict[tuple[str, str, str | None], TimelineEntry] = {}
    for item in archive.articles:
        for _, rule in RULES:
            for entry in rule(item, archive.settings.dayfirst):
                entries.setdefault((entry.when, entry.article_id, entry.anchor), entry)
    return sorted(
        _with_facts(list(entries.values()), archive.fact_groups),
        key=lambda e: (e.when[:7], e.day_known, e.when, KIND_ORDER[e.kind], e.article_id, e.anchor or ""),
    )


def _with_facts(entries: list[TimelineEntry], facts: Sequence[FactGroup]) -> list[TimelineEntry]:
    """Each dated sentence marked with its fact; each fact no passage of which is dated, placed
    on the day its first passage was published."""
    passages: dict[tuple[str, str], list[tuple[FactGroup, Passage]]] = defaultdict(list)
    for group in facts:
        for passage in group.passages:
            passages[(passage.article_id, passage.anchor)].append((group, passage))
    placed: set[str] = set()
    marked = []
    for entry in entries:
        fact = None
        if entry.kind is EntryKind.EVENT and entry.anchor:
            fact = next(
                (
                    group.id
                    for group, passage in passages.get((entry.article_id, entry.anchor), ())
                    if entry.text in passage.sentence or passage.sentence in entry.text
                ),
                None,
            )
        if fact:
            placed.add(fact)
            entry = replace(entry, fact=fact)
        marked.append(entry)
    for group in facts:
        dated = [p for p in group.passages if p.date]
        if group.id in placed or not dated:
            continue
        first = min(dated, key=lambda p: (p.date or "", p.article_id, p.start))
        entry = TimelineEntry(first.date or "", EntryKind.FACT, first.article_id, first.anchor, first.sentence)
        marked.append(replace(entry, fact=group.id))
    return marked
