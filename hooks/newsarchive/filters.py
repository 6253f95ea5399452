"""Filters and sortable tables on listing pages: the markup ``assets/javascripts/archive.js`` reads.

A page is complete without the script: every item is shown, in the order the build chose, and
the filter form stays hidden. The script only hides items and reorders rows, from data
attributes written here. Filter values are slugs (never seed text), and every attribute value
is escaped by ``markup.el``.

An item (a list entry, a table row, a fact) carries ``data-filter-item`` and one ``data-<facet>``
attribute per facet, holding its values separated by spaces (an entity named by two outlets
has ``data-outlet="abc-news cnn"``); a dated item has ``data-date`` (ISO), or ``data-first`` and
``data-last`` for a span. A ``[data-filter-group]`` (a month of a listing, a day of the timeline)
is hidden when no item in it is left.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .markup import el, esc, void
from .text import name_order

SORT_ATTRIBUTE = "data-sortable"
"""Marks a sortable table. Not a class: Material styles only tables without one."""
NUMERIC = "text-align: right;"


@dataclass(frozen=True)
class Choice:
    value: str
    """The slug items carry in their ``data-<facet>`` attribute."""
    label: str
    """What the reader sees in the list (plain text)."""
    count: int


@dataclass(frozen=True)
class Facet:
    """One ``<select>`` of a filter form: a name (the data attribute) and its choices."""

    name: str
    label: str
    choices: tuple[Choice, ...]


def facet(name: str, label: str, values: Iterable[tuple[str, str]]) -> Facet | None:
    """A facet from the (value, label) of every item; None when there is nothing to choose between."""
    counts: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for value, shown in values:
        counts[value] += 1
        labels.setdefault(value, shown)
    if len(counts) < 2:
        return None
    choices = sorted((Choice(value, labels[value], count) for value, count in counts.items()), key=_choice_order)
    return Facet(name, label, tuple(choices))


def _choice_order(choice: Choice) -> tuple:
    return name_order(choice.label) + (choice.value,)


def filter_form(
    target: str, facets: Sequence[Facet | None], dates: Iterable[str | None] = (), noun: str = "items"
) -> str:
    """The form that filters the items inside the element with id ``target`` (hidden until the script runs)."""
    controls = [_select(f) for f in facets if f is not None]
    known = sorted({d for d in dates if d})
    if len(known) > 1:
        controls += [
            el("label", "From " + void("input", type="date", name="from", min=known[0], max=known[-1])),
            el("label", "To " + void("input", type="date", name="to", min=known[0], max=known[-1])),
        ]
    if not controls:
        return ""
    controls += [el("button", "Show all", type="reset"), el("output", "", aria_live="polite")]
    return el(
        "form",
        "\n" + "\n".join(controls) + "\n",
        class_="archive-filter",
        data_filter_for=target,
        aria_label=f"Filter the {noun}",
        hidden=True,
        data_search_exclude=True,
    )


def _select(f: Facet) -> str:
    options = [el("option", "all", value="")] + [
        el("option", f"{esc(choice.label)} ({choice.count:,})", value=choice.value) for choice in f.choices
    ]
    return el("label", f"{esc(f.label)} " + el("select", "".join(options), name=f.name))


def item_data(
    date: str | None = None, first: str | None = None, last: str | None = None, **facets: Iterable[str] | str | None
) -> dict[str, str | bool | None]:
    """The attributes of a filterable item, for ``markup.el``: ``item_data(outlet="abc-news", date=...)``."""
    data: dict[str, str | bool | None] = {"data_filter_item": True, "data_date": date, "data_first": first}
    data["data_last"] = last
    for name, values in facets.items():
        if values is None:
            continue
        data[f"data_{name}"] = values if isinstance(values, str) else " ".join(sorted(set(values)))
    return data


@dataclass(frozen=True)
class Column:
    label: str
    numeric: bool = False


@dataclass(frozen=True)
class Cell:
    html: str
    sort: str | None = None
    """What the column sorts by when the text would sort wrongly (an ISO date for "20 October 2017")."""


def sortable_table(
    columns: Sequence[Column], rows: Iterable[tuple[Sequence[Cell], dict]], table_id: str | None = None
) -> str:
    """A table the script makes sortable by any column; each row is its cells and its attributes."""
    header = el(
        "thead", el("tr", "".join(el("th", esc(c.label), style=NUMERIC if c.numeric else None) for c in columns))
    )
    body = [
        el(
            "tr",
            "".join(
                el("td", cell.html, data_sort=cell.sort, style=NUMERIC if column.numeric else None)
                for column, cell in zip(columns, cells)
            ),
            **attributes,
        )
        for cells, attributes in rows
    ]
    return el(
        "table",
        header + el("tbody", "\n" + "\n".join(body) + "\n"),
        id=table_id,
        data_sortable=True,
        data_search_exclude=True,  # listings repeat what the pages they list say
    )
