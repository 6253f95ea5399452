"""GUM news documents: are the archive's places and actors the names a linguist marked?

One archive over all documents. Scoring is by distinct names per document: each gold item (the
mentions of one ``identity``, or of one normalised text when the identity is empty) of type
LOC, PER or ORG is to be found; each index entry with a mention in the document is right or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .adapt import ArticleView, EntityView, articles_of, build, entities_by_article
from .corpora import load_jsonl, read_texts
from .normalise import norm_text
from .results import CorpusResult, Direction, Failure, Figure, count, ratio, share

CORPUS = "gum"
PLACE_TYPES = frozenset({"LOC"})
ACTOR_TYPES = frozenset({"PER", "ORG"})
SCORED_TYPES = PLACE_TYPES | ACTOR_TYPES
"""MISC names (events, works, nationalities) are neither required nor errors."""
POSSESSIVE = re.compile(r"['’]s$")


def norm_gum(name: str) -> str:
    """Case-insensitive, leading "the " and final "'s" ignored, whitespace collapsed."""
    text = norm_text(name)
    text = re.sub(r"^the\s+", "", text)
    return POSSESSIVE.sub("", text).strip()


@dataclass(frozen=True)
class GoldItem:
    """One distinct name of a document: its type and every form it takes there."""

    label: str
    type: str
    names: frozenset[str]


def gold_items(record: dict[str, Any]) -> list[GoldItem]:
    """The document's distinct names: mentions grouped by identity, or without one by normalised
    text and type (one text marked PER here and MISC there makes two items). An identity whose
    mentions disagree on the type takes the most common one, the first seen on a tie."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for mention in record.get("mentions") or []:
        key = (mention["identity"], "") if mention.get("identity") else (norm_gum(mention["text"]), mention["type"])
        groups.setdefault(key, []).append(mention)
    items = []
    for mentions in groups.values():
        types = [m["type"] for m in mentions]
        names = {norm_gum(m["text"]) for m in mentions} | {
            norm_gum(v) for m in mentions for v in m.get("variants") or []
        }
        items.append(
            GoldItem(mentions[0]["text"], max(dict.fromkeys(types), key=types.count), frozenset(n for n in names if n))
        )
    return items


@dataclass(frozen=True)
class Verdict:
    """What one index entry in one document is worth."""

    entity: EntityView
    scored: bool
    """False when it names only MISC items: left out of precision."""
    typed: bool
    untyped: bool
    confusion: str | None
    """``place_as_actor`` or ``actor_as_place`` when it names only items of the other type."""


def judge(entity: EntityView, items: list[GoldItem]) -> Verdict:
    names = {norm_gum(n) for n in entity.names_here}
    matching = [i for i in items if i.names & names]
    relevant = [i for i in matching if i.type in SCORED_TYPES]
    if not relevant:
        return Verdict(entity, scored=not matching, typed=False, untyped=False, confusion=None)
    own = PLACE_TYPES if entity.type == "place" else ACTOR_TYPES
    typed = any(i.type in own for i in relevant)
    confusion = None if typed else ("place_as_actor" if entity.type == "place" else "actor_as_place")
    return Verdict(entity, scored=True, typed=typed, untyped=True, confusion=confusion)


def found_by(item: GoldItem, entities: list[EntityView], typed: bool) -> bool:
    """Whether an entry of the document (of the item's type, when ``typed``) names the item."""
    for e in entities:
        if typed and (e.type == "place") != (item.type in PLACE_TYPES):
            continue
        if item.names & {norm_gum(n) for n in e.names_here}:
            return True
    return False


def evaluate(folder: Path) -> CorpusResult:
    records = {r["file"]: r for r in load_jsonl(folder / "gold.jsonl")}
    files = read_texts(folder / "docs")
    archive = build(files)
    views = {v.file: v for v in articles_of(archive)}
    by_article = entities_by_article(archive)
    verdicts: list[tuple[ArticleView, Verdict]] = []
    recall: dict[str, list[int]] = {"places": [0, 0], "actors": [0, 0], "typed": [0, 0], "untyped": [0, 0]}
    failures: list[Failure] = []
    for file, record in sorted(records.items()):
        view = views.get(file)
        if file not in files:
            continue
        every = gold_items(record)
        items = [i for i in every if i.type in SCORED_TYPES]
        entities = by_article.get(view.id, []) if view else []
        for e in entities:
            verdicts.append((view, judge(e, every)))
        for item in items:
            group = "places" if item.type in PLACE_TYPES else "actors"
            typed_hit, untyped_hit = found_by(item, entities, True), found_by(item, entities, False)
            for name, hit in ((group, typed_hit), ("typed", typed_hit), ("untyped", untyped_hit)):
                recall[name][0] += hit
                recall[name][1] += 1
            if not typed_hit:
                failures.append(
                    Failure(
                        CORPUS,
                        f"{group}.recall",
                        file,
                        None,
                        "not indexed" if not untyped_hit else "indexed with the other type",
                        f"{item.type} {item.label!r}",
                    )
                )
    figures = _figures(verdicts, recall)
    failures += [_false_positive(view, v) for view, v in verdicts if v.scored and not v.typed]
    return CorpusResult(CORPUS, "GUM news (places and actors against gold names)", tuple(figures), tuple(failures))


def _figures(verdicts: list[tuple[ArticleView, Verdict]], recall: dict[str, list[int]]) -> list[Figure]:
    scored = [v for _, v in verdicts if v.scored]
    groups = {
        "places": [v for v in scored if v.entity.type == "place"],
        "actors": [v for v in scored if v.entity.type == "actor"],
        "typed": scored,
        "untyped": scored,
    }
    figures: list[Figure] = []
    for group, judged in groups.items():
        right = sum(v.untyped if group == "untyped" else v.typed for v in judged)
        p = share(CORPUS, group, "precision", right, len(judged))
        r = share(CORPUS, group, "recall", recall[group][0], recall[group][1])
        f1 = 2 * p.value * r.value / (p.value + r.value) if p.value + r.value else 0.0
        figures += [p, r, ratio(CORPUS, group, "f1", f1)]
    for confusion in ("place_as_actor", "actor_as_place"):
        figures.append(count(CORPUS, "confusions", confusion, sum(v.confusion == confusion for v in scored)))
    figures.append(
        count(
            CORPUS,
            "",
            "entries_scored",
            len(scored),
            Direction.NONE,
            detail=f"{len(verdicts) - len(scored)} naming only MISC items left out",
        )
    )
    return figures


def _false_positive(view: ArticleView, verdict: Verdict) -> Failure:
    e = verdict.entity
    line = next(
        (p.line for p in view.paragraphs if p.anchor == e.line_hint),
        view.title_line if e.line_hint == "title" else None,
    )
    here = sorted({n for n in e.names_here if n != e.name})
    read = f"{e.type} {e.name!r} ({e.kind}; also {here[:4]})"
    expected = f"a {'LOC' if e.type == 'place' else 'PER/ORG'} name" + (
        f" ({verdict.confusion})" if verdict.confusion else ""
    )
    return Failure(CORPUS, f"{'places' if e.type == 'place' else 'actors'}.precision", view.file, line, read, expected)
