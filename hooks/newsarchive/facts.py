"""Fact groups: sentences of several sources, inside one story, that report the same fact.

Two sentences of different articles of one story are judged by named rules (``factrules.RULES``), on
evidence computed once per pair: the cosine of their lemmas (each weighed by how few sentences
of the archive use it and how rare it is in English), the words for what happened that both
use, the index entries both name, and the details they give differently (``differences``).
Linked sentences are then grouped by average linkage, so that each group is a set of sentences
nearly all linked to each other, each sentence is settled in the group where its pairs are
best linked, and a sentence that shares no word with many of its group's others is left out
(``factgroups``); every two of a group from different articles are a pair.

Candidates come from an index of each story's sentences by lemma and entity, whose very common
keys propose nothing, so the work grows with the stories' sizes, not with the archive squared.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from .clusters import Grouping
from .differences import (
    FAR_APART,
    TALLY_KINDS,
    compare,
    figures_far_apart,
    names_other_people_or_places,
    nested_nationalities,
)
from .factgroups import settle, without_strangers
from .factrules import (
    EVIDENCE_TERMS,
    GENERAL_WEIGHT_FLOOR,
    GENERAL_WEIGHT_SCALE,
    IDENTITY_OVERRIDE_COSINE,
    MAX_CONFLICT_SHARE,
    MAX_GROUP_PASSAGES,
    MAX_POSTINGS,
    MIN_GROUP_LINK,
    MIN_SHARED_TERMS,
    RULES,
    Evidence,
    Rule,
    Sentence,
    story_events,
)
from .lemmas import COMMON_ZIPF, EVENT_FAMILIES, analyse, zipf
from .xrefmodel import Basis, CrossReference, DetailKind, FactGroup, Passage, Relation, StoryGroup


class _Weights:
    """Term weights over the whole archive's sentences, and each sentence's vector norm."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        df: Counter = Counter()
        for sentence in sentences:
            df.update(sentence.terms.keys())
        total = len(sentences)
        self.weight = {
            term: math.log1p(total / count) * max(GENERAL_WEIGHT_FLOOR, GENERAL_WEIGHT_SCALE - zipf(term))
            for term, count in df.items()
        }
        self.norms = [
            math.sqrt(sum((self._tf(count) * self.weight[term]) ** 2 for term, count in s.terms.items())) or 1.0
            for s in sentences
        ]

    @staticmethod
    def _tf(count: int) -> float:
        return 1 + math.log(count)

    def cosine(self, a: Sentence, b: Sentence, norm_a: float, norm_b: float) -> tuple[float, list[str]]:
        shared = sorted(a.terms.keys() & b.terms.keys())  # summed in a fixed order: the same seeds, the same scores
        dot = sum(self._tf(a.terms[t]) * self._tf(b.terms[t]) * self.weight[t] ** 2 for t in shared)
        return dot / (norm_a * norm_b), sorted(shared, key=lambda t: (-self.weight[t], t))

    def cosine_without(self, a: Sentence, b: Sentence, left_out: set[str]) -> float:
        """The cosine of the two with some terms left out of both (the names they disagree on)."""
        a_terms = {t: c for t, c in a.terms.items() if t not in left_out}
        b_terms = {t: c for t, c in b.terms.items() if t not in left_out}
        norm_a = math.sqrt(sum((self._tf(c) * self.weight[t]) ** 2 for t, c in a_terms.items())) or 1.0
        norm_b = math.sqrt(sum((self._tf(c) * self.weight[t]) ** 2 for t, c in b_terms.items())) or 1.0
        shared = sorted(a_terms.keys() & b_terms.keys())
        return sum(self._tf(a_terms[t]) * self._tf(b_terms[t]) * self.weight[t] ** 2 for t in shared) / (
            norm_a * norm_b
        )


def find_facts(
    sentences: Sequence[Sentence], stories: Sequence[StoryGroup]
) -> tuple[list[FactGroup], list[CrossReference]]:
    """Fact groups of every story and their pairs, in a deterministic order."""
    weights = _Weights(sentences)
    by_article: dict[str, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        by_article[sentence.passage.article_id].append(index)
    groups: list[tuple[str, list[int]]] = []
    judged: dict[tuple[int, int], tuple[Rule, Evidence]] = {}
    for story in stories:
        members = [i for article_id in story.articles for i in by_article.get(article_id, ())]
        story_groups, story_judged = _group_story(sentences, members, weights)
        groups += [(story.id, group) for group in story_groups]
        judged.update(story_judged)
    facts, xrefs = [], []
    for number, (story_id, members) in enumerate(sorted(groups, key=lambda g: _order(sentences, g[1])), start=1):
        fact_id = f"fact-{number}"
        pairs = _pairs(sentences, members, weights, judged, fact_id)
        if not pairs:
            continue
        xrefs += pairs
        relation = Relation.DIFFERS if any(x.relation is Relation.DIFFERS for x in pairs) else Relation.CORROBORATES
        passages = tuple(sentences[i].passage for i in sorted(members, key=lambda i: _position(sentences, i)))
        facts.append(FactGroup(fact_id, story_id, passages, relation, _group_terms(sentences, members, weights)))
    return facts, xrefs


def _position(sentences: Sequence[Sentence], index: int) -> tuple:
    """Where a sentence stands: by article, the headline first, then paragraphs, photos and the
    standfirst (by kind of anchor), each in reading order. Sentences come in reading order, so
    their index orders them: a paragraph's anchor (``p-kq3x7a``) says nothing of its place."""
    p = sentences[index].passage
    kind = p.anchor.rpartition("-")[0] or p.anchor
    return (p.article_id, p.anchor != "title", kind, index)


def _order(sentences: Sequence[Sentence], members: list[int]) -> tuple:
    return min(_position(sentences, i) for i in members)


def _comparable(a: Passage, b: Passage) -> bool:
    """Different articles, and not two articles of the same named outlet (an outlet repeating
    itself is not a second source)."""
    return a.article_id != b.article_id and (a.source is None or b.source is None or a.source != b.source)


def _group_story(
    sentences: Sequence[Sentence], members: list[int], weights: _Weights
) -> tuple[list[list[int]], dict[tuple[int, int], tuple[Rule, Evidence]]]:
    """The fact groups of one story (as indexes into ``sentences``) and the pairs judged linked."""
    judged: dict[tuple[int, int], tuple[Rule, Evidence]] = {}
    conflicts: dict[int, set[int]] = defaultdict(set)
    local = {index: position for position, index in enumerate(members)}
    links: dict[tuple[int, int], float] = {}
    events = story_events(sentences, members)
    for i, j in _candidates(sentences, members, events):
        a, b = sentences[i], sentences[j]
        evidence = _evidence(a, b, weights, weights.norms[i], weights.norms[j], with_differences=False)
        if a.predicates & events and b.predicates & events:
            evidence = replace(evidence, story_events=(a.predicates | b.predicates) & events)
        rule = next((r for r in RULES if r.applies(a, b, evidence)), None)
        if rule is None:
            continue
        evidence = replace(evidence, differences=compare(a.details, b.details))
        if _holds(rule, a, b, evidence, weights):
            judged[(i, j)] = (rule, evidence)
            links[(local[i], local[j])] = 1.0
        else:
            conflicts[i].add(j)
            conflicts[j].add(i)
    local_conflicts = {local[i]: {local[j] for j in others} for i, others in conflicts.items()}
    local_links: dict[int, set[int]] = defaultdict(set)
    for i, j in links:
        local_links[i].add(j)
        local_links[j].add(i)

    def may_merge(left: list[int], right: list[int]) -> bool:
        """Not when pairs across were judged two events (more than ``MAX_CONFLICT_SHARE`` of the
        pairs linked across), nor when two articles of one outlet would meet (every two passages
        of a group are a pair, and an outlet is not its own second source)."""
        smaller, larger = sorted((left, right), key=len)
        other = set(larger)
        against = sum(len(local_conflicts.get(i, set()) & other) for i in smaller)
        if against:
            linked = sum(len(local_links.get(i, set()) & other) for i in smaller)
            if against > MAX_CONFLICT_SHARE * linked:
                return False
        outlets: dict[str, str] = {}
        for i in larger:
            passage = sentences[members[i]].passage
            if passage.source:
                outlets.setdefault(passage.source, passage.article_id)
        return all(
            outlets.get(passage.source, passage.article_id) == passage.article_id
            for passage in (sentences[members[i]].passage for i in smaller)
            if passage.source
        )

    owners = [sentences[i].passage.article_id for i in members]
    grouping = Grouping(owners, links, max_size=MAX_GROUP_PASSAGES, may_merge=may_merge).run(MIN_GROUP_LINK)
    groups = settle(grouping.groups(), local_links, owners, may_merge)
    groups = without_strangers(groups, local_links, owners, [_words_in_common(sentences[i], events) for i in members])
    return [[members[i] for i in group] for group in groups], judged


STORY_EVENT = "story event:"
"""What two openings using the story's words for its event share (not a lemma: it holds a space
and a colon, so it meets only itself)."""


def _words_in_common(sentence: Sentence, events: frozenset[str]) -> frozenset[str]:
    """What a sentence may share with another of its fact: its terms, and the story's event when
    it uses one of the story's words for it (a story told in two words no synonym table joins,
    "rescued" and "freed", is one event)."""
    if sentence.opening and sentence.predicates & events:
        return frozenset(sentence.terms.keys()) | {STORY_EVENT}
    return frozenset(sentence.terms.keys())


def _candidates(
    sentences: Sequence[Sentence], members: list[int], events: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i in members:
        sentence = sentences[i]
        for key in (
            *(t for t in sentence.terms if zipf(t) < COMMON_ZIPF),
            *(f"entity:{e}" for e in sentence.entities),
            *(f"event:{p}" for p in (sentence.predicates & events if sentence.lead else ())),
            # Openings telling the story's event, each in its own word ("openings of one story").
            *(("opening-event",) if sentence.opening and sentence.predicates & events else ()),
        ):
            postings[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for holders in postings.values():
        if len(holders) > MAX_POSTINGS:
            continue
        for position, i in enumerate(holders):
            for j in holders[position + 1 :]:
                if _comparable(sentences[i].passage, sentences[j].passage):
                    pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def _evidence(
    a: Sentence, b: Sentence, weights: _Weights, norm_a: float, norm_b: float, with_differences: bool = True
) -> Evidence:
    cosine, shared = weights.cosine(a, b, norm_a, norm_b)
    return Evidence(
        round(cosine, 3),
        tuple(t for t in shared if zipf(t) < COMMON_ZIPF) or tuple(shared),
        a.predicates & b.predicates,
        a.predicates & b.predicates & EVENT_FAMILIES.keys(),
        tuple(sorted(a.entities & b.entities)),
        compare(a.details, b.details) if with_differences else (),
    )


def _holds(rule: Rule, a: Sentence, b: Sentence, evidence: Evidence, weights: _Weights) -> bool:
    """Whether a rule's link stands against the details. Years or magnitudes far apart, or people
    of some of the countries the other's are of (one event against two told together), undo any
    rule; other people or places undo any rule but near-identical wording; another differing
    figure undoes a weak rule, unless it is a tally that a story's leads may give differently."""
    if figures_far_apart(a.details, b.details) or _years_apart(a, b) or _years_apart(b, a):
        return False
    if nested_nationalities(a.details, b.details):
        return False
    if names_other_people_or_places(evidence.differences):
        named = {term for d in evidence.differences for text in (d.here, d.there) for term in analyse(text).terms}
        rest = (a.terms.keys() & b.terms.keys()) - named
        return len(rest) >= MIN_SHARED_TERMS and weights.cosine_without(a, b, named) >= IDENTITY_OVERRIDE_COSINE
    if not evidence.differences or rule.strong:
        return True
    return all(d.kind in TALLY_KINDS for d in evidence.differences)


def _years_apart(a: Sentence, b: Sentence) -> bool:
    """``a``, a sentence of the body, dates what it tells years away from when ``b``, a lead that
    states no year, was published: ``a`` tells an earlier event (a story's background), ``b`` the
    story's own. (A lead's year is the story's, or a reminder beside it: "a region hit by the 2004
    tsunami".)"""
    stated = [float(d.value) for d in a.details if (d.kind, d.about) == YEAR_SUBJECT]
    if (
        not stated
        or a.lead
        or not b.lead
        or not b.passage.date
        or any((d.kind, d.about) == YEAR_SUBJECT for d in b.details)
    ):
        return False
    published = float(b.passage.date[:4])
    return all(abs(year - published) >= FAR_APART[YEAR_SUBJECT] for year in stated)


YEAR_SUBJECT = (DetailKind.DATE, "year")


def _pairs(
    sentences: Sequence[Sentence],
    members: list[int],
    weights: _Weights,
    judged: dict[tuple[int, int], tuple[Rule, Evidence]],
    fact_id: str,
) -> list[CrossReference]:
    """Every two passages of the group from different sources, with their evidence."""
    ordered = sorted(members, key=lambda i: _position(sentences, i))
    pairs = []
    for position, i in enumerate(ordered):
        for j in ordered[position + 1 :]:
            a, b = sentences[i], sentences[j]
            if not _comparable(a.passage, b.passage):
                continue
            key = (i, j) if i < j else (j, i)
            if key in judged:
                rule, evidence = judged[key]
                basis = rule.basis
                if key != (i, j):
                    evidence = _flipped(evidence)
            else:
                basis, evidence = Basis.GROUP, _evidence(a, b, weights, weights.norms[i], weights.norms[j])
            differs = bool(evidence.differences)
            pairs.append(
                CrossReference(
                    Relation.DIFFERS if differs else Relation.CORROBORATES,
                    a.passage,
                    b.passage,
                    evidence.cosine,
                    evidence.differences[0].text() if differs else None,
                    basis,
                    evidence.differences,
                    evidence.shared_terms[:EVIDENCE_TERMS],
                    evidence.shared_entities,
                    fact_id,
                )
            )
    return pairs


def _flipped(evidence: Evidence) -> Evidence:
    return Evidence(
        evidence.cosine,
        evidence.shared_terms,
        evidence.shared_predicates,
        evidence.shared_events,
        evidence.shared_entities,
        tuple(d.swapped() for d in evidence.differences),
    )


def _group_terms(sentences: Sequence[Sentence], members: list[int], weights: _Weights) -> tuple[str, ...]:
    used: Counter = Counter()
    for i in members:
        used.update(sentences[i].terms.keys())
    common = [t for t, n in used.items() if n >= 2 and n * 2 >= len(members) and zipf(t) < COMMON_ZIPF]
    return tuple(sorted(common, key=lambda t: (-weights.weight[t], t))[:EVIDENCE_TERMS])
