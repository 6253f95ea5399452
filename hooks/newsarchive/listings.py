"""Listing pages: the home page's latest articles, articles by year, and the photo index.

Listings are split by year so no page grows with the whole archive; the navigation names only
these section pages, never every article (Material renders the nav into every page).
"""

from __future__ import annotations

from collections import defaultdict

from .markup import NOT_IN_SEARCH, md_text
from .model import Archive, ArchivedArticle
from .render import description_of, human_date

HOME_LATEST = 20
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


def _article_entry(item: ArchivedArticle, link_prefix: str) -> str:
    article = item.article
    source = article.source.value or "outlet unknown"
    inferred = " *(title inferred)*" if article.title.inferred else ""
    lede = md_text(description_of(article))
    return (
        f"- **{human_date(article.date.value)}** · {md_text(source)} — "
        f"[{md_text(article.title.value or 'Untitled article')}]({link_prefix}{item.id}.md){inferred}  \n"
        f"  {lede}\n"
    )


def render_home_listing(archive: Archive) -> str:
    """Appended to the hand-written home page: the newest articles and the way to the rest."""
    if not archive.articles:
        return "\n## Articles\n\nThe archive holds no articles yet: add a text file under `seeds/`.\n"
    latest = archive.articles[:HOME_LATEST]
    lines = ["", f"## Latest articles ({len(latest)} of {len(archive.articles)})", ""]
    lines += [_article_entry(item, "articles/") for item in latest]
    years = articles_by_year(archive)
    links = " · ".join(f"[{year}](articles/{year}.md) ({len(years[year])})" for year in _year_order(years))
    lines += ["", f"All articles by year: {links}", ""]
    return "\n".join(lines)


def render_articles_index(archive: Archive) -> str:
    years = articles_by_year(archive)
    lines = ["# Articles", "", f"{len(archive.articles)} articles, newest first.", ""]
    for year in _year_order(years):
        lines.append(f"- [{year}]({year}.md): {len(years[year])} articles")
    return "\n".join(lines) + "\n"


def render_year_page(year: str, items: list[ArchivedArticle]) -> str:
    """One year's articles by month, newest first."""
    title = "Undated articles" if year == UNDATED else f"Articles of {year}"
    lines = [NOT_IN_SEARCH + f"# {title}", ""]
    month = None
    for item in items:
        item_month = item.article.date.value[:7] if item.article.date.value else None
        if item_month != month and item_month:
            lines += ["", f"## {human_date(item_month + '-01').split(' ', 1)[1]}", ""]
            month = item_month
        lines.append(_article_entry(item, ""))
    return "\n".join(lines) + "\n"


def photos_by_year(archive: Archive) -> dict[str, list[tuple[ArchivedArticle, object]]]:
    years: dict[str, list] = defaultdict(list)
    for item in archive.articles:
        for photo in item.article.photos:
            year = photo.date.value[:4] if photo.date.value else year_of(item)
            years[year].append((item, photo))
    return dict(years)


def render_photos_index(archive: Archive) -> str:
    years = photos_by_year(archive)
    total = sum(len(v) for v in years.values())
    lines = ["# Photos", "", f"{total} photos described in the archive's articles, by the year they were taken.", ""]
    for year in _year_order(years):
        lines.append(f"- [{year}]({year}.md): {len(years[year])} photos")
    return "\n".join(lines) + "\n"


def render_photo_year_page(year: str, entries: list) -> str:
    """Every photo of a year with its credit, date and place, linked to its figure."""
    title = "Photos without a date" if year == UNDATED else f"Photos of {year}"
    lines = [NOT_IN_SEARCH + f"# {title}", "", "| Photo | Credit | Taken | Place | Article |", "| --- | --- | --- | --- | --- |"]
    ordered = sorted(entries, key=lambda pair: (pair[1].date.value or "", pair[0].id, pair[1].anchor))
    for item, photo in ordered:
        caption = photo.caption if len(photo.caption) <= 90 else photo.caption[:90].rsplit(" ", 1)[0] + "…"
        lines.append(
            f"| [{md_text(caption)}](../articles/{item.id}.md#{photo.anchor}) | {md_text(photo.credit.raw)} | "
            f"{human_date(photo.date.value) if photo.date.value else '—'} | {md_text(photo.place.value or '—')} | "
            f"{md_text(item.article.source.value or 'outlet unknown')}, {human_date(item.article.date.value)} |"
        )
    return "\n".join(lines) + "\n"
