"""The whole archive: every seed read, given a stable id, and enriched across articles.

``build_archive`` is the one entry point the MkDocs hook (and the export command) call. It
reads files through ``text`` and ``parse``, drops duplicates, assigns page ids, then runs the
cross-article stages (related stories, entities, cross-references) on the parsed articles.
"""

from __future__ import annotations

import gc
import hashlib
import posixpath
import re
import time
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from .annotations import ANNOTATIONS_FILE, Annotations, load_annotations
from .crossref import (
    CrossReference,
    Passage,
    entities_by_passage,
    find_cross_references,
    passages_of,
)
from .curate import (
    EditorNote,
    apply_article_override,
    curate_cross_references,
    curate_entities,
)
from .decode import decode_seed
from .entities import Entity, extract_entities
from .gazetteer import load_gazetteer
from .mentions import TextUnit, units_of
from .model import Article, ParseResult, Problem, Severity
from .parse import IMAGE_EXTENSIONS, parse_article
from .related import ResolvedRelated, resolve_related
from .text import slugify, words

SEED_EXTENSIONS = (".txt", ".text", ".md")
NEAR_DUPLICATE_SHARE = 0.9
SHINGLE_WORDS = 5
MAX_SHINGLE_OWNERS = 8
"""A 5-word run found in more articles than this is boilerplate, not evidence of a twin."""


@dataclass(frozen=True)
class Settings:
    """Options from ``extra: archive:`` in mkdocs.yml (all optional)."""

    dayfirst: bool = False
    """Read ambiguous numeric dates such as 03/04/2017 day first (4 March)."""
    articles_dir: str = "articles"
    """Folder of the generated article pages in the site."""
    seeds_dir: str = "seeds"
    """Folder of the raw articles, relative to mkdocs.yml."""
    search_text: str = "auto"
    """What the offline search index holds of each article: ``full`` text, the ``lede`` only
    (with title, subheadings and captions), or ``auto``: full text unless that would pass
    ``search_budget_bytes`` (every reader's browser loads the whole index)."""
    search_budget_bytes: int = 20_000_000
    max_seed_bytes: int = 1_000_000
    """Larger seed files are refused with a warning: a pasted article is a few kilobytes, and a
    file of many megabytes is almost surely not one (it would also slow every rebuild)."""


@dataclass(frozen=True)
class SeedFile:
    """One file of the seeds folder, as bytes: the core does no I/O of its own."""

    path: str
    """Path relative to the seeds folder, with ``/`` separators."""
    data: bytes


@dataclass(frozen=True)
class ArchivedArticle:
    """An article with its place in the archive."""

    article: Article
    id: str
    """Stable page id: ``<date>-<title slug>`` (``undated-<slug>`` without a date)."""
    related: tuple[ResolvedRelated, ...] = ()
    notes: tuple[EditorNote, ...] = ()
    """Editors' notes from annotations.yml, shown under their paragraph or photo."""
    original_url: str | None = None
    """Where the article was published, when an editor recorded it."""


@dataclass(frozen=True)
class Archive:
    """Everything the site and the export are made from."""

    articles: tuple[ArchivedArticle, ...]
    """Newest first; undated articles last, by file name."""
    settings: Settings
    entities: tuple[Entity, ...] = ()
    """Places and actors, sorted by type then name."""
    cross_references: tuple[CrossReference, ...] = ()
    """Passages of different sources that report the same fact, or differ on it."""
    problems: tuple[Problem, ...] = ()
    images: tuple[str, ...] = ()
    """Image files under seeds/ that a photo uses (copied into the site)."""
    raw_sources: tuple[str, ...] = field(default_factory=tuple)
    """Seed files that became articles (offered to readers as the original text)."""

    def by_id(self) -> dict[str, ArchivedArticle]:
        """Articles by id (built once per archive: page renderers call this per page)."""
        return self._articles_by_id

    @cached_property
    def _articles_by_id(self) -> dict[str, ArchivedArticle]:
        return {item.id: item for item in self.articles}


def read_seed_folder(folder: Path) -> list[SeedFile]:
    """Every non-hidden file under ``folder``, for the adapters (hook, export command) to pass in."""
    if not folder.is_dir():
        return []
    return [
        SeedFile(path.relative_to(folder).as_posix(), path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]


def is_seed_text(path: str) -> bool:
    name = posixpath.basename(path)
    return not name.startswith((".", "_")) and name.lower().endswith(SEED_EXTENSIONS)


def article_units(articles: list[ArchivedArticle]) -> list[TextUnit]:
    units: list[TextUnit] = []
    for item in articles:
        a = item.article
        units += units_of(item.id, a.title.value or "", a.title.inferred, a.paragraphs, a.photos, a.date.value, a.source.value)
    return units


def _url_of(annotations: Annotations, file: str) -> str | None:
    override = annotations.articles.get(file)
    return override.url if override else None


def apply_overrides(articles: list[Article], annotations: Annotations) -> tuple[list[Article], dict[str, list[EditorNote]], list[Problem]]:
    """Editors' header corrections and notes; an override for a file that is not there is reported."""
    known = {a.source_file for a in articles}
    problems = [
        Problem(ANNOTATIONS_FILE, override.line, "annotations-unknown-file", f"no article file {file!r} under seeds/: its annotations are ignored")
        for file, override in annotations.articles.items() if file not in known
    ]
    notes: dict[str, list[EditorNote]] = {}
    corrected = []
    for article in articles:
        override = annotations.articles.get(article.source_file)
        if override is not None:
            article, notes[article.source_file], found = apply_article_override(article, override)
            problems.extend(found)
        corrected.append(article)
    return corrected, notes, problems


def match_passages(articles: list[ArchivedArticle], entities: list[Entity]) -> tuple[list[Passage], list[CrossReference]]:
    passages = [
        passage
        for item in articles
        for passage in passages_of(item.id, item.article.paragraphs, item.article.photos, item.article.source.value, item.article.date.value)
    ]
    mentions = [(m.article_id, m.anchor, m.start, e.id) for e in entities for m in e.mentions if m.anchor]
    return passages, find_cross_references(passages, entities_by_passage(passages, mentions))


def _is_known_other_file(path: str) -> bool:
    name = posixpath.basename(path)
    return name.startswith(".") or path == ANNOTATIONS_FILE or name.lower().endswith(IMAGE_EXTENSIONS)


ParseCache = MutableMapping[tuple[str, str, Settings], tuple[ParseResult, tuple[Problem, ...]]]
"""Parse results by (path, SHA-256 of the bytes, settings): kept by ``mkdocs serve`` between rebuilds."""


def read_seeds(files: list[SeedFile], settings: Settings, cache: ParseCache | None = None) -> tuple[list[ParseResult], list[Problem]]:
    """Parse every article file; other files are images or annotations, or ignored."""
    images = frozenset(posixpath.basename(f.path) for f in files if f.path.lower().endswith(IMAGE_EXTENSIONS))
    results: list[ParseResult] = []
    problems: list[Problem] = []
    live: set = set()
    for seed in sorted(files, key=lambda f: f.path):
        if not is_seed_text(seed.path):
            if not _is_known_other_file(seed.path):
                problems.append(Problem(seed.path, None, "ignored-file", "not an article (.txt, .text, .md), a photo or annotations.yml: ignored", Severity.INFO))
            continue
        if len(seed.data) > settings.max_seed_bytes:
            problems.append(Problem(seed.path, None, "seed-too-large", f"{len(seed.data):,} bytes is over the {settings.max_seed_bytes:,}-byte limit for one article (extra.archive.max_seed_bytes): skipped"))
            continue
        key = (seed.path, hashlib.sha256(seed.data).hexdigest() + _image_key(seed.path, images), settings)
        live.add(key)
        if cache is not None and key in cache:
            result, decode_problems = cache[key]
        else:
            result, decode_problems = _read_one(seed, settings, images)
            if cache is not None:
                cache[key] = (result, decode_problems)
        problems.extend(decode_problems)
        if result is not None:
            problems.extend(result.problems)
            results.append(result)
    if cache is not None:
        for stale in [key for key in cache if key not in live]:
            del cache[stale]
    return results, problems


def _image_key(path: str, images: frozenset[str]) -> str:
    """Photos beside a seed change its page, so they are part of its cache key."""
    stem = posixpath.basename(path).rsplit(".", 1)[0]
    return "|" + ",".join(sorted(name for name in images if name.startswith(stem + "-photo-")))


def _read_one(seed: SeedFile, settings: Settings, images: frozenset[str]) -> tuple[ParseResult | None, tuple[Problem, ...]]:
    decoded = decode_seed(seed.data, seed.path)
    if decoded.text is None:
        return None, decoded.problems
    return parse_article(decoded.text, seed.path, decoded.content_hash, settings.dayfirst, images), decoded.problems


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
    files: list[SeedFile], settings: Settings | None = None, timer: StageTimer | None = None, cache: ParseCache | None = None
) -> Archive:
    # The build makes millions of small objects and frees few: the cyclic collector's full
    # passes cost a fifth of the stages' time at 5,000 articles and find nothing to collect.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_archive(files, settings or Settings(), timer or StageTimer(), cache)
    finally:
        if collecting:
            gc.enable()


def _build_archive(files: list[SeedFile], settings: Settings, timer: StageTimer, cache: ParseCache | None) -> Archive:
    timer = timer or StageTimer()
    timer.start("read")
    annotations_file = next((f for f in files if f.path == ANNOTATIONS_FILE), None)
    annotations, problems = load_annotations(annotations_file.data if annotations_file else None)
    results, read_problems = read_seeds(files, settings, cache)
    problems.extend(read_problems)
    articles, duplicate_problems = drop_duplicates([r.article for r in results if r.article is not None])
    problems.extend(duplicate_problems)
    articles, notes, override_problems = apply_overrides(articles, annotations)
    problems.extend(override_problems)
    archived = [
        replace(item, notes=tuple(notes.get(item.article.source_file, ())), original_url=_url_of(annotations, item.article.source_file))
        for item in assign_ids(articles)
    ]
    timer.start("extract")
    entities = extract_entities(article_units(archived), load_gazetteer())
    entities, entity_problems = curate_entities(entities, annotations.entities)
    problems.extend(entity_problems)
    timer.start("match")
    archived, related_problems = resolve_related(archived)
    problems.extend(related_problems)
    passages, cross_references = match_passages(archived, entities)
    cross_references, xref_problems = curate_cross_references(
        cross_references, annotations.cross_references, passages, {item.article.source_file: item.id for item in archived})
    problems.extend(xref_problems)
    timer.stop()
    used_images = sorted({photo.image for item in archived for photo in item.article.photos if photo.image})
    image_paths = [f.path for f in files if posixpath.basename(f.path) in used_images]
    return Archive(
        articles=tuple(sort_articles(archived)),
        settings=settings,
        entities=tuple(entities),
        cross_references=tuple(cross_references),
        problems=tuple(problems),
        images=tuple(sorted(image_paths)),
        raw_sources=tuple(sorted(a.article.source_file for a in archived)),
    )


def drop_duplicates(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """Keep the first of identical or near-identical articles (by file name), warn about the rest."""
    kept: list[Article] = []
    problems: list[Problem] = []
    seen_hashes: dict[str, str] = {}
    shingles_of: list[tuple[Article, set[tuple[str, ...]]]] = []
    shingle_owner: dict[tuple[str, ...], list[int]] = {}
    for article in articles:
        if article.content_hash in seen_hashes:
            problems.append(Problem(article.source_file, None, "duplicate-article", f"same text as {seen_hashes[article.content_hash]}: skipped"))
            continue
        shingles = _shingles(article)
        twin = _near_twin(shingles, shingles_of, shingle_owner)
        if twin is not None:
            problems.append(Problem(article.source_file, None, "near-duplicate-article", f"nearly the same text as {twin.source_file}: skipped"))
            continue
        seen_hashes[article.content_hash] = article.source_file
        index = len(shingles_of)
        shingles_of.append((article, shingles))
        for shingle in shingles:
            shingle_owner.setdefault(shingle, []).append(index)
        kept.append(article)
    return kept, problems


def _shingles(article: Article) -> set[tuple[str, ...]]:
    tokens = [w.lower() for p in article.paragraphs for w in words(p.text)]
    return {tuple(tokens[i : i + SHINGLE_WORDS]) for i in range(max(len(tokens) - SHINGLE_WORDS + 1, 0))}


def _near_twin(shingles: set, shingles_of: list, shingle_owner: dict) -> Article | None:
    """An earlier article sharing most word 5-grams, found through the shingle index, not all pairs."""
    if not shingles:
        return None
    shared: dict[int, int] = {}
    for shingle in shingles:
        owners = shingle_owner.get(shingle, ())
        if len(owners) > MAX_SHINGLE_OWNERS:
            continue
        for index in owners:
            shared[index] = shared.get(index, 0) + 1
    # Boilerplate shingles were not counted, so compare against the article's distinctive ones.
    distinctive = max(1, sum(1 for s in shingles if len(shingle_owner.get(s, ())) <= MAX_SHINGLE_OWNERS))
    for index, count in shared.items():
        if count >= NEAR_DUPLICATE_SHARE * min(distinctive, len(shingles_of[index][1])):
            return shingles_of[index][0]
    return None


def assign_ids(articles: list[Article]) -> list[ArchivedArticle]:
    """``2017-10-20-drone-footage-captures-...``; clashes get the seed file's stem appended."""
    base_ids = {a.source_file: f"{a.date.value or 'undated'}-{slugify(a.title.value or '')}" for a in articles}
    counts: dict[str, int] = {}
    for value in base_ids.values():
        counts[value] = counts.get(value, 0) + 1
    archived = []
    for article in articles:
        page_id = base_ids[article.source_file]
        if counts[page_id] > 1:
            stem = re.sub(r"[^a-z0-9]+", "-", posixpath.splitext(article.source_file)[0].lower()).strip("-")
            page_id = f"{page_id}-{stem}"
        archived.append(ArchivedArticle(article=article, id=page_id))
    return archived


def sort_articles(articles: list[ArchivedArticle]) -> list[ArchivedArticle]:
    dated = sorted((a for a in articles if a.article.date.value), key=lambda a: (a.article.date.value, a.id), reverse=True)
    undated = sorted((a for a in articles if not a.article.date.value), key=lambda a: a.article.source_file)
    return dated + undated
