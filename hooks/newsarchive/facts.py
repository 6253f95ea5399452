"""Fact groups: sentences of several sources, inside one story, that report the same fact.

Two sentences of different articles of one story are judged by named rules (``RULES``), on
evidence computed once per pair: the cosine of their lemmas (each weighed by how few sentences
of the archive use it and how rare it is in English), the words for what happened that both
use, the index entries both name, and the details they give differently (``differences``).
Linked sentences are then grouped by average linkage, so that each group is a set of sentences
nearly all linked to each other; every two of a group from different articles are a pair.

Candidates come from an index of each story's sentences by lemma and entity, whose very common
keys propose nothing, so the work grows with the stories' sizes, not with the archive squared.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .clusters import Grouping
from .differences import FAR_APART, TALLY_KINDS, Detail, compare, figures_far_apart, names_other_people_or_places
from .lemmas import COMMON_ZIPF, EVENT_FAMILIES, analyse, zipf
from .model import Basis, CrossReference, DetailKind, Difference, FactGroup, Passage, Relation, StoryGroup

WORDING_MIN_COSINE = 0.3
"""Cosine two sentences sharing a word for what happened need to match on wording alone (ECB+ dev
topics: at 0.2 precision fell by 0.02 for 0.01 of recall)."""
WORDING_WITHOUT_EVENT_COSINE = 0.5
"""Cosine that links two sentences with no such word in common (ECB+ dev topics: below it, seven
pairs in ten of these were different events of one story)."""
MIN_SHARED_TERMS = 3
"""Lemmas a wording match must share (seeds: two common words made chance matches)."""
OPENING_MIN_COSINE = 0.0
"""Cosine two openings (headline or first sentence) of one story need when they share a word for
what happened (ECB+ dev topics: they report the story's main fact; any threshold lost recall and
precision both)."""
LEAD_MIN_COSINE = 0.1
"""The same for a lede's later sentence (seeds: a second sentence sharing only "victory" with the
other's opening told another fact)."""
LEAD_SENTENCES = 2
"""Body sentences counted as the lede, after the headline (ECB+ dev topics: 1 lost recall and
precision, 3 joined more facts of different events)."""
IDENTITY_OVERRIDE_COSINE = 0.6
"""Cosine of the rest of two sentences (the names they disagree on left out) so close that a
different person or place is a source's difference, not another event."""
MIN_GROUP_LINK = 0.3
"""Share of a group's pairs (of different articles) that must have been linked for two groups
to merge (ECB+ dev topics: 0.5 split one fact's headlines from its ledes; 0.2 chained facts)."""
MAX_GROUP_PASSAGES = 120
"""A fact group grows no larger: its pairs are listed one by one in the export, so the export
grows with the square of a group (ECB+ dev topics: the largest group holds about 40)."""
MAX_POSTINGS = 200
"""A key held by more sentences of one story than this proposes no candidates (a template word of
the benchmark's generated stories; ECB+ stories stay far below it)."""
EVIDENCE_TERMS = 6
"""Shared lemmas kept as a pair's or a group's evidence."""
STORY_EVENT_SHARE = 0.3
"""Share of a story's articles whose opening must use a word for what happened for it to be the
story's own (ECB+ dev topics: 0.4 lost 0.015 of recall at the same precision; below, a second
event's word in a few openings, "rehires a lawyer", joins the story's words)."""
STORY_EVENT_MIN_ARTICLES = 3
"""Openings that must use it, however small the story: a story of two articles has no words of
its own (real pages: two unrelated articles taken for one story then linked their ledes on any
verb both openings used; seeds: a second fact's lede joined the first's)."""
STORY_EVENT_MIN_COSINE = 0.1
"""Cosine two leads using different words of their story's event need when they name no index
entry in common and share none of those words (ECB+ dev topics: 0 took leads about another
turn of the story, 0.2 lost recall for no precision)."""
GENERAL_WEIGHT_FLOOR = 0.3
GENERAL_WEIGHT_SCALE = 7.0
"""As in ``stories``: how much a word's rarity in English adds to its rarity in the archive (ECB+
dev topics, oracle stories: the product beat archive rarity alone and English rarity alone)."""


@dataclass(frozen=True)
class Sentence:
    """A passage as the fact matcher sees it."""

    passage: Passage
    lead: bool
    """The headline, or one of the first ``LEAD_SENTENCES`` sentences of the body."""
    opening: bool
    """The headline, or the body's first sentence: what the article is about."""
    terms: Counter
    """Lemma -> count (event synonyms folded)."""
    predicates: frozenset[str]
    """Words for what happened (``lemmas.Analysis.predicates``)."""
    names: frozenset[str]
    """Lemmas of the names it uses (``lemmas.Analysis.names``)."""
    entities: frozenset[str]
    """Ids of the index entries it names."""
    details: tuple[Detail, ...]


@dataclass(frozen=True)
class Evidence:
    """What two sentences have in common and where they differ."""

    cosine: float
    shared_terms: tuple[str, ...]
    """Rarest first."""
    shared_predicates: frozenset[str]
    shared_events: frozenset[str]
    """Event families (``lemmas.EVENT_FAMILIES``) both sentences name."""
    shared_entities: tuple[str, ...]
    differences: tuple[Difference, ...]
    story_events: frozenset[str] = frozenset()
    """The story's own words for what happened (``story_events``) the two use, when each uses
    one; empty when either uses none."""


@dataclass(frozen=True)
class Rule:
    """A named way of deciding that two sentences report one fact."""

    name: str
    basis: Basis
    strong: bool
    """Strong evidence makes a differing figure a difference between sources; weak evidence
    with a differing figure is taken for two different events."""
    applies: Callable[[Sentence, Sentence, Evidence], bool]


RULES: tuple[Rule, ...] = (
    Rule(
        "same wording",
        Basis.WORDING,
        True,
        lambda a, b, e: len(e.shared_terms) >= MIN_SHARED_TERMS
        and (
            e.cosine >= WORDING_WITHOUT_EVENT_COSINE or (e.cosine >= WORDING_MIN_COSINE and bool(e.shared_predicates))
        ),
    ),
    Rule(
        "same event, other words, dated",
        Basis.EVENT,
        True,
        lambda a, b, e: bool(e.shared_events) and bool(e.shared_entities) and _both_dated(a, b),
    ),
    Rule(
        "the story's event",
        Basis.EVENT,
        False,
        lambda a, b, e: a.lead
        and b.lead
        and bool(e.story_events)
        and bool(e.shared_entities)
        and (bool(e.shared_predicates & e.story_events) or e.cosine >= STORY_EVENT_MIN_COSINE),
    ),
    Rule(
        "leads of one story",
        Basis.LEAD,
        False,
        lambda a, b, e: a.lead
        and b.lead
        and bool(e.shared_predicates)
        and e.cosine >= (OPENING_MIN_COSINE if a.opening and b.opening else LEAD_MIN_COSINE),
    ),
)


def story_events(sentences: Sequence[Sentence], members: Sequence[int]) -> frozenset[str]:
    """The story's own words for what happened: those the openings (headline or first sentence)
    of many of its articles use. Inside the story they name its event whatever other word a
    writer chose beside them ("checks into rehab", "entered a treatment centre")."""
    openings: dict[str, set[str]] = defaultdict(set)
    articles = set()
    for i in members:
        sentence = sentences[i]
        articles.add(sentence.passage.article_id)
        if sentence.opening:
            for predicate in sentence.predicates:
                openings[predicate].add(sentence.passage.article_id)
    need = max(STORY_EVENT_MIN_ARTICLES, STORY_EVENT_SHARE * len(articles))
    return frozenset(predicate for predicate, holders in openings.items() if len(holders) >= need)


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

    def may_merge(left: list[int], right: list[int]) -> bool:
        """Not when a pair across was judged two events, nor when two articles of one outlet
        would meet (every two passages of a group are a pair, and an outlet is not its own
        second source)."""
        smaller, larger = sorted((left, right), key=len)
        other = set(larger)
        if any(local_conflicts.get(i, set()) & other for i in smaller):
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

    grouping = Grouping(
        [sentences[i].passage.article_id for i in members], links, max_size=MAX_GROUP_PASSAGES, may_merge=may_merge
    ).run(MIN_GROUP_LINK)
    return [[members[i] for i in group] for group in grouping.groups()], judged


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


def _both_dated(a: Sentence, b: Sentence) -> bool:
    """Both say when (a year, a month or a day): the same actor's same kind of event, each dated,
    is one event told twice, and differing dates are a difference between the sources (seeds:
    when ISIS came to Raqqa)."""
    return any(d.kind is DetailKind.DATE for d in a.details) and any(d.kind is DetailKind.DATE for d in b.details)


def _holds(rule: Rule, a: Sentence, b: Sentence, evidence: Evidence, weights: _Weights) -> bool:
    """Whether a rule's link stands against the details. Years or magnitudes far apart undo any
    rule; other people or places undo any rule but near-identical wording; another differing
    figure undoes a weak rule, unless it is a tally that a story's leads may give differently."""
    if figures_far_apart(a.details, b.details) or _years_apart(a, b) or _years_apart(b, a):
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
