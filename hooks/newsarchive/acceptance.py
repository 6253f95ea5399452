"""Which candidate spans are names, and the key each is grouped by: lists of small named rules.

Each candidate is first trimmed (``NORMALISE_RULES``: "Inside Norway" opening a headline is
Norway), then goes down ``ACCEPT_RULES`` until one answers with a key or a rejection; a place the
gazetteer knows must pass every one of ``ADMISSION_RULES`` to be that place. The rules read the
archive-wide ``evidence.Evidence`` gathered beforehand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .admission import BIG_CITY_POPULATION, admissible
from .cues import Cue
from .evidence import Evidence, descriptor_key, initials, name_key, place_after, surname_key
from .gazetteer import STATE_ABBREVIATIONS, Gazetteer, Place
from .lexicon import (
    ACTOR_HEADS,
    COMPASS_WORDS,
    DISEASE_WORDS,
    FURNITURE_WORDS,
    GROUP_NOUNS,
    INNER_PLACE_WORDS,
    OCCASION_HEADS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    RESIDENT_NOUNS,
    ROMAN_NUMERAL,
    STOP_ACRONYMS,
    is_never_a_name,
)
from .mentions import Candidate, UnitKind
from .names import WordClass, is_ordinary_word, person_shaped, word_class
from .organisations import canonical_organisation
from .spans import is_acronym
from .text import STOPWORDS

LEADING_COMMON_NOUN = re.compile(r"^(?P<noun>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
ADJECTIVE_ENDING = re.compile(r"(?:ish|ian|ese|ean|ic|an|i)$")
MIXED_SCRIPTS = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class Accepted:
    """A candidate judged to be a name, with its grouping key and what it is known to be."""

    candidate: Candidate
    key: str
    """``geo:<place id>``, ``org:<canonical name>``, ``acr:<letters>``, ``forces:<country>`` or ``name:<key>``."""
    place: Place | None = None
    country_after: bool = False
    """Followed by ", <country or region>" as in "Baghuz, Syria"."""
    kind_hint: str | None = None
    """A place kind known without the gazetteer ("South East Asia" is a region)."""
    capitalised_name: bool = False
    """An ordinary word its article always writes capitalised ("Mercury" for a company): a name there."""
    demonym: bool = False
    """An adjective of nationality ("Syrian"): a mention of its country only where the country is named."""
    person_shape: bool = False
    """Written like a person's full name, and not like a club or a company named after a place
    ("Odile Paris" is, "Real Madrid" and "Air Canada" are not)."""


class Rejected:
    """A rule's answer that the span is no name."""


REJECTED = Rejected()


# --- normalising a span before judging it -------------------------------------------------------


def _leading_common_noun(c: Candidate, evidence: Evidence) -> Candidate:
    """ "Fighters of the Karayn National Alliance": a common noun opening the sentence is not part of
    the name; "Residents of Danek said": whoever said it, it was not Danek."""
    leading = LEADING_COMMON_NOUN.match(c.surface)
    if not leading or not c.sentence_initial or name_key(leading.group("noun")) in evidence.mid_sentence_names:
        return c
    noun = leading.group("noun").lower()
    cues = (c.cues - {Cue.SPEAKER}) | ({Cue.PLACE_PREPOSITION} if noun in RESIDENT_NOUNS else set())
    return _trimmed(c, leading.end(), cues)


def _trimmed(c: Candidate, cut: int, cues: frozenset[Cue]) -> Candidate:
    """The candidate without its first ``cut`` characters, no longer opening its sentence."""
    surface = c.surface[cut:]
    return replace(
        c, surface=surface, start=c.start + cut, sentence_initial=False, cues=cues, acronym=is_acronym(surface)
    )


def _opening_word(c: Candidate, evidence: Evidence) -> Candidate:
    """ "Inside Norway", "Across Europe": an ordinary word opening a sentence before a known name is
    no part of it ("New York" stays whole: the whole is known)."""
    first, _, rest = c.surface.partition(" ")
    if not rest or not (c.sentence_initial or c.unit.headline_case) or not is_ordinary_word(first):
        return c
    if first.lower() in PLACE_HEADS or first.lower() in ACTOR_HEADS:
        return c  # "Team Norway", "Camp David": the head noun is the name's own
    if _known(c.surface, evidence) or not _known(rest, evidence):
        return c
    cues = c.cues | ({Cue.PLACE_PREPOSITION} if first.lower() in PLACE_PREPOSITIONS else set())
    return _trimmed(c, len(first) + 1, frozenset(cues))


def _known(name: str, evidence: Evidence) -> bool:
    return (
        name_key(name) in evidence.mid_sentence_names
        or evidence.gazetteer.lookup(name) is not None
        or canonical_organisation(name) is not None
    )


def _inner_place_word(c: Candidate, evidence: Evidence) -> Candidate:
    """ "Central Raqqa", "Downtown Beirut": a part of the place, indexed as the place."""
    first, _, rest = c.surface.partition(" ")
    if first not in INNER_PLACE_WORDS or not rest or evidence.gazetteer.lookup(c.surface):
        return c
    return replace(_trimmed(c, len(first) + 1, c.cues), sentence_initial=c.sentence_initial)


NORMALISE_RULES: list[Callable[[Candidate, Evidence], Candidate]] = [
    _leading_common_noun,
    _opening_word,
    _inner_place_word,
]


# --- the rules -------------------------------------------------------------------------------------

Verdict = Accepted | Rejected | None


def _joined_names(c: Candidate, evidence: Evidence) -> Verdict:
    """Two names joined by "and" are one only as an acronym's long form ("Islamic State of Iraq and Syria")."""
    if not c.joined:
        return None
    known = canonical_organisation(c.surface)
    if known:
        return Accepted(c, "org:" + known)
    letters = initials(c.surface)
    forms = evidence.definitions.get(letters) or evidence.initials_forms.get(letters, set())
    return Accepted(c, name_key(c.surface)) if forms == {c.surface} else REJECTED


def _outlet(c: Candidate, evidence: Evidence) -> Verdict:
    """The article's outlet line names a news organisation, even one named after a place ("France 24")."""
    if c.unit.kind is not UnitKind.SOURCE:
        return None
    known = canonical_organisation(c.surface)
    if known:
        return Accepted(c, "org:" + known)
    key = name_key(c.surface)
    # Kept apart from the place whose name it bears, so that the outlet never makes the place an actor.
    return Accepted(c, "outlet:" + key if evidence.gazetteer.lookup(c.surface) else key)


def _state_forces(c: Candidate, evidence: Evidence) -> Verdict:
    """``U.S.-led coalition`` / ``U.S. forces`` are one actor; ``Kurdish-led forces`` may be a description."""
    if not c.state_forces:
        return None
    state_words = re.split(r"[-\s]", c.surface, maxsplit=1)[0]
    state = evidence.gazetteer.lookup(state_words) or evidence.gazetteer.demonym(state_words)
    if state is not None and state.kind == "country":
        return Accepted(c, f"forces:{state.country_code}")
    described = evidence.descriptors.get(descriptor_key(c.surface))
    return Accepted(c, described[0]) if described else REJECTED


def _never_a_name(c: Candidate, evidence: Evidence) -> Verdict:
    """Honorifics, titles, weekdays, months, number words, page furniture, and words alone that
    name groups of people or diseases ("Mr", "Tuesday", "Two", "Newsletter", "Muslims", "Covid-19")."""
    words = c.surface.replace("-", " ").split()
    if not words or is_never_a_name(words) or (len(words) == 1 and words[0].lower() in STOPWORDS):
        return REJECTED
    if MIXED_SCRIPTS.search(c.surface) and re.search(r"[A-Za-z]", c.surface):
        return REJECTED  # Latin and Cyrillic letters mixed: look-alike spam, not a name
    if c.surface in GROUP_NOUNS or c.surface in DISEASE_WORDS or c.surface.split("-")[0] in DISEASE_WORDS:
        return REJECTED
    if len(words) > 1 and words[-1] in OCCASION_HEADS:
        return REJECTED  # "Waitangi Day", "Nobel Peace Prize": an occasion or an award
    if sum(w in FURNITURE_WORDS for w in words) * 2 >= len(words) and len(words) <= 4:
        return REJECTED  # "Read More Stories", "Sign Up Now"
    return None


def _demonym(c: Candidate, evidence: Evidence) -> Verdict:
    """ "Syrian" is a mention of Syria only where the article names Syria too (``entities`` drops it
    elsewhere: "an Estonian court" alone puts no Estonia in the index); "Syrians", "South Korean",
    "Syrian Kurdish", "Sensitive Canadian" are peoples and adjectives, no name at all."""
    words = c.surface.split()
    gazetteer = evidence.gazetteer
    if c.acronym or gazetteer.lookup(c.surface):
        return None
    country = gazetteer.demonym(c.surface) if len(words) == 1 else None
    if country is not None and not c.surface.endswith("s"):
        return Accepted(c, f"geo:{country.id}", country, demonym=True)
    if country is not None or (len(words) > 1 and gazetteer.demonym(c.surface)):
        return REJECTED
    if len(words) > 1 and gazetteer.demonym(words[-1]) and all(is_ordinary_word(w) for w in words[:-1]):
        return REJECTED
    if len(words) > 1 and all(
        ADJECTIVE_ENDING.search(w) and (gazetteer.demonym(w) or not gazetteer.lookup(w)) for w in words
    ):
        return REJECTED
    return None


def _surname_of_someone_here(c: Candidate, evidence: Evidence) -> Verdict:
    """A single word that is the surname of a person named in full in the same article is that person."""
    if " " in c.surface or c.acronym:
        return None
    person = evidence.person_here(c)
    return Accepted(c, person) if person else None


def _known_organisation(c: Candidate, evidence: Evidence) -> Verdict:
    """A name of the alias table: "AP", "Associated Press" and "The Associated Press" are one key."""
    known = canonical_organisation(c.surface)
    return Accepted(c, "org:" + known) if known else None


def _acronym(c: Candidate, evidence: Evidence) -> Verdict:
    if not c.acronym:
        return None
    letters = c.surface.replace(".", "").upper()
    if letters in STOP_ACRONYMS or ROMAN_NUMERAL.match(letters):
        return REJECTED
    gazetteer = evidence.gazetteer
    state = gazetteer.lookup(c.surface) if c.surface in STATE_ABBREVIATIONS else None
    if state is None and len(c.surface) >= 4 and c.surface.isalpha():
        # "BEIRUT" in a dateline is a city written in capitals, not an acronym.
        found = gazetteer.lookup(c.surface.title())
        state = found if found and admissible(found, replace(c, surface=c.surface.title()), evidence) else None
    return Accepted(c, f"geo:{state.id}", state) if state else Accepted(c, name_key(c.surface))


def _compass_name(c: Candidate, evidence: Evidence) -> Verdict:
    """ "South Sudan", "Northern Ireland" are places of their own; so is "East London" or "South East
    Asia" where the gazetteer lacks the whole name: never the place without its direction."""
    first, _, rest = c.surface.partition(" ")
    if first not in COMPASS_WORDS or not rest:
        return None
    whole = evidence.gazetteer.lookup(c.surface)
    if whole is not None:
        return Accepted(c, f"geo:{whole.id}", whole)
    while rest.partition(" ")[0] in COMPASS_WORDS and " " in rest:
        rest = rest.partition(" ")[2]
    inner = evidence.gazetteer.lookup(rest)
    if inner is not None and (inner.kind != "city" or inner.population >= BIG_CITY_POPULATION):
        return Accepted(c, name_key(c.surface), kind_hint="region")
    return None


def _gazetteer_place(c: Candidate, evidence: Evidence) -> Verdict:
    place = evidence.gazetteer.lookup(c.surface) if len(c.surface) >= 4 else None
    if place is None or not admissible(place, c, evidence):
        return None
    # "Norway, Chile, Japan": a country before another is a list, not a place in a country.
    inside = place.kind in ("city", "region") and place_after(c, evidence.gazetteer)
    return Accepted(c, f"geo:{place.id}", place, inside)


def _unsupported_capitals(c: Candidate, evidence: Evidence) -> Verdict:
    """A capitalised run opening a sentence or in a headline is a name only with support."""
    if not (c.sentence_initial or c.unit.headline_case) or c.unit.kind is UnitKind.DATELINE:
        return None
    return None if _supported(c, evidence) else REJECTED


def _supported(c: Candidate, evidence: Evidence) -> bool:
    words = c.surface.split()
    if name_key(c.surface) in evidence.mid_sentence_names or surname_key(c.surface) in evidence.surnames:
        return True
    if c.unit.headline_case:
        return False
    if len(words) >= 2:
        return words[0].lower() not in STOPWORDS and not all(is_ordinary_word(w) for w in words)
    # "Okonkwo said": a rare word opening a sentence, as a speaker.
    return not is_ordinary_word(c.surface) and bool(c.cues & {Cue.SPEAKER, Cue.HONORIFIC})


def _lone_adjective(c: Candidate, evidence: Evidence) -> Verdict:
    """ "Hellenic", "Islamic": a dictionary adjective alone, with no cue, is no name."""
    if " " in c.surface or not ADJECTIVE_ENDING.search(c.surface) or word_class(c.surface) is WordClass.RARE:
        return None
    return None if c.cues & NAME_CUES else REJECTED


NAME_CUES = frozenset({Cue.HONORIFIC, Cue.APPOSITION, Cue.SPEAKER, Cue.PLACE_OF, Cue.MEDIA, Cue.ARMED, Cue.OUTLET})
"""Cues that say a single ordinary word is a name here."""


def _lone_ordinary_word(c: Candidate, evidence: Evidence) -> Verdict:
    """A single ordinary English word ("Church", "Freedom") is a name only with a cue saying so."""
    if " " in c.surface or not is_ordinary_word(c.surface):
        return None
    if (c.unit.article_id, c.surface) in evidence.capitalised_words:
        return Accepted(c, name_key(c.surface), capitalised_name=True)
    return None if c.cues & NAME_CUES or c.head_after else REJECTED


def _any_other_name(c: Candidate, evidence: Evidence) -> Verdict:
    return Accepted(c, name_key(c.surface), None, place_after(c, evidence.gazetteer))


ACCEPT_RULES: list[Callable[[Candidate, Evidence], Verdict]] = [
    _outlet,
    _joined_names,
    _state_forces,
    _never_a_name,
    _demonym,
    _surname_of_someone_here,
    _known_organisation,
    _acronym,
    _compass_name,
    _gazetteer_place,
    _unsupported_capitals,
    _lone_adjective,
    _lone_ordinary_word,
    _any_other_name,
]
"""Tried in order; the first that answers decides."""


def accept(c: Candidate, evidence: Evidence) -> Accepted | None:
    for normalise in NORMALISE_RULES:
        c = normalise(c, evidence)
    for rule in ACCEPT_RULES:
        verdict = rule(c, evidence)
        if verdict is not None:
            if not isinstance(verdict, Accepted):
                return None
            return replace(verdict, person_shape=looks_like_person(verdict.candidate.surface, evidence.gazetteer))
    return None


def looks_like_person(surface: str, gazetteer: Gazetteer) -> bool:
    """A person's shape (``names.person_shaped``), unless an ordinary word sits beside a country or a
    big city: "Real Madrid", "Air Canada", "Lisbon Harbour Authority" are a club, an airline, a body."""
    if not person_shaped(surface):
        return False
    words = surface.split()
    if not any(is_ordinary_word(w) for w in words):
        return True
    return not any(_famous_place(gazetteer.lookup(w)) for w in words if len(w) >= 4)


def _famous_place(place: Place | None) -> bool:
    return place is not None and (place.kind == "country" or place.population >= BIG_CITY_POPULATION)
