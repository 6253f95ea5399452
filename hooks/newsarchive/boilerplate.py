"""Sentences that are the page's furniture, not its report: they never match anything.

A syndication note, a newsletter pitch or a copyright line is pasted with the article and
repeats word for word across articles that have nothing else in common. It is recognised
archive-wide, by repetition alone (no list of phrases, which would only know the sites it was
written from): a sentence found in articles of different stories.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from .text import fold, words

MIN_ARTICLES = 3
"""A sentence word for word in this many articles is likely furniture (a site's template): it
does not make articles one story (set on the real pages, where a publisher's trust line and a
reader-comments widget recur in two to four articles)."""
MIN_WORDS = 4
"""Shorter sentences (a dateline, "Watch:") are left to the matcher's own word counts."""


def sentence_key(text: str) -> str:
    """A sentence's words, folded: the same line in two pastings gives the same key."""
    return " ".join(words(fold(text)))


def repeated_keys(sentences: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Key -> the articles holding it, for sentences found in two or more articles."""
    holders: dict[str, set[str]] = defaultdict(set)
    for article_id, text in sentences:
        key = sentence_key(text)
        if key.count(" ") + 1 >= MIN_WORDS:
            holders[key].add(article_id)
    return {key: frozenset(ids) for key, ids in holders.items() if len(ids) > 1}


def widespread(repeated: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Keys of sentences in ``MIN_ARTICLES`` articles or more: likely furniture, so left out of
    what tells stories apart (stories are not known yet: once they are, ``across_stories``
    decides, and a line that several articles of one story carry is their wire text)."""
    return frozenset(key for key, holders in repeated.items() if len(holders) >= MIN_ARTICLES)


def across_stories(repeated: Mapping[str, frozenset[str]], story_of: Mapping[str, str]) -> frozenset[str]:
    """Keys of sentences repeated in articles of different stories (an article in no story is a
    story of its own): the same words in unrelated reports are the page's, not the report's."""
    return frozenset(
        key
        for key, holders in repeated.items()
        if len({story_of.get(article_id, f"alone:{article_id}") for article_id in holders}) > 1
    )
