"""The project's own seeds against their gold reading (``tests/gold_seeds.yml``).

The test suite asserts these readings one by one; here the same comparisons are shares, so the
table shows how much of the gold the archive gives and ``-v`` says which items it misses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .adapt import (
    ArticleView,
    EntityView,
    all_entities,
    articles_of,
    build,
    produced_pairs,
    pull_quote_anchors,
    source_file_of,
)
from .corpora import load_yaml
from .normalise import clip, norm_text
from .results import CorpusResult, Failure, share

CORPUS = "seeds"
HEADER_FIELDS = ("title", "date", "source", "byline", "paragraphs")
PHOTO_FIELDS = ("credit_raw", "photographer", "agency", "distributor", "place", "date")


def evaluate(seeds: Path, gold_file: Path) -> CorpusResult:
    gold = load_yaml(gold_file)
    files = {p.relative_to(seeds).as_posix(): p.read_bytes() for p in sorted(seeds.rglob("*")) if p.is_file()}
    archive = build(files)
    views = {v.file: v for v in articles_of(archive)}
    checks: dict[str, list[bool]] = {}
    failures: list[Failure] = []

    def record(measure: str, ok: bool, file: str, line: int | None, read: str, expected: str) -> None:
        checks.setdefault(measure, []).append(ok)
        if not ok:
            failures.append(Failure(CORPUS, measure, file, line, read, expected))

    for file, expected in (gold.get("articles") or {}).items():
        view = views.get(file)
        for name in HEADER_FIELDS:
            ok, read, line = header_field(view, expected, name)
            record(
                name,
                ok,
                file,
                line,
                read,
                clip(str(expected.get(name))) if name != "title" or expected.get("title") else "an inferred title",
            )
        for index, want in enumerate(expected.get("photos") or []):
            photo = view.photos[index] if view and index < len(view.photos) else None
            for name in PHOTO_FIELDS:
                got = _photo_field(photo, name)
                want_value = None if want.get(name) is None else str(want[name])
                record(
                    f"photos.{name}",
                    got == want_value,
                    file,
                    photo.line if photo else None,
                    clip(got),
                    clip(want_value),
                )
    entities = all_entities(archive)
    for measure, ok, read, wanted in entity_checks(gold, entities):
        record(measure, ok, "(index)", None, read, wanted)
    pairs = produced_pairs(archive)
    files_by_id = source_file_of(archive)
    found = {frozenset((norm_text(p.a.sentence), norm_text(p.b.sentence))): p.relation for p in pairs}
    listed = {}
    for level in ("must", "should"):
        for x in (gold.get("cross_references") or {}).get(level) or []:
            key = frozenset((norm_text(x["a"][1]), norm_text(x["b"][1])))
            listed[key] = x["relation"]
            if level == "must":
                record(
                    "xrefs_must",
                    found.get(key) == x["relation"],
                    x["a"][0],
                    None,
                    str(found.get(key)),
                    f"{x['relation']}: {clip(x['a'][1], 50)}",
                )
    for key, relation in found.items():
        record(
            "xref_precision",
            key in listed,
            "(archive)",
            None,
            f"{relation}: {' ~ '.join(clip(s, 50) for s in sorted(key))}",
            "a must or should pair",
        )
    quotes = pull_quote_anchors(archive)
    second_source = [
        p
        for p in pairs
        if p.a.article_id == p.b.article_id
        or (p.a.article_id, p.a.anchor) in quotes
        or (p.b.article_id, p.b.anchor) in quotes
    ]
    record(
        "pull_quote_not_a_source",
        not second_source,
        files_by_id.get(second_source[0].a.article_id, "") if second_source else "",
        None,
        f"{len(second_source)} pair(s) from a pull quote or within one article",
        "none",
    )
    figures = [share(CORPUS, "", measure, sum(oks), len(oks)) for measure, oks in checks.items()]
    return CorpusResult(CORPUS, "Seeds against tests/gold_seeds.yml", tuple(figures), tuple(failures))


def header_field(view: ArticleView | None, expected: dict[str, Any], name: str) -> tuple[bool, str, int | None]:
    """(right, what was read, line) for one header field or the paragraph count.

    A null gold title means the archive must infer one from the lede; the paragraph count
    includes related-story lines, as the gold counts them (see tests/test_parse.py).
    """
    if view is None:
        return False, "no article", None
    if name == "title":
        if expected.get("title") is None:
            lede = expected.get("lede_starts") or ""
            return view.title_inferred and lede in (view.title or ""), clip(view.title), view.title_line
        return view.title == expected["title"] and not view.title_inferred, clip(view.title), view.title_line
    if name == "paragraphs":
        n = len(view.paragraphs) + len(view.related)
        return n == expected.get("paragraphs"), str(n), None
    read, line = {
        "date": (view.date, view.date_line),
        "source": (view.outlet, view.outlet_line),
        "byline": (view.byline, view.byline_line),
    }[name]
    want = expected.get(name)
    return read == (None if want is None else str(want)), clip(read), line


def _photo_field(photo: Any, name: str) -> str | None:
    if photo is None:
        return None
    return getattr(photo, name)


def entity_checks(gold: dict[str, Any], entities: list[EntityView]) -> list[tuple[str, bool, str, str]]:
    """(measure, right, read, expected) for every must place and must actor."""
    checks = []
    for canonical, aliases in ((gold.get("places") or {}).get("must") or {}).items():
        names = {canonical, *aliases}
        owners = [e for e in entities if names & set(e.names_here)]
        ok = any(e.type == "place" for e in owners)
        checks.append(("places_must", ok, str([(e.name, e.type) for e in owners]), f"place {canonical!r}"))
    for canonical, spec in ((gold.get("actors") or {}).get("must") or {}).items():
        names = {canonical, *spec.get("aliases", [])}
        owners = [e for e in entities if names & set(e.names_here)]
        ok = any(e.type == "actor" and e.kind == spec.get("kind") for e in owners)
        checks.append(
            (
                "actors_must",
                ok,
                str([(e.name, e.type, e.kind) for e in owners]),
                f"actor {canonical!r} ({spec.get('kind')})",
            )
        )
    return checks
