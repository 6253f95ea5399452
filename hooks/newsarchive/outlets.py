"""Outlets: who published each article, as one key per outlet whatever its spelling.

Pasted copy often never names its outlet. Such an article is never "another source": where a
reader needs to tell sources apart, it is named by its own title (``source_label``), and the
filters group all of them as "outlet not named".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Archive, ArchivedArticle
from .page import title_of
from .text import slugify

UNNAMED = "not-named"
"""The key of articles whose outlet the text never names."""
UNNAMED_LABEL = "Outlet not named"
RESERVED_KEYS = frozenset({"index"})
"""Keys that would give an outlet the address of the outlets' index page."""


def outlet_key(item: ArchivedArticle) -> str:
    """One slug per outlet: ``ABC News`` and ``ABC news`` are one outlet."""
    name = item.article.source.value
    if not name:
        return UNNAMED
    key = slugify(name)
    return f"{key}-outlet" if key in RESERVED_KEYS or key == UNNAMED else key


def outlet_name(item: ArchivedArticle) -> str:
    return item.article.source.value or UNNAMED_LABEL


def source_label(item: ArchivedArticle) -> str:
    """The outlet, or where the copy never names one, the article itself (by its title)."""
    return item.article.source.value or f"“{title_of(item.article)}”"


@dataclass(frozen=True)
class Outlet:
    key: str
    name: str
    """The spelling most of its articles use."""
    articles: tuple[ArchivedArticle, ...]
    """Newest first, as the archive orders them."""


def outlets_of(archive: Archive) -> list[Outlet]:
    """Every outlet with its articles, by name; the articles that name none last, together."""
    grouped: dict[str, list[ArchivedArticle]] = defaultdict(list)
    for item in archive.articles:
        grouped[outlet_key(item)].append(item)
    outlets = [Outlet(key, _usual_name(items), tuple(items)) for key, items in grouped.items()]
    return sorted(outlets, key=lambda o: (o.key == UNNAMED, o.name.casefold(), o.key))


def _usual_name(items: Iterable[ArchivedArticle]) -> str:
    counts = Counter(outlet_name(item) for item in items)
    return min(counts, key=lambda name: (-counts[name], name))
