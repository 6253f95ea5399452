"""Redirect pages at old addresses: the reader arrives at the article, with the #anchor asked for."""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup

from newsarchive.model import Redirect, RedirectReason
from newsarchive.paths import SiteInfo, SitePaths
from newsarchive.redirects import redirect_file, redirect_page

MOVED = Redirect("2017-10-20-old", "2017-10-17-new", RedirectReason.RENAMED)
HOSTILE = '</title><script>alert(1)</script> & "quotes"'
FILES, UNKNOWN = SitePaths(), SiteInfo()


def page(paths: SitePaths = FILES, site: SiteInfo = UNKNOWN, title: str = HOSTILE) -> BeautifulSoup:
    return BeautifulSoup(redirect_page(MOVED, title, paths, site), "html.parser")


def test_the_old_address_is_a_page_beside_the_new_one() -> None:
    assert redirect_file(SitePaths(), "2017-10-20-old") == "articles/2017-10-20-old.html"
    assert redirect_file(SitePaths(directory_urls=True), "2017-10-20-old") == "articles/2017-10-20-old/index.html"


def test_script_refresh_and_link_all_lead_to_the_new_address() -> None:
    soup = page()
    (script,) = soup.select("script")
    target = json.loads(re.fullmatch(r"location\.replace\((.*) \+ location\.hash\);", script.string).group(1))
    assert target == "2017-10-17-new.html"
    assert soup.select_one('meta[http-equiv="refresh"]')["content"] == "0; url=2017-10-17-new.html"
    assert soup.select_one("body a")["href"] == "2017-10-17-new.html"
    assert soup.select_one('link[rel="canonical"]')["href"] == "2017-10-17-new.html"


def test_with_directory_urls_the_links_are_folders() -> None:
    soup = page(SitePaths(directory_urls=True))
    assert soup.select_one("body a")["href"] == "../2017-10-17-new/"


def test_the_canonical_address_is_absolute_when_the_site_url_is_known() -> None:
    soup = page(site=SiteInfo.of("Archive", "https://reader.github.io/news-archive"))
    assert soup.select_one('link[rel="canonical"]')["href"] == (
        "https://reader.github.io/news-archive/articles/2017-10-17-new.html"
    )


def test_a_hostile_title_stays_text() -> None:
    soup = page()
    assert len(soup.select("script")) == 1
    assert soup.title.get_text() == f"Moved: {HOSTILE}"
    assert soup.select_one("body a").get_text() == HOSTILE
