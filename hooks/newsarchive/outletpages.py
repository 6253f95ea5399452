"""The outlets' pages: an index of every outlet, and each outlet's articles by year.

An outlet's articles are listed two hundred to a page (a wire service can publish thousands),
so no page grows with the archive.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .filters import Cell, Column, sortable_table
from .listings import UNDATED, article_filter, article_list, year_of
from .markup import el, esc, lines
from .model import Archive
from .outlets import UNNAMED, Outlet, outlets_of
from .page import Headings, RenderedPage, human_date, plural
from .paths import SitePaths

ARTICLES_PER_PAGE = 200
"""Articles on one page of an outlet (the benchmark's biggest outlet has about 1,000 of 5,000)."""
OUTLET_COLUMNS = (
    Column("Outlet"),
    Column("Articles", numeric=True),
    Column("First"),
    Column("Last"),
    Column("Wire copy from"),
    Column("Photos", numeric=True),
)


def outlet_pages(archive: Archive, paths: SitePaths) -> list[RenderedPage]:
    outlets = outlets_of(archive)
    pages = [render_outlet_index(outlets, paths)]
    for outlet in outlets:
        count = max(1, -(-len(outlet.articles) // ARTICLES_PER_PAGE))
        pages += [_outlet_page(outlet, number, count, paths) for number in range(1, count + 1)]
    return pages


def _span(outlet: Outlet) -> tuple[str | None, str | None]:
    dates = [item.article.date.value for item in outlet.articles if item.article.date.value]
    return (min(dates), max(dates)) if dates else (None, None)


def render_outlet_index(outlets: list[Outlet], paths: SitePaths) -> RenderedPage:
    """Every outlet with its number of articles, dates and the wire agencies whose copy it ran."""
    page, headings = paths.outlets_index(), Headings()
    total = sum(len(outlet.articles) for outlet in outlets)
    named = [outlet for outlet in outlets if outlet.key != UNNAMED]
    blocks = [
        headings.add(1, "Outlets"),
        el("p", f"{plural(len(named), 'outlet')} named in the archive's {plural(total, 'article')}."),
    ]
    rows = []
    for outlet in outlets:
        first, last = _span(outlet)
        agencies = Counter(item.article.agency.value for item in outlet.articles if item.article.agency.value)
        name = el("a", esc(outlet.name), href=paths.href(page, paths.outlet(outlet.key)))
        if outlet.key == UNNAMED:
            name = el("em", name)
        cells = (
            Cell(name),
            Cell(f"{len(outlet.articles):,}", str(len(outlet.articles))),
            Cell(human_date(first) if first else "—", first or ""),
            Cell(human_date(last) if last else "—", last or ""),
            Cell(esc(", ".join(sorted(agencies, key=lambda a: (-agencies[a], a)))) or "—"),
            Cell(f"{sum(len(item.article.photos) for item in outlet.articles):,}"),
        )
        rows.append((cells, {}))
    if rows:
        blocks += [sortable_table(OUTLET_COLUMNS, rows, "outlets")]
    if any(outlet.key == UNNAMED for outlet in outlets):
        blocks.append(
            el(
                "p",
                "Articles pasted without their outlet's name are listed together under "
                + el("em", "Outlet not named")
                + "; elsewhere each is named by its title.",
            )
        )
    return RenderedPage(page, "Outlets", lines(blocks), tuple(headings.items), in_search=False)


def _outlet_page(outlet: Outlet, number: int, count: int, paths: SitePaths) -> RenderedPage:
    page, headings = paths.outlet(outlet.key, number), Headings()
    title = outlet.name if number == 1 else f"{outlet.name} (page {number})"
    items = list(outlet.articles[(number - 1) * ARTICLES_PER_PAGE : number * ARTICLES_PER_PAGE])
    first, last = _span(outlet)
    span = f"{human_date(first)} – {human_date(last)}" if first and first != last else human_date(first)
    blocks = [
        headings.add(1, title),
        el("p", f"{plural(len(outlet.articles), 'article')} · {span}", class_="archive-kicker"),
        _pager(outlet, number, count, page, paths),
        article_filter(items, "outlet-articles"),
    ]
    years: dict[str, list] = defaultdict(list)
    for item in items:
        years[year_of(item)].append(item)
    sections = [
        el(
            "section",
            "\n"
            + headings.add(2, "Undated" if year == UNDATED else year)
            + "\n"
            + article_list(batch, paths, page)
            + "\n",
            data_filter_group=True,
        )
        for year, batch in years.items()
    ]
    blocks.append(el("div", "\n" + "\n".join(sections) + "\n", id="outlet-articles"))
    blocks.append(el("p", el("a", "All outlets", href=paths.href(page, paths.outlets_index()))))
    return RenderedPage(page, title, lines(blocks), tuple(headings.items), in_search=False)


def _pager(outlet: Outlet, number: int, count: int, page: str, paths: SitePaths) -> str:
    if count == 1:
        return ""
    links = [
        el("a", str(n), href=paths.href(page, paths.outlet(outlet.key, n))) if n != number else el("strong", str(n))
        for n in range(1, count + 1)
    ]
    return el("nav", "Pages: " + " ".join(links), class_="archive-pager", aria_label="Pages of articles")
