"""The whole archive: every seed read, given a unique id, and enriched across articles.

``build_archive`` is the one entry point the MkDocs hook and the commands call. Stages run in
one direction: read (``reading``), find each article's entry in the lock (``addresses``), drop
duplicates (``dedupe``), give paragraphs their stable anchors (``anchors``), apply editors'
corrections, give articles their addresses (``addresses``), then the cross-article stages:
entities, related stories, cross-references. The lock's new text is returned, never written.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

from .addresses import assign_addresses, locked_paragraphs, place_articles
from .anchors import Anchored, anchor_paragraphs
from .annotations import ANNOTATIONS_FILE, Annotations, load_annotations
from .budget import IndexedPart, indexed_part
from .crossref import Matching, passages_of
from .curate import answered_by_editor, apply_article_override, curate_cross_references, curate_entities
from .enrich import enrich
from .entitymodel import Entity
from .ids import sort_articles
from .lockfile import LOCK_FILE, read_lock
from .mentions import units_of
from .model import Archive, ArchivedArticle, Article, EditorNote, Problem, SeedFile, Settings
from .reading import read_seeds
from .related import resolve_related
from .stagecache import kept_duplicates, kept_entities, kept_matching
from .workcache import WorkCache, key_of
from .xrefmodel import Passage


def find_entities(
    articles: list[ArchivedArticle], parts: dict[str, IndexedPart], cache: WorkCache | None
) -> tuple[list[Entity], str]:
    """The index entries: each article's candidates found (or kept from an earlier build), then
    grouped across the archive (or the grouping kept, when no article's units changed); and the
    key of the entries (``stagecache.kept_entities``)."""
    return kept_entities(
        [units_of(item.id, item.article, parts[item.id].paragraphs, parts[item.id].photos) for item in articles], cache
    )


def apply_overrides(
    articles: list[Article], annotations: Annotations, aliases: Mapping[str, Mapping[str, str]] | None = None
) -> tuple[list[Article], dict[str, list[EditorNote]], list[Problem]]:
    """Editors' header corrections and notes; an override for a file that is not there is reported.

    ``aliases``: seed file -> the article's other anchors (``p-4``) -> its paragraphs' anchors."""
    known = {a.source_file for a in articles}
    problems = [
        Problem(
            ANNOTATIONS_FILE,
            override.line,
            "annotations-unknown-file",
            f"no article file {file!r} under seeds/: its annotations are ignored",
        )
        for file, override in annotations.articles.items()
        if file not in known
    ]
    notes: dict[str, list[EditorNote]] = {}
    corrected = []
    for article in articles:
        override = annotations.articles.get(article.source_file)
        if override is not None:
            article, notes[article.source_file], found = apply_article_override(
                article, override, (aliases or {}).get(article.source_file)
            )
            problems.extend(found)
        corrected.append(article)
    return corrected, notes, problems


def match_passages(
    articles: list[ArchivedArticle],
    parts: dict[str, IndexedPart],
    entities: list[Entity],
    entities_key: str,
    cache: WorkCache | None = None,
) -> tuple[list[Passage], Matching]:
    found = [passages_of(item.id, item.article, parts[item.id].paragraphs, parts[item.id].photos) for item in articles]
    return [passage for passages in found for passage in passages], kept_matching(found, entities, entities_key, cache)


class StageTimer:
    """Seconds spent in each stage of ``build_archive`` (read by the benchmark)."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.seconds: dict[str, float] = {}
        self._clock = clock
        """``time.process_time`` gives CPU seconds, unaffected by other work on the machine."""
        self._stage: str | None = None
        self._start = 0.0

    def start(self, stage: str) -> None:
        now = self._clock()
        if self._stage is not None:
            self.seconds[self._stage] = self.seconds.get(self._stage, 0.0) + now - self._start
        self._stage, self._start = stage, now

    def stop(self) -> None:
        self.start("")
        self.seconds.pop("", None)
        self._stage = None


def build_archive(
    files: list[SeedFile],
    settings: Settings | None = None,
    timer: StageTimer | None = None,
    cache: WorkCache | None = None,
    today: str | None = None,
) -> Archive:
    """The archive of the seeds folder's files. ``today`` (ISO 8601) is the archiving date of
    articles new to the lock (``None``: recorded without one). ``cache`` keeps each article's
    work (its parse, name candidates and sentence analyses) for the next build, which computes
    them only for what changed; the archive is the same with or without it."""
    # The build makes millions of small objects and frees few: the cyclic collector's full
    # passes cost a fifth of the stages' time at 5,000 articles and find nothing to collect.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_archive(files, settings or Settings(), timer or StageTimer(), cache, today)
    finally:
        if collecting:
            gc.enable()


def _build_archive(
    files: list[SeedFile], settings: Settings, timer: StageTimer, cache: WorkCache | None, today: str | None
) -> Archive:
    timer.start("read")
    annotations_file = next((f for f in files if f.path == ANNOTATIONS_FILE), None)
    annotations, problems = load_annotations(annotations_file.data if annotations_file else None)
    lock_file = next((f for f in files if f.path == LOCK_FILE), None)
    lock, lock_problems = read_lock(lock_file.data if lock_file else None)
    problems.extend(lock_problems)
    results, read_problems = read_seeds(files, settings, cache)
    problems.extend(read_problems)
    placement = place_articles([r.article for r in results if r.article is not None], lock)
    problems.extend(placement.problems)
    articles, duplicate_problems, twins = kept_duplicates(placement.order, cache)
    problems.extend(duplicate_problems)
    anchored: dict[str, Anchored] = {
        a.source_file: anchor_paragraphs(a, locked_paragraphs(placement, a.source_file)) for a in articles
    }
    articles = [anchored[a.source_file].article for a in articles]
    aliases = {file: found.aliases for file, found in anchored.items()}
    articles, notes, override_problems = apply_overrides(articles, annotations, aliases)
    problems = answered_by_editor(problems, annotations.articles) + override_problems
    renames = {file: (o.id, o.line) for file, o in annotations.articles.items() if o.id is not None}
    addressed = assign_addresses(articles, anchored, placement, lock, renames, twins, today)
    problems.extend(addressed.problems)
    archived = [
        replace(
            item,
            notes=tuple(notes.get(item.article.source_file, ())),
            original_url=_url_of(annotations, item.article.source_file),
        )
        for item in addressed.articles
    ]
    timer.start("extract")
    parts: dict[str, IndexedPart] = {}
    for item in archived:
        parts[item.id], over_budget = indexed_part(item.article)
        problems += [over_budget] if over_budget else []
    entities, entities_key = find_entities(archived, parts, cache)
    entities, entity_problems = curate_entities(entities, annotations.entities)
    entities_key = key_of(entities_key, annotations.entities)
    problems.extend(entity_problems)
    timer.start("match")
    archived, related_problems = resolve_related(archived)
    problems.extend(related_problems)
    passages, matching = match_passages(archived, parts, entities, entities_key, cache)
    archived = enrich(archived, entities)
    cross_references, fact_groups, xref_problems = curate_cross_references(
        matching,
        annotations.cross_references,
        passages,
        {item.article.source_file: item.id for item in archived},
        aliases,
    )
    problems.extend(xref_problems)
    timer.stop()
    used_images = {photo.image for item in archived for photo in item.article.photos if photo.image}
    return Archive(
        articles=tuple(sort_articles(archived)),
        settings=settings,
        entities=tuple(entities),
        cross_references=tuple(cross_references),
        fact_groups=tuple(fact_groups),
        story_groups=matching.stories,
        problems=tuple(problems),
        images=tuple(sorted(used_images)),
        raw_sources=tuple(sorted(a.article.source_file for a in archived)),
        redirects=tuple(addressed.redirects),
        lock=addressed.lock,
        lock_changes=addressed.changes,
    )


def _url_of(annotations: Annotations, file: str) -> str | None:
    override = annotations.articles.get(file)
    return override.url if override else None
