"""The timeline's pages: a page per month with its days, and a landing page to jump from.

A month page lists its days, each with what happened (as the articles state it), the photos
taken and the articles published, filterable by kind and outlet; the landing page has a grid of
years and months to jump to and shows the latest days directly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from .filters import facet, filter_form, item_data
from .footnotes import place_label
from .markup import el, esc, lines
from .model import Archive, ArchivedArticle
from .outlets import outlet_key, outlet_name, source_label
from .page import Headings, RenderedPage, human_date, month_name, plural, shorten
from .paths import SitePaths
from .timeline import KIND_LABELS, EntryKind, TimelineEntry, timeline_entries
from .xrefmodel import TITLE_ANCHOR, Relation
from .xrefpages import fact_pages

LATEST_DAYS = 5
"""Days shown on the landing page (the latest days that have an entry)."""
CAPTION_LENGTH = 200
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_heading(iso: str) -> str:
    """``2017-10-20`` -> ``Friday 20 October 2017`` (English whatever the machine's locale)."""
    return f"{WEEKDAYS[date.fromisoformat(iso).weekday()]} {human_date(iso)}"


def day_anchor(iso: str) -> str:
    return f"day-{iso}"


def timeline_pages(archive: Archive, paths: SitePaths) -> list[RenderedPage]:
    entries = timeline_entries(archive)
    months: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        months[entry.when[:7]].append(entry)
    order = sorted(months)
    articles = archive.by_id()
    links = _links(archive, paths)
    pages = [_landing(entries, months, articles, links)]
    for index, month in enumerate(order):
        before = order[index - 1] if index > 0 else None
        after = order[index + 1] if index + 1 < len(order) else None
        pages.append(_month_page(month, months[month], before, after, articles, links))
    return pages


def _landing(
    entries: list[TimelineEntry],
    months: dict[str, list[TimelineEntry]],
    articles: dict[str, ArchivedArticle],
    links: _Links,
) -> RenderedPage:
    paths = links.paths
    page, headings = paths.timeline_index(), Headings()
    events = sum(entry.kind is EntryKind.EVENT for entry in entries)
    blocks = [
        headings.add(1, "Timeline"),
        el(
            "p",
            f"{plural(len(entries), 'entry', 'entries')}: {plural(events, 'event')} on the days the articles "
            "state (“on Friday” counted back from the publication date), the days photos were taken, each "
            "article on the day it was published, and each fact several sources report on the day they "
            "state, else on the day it was first published. A date the text does not state is not guessed.",
        ),
    ]
    if not entries:
        return RenderedPage(page, "Timeline", lines(blocks), tuple(headings.items), in_search=False)
    blocks += [headings.add(2, "Jump to a month"), _month_grid(months, paths, page)]
    days = sorted({entry.when for entry in entries if entry.day_known}, reverse=True)[:LATEST_DAYS]
    latest = [entry for entry in entries if entry.when in days]
    if latest:
        blocks.append(headings.add(2, "Latest days"))
        blocks.append(_days(latest, articles, links, page, headings, level=3))
    return RenderedPage(page, "Timeline", lines(blocks), tuple(headings.items), in_search=False)


def _month_grid(months: dict[str, list[TimelineEntry]], paths: SitePaths, page: str) -> str:
    """Years down, months across; each month with entries links to its page."""
    years = sorted({month[:4] for month in months}, reverse=True)
    header = el("tr", el("th", "Year", scope="col") + "".join(el("th", m, scope="col") for m in MONTH_ABBREVIATIONS))
    rows = []
    for year in years:
        cells = []
        for number in range(1, 13):
            month = f"{year}-{number:02d}"
            count = len(months.get(month, ()))
            cells.append(
                el(
                    "td",
                    el(
                        "a",
                        f"{count:,}",
                        href=paths.href(page, paths.timeline_month(month)),
                        title=f"{month_name(month)}: {plural(count, 'entry', 'entries')}",
                        aria_label=f"{month_name(month)}, {plural(count, 'entry', 'entries')}",
                    )
                    if count
                    else "",
                )
            )
        rows.append(el("tr", el("th", year, scope="row") + "".join(cells)))
    return el(
        "table",
        el("thead", header) + el("tbody", "\n" + "\n".join(rows) + "\n"),
        class_="archive-month-grid",
        data_search_exclude=True,
    )


def _month_page(
    month: str,
    entries: list[TimelineEntry],
    before: str | None,
    after: str | None,
    articles: dict[str, ArchivedArticle],
    links: _Links,
) -> RenderedPage:
    paths = links.paths
    page, headings = paths.timeline_month(month), Headings()
    title = month_name(month)
    jumps = [el("a", "All months", href=paths.href(page, paths.timeline_index()))]
    if before:
        jumps.insert(0, "← " + el("a", month_name(before), href=paths.href(page, paths.timeline_month(before))))
    if after:
        jumps.append(el("a", month_name(after), href=paths.href(page, paths.timeline_month(after))) + " →")
    kinds = facet("kind", "Kind", ((e.kind.value, KIND_LABELS[e.kind]) for e in entries))
    sources = [articles[e.article_id] for e in entries]
    outlets = facet("outlet", "Outlet", ((outlet_key(item), outlet_name(item)) for item in sources))
    blocks = [
        headings.add(1, title),
        el("nav", " · ".join(jumps), class_="archive-pager", aria_label="Other months"),
        filter_form("month-entries", [kinds, outlets], noun="entries"),
        el("div", "\n" + _days(entries, articles, links, page, headings, level=2) + "\n", id="month-entries"),
    ]
    return RenderedPage(page, f"Timeline: {title}", lines(blocks), tuple(headings.items), in_search=False)


def _days(
    entries: list[TimelineEntry],
    articles: dict[str, ArchivedArticle],
    links: _Links,
    page: str,
    headings: Headings,
    level: int,
) -> str:
    """Entries grouped by day (a month's entries without a day first), each group a filter group."""
    groups: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        groups[entry.when].append(entry)
    sections = []
    for when, group in sorted(groups.items(), key=lambda pair: (len(pair[0]) == 10, pair[0])):
        if len(when) == 10:
            heading = headings.add(level, day_heading(when), anchor=day_anchor(when))
        else:
            heading = headings.add(level, f"{month_name(when)}, no day stated", anchor=f"month-{when}")
        items = "\n".join(_entry(entry, articles[entry.article_id], links, page) for entry in group)
        listing = el("ul", "\n" + items + "\n", class_="archive-timeline")
        sections.append(el("section", "\n" + heading + "\n" + listing + "\n", data_filter_group=True))
    return "\n".join(sections)


def _entry(entry: TimelineEntry, item: ArchivedArticle, links: _Links, page: str) -> str:
    paths = links.paths
    label = el("span", KIND_LABELS[entry.kind], class_=f"archive-tl-kind archive-tl-{entry.kind.value}")
    article = el("a", esc(source_label(item)), href=paths.href(page, paths.article(item.id)))
    if entry.kind is EntryKind.PUBLISHED:
        body = f"{el('a', esc(entry.text), href=paths.href(page, paths.article(item.id)))} — {esc(outlet_name(item))}"
    else:
        text = shorten(entry.text, CAPTION_LENGTH) if entry.kind is EntryKind.PHOTO else entry.text
        anchor = None if entry.anchor == TITLE_ANCHOR else entry.anchor
        where = el("a", esc(place_label(entry.anchor or "")), href=paths.href(page, paths.article(item.id), anchor))
        body = f"“{_marked(text, entry.said)}” — {article}, {human_date(item.article.date.value)} {where}"
        body += links.fact(entry.fact, page)
    return el("li", f"{label} {body}", **item_data(kind=entry.kind.value, outlet=outlet_key(item)))


@dataclass(frozen=True)
class _Links:
    """What an entry links to besides its article: the fact it is a passage of."""

    paths: SitePaths
    fact_pages: dict[str, str]
    """Fact id -> the cross-reference page that lists it."""
    sources: dict[str, int]
    """Fact id -> how many articles report it."""
    differing: frozenset[str]

    def fact(self, fact: str | None, page: str) -> str:
        if not fact or fact not in self.fact_pages:
            return ""
        others = self.sources.get(fact, 1) - 1
        words = "sources differ on it" if fact in self.differing else f"also reported by {plural(others, 'source')}"
        return " · " + el("a", words, href=self.paths.href(page, self.fact_pages[fact], fact))


def _links(archive: Archive, paths: SitePaths) -> _Links:
    return _Links(
        paths,
        fact_pages(archive, paths),
        {group.id: len({p.article_id for p in group.passages}) for group in archive.fact_groups},
        frozenset(group.id for group in archive.fact_groups if group.relation is Relation.DIFFERS),
    )


def _marked(text: str, said: str | None) -> str:
    at = text.find(said) if said else -1
    if at < 0:
        return esc(text)
    return esc(text[:at]) + el("mark", esc(said)) + esc(text[at + len(said) :])
