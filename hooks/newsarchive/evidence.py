"""What the whole archive says about names, gathered in one pass before any single decision.

A word capitalised mid-sentence somewhere is a name at the start of a sentence elsewhere; an
acronym defined in one article explains it in another; a person named in full in an article owns
their surname there; an article naming a country vouches for its towns. Also the keys names are
grouped by (``name_key``), which every later stage shares.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .cues import Cue
from .gazetteer import Gazetteer, place_key
from .mentions import Candidate, TextUnit
from .names import has_head_noun, is_ordinary_word, person_shaped
from .spans import is_acronym
from .text import fold

CAPITALISED_WORD_USES = 2
"""Capitalised twice mid-sentence and never in lower case: an ordinary word is a name in that article
(once may be emphasis or a style's capital)."""
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
PLACE_CUES = frozenset({Cue.PLACE_PREPOSITION, Cue.PLACE_OF, Cue.PLACE_NOUN_AFTER})


@lru_cache(maxsize=262_144)
def name_key(surface: str) -> str:
    """Key that meets spelling variants: acronyms by their capitals, names transliteration-insensitively."""
    if is_acronym(surface):
        return "acr:" + surface.replace(".", "").upper()
    words = [w for w in re.split(r"[\s-]+", fold(surface)) if w not in ARTICLES]
    return "name:" + " ".join(place_key(w) for w in words if w)


ARTICLES = frozenset({"the", "al", "el", "ez", "ad", "ar", "as", "ash", "an", "at", "az"})


def initials(surface: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", surface) if word and word[0].isupper())


def surname_key(surface: str) -> str:
    return place_key(surface.split()[-1])


@dataclass
class Evidence:
    """What the whole archive says about names, collected before any single decision."""

    gazetteer: Gazetteer
    mid_sentence_names: set[str] = field(default_factory=set)
    """Keys of names written capitalised where capitals are evidence (mid-sentence, not in a headline)."""
    definitions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Acronym -> long forms defined for it anywhere, as in ``Syrian Democratic Forces (SDF)``."""
    definitions_here: dict[tuple[str, str], str] = field(default_factory=dict)
    """(article, acronym) -> the long form defined for it in that article."""
    initials_forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Acronym -> multi-word names whose initials it is (used when nothing defines it)."""
    descriptors: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Normalised description -> (name key it describes, the description as written)."""
    people: dict[tuple[str, str], list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    """(article, surname key) -> (unit order, offset, full name key) of every person named in full there."""
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Surname key -> full name keys of people named in full anywhere."""
    countries_by_article: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    placed: set[tuple[str, str]] = field(default_factory=set)
    """(article, name key) of names that some mention in the article puts in a place cue ("in X")."""
    placed_for_sure: set[tuple[str, str]] = field(default_factory=set)
    """The same for cues that settle it: "the town of X", "X camp", "X, Syria"."""
    unit_order: dict[int, int] = field(default_factory=dict)
    capitalised_words: set[tuple[str, str]] = field(default_factory=set)
    """(article, word) of ordinary words the article writes capitalised mid-sentence at least
    ``CAPITALISED_WORD_USES`` times and never in lower case ("Mercury", "Beacon" for companies): names there."""

    @staticmethod
    def collect(candidates: list[Candidate], units: list[TextUnit], gazetteer: Gazetteer) -> "Evidence":
        evidence = Evidence(gazetteer, unit_order={id(u): i for i, u in enumerate(units)})
        acronyms = {c.surface.replace(".", "").upper() for c in candidates if c.acronym}
        for c in candidates:
            evidence._read(c, acronyms)
        evidence.capitalised_words = _capitalised_words(candidates, units)
        return evidence

    def _read(self, c: Candidate, acronyms: set[str]) -> None:
        article, key = c.unit.article_id, name_key(c.surface)
        if not c.sentence_initial and not c.unit.headline_case and not c.joined:
            self.mid_sentence_names.add(key)
        if c.defines:
            self.definitions[c.defines.upper()].add(c.surface)
            self.definitions_here[(article, c.defines.upper())] = c.surface
        letters = initials(c.surface)
        if len(c.surface.split()) >= 2 and letters in acronyms:
            self.initials_forms[letters].add(c.surface)
        if c.descriptor:
            self.descriptors[descriptor_key(c.descriptor)] = (key, c.descriptor)
        if Cue.PLACE_OF in c.cues or c.head_after or place_after(c, self.gazetteer):
            self.placed_for_sure.add((article, key))
            self.placed.add((article, key))
        elif c.cues & PLACE_CUES:
            self.placed.add((article, key))
        if _names_a_person(c, self.gazetteer):
            position = (self.unit_order.get(id(c.unit), 0), c.start, key)
            self.people[(article, surname_key(c.surface))].append(position)
            self.surnames[surname_key(c.surface)].add(key)
        found = self.gazetteer.lookup(c.surface) or (
            self.gazetteer.demonym(c.surface) if " " not in c.surface else None
        )
        if found is not None and found.kind in ("country", "region") and found.country_code:
            self.countries_by_article[article].add(found.country_code)

    def person_here(self, c: Candidate) -> str | None:
        """The person named in full in this article whose surname this single word is (the nearest
        one before it, else the first after): "Paris" after "Odile Paris" is her, not the city."""
        named = self.people.get((c.unit.article_id, surname_key(c.surface)))
        if not named:
            return None
        here = (self.unit_order.get(id(c.unit), 0), c.start)
        before = [p for p in named if p[:2] < here]
        return (max(before) if before else min(named))[2]


def _capitalised_words(candidates: list[Candidate], units: list[TextUnit]) -> set[tuple[str, str]]:
    """Ordinary words an article capitalises mid-sentence, repeatedly, and never writes in lower case."""
    uses: Counter[tuple[str, str]] = Counter(
        (c.unit.article_id, c.surface)
        for c in candidates
        if " " not in c.surface
        and not (c.sentence_initial or c.unit.headline_case or c.acronym)
        and is_ordinary_word(c.surface)
    )
    wanted = {word.lower() for _, word in uses}
    lower: set[tuple[str, str]] = set()
    for unit in units:
        if wanted:
            lower |= {(unit.article_id, w) for w in LOWER_WORD.findall(unit.text) if w in wanted}
    return {(a, w) for (a, w), n in uses.items() if n >= CAPITALISED_WORD_USES and (a, w.lower()) not in lower}


def _names_a_person(c: Candidate, gazetteer: Gazetteer) -> bool:
    words = c.surface.split()
    if len(words) < 2 or c.acronym or c.joined or has_head_noun(c.surface) or gazetteer.lookup(c.surface):
        return False
    if (c.sentence_initial or c.unit.headline_case) and is_ordinary_word(words[0]):
        return False  # "Inside Danek", "Rebuilding Danek": a headline's opening word, then a place
    return person_shaped(c.surface) or bool(c.cues & {Cue.HONORIFIC, Cue.APPOSITION})


def descriptor_key(text: str) -> str:
    return " ".join(w.removesuffix("s") for w in fold(text).split())


def place_after(c: Candidate, gazetteer: Gazetteer) -> bool:
    """ "Baghuz, Syria", "Tampa, Florida": a country or region after a comma makes this a place."""
    words = (c.followed_by or "").split()
    for length in range(len(words), 0, -1):
        found = gazetteer.lookup(" ".join(words[:length]))
        if found is not None and found.kind in ("country", "region") and not found.by_alternate_name:
            return True
    return False
