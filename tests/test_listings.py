"""Listings: articles by year, the photo tables and the entity indexes, with what their filters read."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from newsarchive.archive import build_archive
from newsarchive.entitymodel import EntityType
from newsarchive.indexes import kind_label, render_entity_index
from newsarchive.listings import articles_by_year, photos_by_year, render_photo_year_page, render_year_page
from newsarchive.model import SeedFile
from newsarchive.page import plural
from newsarchive.paths import SitePaths

SEEDS = {
    "a.txt": "Reuters | 21 Oct 2017\n\nFighting in Homs\n\n"
    "Clashes went on in Homs, Syria, on Friday, residents said.\n\n"
    "Jane Roe/AP\nA street in Homs, Syria, Oct. 20, 2017.\n",
    "b.txt": "CNN | 2 Nov 2017\n\nA market reopens\n\n"
    "Traders in Aleppo opened the old market again, officials said.\n\n"
    "John Doe/Associated Press\nA market in Aleppo, Syria, Nov. 1, 2017.\n",
    "c.txt": "CNN | 3 Nov 2017\n\nA road is cleared\n\nEngineers cleared the road to Aleppo of mines, the army said.\n",
}


def archive():
    return build_archive([SeedFile(name, text.encode()) for name, text in SEEDS.items()])


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_a_year_page_filters_its_articles_by_outlet_and_date() -> None:
    built = archive()
    page = soup_of(render_year_page("2017", articles_by_year(built)["2017"], SitePaths()).body)
    form = page.select_one("form.archive-filter")
    assert form["data-filter-for"] == "year-articles"
    assert [o.get_text() for o in form.select("select[name=outlet] option")] == ["all", "CNN (2)", "Reuters (1)"]
    assert {i["name"]: i["min"] for i in form.select("input[type=date]")} == {"from": "2017-10-21", "to": "2017-10-21"}
    items = page.select("#year-articles li[data-filter-item]")
    assert [(i["data-outlet"], i["data-date"]) for i in items] == [
        ("cnn", "2017-11-03"),
        ("cnn", "2017-11-02"),
        ("reuters", "2017-10-21"),
    ]
    # Each month is a group the filter hides when none of its articles is left.
    assert [s.h2.get_text().removesuffix("¶") for s in page.select("section[data-filter-group]")] == [
        "November 2017",
        "October 2017",
    ]


def test_the_photo_table_sorts_by_date_and_files_ap_under_one_agency() -> None:
    built = archive()
    page = soup_of(render_photo_year_page("2017", photos_by_year(built)["2017"], SitePaths()).body)
    rows = page.select("table[data-sortable] tbody tr")
    assert [r["data-agency"] for r in rows] == ["associated-press-ap", "associated-press-ap"]
    assert [r.select("td")[2]["data-sort"] for r in rows] == ["2017-10-20", "2017-11-01"]
    # One agency under two spellings offers no choice: only the outlets do.
    assert [s["name"] for s in page.select("form.archive-filter select")] == ["outlet"]


def test_the_place_index_offers_kinds_and_outlets() -> None:
    built = archive()
    page = soup_of(render_entity_index(built, EntityType.PLACE, SitePaths()).body)
    assert page.select_one("p").get_text().endswith("places named in the archive's articles.")
    rows = {r.a.get_text(): r for r in page.select("table[data-sortable] tbody tr")}
    assert rows["Syria"]["data-kind"] == "country" and rows["Aleppo"]["data-kind"] == "city"
    assert rows["Aleppo"]["data-outlet"] == "cnn"
    assert rows["Syria"]["data-outlet"] == "cnn reuters"
    assert (rows["Syria"]["data-first"], rows["Syria"]["data-last"]) == ("2017-10-21", "2017-11-02")
    kinds = [o["value"] for o in page.select("select[name=kind] option")]
    assert "city" in kinds and "country" in kinds


# The labels a reader saw cut short ("Countrie", "Cities and town", "Medi", "Peopl") and the
# counts that read "1 articles".
KIND_LABELS = [
    ("country", "Country", "Countries"),
    ("city", "City or town", "Cities and towns"),
    ("media", "Media outlet", "Media"),
    ("person", "Person", "People"),
    ("armed_group", "Armed group", "Armed groups"),
    ("island", "Island", "Islands"),
]


@pytest.mark.parametrize("kind, one, many", KIND_LABELS)
def test_kind_labels_are_whole_words(kind: str, one: str, many: str) -> None:
    assert (kind_label(kind), kind_label(kind, many=True)) == (one, many)


def test_counts_agree_with_their_noun() -> None:
    assert [plural(1, "article"), plural(2, "article"), plural(1, "mention")] == [
        "1 article",
        "2 articles",
        "1 mention",
    ]


def test_the_index_groups_by_kind_under_whole_plural_labels() -> None:
    archive = build_archive(
        [SeedFile("a.txt", b"date 2017-10-20 Fighting in Raqqa, Syria, ended as Talal Sillo spoke.\n")]
    )
    soup = BeautifulSoup(render_entity_index(archive, EntityType.PLACE, SitePaths()).body, "html.parser")
    assert {"Countries", "Cities and towns"} <= {h.get_text().rstrip("¶") for h in soup.select("h3")}
