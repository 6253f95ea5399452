"""Search entries kept by page: Material's search plugin parses every page's HTML again on every
build (about a third of a warm build's time at 1,000 articles). A page's entries are a function
of what the plugin reads of it (its URL, title, metadata, table of contents and content) and of
the plugin's settings, so they are kept under a digest of those, in memory across `mkdocs serve`
rebuilds and on disk across processes, and a page whose digest is known is not parsed again.

Glue, like ``archive_hooks``: it wraps the one method of the plugin's index that indexes a page
(``SearchIndex.add_entry_from_context``), and nothing else of the plugin changes: the index
keeps its order, so the search index is byte-identical to one built without the cache.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from newsarchive.codec import CodecError
from newsarchive.workcache import MISSING, WorkCache, key_of

SECTION = "search-entries"
SEARCH_CACHE = ".cache/archive-search"
"""Where the entries are kept on disk, apart from the core's work cache: they are stored at the
end of a build, when the pages have been indexed, and depend on Material's version, not the core's."""
ENTRY_VALUES = (str, int, float, bool)
INDEXED_SETTINGS = ("lang", "separator", "pipeline", "fields", "jieba_dict", "jieba_dict_user")
"""The plugin's settings (``SearchIndex.config``) that could change what it makes of a page."""


def cache_version() -> str:
    """Material's and MkDocs' versions: a new version of either may index pages differently."""
    return key_of(SECTION, metadata.version("mkdocs-material"), metadata.version("mkdocs"))[:24]


class _EntriesCodec:
    """A page's entries: a tuple of dicts of plain values (lists of tags), checked when read."""

    def encode(self, value: tuple[dict[str, Any], ...]) -> Any:
        return value

    def decode(self, plain: Any) -> tuple[dict[str, Any], ...]:
        if type(plain) is not tuple or not all(_is_entry(entry) for entry in plain):
            raise CodecError("not search entries")
        return plain


def _is_entry(entry: Any) -> bool:
    return type(entry) is dict and all(
        type(name) is str
        and (type(value) in ENTRY_VALUES or (type(value) is list and all(type(tag) is str for tag in value)))
        for name, value in entry.items()
    )


ENTRIES_CODEC = _EntriesCodec()


def toc_outline(items: Iterable[AnchorLink]) -> tuple:
    """What the plugin reads of a table of contents (ids, titles, URLs), nested."""
    return tuple((item.id, item.title, item.url, item.level, toc_outline(item.children)) for item in items)


def page_key(page: Page, settings: dict[str, Any]) -> str:
    """A digest of everything the plugin's indexing reads of ``page``, and of its settings."""
    content = hashlib.sha256((page.content or "").encode("utf-8", "surrogatepass")).hexdigest()
    wanted = tuple((name, repr(settings.get(name))) for name in INDEXED_SETTINGS)
    return key_of(SECTION, wanted, page.url, page.title, repr(page.meta), toc_outline(page.toc), content)


def copied(entries: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fresh dicts (and tag lists): the plugin's index may change the entries it holds."""
    return [{name: list(value) if type(value) is list else value for name, value in entry.items()} for entry in entries]


def keep_entries(index: Any, cache: WorkCache) -> None:
    """Make ``index`` (the plugin's ``SearchIndex`` of this build) take a page's entries from
    ``cache`` when it indexed the same page before, and keep the entries of every page it parses."""
    parse: Callable[[Page], None] = index.add_entry_from_context
    settings = dict(getattr(index, "config", {}) or {})

    def add_entry_from_context(page: Page) -> None:
        key = page_key(page, settings)
        kept = cache.get(SECTION, key, ENTRIES_CODEC)
        if kept is not MISSING:
            index.entries.extend(copied(kept))
            return
        start = len(index.entries)
        parse(page)
        entries = index.entries[start:]
        if all(_is_entry(entry) for entry in entries):
            cache.put(SECTION, key, ENTRIES_CODEC, tuple(copied(entries)))

    index.add_entry_from_context = add_entry_from_context


def search_cache(project: Path) -> WorkCache:
    return WorkCache(project / SEARCH_CACHE, cache_version())
