"""Maps drawn at build time: the vendored outline, fitted windows and the markers over them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from newsarchive.worldmap import OUTLINE_FILE, Marker, Window, around, fit, map_svg, world_rings, world_svg


def test_the_outline_is_vendored_small_with_its_licence_and_source() -> None:
    assert OUTLINE_FILE.stat().st_size < 100_000
    assert OUTLINE_FILE.read_text(encoding="utf-8").startswith("# Natural Earth")
    readme = (OUTLINE_FILE.parent / "README.md").read_text(encoding="utf-8")
    assert "world.tsv" in readme and "public domain" in readme and "build_world_outline.py" in readme
    syria = [ring for ring in world_rings() if ring.country == "SYR"]
    assert syria and all(350 < x < 430 and 320 < y < 380 for ring in syria for x, y in ring.points)


def test_the_world_svg_is_a_document_of_every_ring() -> None:
    root = ET.fromstring(world_svg())
    assert root.get("viewBox") == "-1800 -900 3600 1800"
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) == len(world_rings())


FITS = [
    # one city: shown with its region (``MIN_SPAN``), centred on it
    ([(35.95, 39.01)], 12.0, (35.95, 39.01)),
    # two far apart: both inside, with a margin
    ([(35.95, 39.01), (38.9, -77.04)], 116.05 * 1.3, None),
]


@pytest.mark.parametrize("points, min_width, centre", FITS)
def test_a_fitted_window_shows_every_point_with_a_margin(points, min_width: float, centre) -> None:
    window = fit(points)
    assert window.width >= min_width - 0.2
    assert 1.3 - 0.01 <= window.width / window.height <= 2.2 + 0.01
    for lat, lon in points:
        assert window.west < lon < window.east and window.south < lat < window.north
    if centre:
        assert abs((window.west + window.east) / 2 - centre[1]) < 0.1
        assert abs((window.south + window.north) / 2 - centre[0]) < 0.1


def test_a_window_near_the_edge_is_moved_inside_the_world() -> None:
    assert around(89.0, 179.0, 20.0, 10.0) == Window(160.0, 80.0, 180.0, 90.0)


def test_markers_are_links_sized_by_weight_over_the_outline_image() -> None:
    markers = [
        Marker(35.95, 39.01, "Raqqa: 20 mentions", "../places/raqqa.html", 20, "Raqqa"),
        Marker(33.51, 36.29, "Syria: 5 mentions", "../places/syria.html", 5),
    ]
    svg = BeautifulSoup(map_svg(fit([(35.95, 39.01), (33.51, 36.29)]), markers, "world.svg", "Map", "m"), "html.parser")
    assert svg.svg["role"] == "group" and svg.svg["aria-label"] == "Map"
    assert svg.image["href"] == "world.svg"
    links = {a["href"]: a for a in svg.select("a")}
    assert set(links) == {"../places/raqqa.html", "../places/syria.html"}
    assert links["../places/raqqa.html"]["aria-label"] == "Raqqa: 20 mentions"
    big, small = (float(links[h].circle["r"]) for h in ("../places/raqqa.html", "../places/syria.html"))
    assert big > small and big / small == pytest.approx(2.0, rel=0.05)  # area grows with the weight
    assert links["../places/raqqa.html"].find("text").get_text() == "Raqqa"
    assert links["../places/syria.html"].find("text") is None


def test_a_hostile_label_stays_text() -> None:
    svg = map_svg(Window(0, 0, 10, 5), [Marker(1, 1, "<script>alert(1)</script>", "x.html")], "w.svg", "M", "m")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
