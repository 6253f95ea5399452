"""Listing pages: the home page's latest articles, articles by year, and the photo index.

Listings are split by year so no page grows with the whole archive; the navigation names only
these section pages, never every article (Material renders the nav into every page).
"""

from __future__ import annotations

from collections import defaultdict

from .credits import agency_name
from .filters import Cell, Column, facet, filter_form, item_data, sortable_table
from .markup import el, esc, lines
from .model import Archive, ArchivedArticle, Photo
from .outlets import outlet_key, outlet_name
from .page import (
    OUTLET_UNKNOWN,
    Headings,
    RenderedPage,
    description_of,
    human_date,
    month_name,
    plural,
    shorten,
    title_of,
)
from .paths import HOME, SitePaths
from .text import slugify

HOME_LATEST = 20
LANDING_LATEST = 10
"""Newest articles (and photos) shown on the articles (photos) landing page above the years."""
UNDATED = "undated"


def year_of(item: ArchivedArticle) -> str:
    return item.article.date.value[:4] if item.article.date.value else UNDATED


def articles_by_year(archive: Archive) -> dict[str, list[ArchivedArticle]]:
    years: dict[str, list[ArchivedArticle]] = defaultdict(list)
    for item in archive.articles:
        years[year_of(item)].append(item)
    return dict(years)


def _year_order(years: dict[str, list]) -> list[str]:
    dated = sorted((y for y in years if y != UNDATED), reverse=True)
    return dated + ([UNDATED] if UNDATED in years else [])


def _article_entry(item: ArchivedArticle, paths: SitePaths, page: str) -> str:
    article = item.article
    inferred = " " + el("em", "(title inferred)") if article.title.inferred else ""
    head = (
        f"{el('strong', human_date(article.date.value))} · {esc(article.source.value or OUTLET_UNKNOWN)} — "
        f"{el('a', esc(title_of(article)), href=paths.href(page, paths.article(item.id)))}{inferred}"
    )
    return el(
        "li",
        head + "<br>" + esc(description_of(article)),
        **item_data(date=article.date.value, outlet=outlet_key(item)),
    )


def article_list(items: list[ArchivedArticle], paths: SitePaths, page: str) -> str:
    """Articles as the listings show them: date, outlet, title and summary, ready for a filter."""
    return el(
        "ul",
        "\n" + "\n".join(_article_entry(item, paths, page) for item in items) + "\n",
        class_="archive-listing",
        data_search_exclude=True,  # the articles' own pages are searched
    )


def article_filter(items: list[ArchivedArticle], target: str) -> str:
    """Filters by outlet and date for the articles listed inside ``target``."""
    outlets = facet("outlet", "Outlet", ((outlet_key(item), outlet_name(item)) for item in items))
    return filter_form(target, [outlets], (item.article.date.value for item in items), "articles")


def _year_links(archive: Archive, paths: SitePaths, page: str) -> str:
    years = articles_by_year(archive)
    return " · ".join(
        f"{el('a', year, href=paths.href(page, paths.articles_year(year)))} ({len(years[year]):,})"
        for year in _year_order(years)
    )


def render_home_listing(archive: Archive, paths: SitePaths) -> str:
    """Appended to the hand-written home page (Markdown): the newest articles and the way to the rest."""
    if not archive.articles:
        return "\n## Articles\n\nThe archive holds no articles yet: add a text file under `seeds/`.\n"
    latest = list(archive.articles[:HOME_LATEST])
    heading = f"\n## Latest articles ({len(latest)} of {len(archive.articles):,})\n\n"
    body = lines(
        [article_list(latest, paths, HOME), el("p", "All articles by year: " + _year_links(archive, paths, HOME))]
    )
    return heading + el("div", "\n" + body + "\n", class_="archive-home-listing") + "\n"


def render_articles_index(archive: Archive, paths: SitePaths) -> RenderedPage:
    """The newest articles, then every year with its count."""
    page, headings = paths.articles_index(), Headings()
    blocks = [headings.add(1, "Articles"), el("p", f"{plural(len(archive.articles), 'article')}, newest first.")]
    if archive.articles:
        blocks += [
            headings.add(2, "Newest"),
            article_list(list(archive.articles[:LANDING_LATEST]), paths, page),
            headings.add(2, "By year"),
            el("p", _year_links(archive, paths, page)),
            el(
                "p",
                "Also "
                + el("a", "by outlet", href=paths.href(page, paths.outlets_index()))
                + " and by day "
                + el("a", "on the timeline", href=paths.href(page, paths.timeline_index()))
                + ".",
            ),
        ]
    return RenderedPage(page, "Articles", lines(blocks), tuple(headings.items))


def render_year_page(year: str, items: list[ArchivedArticle], paths: SitePaths) -> RenderedPage:
    """One year's articles by month, newest first."""
    page, headings = paths.articles_year(year), Headings()
    title = "Undated articles" if year == UNDATED else f"Articles of {year}"
    months: dict[str | None, list[ArchivedArticle]] = defaultdict(list)
    for item in items:
        months[item.article.date.value[:7] if item.article.date.value else None].append(item)
    sections = []
    for month, batch in months.items():
        heading = headings.add(2, month_name(month)) if month else ""
        sections.append(
            el("section", "\n" + lines([heading, article_list(batch, paths, page)]) + "\n", data_filter_group=True)
        )
    blocks = [
        headings.add(1, title),
        el("p", f"{plural(len(items), 'article')}, newest first."),
        article_filter(items, "year-articles"),
        el("div", "\n" + "\n".join(sections) + "\n", id="year-articles"),
    ]
    return RenderedPage(page, title, lines(blocks), tuple(headings.items), in_search=False)


def photos_by_year(archive: Archive) -> dict[str, list[tuple[ArchivedArticle, Photo]]]:
    years: dict[str, list] = defaultdict(list)
    for item in archive.articles:
        for photo in item.article.photos:
            year = photo.date.value[:4] if photo.date.value else year_of(item)
            years[year].append((item, photo))
    return dict(years)


PHOTO_COLUMNS = (Column("Photo"), Column("Credit"), Column("Taken"), Column("Place"), Column("Article"))


def _photo_table(entries: list[tuple[ArchivedArticle, Photo]], paths: SitePaths, page: str, table_id: str) -> str:
    """Photos with their credit, date and place; sortable, and filtered by outlet, agency and date."""
    rows = []
    for item, photo in entries:
        article = item.article
        agencies = [agency_name(name) for name in photo.credit.organisations]
        cells = (
            Cell(el("a", esc(shorten(photo.caption, 90)), href=paths.href(page, paths.article(item.id), photo.anchor))),
            Cell(esc(photo.credit.raw)),
            Cell(human_date(photo.date.value) if photo.date.value else "—", photo.date.value or ""),
            Cell(esc(photo.place.value or "—"), photo.place.value or ""),
            Cell(
                f"{esc(article.source.value or OUTLET_UNKNOWN)}, {human_date(article.date.value)}",
                f"{article.date.value or ''} {outlet_name(item)}",
            ),
        )
        attributes = item_data(
            date=photo.date.value or article.date.value,
            outlet=outlet_key(item),
            agency=[slugify(name) for name in agencies] or ["none"],
        )
        rows.append((cells, attributes))
    outlets = facet("outlet", "Outlet", ((outlet_key(item), outlet_name(item)) for item, _ in entries))
    agencies = facet(
        "agency",
        "Agency",
        (
            (slugify(name), name)
            for _, photo in entries
            for name in ([agency_name(o) for o in photo.credit.organisations] or ["none"])
        ),
    )
    dates = (photo.date.value or item.article.date.value for item, photo in entries)
    return lines(
        [
            filter_form(table_id, [outlets, agencies], dates, "photos"),
            sortable_table(PHOTO_COLUMNS, rows, table_id),
        ]
    )


def render_photos_index(archive: Archive, paths: SitePaths) -> RenderedPage:
    page, headings = paths.photos_index(), Headings()
    years = photos_by_year(archive)
    total = sum(len(v) for v in years.values())
    blocks = [
        headings.add(1, "Photos"),
        el("p", f"{plural(total, 'photo')} described in the archive's articles, by the year they were taken."),
    ]
    newest = [(item, photo) for item in archive.articles for photo in item.article.photos][:LANDING_LATEST]
    if newest:
        blocks += [headings.add(2, "In the newest articles"), _photo_table(newest, paths, page, "newest-photos")]
    if years:
        links = " · ".join(
            f"{el('a', year, href=paths.href(page, paths.photos_year(year)))} ({plural(len(years[year]), 'photo')})"
            for year in _year_order(years)
        )
        blocks += [headings.add(2, "By year"), el("p", links)]
    return RenderedPage(page, "Photos", lines(blocks), tuple(headings.items))


def render_photo_year_page(year: str, entries: list[tuple[ArchivedArticle, Photo]], paths: SitePaths) -> RenderedPage:
    """Every photo of a year with its credit, date and place, linked to its figure."""
    page, headings = paths.photos_year(year), Headings()
    title = "Photos without a date" if year == UNDATED else f"Photos of {year}"
    ordered = sorted(entries, key=lambda pair: (pair[1].date.value or "", pair[0].id, pair[1].anchor))
    return RenderedPage(
        page,
        title,
        lines([headings.add(1, title), _photo_table(ordered, paths, page, "year-photos")]),
        tuple(headings.items),
        in_search=False,
    )
