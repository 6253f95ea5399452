"""A generated page, and the small pieces every page shares: headings, labels, dates, counts.

Renderers return ``RenderedPage`` values: the HTML of the page's content with its headings (for
the table of contents) and metadata. The MkDocs hook hands them to MkDocs as they are; the
export writes them as Markdown files (front matter above the HTML).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .markup import el, esc, front_matter
from .model import Article
from .text import slugify

UNTITLED = "Untitled article"
OUTLET_UNKNOWN = "Outlet unknown"
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Heading:
    """A heading of a page, for its table of contents."""

    level: int
    anchor: str
    text: str
    """Plain text (the table of contents escapes it)."""


@dataclass(frozen=True)
class RenderedPage:
    """One generated page: where it goes, its title, and its content as HTML."""

    path: str
    """Path in the docs tree (``articles/<id>.md``)."""
    title: str
    body: str
    """The page's content as HTML: one block per line, never a blank line."""
    headings: tuple[Heading, ...] = ()
    in_search: bool = True
    """False: the page is left out of the offline search index (listings repeat articles' text)."""
    meta: Mapping[str, str | None] = field(default_factory=dict)
    """More front matter: date, source, description, archive id."""

    def metadata(self) -> dict:
        """The page's metadata as MkDocs reads front matter (text not yet HTML-escaped)."""
        meta: dict = {"title": self.title, **{key: value for key, value in self.meta.items() if value is not None}}
        if not self.in_search:
            meta["search"] = {"exclude": True}
        return meta

    def as_markdown(self) -> str:
        """The page as a Markdown file for other generators: front matter, then the HTML in one
        block element, which Markdown and CommonMark processors pass through untouched."""
        return front_matter(self.metadata()) + el("div", "\n" + self.body + "\n", class_="archive-page") + "\n"


def toc_tree(headings: Sequence[Heading]) -> list[dict]:
    """Headings nested by level, as tables of contents hold them: ``{level, id, name, children}``
    (``name`` is HTML)."""
    root: list[dict] = []
    stack: list[dict] = []
    for heading in headings:
        node = {"level": heading.level, "id": heading.anchor, "name": esc(heading.text), "children": []}
        while stack and stack[-1]["level"] >= heading.level:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(node)
        stack.append(node)
    return root


class Headings:
    """Headings of a page being built, with ids unique on the page."""

    def __init__(self) -> None:
        self.items: list[Heading] = []
        self._used: set[str] = set()
        self._next: dict[str, int] = {}

    def add(
        self, level: int, text: str, inner_html: str | None = None, anchor: str | None = None, search: bool = True
    ) -> str:
        """The heading element (with its permalink), recorded for the table of contents."""
        anchor = self._unique(anchor or _heading_slug(text))
        self.items.append(Heading(level, anchor, text))
        permalink = el("a", "¶", class_="headerlink", href=f"#{anchor}", title="Permanent link")
        return el(
            f"h{level}",
            (inner_html if inner_html is not None else esc(text)) + permalink,
            id=anchor,
            data_search_exclude=not search,
        )

    def _unique(self, anchor: str) -> str:
        candidate = anchor
        if candidate in self._used:
            # Resume where this anchor's numbering left off: many same-titled headings stay linear.
            number = self._next.get(anchor, 2)
            while f"{anchor}_{number}" in self._used:
                number += 1
            candidate, self._next[anchor] = f"{anchor}_{number}", number + 1
        self._used.add(candidate)
        return candidate


BLOCK_ANCHOR = re.compile(r"^p-[a-z0-9]+$|^photo-\d+$|^standfirst$|^h-")
"""The forms of an article's block anchors (``p-kq3x7a``, the ordinal ``p-4``, ``photo-2``,
subheadings' ``h-…``): a heading named like one ("P:1" gives ``p-1``) must not take its id, or
links to the block would land on it."""


def _heading_slug(text: str) -> str:
    slug = slugify(text, max_words=8)
    return f"heading-{slug}" if BLOCK_ANCHOR.match(slug) else slug


def human_date(iso: str | None) -> str:
    if not iso:
        return "undated"
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {_MONTHS[month - 1]} {year}"


def human_time(article: Article) -> str:
    """The time the date line gave, on the 24-hour clock with its zone as printed (``21:46 CDT``);
    empty when it gave none."""
    if not article.time.value:
        return ""
    return f"{article.time.value} {article.time_zone}" if article.time_zone else article.time.value


def human_date_and_time(article: Article) -> str:
    """``26 September 2013, 21:46 CDT``; the date alone (or ``undated``) when no time was given."""
    time = human_time(article) if article.date.value else ""
    return human_date(article.date.value) + (f", {time}" if time else "")


def month_name(iso_month: str) -> str:
    """``2017-10`` -> ``October 2017``."""
    year, month = iso_month.split("-")
    return f"{_MONTHS[int(month) - 1]} {year}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{count:,} {singular if count == 1 else plural_form or singular + 's'}"


def shorten(text: str, length: int) -> str:
    """At most ``length`` characters, cut at a word, with an ellipsis when cut."""
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0]
    return (cut or text[:length]) + "…"


def title_of(article: Article) -> str:
    return article.title.value or UNTITLED


def anchor_label(anchor: str | None, unit_kind: str = "", article: Article | None = None) -> str:
    """How a place in an article is named to a reader: ``¶4`` (the paragraph's number today, from
    ``article``; its anchor is stable, not a number), ``photo 2``, ``title``."""
    if anchor and anchor.startswith("photo-"):
        return f"photo {anchor.removeprefix('photo-')}"
    if article is not None and anchor in article.paragraph_numbers:
        return f"¶{article.paragraph_numbers[anchor]}"
    if anchor and anchor.startswith("p-"):
        number = anchor.removeprefix("p-")
        return f"¶{number}" if number.isdigit() else "¶"
    if unit_kind in ("subheading", "dateline", "standfirst"):
        return unit_kind
    return "title" if unit_kind in ("title", "") else "outlet"


def description_of(article: Article, length: int = 200) -> str:
    """The standfirst, the page's own summary, else the lede."""
    return shorten(article.standfirst.value or article.lede, length)
