"""How much of one article the archive-wide stages (index, cross-references) look at.

Every stage is linear in its input, and a seed is at most ``max_seed_bytes`` long; this budget
is the second guard: however the limit is set, one article cannot make the index or the
matcher spend more than a bounded amount of work. It is counted in characters, not seconds,
so the same seeds always give the same archive. A real article is under 30,000 characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Article, Paragraph, Photo, Problem

INDEXED_CHARACTERS = 300_000
"""Characters of body and captions, in reading order, that are indexed and cross-referenced."""


@dataclass(frozen=True)
class IndexedPart:
    """The paragraphs and captions of an article within the budget."""

    paragraphs: tuple[Paragraph, ...]
    photos: tuple[Photo, ...]


def indexed_part(article: Article, budget: int = INDEXED_CHARACTERS) -> tuple[IndexedPart, Problem | None]:
    """The blocks that fit the budget, and a warning naming the first line left out, if any."""
    used, paragraphs, photos = 0, [], []
    for block in article.blocks:
        text = block.text if isinstance(block, Paragraph) else block.caption if isinstance(block, Photo) else None
        if text is None:
            continue
        used += len(text)
        if used > budget:
            return IndexedPart(tuple(paragraphs), tuple(photos)), Problem(
                article.source_file,
                block.line,
                "index-budget",
                f"the article is longer than the {budget:,} characters the index and cross-references read: from "
                "this line on it is shown but not indexed",
            )
        (paragraphs if isinstance(block, Paragraph) else photos).append(block)
    return IndexedPart(article.paragraphs, article.photos), None
