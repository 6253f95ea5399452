"""Seed files read into articles: which files are articles, photos or annotations, and a cache.

A file's bytes (with the settings and the photos beside it) decide its parse result, so
results are kept by that key (``workcache``: across ``mkdocs serve`` rebuilds and processes)
and only what changed is read again.
"""

from __future__ import annotations

import hashlib
import posixpath

from .annotations import ANNOTATIONS_FILE
from .codec import Decoder
from .decode import decode_seed
from .lockfile import LOCK_FILE
from .model import (
    Article,
    Credit,
    Field,
    Paragraph,
    ParseResult,
    Photo,
    Problem,
    RelatedStory,
    SeedFile,
    Settings,
    Severity,
    Subheading,
    Video,
)
from .parse import IMAGE_EXTENSIONS, parse_article
from .workcache import WorkCache, key_of

SEED_EXTENSIONS = (".txt", ".text", ".md")
PARSE_SECTION = "parse"
"""Work cache section: (parse result, decoding problems) by path, bytes, photos beside it and settings."""
PARSE_DECODER = Decoder(
    (ParseResult, Article, Field, Paragraph, Subheading, Video, RelatedStory, Photo, Credit, Problem, Severity)
)


def is_seed_text(path: str) -> bool:
    name = posixpath.basename(path)
    return not name.startswith((".", "_")) and name.lower().endswith(SEED_EXTENSIONS)


def is_image(path: str) -> bool:
    return path.lower().endswith(IMAGE_EXTENSIONS)


def _is_known_other_file(path: str) -> bool:
    return posixpath.basename(path).startswith(".") or path in (ANNOTATIONS_FILE, LOCK_FILE) or is_image(path)


def read_seeds(
    files: list[SeedFile], settings: Settings, cache: WorkCache | None = None
) -> tuple[list[ParseResult], list[Problem]]:
    """Parse every article file; other files are images or annotations, or ignored."""
    images = frozenset(f.path for f in files if is_image(f.path))
    results: list[ParseResult] = []
    problems: list[Problem] = []
    for seed in sorted(files, key=lambda f: f.path):
        if not is_seed_text(seed.path):
            if not _is_known_other_file(seed.path):
                problems.append(
                    Problem(
                        seed.path,
                        None,
                        "ignored-file",
                        "not an article (.txt, .text, .md), a photo or annotations.yml: ignored",
                        Severity.INFO,
                    )
                )
            continue
        if len(seed.data) > settings.max_seed_bytes:
            problems.append(
                Problem(
                    seed.path,
                    None,
                    "seed-too-large",
                    f"{len(seed.data):,} bytes is over the {settings.max_seed_bytes:,}-byte limit for one article "
                    "(extra.archive.max_seed_bytes): skipped",
                )
            )
            continue
        if cache is None:
            result, decode_problems = _read_one(seed, settings, images)
        else:
            key = key_of(seed.path, hashlib.sha256(seed.data).hexdigest(), _image_key(seed.path, images), settings)
            result, decode_problems = cache.fetch(
                PARSE_SECTION, key, PARSE_DECODER, lambda seed=seed: _read_one(seed, settings, images)
            )
        problems.extend(decode_problems)
        if result is not None:
            problems.extend(result.problems)
            results.append(result)
    return results, problems


def _image_key(path: str, images: frozenset[str]) -> str:
    """Photos beside a seed change its page, so they are part of its cache key."""
    stem = path.rsplit(".", 1)[0]
    return "|" + ",".join(sorted(name for name in images if name.startswith(stem + "-photo-")))


def _read_one(
    seed: SeedFile, settings: Settings, images: frozenset[str]
) -> tuple[ParseResult | None, tuple[Problem, ...]]:
    decoded = decode_seed(seed.data, seed.path)
    if decoded.text is None:
        return None, decoded.problems
    return parse_article(decoded.text, seed.path, decoded.content_hash, settings.dayfirst, images), decoded.problems
