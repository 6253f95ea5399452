"""What the archive works out once for every page and the export: who each photo shows, and
which day each "on Friday" or "yesterday" was.

Both were once worked out by the export alone, so archive.json said a photo showed a person
whose page had no "Photos showing them" section.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from .dates import resolve_relative_days
from .entitymodel import Entity
from .model import ArchivedArticle, RelativeDate

PEOPLE = "person"


def enrich(articles: Sequence[ArchivedArticle], entities: Sequence[Entity]) -> list[ArchivedArticle]:
    shows = photo_subjects(articles, entities)
    return [replace(item, shows=shows.get(item.id, {}), relative_dates=relative_dates(item)) for item in articles]


def photo_subjects(
    articles: Sequence[ArchivedArticle], entities: Sequence[Entity]
) -> dict[str, dict[str, tuple[str, ...]]]:
    """Article id -> photo anchor -> entity ids, in index order.

    A caption shows what it names. A pull quote's caption repeats a paragraph's words, so it
    shows who is quoted: the people named in that paragraph."""
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    people_in: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entity in entities:
        for mention in entity.mentions:
            if mention.photo and entity.id not in named[(mention.article_id, mention.photo)]:
                named[(mention.article_id, mention.photo)].append(entity.id)
            elif (
                entity.kind == PEOPLE
                and mention.anchor
                and not mention.photo
                and entity.id not in people_in[(mention.article_id, mention.anchor)]
            ):
                people_in[(mention.article_id, mention.anchor)].append(entity.id)
    shows: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    for item in articles:
        for photo in item.article.photos:
            subjects = (
                people_in.get((item.id, photo.pull_quote_of), [])
                if photo.pull_quote_of
                else named.get((item.id, photo.anchor), [])
            )
            if subjects:
                shows[item.id][photo.anchor] = tuple(subjects)
    return shows


def relative_dates(item: ArchivedArticle) -> dict[str, tuple[RelativeDate, ...]]:
    article = item.article
    found = {}
    for paragraph in article.paragraphs:
        days = tuple(RelativeDate(text, iso) for text, iso in resolve_relative_days(paragraph.text, article.date.value))
        if days:
            found[paragraph.anchor] = days
    return found


def photos_showing(articles: Sequence[ArchivedArticle]) -> dict[str, list[tuple[ArchivedArticle, str]]]:
    """Entity id -> (article, photo anchor) of every photo showing it, in archive order."""
    found: dict[str, list[tuple[ArchivedArticle, str]]] = defaultdict(list)
    for item in articles:
        for anchor, ids in sorted(item.shows.items(), key=lambda pair: int(pair[0].removeprefix("photo-"))):
            for entity_id in ids:
                found[entity_id].append((item, anchor))
    return found
