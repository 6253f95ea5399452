"""Every file the archive adds to a site, for the MkDocs hook and the export command alike.

One function decides what is published and where, so the two can never disagree (they once
did: the export wrote ``articles/<id>/`` URLs while the site used ``articles/<id>.html``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .export import archive_json, site_pages
from .listings import render_home_listing
from .model import Archive, Problem, SeedFile
from .paths import media_path, source_copy_path

HOME_PAGE = "index.md"
ARCHIVE_JSON = "archive.json"


def site_files(
    archive: Archive, seeds: Sequence[SeedFile], problems: Sequence[Problem], directory_urls: bool, home_text: str | None = None
) -> dict[str, str | bytes]:
    """Path in the docs tree -> content: Markdown pages (the home page when its hand-written
    text is given), the seeds' copies and photos (from the bytes already read, never re-read
    from disk), and ``archive.json``."""
    files: dict[str, str | bytes] = dict(site_pages(archive))
    if home_text is not None:
        files[HOME_PAGE] = home_text + render_home_listing(archive)
    data = {seed.path: seed.data for seed in seeds}
    for name in archive.raw_sources:
        files[source_copy_path(name)] = data[name]
    for name in archive.images:
        files[media_path(name)] = data[name]
    export = archive_json(archive, list(problems), directory_urls)
    files[ARCHIVE_JSON] = json.dumps(export, ensure_ascii=False, allow_nan=False, separators=(",", ":")) + "\n"
    return dict(sorted(files.items()))
