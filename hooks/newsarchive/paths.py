"""Where everything goes in the site, and the links between pages: all from the settings.

Pages are named by their path in the docs tree (``articles/<id>.md``), as MkDocs names files;
``url`` is where MkDocs publishes one (``articles/<id>.html``, or ``articles/<id>/`` with
directory URLs) and ``href`` the relative link from one page to another, computed between the
two pages' URLs, so a page works at any depth, on any host and from disk.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, fields
from functools import lru_cache
from urllib.parse import quote

from .entitymodel import Entity, EntityType
from .model import Settings

SOURCE_COPY_SUFFIX = ".txt"
HOME = "index.md"
NOT_FOUND = "404.md"
FEED_FILE = "feed.xml"
"""The Atom feed of the newest articles, at the site's root."""
CITATION_FORMATS = {"bibtex": ".bib", "ris": ".ris", "csl-json": ".csl.json"}
"""Citation formats and their files' extensions."""


@dataclass(frozen=True)
class SiteInfo:
    """What MkDocs' config says of the site itself: its name and its public address."""

    name: str = "News archive"
    """``site_name``: the archive's title in citations and in the feed."""
    url: str = ""
    """``site_url``, ending in ``/``; empty when unknown (addresses are then site-relative)."""

    @staticmethod
    def of(name: str | None, url: str | None) -> "SiteInfo":
        url = (url or "").strip()
        return SiteInfo(name or SiteInfo.name, url if not url or url.endswith("/") else url + "/")

    def address(self, url: str) -> str:
        """A site-relative URL as readers should cite it: absolute when the site's address is known."""
        return self.url + url


UNKNOWN_SITE = SiteInfo()


@dataclass(frozen=True)
class SitePaths:
    """Every generated path, from the settings (``extra.archive`` in mkdocs.yml)."""

    articles_dir: str = "articles"
    places_dir: str = "places"
    actors_dir: str = "actors"
    photos_dir: str = "photos"
    credits_dir: str = "credits"
    cross_references_dir: str = "cross-references"
    outlets_dir: str = "outlets"
    timeline_dir: str = "timeline"
    map_dir: str = "map"
    contested_dir: str = "contested"
    sources_dir: str = "sources"
    media_dir: str = "media"
    citations_dir: str = "citations"
    directory_urls: bool = False
    """MkDocs' ``use_directory_urls``: ``a/b/`` instead of ``a/b.html``."""

    @staticmethod
    def of(settings: Settings, directory_urls: bool = False) -> "SitePaths":
        """The paths the settings name: every folder field here is read from the setting of its name."""
        folders = {f.name: getattr(settings, f.name) for f in fields(SitePaths) if f.name.endswith("_dir")}
        return SitePaths(**folders, directory_urls=directory_urls)

    # --- pages ---------------------------------------------------------------------------------

    def article(self, article_id: str) -> str:
        return f"{self.articles_dir}/{article_id}.md"

    def articles_index(self) -> str:
        return f"{self.articles_dir}/index.md"

    def articles_year(self, year: str) -> str:
        return f"{self.articles_dir}/{year}.md"

    def entity_folder(self, entity_type: EntityType) -> str:
        return self.places_dir if entity_type is EntityType.PLACE else self.actors_dir

    def entity(self, entity: Entity) -> str:
        return f"{self.entity_folder(entity.type)}/{entity.id}.md"

    def entity_index(self, entity_type: EntityType) -> str:
        return f"{self.entity_folder(entity_type)}/index.md"

    def photos_index(self) -> str:
        return f"{self.photos_dir}/index.md"

    def photos_year(self, year: str) -> str:
        return f"{self.photos_dir}/{year}.md"

    def credits(self) -> str:
        return f"{self.credits_dir}/index.md"

    def cross_references_index(self) -> str:
        return f"{self.cross_references_dir}/index.md"

    def cross_references_year(self, year: str) -> str:
        return f"{self.cross_references_dir}/{year}.md"

    def outlets_index(self) -> str:
        return f"{self.outlets_dir}/index.md"

    def outlet(self, key: str, number: int = 1) -> str:
        """An outlet's page; its further pages of articles go in a folder of its own."""
        return f"{self.outlets_dir}/{key}.md" if number == 1 else f"{self.outlets_dir}/{key}/page-{number}.md"

    def timeline_index(self) -> str:
        return f"{self.timeline_dir}/index.md"

    def timeline_month(self, month: str) -> str:
        """``2017-10`` -> the page of that month's days."""
        return f"{self.timeline_dir}/{month}.md"

    def map_page(self) -> str:
        return f"{self.map_dir}/index.md"

    def world_outline(self) -> str:
        """The world's outline as an SVG file, drawn once and shown by every map."""
        return f"{self.map_dir}/world.svg"

    def contested_index(self) -> str:
        return f"{self.contested_dir}/index.md"

    def contested_year(self, year: str) -> str:
        return f"{self.contested_dir}/{year}.md"

    def not_found(self) -> str:
        """The page a server shows for an address that is not in the site."""
        return NOT_FOUND

    # --- files ---------------------------------------------------------------------------------

    def source_copy(self, source_file: str) -> str:
        """The published copy of a seed: always a ``.txt`` file, served as plain text.

        A seed named ``x.md`` published under its own name would be a documentation page for
        MkDocs: its HTML would run and its front matter could choose a template."""
        name = source_file if source_file.lower().endswith(SOURCE_COPY_SUFFIX) else source_file + SOURCE_COPY_SUFFIX
        return f"{self.sources_dir}/{name}"

    def citation(self, stem: str, format_name: str) -> str:
        """A citation file: ``citations/<article id>.bib`` (``.ris``, ``.csl.json``), or the whole
        archive's (``citations/all.bib``)."""
        return f"{self.citations_dir}/{stem}{CITATION_FORMATS[format_name]}"

    def media(self, image: str) -> str:
        """A photo beside a seed keeps its sub-folder: namesakes in two folders never overwrite each other."""
        return f"{self.media_dir}/{image}"

    # --- addresses -----------------------------------------------------------------------------

    def url(self, path: str) -> str:
        """Site-relative URL of a docs path, as MkDocs publishes it (files keep their path)."""
        if not path.endswith(".md"):
            return path
        stem = path[: -len(".md")]
        if not self.directory_urls:
            return f"{stem}.html"
        if stem == "index":
            return ""
        return stem[: -len("index")] if stem.endswith("/index") else f"{stem}/"

    def href(self, from_page: str, to_path: str, anchor: str | None = None) -> str:
        """The relative link from one page to a page or file (URL-quoted), with an optional fragment."""
        fragment = f"#{anchor}" if anchor else ""
        if to_path == from_page:
            return fragment or "#"
        return quote(relative_url(self.url(to_path), self.url(from_page))) + fragment


def relative_url(target: str, page: str) -> str:
    """``target`` relative to the page at ``page`` (both site-relative; a ``/`` ending is a folder)."""
    base = page if page.endswith("/") or not page else posixpath.dirname(page)
    if target and not target.endswith("/"):
        # A file: the way between two folders, worked out once per pair (pages link to thousands
        # of files in a handful of folders), then the file's name.
        folder, name = posixpath.split(target)
        return _folder_prefix(folder, base) + name
    relative = posixpath.relpath("/" + target, "/" + base)
    if target.endswith("/") or not target:
        relative = "./" if relative == "." else relative + "/"
    return relative


@lru_cache(maxsize=4096)
def _folder_prefix(folder: str, base: str) -> str:
    """The relative way from folder ``base`` to ``folder``, ending in ``/`` (empty when the same)."""
    relative = posixpath.relpath("/" + folder, "/" + base)
    return "" if relative == "." else relative + "/"
