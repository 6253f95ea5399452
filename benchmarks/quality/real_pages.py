"""Real news pages against their manifest: header fields, photos, videos, furniture, stray links.

Two archives, one per copy set: the primary copies (``articles/*.txt``, headline to end of body)
and the sloppier whole-container copies (``articles/whole/*.txt``). Each file is a different
story, so any cross-reference between two of them links different stories.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import leaks as L
from .adapt import ArticleView, all_entities, articles_of, build, produced_pairs, source_file_of, story_groups_of
from .corpora import load_yaml, read_texts
from .furniture import KINDS
from .junk import JUNK_KINDS, junk_kind
from .normalise import clip, norm_name, norm_outlet, norm_title
from .photos import PhotoMatch, match_photos, video_found
from .results import CorpusResult, Direction, Failure, Figure, count, share

CORPUS = "real_pages"
SETS = (("primary", "articles", "file"), ("whole", "articles/whole", "whole_variant"))
"""(group, folder under the corpus, manifest key naming the file of that set)."""


def evaluate(folder: Path) -> CorpusResult:
    """Build one archive per copy set and measure it against ``manifest.yml``."""
    manifest = load_yaml(folder / "manifest.yml")
    entries: list[dict[str, Any]] = manifest.get("articles") or []
    figures: list[Figure] = []
    failures: list[Failure] = []
    notes: list[str] = []
    for group, sub, key in SETS:
        files = read_texts(folder / sub)
        expected = {Path(e[key]).name: e for e in entries if e.get(key)}
        if not files:
            notes.append(f"{group}: no files under {sub}/")
            continue
        unlisted = sorted(set(files) - set(expected))
        if unlisted:
            notes.append(f"{group}: {len(unlisted)} file(s) not in the manifest, built but not scored")
        archive = build(files)
        views = {v.file: v for v in articles_of(archive)}
        f, fl = measure_set(group, views, expected, archive)
        figures += f
        failures += fl
    return CorpusResult(CORPUS, "Real pages (manifest)", tuple(figures), tuple(failures), tuple(notes))


def measure_set(
    group: str, views: dict[str, ArticleView], expected: dict[str, dict[str, Any]], archive: Any
) -> tuple[list[Figure], list[Failure]]:
    """All figures of one copy set (``views`` by file name, ``expected`` manifest entries by file name)."""
    failures: list[Failure] = []

    def fail(measure: str, file: str, line: int | None, read: str, want: str) -> None:
        failures.append(Failure(CORPUS, f"{group}.{measure}", file, line, read, want))

    header = {"title": 0, "date": 0, "date_scored": 0, "byline": 0, "outlet_right": 0, "outlet_wrong": 0}
    matches: list[PhotoMatch] = []
    spurious = read_photos = videos_expected = videos_hit = 0
    for file, entry in sorted(expected.items()):
        view = views.get(file)
        if view is None:
            fail("article", file, None, "no article", "an article (dropped as a duplicate or unreadable?)")
        if not title_right(view, entry):
            fail("title", file, view and view.title_line, clip(view and view.title), clip(entry.get("title")))
        header["title"] += title_right(view, entry)
        if entry.get("date_in_text", True):
            header["date_scored"] += 1
            header["date"] += date_right(view, entry)
            if not date_right(view, entry):
                fail("date", file, view and view.date_line, clip(view and view.date), str(entry.get("date")))
        header["byline"] += byline_right(view, entry)
        if not byline_right(view, entry):
            fail(
                "byline",
                file,
                view and view.byline_line,
                f"{list(view.authors) if view else None} from {clip(view and view.byline)}",
                _byline_expected(entry),
            )
        state = outlet_state(view, entry)
        header["outlet_right"] += state == "right"
        header["outlet_wrong"] += state == "wrong"
        if state != "right":
            fail(
                "outlet_wrong" if state == "wrong" else "outlet_right",
                file,
                view and view.outlet_line,
                clip(view and view.outlet),
                clip(entry.get("outlet")),
            )
        found, extra = match_photos(list(entry.get("photos") or []), view.photos if view else ())
        matches += found
        spurious += len(extra)
        read_photos += len(view.photos) if view else 0
        for m in found:
            if m.read is None:
                fail(
                    "photos_found",
                    file,
                    None,
                    "no photo with this caption",
                    clip(m.expected.get("caption") or m.expected.get("credit")),
                )
            elif not m.credit_right:
                fail(
                    "credit_split",
                    file,
                    m.read.line,
                    f"{clip(m.read.credit_raw)} -> {(m.read.photographer, m.read.agency, m.read.distributor)}",
                    str((m.expected.get("photographer"), m.expected.get("agency"), m.expected.get("distributor"))),
                )
        for photo in extra:
            fail(
                "spurious_photos",
                file,
                photo.line,
                f"{photo.anchor}: {clip(photo.caption)} / credit {clip(photo.credit_raw, 40)}",
                "no such photo",
            )
        for video in entry.get("videos") or []:
            videos_expected += 1
            hit = bool(view) and video_found(video, view.videos)
            videos_hit += hit
            if not hit:
                fail(
                    "videos_found",
                    file,
                    None,
                    str([v.text[:60] for v in view.videos]) if view else "no article",
                    clip(video),
                )

    n = len(expected)
    found_photos = [m for m in matches if m.read is not None]
    figures = [
        share(CORPUS, group, "title", header["title"], n),
        share(CORPUS, group, "date", header["date"], header["date_scored"]),
        share(CORPUS, group, "byline", header["byline"], n),
        share(CORPUS, group, "outlet_right", header["outlet_right"], n),
        share(CORPUS, group, "outlet_wrong", header["outlet_wrong"], n, Direction.LOWER),
        share(CORPUS, group, "photos_found", len(found_photos), len(matches)),
        share(CORPUS, group, "credit_split", sum(m.credit_right for m in found_photos), len(found_photos)),
        share(CORPUS, group, "spurious_photos", spurious, read_photos, Direction.LOWER),
        share(CORPUS, group, "videos_found", videos_hit, videos_expected),
    ]
    f, fl = furniture_figures(group, list(views.values()), archive)
    j, jl = junk_entity_figures(group, archive)
    return figures + f + j, failures + fl + jl


def junk_entity_figures(group: str, archive: Any) -> tuple[list[Figure], list[Failure]]:
    """Index entries named by an honorific, a weekday or month, a number word or page furniture."""
    junk = [(e, kind) for e in all_entities(archive) if (kind := junk_kind(e.name))]
    by_kind = ", ".join(f"{k} {sum(kind == k for _, kind in junk)}" for k in JUNK_KINDS)
    figures = [count(CORPUS, group, "junk_entities", len(junk), detail=by_kind)]
    failures = [
        Failure(CORPUS, f"{group}.junk_entities", e.id, None, f"{e.type} {e.name!r} ({kind})", "no such entry")
        for e, kind in junk
    ]
    return figures, failures


def furniture_figures(group: str, views: list[ArticleView], archive: Any) -> tuple[list[Figure], list[Failure]]:
    """Furniture leaks by kind and by place, the share of paragraphs holding any, and the
    cross-references between stories."""
    pairs = produced_pairs(archive)
    files = source_file_of(archive)
    leaks = L.find_leaks(views, all_entities(archive), pairs, files)
    with_furniture, paragraphs = L.paragraphs_with_furniture(views)
    figures = [share(CORPUS, group, "furniture.paragraph_share", with_furniture, paragraphs, Direction.LOWER)]
    kinds = L.by_kind(leaks)
    figures += [
        count(CORPUS, group, f"furniture.{kind}", kinds[kind], detail=L.places_of(leaks, kind)) for kind in KINDS
    ]
    places = L.by_place(leaks)
    figures += [count(CORPUS, group, f"furniture.in_{place}", places[place]) for place in L.PLACES]
    figures.append(count(CORPUS, group, "xrefs_between_stories", len(pairs), detail=f"{len(views)} articles"))
    # Each copy tells its own story (one per outlet): an article in a story group with another is
    # listed under "Other sources on this story" with an unrelated one (an upper bound, as above).
    grouped = [article_id for members in story_groups_of(archive) if len(members) > 1 for article_id in members]
    figures.append(count(CORPUS, group, "articles_in_shared_stories", len(grouped), detail=f"{len(views)} articles"))
    failures = [
        Failure(
            CORPUS,
            f"{group}.furniture.{leak.kind}",
            leak.file,
            leak.line,
            f"{leak.place} {leak.where}: {clip(leak.phrase, 50)}",
            "no furniture",
        )
        for leak in leaks
    ]
    failures += [
        Failure(
            CORPUS,
            f"{group}.xrefs_between_stories",
            f"{files.get(p.a.article_id)}#{p.a.anchor}",
            None,
            f"{clip(p.a.sentence, 60)} ~ {files.get(p.b.article_id)}#{p.b.anchor} {clip(p.b.sentence, 60)}",
            "no link between different stories",
        )
        for p in pairs
    ]
    failures += [
        Failure(
            CORPUS,
            f"{group}.articles_in_shared_stories",
            " + ".join(sorted(files.get(article_id, article_id) for article_id in members)),
            None,
            "one story group",
            "a story of its own each",
        )
        for members in story_groups_of(archive)
        if len(members) > 1
    ]
    return figures, failures


def title_right(view: ArticleView | None, entry: dict[str, Any]) -> bool:
    """The headline, or the manifest's alternative one (``title_alt``), normalised."""
    if view is None or not view.title:
        return False
    accepted = {norm_title(entry.get(key)) for key in ("title", "title_alt") if entry.get(key)}
    return norm_title(view.title) in accepted


def date_right(view: ArticleView | None, entry: dict[str, Any]) -> bool:
    """The calendar date (ISO, first ten characters) of the publication."""
    return view is not None and bool(view.date) and view.date[:10] == str(entry.get("date"))


def accepted_bylines(entry: dict[str, Any]) -> list[frozenset[str]]:
    """The author sets accepted: the manifest's ``authors`` (``[]``: no byline at all), and
    with a ``house_byline`` the same plus that staff line."""
    authors = frozenset(norm_name(a) for a in entry.get("authors") or [])
    accepted = [authors]
    if entry.get("house_byline"):
        accepted.append(authors | {norm_name(entry["house_byline"])})
    return accepted


def byline_right(view: ArticleView | None, entry: dict[str, Any]) -> bool:
    """The archive's author set equals an accepted one (case-insensitive; nothing else in it)."""
    if view is None:
        return False
    return frozenset(norm_name(a) for a in view.authors) in accepted_bylines(entry)


def _byline_expected(entry: dict[str, Any]) -> str:
    house = f" (or with {entry['house_byline']!r})" if entry.get("house_byline") else ""
    return f"{list(entry.get('authors') or [])}{house}"


def outlet_state(view: ArticleView | None, entry: dict[str, Any]) -> str:
    """``right`` (normalised equal), ``none`` (no outlet read: defensible) or ``wrong``."""
    if view is None or not view.outlet:
        return "none"
    return "right" if norm_outlet(view.outlet) == norm_outlet(entry.get("outlet")) else "wrong"
