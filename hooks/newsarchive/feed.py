"""``feed.xml``: an Atom feed (RFC 4287) of the articles newest to the archive.

Entries are ordered by the date they were archived, then by publication date: an old article
archived today is news to a subscriber. Every date comes from the lock or the articles, never
the clock, so the same archive gives the same feed. An entry's id is a ``urn:uuid`` made from
the archive's name and the article's first id, so it survives a rename, a new ``site_url`` and
a move of the whole site. Text is escaped by the XML library, after removing the characters XML
1.0 cannot hold at all (an editor's value may carry any character a YAML escape can write).
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET

from .markup import void
from .model import Archive, ArchivedArticle
from .page import description_of, human_date, title_of
from .paths import FEED_FILE, SiteInfo, SitePaths, relative_url

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml"
FEED_ENTRIES = 50
"""Articles in the feed: readers poll it, so it stays small whatever the archive's size."""
NO_DATE = "1970-01-01"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: control characters, lone surrogates and U+FFFE/U+FFFF removed."""
    return _NOT_XML.sub("", text)


def _stamp(iso_date: str) -> str:
    return f"{iso_date}T00:00:00Z"


def newest(archive: Archive, count: int = FEED_ENTRIES) -> list[ArchivedArticle]:
    """The articles newest to the archive: by date archived, then publication date, then id."""
    return sorted(
        archive.articles, key=lambda a: (a.archived or NO_DATE, a.article.date.value or NO_DATE, a.id), reverse=True
    )[:count]


def entry_id(site: SiteInfo, item: ArchivedArticle) -> str:
    first = item.former_ids[0] if item.former_ids else item.id
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"newsarchive:{site.name}/{first}"))


def _element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    child = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attributes.items()})
    if text is not None:
        child.text = xml_text(text)
    return child


def feed_xml(archive: Archive, paths: SitePaths, site: SiteInfo) -> str:
    """The feed as text (UTF-8 XML)."""
    entries = newest(archive)
    updated = max((_updated(item) for item in entries), default=NO_DATE)
    feed = ET.Element("feed", xmlns=ATOM)  # the Atom namespace as the default, without prefixes
    _element(feed, "id", "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"newsarchive:{site.name}")))
    _element(feed, "title", site.name)
    _element(feed, "subtitle", "The articles newest to the archive")
    _element(feed, "link", rel="self", type=ATOM_TYPE, href=site.address(FEED_FILE))
    _element(feed, "link", rel="alternate", type="text/html", href=site.url or "./")
    _element(feed, "updated", _stamp(updated))
    _element(_element(feed, "author"), "name", site.name)
    for item in entries:
        _entry(feed, item, paths, site)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _updated(item: ArchivedArticle) -> str:
    return item.archived or item.article.date.value or NO_DATE


def _entry(feed: ET.Element, item: ArchivedArticle, paths: SitePaths, site: SiteInfo) -> None:
    article = item.article
    entry = _element(feed, "entry")
    _element(entry, "id", entry_id(site, item))
    _element(entry, "title", title_of(article))
    _element(entry, "link", rel="alternate", type="text/html", href=site.address(paths.url(paths.article(item.id))))
    if item.original_url:
        _element(entry, "link", rel="via", href=item.original_url)
    if article.date.value:
        _element(entry, "published", _stamp(article.date.value))
    _element(entry, "updated", _stamp(_updated(item)))
    for name in article.authors:
        _element(_element(entry, "author"), "name", name)
    outlet = article.source.value
    if outlet:
        _element(entry, "category", term=outlet, label=outlet)
    published = ", ".join(([outlet] if outlet else []) + [human_date(article.date.value)])
    _element(entry, "summary", f"{published}. {description_of(article)}", type="text")


def feed_link(page_url: str, site: SiteInfo) -> str:
    """The ``<link rel="alternate">`` every page's head gets, relative to the page without a site_url."""
    href = site.address(FEED_FILE) if site.url else relative_url(FEED_FILE, page_url)
    return void("link", rel="alternate", type=ATOM_TYPE, title=f"{site.name}: newest articles", href=href)
