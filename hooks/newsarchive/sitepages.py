"""Every generated page of the site, framework-free: what both the hook and the export publish."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from .citations import citation_of
from .citebox import cite_box
from .contestedpages import article_notices, contested_pages, contested_view, entity_notices
from .credits import render_credits_page
from .entitymodel import EntityType
from .footnotes import story_blocks, xref_footnotes
from .indexes import entity_links, entity_pages
from .listings import (
    articles_by_year,
    photos_by_year,
    render_articles_index,
    render_photo_year_page,
    render_photos_index,
    render_year_page,
    year_of,
)
from .mappages import locator_maps, render_map_page
from .model import Archive, ArchivedArticle
from .notfound import render_not_found
from .outletpages import outlet_pages
from .page import RenderedPage
from .pagecache import SITE_SECTION, ArchiveDigests, PageKeeper, digests_of
from .paths import UNKNOWN_SITE, SiteInfo, SitePaths
from .render import PageExtras, render_article
from .timelinepages import timeline_pages
from .workcache import WorkCache, key_of
from .xrefpages import cross_reference_pages, fact_pages

SEARCH_BYTES_PER_CHARACTER = 1.3
"""Index bytes per character of paragraph text (JSON and HTML overhead), measured on the benchmark."""


def search_full_text(archive: Archive) -> bool:
    """Whether articles go into the offline search index whole (see ``Settings.search_text``)."""
    mode = archive.settings.search_text
    if mode != "auto":
        return mode == "full"
    characters = sum(len(p.text) for item in archive.articles for p in item.article.paragraphs)
    return characters * SEARCH_BYTES_PER_CHARACTER <= archive.settings.search_budget_bytes


def reader_sections(paths: SitePaths) -> list[tuple[str, str]]:
    """The archive's ways in, as the navigation of mkdocs.yml names them (the 404 page offers them)."""
    return [
        ("Articles", paths.articles_index()),
        ("Outlets", paths.outlets_index()),
        ("Timeline", paths.timeline_index()),
        ("Places", paths.entity_index(EntityType.PLACE)),
        ("Map", paths.map_page()),
        ("Actors", paths.entity_index(EntityType.ACTOR)),
        ("Photos", paths.photos_index()),
        ("Credits", paths.credits()),
        ("Cross-references", paths.cross_references_index()),
        ("Contested facts", paths.contested_index()),
    ]


def site_pages(
    archive: Archive, paths: SitePaths | None = None, site: SiteInfo = UNKNOWN_SITE, cache: WorkCache | None = None
) -> list[RenderedPage]:
    """Every generated page: articles, listings, indexes, cross-references; sorted by path.

    ``site``: the site's name and address, which the articles' citations name. ``cache``: pages
    an earlier build rendered from the same inputs are taken from it (``pagecache``)."""
    paths = paths or SitePaths.of(archive.settings)
    keeper = PageKeeper(cache)
    whole = key_of(SITE_SECTION, digests_of(archive).whole, paths, site) if cache is not None else ""
    kept = keeper.recall(whole)
    if kept is not None:
        return sorted(kept, key=lambda page: page.path)
    contested = contested_view(archive)
    pages = _article_pages(archive, paths, site, article_notices(contested, paths), keeper)
    entity_extras: dict[str, list[str]] = defaultdict(list)
    for entity_id, locator in locator_maps(archive, paths).items():
        entity_extras[entity_id].append(locator)
    for entity_id, notice in entity_notices(contested, paths).items():
        entity_extras[entity_id].append(notice)
    pages += entity_pages(archive, paths, entity_extras, keeper)
    pages += contested_pages(contested, paths)
    pages.append(render_credits_page(archive, paths))
    pages += cross_reference_pages(archive, paths)
    pages.append(render_articles_index(archive, paths))
    pages += [render_year_page(year, items, paths) for year, items in articles_by_year(archive).items()]
    pages.append(render_photos_index(archive, paths))
    pages += [render_photo_year_page(year, entries, paths) for year, entries in photos_by_year(archive).items()]
    pages += outlet_pages(archive, paths)
    pages += timeline_pages(archive, paths)
    pages.append(render_map_page(archive, paths))
    pages.append(render_not_found(paths, reader_sections(paths)))
    keeper.remember(whole, pages)
    return sorted(pages, key=lambda page: page.path)


def _article_pages(
    archive: Archive, paths: SitePaths, site: SiteInfo, notices: Mapping[str, str], keeper: PageKeeper
) -> list[RenderedPage]:
    """Each article's page, rendered from the article and what the later stages add to it
    (``notices``: the contested-facts notice of each article that has one)."""
    full_text = search_full_text(archive)
    links = entity_links(archive, paths)
    listed_at = fact_pages(archive, paths)
    notes = xref_footnotes(archive, paths, listed_at)
    stories = story_blocks(archive, paths, listed_at)
    articles = archive.articles  # newest first
    pages = []
    for index, item in enumerate(articles):
        extras = PageExtras(
            footnotes=notes.get(item.id, {}),
            story_sources=stories.get(item.id, ""),
            links=links.get(item.id, {}),
            newer=articles[index - 1] if index > 0 else None,
            older=articles[index + 1] if index + 1 < len(articles) else None,
            listing=paths.articles_year(year_of(item)),
            search_full_text=full_text,
            cite_box=cite_box(citation_of(item, paths, site), paths.article(item.id), paths),
            notices=(notices[item.id],) if item.id in notices else (),
        )
        pages += keeper.pages(
            lambda item=item, extras=extras: _article_inputs(digests_of(archive), item, extras, paths),
            lambda item=item, extras=extras: [render_article(item, paths, extras)],
        )
    return pages


def _article_inputs(digests: ArchiveDigests, item: ArchivedArticle, extras: PageExtras, paths: SitePaths) -> tuple:
    """What an article's page is rendered from, its neighbours by their digests."""
    return (
        "article",
        digests.article(item),
        replace(extras, newer=None, older=None),
        digests.article(extras.newer),
        digests.article(extras.older),
        paths,
    )
