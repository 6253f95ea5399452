"""Is the gazetteer's place what this mention names? Each rule of ``ADMISSION_RULES`` must agree.

A name the gazetteer knows may still be a word ("Reading"), a person ("Walker"), or another
language's name for a city that is also a given name: towns must be backed by their article (the
country named, a place cue), the smaller the town the more backing.
"""

from __future__ import annotations

from collections.abc import Callable

from .evidence import Evidence, name_key
from .gazetteer import Place
from .mentions import Candidate
from .names import is_ordinary_word

BIG_CITY_POPULATION = 100_000
"""A town this big is a place with no country named beside it (the seeds' and GUM's cities)."""
MAJOR_CITY_POPULATION = 1_000_000
"""A city this big is what an ordinary word names when it is one of the city's other names and the
article puts it in a place cue ("in Makkah"); smaller towns' other names are too often words."""
SMALL_TOWN_POPULATION = 15_000
"""Below this a town is a place only with its country named in the article and a place cue for it
("in X", "X, <state>"): small towns share their names with people and words ("Walker", "Hope")."""


def admissible(place: Place, c: Candidate, evidence: Evidence) -> bool:
    """Whether the gazetteer's place is what this mention names (rules in ``ADMISSION_RULES``)."""
    return all(rule(place, c, evidence) for rule in ADMISSION_RULES)


def _placed(c: Candidate, evidence: Evidence) -> bool:
    return (c.unit.article_id, name_key(c.surface)) in evidence.placed


def _placed_for_sure(c: Candidate, evidence: Evidence) -> bool:
    return (c.unit.article_id, name_key(c.surface)) in evidence.placed_for_sure


def _ordinary_word_needs_a_place_cue(place: Place, c: Candidate, evidence: Evidence) -> bool:
    """ "Reading", "Bath": an ordinary word is a place only as a big town's or a region's own name,
    where the article says it is one ("the town of X", "X, <state>"; "in Bath: The Musical" is not
    enough). "Freedom" as an old name of a town: never."""
    if " " in c.surface or not is_ordinary_word(c.surface) or place.kind in ("country", "continent"):
        return True
    if place.by_alternate_name:
        # A metropolis's other name may be a word too; "Freedom" an old name of a small town: never that.
        return place.population >= MAJOR_CITY_POPULATION and _placed(c, evidence)
    return _placed_for_sure(c, evidence) and (place.population >= BIG_CITY_POPULATION or place.kind == "region")


def _alternate_name_needs_support(place: Place, c: Candidate, evidence: Evidence) -> bool:
    """A town found by another language's or an old name for it ("Firenze" for Florence) needs its
    country named in the article and a cue that says it is a place."""
    if not place.by_alternate_name or place.kind in ("country", "continent", "region"):
        return True
    here = place.country_code in evidence.countries_by_article.get(c.unit.article_id, ())
    # A big city's other names are mostly its own in other spellings (GeoNames gives some cities
    # under a transliteration from another language, and the usual English name as another name).
    return here and (place.population >= BIG_CITY_POPULATION or _placed_for_sure(c, evidence))


def _small_town_needs_its_country(place: Place, c: Candidate, evidence: Evidence) -> bool:
    if place.kind != "city" or place.population >= BIG_CITY_POPULATION:
        return True
    here = place.country_code in evidence.countries_by_article.get(c.unit.article_id, ())
    if place.population < SMALL_TOWN_POPULATION:
        return here and _placed_for_sure(c, evidence)
    return here and _placed(c, evidence)


ADMISSION_RULES: list[Callable[[Place, Candidate, Evidence], bool]] = [
    _ordinary_word_needs_a_place_cue,
    _alternate_name_needs_support,
    _small_town_needs_its_country,
]
