"""Rendering one article: raw text in, HTML out."""

from __future__ import annotations

from bs4 import BeautifulSoup

from newsarchive.model import ArchivedArticle
from newsarchive.parse import parse_article
from newsarchive.render import PageExtras, render_article

RAW = (
    "Reuters | 21 Oct 2017\n\nA headline\n\nFirst paragraph, the lede.\n\nSecond paragraph with a *star*.\n\n"
    "Jane Roe/AFP\nA street in Homs, Syria, Oct. 20, 2017.\n"
)


def html_of(extras: PageExtras | None = None) -> BeautifulSoup:
    article = parse_article(RAW, "t.txt").article
    page = render_article(ArchivedArticle(article, "t"), extras=extras or PageExtras())
    return BeautifulSoup(page.body, "html.parser")


def test_raw_article_becomes_the_expected_page() -> None:
    soup = html_of()
    assert soup.h1.get_text() == "A headline¶"  # with its permalink
    assert [p["id"] for p in soup.select("p[id]")] == ["p-1", "p-2"]
    assert soup.select_one("#p-2").get_text().startswith("Second paragraph with a *star*.")
    figure = soup.select_one("figure#photo-1")
    assert figure.select_one(".archive-meta-photographer").get_text() == "Photographer: Jane Roe"
    assert figure.select_one(".archive-meta-place").get_text() == "Place: Homs, Syria"


def test_large_archives_index_only_the_lede() -> None:
    soup = html_of(PageExtras(search_full_text=False))
    assert not soup.select_one("#p-1").has_attr("data-search-exclude")
    assert soup.select_one("#p-2").has_attr("data-search-exclude")


def test_search_text_setting_switches_to_ledes_past_the_budget() -> None:
    from newsarchive.archive import build_archive
    from newsarchive.model import SeedFile, Settings
    from newsarchive.sitepages import search_full_text

    files = [SeedFile("t.txt", RAW.encode())]
    assert search_full_text(build_archive(files))
    assert not search_full_text(build_archive(files, Settings(search_budget_bytes=10)))
    assert search_full_text(build_archive(files, Settings(search_text="full", search_budget_bytes=10)))
