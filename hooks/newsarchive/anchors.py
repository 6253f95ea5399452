"""Paragraph anchors that do not move: derived from the paragraph's own words, kept in the lock.

A new paragraph's anchor is a short hash of its words (``p-kq3x7a``), so splitting or joining
another paragraph never changes it. Once given it is recorded in the lock with fingerprints of
the paragraph's first and last words; when the text later changes (a parser that joins a split
line, an editor's fix, a dateline removed) each recorded paragraph is found again by those
fingerprints, and every anchor it ever had keeps leading to it:

- the paragraph whose words are unchanged keeps its anchor;
- a paragraph split in two: the part that starts with its first words keeps the anchor, the
  other part is new;
- two paragraphs joined: the joined one keeps the first one's anchor, and the second one's
  anchor leads to it too (an alias);
- a paragraph whose first words changed is found by its last words, and the other way round;
- a paragraph that is gone (neither end found) leads to the paragraph before it.

The ordinal anchors of old citations (``#p-4``) lead to the paragraph first archived as ¶4, so a
citation made before a paragraph was split still lands where it pointed. The number a reader
sees (¶4) is the paragraph's place today.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict, deque
from dataclasses import dataclass, replace

from .lockfile import LockedParagraph
from .model import Article, Paragraph, Photo
from .text import fold, words

FINGERPRINT_WORDS = 8
"""Words in a fingerprint: long enough that a run of them names one place in an article (news
paragraphs share short runs such as "he said on"), short enough to survive an edit elsewhere in
the paragraph."""
ANCHOR_LETTERS = "abcdefghijklmnopqrstuvwxyz"
ANCHOR_CHARACTERS = ANCHOR_LETTERS + "0123456789"
ANCHOR_LENGTH = 6
"""``p-`` and six characters: 26 × 36⁵ (1.6 billion) anchors, so two paragraphs of one article
share one only by a coincidence that ``derived_anchor`` then resolves."""


@dataclass(frozen=True)
class Fingerprint:
    words: int
    head: str
    tail: str


def tokens(text: str) -> list[str]:
    """The paragraph's words, case-, accent- and quote-folded: a fix of punctuation, quote style
    or spacing is not a change of the paragraph. Text without words is its own token."""
    found = words(fold(text))
    return found or ([fold(text)] if text.strip() else [])


def digest(run: list[str]) -> str:
    return hashlib.blake2b(" ".join(run).encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()


def fingerprint(text: str) -> Fingerprint:
    found = tokens(text)
    size = min(FINGERPRINT_WORDS, len(found))
    return Fingerprint(len(found), digest(found[:size]), digest(found[len(found) - size :]))


def derived_anchor(text: str, taken: set[str], next_try: dict[str, int] | None = None) -> str:
    """The anchor a new paragraph gets: a hash of its words, its first character a letter (never
    an ordinal ``p-4``); on a clash with an anchor of the same article, the hash of the next try.
    ``next_try`` (kept across one article's paragraphs, whose ``taken`` only grows) starts a
    repeated paragraph where the last copy stopped: the same anchors, in time linear in the
    number of copies rather than quadratic."""
    key = " ".join(tokens(text))
    attempt = next_try.get(key, 0) if next_try is not None else 0
    while True:
        value = int.from_bytes(hashlib.blake2b(f"{attempt}:{key}".encode("utf-8", "surrogatepass")).digest()[:8])
        value, first = divmod(value, len(ANCHOR_LETTERS))
        characters = [ANCHOR_LETTERS[first]]
        for _ in range(ANCHOR_LENGTH - 1):
            value, index = divmod(value, len(ANCHOR_CHARACTERS))
            characters.append(ANCHOR_CHARACTERS[index])
        anchor = "p-" + "".join(characters)
        if anchor not in taken:
            if next_try is not None:
                next_try[key] = attempt + 1
            return anchor
        attempt += 1


@dataclass(frozen=True)
class Anchored:
    """An article with its paragraphs' stable anchors."""

    article: Article
    """The article, each paragraph (and each pull quote's link to one) with its stable anchor."""
    aliases: dict[str, str]
    """Every other anchor that leads to a paragraph (ordinal ``p-4``, a joined paragraph's) -> the
    anchor it leads to."""
    paragraphs: tuple[LockedParagraph, ...]
    """The lock's paragraph lines for the article: the ones it had, then any new ones."""
    added: int
    """How many paragraphs were new (given an anchor in this build)."""


class _Windows:
    """Where each run of words stands in the article: the fingerprints of the given sizes over
    every position, built only when a recorded paragraph was not found whole (an edit)."""

    def __init__(self, paragraph_tokens: list[list[str]], sizes: set[int]) -> None:
        self.first: dict[tuple[int, str], tuple[int, int]] = {}
        for index, found in enumerate(paragraph_tokens):
            for size in sorted(sizes):
                for start in range(len(found) - size + 1):
                    self.first.setdefault((size, digest(found[start : start + size])), (index, start))

    def find(self, size: int, key: str) -> tuple[int, int] | None:
        return self.first.get((size, key))


def anchor_paragraphs(article: Article, locked: tuple[LockedParagraph, ...] = ()) -> Anchored:
    """Give each paragraph its anchor: the locked one it is found to be, or a new one."""
    paragraphs = article.paragraphs
    prints = [fingerprint(p.text) for p in paragraphs]
    anchor_of: list[str | None] = [None] * len(paragraphs)
    resolved: dict[int, int] = {}
    """Locked paragraph (index in ``locked``) -> today's paragraph it leads to."""
    waiting: dict[tuple[int, str, str], deque[int]] = defaultdict(deque)
    for number, entry in enumerate(locked):
        waiting[(entry.words, entry.head, entry.tail)].append(number)
    for index, found in enumerate(prints):
        queue = waiting.get((found.words, found.head, found.tail))
        if queue:
            entry_index = queue.popleft()
            resolved[entry_index] = index
            anchor_of[index] = locked[entry_index].anchor
    missing = [n for n in range(len(locked)) if n not in resolved]
    if missing:
        _find_edited(locked, missing, paragraphs, anchor_of, resolved)
    _fall_back(len(locked), len(paragraphs), resolved)
    taken = {entry.anchor for entry in locked} | {a for a in anchor_of if a}
    numbers = {entry.number for entry in locked if entry.number is not None}
    added: list[LockedParagraph] = []
    next_try: dict[str, int] = {}
    for index, paragraph in enumerate(paragraphs):
        if anchor_of[index] is None:
            anchor = derived_anchor(paragraph.text, taken, next_try)
            taken.add(anchor)
            anchor_of[index] = anchor
            number = index + 1 if index + 1 not in numbers else None
            numbers |= {number} if number else set()
            found = prints[index]
            added.append(LockedParagraph(anchor, number, found.words, found.head, found.tail))
            resolved[len(locked) + len(added) - 1] = index
    entries = locked + tuple(added)
    primary = set(anchor_of)
    aliases: dict[str, str] = {}
    for entry_index, index in sorted(resolved.items()):
        entry, target = entries[entry_index], anchor_of[index]
        if entry.anchor not in primary:
            aliases[entry.anchor] = target
        if entry.number is not None:
            aliases[f"p-{entry.number}"] = target
    return Anchored(_with_anchors(article, [a or "" for a in anchor_of]), aliases, entries, len(added))


def _find_edited(
    locked: tuple[LockedParagraph, ...],
    missing: list[int],
    paragraphs: tuple[Paragraph, ...],
    anchor_of: list[str | None],
    resolved: dict[int, int],
) -> None:
    """Recorded paragraphs not found whole: found by their first words, else their last; one
    that starts (or ends) today's paragraph where it started (or ended) gives that paragraph
    its anchor, in the lock's order; the others become aliases."""
    paragraph_tokens = [tokens(p.text) for p in paragraphs]
    sizes = {min(FINGERPRINT_WORDS, locked[n].words) for n in missing if locked[n].words}
    windows = _Windows(paragraph_tokens, sizes)
    rank: dict[int, int] = {}
    for entry_index in missing:
        entry = locked[entry_index]
        size = min(FINGERPRINT_WORDS, entry.words)
        if not size:
            continue
        head = windows.find(size, entry.head)
        if head is not None:
            resolved[entry_index] = head[0]
            rank[entry_index] = 0 if head[1] == 0 else 2
            continue
        tail = windows.find(size, entry.tail)
        if tail is not None:
            resolved[entry_index] = tail[0]
            rank[entry_index] = 1 if tail[1] == len(paragraph_tokens[tail[0]]) - size else 2
    for entry_index in sorted(rank, key=lambda n: (rank[n], n)):
        index = resolved[entry_index]
        if anchor_of[index] is None:
            anchor_of[index] = locked[entry_index].anchor


def _fall_back(count: int, paragraphs: int, resolved: dict[int, int]) -> None:
    """A recorded paragraph found nowhere leads to where the one recorded before it is now (or
    to the first paragraph): a citation of deleted text still lands beside where it stood."""
    if not paragraphs:
        return
    previous = 0
    for entry_index in range(count):
        if entry_index in resolved:
            previous = resolved[entry_index]
        else:
            resolved[entry_index] = previous


def _with_anchors(article: Article, anchors: list[str]) -> Article:
    """The article with each paragraph's new anchor, and pull quotes linked by it."""
    by_old = {p.anchor: anchor for p, anchor in zip(article.paragraphs, anchors)}
    blocks = []
    for block in article.blocks:
        if isinstance(block, Paragraph):
            block = replace(block, anchor=by_old[block.anchor])
        elif isinstance(block, Photo) and block.pull_quote_of in by_old:
            block = replace(block, pull_quote_of=by_old[block.pull_quote_of])
        blocks.append(block)
    return replace(article, blocks=tuple(blocks))


def alias_order(alias: str) -> tuple[int, int, str]:
    """How a paragraph's other anchors are listed: ordinals by number (``p-2`` before
    ``p-10``), then the others by name."""
    number = alias.removeprefix("p-")
    return (0, int(number), "") if number.isdigit() else (1, 0, alias)
