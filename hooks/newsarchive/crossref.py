"""Cross-references: passages of different sources that report the same fact, or differ on it.

Three steps, each in its own module: articles that report one story are grouped (``stories``);
sentences repeated across unrelated articles are set aside as the pages' furniture
(``boilerplate``); inside each story, sentences that report one fact are grouped (``facts``),
and what their sources give differently is named (``differences``). This module cuts the
articles into passages and describes each once for the three.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .boilerplate import across_stories, repeated_keys, sentence_key, widespread
from .differences import Named, details_of
from .entitymodel import Entity, EntityType
from .factrules import EARLY_SENTENCES, LEAD_SENTENCES, Sentence
from .facts import find_facts
from .lemmas import Analysis, analyse
from .model import STANDFIRST_ANCHOR, Article, Paragraph, Photo
from .stories import group_stories
from .storylikeness import SUBJECT_KINDS, profile_of
from .text import split_sentences
from .xrefmodel import TITLE_ANCHOR, CrossReference, FactGroup, Passage, StoryGroup

MAX_SENTENCE_CHARACTERS = 1500
"""Longer "sentences" (text with no full stops, pasted lists) are not matched: no reader checks
a footnote quoting a page of text, and their many words would make matching quadratic."""
MIN_TERMS = 2
"""A sentence with fewer lemmas (a dateline, "Photo:", a share button) states no fact to match
(real pages: one-word widget lines matched each other across stories)."""
WIRE_OPENING_SENTENCES = 20
"""Sentences from the top in which copies of one wire text share a line, whatever each outlet
rewrote above it (ECB+ dev: at 5, copies with new ledes were taken for templates and 0.003 of
recall lost; from 20 on, none. Real pages: a comments widget two pages of one outlet carry
starts far below)."""
EntityInfo = Mapping[str, tuple[str, str, bool]]
"""Entity id -> (name, kind, is a place)."""
Mention = tuple[str, str, int, int, str]
"""(article id, anchor, start, end, entity id) of a name in a passage's unit."""


@dataclass(frozen=True)
class Matching:
    """What the cross-reference stage finds."""

    stories: tuple[StoryGroup, ...]
    facts: tuple[FactGroup, ...]
    pairs: tuple[CrossReference, ...]
    """Every pair of every fact group."""


def passages_of(
    article_id: str, article: Article, paragraphs: Sequence[Paragraph], photos: Sequence[Photo]
) -> list[Passage]:
    """The headline (when it was read, not inferred), the standfirst, every sentence of the body
    and of the captions (pull quotes excluded: not a second source), in reading order."""
    source, date = article.source.value, article.date.value
    title = None if article.title.inferred else article.title.value
    passages = [Passage(article_id, TITLE_ANCHOR, title, 0, source, date)] if title and title.strip() else []
    units = [(STANDFIRST_ANCHOR, article.standfirst.value or "")]
    units += [(p.anchor, p.text) for p in paragraphs]
    units += [(ph.anchor, ph.caption) for ph in photos if not ph.pull_quote_of]
    for anchor, text in units:
        offset = 0
        for sentence in split_sentences(text):
            start = text.find(sentence, offset)
            offset = start + len(sentence)
            passages.append(Passage(article_id, anchor, sentence, start, source, date))
    return passages


def names_by_passage(passages: Sequence[Passage], mentions: Sequence[Mention]) -> dict[int, list[tuple[str, int, int]]]:
    """Passage index -> (entity id, start, end in the sentence) of the names it holds."""
    starts: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for index, p in enumerate(passages):
        starts[(p.article_id, p.anchor)].append((p.start, index))
    found: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for article_id, anchor, start, end, entity_id in mentions:
        unit = starts.get((article_id, anchor), [])  # in sentence order, so sorted
        position = bisect_right(unit, (start, len(passages))) - 1
        if position >= 0:
            sentence_start, index = unit[position]
            found[index].append((entity_id, start - sentence_start, end - sentence_start))
    return found


def find_cross_references(
    passages: Sequence[Passage], entities: Sequence[Entity] = (), analysed: Mapping[str, Analysis] | None = None
) -> Matching:
    """Stories, then the furniture, then the facts of each story, from every passage of the
    archive and the index entries named in them (``analysed``: sentences already analysed)."""
    mentions = [
        (m.article_id, m.anchor or TITLE_ANCHOR, m.start, m.end, e.id)
        for e in entities
        for m in e.mentions
        if m.anchor or m.unit_kind == "title"
    ]
    names = names_by_passage(passages, mentions)
    info = {e.id: (e.name, e.kind, e.type is EntityType.PLACE) for e in entities}
    leads = _lead_ranks(passages)
    kept = [index for index, p in enumerate(passages) if p.sentence and len(p.sentence) <= MAX_SENTENCE_CHARACTERS]
    sentences = [describe(passages[i], leads[i], names.get(i, ()), info, analysed) for i in kept]
    keys = [sentence_key(s.passage.sentence) for s in sentences]
    repeated = repeated_keys((s.passage.article_id, s.passage.sentence) for s in sentences)
    placed = [(s.passage.article_id, key, leads[i]) for s, key, i in zip(sentences, keys, kept)]
    naming = {key for s, key in zip(sentences, keys) if s.names or s.entities}
    wire_leads = _wire_leads(placed, repeated) & naming
    untelling = (widespread(repeated) | _template_lines(placed, repeated)) - wire_leads
    informative = [(s, key) for s, key in zip(sentences, keys) if sum(s.terms.values()) >= MIN_TERMS]
    stories = group_stories(
        [
            profile_of(
                article_id,
                [(s.terms, s.names, s.lead, s.predicates) for s in members],
                members[0].passage.date,
                lead_actors(members, info),
            )
            for article_id, members in _by_article([s for s, key in informative if key not in untelling]).items()
        ]
    )
    story_of = {article_id: story.id for story in stories for article_id in story.articles}
    # A line in many articles that all tell one story is a wire text they carry, not furniture.
    furniture = across_stories(repeated, story_of) - wire_leads
    matchable = [s for s, key in informative if key not in furniture]
    fact_groups, pairs = find_facts(matchable, stories)
    return Matching(tuple(stories), tuple(fact_groups), tuple(pairs))


def _wire_leads(
    placed: Sequence[tuple[str, str, int | None]], repeated: Mapping[str, frozenset[str]]
) -> frozenset[str]:
    """Keys of lines that every article holding them carries as its headline or lede: a wire
    text's opening that several outlets print (ECB+ dev: one headline over three outlets' copies,
    one lede in five), so they tell the story and are matched. A page's furniture (a syndication
    note, a newsletter pitch) mostly follows the report; one printed above it is not a wire
    opening either, as it names no one: the caller keeps only lines that name someone or somewhere."""
    outside_lead = {key for _, key, rank in placed if key in repeated and (rank is None or rank > LEAD_SENTENCES)}
    in_lead: dict[str, set[str]] = defaultdict(set)
    for article_id, key, rank in placed:
        if key in repeated and rank is not None and rank <= LEAD_SENTENCES:
            in_lead[key].add(article_id)
    return frozenset(key for key, holders in in_lead.items() if holders == repeated[key] and key not in outside_lead)


def _template_lines(
    placed: Sequence[tuple[str, str, int | None]], repeated: Mapping[str, frozenset[str]]
) -> frozenset[str]:
    """Keys of lines two or more articles share word for word while no two of them share a line
    of their opening: a site's template (a comments widget two pages of one outlet carry), never
    a wire text, which its copies carry from the top. Such lines do not make articles one story.

    ``placed``: (article, sentence key, rank in the article as ``_lead_ranks`` gives it)."""
    opening_keys: dict[str, set[str]] = defaultdict(set)
    for article_id, key, rank in placed:
        if rank is not None and rank <= WIRE_OPENING_SENTENCES and key in repeated:
            opening_keys[article_id].add(key)
    template = set()
    for key, holders in repeated.items():
        # Two holders share an opening line when one of those lines is counted twice.
        counts = Counter(line for article_id in holders for line in opening_keys.get(article_id, ()))
        if not any(count > 1 for count in counts.values()):
            template.add(key)
    return frozenset(template)


def lead_actors(sentences: Sequence[Sentence], info: EntityInfo) -> frozenset[str]:
    """The index entries of the actors an article's headline and lede name: no place, nor an
    actor of the ``SUBJECT_KINDS`` (``info``: entity id -> name, kind, is a place)."""
    return frozenset(
        entity_id
        for sentence in sentences
        if sentence.lead
        for entity_id in sentence.entities
        if entity_id in info and not info[entity_id][2] and info[entity_id][1] not in SUBJECT_KINDS
    )


def _by_article(sentences: Sequence[Sentence]) -> dict[str, list[Sentence]]:
    grouped: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        grouped[sentence.passage.article_id].append(sentence)
    return grouped


def describe(
    passage: Passage,
    rank: int | None,
    named: Sequence[tuple[str, int, int]],
    info: EntityInfo,
    analysed: Mapping[str, Analysis] | None = None,
) -> Sentence:
    """A passage as the matcher sees it: ``rank`` is its place in the article (``_lead_ranks``),
    ``named`` the (entity id, start, end) of the names the index found in it."""
    text = passage.sentence
    known = tuple(
        Named(entity_id, info[entity_id][0], info[entity_id][1], info[entity_id][2], start, end)
        for entity_id, start, end in named
        if entity_id in info
    )
    analysis = (analysed.get(text) if analysed else None) or analyse(text)
    return Sentence(
        passage,
        rank is not None and rank <= LEAD_SENTENCES,
        rank is not None and rank <= 1,
        Counter(analysis.terms),
        analysis.predicates,
        analysis.names,
        frozenset(entity_id for entity_id, _, _ in named),
        details_of(text, known),
        rank is not None and rank <= EARLY_SENTENCES,
    )


def _lead_ranks(passages: Sequence[Passage]) -> list[int | None]:
    """0 for the headline and standfirst, 1, 2... for the body's sentences in reading order, ``None``
    for captions."""
    body_seen: Counter = Counter()
    ranks: list[int | None] = []
    for passage in passages:
        if passage.anchor in (TITLE_ANCHOR, STANDFIRST_ANCHOR):
            ranks.append(0)
        elif passage.anchor.startswith("photo"):
            ranks.append(None)
        else:
            body_seen[passage.article_id] += 1
            ranks.append(body_seen[passage.article_id])
    return ranks
