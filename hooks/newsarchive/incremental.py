"""The per-article steps of the archive-wide stages, kept in the work cache (``workcache``).

Finding name candidates in an article's units and analysing its sentences read one article
at a time; entity grouping and matching then need the whole archive. Each article's results are
kept by a digest of what they are made from, so a rebuild computes them only for the articles
that changed, and the archive-wide steps start from the kept results.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .codec import CodecError, Decoder, encode
from .cues import Cue
from .dedupe import shingles
from .lemmas import Analysis, analyse
from .mentions import Candidate, TextUnit, UnitKind, find_candidates
from .model import Article
from .workcache import WorkCache, key_of
from .xrefmodel import Passage

CANDIDATES_SECTION = "candidates"
ANALYSES_SECTION = "analyses"
SHINGLES_SECTION = "shingles"

UnitCandidates = tuple[tuple[TextUnit, tuple[Candidate, ...]], ...]
"""An article's units, each with the candidates found in it."""


class _CandidatesCodec:
    """Each candidate refers to its unit: stored once per unit, and shared again when read (the
    entity stages know a unit by its identity)."""

    _units = Decoder((TextUnit, UnitKind))
    _candidates = Decoder((Candidate, Cue))

    def encode(self, value: UnitCandidates) -> Any:
        return tuple((encode(unit), tuple(encode(c)[2:] for c in found)) for unit, found in value)

    def decode(self, plain: Any) -> UnitCandidates:
        decoded = []
        for unit_plain, found in plain:
            unit = self._units.decode(unit_plain)
            if not isinstance(unit, TextUnit):
                raise CodecError("not a unit")
            decode = self._candidates.decode
            decoded.append((unit, tuple(Candidate(unit, *(decode(field) for field in rest)) for rest in found)))
        return tuple(decoded)


CANDIDATES_CODEC = _CandidatesCodec()
ANALYSES_CODEC = Decoder((Analysis,))


def candidates_key(units: Sequence[TextUnit]) -> str:
    """The key of one article's candidates: everything they are found from."""
    return key_of(CANDIDATES_SECTION, tuple(units))


def candidates_of(units: Sequence[TextUnit], cache: WorkCache | None, key: str | None = None) -> UnitCandidates:
    """Each unit of one article with its candidates; with a cache, the units are the kept ones
    (equal to ``units``) so their candidates refer to them. ``key``: ``candidates_key(units)``
    when already computed."""

    def compute() -> UnitCandidates:
        return tuple((unit, tuple(find_candidates(unit))) for unit in units)

    if cache is None:
        return compute()
    return cache.fetch(CANDIDATES_SECTION, key or candidates_key(units), CANDIDATES_CODEC, compute)


def _sentences(passages: Sequence[Passage]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.sentence for p in passages if p.sentence))


def analyses_key(passages: Sequence[Passage]) -> str:
    """The key of one article's sentence analyses: its sentences' text."""
    return key_of(_sentences(passages))


def analyses_of(passages: Sequence[Passage], cache: WorkCache | None) -> dict[str, Analysis]:
    """Sentence -> its analysis, for one article's passages."""
    texts = _sentences(passages)

    def compute() -> tuple[Analysis, ...]:
        return tuple(analyse(text) for text in texts)

    found = compute() if cache is None else cache.fetch(ANALYSES_SECTION, key_of(texts), ANALYSES_CODEC, compute)
    return dict(zip(texts, found, strict=True))


class _ShinglesCodec:
    """Word 5-grams are plain data already: kept as they are, checked when read."""

    def encode(self, value: frozenset[str]) -> frozenset[str]:
        return value

    def decode(self, plain: Any) -> frozenset[str]:
        if type(plain) is not frozenset or not all(type(gram) is str for gram in plain):
            raise CodecError("not word 5-grams")
        return plain


SHINGLES_CODEC = _ShinglesCodec()


def shingles_key(article: Article) -> str:
    """The key of an article's word 5-grams: its paragraphs' text."""
    return key_of(SHINGLES_SECTION, tuple(p.text for p in article.paragraphs))


def shingles_of(article: Article, cache: WorkCache | None, key: str | None = None) -> frozenset[str]:
    """``dedupe.shingles`` of the article, kept by its paragraphs' text (``key``: ``shingles_key``
    of it, when already computed)."""
    if cache is None:
        return shingles(article)
    return cache.fetch(SHINGLES_SECTION, key or shingles_key(article), SHINGLES_CODEC, lambda: shingles(article))
