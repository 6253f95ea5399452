"""The map of places, and the small locator map on each place page.

The map page shows every place with coordinates, each a link to its page and sized by its
mentions, over the part of the world they cover; a table below lists the same places (and
those without coordinates), so nothing is reached only by pointing at a dot.
"""

from __future__ import annotations

from .entitymodel import Entity, EntityType
from .filters import Cell, Column, facet, filter_form, item_data, sortable_table
from .indexes import kind_label
from .markup import el, esc, lines
from .model import Archive
from .page import Headings, RenderedPage, plural
from .paths import SitePaths
from .worldmap import Marker, Window, around, fit, map_svg

NAMED_ON_MAP = 12
"""Places whose names are written on the map (the most mentioned); the others have tooltips."""
LOCATOR_SIZE = {"country": (40.0, 24.0), "region": (24.0, 14.0)}
"""Degrees a locator map shows around a place of that kind (a country needs its neighbours)."""
LOCATOR_DEFAULT = (16.0, 10.0)


def mapped_places(archive: Archive) -> list[Entity]:
    """Places with coordinates, the most mentioned first."""
    places = [e for e in archive.entities if e.type is EntityType.PLACE and e.coordinates]
    return sorted(places, key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))


def _marker(entity: Entity, href: str, named: bool) -> Marker:
    latitude, longitude = entity.coordinates or (0.0, 0.0)
    label = f"{entity.name}: {plural(len(entity.mentions), 'mention')}"
    return Marker(latitude, longitude, label, href, float(len(entity.mentions)), entity.name if named else None)


def render_map_page(archive: Archive, paths: SitePaths) -> RenderedPage:
    page, headings = paths.map_page(), Headings()
    places = mapped_places(archive)
    unmapped = [e for e in archive.entities if e.type is EntityType.PLACE and not e.coordinates]
    blocks = [
        headings.add(1, "Map of places"),
        el(
            "p",
            f"{plural(len(places), 'place')} with coordinates, each sized by how often the archive names it "
            "and linked to its page. The map is drawn into the page from "
            + el("a", "Natural Earth", href="https://www.naturalearthdata.com/")
            + "'s public-domain outlines: it needs no connection.",
        ),
    ]
    if places:
        markers = [
            _marker(e, paths.href(page, paths.entity(e)), index < NAMED_ON_MAP) for index, e in enumerate(places)
        ]
        window = fit([e.coordinates for e in places if e.coordinates])
        svg = map_svg(window, markers, paths.href(page, paths.world_outline()), "Map of places", "archive-map")
        blocks.append(el("figure", svg, class_="archive-map-figure"))
    blocks += [headings.add(2, "The places on the map"), _table(places, paths, page)]
    if unmapped:
        links = ", ".join(el("a", esc(e.name), href=paths.href(page, paths.entity(e))) for e in unmapped)
        blocks += [headings.add(2, "Places without coordinates"), el("p", links)]
    return RenderedPage(page, "Map of places", lines(blocks), tuple(headings.items), in_search=False)


MAP_COLUMNS = (Column("Place"), Column("Kind"), Column("Mentions", numeric=True), Column("Coordinates"))


def _table(places: list[Entity], paths: SitePaths, page: str) -> str:
    if not places:
        return el("p", "No place in the archive has coordinates yet.")
    kinds = facet("kind", "Kind", ((e.kind, kind_label(e.kind)) for e in places))
    rows = []
    for entity in places:
        latitude, longitude = entity.coordinates or (0.0, 0.0)
        cells = (
            Cell(el("a", esc(entity.name), href=paths.href(page, paths.entity(entity)))),
            Cell(esc(kind_label(entity.kind))),
            Cell(f"{len(entity.mentions):,}", str(len(entity.mentions))),
            Cell(f"{latitude:.2f}, {longitude:.2f}"),
        )
        rows.append((cells, item_data(kind=entity.kind)))
    form = filter_form("mapped-places", [kinds], noun="places")
    return lines([form, sortable_table(MAP_COLUMNS, rows, "mapped-places")])


def locator_maps(archive: Archive, paths: SitePaths) -> dict[str, str]:
    """Place id -> a small map of where the place is, linked to the map of all places."""
    maps = {}
    for entity in mapped_places(archive):
        page = paths.entity(entity)
        latitude, longitude = entity.coordinates or (0.0, 0.0)
        width, height = LOCATOR_SIZE.get(entity.kind, LOCATOR_DEFAULT)
        window: Window = around(latitude, longitude, width, height)
        marker = Marker(latitude, longitude, f"{entity.name} ({latitude:.2f}, {longitude:.2f})", weight=1.0)
        svg = map_svg(
            window, [marker], paths.href(page, paths.world_outline()), f"Where {entity.name} is", "archive-locator"
        )
        link = el("a", "See all places on the map", href=paths.href(page, paths.map_page()))
        maps[entity.id] = el("figure", svg + el("figcaption", link), class_="archive-locator-figure")
    return maps
