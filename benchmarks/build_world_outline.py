"""Rebuild ``hooks/newsarchive/data/world.tsv``, the country outlines the map of places is drawn from.

    .venv/bin/python benchmarks/build_world_outline.py [path/to/geopandas-0.14.4-py3-none-any.whl]

Source: Natural Earth's 1:110m Admin 0 countries (public domain, https://www.naturalearthdata.com/),
as the ``naturalearth_lowres`` shapefile that geopandas shipped inside its wheel up to 0.14.4.
Without a path, the wheel is fetched with the ordinary client
(``pip download geopandas==0.14.4 --no-deps``) into a temporary folder; nothing is installed.

Each ring is simplified (Douglas-Peucker, ``TOLERANCE`` degrees) and its points rounded to a
tenth of a degree, so the file stays small enough to read on every build. One ring per line:
ISO 3166-1 alpha-3 code (``-99`` where Natural Earth has none), the country's name, then
``lon,lat`` pairs in tenths of a degree separated by spaces. The same wheel gives the same bytes.
"""

from __future__ import annotations

import argparse
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "hooks" / "newsarchive" / "data" / "world.tsv"
WHEEL = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
TOLERANCE = 0.15
"""Degrees a simplified ring may stray from Natural Earth's (about 15 km): invisible on a map of a
region, and it halves the file."""
MIN_RING_POINTS = 4
"""Rings left with fewer points (tiny islands at this scale) are dropped."""
POLYGON = 5


def read_shapes(shp: bytes) -> list[list[list[tuple[float, float]]]]:
    """The polygons of a shapefile (type 5): per record, its rings of (lon, lat)."""
    shapes, offset = [], 100
    while offset < len(shp):
        _, words = struct.unpack(">ii", shp[offset : offset + 8])
        content = shp[offset + 8 : offset + 8 + words * 2]
        offset += 8 + words * 2
        (kind,) = struct.unpack("<i", content[:4])
        if kind != POLYGON:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack(f"<{parts}i", content[44 : 44 + 4 * parts])) + [points]
        base = 44 + 4 * parts
        coords = [struct.unpack("<dd", content[base + 16 * i : base + 16 * i + 16]) for i in range(points)]
        shapes.append([coords[starts[i] : starts[i + 1]] for i in range(parts)])
    return shapes


def read_records(dbf: bytes, fields: tuple[str, ...], encoding: str) -> list[dict[str, str]]:
    """The named text fields of each record of a dBASE file (``encoding`` from its .cpg file)."""
    count, header, size = struct.unpack("<IHH", dbf[4:12])
    layout, position = [], 1
    for at in range(32, header - 1, 32):
        name = dbf[at : at + 11].split(b"\0")[0].decode("ascii")
        length = dbf[at + 16]
        layout.append((name, position, length))
        position += length
    records = []
    for index in range(count):
        row = dbf[header + index * size : header + (index + 1) * size]
        records.append(
            {
                name: row[start : start + length].decode(encoding).strip()
                for name, start, length in layout
                if name in fields
            }
        )
    return records


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (a ring of thousands of points would recurse deeply)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / length if length else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep) if kept]


def rings_tsv(shp: bytes, dbf: bytes, encoding: str) -> str:
    rows = []
    for shape, record in zip(read_shapes(shp), read_records(dbf, ("iso_a3", "name"), encoding)):
        for ring in shape:
            points = []
            for lon, lat in simplify(ring, TOLERANCE):
                point = (round(lon * 10), round(lat * 10))
                if not points or points[-1] != point:
                    points.append(point)
            if len(points) >= MIN_RING_POINTS:
                rows.append(f"{record['iso_a3']}\t{record['name']}\t" + " ".join(f"{x},{y}" for x, y in points))
    header = "# Natural Earth 1:110m countries (public domain), simplified: benchmarks/build_world_outline.py\n"
    return header + "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", nargs="?", type=Path, help=f"the {WHEEL} wheel (fetched when left out)")
    wheel = parser.parse_args().wheel
    with tempfile.TemporaryDirectory() as folder:
        if wheel is None:
            pip = [sys.executable, "-m", "pip", "download", WHEEL, "--no-deps", "--dest", folder]
            subprocess.run(pip, check=True)
            (wheel,) = Path(folder).glob("geopandas-*.whl")
        with zipfile.ZipFile(wheel) as archive:
            encoding = archive.read(MEMBER + ".cpg").decode("ascii").strip()
            text = rings_tsv(archive.read(MEMBER + ".shp"), archive.read(MEMBER + ".dbf"), encoding)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10)) - 1:,} rings, {len(text.encode()):,} bytes")


if __name__ == "__main__":
    main()
