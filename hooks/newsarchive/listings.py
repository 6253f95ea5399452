"""Listing pages: the home page's latest articles, articles by year, and the photo index.

Listings are split by year so no page grows with the whole archive; the navigation names only
these section pages, never every article (Material renders the nav into every page).
"""

from __future__ import annotations

from collections import defaultdict

from .markup import el, esc, lines
from .model import Archive, ArchivedArticle, Photo
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
    return el("li", head + "<br>" + esc(description_of(article)))


def _article_list(items: list[ArchivedArticle], paths: SitePaths, page: str) -> str:
    return el(
        "ul", "\n" + "\n".join(_article_entry(item, paths, page) for item in items) + "\n", class_="archive-listing"
    )


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
        [_article_list(latest, paths, HOME), el("p", "All articles by year: " + _year_links(archive, paths, HOME))]
    )
    return heading + el("div", "\n" + body + "\n", class_="archive-home-listing") + "\n"


def render_articles_index(archive: Archive, paths: SitePaths) -> RenderedPage:
    """The newest articles, then every year with its count."""
    page, headings = paths.articles_index(), Headings()
    blocks = [headings.add(1, "Articles"), el("p", f"{plural(len(archive.articles), 'article')}, newest first.")]
    if archive.articles:
        blocks += [
            headings.add(2, "Newest"),
            _article_list(list(archive.articles[:LANDING_LATEST]), paths, page),
            headings.add(2, "By year"),
            el("p", _year_links(archive, paths, page)),
        ]
    return RenderedPage(page, "Articles", lines(blocks), tuple(headings.items))


def render_year_page(year: str, items: list[ArchivedArticle], paths: SitePaths) -> RenderedPage:
    """One year's articles by month, newest first."""
    page, headings = paths.articles_year(year), Headings()
    title = "Undated articles" if year == UNDATED else f"Articles of {year}"
    blocks, month, batch = [headings.add(1, title)], None, []
    for item in items:
        item_month = item.article.date.value[:7] if item.article.date.value else None
        if item_month != month and item_month:
            blocks.append(_article_list(batch, paths, page) if batch else "")
            blocks.append(headings.add(2, month_name(item_month)))
            month, batch = item_month, []
        batch.append(item)
    blocks.append(_article_list(batch, paths, page) if batch else "")
    return RenderedPage(page, title, lines(blocks), tuple(headings.items), in_search=False)


def photos_by_year(archive: Archive) -> dict[str, list[tuple[ArchivedArticle, Photo]]]:
    years: dict[str, list] = defaultdict(list)
    for item in archive.articles:
        for photo in item.article.photos:
            year = photo.date.value[:4] if photo.date.value else year_of(item)
            years[year].append((item, photo))
    return dict(years)


def _photo_table(entries: list[tuple[ArchivedArticle, Photo]], paths: SitePaths, page: str) -> str:
    header = el("thead", el("tr", "".join(el("th", name) for name in ("Photo", "Credit", "Taken", "Place", "Article"))))
    rows = []
    for item, photo in entries:
        cells = (
            el("a", esc(shorten(photo.caption, 90)), href=paths.href(page, paths.article(item.id), photo.anchor)),
            esc(photo.credit.raw),
            human_date(photo.date.value) if photo.date.value else "—",
            esc(photo.place.value or "—"),
            f"{esc(item.article.source.value or OUTLET_UNKNOWN)}, {human_date(item.article.date.value)}",
        )
        rows.append(el("tr", "".join(el("td", cell) for cell in cells)))
    return el("table", header + el("tbody", "\n" + "\n".join(rows) + "\n"))


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
        blocks += [headings.add(2, "In the newest articles"), _photo_table(newest, paths, page)]
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
        lines([headings.add(1, title), _photo_table(ordered, paths, page)]),
        tuple(headings.items),
        in_search=False,
    )
