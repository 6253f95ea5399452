"""Every file the archive adds to a site, for the MkDocs hook and the export command alike.

One function decides what is published and where, so the two can never disagree (they once
did: the export wrote ``articles/<id>/`` URLs while the site used ``articles/<id>.html``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from .citations import citation_files, citation_of
from .export import archive_json
from .feed import feed_xml
from .listings import render_home_listing
from .model import Archive, Problem, SeedFile
from .page import RenderedPage
from .pagecache import digests_of, kept_text
from .paths import FEED_FILE, HOME, UNKNOWN_SITE, SiteInfo, SitePaths
from .redirects import redirect_files
from .sitepages import site_pages
from .workcache import WorkCache
from .worldmap import world_svg

ARCHIVE_JSON = "archive.json"


@dataclass(frozen=True)
class SiteFiles:
    """What the archive publishes: generated pages, the home page, and plain files."""

    pages: tuple[RenderedPage, ...]
    home: str | None
    """The home page as Markdown: the hand-written text and the newest articles (None without one)."""
    files: dict[str, str | bytes]
    """Path -> content: the seeds' copies and photos (from the bytes already read, never re-read
    from disk), ``archive.json``, the citation files, ``feed.xml``, the redirect pages and the
    world outline the maps show."""


def site_files(
    archive: Archive,
    seeds: Sequence[SeedFile],
    problems: Sequence[Problem],
    paths: SitePaths,
    home_text: str | None = None,
    site: SiteInfo = UNKNOWN_SITE,
    cache: WorkCache | None = None,
) -> SiteFiles:
    """``site``: the site's name and address (from MkDocs' config), for citations and redirects.
    ``cache``: pages and ``archive.json`` made by an earlier build from the same inputs are taken
    from it."""
    home = home_text + render_home_listing(archive, paths) if home_text is not None else None
    data = {seed.path: seed.data for seed in seeds}
    files: dict[str, str | bytes] = {}
    for name in archive.raw_sources:
        files[paths.source_copy(name)] = data[name]
    for name in archive.images:
        files[paths.media(name)] = data[name]
    files.update(redirect_files(archive, paths, site))
    files.update(citation_files([citation_of(item, paths, site) for item in archive.articles], paths))
    files[FEED_FILE] = feed_xml(archive, paths, site)
    files[paths.world_outline()] = world_svg()
    inputs = (ARCHIVE_JSON, digests_of(archive).whole, paths, tuple(problems))
    files[ARCHIVE_JSON] = kept_text(cache, inputs, lambda: _archive_json(archive, paths, problems))
    return SiteFiles(tuple(site_pages(archive, paths, site, cache)), home, dict(sorted(files.items())))


def _archive_json(archive: Archive, paths: SitePaths, problems: Sequence[Problem]) -> str:
    export = archive_json(archive, paths, list(problems))
    return json.dumps(export, ensure_ascii=False, allow_nan=False, separators=(",", ":")) + "\n"


def as_docs_folder(site: SiteFiles) -> dict[str, str | bytes]:
    """The same as one folder of files (pages as Markdown), for another generator."""
    folder: dict[str, str | bytes] = {page.path: page.as_markdown() for page in site.pages}
    if site.home is not None:
        folder[HOME] = site.home
    folder.update(site.files)
    return dict(sorted(folder.items()))
