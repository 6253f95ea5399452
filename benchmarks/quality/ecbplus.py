"""ECB+ topics: do the archive's cross-references join sentences that report the same event?

One archive per topic folder (``tNN/``: both of its events together, which the archive must keep
apart). Each produced passage is mapped back to its document's sentence number, then the pairs
are compared with the gold (``gold_pairs.json``; see the corpus README for its keys).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .adapt import ArticleView, End, ProducedPair, articles_of, build, produced_pairs
from .corpora import load_json, read_texts
from .normalise import clip, norm_text
from .results import CorpusResult, Direction, Failure, Figure, count, ratio, share

CORPUS = "ecbplus"
Key = tuple[str, int]
"""A document sentence: (file name, sentence number)."""
PairKey = frozenset[Key]


@dataclass(frozen=True)
class Document:
    """What the gold says of one file: its sentences and how its lines map to them."""

    file: str
    subtopic: str
    sentences: dict[int, str]
    line_to_sentence: dict[int, int]
    validated: frozenset[int]
    headline: int | None

    @staticmethod
    def of(file: str, data: dict[str, Any]) -> "Document":
        return Document(
            file=file,
            subtopic=str(data.get("subtopic") or ("ecbplus" if "_ecbplus_" in file else "ecb")),
            sentences={int(k): v for k, v in (data.get("sentences") or {}).items()},
            line_to_sentence={int(k): int(v) for k, v in (data.get("line_to_sentence") or {}).items()},
            validated=frozenset(int(s) for s in data.get("validated_sentences") or ()),
            headline=data.get("headline_sentence"),
        )

    def line_of(self, sentence: int) -> int | None:
        return next((line for line, s in self.line_to_sentence.items() if s == sentence), None)


@dataclass(frozen=True)
class Produced:
    """A produced pair: its files, and its sentence pair where both ends could be mapped."""

    files: tuple[str, str]
    key: PairKey | None
    pair: ProducedPair


def pair_key(a_file: str, a_sentence: int, b_file: str, b_sentence: int) -> PairKey:
    return frozenset(((a_file, int(a_sentence)), (b_file, int(b_sentence))))


def gold_keys(pairs: list[list[Any]]) -> set[PairKey]:
    return {pair_key(p[0], p[1], p[2], p[3]) for p in pairs}


HALVES = ("first", "second")
"""Names of the two halves of a corpus's topics (``topics_of``)."""


def topics_of(folder: Path, half: str | None = None) -> list[Path]:
    """The topic folders, sorted; with ``half``, every other one: ``first`` the 1st, 3rd, 5th...,
    ``second`` the 2nd, 4th... (to check that a change tuned on one half helps the other too)."""
    topics = sorted(p for p in folder.iterdir() if p.is_dir() and any(p.glob("*.txt")))
    if half is None:
        return topics
    return topics[HALVES.index(half) :: 2]


def evaluate(folder: Path, half: str | None = None) -> CorpusResult:
    gold = load_json(folder / "gold_pairs.json")
    documents = {file: Document.of(file, data) for file, data in (gold.get("documents") or {}).items()}
    topics = topics_of(folder, half)
    produced: list[Produced] = []
    unmapped: list[tuple[str, End]] = []
    built: set[str] = set()
    for topic in topics:
        files = read_texts(topic)
        built |= set(files)
        archive = build(files)
        views = {v.id: v for v in articles_of(archive)}
        found, lost = map_pairs(produced_pairs(archive), views, documents)
        produced += found
        unmapped += lost
    return score(gold, documents, produced, unmapped, built)


def map_pairs(
    pairs: list[ProducedPair], views: dict[str, ArticleView], documents: dict[str, Document]
) -> tuple[list[Produced], list[tuple[str, End]]]:
    """Each produced pair with its files and sentence pair, and the ends that could not be mapped."""
    result: list[Produced] = []
    lost: list[tuple[str, End]] = []
    for pair in pairs:
        ends = []
        for end in (pair.a, pair.b):
            view = views[end.article_id]
            sentence = sentence_of(end, view, documents.get(view.file))
            if sentence is None:
                lost.append((view.file, end))
            ends.append((view.file, sentence))
        (fa, sa), (fb, sb) = ends
        key = pair_key(fa, sa, fb, sb) if sa is not None and sb is not None else None
        result.append(Produced((fa, fb), key, pair))
    return result, lost


def sentence_of(end: End, view: ArticleView, document: Document | None) -> int | None:
    """The document sentence a passage is, or ``None``.

    The headline maps to the gold's headline sentence (or its line's sentence). A passage that is
    its paragraph's only sentence maps through the paragraph's first line. Otherwise the
    passage's text is looked up among the document's sentences (normalised): equal, then the
    sentence holding it (the archive split a gold sentence), then the first sentence it holds
    (the archive joined lines).
    """
    if document is None:
        return None
    if end.is_headline:
        if document.headline is not None:
            return int(document.headline)
        return document.line_to_sentence.get(view.title_line) if view.title_line else None
    text = norm_text(end.sentence)
    paragraph = next((p for p in view.paragraphs if p.anchor == end.anchor), None)
    by_line = document.line_to_sentence.get(paragraph.line) if paragraph and paragraph.line else None
    if by_line is not None and paragraph is not None and norm_text(paragraph.text) == text:
        return by_line
    normalised = {n: norm_text(s) for n, s in sorted(document.sentences.items())}
    equal = [n for n, s in normalised.items() if s == text]
    if equal:
        return by_line if by_line in equal else equal[0]
    holding = [n for n, s in normalised.items() if text and text in s]
    if holding:
        return by_line if by_line in holding else holding[0]
    held = [n for n, s in normalised.items() if s and s in text]
    return held[0] if held else None


def score(
    gold: dict[str, Any],
    documents: dict[str, Document],
    produced: list[Produced],
    unmapped: list[tuple[str, End]],
    built: set[str],
) -> CorpusResult:
    """R, P, P_any, cross-event share and volumes over every topic built."""

    def in_built(key: PairKey) -> bool:
        return all(file in built for file, _ in key)

    gold_pairs = {k for k in gold_keys(gold.get("pairs") or []) if in_built(k)}
    all_sentences = {k for k in gold_keys(gold.get("pairs_all_sentences") or []) if in_built(k)}
    distinct = _distinct(produced)
    keys = {p.key for p in distinct if p.key is not None}
    validated = [p for p in distinct if p.key is not None and all(s in documents[f].validated for f, s in p.key)]
    cross = [p for p in distinct if _subtopic(documents, p.files[0]) != _subtopic(documents, p.files[1])]
    relations = Counter(p.pair.relation for p in distinct)
    articles = len(built)
    figures: list[Figure] = [
        share(CORPUS, "", "recall", len(gold_pairs & keys), len(gold_pairs)),
        share(CORPUS, "", "precision", sum(p.key in gold_pairs for p in validated), len(validated)),
        share(CORPUS, "", "precision_any", sum(p.key in all_sentences for p in distinct), len(distinct)),
        share(CORPUS, "", "cross_event", len(cross), len(distinct), Direction.LOWER),
        ratio(
            CORPUS,
            "",
            "pairs_per_article",
            len(distinct) / articles if articles else 0.0,
            Direction.NONE,
            detail=f"{articles} articles",
        ),
        count(CORPUS, "", "gold_pairs", len(gold_pairs), Direction.NONE),
        count(CORPUS, "", "produced_pairs", len(distinct), Direction.NONE),
    ]
    figures += [count(CORPUS, "", f"relation.{name}", n, Direction.NONE) for name, n in sorted(relations.items())]
    figures.append(count(CORPUS, "", "unmapped_passages", len(unmapped), Direction.NONE))
    failures = _failures(
        documents, gold_pairs - keys, [p for p in validated if p.key not in gold_pairs], cross, unmapped
    )
    notes = (
        (f"{len(unmapped)} produced passage(s) matched no document sentence (their pairs count against P_any)",)
        if unmapped
        else ()
    )
    return CorpusResult(
        CORPUS, "ECB+ (cross-references against gold sentence pairs)", tuple(figures), tuple(failures), notes
    )


def _distinct(produced: list[Produced]) -> list[Produced]:
    """One produced pair per sentence pair (the archive may link two parts of one sentence)."""
    seen: set[PairKey] = set()
    distinct = []
    for p in produced:
        if p.key is not None:
            if p.key in seen:
                continue
            seen.add(p.key)
        distinct.append(p)
    return distinct


def _subtopic(documents: dict[str, Document], file: str) -> str:
    document = documents.get(file)
    return document.subtopic if document else ("ecbplus" if "_ecbplus_" in file else "ecb")


def _failures(
    documents: dict[str, Document],
    missed: set[PairKey],
    wrong: list[Produced],
    cross: list[Produced],
    unmapped: list[tuple[str, End]],
) -> list[Failure]:
    def where(key: Key) -> tuple[str, int | None, str]:
        file, sentence = key
        document = documents.get(file)
        text = document.sentences.get(sentence, "") if document else ""
        return file, document.line_of(sentence) if document else None, f"s{sentence} {clip(text, 70)}"

    failures = []
    for key in sorted(missed, key=sorted):
        (fa, la, ta), (fb, lb, tb) = (where(k) for k in sorted(key))
        failures.append(Failure(CORPUS, "recall", fa, la, "not linked", f"{ta} ~ {fb}:{lb} {tb}"))
    for p in wrong:
        (fa, la, ta), (fb, lb, tb) = (where(k) for k in sorted(p.key or ()))
        failures.append(
            Failure(CORPUS, "precision", fa, la, f"{p.pair.relation}: {ta} ~ {fb}:{lb} {tb}", "no gold pair")
        )
    for p in cross:
        failures.append(
            Failure(
                CORPUS,
                "cross_event",
                p.files[0],
                None,
                f"{p.pair.relation}: {clip(p.pair.a.sentence, 60)} ~ {p.files[1]} {clip(p.pair.b.sentence, 60)}",
                "the two events kept apart",
            )
        )
    for file, end in unmapped:
        failures.append(
            Failure(
                CORPUS,
                "unmapped_passages",
                file,
                None,
                f"{end.anchor}: {clip(end.sentence, 80)}",
                "a document sentence",
            )
        )
    return failures
