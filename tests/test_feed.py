"""The Atom feed, read back by feedparser as a feed reader would."""

from __future__ import annotations

from dataclasses import replace

import feedparser
from bs4 import BeautifulSoup

from conftest import seed_files
from newsarchive.archive import build_archive
from newsarchive.feed import FEED_ENTRIES, feed_link, feed_xml, newest
from newsarchive.model import Field, SeedFile
from newsarchive.paths import SiteInfo, SitePaths

SITE = SiteInfo.of("Annotated News Archive", "https://reader.github.io/news-archive/")
UNKNOWN = SiteInfo.of("Annotated News Archive", "")


def parsed(xml: str, base: str = "https://reader.github.io/news-archive/feed.xml") -> feedparser.FeedParserDict:
    feed = feedparser.parse(
        xml.encode("utf-8"), response_headers={"content-location": base, "content-type": "application/atom+xml"}
    )
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_the_seeds_feed_is_valid_atom_with_absolute_links() -> None:
    archive = build_archive(seed_files())
    feed = parsed(feed_xml(archive, SitePaths(), SITE))
    assert feed.feed.title == "Annotated News Archive" and feed.feed.updated == "2026-11-23T00:00:00Z"
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [
        "https://reader.github.io/news-archive/feed.xml"
    ]
    assert [e.title for e in feed.entries] == [
        title_of for title_of in (i.article.title.value for i in newest(archive))
    ]
    first = feed.entries[0]
    assert first.link == (
        "https://reader.github.io/news-archive/articles/"
        "2017-10-20-drone-footage-captures-apocalyptic-aftermath-of-isis-in-raqqa.html"
    )
    assert first.published == "2017-10-20T00:00:00Z" and first.updated == "2026-11-23T00:00:00Z"
    assert first.summary.startswith("ABC News, 20 October 2017. Though victory")
    assert first.id.startswith("urn:uuid:") and len({e.id for e in feed.entries}) == 2


def test_without_a_site_url_links_are_relative_to_the_feed() -> None:
    feed = parsed(feed_xml(build_archive(seed_files()), SitePaths(), UNKNOWN), "http://127.0.0.1:8000/feed.xml")
    assert feed.entries[0].link.startswith("http://127.0.0.1:8000/articles/2017-10-20-drone")


def test_hostile_text_stays_text_and_the_feed_stays_xml() -> None:
    title = 'Storm ]]> <script>alert(1)</script> & "quotes" \x01\x0b\ufffe end'
    archive = build_archive(seed_files())
    item = archive.articles[0]
    hostile = replace(item, article=replace(item.article, title=Field(title, title), authors=("A <b>name</b>",)))
    feed = parsed(feed_xml(replace(archive, articles=(hostile,)), SitePaths(), SITE))
    assert feed.entries[0].title == 'Storm ]]> <script>alert(1)</script> & "quotes"  end'
    assert feed.entries[0].author == "A <b>name</b>"


def test_an_entry_keeps_its_id_when_the_article_is_renamed() -> None:
    archive = build_archive(seed_files())
    item = archive.articles[0]
    renamed = replace(item, id="2017-10-20-renamed", former_ids=(item.id,))
    ids = [parsed(feed_xml(replace(archive, articles=(a,)), SitePaths(), SITE)).entries[0].id for a in (item, renamed)]
    assert ids[0] == ids[1]


def test_the_newest_archived_come_first_and_the_feed_stays_small() -> None:
    files = [
        SeedFile(f"{n:03}.txt", f"Story {n}\nDaily Post March 3, 2019\n\nBody of story number {n} here.\n".encode())
        for n in range(FEED_ENTRIES + 5)
    ]
    archive = build_archive(files, today="2026-11-23")
    old = replace(archive.articles[-1], archived="2026-01-01")
    archive = replace(archive, articles=(old, *archive.articles[:-1]))
    entries = parsed(feed_xml(archive, SitePaths(), SITE)).entries
    assert len(entries) == FEED_ENTRIES and old.article.title.value not in [e.title for e in entries]


def test_every_page_links_the_feed_relative_to_itself() -> None:
    def href(page_url: str, site: SiteInfo) -> str:
        return BeautifulSoup(feed_link(page_url, site), "html.parser").link["href"]

    assert href("index.html", UNKNOWN) == "feed.xml"
    assert href("articles/2017-x.html", UNKNOWN) == "../feed.xml"
    assert href("places/raqqa/", UNKNOWN) == "../../feed.xml"
    assert href("articles/2017-x.html", SITE) == "https://reader.github.io/news-archive/feed.xml"
