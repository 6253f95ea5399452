"""The archive-wide stages' results kept whole in the work cache (``workcache``), each keyed by a
digest of everything the stage reads.

Entity grouping and story and fact matching weigh every article against the whole archive
(term weights, acceptance evidence), so no part of their result can be reused when any input
changed. When none did (a new process on the same seeds, or a serve rebuild after an edit that
changed only what these stages do not read, such as an editor's note), the kept result is the
result: the stages are pure functions of their inputs and the code version is in every key.
The per-article entries the stages start from (candidates, analyses) are kept for the next
build without being read.
"""

from __future__ import annotations

from collections.abc import Sequence

from .codec import CodecError, Decoder
from .crossref import Matching, find_cross_references
from .dedupe import find_duplicates
from .entities import extract_entities
from .entitymodel import Entity, EntityType, Mention
from .gazetteer import load_gazetteer
from .incremental import (
    ANALYSES_SECTION,
    CANDIDATES_SECTION,
    SHINGLES_SECTION,
    analyses_key,
    analyses_of,
    candidates_key,
    candidates_of,
    shingles_key,
    shingles_of,
)
from .lemmas import Analysis
from .mentions import Candidate, TextUnit
from .model import Article, Problem, Severity
from .workcache import MISSING, WorkCache, key_of
from .xrefmodel import Basis, CrossReference, DetailKind, Difference, FactGroup, Passage, Relation, StoryGroup

DUPLICATES_SECTION = "duplicates"
ENTITIES_SECTION = "entities"
MATCHING_SECTION = "matching"
ENTITIES_CODEC = Decoder((Entity, Mention, EntityType))
_PROBLEMS = Decoder((Problem, Severity))
MATCHING_CODEC = Decoder(
    (Matching, StoryGroup, FactGroup, CrossReference, Passage, Relation, Basis, Difference, DetailKind)
)


Duplicates = tuple[list[Article], list[Problem], dict[str, str]]
"""``find_duplicates``' answer: the articles kept, the problems, each dropped file -> its twin's."""


class _DuplicatesCodec:
    """(positions of the kept articles, the problems, (dropped file, twin file) pairs)."""

    def encode(self, value: tuple[tuple[int, ...], tuple[Problem, ...], tuple[tuple[str, str], ...]]) -> object:
        kept, problems, twins = value
        return kept, _PROBLEMS.encode(problems), twins

    def decode(self, plain: object) -> tuple[tuple[int, ...], tuple[Problem, ...], tuple[tuple[str, str], ...]]:
        if type(plain) is not tuple or len(plain) != 3:
            raise CodecError("not duplicates")
        kept, problems, twins = plain[0], _PROBLEMS.decode(plain[1]), plain[2]
        if (
            type(kept) is not tuple
            or not all(type(position) is int for position in kept)
            or type(problems) is not tuple
            or not all(type(problem) is Problem for problem in problems)
            or type(twins) is not tuple
            or not all(type(pair) is tuple and len(pair) == 2 and all(type(f) is str for f in pair) for pair in twins)
        ):
            raise CodecError("not duplicates")
        return kept, problems, twins


DUPLICATES_CODEC = _DuplicatesCodec()


def kept_duplicates(order: Sequence[Article], cache: WorkCache | None) -> Duplicates:
    """``find_duplicates`` of the articles in ``order``, kept by everything it reads of each (its
    file, text digest, headline, date as read and as written, time and zone, outlet and
    paragraphs, whose 5-grams it compares)."""
    if cache is None:
        return find_duplicates(list(order))
    grams = [shingles_key(article) for article in order]
    key = key_of(
        DUPLICATES_SECTION,
        tuple(
            (
                a.source_file,
                a.content_hash,
                a.title.value,
                a.date.value,
                a.date.raw,
                a.date.inferred,
                a.time.value,
                a.time_zone,
                a.source.value,
                gram_key,
            )
            for a, gram_key in zip(order, grams, strict=True)
        ),
    )
    kept = cache.get(DUPLICATES_SECTION, key, DUPLICATES_CODEC)
    if kept is not MISSING and all(0 <= position < len(order) for position in kept[0]):
        for gram_key in grams:
            cache.keep(SHINGLES_SECTION, gram_key)
        positions, problems, twins = kept
        return [order[position] for position in positions], list(problems), dict(twins)
    at = {id(article): position for position, article in enumerate(order)}
    articles, problems, twins = find_duplicates(
        list(order), lambda article: shingles_of(article, cache, grams[at[id(article)]])
    )
    value = (tuple(at[id(article)] for article in articles), tuple(problems), tuple(twins.items()))
    cache.put(DUPLICATES_SECTION, key, DUPLICATES_CODEC, value)
    return articles, problems, twins


def kept_entities(article_units: Sequence[Sequence[TextUnit]], cache: WorkCache | None) -> tuple[list[Entity], str]:
    """``extract_entities`` of every article's units (in archive order) and the key of its result
    (a digest of every unit; the candidates and the gazetteer follow from them and the code)."""
    keys = [candidates_key(units) for units in article_units] if cache is not None else []
    key = key_of(ENTITIES_SECTION, tuple(keys))
    if cache is not None:
        kept = cache.get(ENTITIES_SECTION, key, ENTITIES_CODEC)
        if isinstance(kept, tuple):
            for article_key in keys:
                cache.keep(CANDIDATES_SECTION, article_key)
            return list(kept), key
    units: list[TextUnit] = []
    candidates: list[Candidate] = []
    for index, article in enumerate(article_units):
        for unit, found in candidates_of(article, cache, keys[index] if keys else None):
            units.append(unit)
            candidates += found
    entities = extract_entities(units, load_gazetteer(), candidates)
    if cache is not None:
        cache.put(ENTITIES_SECTION, key, ENTITIES_CODEC, tuple(entities))
    return entities, key


def kept_matching(
    article_passages: Sequence[Sequence[Passage]],
    entities: Sequence[Entity],
    entities_key: str,
    cache: WorkCache | None,
) -> Matching:
    """``find_cross_references`` of every article's passages (in archive order) and the entries.

    ``entities_key``: a digest of everything ``entities`` were made from (the key of the grouped
    entries and the editors' entity curations): equal keys, equal entries."""
    passages = [passage for found in article_passages for passage in found]
    key = key_of(MATCHING_SECTION, entities_key, tuple(passages))
    if cache is not None:
        kept = cache.get(MATCHING_SECTION, key, MATCHING_CODEC)
        if kept is not MISSING and isinstance(kept, Matching):
            for found in article_passages:
                cache.keep(ANALYSES_SECTION, analyses_key(found))
            return kept
    analysed: dict[str, Analysis] = {}
    for found in article_passages:
        analysed.update(analyses_of(found, cache))
    matching = find_cross_references(passages, entities, analysed)
    if cache is not None:
        cache.put(MATCHING_SECTION, key, MATCHING_CODEC, matching)
    return matching
