"""schema.org JSON-LD of an article page: a NewsArticle with its authors and photos."""

from __future__ import annotations

from urllib.parse import quote

from .model import ArchivedArticle, Article
from .page import description_of
from .paths import SitePaths
from .photometa import photo_jsonld


def article_jsonld(item: ArchivedArticle, paths: SitePaths, page_url: str, site_root: str) -> dict:
    """schema.org NewsArticle with one ImageObject per photo (IPTC fields mapped in ``photometa``).

    ``page_url`` and ``site_root`` are absolute where the site's address is known, else
    relative to the page itself, so the identifiers resolve from any host or from disk."""
    article = item.article
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": page_url,
        "headline": article.title.value,
        "description": description_of(article),
        "wordCount": article.words,
        "isBasedOn": site_root + quote(paths.source_copy(article.source_file)),
    }
    if article.date.value:
        data["datePublished"] = article.date.value
    if article.source.value:
        data["publisher"] = {"@type": "Organization", "name": article.source.value}
    authors = _jsonld_authors(article)
    if authors:
        data["author"] = authors
    images = [photo_jsonld(photo, f"{page_url}#{photo.anchor}") for photo in article.photos]
    if images:
        data["image"] = images
    return data


def _jsonld_authors(article: Article) -> list[dict[str, str]]:
    """The people the byline names, each a Person; an agency or a staff line is an Organization.
    An editor's byline stands as written."""
    byline = article.byline.value
    if not byline:
        return []
    if article.byline.edited or not article.authors:
        kind = "Person" if article.byline.edited or article.authors else "Organization"
        return [{"@type": kind, "name": byline}]
    return [
        {"@type": "Organization" if name == article.agency.value else "Person", "name": name}
        for name in article.authors
    ]
