"""Rendered pages kept in the work cache (``workcache``), each by a digest of what it is rendered
from, so a build renders only the pages whose inputs changed.

An article's page is rendered from the article and its extras (footnotes, links, neighbours,
citation); an entity's pages from the entity, the articles it lists, the entries it is named
with and the photos showing it. Every other page (listings, indexes, the timeline, the
cross-reference pages) reads the archive as a whole: those are kept together, by a digest of
the whole archive, with the keys of the article and entity pages of that archive, so a build of
an unchanged archive renders nothing and need not even work out the pages' extras.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any

from .codec import CodecError, Decoder
from .model import Archive, ArchivedArticle
from .page import Heading, RenderedPage
from .workcache import MISSING, WorkCache, key_of

PAGES_SECTION = "pages"
"""Article and entity pages, by their inputs' digest."""
SITE_SECTION = "site-pages"
"""Per whole archive: the keys of its article and entity pages, and its other pages."""
_PAGES = Decoder((RenderedPage, Heading))


class _PagesCodec:
    """A tuple of rendered pages, checked when read."""

    def encode(self, value: tuple[RenderedPage, ...]) -> Any:
        return _PAGES.encode(value)

    def decode(self, plain: Any) -> tuple[RenderedPage, ...]:
        pages = _PAGES.decode(plain)
        if type(pages) is not tuple or not all(type(page) is RenderedPage for page in pages):
            raise CodecError("not rendered pages")
        return pages


class _SiteCodec:
    """(keys of page entries, the other pages)."""

    def encode(self, value: tuple[tuple[str, ...], tuple[RenderedPage, ...]]) -> Any:
        keys, pages = value
        return keys, _PAGES.encode(pages)

    def decode(self, plain: Any) -> tuple[tuple[str, ...], tuple[RenderedPage, ...]]:
        if type(plain) is not tuple or len(plain) != 2 or type(plain[0]) is not tuple:
            raise CodecError("not a site's pages")
        keys, pages = plain[0], PAGES_CODEC.decode(plain[1])
        if not all(type(key) is str for key in keys):
            raise CodecError("not page keys")
        return keys, pages


class _TextCodec:
    def encode(self, value: str) -> str:
        return value

    def decode(self, plain: Any) -> str:
        if type(plain) is not str:
            raise CodecError("not text")
        return plain


PAGES_CODEC = _PagesCodec()
SITE_CODEC = _SiteCodec()
TEXT_CODEC = _TextCodec()
TEXT_SECTION = "texts"
"""Whole-archive files (``archive.json``) by their inputs' digest."""


def kept_text(cache: WorkCache | None, inputs: Sequence[object], make: Callable[[], str]) -> str:
    """The text ``make`` gives, kept by a digest of ``inputs`` (everything it is made from)."""
    if cache is None:
        return make()
    return cache.fetch(TEXT_SECTION, key_of(TEXT_SECTION, *inputs), TEXT_CODEC, make)


class ArchiveDigests:
    """Digests of an archive's articles, of its entries, and of the whole archive (every field of
    it, the articles and entries by their digests), each taken once."""

    def __init__(self, archive: Archive) -> None:
        articles = [key_of(item) for item in archive.articles]
        entities = [key_of(entity) for entity in archive.entities]
        self.articles = dict(zip((item.id for item in archive.articles), articles, strict=True))
        self.entities = dict(zip((entity.id for entity in archive.entities), entities, strict=True))
        whole: list[object] = []
        for field in fields(archive):
            if field.name == "articles":
                whole.append(tuple(articles))
            elif field.name == "entities":
                whole.append(tuple(entities))
            else:
                whole.append((field.name, getattr(archive, field.name)))
        self.whole = key_of(*whole)

    def article(self, item: ArchivedArticle | None) -> str | None:
        return None if item is None else self.articles[item.id]


_last_digests: list[tuple[Archive, ArchiveDigests]] = []
"""The last archive digested and its digests (a build asks for them more than once)."""


def digests_of(archive: Archive) -> ArchiveDigests:
    if not _last_digests or _last_digests[0][0] is not archive:
        _last_digests[:] = [(archive, ArchiveDigests(archive))]
    return _last_digests[0][1]


class PageKeeper:
    """Renders pages through the work cache (or, without one, simply renders them)."""

    def __init__(self, cache: WorkCache | None) -> None:
        self.cache = cache
        self.keys: list[str] = []
        """Keys of the page entries this build used, in order."""
        self._kept_paths: set[str] = set()
        """Paths of the pages those entries hold."""

    def pages(
        self, inputs: Callable[[], Sequence[object]], render: Callable[[], Sequence[RenderedPage]]
    ) -> list[RenderedPage]:
        """The pages ``render`` gives, kept by a digest of what ``inputs`` gives: everything they
        are rendered from (values with a stable ``repr``, such as frozen dataclasses, or digests)."""
        if self.cache is None:
            return list(render())
        key = key_of(PAGES_SECTION, *inputs())
        self.keys.append(key)
        pages = self.cache.fetch(PAGES_SECTION, key, PAGES_CODEC, lambda: tuple(render()))
        self._kept_paths.update(page.path for page in pages)
        return list(pages)

    def recall(self, whole: str) -> list[RenderedPage] | None:
        """Every page of the archive whose digest is ``whole``, when an earlier build kept them."""
        if self.cache is None:
            return None
        kept = self.cache.get(SITE_SECTION, whole, SITE_CODEC)
        if kept is MISSING:
            return None
        keys, others = kept
        pages = list(others)
        for key in keys:
            found = self.cache.get(PAGES_SECTION, key, PAGES_CODEC)
            if found is MISSING:
                return None
            pages += found
        return pages

    def remember(self, whole: str, pages: Sequence[RenderedPage]) -> None:
        """Keep every page of the archive whose digest is ``whole``: the keys of those rendered
        through ``pages``, and the others whole."""
        if self.cache is not None:
            others = tuple(page for page in pages if page.path not in self._kept_paths)
            self.cache.put(SITE_SECTION, whole, SITE_CODEC, (tuple(self.keys), others))
