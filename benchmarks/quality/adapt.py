"""The one module that knows the archive's shape: build an archive and read it as plain views.

The core (``hooks/newsarchive``) changes; the measures should not have to. Every access to an
``Archive``, ``Article``, ``Photo``, ``Credit``, ``Entity`` or ``CrossReference`` attribute is
here, behind small functions that return plain values. When the core's model changes (authors as
a tuple of names, distributors as a tuple, cross-references grouped into facts), adapt these
functions and nothing else.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from newsarchive.archive import build_archive  # noqa: E402
from newsarchive.entitymodel import EntityType
from newsarchive.model import Archive, SeedFile, Settings  # noqa: E402

BYLINE_SEPARATORS = re.compile(r",\s+|\s+and\s+|\s+&\s+")
"""How a byline string lists several people ("A, B and C", "A & B")."""
HEADLINE_ANCHORS = (None, "title")
"""Anchors a passage of the headline may carry."""


@dataclass(frozen=True)
class Line:
    """A piece of text read from a file, with its 1-based line (``None`` when unknown)."""

    text: str
    line: int | None


@dataclass(frozen=True)
class PhotoView:
    anchor: str
    caption: str
    credit_raw: str
    photographer: str | None
    agency: str | None
    distributor: str | None
    place: str | None
    date: str | None
    line: int | None
    pull_quote_of: str | None


@dataclass(frozen=True)
class ParagraphView:
    anchor: str
    text: str
    line: int | None


@dataclass(frozen=True)
class ArticleView:
    """What the evaluation reads of one archived article."""

    id: str
    file: str
    title: str | None
    title_line: int | None
    title_inferred: bool
    date: str | None
    date_line: int | None
    outlet: str | None
    outlet_line: int | None
    byline: str | None
    byline_line: int | None
    authors: tuple[str, ...]
    paragraphs: tuple[ParagraphView, ...]
    subheadings: tuple[Line, ...]
    photos: tuple[PhotoView, ...]
    videos: tuple[Line, ...]
    related: tuple[Line, ...]


@dataclass(frozen=True)
class End:
    """One end of a produced pair: the article, the paragraph/photo anchor (``None`` or
    ``"title"`` for the headline) and the sentence."""

    article_id: str
    anchor: str | None
    sentence: str

    @property
    def is_headline(self) -> bool:
        return self.anchor in HEADLINE_ANCHORS


@dataclass(frozen=True)
class ProducedPair:
    """Two passages of different articles the archive says report the same fact."""

    relation: str
    a: End
    b: End


@dataclass(frozen=True)
class EntityView:
    """An index entry as seen from one article: its type, kind and the names it goes by there."""

    id: str
    name: str
    type: str
    """``place`` or ``actor``."""
    kind: str
    aliases: tuple[str, ...]
    names_here: tuple[str, ...]
    """Its mention texts in this article, then its name and aliases."""
    line_hint: str
    """The first mention's anchor in this article (for failure listings)."""


def build(files: dict[str, bytes]) -> Archive:
    """The archive of these files (path relative to the seeds folder -> bytes), core only."""
    return build_archive([SeedFile(path=path, data=data) for path, data in sorted(files.items())], Settings())


def articles_of(archive: Archive) -> list[ArticleView]:
    """Every archived article, as views, in file-name order."""
    views = [_view(item.id, item.article) for item in archive.articles]
    return sorted(views, key=lambda v: v.file)


def _view(article_id: str, article: Any) -> ArticleView:
    return ArticleView(
        id=article_id,
        file=article.source_file,
        title=article.title.value,
        title_line=article.title.line,
        title_inferred=bool(article.title.inferred),
        date=article.date.value,
        date_line=article.date.line,
        outlet=article.source.value,
        outlet_line=article.source.line,
        byline=article.byline.value,
        byline_line=article.byline.line,
        authors=tuple(authors_of(article)),
        paragraphs=tuple(ParagraphView(p.anchor, p.text, p.line) for p in article.paragraphs),
        subheadings=tuple(Line(s.text, s.line) for s in article.subheadings),
        photos=tuple(_photo(p) for p in article.photos),
        videos=tuple(Line(v.text, v.line) for v in article.videos),
        related=tuple(Line(r.text, r.line) for r in getattr(article, "related", ())),
    )


def _photo(photo: Any) -> PhotoView:
    credit = photo.credit
    return PhotoView(
        anchor=photo.anchor,
        caption=photo.caption,
        credit_raw=credit.raw or "",
        photographer=_names(credit.photographer),
        agency=_names(credit.agency),
        distributor=distributor_of(credit),
        place=photo.place.value,
        date=photo.date.value,
        line=photo.line,
        pull_quote_of=getattr(photo, "pull_quote_of", None),
    )


def authors_of(article: Any) -> list[str]:
    """The byline's people: ``article.authors`` where the core gives them, else the byline
    string split on ", ", " and ", " & " (no byline: [])."""
    authors = getattr(article, "authors", None)
    if authors is not None:
        return [a for a in authors if a and a.strip()]
    value = article.byline.value
    if not value or not value.strip():
        return []
    return [part.strip() for part in BYLINE_SEPARATORS.split(value) if part.strip()]


def distributor_of(credit: Any) -> str | None:
    """A credit's distributor as one string: a tuple of names (``distributors``, or a tuple in
    ``distributor``) is joined with "/"; a string or ``None`` is taken as it is."""
    if hasattr(credit, "distributors"):
        return _names(credit.distributors)
    return _names(getattr(credit, "distributor", None))


def _names(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (tuple, list)):
        joined = "/".join(str(v) for v in value if v)
        return joined or None
    return str(value) or None


def produced_pairs(archive: Archive) -> list[ProducedPair]:
    """Every pair of passages of different articles the archive links, once each.

    The core groups passages into facts (``Archive.fact_groups``, each with ``passages`` and a
    ``relation``): each two passages of a group from different articles make a pair. Its
    ``cross_references`` list those pairs one by one, each with its own relation (``differs``
    only where the two give a detail differently), so they are read first; a group's pairs then
    add any the list lacks (none, unless an editor rejected one) with the group's relation.
    """
    pairs: dict[frozenset[End], ProducedPair] = {}
    for xref in getattr(archive, "cross_references", ()):
        pair = ProducedPair(_relation(xref.relation), _end(xref.a), _end(xref.b))
        pairs.setdefault(frozenset((pair.a, pair.b)), pair)
    for pair in _group_pairs(getattr(archive, "fact_groups", ())):
        pairs.setdefault(frozenset((pair.a, pair.b)), pair)
    return list(pairs.values())


def _group_pairs(groups: Any) -> list[ProducedPair]:
    found = []
    for group in groups or ():
        ends = [_end(p) for p in getattr(group, "passages", ())]
        relation = _relation(getattr(group, "relation", "corroborates"))
        for i, a in enumerate(ends):
            found += [ProducedPair(relation, a, b) for b in ends[i + 1 :] if b.article_id != a.article_id]
    return found


def _end(passage: Any) -> End:
    anchor = getattr(passage, "anchor", None)
    return End(passage.article_id, anchor if anchor else None, passage.sentence)


def _relation(relation: Any) -> str:
    return str(getattr(relation, "value", relation))


def pull_quote_anchors(archive: Archive) -> set[tuple[str, str]]:
    """(article id, photo anchor) of every caption the archive read as a pull quote."""
    return {
        (item.id, p.anchor)
        for item in archive.articles
        for p in item.article.photos
        if getattr(p, "pull_quote_of", None)
    }


def entities_in(archive: Archive, article_id: str) -> list[EntityView]:
    """Index entries with a mention in this article, with the names they go by there."""
    return entities_by_article(archive).get(article_id, [])


def entities_by_article(archive: Archive) -> dict[str, list[EntityView]]:
    """``entities_in`` for every article at once (one pass over the index)."""
    found: dict[str, list[EntityView]] = {}
    for entity in archive.entities:
        texts: dict[str, list[str]] = {}
        anchors: dict[str, str] = {}
        for mention in entity.mentions:
            texts.setdefault(mention.article_id, []).append(mention.text)
            anchors.setdefault(mention.article_id, mention.anchor or "title")
        for article_id, here in texts.items():
            names = tuple(dict.fromkeys([*here, entity.name, *entity.aliases]))
            found.setdefault(article_id, []).append(
                EntityView(
                    entity.id,
                    entity.name,
                    _type(entity.type),
                    entity.kind,
                    tuple(entity.aliases),
                    names,
                    anchors[article_id],
                )
            )
    return found


def all_entities(archive: Archive) -> list[EntityView]:
    """Every index entry (names: its name and aliases), for checks over the whole archive."""
    return [
        EntityView(
            e.id,
            e.name,
            _type(e.type),
            e.kind,
            tuple(e.aliases),
            tuple(dict.fromkeys([e.name, *e.aliases])),
            e.mentions[0].anchor or "title" if e.mentions else "",
        )
        for e in archive.entities
    ]


def _type(value: Any) -> str:
    if value is EntityType.PLACE:
        return "place"
    if value is EntityType.ACTOR:
        return "actor"
    return str(getattr(value, "value", value))


def source_file_of(archive: Archive) -> dict[str, str]:
    """Article id -> its file (relative to the folder the archive was built from)."""
    return {item.id: item.article.source_file for item in archive.articles}


def story_groups_of(archive: Archive) -> list[list[str]]:
    """Each story group's articles (ids), as the article pages list them under "Other sources"."""
    return [list(group.articles) for group in archive.story_groups]
