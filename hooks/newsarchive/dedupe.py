"""Identical and near-identical articles: the first (in the order given) is kept, the rest reported.

The archive gives them in file-name order, articles already in the lock first, so an archived
article is never replaced by a newcomer that repeats it.

Near twins are found through an index of word 5-grams (shingles), never by comparing every
pair of articles; a shingle shared by many articles is boilerplate and counts for nothing.
A near twin under another headline, from another outlet, of another day or posted at another
time, is not the same page pasted twice but another outlet's copy of one wire text: it is kept,
as a source of its own, and its cross-references say so.
"""

from __future__ import annotations

from collections.abc import Callable, Set

from .model import Article, Problem
from .text import fold, words

NEAR_DUPLICATE_SHARE = 0.9
"""Share of an article's distinctive shingles another must hold to be its twin."""
SHINGLE_WORDS = 5
MAX_SHINGLE_OWNERS = 8
"""A 5-word run found in more articles than this is boilerplate, not evidence of a twin."""


ShinglesOf = Callable[[Article], Set[str]]
"""``shingles``, or the same kept from an earlier build (the work cache)."""


def drop_duplicates(
    articles: list[Article], shingles_of_article: ShinglesOf | None = None
) -> tuple[list[Article], list[Problem]]:
    """Keep the first of identical or near-identical articles, warn about the rest."""
    kept, problems, _ = find_duplicates(articles, shingles_of_article)
    return kept, problems


def find_duplicates(
    articles: list[Article], shingles_of_article: ShinglesOf | None = None
) -> tuple[list[Article], list[Problem], dict[str, str]]:
    """As ``drop_duplicates``, and each dropped file -> the file of the article kept in its place."""
    shingles_of_article = shingles_of_article or shingles
    twins: dict[str, str] = {}
    kept: list[Article] = []
    problems: list[Problem] = []
    seen_hashes: dict[str, str] = {}
    shingles_of: list[tuple[Article, Set[tuple[str, ...]]]] = []
    shingle_owner: dict[tuple[str, ...], list[int]] = {}
    for article in articles:
        if article.content_hash in seen_hashes:
            problems.append(
                Problem(
                    article.source_file,
                    None,
                    "duplicate-article",
                    f"same text as {seen_hashes[article.content_hash]}: skipped",
                )
            )
            twins[article.source_file] = seen_hashes[article.content_hash]
            continue
        grams = shingles_of_article(article)
        twin = _near_twin(grams, shingles_of, shingle_owner)
        if twin is not None and same_page(article, twin):
            problems.append(
                Problem(
                    article.source_file,
                    None,
                    "near-duplicate-article",
                    f"nearly the same text as {twin.source_file}: skipped",
                )
            )
            twins[article.source_file] = twin.source_file
            continue
        seen_hashes[article.content_hash] = article.source_file
        index = len(shingles_of)
        shingles_of.append((article, grams))
        for shingle in grams:
            shingle_owner.setdefault(shingle, []).append(index)
        kept.append(article)
    return kept, problems, twins


def same_page(article: Article, other: Article) -> bool:
    """Whether a near twin is the other's page pasted again: one headline (its words, folded), a
    word mended in one copy; or one date and the same outlet (or none named), the page re-titled.
    Two outlets that carry one wire text give it headlines and datelines of their own (ECB+ dev:
    15 near twins, 9 under another headline and of another or no date, taking 7.6% of the gold
    pairs with them when all were dropped). A date written in another form ("12/23/12" and
    "December 23, 2012") is another site's template, so another page, whatever its headline: one
    page pasted twice prints its date the same way both times. So does a posting time: two copies
    whose date lines give different times are two pages (ECB+ copies of one wire text on one day
    differ in their posting times)."""
    if _date_forms_differ(article, other) or _times_differ(article, other):
        return False
    if words(fold(article.title.value or "")) == words(fold(other.title.value or "")):
        return True
    return article.date.value is not None and (article.date.value, article.source.value) == (
        other.date.value,
        other.source.value,
    )


def _date_forms_differ(article: Article, other: Article) -> bool:
    """Both copies state one date in their text (not inferred from a caption), written in
    different words or figures. Another day is no other form: a page pasted again after an
    update may show the update's day. (Editors' dates are applied after this stage.)"""
    if article.date.raw is None or other.date.raw is None or article.date.inferred or other.date.inferred:
        return False
    same_day = article.date.value is not None and article.date.value == other.date.value
    return same_day and words(fold(article.date.raw)) != words(fold(other.date.raw))


def _times_differ(article: Article, other: Article) -> bool:
    """Both copies state a time beside their date, and not the same one (clock or zone)."""
    if article.time.value is None or other.time.value is None:
        return False
    zones_differ = None not in (article.time_zone, other.time_zone) and article.time_zone != other.time_zone
    return article.time.value != other.time.value or zones_differ


def shingles(article: Article) -> frozenset[str]:
    """The article's word 5-grams, lower-cased, each as its words joined by spaces (a word holds
    none): one string is a fifth of a tuple's objects to keep, store and check."""
    tokens = [w.lower() for p in article.paragraphs for w in words(p.text)]
    return frozenset(" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(max(len(tokens) - SHINGLE_WORDS + 1, 0)))


def _near_twin(grams: Set, shingles_of: list, shingle_owner: dict) -> Article | None:
    """An earlier article sharing most word 5-grams, found through the shingle index."""
    if not grams:
        return None
    shared: dict[int, int] = {}
    for shingle in grams:
        owners = shingle_owner.get(shingle, ())
        if len(owners) > MAX_SHINGLE_OWNERS:
            continue
        for index in owners:
            shared[index] = shared.get(index, 0) + 1
    # Boilerplate shingles were not counted, so compare against the article's distinctive ones.
    distinctive = max(1, sum(1 for s in grams if len(shingle_owner.get(s, ())) <= MAX_SHINGLE_OWNERS))
    for index, count in shared.items():
        if count >= NEAR_DUPLICATE_SHARE * min(distinctive, len(shingles_of[index][1])):
            return shingles_of[index][0]
    return None
