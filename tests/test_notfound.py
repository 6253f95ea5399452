"""The page for addresses the site does not have."""

from __future__ import annotations

from bs4 import BeautifulSoup

from newsarchive.notfound import render_not_found, root_base_script
from newsarchive.paths import SitePaths


def test_its_links_start_from_the_root_where_the_page_is() -> None:
    for paths, home in ((SitePaths(), "index.html"), (SitePaths(directory_urls=True), "./")):
        page = render_not_found(paths, [("Articles", "articles/index.md"), ("Places", "places/index.md")])
        soup = BeautifulSoup(page.body, "html.parser")
        assert soup.find("a", string="the home page")["href"] == home
        assert [a["href"] for a in soup.select("nav a")] == (
            ["articles/index.html", "places/index.html"] if home == "index.html" else ["articles/", "places/"]
        )
        assert page.path == "404.md" and not page.in_search
        assert soup.h1.find("a") is None  # a "#" link would leave the page on a server


def test_the_root_script_keeps_the_address_inside_its_string() -> None:
    script = root_base_script('/a"</script><b>/')
    assert script.count("</script>") == 1
    assert 'var root = "/a\\"\\u003c/script>\\u003cb>/";' in script
    assert 'var root = "/archive/";' in root_base_script("/archive")
