"""The machine-readable export (``site/archive.json``) and the set of generated pages.

``site_pages`` is what both the MkDocs hook and the export command publish: a mapping from
page path (relative to the docs root) to Markdown, framework-free.
"""

from __future__ import annotations

from .dates import resolve_relative_days
from .footnotes import cross_reference_pages, xref_footnotes
from .indexes import entity_links, entity_pages, entity_path
from .listings import (
    articles_by_year,
    photos_by_year,
    render_articles_index,
    render_photo_year_page,
    render_photos_index,
    render_year_page,
    year_of,
)
from .model import Archive, ArchivedArticle, CrossReference, Entity, Passage, Problem
from .render import PageExtras, render_article

SCHEMA_VERSION = 1


def page_url(path: str, directory_urls: bool = True) -> str:
    """Site-relative URL of a generated page path, as MkDocs will publish it."""
    stem = path[: -len(".md")]
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


def page_reference(url: str, site_url: str | None) -> tuple[str, str]:
    """How a page names itself and the site root: absolute where the site's address is known,
    else relative to the page, which resolves on any host and from disk."""
    if site_url:
        return site_url + url, site_url
    depth = url.rstrip("/").count("/") + (1 if url.endswith("/") else 0)
    return url.rstrip("/").rsplit("/", 1)[-1] + ("/" if url.endswith("/") else ""), "../" * depth


def article_path(item: ArchivedArticle, archive: Archive) -> str:
    return f"{archive.settings.articles_dir}/{item.id}.md"


SEARCH_BYTES_PER_CHARACTER = 1.3
"""Index bytes per character of paragraph text (JSON and HTML overhead), measured on the benchmark."""


def search_full_text(archive: Archive) -> bool:
    """Whether articles go into the offline search index whole (see ``Settings.search_text``)."""
    mode = archive.settings.search_text
    if mode != "auto":
        return mode == "full"
    characters = sum(len(p.text) for item in archive.articles for p in item.article.paragraphs)
    return characters * SEARCH_BYTES_PER_CHARACTER <= archive.settings.search_budget_bytes


def site_pages(archive: Archive) -> dict[str, str]:
    """Every generated page: articles, listings, indexes."""
    folder = archive.settings.articles_dir
    full_text = search_full_text(archive)
    links = entity_links(archive)
    notes = xref_footnotes(archive)
    articles = archive.articles  # newest first
    pages = {
        article_path(item, archive): render_article(
            item,
            PageExtras(
                footnotes=notes.get(item.id, {}),
                links=links.get(item.id, {}),
                newer=articles[index - 1] if index > 0 else None,
                older=articles[index + 1] if index + 1 < len(articles) else None,
                listing=f"{year_of(item)}.md",
                search_full_text=full_text,
                path=article_path(item, archive),
            ),
        )
        for index, item in enumerate(articles)
    }
    pages.update(entity_pages(archive))
    pages.update(cross_reference_pages(archive))
    pages[f"{folder}/index.md"] = render_articles_index(archive)
    for year, items in articles_by_year(archive).items():
        pages[f"{folder}/{year}.md"] = render_year_page(year, items)
    pages["photos/index.md"] = render_photos_index(archive)
    for year, entries in photos_by_year(archive).items():
        pages[f"photos/{year}.md"] = render_photo_year_page(year, entries)
    return dict(sorted(pages.items()))


def archive_json(archive: Archive, problems: list[Problem] | None = None, directory_urls: bool = True) -> dict:
    """Everything read and inferred, in the shape of ``archive.schema.json``."""
    articles, photos = [], []
    shows: dict[tuple[str, str], list[str]] = {}
    people_in: dict[tuple[str, str], list[str]] = {}
    for entity in archive.entities:
        for mention in entity.mentions:
            if mention.photo and entity.id not in shows.setdefault((mention.article_id, mention.photo), []):
                shows[(mention.article_id, mention.photo)].append(entity.id)
            if entity.kind == "person" and mention.anchor and not mention.photo:
                people_in.setdefault((mention.article_id, mention.anchor), []).append(entity.id)
    for item in archive.articles:
        for photo in item.article.photos:
            if photo.pull_quote_of:
                # A pull quote's photo shows who is quoted: the people of the quoted paragraph.
                shows[(item.id, photo.anchor)] = sorted(set(people_in.get((item.id, photo.pull_quote_of), [])))
    for item in archive.articles:
        article = item.article
        url = page_url(article_path(item, archive), directory_urls)
        articles.append(
            {
                "id": item.id,
                "source_file": article.source_file,
                "url": url,
                "title": article.title.value,
                "title_inferred": article.title.inferred,
                "date": article.date.value,
                "date_raw": article.date.raw,
                "source": article.source.value,
                "source_inferred": article.source.inferred,
                "byline": article.byline.value,
                "dateline": article.dateline.raw,
                "subheadings": [s.text for s in article.subheadings],
                "paragraphs": [
                    {"id": p.anchor, "text": p.text, "line": p.line,
                     "relative_dates": [{"text": raw, "date": iso} for raw, iso in resolve_relative_days(p.text, article.date.value)]}
                    for p in article.paragraphs
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
                    "photographer": photo.credit.photographer,
                    "agency": photo.credit.agency,
                    "distributor": photo.credit.distributor,
                    "caption": photo.caption,
                    "place": photo.place.value,
                    "place_raw": photo.place.raw,
                    "date": photo.date.value,
                    "date_raw": photo.date.raw,
                    "date_inferred": photo.date.inferred,
                    "pull_quote_of": photo.pull_quote_of,
                    "image": photo.image,
                    "shows": shows.get((item.id, photo.anchor), []),
                }
            )
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": articles,
        "photos": photos,
        "entities": [_entity_json(entity, archive, directory_urls) for entity in archive.entities],
        "cross_references": [_xref_json(xref) for xref in archive.cross_references],
        "warnings": [
            {"file": p.file, "line": p.line, "code": p.code, "severity": p.severity.value, "message": p.message}
            for p in (problems if problems is not None else archive.problems)
        ],
    }


def _entity_json(entity: Entity, archive: Archive, directory_urls: bool) -> dict:
    folder = archive.settings.articles_dir
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type.value,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "role": entity.role,
        "description": entity.description,
        "url": page_url(entity_path(entity), directory_urls),
        "coordinates": list(entity.coordinates) if entity.coordinates else None,
        "wikidata": entity.wikidata,
        "geonameid": entity.geonameid,
        "mentions": [
            {
                "article": m.article_id,
                "paragraph": m.anchor if not m.photo else None,
                "photo": m.photo,
                "text": m.text,
                "url": page_url(f"{folder}/{m.article_id}.md", directory_urls) + (f"#{m.anchor}" if m.anchor else ""),
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
        "basis": xref.basis,
        "difference": xref.difference,
        "a": _passage_json(xref.a),
        "b": _passage_json(xref.b),
    }
