"""Where page furniture leaked into an archive: paragraphs, headings, photos, entities, cross-references."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .adapt import ArticleView, EntityView, ProducedPair
from .furniture import KINDS, furniture_in

PLACES = ("paragraphs", "headings", "photos", "entities", "xrefs")
"""Where furniture is looked for, in report order."""
CREDIT_SOURCE_LABEL = re.compile(r"^source\s*:", re.IGNORECASE)
"""``Source: Reuters``: in a photo's credit, a label many sites give it (the corpus's expected
credits keep it); anywhere else a "Source:" line is a tag box's."""


@dataclass(frozen=True)
class Leak:
    """One unit holding furniture of one kind."""

    kind: str
    place: str
    file: str
    line: int | None
    where: str
    """The unit: ``p-3``, ``title``, ``photo-2 credit``, an entity's name, a pair's anchors."""
    phrase: str


def find_leaks(
    articles: list[ArticleView], entities: list[EntityView], pairs: list[ProducedPair], files: dict[str, str]
) -> list[Leak]:
    """Every (unit, kind) of furniture; ``files`` maps article ids to file names (for pairs)."""
    leaks: list[Leak] = []
    for a in articles:
        for p in a.paragraphs:
            leaks += _unit(p.text, "paragraphs", a.file, p.line, p.anchor)
        leaks += _unit(a.title, "headings", a.file, a.title_line, "title")
        for s in a.subheadings:
            leaks += _unit(s.text, "headings", a.file, s.line, "subheading")
        for ph in a.photos:
            leaks += _unit(ph.caption, "photos", a.file, ph.line, f"{ph.anchor} caption")
            leaks += [
                leak
                for leak in _unit(ph.credit_raw, "photos", a.file, ph.line, f"{ph.anchor} credit")
                if not (leak.kind == "tag_box" and CREDIT_SOURCE_LABEL.match(leak.phrase))
            ]
    for e in entities:
        kinds = {hit.kind: hit.phrase for name in e.names_here for hit in furniture_in(name)}
        leaks += [
            Leak(kind, "entities", "(index)", None, f"entity {e.name!r}", phrase) for kind, phrase in kinds.items()
        ]
    for pair in pairs:
        kinds = {hit.kind: hit.phrase for end in (pair.a, pair.b) for hit in furniture_in(end.sentence)}
        file_a, file_b = (
            files.get(pair.a.article_id, pair.a.article_id),
            files.get(pair.b.article_id, pair.b.article_id),
        )
        where = f"{file_a}#{pair.a.anchor} ~ {file_b}#{pair.b.anchor}"
        leaks += [
            Leak(kind, "xrefs", files.get(pair.a.article_id, ""), None, where, phrase) for kind, phrase in kinds.items()
        ]
    return leaks


def _unit(text: str | None, place: str, file: str, line: int | None, where: str) -> list[Leak]:
    return [Leak(hit.kind, place, file, line, where, hit.phrase) for hit in furniture_in(text)]


def by_kind(leaks: list[Leak]) -> dict[str, int]:
    counts = Counter(leak.kind for leak in leaks)
    return {kind: counts[kind] for kind in KINDS}


def by_place(leaks: list[Leak]) -> dict[str, int]:
    counts = Counter(leak.place for leak in leaks)
    return {place: counts[place] for place in PLACES}


def places_of(leaks: list[Leak], kind: str) -> str:
    """``paragraphs 3, photos 1`` for one kind (empty when none)."""
    counts = Counter(leak.place for leak in leaks if leak.kind == kind)
    return ", ".join(f"{place} {counts[place]}" for place in PLACES if counts[place])


def paragraphs_with_furniture(articles: list[ArticleView]) -> tuple[int, int]:
    """(paragraphs holding any furniture, all paragraphs)."""
    paragraphs = [p for a in articles for p in a.paragraphs]
    return sum(1 for p in paragraphs if furniture_in(p.text)), len(paragraphs)
