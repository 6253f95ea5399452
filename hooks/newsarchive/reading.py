"""Seed files read into articles: which files are articles, photos or annotations, and a cache.

A file's bytes (with the settings and the photos beside it) decide its parse result, so
``mkdocs serve`` keeps results by that key and re-reads only what changed.
"""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import MutableMapping

from .annotations import ANNOTATIONS_FILE
from .decode import decode_seed
from .lockfile import LOCK_FILE
from .model import ParseResult, Problem, SeedFile, Settings, Severity
from .parse import IMAGE_EXTENSIONS, parse_article

SEED_EXTENSIONS = (".txt", ".text", ".md")

ParseCache = MutableMapping[tuple[str, str, Settings], tuple[ParseResult | None, tuple[Problem, ...]]]
"""Parse results by (path, SHA-256 of the bytes and the photos beside it, settings)."""


def is_seed_text(path: str) -> bool:
    name = posixpath.basename(path)
    return not name.startswith((".", "_")) and name.lower().endswith(SEED_EXTENSIONS)


def is_image(path: str) -> bool:
    return path.lower().endswith(IMAGE_EXTENSIONS)


def _is_known_other_file(path: str) -> bool:
    return posixpath.basename(path).startswith(".") or path in (ANNOTATIONS_FILE, LOCK_FILE) or is_image(path)


def read_seeds(
    files: list[SeedFile], settings: Settings, cache: ParseCache | None = None
) -> tuple[list[ParseResult], list[Problem]]:
    """Parse every article file; other files are images or annotations, or ignored."""
    images = frozenset(f.path for f in files if is_image(f.path))
    results: list[ParseResult] = []
    problems: list[Problem] = []
    live: set = set()
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
    stem = path.rsplit(".", 1)[0]
    return "|" + ",".join(sorted(name for name in images if name.startswith(stem + "-photo-")))


def _read_one(
    seed: SeedFile, settings: Settings, images: frozenset[str]
) -> tuple[ParseResult | None, tuple[Problem, ...]]:
    decoded = decode_seed(seed.data, seed.path)
    if decoded.text is None:
        return None, decoded.problems
    return parse_article(decoded.text, seed.path, decoded.content_hash, settings.dayfirst, images), decoded.problems
