"""Index pages: places, actors (A–Z and by kind), and a page per entity.

Also the links from article text to entity pages (the first mention of each entity in each
paragraph or caption), handed to ``render`` as ``InlineLink`` values.

An entity's mentions are grouped by article, newest first, a few lines per article, a
hundred articles per page: a name mentioned forty thousand times gives many small pages,
never one page of megabytes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .enrich import photos_showing
from .entitymodel import Entity, EntityType, Mention
from .filters import Cell, Column, facet, filter_form, item_data, sortable_table
from .markup import el, esc, lines
from .model import Archive, ArchivedArticle
from .outlets import outlet_key, outlet_name
from .page import OUTLET_UNKNOWN, Headings, RenderedPage, anchor_label, human_date, plural, shorten, title_of
from .pagecache import PageKeeper, digests_of
from .paths import SitePaths
from .render import InlineLink
from .text import name_order

COMPANIONS_SHOWN = 10
MAX_COMPANIONS_PER_UNIT = 40
"""A paragraph naming more entities than this is a list: it adds nothing to "named most often with"."""
ARTICLES_PER_PAGE = 100
"""Articles listed on one page of an entity's mentions (the benchmark's busiest place: 9,000)."""
MENTIONS_PER_ARTICLE = 20
"""Mention lines shown under one article (a real article names one thing fewer times); the rest are counted."""
KIND_LABELS = {
    "country": ("Country", "Countries"),
    "city": ("City or town", "Cities and towns"),
    "landmark": ("Landmark", "Landmarks"),
    "river": ("River", "Rivers"),
    "region": ("Region", "Regions"),
    "person": ("Person", "People"),
    "armed_group": ("Armed group", "Armed groups"),
    "organization": ("Organisation", "Organisations"),
    "media": ("Media outlet", "Media"),
    "state": ("State", "States"),
    "unknown": ("Unclassified", "Unclassified"),
    "place": ("Place", "Other places"),
}


def kind_label(kind: str, many: bool = False) -> str:
    """``person`` -> ``Person`` (or ``People``); unknown kinds from their own name."""
    singular, plural_form = KIND_LABELS.get(
        kind, (kind.replace("_", " ").capitalize(), kind.replace("_", " ").capitalize() + "s")
    )
    return plural_form if many else singular


@dataclass(frozen=True)
class EntityStats:
    mentions: int
    sources: int
    first: str | None
    last: str | None


def entity_stats(entity: Entity, articles: dict[str, ArchivedArticle]) -> EntityStats:
    outlets = {articles[m.article_id].article.source.value or m.article_id for m in entity.mentions}
    dates = sorted(m.date for m in entity.mentions if m.date)
    return EntityStats(len(entity.mentions), len(outlets), dates[0] if dates else None, dates[-1] if dates else None)


ENTITY_COLUMNS = (
    Column("Name"),
    Column("Kind"),
    Column("Mentions", numeric=True),
    Column("Sources", numeric=True),
    Column("First"),
    Column("Last"),
)


def render_entity_index(archive: Archive, entity_type: EntityType, paths: SitePaths) -> RenderedPage:
    """A–Z table with counts and dates (sortable, filtered by kind, outlet and date), then the names by kind."""
    page, headings = paths.entity_index(entity_type), Headings()
    entities = sorted((e for e in archive.entities if e.type is entity_type), key=lambda e: name_order(e.name))
    articles = archive.by_id()
    title, noun = ("Places", "place") if entity_type is EntityType.PLACE else ("Actors", "actor")
    blocks = [
        headings.add(1, title),
        el("p", f"{plural(len(entities), noun)} named in the archive's articles."),
    ]
    if entities:
        rows, kinds, outlets = [], [], []
        for entity in entities:
            stats = entity_stats(entity, articles)
            named_by = {outlet_key(articles[m.article_id]) for m in entity.mentions}
            outlets += [(key, outlet_name(articles[m.article_id])) for key, m in _first_by_outlet(entity, articles)]
            kinds.append((entity.kind, kind_label(entity.kind)))
            cells = (
                Cell(el("a", esc(entity.name), href=paths.href(page, paths.entity(entity)))),
                Cell(esc(kind_label(entity.kind))),
                Cell(f"{stats.mentions:,}", str(stats.mentions)),
                Cell(f"{stats.sources:,}", str(stats.sources)),
                Cell(human_date(stats.first) if stats.first else "—", stats.first or ""),
                Cell(human_date(stats.last) if stats.last else "—", stats.last or ""),
            )
            rows.append((cells, item_data(first=stats.first, last=stats.last, kind=entity.kind, outlet=named_by)))
        table_id = f"{noun}-table"
        blocks += [
            headings.add(2, "A–Z"),
            filter_form(
                table_id,
                [facet("kind", "Kind", kinds), facet("outlet", "Named by", outlets)],
                (m.date for e in entities for m in e.mentions),
                title.lower(),
            ),
            sortable_table(ENTITY_COLUMNS, rows, table_id),
            headings.add(2, "By kind"),
        ]
        by_kind: dict[str, list[Entity]] = defaultdict(list)
        for entity in entities:
            by_kind[entity.kind].append(entity)
        for kind in sorted(by_kind, key=lambda k: kind_label(k, many=True)):
            names = ", ".join(el("a", esc(e.name), href=paths.href(page, paths.entity(e))) for e in by_kind[kind])
            blocks += [headings.add(3, kind_label(kind, many=True)), el("p", names)]
    return RenderedPage(page, title, lines(blocks), tuple(headings.items), in_search=False)


def _first_by_outlet(entity: Entity, articles: dict[str, ArchivedArticle]) -> list[tuple[str, Mention]]:
    """One mention per outlet that names the entity (so the "named by" counts are entities, not mentions)."""
    seen: dict[str, Mention] = {}
    for mention in entity.mentions:
        seen.setdefault(outlet_key(articles[mention.article_id]), mention)
    return list(seen.items())


def _highlighted(mention: Mention) -> str:
    sentence = mention.sentence
    at = sentence.find(mention.text)
    if at < 0:
        return esc(sentence)
    return esc(sentence[:at]) + el("mark", esc(mention.text)) + esc(sentence[at + len(mention.text) :])


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


def entity_page_path(paths: SitePaths, entity: Entity, number: int) -> str:
    """Page 1 is the entity's page; further pages of its mentions go in a folder of its own."""
    return paths.entity(entity) if number == 1 else f"{paths.entity_folder(entity.type)}/{entity.id}/page-{number}.md"


class _EntityPages:
    """The pages of one entity: facts and the first mentions on page 1, more mentions after."""

    def __init__(
        self,
        entity: Entity,
        archive: Archive,
        together: Counter,
        by_id: dict[str, Entity],
        photos: list[tuple[ArchivedArticle, str]],
        paths: SitePaths,
        extra: Sequence[str] = (),
    ) -> None:
        self.entity, self.archive, self.together, self.by_id, self.photos, self.paths = (
            entity,
            archive,
            together,
            by_id,
            photos,
            paths,
        )
        self.extra = extra
        """Blocks other views add under the facts on page 1 (a locator map, contested facts)."""
        self.articles = archive.by_id()
        by_article: dict[str, list[Mention]] = defaultdict(list)
        for mention in entity.mentions:
            by_article[mention.article_id].append(mention)
        self.by_article = by_article
        self.order = sorted(by_article, key=lambda a: (self.articles[a].article.date.value or "", a), reverse=True)
        self.count = max(1, -(-len(self.order) // ARTICLES_PER_PAGE))

    def render(self) -> list[RenderedPage]:
        return [self._page(number) for number in range(1, self.count + 1)]

    def _page(self, number: int) -> RenderedPage:
        entity, paths = self.entity, self.paths
        page, headings = entity_page_path(paths, entity, number), Headings()
        title = entity.name if number == 1 else f"{entity.name} (mentions, page {number})"
        blocks = [headings.add(1, title)]
        if number == 1:
            blocks += self._facts() + list(self.extra)
        blocks += [headings.add(2, "Mentions", search=False), self._pager(page, number)]
        for article_id in self.order[(number - 1) * ARTICLES_PER_PAGE : number * ARTICLES_PER_PAGE]:
            blocks += self._article_mentions(article_id, page, headings)
        blocks.append(self._pager(page, number) if self.count > 1 else "")
        if number == 1:
            blocks += self._photos(page, headings) + self._companions(page, headings)
        return RenderedPage(page, title, lines(blocks), tuple(headings.items), in_search=number == 1)

    def _facts(self) -> list[str]:
        entity = self.entity
        stats = entity_stats(entity, self.articles)
        span = (
            f"{human_date(stats.first)} – {human_date(stats.last)}"
            if stats.first and stats.first != stats.last
            else human_date(stats.first)
        )
        kicker = (
            f"{entity.type.value.capitalize()} · {esc(kind_label(entity.kind))} · "
            f"{plural(stats.mentions, 'mention')} in "
            f"{plural(stats.sources, 'source')} · {span}"
        )
        facts = [el("p", kicker, class_="archive-kicker")]
        if entity.aliases:
            facts.append(el("p", el("strong", "Also named:") + " " + esc(", ".join(entity.aliases))))
        if entity.role:
            facts.append(el("p", el("strong", "Role:") + " " + esc(entity.role)))
        if entity.description:
            facts.append(el("p", el("strong", "Description:") + " " + esc(entity.description)))
        if entity.coordinates:
            latitude, longitude = entity.coordinates
            source = f" (GeoNames {entity.geonameid})" if entity.geonameid else ""
            facts.append(el("p", el("strong", "Coordinates:") + f" {latitude:.4f}, {longitude:.4f}{source}"))
        if entity.wikidata:
            facts.append(el("p", el("strong", "Wikidata:") + " " + esc(entity.wikidata)))
        return facts

    def _pager(self, page: str, number: int) -> str:
        if self.count == 1:
            return ""
        first, last = (number - 1) * ARTICLES_PER_PAGE + 1, min(number * ARTICLES_PER_PAGE, len(self.order))
        links = [
            el("a", str(n), href=self.paths.href(page, entity_page_path(self.paths, self.entity, n)))
            if n != number
            else el("strong", str(n))
            for n in range(1, self.count + 1)
        ]
        return el(
            "nav",
            f"Articles {first:,}–{last:,} of {len(self.order):,}, newest first. Pages: " + " ".join(links),
            class_="archive-pager",
            aria_label="Pages of mentions",
        )

    def _article_mentions(self, article_id: str, page: str, headings: Headings) -> list[str]:
        item = self.articles[article_id]
        mentions = self.by_article[article_id]
        link = el("a", esc(title_of(item.article)), href=self.paths.href(page, self.paths.article(item.id)))
        items = [
            el(
                "li",
                f"{_highlighted(m)} — "
                + el(
                    "a",
                    anchor_label(m.anchor, m.unit_kind, item.article),
                    href=self.paths.href(page, self.paths.article(item.id), m.anchor),
                ),
            )
            for m in mentions[:MENTIONS_PER_ARTICLE]
        ]
        if len(mentions) > MENTIONS_PER_ARTICLE:
            items.append(
                el(
                    "li",
                    f"and {plural(len(mentions) - MENTIONS_PER_ARTICLE, 'more mention')} in this article",
                    class_="archive-more",
                )
            )
        return [
            headings.add(3, title_of(item.article), inner_html=link, search=False),
            el("p", f"{esc(item.article.source.value or OUTLET_UNKNOWN)}, {human_date(item.article.date.value)}"),
            el("ul", "\n" + "\n".join(items) + "\n"),
        ]

    def _photos(self, page: str, headings: Headings) -> list[str]:
        if not self.photos:
            return []
        heading = "Photos showing them" if self.entity.type is EntityType.ACTOR else "Photos showing it"
        items = []
        for item, anchor in self.photos:
            photo = item.article.photos[int(anchor.removeprefix("photo-")) - 1]
            link = el(
                "a", esc(shorten(photo.caption, 90)), href=self.paths.href(page, self.paths.article(item.id), anchor)
            )
            items.append(el("li", f"{link} — {esc(photo.credit.raw)}"))
        return [headings.add(2, heading, search=False), el("ul", "\n" + "\n".join(items) + "\n")]

    def _companions(self, page: str, headings: Headings) -> list[str]:
        if not self.together:
            return []
        items = []
        for other_id, count in sorted(self.together.items(), key=lambda pair: (-pair[1], pair[0]))[:COMPANIONS_SHOWN]:
            other = self.by_id[other_id]
            items.append(
                el(
                    "li",
                    el("a", esc(other.name), href=self.paths.href(page, self.paths.entity(other))) + f" ({count:,})",
                )
            )
        return [headings.add(2, "Named most often with", search=False), el("ul", "\n" + "\n".join(items) + "\n")]


def entity_links(archive: Archive, paths: SitePaths) -> dict[str, dict[str, list[InlineLink]]]:
    """Article id -> anchor -> links: the first mention of each entity in each paragraph or caption."""
    links: dict[str, dict[str, list[InlineLink]]] = defaultdict(lambda: defaultdict(list))
    seen: set[tuple[str, str, str]] = set()
    for entity in archive.entities:
        for mention in entity.mentions:
            if not mention.anchor or (mention.article_id, mention.anchor, entity.id) in seen:
                continue
            seen.add((mention.article_id, mention.anchor, entity.id))
            links[mention.article_id][mention.anchor].append(
                InlineLink(mention.start, mention.end, paths.entity(entity), entity.name)
            )
    return links


def entity_pages(
    archive: Archive,
    paths: SitePaths,
    extras: Mapping[str, Sequence[str]] | None = None,
    keeper: PageKeeper | None = None,
) -> list[RenderedPage]:
    """Both indexes and every entity's pages; ``extras`` adds blocks under an entity's facts, by
    entity id. ``keeper``: an entity's pages rendered by an earlier build from the same inputs
    are taken from it."""
    extras = extras or {}
    keeper = keeper or PageKeeper(None)
    together = companions(archive)
    by_id = {e.id: e for e in archive.entities}
    photos = photos_showing(archive.articles)
    pages = [
        render_entity_index(archive, EntityType.PLACE, paths),
        render_entity_index(archive, EntityType.ACTOR, paths),
    ]
    for entity in archive.entities:
        entity_pages = _EntityPages(
            entity,
            archive,
            together.get(entity.id, Counter()),
            by_id,
            photos.get(entity.id, []),
            paths,
            extras.get(entity.id, ()),
        )
        pages += keeper.pages(lambda entity_pages=entity_pages: _inputs(entity_pages), entity_pages.render)
    return pages


def _inputs(pages: _EntityPages) -> tuple:
    """Everything an entity's pages are rendered from: the entity, the articles it lists, the
    entries named with it, the photos showing it, the blocks added under its facts (the
    articles and entries by their digests)."""
    digests = digests_of(pages.archive)
    return (
        "entity",
        pages.entity,
        tuple(digests.articles[article_id] for article_id in pages.by_article),
        tuple((other, count, digests.entities[other]) for other, count in sorted(pages.together.items())),
        tuple((digests.articles[item.id], anchor) for item, anchor in pages.photos),
        tuple(pages.extra),
        pages.paths,
    )
