"""The photo credits page: photographers, then agencies and distributors, each with their photos."""

from __future__ import annotations

from collections import defaultdict

from .markup import el, esc, lines
from .model import Archive, ArchivedArticle, Photo
from .page import OUTLET_UNKNOWN, Headings, RenderedPage, human_date, plural, shorten
from .paths import SitePaths
from .text import fold, name_order, slugify

AGENCIES = (
    # (the name a credit page files them under, the spellings credits use: folded)
    ("Associated Press (AP)", ("ap", "associated press", "the associated press", "ap photo")),
    ("Agence France-Presse (AFP)", ("afp", "agence france-presse", "agence france presse", "afp photo")),
    ("European Pressphoto Agency (EPA)", ("epa", "european pressphoto agency")),
    ("Deutsche Presse-Agentur (dpa)", ("dpa", "deutsche presse-agentur")),
    ("United Press International (UPI)", ("upi", "united press international")),
    ("Reuters", ("reuters", "thomson reuters")),
)
"""Wire agencies credited under more than one name: one entry each on the credits page."""
_AGENCY_OF = {spelling: name for name, spellings in AGENCIES for spelling in spellings}


def agency_name(credited: str) -> str:
    """The one name of an agency credited as ``AP`` or ``Associated Press``; other names as credited."""
    return _AGENCY_OF.get(fold(credited).strip(), credited)


def render_credits_page(archive: Archive, paths: SitePaths) -> RenderedPage:
    page, headings = paths.credits(), Headings()
    people: dict[str, list[tuple[ArchivedArticle, Photo]]] = defaultdict(list)
    organisations: dict[str, list[tuple[ArchivedArticle, Photo]]] = defaultdict(list)
    spellings: dict[str, set[str]] = defaultdict(set)
    for item in archive.articles:
        for photo in item.article.photos:
            if photo.credit.photographer:
                people[photo.credit.photographer].append((item, photo))
            for name in dict.fromkeys(agency_name(o) for o in photo.credit.organisations):
                organisations[name].append((item, photo))
            for organisation in photo.credit.organisations:
                spellings[agency_name(organisation)].add(organisation)
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
            if table is organisations and spellings[name] != {name}:
                credited = ", ".join(sorted(spellings[name], key=name_order))
                blocks.append(el("p", f"Credited as {esc(credited)}.", class_="archive-kicker"))
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
