"""Index pages: places, actors (A–Z and by kind), a page per entity, and the photo credits.

Also the links from article text to entity pages (the first mention of each entity in each
paragraph or caption), handed to ``render`` as ``InlineLink`` values.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .markup import NOT_IN_SEARCH, SEARCH_EXCLUDE, front_matter, md_text
from .model import Archive, ArchivedArticle, Entity, EntityType, Mention, Photo
from .render import InlineLink, human_date
from .text import name_order, slugify

COMPANIONS_SHOWN = 10
MAX_COMPANIONS_PER_UNIT = 40
"""A paragraph naming more entities than this is a list: it adds nothing to "named most often with"."""
KIND_LABELS = {
    "country": "Countries", "city": "Cities and towns", "landmark": "Landmarks", "river": "Rivers", "region": "Regions",
    "person": "People", "armed_group": "Armed groups", "organization": "Organisations", "media": "Media", "state": "States",
    "unknown": "Unclassified",
}


def entity_path(entity: Entity) -> str:
    return f"{entity.folder}/{entity.id}.md"


def _label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize() + "s")


@dataclass(frozen=True)
class EntityStats:
    mentions: int
    sources: int
    first: str | None
    last: str | None


def entity_stats(entity: Entity, articles: dict[str, ArchivedArticle]) -> EntityStats:
    outlets = {articles[m.article_id].article.source.value or articles[m.article_id].id for m in entity.mentions}
    dates = sorted(m.date for m in entity.mentions if m.date)
    return EntityStats(len(entity.mentions), len(outlets), dates[0] if dates else None, dates[-1] if dates else None)


def render_entity_index(archive: Archive, entity_type: EntityType) -> str:
    """A–Z table with counts and dates, then the same names grouped by kind."""
    entities = [e for e in archive.entities if e.type is entity_type]
    articles = archive.by_id()
    title = "Places" if entity_type is EntityType.PLACE else "Actors"
    lines = [NOT_IN_SEARCH + f"# {title}", "", f"{len(entities)} {title.lower()} named in the archive's articles.", ""]
    if not entities:
        return "\n".join(lines) + "\n"
    lines += ["## A–Z", "", "| Name | Kind | Mentions | Sources | First | Last |", "| --- | --- | ---: | ---: | --- | --- |"]
    for entity in sorted(entities, key=lambda e: name_order(e.name)):
        stats = entity_stats(entity, articles)
        lines.append(
            f"| [{md_text(entity.name)}]({entity.id}.md) | {_label(entity.kind)[:-1] if entity.kind in KIND_LABELS else md_text(entity.kind)} | "
            f"{stats.mentions} | {stats.sources} | {human_date(stats.first) if stats.first else '—'} | {human_date(stats.last) if stats.last else '—'} |"
        )
    lines += ["", "## By kind", ""]
    by_kind: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        by_kind[entity.kind].append(entity)
    for kind in sorted(by_kind, key=_label):
        names = ", ".join(f"[{md_text(e.name)}]({e.id}.md)" for e in sorted(by_kind[kind], key=lambda e: name_order(e.name)))
        lines += [f"### {_label(kind)}", "", names, ""]
    return "\n".join(lines) + "\n"


def _highlighted(mention: Mention) -> str:
    sentence = mention.sentence
    at = sentence.find(mention.text)
    if at < 0:
        return md_text(sentence)
    return f"{md_text(sentence[:at])}<mark>{md_text(mention.text)}</mark>{md_text(sentence[at + len(mention.text):])}"


def _mention_target(mention: Mention) -> str:
    anchor = f"#{mention.anchor}" if mention.anchor else ""
    return f"../articles/{mention.article_id}.md{anchor}"


def _anchor_label(mention: Mention) -> str:
    if mention.photo:
        return f"photo {mention.photo.removeprefix('photo-')}"
    if mention.anchor:
        return f"¶{mention.anchor.removeprefix('p-')}"
    return "title" if mention.unit_kind == "title" else "outlet"


def companions(archive: Archive) -> dict[str, Counter]:
    """For each entity, how often each other entity is named in the same paragraph or caption."""
    by_unit: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for entity in archive.entities:
        for mention in entity.mentions:
            if mention.anchor:
                by_unit[(mention.article_id, mention.anchor)].add(entity.id)
    counts: dict[str, Counter] = defaultdict(Counter)
    for ids in by_unit.values():
        if len(ids) > MAX_COMPANIONS_PER_UNIT:
            continue  # a list of names, not names seen together; and pairs grow with its square
        for a in ids:
            for b in ids:
                if a != b:
                    counts[a][b] += 1
    return counts


def render_entity_page(entity: Entity, archive: Archive, together: Counter, by_id: dict[str, Entity]) -> str:
    articles = archive.by_id()
    stats = entity_stats(entity, articles)
    span = f"{human_date(stats.first)} – {human_date(stats.last)}" if stats.first and stats.first != stats.last else human_date(stats.first)
    lines = [
        front_matter({"title": entity.name}),
        f"# {md_text(entity.name)}", "",
        f'<p class="archive-kicker" markdown="span">{entity.type.value.capitalize()} · {md_text(entity.kind.replace("_", " "))} · '
        f'{stats.mentions} mentions in {stats.sources} source{"s" if stats.sources != 1 else ""} · {span}</p>', "",
    ]
    if entity.aliases:
        lines += [f"**Also named:** {', '.join(md_text(a) for a in entity.aliases)}", ""]
    if entity.role:
        lines += [f"**Role:** {md_text(entity.role)}", ""]
    if entity.description:
        lines += [f"**Description:** {md_text(entity.description)}", ""]
    if entity.coordinates:
        latitude, longitude = entity.coordinates
        source = f" (GeoNames {entity.geonameid})" if entity.geonameid else ""
        lines += [f"**Coordinates:** {latitude:.4f}, {longitude:.4f}{source}", ""]
    if entity.wikidata:
        lines += [f"**Wikidata:** {md_text(entity.wikidata)}", ""]
    # The mentions repeat article sentences the search already finds in the articles.
    lines += [f"## Mentions{SEARCH_EXCLUDE}", ""]
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for mention in entity.mentions:
        by_article[mention.article_id].append(mention)
    for article_id in sorted(by_article, key=lambda a: (articles[a].article.date.value or "", a), reverse=True):
        item = articles[article_id]
        lines += [f"### [{md_text(item.article.title.value or 'Untitled article')}](../articles/{item.id}.md){SEARCH_EXCLUDE}", "",
                  f"{md_text(item.article.source.value or 'Outlet unknown')}, {human_date(item.article.date.value)}", ""]
        for mention in by_article[article_id]:
            lines.append(f"- {_highlighted(mention)} — [{_anchor_label(mention)}]({_mention_target(mention)})")
        lines.append("")
    photos = sorted({(m.article_id, m.photo) for m in entity.mentions if m.photo})
    if photos:
        lines += [f"## Photos showing it{SEARCH_EXCLUDE}", ""]
        for article_id, anchor in photos:
            photo = _photo_by_anchor(articles[article_id], anchor)
            lines.append(f"- [{md_text(_short(photo.caption))}](../articles/{article_id}.md#{anchor}) — {md_text(photo.credit.raw)}")
        lines.append("")
    if together:
        lines += [f"## Named most often with{SEARCH_EXCLUDE}", ""]
        for other_id, count in sorted(together.items(), key=lambda pair: (-pair[1], pair[0]))[:COMPANIONS_SHOWN]:
            other = by_id[other_id]
            lines.append(f"- [{md_text(other.name)}](../{other.folder}/{other.id}.md) ({count})")
        lines.append("")
    return "\n".join(lines)


def _photo_by_anchor(item: ArchivedArticle, anchor: str) -> Photo:
    # Photo anchors are numbered in order: photo-N is the N-th photo.
    return item.article.photos[int(anchor.removeprefix("photo-")) - 1]


def _short(text: str, length: int = 90) -> str:
    return text if len(text) <= length else text[:length].rsplit(" ", 1)[0] + "…"


def entity_links(archive: Archive) -> dict[str, dict[str, list[InlineLink]]]:
    """Article id -> anchor -> links: the first mention of each entity in each paragraph or caption."""
    links: dict[str, dict[str, list[InlineLink]]] = defaultdict(lambda: defaultdict(list))
    seen: set[tuple[str, str, str]] = set()
    for entity in archive.entities:
        for mention in entity.mentions:
            if not mention.anchor or (mention.article_id, mention.anchor, entity.id) in seen:
                continue
            seen.add((mention.article_id, mention.anchor, entity.id))
            links[mention.article_id][mention.anchor].append(
                InlineLink(mention.start, mention.end, f"../{entity.folder}/{entity.id}.md", entity.name)
            )
    return links


# --- photo credits -----------------------------------------------------------------------------


def credit_names(photo: Photo) -> tuple[list[str], list[str]]:
    """Photographers, and agencies and distributors (``AFP/Getty Images`` is two)."""
    people = [photo.credit.photographer] if photo.credit.photographer else []
    organisations = []
    for value in (photo.credit.agency, photo.credit.distributor):
        organisations += [part.strip() for part in (value or "").split("/") if part.strip()]
    return people, organisations


def render_credits_page(archive: Archive) -> str:
    people: dict[str, list[tuple[ArchivedArticle, Photo]]] = defaultdict(list)
    organisations: dict[str, list[tuple[ArchivedArticle, Photo]]] = defaultdict(list)
    for item in archive.articles:
        for photo in item.article.photos:
            names, orgs = credit_names(photo)
            for name in names:
                people[name].append((item, photo))
            for org in orgs:
                organisations[org].append((item, photo))
    lines = [NOT_IN_SEARCH + "# Photo credits", "", "Photographers, agencies and distributors as the photo credits name them, each with their photos.", ""]
    for heading, table in (("Photographers", people), ("Agencies and distributors", organisations)):
        lines += [f"## {heading}", ""]
        for name in sorted(table, key=name_order):
            anchor = "credit-" + slugify(name)
            lines += [f'<h3 id="{anchor}" markdown="span">{md_text(name)} ({len(table[name])})</h3>', ""]
            for item, photo in table[name]:
                lines.append(f"- [{md_text(_short(photo.caption))}](../articles/{item.id}.md#{photo.anchor}) — "
                             f"{md_text(item.article.source.value or 'outlet unknown')}, {human_date(photo.date.value or item.article.date.value)}")
            lines.append("")
    return "\n".join(lines)


def entity_pages(archive: Archive) -> dict[str, str]:
    together = companions(archive)
    by_id = {e.id: e for e in archive.entities}
    pages = {
        "places/index.md": render_entity_index(archive, EntityType.PLACE),
        "actors/index.md": render_entity_index(archive, EntityType.ACTOR),
        "credits/index.md": render_credits_page(archive),
    }
    for entity in archive.entities:
        pages[entity_path(entity)] = render_entity_page(entity, archive, together.get(entity.id, Counter()), by_id)
    return pages
