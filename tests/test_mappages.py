"""The map of places and the locator maps of place pages."""

from __future__ import annotations

from bs4 import BeautifulSoup

from newsarchive.archive import build_archive
from newsarchive.mappages import locator_maps, render_map_page
from newsarchive.model import Archive, SeedFile
from newsarchive.paths import SitePaths

SEED = (
    "date 2017-10-20 Fighting in Raqqa ended on Friday, and Raqqa was declared free.\n\n"
    "Officials in Damascus and in Raqqa said aid would reach Syria soon, and the Euphrates River rose.\n"
)


def archive() -> Archive:
    return build_archive([SeedFile("a.txt", SEED.encode())])


def test_each_place_with_coordinates_is_a_link_on_the_map_sized_by_mentions() -> None:
    page = render_map_page(archive(), SitePaths())
    assert page.path == "map/index.md"
    soup = BeautifulSoup(page.body, "html.parser")
    svg = soup.select_one("svg.archive-map")
    assert svg.image["href"] == "world.svg"
    links = {a["href"]: a for a in svg.select("a")}
    assert "../places/raqqa.html" in links and "../places/damascus.html" in links
    raqqa, damascus = links["../places/raqqa.html"], links["../places/damascus.html"]
    assert raqqa["aria-label"] == "Raqqa: 3 mentions"
    assert float(raqqa.circle["r"]) > float(damascus.circle["r"])
    # The same places in a sortable table, so none is reached only by pointing at a dot.
    rows = soup.select("table#mapped-places tbody tr")
    assert [row.a.get_text() for row in rows][0] == "Raqqa" and len(rows) == len(links)
    assert soup.select_one("table#mapped-places").has_attr("data-sortable")


def test_places_without_coordinates_are_listed_under_the_map() -> None:
    soup = BeautifulSoup(render_map_page(archive(), SitePaths()).body, "html.parser")
    unmapped = soup.find(id="places-without-coordinates").find_next("p")
    assert "Euphrates River" in unmapped.get_text()


def test_a_place_page_gets_a_locator_map_centred_on_it() -> None:
    maps = locator_maps(archive(), SitePaths())
    assert "raqqa" in maps and "euphrates-river" not in maps
    figure = BeautifulSoup(maps["raqqa"], "html.parser")
    # The HTML parser lowers attribute names.
    west, north, width, height = (float(v) for v in figure.svg["viewbox"].split())
    assert abs(west + width / 2 - 390) < 1 and abs(north + height / 2 + 359.5) < 1
    assert figure.image["href"] == "../map/world.svg"
    assert figure.figcaption.a["href"] == "../map/index.html"


def test_an_archive_without_places_has_an_empty_map_page() -> None:
    page = render_map_page(build_archive([SeedFile("a.txt", b"date 2017-10-20 The vote was held.\n")]), SitePaths())
    assert "<svg" not in page.body and "No place in the archive has coordinates yet." in page.body
