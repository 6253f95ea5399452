"""Cross-references: sentences of different sources that report the same fact, or differ on it.

Retrieval is TF-IDF cosine over content words, with shared entities as extra evidence, and
candidates come from an inverted index (words, entity ids and event frames) whose very common
keys are skipped, so matching grows with the archive instead of its square. Two rules decide:
a close lexical match (corroborates unless its dates or numbers disagree), and a named fallback
for facts told in other words: the same actor, the same kind of event, and different dates.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from .dates import MONTH, YEAR
from .model import CrossReference, Passage, Relation
from .text import content_terms, split_sentences

MIN_SCORE = 0.2
"""Cosine of the two sentences' TF-IDF vectors a pair needs (plus ``AGREEMENT_BONUS``s)."""
AGREEMENT_BONUS = 0.05
"""Added for each number or year both sentences state: the same figure is strong evidence."""
EVENT_SCORE = 0.1
"""Score of an event-rule pair per shared event frame (per shared entity: half that)."""
MAX_POSTINGS = 64
"""Index keys shared by more sentences than this do not generate candidates (they still score)."""
MAX_PER_SENTENCE = 3
"""At most this many cross-references leave one sentence (the best ones)."""
MIN_SHARED_TERMS = 3
MAX_SENTENCE_CHARACTERS = 1500
"""Longer "sentences" (text with no full stops, pasted lists) are not matched: no reader checks
a footnote quoting a page of text, and their many words would make matching quadratic."""

# A time expression at year precision: "January 2014", "late 2013", "in 2012", "since 2011".
YEAR_EXPRESSION = re.compile(
    r"\b(?:(?P<month>"
    + MONTH
    + r")|(?P<part>early|mid|late|end of|beginning of|spring|summer|autumn|fall|winter))?[\s-]*(?:of\s+)?(?P<year>"
    + YEAR
    + r")\b"
)
NUMBER_WITH_NOUN = re.compile(r"\b(?P<number>\d[\d,.]*)\s+(?:per\s*cent\b|percent\b|%|(?P<noun>[a-z]+))")
EVENT_FRAMES = {
    "takeover": re.compile(
        r"\b(?:took over|take over|taken over|seized|captured|overran|overrun|arrival|arrived|occupied|occupation "
        r"of|fell to|stormed)\b",
        re.IGNORECASE,
    ),
    "liberation": re.compile(
        r"\b(?:liberat\w+|recaptur\w+|retook|retake|retaken|driven out|drove out|expelled|freed|victory)\b",
        re.IGNORECASE,
    ),
    "start": re.compile(r"\b(?:began|begun|started|launched|opened)\b", re.IGNORECASE),
    "casualties": re.compile(r"\b(?:killed|dead|died|deaths|lost their lives|wounded|injured)\b", re.IGNORECASE),
    "destruction": re.compile(
        r"\b(?:destroyed|destruction|damage[ds]?|ruins?|rubble|devastat\w+|uninhabitable)\b", re.IGNORECASE
    ),
}


@dataclass(frozen=True)
class _Sentence:
    passage: Passage
    terms: Counter
    entities: frozenset[str]
    years: tuple[str, ...]
    frames: frozenset[str]
    numbers: tuple[tuple[str, str], ...]


def passages_of(article_id: str, paragraphs, photos, source: str | None, date: str | None) -> list[Passage]:  # noqa: ANN001
    """Every sentence of the body and of the captions (pull quotes excluded: not a second source)."""
    units = [(p.anchor, p.text) for p in paragraphs] + [
        (ph.anchor, ph.caption) for ph in photos if not ph.pull_quote_of
    ]
    passages = []
    for anchor, text in units:
        offset = 0
        for sentence in split_sentences(text):
            start = text.find(sentence, offset)
            offset = start + len(sentence)
            passages.append(Passage(article_id, anchor, sentence, start, source, date))
    return passages


def entities_by_passage(
    passages: list[Passage], mentions: list[tuple[str, str, int, str]]
) -> dict[tuple[str, str, int], frozenset[str]]:
    """Entity ids named in each passage, from (article, anchor, offset, entity id) mentions."""
    starts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p in passages:
        starts[(p.article_id, p.anchor)].append(p.start)
    found: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for article_id, anchor, offset, entity_id in mentions:
        unit_starts = starts.get((article_id, anchor), [])  # in sentence order, so sorted
        position = bisect_right(unit_starts, offset) - 1
        if position >= 0:
            found[(article_id, anchor, unit_starts[position])].add(entity_id)
    return {key: frozenset(ids) for key, ids in found.items()}


def find_cross_references(
    passages: list[Passage], entities_by_passage: dict[tuple[str, str, int], frozenset[str]]
) -> list[CrossReference]:
    sentences = [
        _describe(p, entities_by_passage.get((p.article_id, p.anchor, p.start), frozenset()))
        for p in passages
        if len(p.sentence) <= MAX_SENTENCE_CHARACTERS
    ]
    idf = _idf(sentences)
    norms = [math.sqrt(sum((count * idf[t]) ** 2 for t, count in s.terms.items())) or 1.0 for s in sentences]
    index = _index(sentences)
    found: dict[tuple[int, int], CrossReference] = {}
    for i, sentence in enumerate(sentences):
        for j in _candidates(i, sentence, index):
            if j <= i or not _comparable(sentence.passage, sentences[j].passage):
                continue
            xref = _judge(sentence, sentences[j], idf, norms[i], norms[j])
            if xref is not None:
                found[(i, j)] = xref
    return _best_per_sentence(list(found.values()))


def _describe(passage: Passage, entities: frozenset[str]) -> _Sentence:
    text = passage.sentence
    years = tuple(sorted({m.group(0).strip() for m in YEAR_EXPRESSION.finditer(text) if not _is_photo_date(text, m)}))
    frames = frozenset(name for name, pattern in EVENT_FRAMES.items() if pattern.search(text))
    numbers = tuple(
        (m.group("number").replace(",", ""), m.group("noun") or "percent") for m in NUMBER_WITH_NOUN.finditer(text)
    )
    return _Sentence(passage, Counter(content_terms(text)), entities, years, frames, numbers)


def _is_photo_date(text: str, match: re.Match) -> bool:
    """``Oct. 17, 2017`` closing a caption is when the photo was taken, not a fact's date."""
    return bool(re.search(r"\d{1,2},?\s*$", text[: match.start("year")]))


def _idf(sentences: list[_Sentence]) -> dict[str, float]:
    df: Counter = Counter()
    for s in sentences:
        df.update(set(s.terms))
    total = len(sentences)
    return defaultdict(lambda: math.log(1 + total), {term: math.log(1 + total / count) for term, count in df.items()})


def _keys(sentence: _Sentence) -> set[str]:
    return set(sentence.terms) | {f"entity:{e}" for e in sentence.entities} | {f"frame:{f}" for f in sentence.frames}


def _index(sentences: list[_Sentence]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, sentence in enumerate(sentences):
        for key in _keys(sentence):
            index[key].append(i)
    return index


def _candidates(i: int, sentence: _Sentence, index: dict[str, list[int]]) -> set[int]:
    found: set[int] = set()
    for key in _keys(sentence):
        postings = index[key]
        if len(postings) <= MAX_POSTINGS:
            found.update(postings)
    found.discard(i)
    return found


def _comparable(a: Passage, b: Passage) -> bool:
    """Different articles, and not two articles of the same named outlet."""
    return a.article_id != b.article_id and (a.source is None or b.source is None or a.source != b.source)


def _judge(a: _Sentence, b: _Sentence, idf: dict[str, float], norm_a: float, norm_b: float) -> CrossReference | None:
    """Each rule returns a cross-reference or passes: similar wording first, then same event."""
    return _by_wording(a, b, idf, norm_a, norm_b) or _by_event(a, b)


def _by_wording(
    a: _Sentence, b: _Sentence, idf: dict[str, float], norm_a: float, norm_b: float
) -> CrossReference | None:
    shared = set(a.terms) & set(b.terms)
    if len(shared) < MIN_SHARED_TERMS:
        return None
    cosine = sum(a.terms[t] * b.terms[t] * idf[t] ** 2 for t in shared) / (norm_a * norm_b)
    agreements = len(set(a.numbers) & set(b.numbers)) + len(set(a.years) & set(b.years))
    score = round(cosine + AGREEMENT_BONUS * agreements, 3)
    if score < MIN_SCORE:
        return None
    difference = _difference(a, b)
    relation = Relation.DIFFERS if difference else Relation.CORROBORATES
    return CrossReference(relation, a.passage, b.passage, score, difference)


def _by_event(a: _Sentence, b: _Sentence) -> CrossReference | None:
    """The same actor, the same kind of event, told in other words, at different dates."""
    shared_frames = a.frames & b.frames
    if not (a.entities & b.entities) or not shared_frames or not a.years or not b.years:
        return None
    difference = _years_difference(a, b)
    if difference is None:
        return None
    score = round(EVENT_SCORE * len(shared_frames) + EVENT_SCORE / 2 * len(a.entities & b.entities), 3)
    return CrossReference(Relation.DIFFERS, a.passage, b.passage, score, difference, basis="same event, other words")


def _years_difference(a: _Sentence, b: _Sentence) -> str | None:
    years_a = {re.search(YEAR, y).group(0) for y in a.years}
    years_b = {re.search(YEAR, y).group(0) for y in b.years}
    if years_a & years_b:
        return None
    return f"{' / '.join(a.years)} against {' / '.join(b.years)}"


def _difference(a: _Sentence, b: _Sentence) -> str | None:
    """Dates at year precision, or numbers of the same thing, that disagree."""
    if a.years and b.years and (difference := _years_difference(a, b)):
        return difference
    numbers_b = defaultdict(set)
    for number, noun in b.numbers:
        numbers_b[noun].add(number)
    for number, noun in a.numbers:
        if numbers_b.get(noun) and number not in numbers_b[noun]:
            return f"{number} {noun} against {' / '.join(sorted(numbers_b[noun]))} {noun}"
    return None


def _best_per_sentence(xrefs: list[CrossReference]) -> list[CrossReference]:
    """Keep each sentence's strongest links, so a common sentence does not collect dozens."""
    per_passage: dict[tuple[str, str, int], int] = Counter()
    kept = []
    for xref in sorted(
        xrefs, key=lambda x: (-x.score, x.a.article_id, x.a.anchor, x.a.start, x.b.article_id, x.b.anchor, x.b.start)
    ):
        keys = [(p.article_id, p.anchor, p.start) for p in (xref.a, xref.b)]
        if all(per_passage[k] < MAX_PER_SENTENCE for k in keys):
            kept.append(xref)
            for k in keys:
                per_passage[k] += 1
    return sorted(kept, key=lambda x: (x.a.article_id, x.a.anchor, x.a.start, x.b.article_id, x.b.anchor, x.b.start))
