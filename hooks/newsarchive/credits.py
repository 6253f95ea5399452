"""The photo credits page: photographers, then agencies and distributors, each with their photos."""

from __future__ import annotations

from collections import defaultdict

from .markup import el, esc, lines
from .model import Archive, ArchivedArticle, Photo
from .page import OUTLET_UNKNOWN, Headings, RenderedPage, human_date, plural, shorten
from .paths import SitePaths
from .text import name_order, slugify


def render_credits_page(archive: Archive, paths: SitePaths) -> RenderedPage:
    page, headings = paths.credits(), Headings()
    people: dict[str, list[tuple[ArchivedArticle, Photo]]] = defaultdict(list)
    organisations: dict[str, list[tuple[ArchivedArticle, Photo]]] = defaultdict(list)
    for item in archive.articles:
        for photo in item.article.photos:
            if photo.credit.photographer:
                people[photo.credit.photographer].append((item, photo))
            for organisation in photo.credit.organisations:
                organisations[organisation].append((item, photo))
    blocks = [
        headings.add(1, "Photo credits"),
        el("p", "Photographers, agencies and distributors as the photo credits name them, each with their photos."),
    ]
    for heading, table in (("Photographers", people), ("Agencies and distributors", organisations)):
        blocks.append(headings.add(2, heading))
        for name in sorted(table, key=name_order):
            blocks.append(
                headings.add(3, f"{name} ({plural(len(table[name]), 'photo')})", anchor="credit-" + slugify(name))
            )
            items = [
                el(
                    "li",
                    el(
                        "a",
                        esc(shorten(photo.caption, 90)),
                        href=paths.href(page, paths.article(item.id), photo.anchor),
                    )
                    + f" — {esc(item.article.source.value or OUTLET_UNKNOWN)}, "
                    f"{human_date(photo.date.value or item.article.date.value)}",
                )
                for item, photo in table[name]
            ]
            blocks.append(el("ul", "\n" + "\n".join(items) + "\n"))
    return RenderedPage(page, "Photo credits", lines(blocks), tuple(headings.items), in_search=False)
