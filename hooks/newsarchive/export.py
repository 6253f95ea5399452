"""The machine-readable export, ``site/archive.json``: everything read and inferred.

Its shape is ``tests/archive.schema.json`` (the contract's schema, extended).
"""

from __future__ import annotations

from collections.abc import Sequence

from .anchors import alias_order
from .annotations import HEADER_FIELDS
from .citations import ALL_ARTICLES
from .entitymodel import Entity
from .model import Archive, ArchivedArticle, Problem
from .paths import CITATION_FORMATS, FEED_FILE, SitePaths
from .photometa import photo_json
from .xrefmodel import CrossReference, FactGroup, Passage

SCHEMA_VERSION = 2
"""2: paragraph ids are stable anchors (``p-kq3x7a``), with the ordinal they were first archived
under in ``aliases``; articles carry their archiving date, former ids and citation files."""


def page_reference(url: str, site_url: str | None) -> tuple[str, str]:
    """How a page names itself and the site root: absolute where the site's address is known,
    else relative to the page, which resolves on any host and from disk."""
    if site_url:
        return site_url + url, site_url
    depth = url.rstrip("/").count("/") + (1 if url.endswith("/") else 0)
    return url.rstrip("/").rsplit("/", 1)[-1] + ("/" if url.endswith("/") else ""), "../" * depth


def archive_json(archive: Archive, paths: SitePaths, problems: Sequence[Problem] | None = None) -> dict:
    """Everything read and inferred, in the shape of ``archive.schema.json``."""
    articles, photos = [], []
    for item in archive.articles:
        article = item.article
        url = paths.url(paths.article(item.id))
        aliases: dict[str, list[str]] = {}
        for alias, anchor in sorted(item.anchor_aliases.items(), key=lambda pair: alias_order(pair[0])):
            aliases.setdefault(anchor, []).append(alias)
        articles.append(
            {
                "id": item.id,
                "source_file": article.source_file,
                "url": url,
                "title": article.title.value,
                "title_inferred": article.title.inferred,
                "date": article.date.value,
                "date_raw": article.date.raw,
                "time": article.time.value,
                "time_raw": article.time.raw,
                "time_zone": article.time_zone,
                "source": article.source.value,
                "source_inferred": article.source.inferred,
                "byline": article.byline.value,
                "authors": list(article.authors),
                "agency": article.agency.value,
                "standfirst": article.standfirst.value,
                "edited": _edited(item),
                "archived": item.archived,
                "former_ids": list(item.former_ids),
                "original_url": item.original_url,
                "citations": {name.replace("-", "_"): paths.citation(item.id, name) for name in CITATION_FORMATS},
                "dateline": article.dateline.raw,
                "subheadings": [s.text for s in article.subheadings],
                "paragraphs": [
                    {
                        "id": p.anchor,
                        "number": number,
                        "aliases": aliases.get(p.anchor, []),
                        "text": p.text,
                        "line": p.line,
                        "relative_dates": [
                            {"text": day.text, "date": day.date} for day in item.relative_dates.get(p.anchor, ())
                        ],
                    }
                    for number, p in enumerate(article.paragraphs, start=1)
                ],
                "videos": [v.text for v in article.videos],
                "related": [{"text": r.story.text, "article": r.article_id, "score": r.score} for r in item.related],
                "words": article.words,
                "content_hash": article.content_hash,
            }
        )
        for photo in article.photos:
            photos.append(
                {
                    "id": f"{item.id}#{photo.anchor}",
                    "anchor": photo.anchor,
                    "article": item.id,
                    "url": f"{url}#{photo.anchor}",
                    "credit_raw": photo.credit.raw,
                    **photo_json(photo),
                    "caption": photo.caption,
                    "place_raw": photo.place.raw,
                    "date_raw": photo.date.raw,
                    "date_inferred": photo.date.inferred,
                    "pull_quote_of": photo.pull_quote_of,
                    "image": photo.image,
                    "shows": list(item.shows.get(photo.anchor, ())),
                }
            )
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": articles,
        "photos": photos,
        "entities": [_entity_json(entity, paths) for entity in archive.entities],
        "cross_references": [_xref_json(xref) for xref in archive.cross_references],
        "fact_groups": [_fact_json(fact) for fact in archive.fact_groups],
        "story_groups": [
            {"id": story.id, "articles": list(story.articles), "shared_terms": list(story.shared_terms)}
            for story in archive.story_groups
        ],
        "redirects": [
            {
                "from": paths.url(paths.article(r.old_id)),
                "to": paths.url(paths.article(r.new_id)),
                "reason": r.reason.value,
            }
            for r in archive.redirects
        ],
        "feed": FEED_FILE,
        "citations": {name.replace("-", "_"): paths.citation(ALL_ARTICLES, name) for name in CITATION_FORMATS},
        "warnings": [
            {"file": p.file, "line": p.line, "code": p.code, "severity": p.severity.value, "message": p.message}
            for p in (problems if problems is not None else archive.problems)
        ],
    }


def _edited(item: ArchivedArticle) -> list[str]:
    """What an editor supplied: header fields from annotations.yml, the original address, an id."""
    edited = [name for name in HEADER_FIELDS if getattr(item.article, name).edited]
    edited += ["original_url"] if item.original_url else []
    edited += ["id"] if item.former_ids else []
    return edited


def _entity_json(entity: Entity, paths: SitePaths) -> dict:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type.value,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "role": entity.role,
        "description": entity.description,
        "url": paths.url(paths.entity(entity)),
        "coordinates": list(entity.coordinates) if entity.coordinates else None,
        "wikidata": entity.wikidata,
        "geonameid": entity.geonameid,
        "mentions": [
            {
                "article": m.article_id,
                "paragraph": m.anchor if not m.photo else None,
                "photo": m.photo,
                "text": m.text,
                "url": paths.url(paths.article(m.article_id)) + (f"#{m.anchor}" if m.anchor else ""),
            }
            for m in entity.mentions
        ],
    }


def _passage_json(passage: Passage) -> dict:
    return {"article": passage.article_id, "paragraph": passage.anchor, "sentence": passage.sentence}


def _xref_json(xref: CrossReference) -> dict:
    return {
        "relation": xref.relation.value,
        "score": xref.score,
        "basis": str(xref.basis.value),
        "difference": xref.difference,
        "differences": [{"kind": d.kind.value, "a": d.here, "b": d.there, "about": d.about} for d in xref.differences],
        "shared_terms": list(xref.shared_terms),
        "shared_entities": list(xref.shared_entities),
        "fact": xref.fact,
        "a": _passage_json(xref.a),
        "b": _passage_json(xref.b),
    }


def _fact_json(fact: FactGroup) -> dict:
    return {
        "id": fact.id,
        "story": fact.story,
        "relation": fact.relation.value,
        "shared_terms": list(fact.shared_terms),
        "passages": [_passage_json(p) for p in fact.passages],
    }
