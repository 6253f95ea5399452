"""What a capitalised word is likely to be, from how English uses it: the shape of a name.

Two packages pinned in requirements.txt say it, from data they ship (nothing is downloaded):
``wordfreq`` gives how often a word is written in English (a word nobody writes is probably a
name), and ``simplemma``'s English dictionary gives each word's lemma with its usual case (a word
whose lemma is capitalised, "Michael", "Paris", is usually written as a name; "church", "full"
are ordinary words that a sentence or a headline capitalised).
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from .lexicon import (
    ACTOR_HEADS,
    ARABIC_ARTICLE_START,
    CALENDAR_WORDS,
    COMPASS_WORDS,
    HONORIFICS,
    INNER_PLACE_WORDS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    TITLE_HEADS,
)
from .text import STOPWORDS

RARE_WORD_ZIPF = 3.0
"""Below this Zipf frequency (about one word in a million) a word is rare in English: on GUM news
and the seeds, nearly every capitalised word this rare is a name ("Okonkwo", "Brusco", "Tarvia")."""
COMMON_WORD_ZIPF = 4.0
"""At or above this (one word in 100,000) an ordinary word is common: "church", "freedom", "full"."""
INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
NOUN_ENDING = re.compile(r"(?:ics|tion|sion|ment|ness|ity|ship|ology|ism|ware|ator|ists|ings)$")
PERSON_NAME_WORDS = (2, 4)
"""A person's name written in full has two to four words besides particles ("Anna de Vries")."""


class WordClass(Enum):
    """How English uses a word, written in lower case."""

    PROPER = "proper"
    """The dictionary's lemma is capitalised: given names, places, brands ("Michael", "Paris")."""
    RARE = "rare"
    """Not in the dictionary, or seldom written: most surnames and names of small places."""
    ORDINARY = "ordinary"
    """A dictionary word of middling frequency ("evergreen", "legion")."""
    COMMON = "common"
    """A frequent dictionary word ("church", "full", "freedom")."""


@lru_cache(maxsize=131_072)
def word_class(word: str) -> WordClass:
    from simplemma import is_known, lemmatize
    from wordfreq import zipf_frequency

    lower = word.lower().removesuffix("'s").removesuffix("’s").strip(".")
    if not lower.isalpha():
        lower = "".join(c for c in lower if c.isalpha())
        if not lower:
            return WordClass.RARE
    frequency = zipf_frequency(lower, "en")
    if frequency < RARE_WORD_ZIPF or not is_known(lower, lang="en"):
        return WordClass.RARE
    if lemmatize(lower, lang="en")[:1].isupper():
        return WordClass.PROPER
    return WordClass.COMMON if frequency >= COMMON_WORD_ZIPF else WordClass.ORDINARY


def is_ordinary_word(word: str) -> bool:
    """A dictionary word written in lower case ("Standing", "Footage", "Church"): alone, no name."""
    return word_class(word) in (WordClass.COMMON, WordClass.ORDINARY)


def has_head_noun(name: str) -> bool:
    return any(w.lower().rstrip(".") in PLACE_HEADS or w.lower().rstrip(".") in ACTOR_HEADS for w in name.split())


@lru_cache(maxsize=131_072)
def person_shaped(name: str) -> bool:
    """Written like a person's full name: two to four capitalised words, none a head noun, a title,
    a calendar or number word, and at least one that is not an ordinary English word.

    "Odalys Verhoeven", "Anna de Vries", "Lam Wai-kit" are; "Results Table", "Launch Window",
    "Civic Party" are not."""
    words = [w for w in name.split() if w.lower() not in NAME_PARTICLES]
    low, high = PERSON_NAME_WORDS
    if (
        not low <= len(words) <= high
        or has_head_noun(name)
        or words[0] in COMPASS_WORDS | INNER_PLACE_WORDS | PLACE_PREFIXES
    ):
        return False
    for word in words:
        bare = word.rstrip(".")
        if not (word[:1].isupper() or ARABIC_ARTICLE_START.match(word)) or bare in TITLE_HEADS or bare in HONORIFICS:
            return False
        if bare in CALENDAR_WORDS or bare in NUMBER_WORDS or word.lower() in STOPWORDS:
            return False
        if len(bare) > 1 and bare.isupper() and not INITIALS.match(word):
            return False  # an acronym: "NASA Administrator", "BBC News" (but "K.C. Maurer" has initials)
    if not any(not is_ordinary_word(w) or len(w.rstrip(".")) == 1 for w in words):
        return False
    # A last word shaped like an abstract or technical noun is no surname ("Vesta Robotics", "Tarvia
    # Station Operations"); ordinary words that are surnames stay ("Kyle Walker", "Yvette Cooper").
    return not NOUN_ENDING.search(words[-1].lower())
