"""Page ids of new articles: readable, and unique by construction.

``<date>-<title slug>`` (``undated-<slug>`` without a date). Articles whose ids would clash (with
each other, or with an id the lock has already given) get their file's name appended, then a
number, and a warning names the files: two pages never share an address, so no article is lost
and no link lands in the wrong one. An article keeps the id it was first given (``addresses``).
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Mapping

from .model import ArchivedArticle, Article, Problem
from .text import slugify


def base_id(article: Article) -> str:
    return f"{article.date.value or 'undated'}-{slugify(article.title.value or '')}"


def file_slug(source_file: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", posixpath.splitext(source_file)[0].lower()).strip("-") or "file"


def assign_ids(
    articles: list[Article], reserved: Mapping[str, str] | None = None
) -> tuple[list[ArchivedArticle], list[Problem]]:
    """Ids in the articles' order; clashing ones made unique, deterministically by file name.

    ``reserved``: ids already given (by the lock) -> the seed file holding each: never given again."""
    reserved = reserved or {}
    sharing: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        sharing[base_id(article)].append(article)
    # Ids nobody shares are claimed first, so a suffixed id can never take one of them.
    taken = {base for base, group in sharing.items() if len(group) == 1} | set(reserved)
    ids: dict[str, str] = {}
    problems: list[Problem] = []
    for base, group in sorted(sharing.items()):
        if len(group) == 1 and base not in reserved:
            ids[group[0].source_file] = base
            continue
        for article in sorted(group, key=lambda a: a.source_file):
            candidate, number = f"{base}-{file_slug(article.source_file)}", 2
            while candidate in taken:
                candidate, number = f"{base}-{file_slug(article.source_file)}-{number}", number + 1
            taken.add(candidate)
            ids[article.source_file] = candidate
            holders = [a.source_file for a in group if a is not article]
            holders += [f"{reserved[base]} (archived earlier)"] if base in reserved else []
            others = ", ".join(holders)
            problems.append(
                Problem(
                    article.source_file,
                    None,
                    "id-collision",
                    f"same date and title as {others}: its page id is {candidate}, so that no page is lost",
                )
            )
    return [ArchivedArticle(article=article, id=ids[article.source_file]) for article in articles], problems


def sort_articles(articles: list[ArchivedArticle]) -> list[ArchivedArticle]:
    """Newest first; undated articles last, by file name."""
    dated = sorted(
        (a for a in articles if a.article.date.value), key=lambda a: (a.article.date.value, a.id), reverse=True
    )
    undated = sorted((a for a in articles if not a.article.date.value), key=lambda a: a.article.source_file)
    return dated + undated
