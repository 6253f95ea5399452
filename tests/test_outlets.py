"""Outlets: one key per outlet, the index of outlets and each outlet's pages."""

from __future__ import annotations

from dataclasses import replace

import pytest
from bs4 import BeautifulSoup

from newsarchive import outletpages
from newsarchive.archive import build_archive
from newsarchive.model import ArchivedArticle, Field, SeedFile
from newsarchive.outletpages import outlet_pages
from newsarchive.outlets import UNNAMED, outlet_key, outlets_of, source_label
from newsarchive.parse import parse_article
from newsarchive.paths import SitePaths


def item(source: str | None, title: str = "A headline") -> ArchivedArticle:
    article = parse_article("Reuters | 21 Oct 2017\n\nA headline\n\nText of the story, long enough.\n", "t.txt").article
    article = replace(article, source=Field(source, source), title=Field(title, title))
    return ArchivedArticle(article, "t")


@pytest.mark.parametrize(
    ("source", "key"),
    [("ABC News", "abc-news"), ("ABC news", "abc-news"), (None, UNNAMED), ("Index", "index-outlet")],
)
def test_one_key_per_outlet(source: str | None, key: str) -> None:
    assert outlet_key(item(source)) == key


def test_an_article_without_an_outlet_is_named_by_its_title() -> None:
    assert source_label(item(None, "Drone footage of Raqqa")) == "“Drone footage of Raqqa”"
    assert source_label(item("CNN")) == "CNN"


SEEDS = {
    "a.txt": "CNN | 21 Oct 2017\n\nFirst headline\n\nText of the first story, long enough to read.\n",
    "b.txt": "CNN | 2 Nov 2018\n\nSecond headline\n\nText of the second story, long enough to read.\n",
    "c.txt": "date 2016-05-04 Text of a story pasted without its outlet, long enough to read.\n",
}


def archive():
    return build_archive([SeedFile(name, text.encode()) for name, text in SEEDS.items()])


def test_outlets_by_name_with_the_unnamed_last() -> None:
    assert [(o.key, o.name, len(o.articles)) for o in outlets_of(archive())] == [
        ("cnn", "CNN", 2),
        (UNNAMED, "Outlet not named", 1),
    ]


def test_the_index_lists_each_outlet_with_its_span() -> None:
    pages = {page.path: page for page in outlet_pages(archive(), SitePaths())}
    table = BeautifulSoup(pages["outlets/index.md"].body, "html.parser").select_one("table[data-sortable]")
    first = [td.get_text() for td in table.select("tbody tr")[0].select("td")]
    assert first[:4] == ["CNN", "2", "21 October 2017", "2 November 2018"]
    assert table.select_one("tbody tr a")["href"] == "cnn.html"


def test_an_outlet_page_lists_its_articles_by_year() -> None:
    pages = {page.path: page for page in outlet_pages(archive(), SitePaths())}
    soup = BeautifulSoup(pages["outlets/cnn.md"].body, "html.parser")
    assert [s.h2.get_text().removesuffix("¶") for s in soup.select("section[data-filter-group]")] == ["2018", "2017"]
    assert soup.select_one(".archive-kicker").get_text() == "2 articles · 21 October 2017 – 2 November 2018"
    unnamed = BeautifulSoup(pages[f"outlets/{UNNAMED}.md"].body, "html.parser")
    assert unnamed.select_one(".archive-kicker").get_text() == "1 article · 4 May 2016"


def test_a_big_outlet_is_split_into_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outletpages, "ARTICLES_PER_PAGE", 1)
    paths = {page.path for page in outlet_pages(archive(), SitePaths())}
    assert {"outlets/cnn.md", "outlets/cnn/page-2.md"} <= paths
