"""Filter forms and sortable tables: the markup the listings' script reads."""

from __future__ import annotations

from bs4 import BeautifulSoup

from newsarchive.filters import Cell, Column, facet, filter_form, item_data, sortable_table
from newsarchive.markup import el


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_a_facet_counts_its_values_and_orders_them_by_label() -> None:
    found = facet("outlet", "Outlet", [("cnn", "CNN"), ("abc-news", "ABC News"), ("cnn", "CNN")])
    assert [(c.value, c.label, c.count) for c in found.choices] == [("abc-news", "ABC News", 1), ("cnn", "CNN", 2)]


def test_a_facet_with_one_value_offers_no_choice() -> None:
    assert facet("outlet", "Outlet", [("cnn", "CNN"), ("cnn", "CNN")]) is None
    assert facet("outlet", "Outlet", []) is None


def test_the_form_is_hidden_until_the_script_shows_it() -> None:
    form = soup_of(filter_form("list", [facet("kind", "Kind", [("city", "City"), ("river", "River")])])).form
    assert form.has_attr("hidden") and form["data-filter-for"] == "list"
    assert [(o["value"], o.get_text()) for o in form.select("select[name=kind] option")] == [
        ("", "all"),
        ("city", "City (1)"),
        ("river", "River (1)"),
    ]


def test_dates_give_a_span_to_choose_from() -> None:
    form = soup_of(filter_form("list", [], ["2017-10-20", None, "2014-01-02", "2017-10-20"])).form
    start, end = form.select("input[type=date]")
    assert (start["name"], start["min"], start["max"]) == ("from", "2014-01-02", "2017-10-20")
    assert end["name"] == "to"


def test_nothing_to_filter_gives_no_form() -> None:
    assert filter_form("list", [None], ["2017-10-20"]) == ""


def test_labels_are_text() -> None:
    form = soup_of(filter_form("list", [facet("outlet", "Outlet", [("x", "<b>X</b>"), ("y", "Y")])])).form
    assert form.select_one("option[value=x]").get_text() == "<b>X</b> (1)"
    assert form.find("b") is None


def test_an_item_carries_its_values_separated_by_spaces() -> None:
    item = soup_of(el("li", "x", **item_data(date="2017-10-20", outlet=["cnn", "abc-news", "cnn"], kind="city"))).li
    assert item.has_attr("data-filter-item")
    assert (item["data-date"], item["data-outlet"], item["data-kind"]) == ("2017-10-20", "abc-news cnn", "city")
    assert not item.has_attr("data-first")


def test_a_sortable_table_keeps_sort_values_beside_the_text() -> None:
    table = soup_of(
        sortable_table(
            [Column("Name"), Column("Mentions", numeric=True), Column("First")],
            [((Cell("Raqqa"), Cell("20"), Cell("20 October 2017", "2017-10-20")), item_data(kind="city"))],
            "places",
        )
    ).table
    assert table.has_attr("data-sortable") and table["id"] == "places"
    assert not table.has_attr("class")  # Material styles only tables without a class
    name, count, first = table.select("tbody td")
    assert first["data-sort"] == "2017-10-20" and not name.has_attr("data-sort")
    assert count["style"] == "text-align: right;"
    assert table.select_one("tbody tr")["data-kind"] == "city"
