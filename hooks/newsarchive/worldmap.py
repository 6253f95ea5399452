"""Maps drawn at build time, with no tile server and no request outside the site.

The world's country outlines (Natural Earth 1:110m, public domain; ``data/world.tsv``, rebuilt by
``benchmarks/build_world_outline.py``) are drawn once as an SVG file. Every map is an inline SVG
that shows a window of that file as an image and draws its places over it as links, so a place
page's locator map costs a few hundred bytes. The projection is plate carrée in tenths of a
degree: x is the longitude, y the latitude downwards (``-lat``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .markup import el, esc

OUTLINE_FILE = Path(__file__).parent / "data" / "world.tsv"
SCALE = 10
"""Map units per degree (the outline file's tenths of a degree)."""
WORLD = (-180.0, -90.0, 180.0, 90.0)
"""West, south, east, north."""
LAND_FILL = "#d9d4c7"
BORDER = "#8f8a7d"
BORDER_WIDTH = 0.4
"""In map units (tenths of a degree): the outline is scaled with the window, so a border is
about 2 px on a map of a region 12 degrees wide and vanishes on the whole world (the land's
colour still shows the coasts)."""
SEA_FILL = "#e8f0f4"


@dataclass(frozen=True)
class Ring:
    country: str
    """ISO 3166-1 alpha-3 code (``-99`` where Natural Earth gives none)."""
    name: str
    points: tuple[tuple[int, int], ...]
    """(longitude, latitude) in tenths of a degree."""


@lru_cache(maxsize=1)
def world_rings() -> tuple[Ring, ...]:
    rings = []
    for line in OUTLINE_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        country, name, points = line.split("\t")
        pairs = (pair.split(",") for pair in points.split())
        rings.append(Ring(country, name, tuple((int(x), int(y)) for x, y in pairs)))
    return tuple(rings)


def world_svg() -> str:
    """The outline file as an SVG document, the background of every map."""
    paths = "\n".join(el("path", d="M" + " ".join(f"{x} {-y}" for x, y in ring.points) + "Z") for ring in world_rings())
    west, south, east, north = (value * SCALE for value in WORLD)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="{west:g} {-north:g} {east - west:g} {north - south:g}">\n'
        "<title>Country outlines: Natural Earth 1:110m (public domain)</title>\n"
        f'<rect x="{west:g}" y="{-north:g}" width="{east - west:g}" height="{north - south:g}" fill="{SEA_FILL}"/>\n'
        f'<g fill="{LAND_FILL}" stroke="{BORDER}" stroke-width="{BORDER_WIDTH}" stroke-linejoin="round">\n'
        f"{paths}\n</g>\n</svg>\n"
    )


@dataclass(frozen=True)
class Window:
    """The part of the world a map shows, in degrees."""

    west: float
    south: float
    east: float
    north: float

    @property
    def width(self) -> float:
        return self.east - self.west

    @property
    def height(self) -> float:
        return self.north - self.south

    def view_box(self) -> str:
        return f"{self.west * SCALE:g} {-self.north * SCALE:g} {self.width * SCALE:g} {self.height * SCALE:g}"


MIN_SPAN = 12.0
"""Degrees of longitude a fitted map shows at least (one city alone is shown with its region)."""
MARGIN = 0.15
"""Share of the places' extent added on each side, so no marker sits on the edge."""
ASPECT = (1.3, 2.2)
"""Width to height of a fitted map, at least and at most (a screen, not a strip)."""


def fit(points: Sequence[tuple[float, float]]) -> Window:
    """The window that shows every (latitude, longitude), with a margin, widened to ``ASPECT``."""
    if not points:
        return Window(*WORLD)
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    width = max(max(lons) - min(lons), MIN_SPAN / ASPECT[1]) * (1 + 2 * MARGIN)
    height = max(max(lats) - min(lats), MIN_SPAN / ASPECT[1]) * (1 + 2 * MARGIN)
    width = max(width, MIN_SPAN, height * ASPECT[0])
    height = max(height, width / ASPECT[1])
    return around((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2, width, height)


def around(latitude: float, longitude: float, width: float, height: float) -> Window:
    """A window of the given size centred on a point, moved (not shrunk) to stay inside the world."""
    width, height = min(width, 360.0), min(height, 180.0)
    west = min(max(longitude - width / 2, -180.0), 180.0 - width)
    south = min(max(latitude - height / 2, -90.0), 90.0 - height)
    return Window(round(west, 1), round(south, 1), round(west + width, 1), round(south + height, 1))


@dataclass(frozen=True)
class Marker:
    latitude: float
    longitude: float
    label: str
    """What the marker is, for screen readers and as its tooltip (``Raqqa: 12 mentions``)."""
    href: str | None = None
    weight: float = 1.0
    """Relative size: the marker's area grows with it."""
    name: str | None = None
    """Written beside the marker when given."""


MARKER_RADIUS = (0.006, 0.03)
"""Smallest and largest marker radius, as shares of the map's width."""


def map_svg(window: Window, markers: Sequence[Marker], world_href: str, title: str, css_class: str) -> str:
    """An inline SVG: the window of the world outline, and each marker (a link when it has one)."""
    heaviest = max((marker.weight for marker in markers), default=1.0) or 1.0
    unit = window.width * SCALE
    parts = [
        el("title", esc(title)),
        el(
            "image",
            href=world_href,
            x=f"{WORLD[0] * SCALE:g}",
            y=f"{-WORLD[3] * SCALE:g}",
            width=f"{(WORLD[2] - WORLD[0]) * SCALE:g}",
            height=f"{(WORLD[3] - WORLD[1]) * SCALE:g}",
            preserveAspectRatio="none",
        ),
    ]
    font = unit * 0.022
    # The heaviest last, so a small marker is never hidden under a big one's link.
    for marker in sorted(markers, key=lambda m: (-m.weight, m.label)):
        low, high = MARKER_RADIUS
        radius = unit * max(low, high * math.sqrt(marker.weight / heaviest))
        x, y = round(marker.longitude * SCALE, 1), round(-marker.latitude * SCALE, 1)
        shape = el("circle", el("title", esc(marker.label)), cx=f"{x:g}", cy=f"{y:g}", r=f"{radius:.1f}")
        if marker.name:
            shape += el(
                "text",
                esc(marker.name),
                x=f"{x + radius + font * 0.3:.1f}",
                y=f"{y + font * 0.35:.1f}",
                font_size=f"{font:.1f}",
            )
        parts.append(el("a", shape, href=marker.href, aria_label=marker.label) if marker.href else shape)
    return el(
        "svg",
        "\n" + "\n".join(parts) + "\n",
        xmlns="http://www.w3.org/2000/svg",
        viewBox=window.view_box(),
        role="group",
        aria_label=title,
        class_=css_class,
    )
