"""Where things go in the site: every generated page, copy and asset path comes from here.

Paths are relative to the docs root, with ``/`` separators, as MkDocs names its files.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote

SOURCES_DIR = "sources"
MEDIA_DIR = "media"
SOURCE_COPY_SUFFIX = ".txt"


def source_copy_path(source_file: str) -> str:
    """The published copy of a seed: always a ``.txt`` file, served as plain text.

    A seed named ``x.md`` published under its own name would be a documentation page for MkDocs:
    its HTML would run and its front matter could choose a template."""
    name = source_file if source_file.lower().endswith(SOURCE_COPY_SUFFIX) else source_file + SOURCE_COPY_SUFFIX
    return f"{SOURCES_DIR}/{name}"


def media_path(image: str) -> str:
    """A photo beside a seed keeps its sub-folder: namesakes in two folders never overwrite each other."""
    return f"{MEDIA_DIR}/{image}"


def link(from_page: str, to_path: str, anchor: str | None = None) -> str:
    """A relative link from one docs path to another (URL-quoted), with an optional fragment."""
    relative = posixpath.relpath(to_path, posixpath.dirname(from_page) or ".")
    return quote(relative) + (f"#{anchor}" if anchor else "")
