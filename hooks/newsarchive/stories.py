"""Story groups: the articles that report the same story, before any sentence is linked.

Two articles are linked by how alike they are as reports of one story (``storylikeness``).
Stories are then grouped by average linkage (``clusters``), so one article that mentions two
events cannot chain them into one story; each article is then settled in the story it is most
alike (``settle``). Stories that name one someone in most of their ledes and are still somewhat
alike are then joined: one story told in turns (``join_by_main_names``).

Only the terms of each article that weigh most are indexed, and a term shared by very many
articles proposes no candidates, so the work grows with the archive, not with its square.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from .clusters import Grouping
from .storylikeness import NAME_PREFIX, Profile, likeness, story_names, vectors
from .xrefmodel import StoryGroup

MIN_SIMILARITY = 0.12
"""Average cosine (less penalties) that holds a story together (ECB+ dev topics, tuned on the odd
half and checked on the even: 0.1 merged the two events of a topic, 0.15 split more stories)."""
LEAD_NAME_SHARE = 0.5
"""A name is a story's main name when at least this share of its articles (and two) use it in
their headline or lede."""
JOIN_MIN_SIMILARITY = 0.1
"""Average similarity at which two stories with a main name in common are one story told in
turns (ECB+ dev topics, both halves: a rehab stay in one clinic then another, split in three, and
a player's arrest split in two are joined; at 0.06 the two events of several topics joined,
cross-event 0.10; at 0.08 precision fell by 0.015)."""
INDEXED_TERMS = 20
"""Terms of each article that propose candidates (its heaviest; benchmark archives of 1,000 and
5,000 articles: 30 took twice the time for the same stories)."""
MAX_POSTINGS = 100
"""A term used by more articles than this proposes no candidates (it still counts in the cosine;
a story term is in far fewer, a template word of the benchmark's generated archive in more)."""
NEIGHBOURS = 25
"""Candidates kept per article, best first: enough for a story of that many articles to hold
together, since every member needs links to only part of the others (ECB+ dev topics: 40 gave
the same stories, at more cost). A story of many more articles may be split in two."""
MAX_STORY_ARTICLES = 500
"""A story grows no larger: every sentence of a story is compared with the others'."""
EVIDENCE_TERMS = 8
"""Terms kept as a story's evidence in the export."""


def group_stories(profiles: Sequence[Profile]) -> list[StoryGroup]:
    """Stories of two or more articles, in the order of their first article id."""
    profiles = sorted(profiles, key=lambda p: p.article_id)
    vectors_of = vectors(profiles)
    candidates = _candidates(vectors_of)
    names = story_names(profiles)
    links: dict[tuple[int, int], float] = {}
    for i, j in sorted(candidates):
        score = likeness(vectors_of[i], vectors_of[j], profiles[i], profiles[j], names)
        if score > 0:
            links[(i, j)] = score
    grouping = Grouping([p.article_id for p in profiles], links, max_size=MAX_STORY_ARTICLES).run(MIN_SIMILARITY)
    groups = join_by_main_names(settle(grouping.groups(), links), profiles, links)
    return [
        StoryGroup(
            f"story-{number}",
            tuple(profiles[i].article_id for i in members),
            _evidence([vectors_of[i] for i in members]),
        )
        for number, members in enumerate(groups, start=1)
    ]


def settle(groups: list[list[int]], links: dict[tuple[int, int], float]) -> list[list[int]]:
    """The stories, with each article moved to the story it is most alike on average.

    Average linkage merges the best-linked pair first, so an article alike to both of a topic's
    stories can join the one whose first few articles it resembles most, and stay there once the
    other story has grown. An article moves when its average likeness to another story (links
    never computed counting 0) is higher than to the rest of its own and at least
    ``MIN_SIMILARITY``, and its summed likeness is higher too, so that a small story of close
    articles does not pull one from a large story it belongs to (ECB+ dev topics: on the average
    alone, a retold tech story lost 59 gold pairs so). One pass over the articles in stories, in
    a fixed order: the work grows with the links, not with the archive squared."""
    groups = [list(group) for group in groups]
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    neighbours: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for (i, j), score in sorted(links.items()):
        neighbours[i].append((j, score))
        neighbours[j].append((i, score))
    for i in sorted(group_of):
        own = group_of[i]
        sums: dict[int, float] = defaultdict(float)
        for j, score in neighbours[i]:
            if j in group_of:
                sums[group_of[j]] += score
        own_size = len(groups[own]) - 1
        own_average = sums.get(own, 0.0) / own_size if own_size else 0.0
        best, best_average, best_total = None, max(own_average, MIN_SIMILARITY), sums.get(own, 0.0)
        for g in sorted(sums):
            average = sums[g] / len(groups[g])
            if g != own and average > best_average and sums[g] > best_total and len(groups[g]) < MAX_STORY_ARTICLES:
                best, best_average, best_total = g, average, sums[g]
        if best is not None:
            groups[own].remove(i)
            groups[best].append(i)
            group_of[i] = best
    return sorted(sorted(members) for members in groups if len(members) > 1)


def _main_names(members: list[int], profiles: Sequence[Profile]) -> frozenset[str]:
    counts: Counter = Counter()
    for i in members:
        counts.update(profiles[i].lead_names)
    return frozenset(name for name, n in counts.items() if n >= max(2, LEAD_NAME_SHARE * len(members)))


def join_by_main_names(
    groups: list[list[int]], profiles: Sequence[Profile], links: dict[tuple[int, int], float]
) -> list[list[int]]:
    """Stories that share a main name (``_main_names``) and whose articles are still somewhat
    alike (``JOIN_MIN_SIMILARITY`` on average, links never computed counting 0) are one story
    split by its turns. Both are checked against the stories joined so far, not only the pair
    that proposes the join: A and B sharing one name and B and C another never join A with C,
    which share nothing. Only the links already computed are read: linear in their number."""
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    sums: dict[tuple[int, int], float] = defaultdict(float)
    for (i, j), score in sorted(links.items()):
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is not None and gj is not None and gi != gj:
            sums[(min(gi, gj), max(gi, gj))] += score
    averages = {pair: total / (len(groups[pair[0]]) * len(groups[pair[1]])) for pair, total in sums.items()}
    # Per joined story (by its root): the names all its parts share, its size, and the summed
    # links to each other joined story.
    shared = [_main_names(members, profiles) for members in groups]
    size = [len(members) for members in groups]
    between: list[dict[int, float]] = [{} for _ in groups]
    for (gi, gj), total in sums.items():
        between[gi][gj] = total
        between[gj][gi] = total
    parent = list(range(len(groups)))

    def root(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for gi, gj in sorted(averages, key=lambda pair: (-averages[pair], pair)):
        ri, rj = root(gi), root(gj)
        if ri == rj or size[ri] + size[rj] > MAX_STORY_ARTICLES or not shared[ri] & shared[rj]:
            continue
        if between[ri].get(rj, 0.0) / (size[ri] * size[rj]) < JOIN_MIN_SIMILARITY:
            continue
        if len(between[rj]) > len(between[ri]):
            ri, rj = rj, ri  # fold the story with fewer neighbours into the other
        parent[rj] = ri
        size[ri] += size[rj]
        shared[ri] = shared[ri] & shared[rj]
        for other, total in between[rj].items():
            if other == ri:
                continue
            between[ri][other] = between[ri].get(other, 0.0) + total
            del between[other][rj]
            between[other][ri] = between[other].get(ri, 0.0) + total
        between[ri].pop(rj, None)
        between[rj] = {}
    joined: dict[int, list[int]] = defaultdict(list)
    for g, members in enumerate(groups):
        joined[root(g)] += members
    return sorted(sorted(members) for members in joined.values())


def _candidates(vectors: Sequence[dict[str, float]]) -> set[tuple[int, int]]:
    """Each article's ``NEIGHBOURS`` likeliest partners, by the part of the cosine their indexed
    terms give (a partner outside an article's list may still list the article in its own)."""
    postings: dict[str, list[int]] = defaultdict(list)
    indexed = [sorted(vector, key=lambda t: (-vector[t], t))[:INDEXED_TERMS] for vector in vectors]
    for i, terms in enumerate(indexed):
        for term in terms:
            postings[term].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, terms in enumerate(indexed):
        partial: dict[int, float] = defaultdict(float)
        for term in terms:
            holders = postings[term]
            if len(holders) > MAX_POSTINGS:
                continue
            weight = vectors[i][term]
            for j in holders:
                if j != i:
                    partial[j] += weight * vectors[j][term]
        best = sorted(partial, key=lambda j: (-partial[j], j))[:NEIGHBOURS]
        pairs.update((min(i, j), max(i, j)) for j in best)
    return pairs


def _evidence(vectors: Sequence[dict[str, float]]) -> tuple[str, ...]:
    """The terms most of the story's articles use, heaviest first."""
    weight: Counter = Counter()
    used: Counter = Counter()
    for vector in vectors:
        for term, w in vector.items():
            weight[term] += w
            used[term] += 1
    common = [term for term, n in used.items() if n >= 2 and n * 2 >= len(vectors)]
    ranked = sorted(common, key=lambda t: (-weight[t], t))[:EVIDENCE_TERMS]
    return tuple(dict.fromkeys(term.removeprefix(NAME_PREFIX) for term in ranked))
