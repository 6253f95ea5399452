"""What the words around a name say of it: each cue is a small named rule reading a bounded window.

A cue is evidence, never a decision: "in X" makes a place more likely, "X said" a speaker; the
archive-wide stages (``entities``, ``kinds``) weigh every mention's cues together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from .lexicon import (
    ARMED_CUES,
    CONTEST_VERBS,
    FOLLOWING_PLACE_NOUNS,
    GOVERNMENT_VERBS,
    HONORIFICS,
    MEDIA_AFTER,
    NOT_A_SPEAKER_AFTER,
    PLACE_OF,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_HEADS,
)

APPOSITION = re.compile(
    r"^,\s+(?:a|an|the|who is|who was)\s+(?P<role>[^,.;:()\"“”]{3,90}?)(?=[,.;:]|\s+(?:said|says|told)\b|$)"
)
SCORE_AFTER = re.compile(r"^\s+\d{1,2}\s*[–—-]\s*\d{1,2}\b")
SCORE_BEFORE = re.compile(r"\b\d{1,2}\s*[–—-]\s*\d{1,2}\s+$")
PREVIOUS_WORD = re.compile(r"[\w'’.-]+$")
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


class Cue(Enum):
    """One piece of evidence about a name, read from the words around one mention."""

    HONORIFIC = "honorific"
    """"Mr", "Dr", or a title before the name ("President X"): a person."""
    APPOSITION = "apposition"
    """", a spokesman for the SDF,": a person, with that role."""
    SPEAKER = "speaker"
    """"X said", "said X", "according to X": someone who speaks (a person only if shaped like one)."""
    PLACE_PREPOSITION = "place_preposition"
    """"in X", "near X": weak evidence of a place ("in Anonymous" is no place)."""
    PLACE_OF = "place_of"
    """"the town of X", "the outskirts of X": a place."""
    PLACE_NOUN_AFTER = "place_noun_after"
    """"X prison", "X camp": a place of that kind."""
    ARMED = "armed"
    """"X militants", "X fighters": an armed group."""
    AGENT_SUFFIX = "agent_suffix"
    """"X-backed", "X-led": an agent behind something."""
    MEDIA = "media"
    """"X reported", "X footage": a news organisation."""
    OUTLET = "outlet"
    """The outlet line of the article: the news organisation that published it."""
    CONTEST = "contest"
    """"X won", "defeated X", "X 2 – 1 Y": a side in a contest (a country or city so named is a team)."""
    GOVERNMENT = "government"
    """"X announced", "X condemned": an acting state or organisation (a country so named is its government)."""


@dataclass(frozen=True)
class CueWindow:
    """A name and the words either side of it (a bounded number of characters)."""

    surface: str
    before: str
    after: str
    hyphen_suffix: str | None = None
    """The agent suffix written onto the name ("backed" in "U.S.-backed")."""
    titled: bool = False
    """A title or honorific stood before the name in its own span ("President Obama")."""

    @cached_property
    def next_word(self) -> str:
        found = re.match(r"\s*([\w'’-]+)", self.after)
        return found.group(1) if found else ""

    @cached_property
    def previous_word(self) -> str:
        # The last chunk alone: an anchored search over the whole window backtracks at every offset.
        chunk = self.before[-60:].rstrip().rpartition(" ")[2]
        found = PREVIOUS_WORD.search(chunk)
        return found.group(0) if found else ""

    @cached_property
    def place_noun_after(self) -> str | None:
        word = self.next_word.lower()
        return word if word in FOLLOWING_PLACE_NOUNS and not self.hyphen_suffix else None


def _honorific(w: CueWindow) -> Cue | None:
    previous = w.previous_word.rstrip(".")
    return Cue.HONORIFIC if w.titled or previous in HONORIFICS or previous in TITLE_HEADS else None


def _speaker(w: CueWindow) -> Cue | None:
    # "Talal Sillo said" / "said Talal Sillo" / "according to X", but not "residents of Danek said".
    before_verb = w.next_word.lower() in SPEECH_VERBS and w.previous_word.lower() not in NOT_A_SPEAKER_AFTER
    if before_verb or w.previous_word.lower() in SPEECH_VERBS or ACCORDING_TO.search(w.before):
        return Cue.SPEAKER
    return None


def _place_preposition(w: CueWindow) -> Cue | None:
    return Cue.PLACE_PREPOSITION if w.previous_word.lower() in PLACE_PREPOSITIONS else None


def _place_of(w: CueWindow) -> Cue | None:
    return Cue.PLACE_OF if PLACE_OF.search(w.before) else None


def _place_noun_after(w: CueWindow) -> Cue | None:
    return Cue.PLACE_NOUN_AFTER if w.place_noun_after else None


def _armed(w: CueWindow) -> Cue | None:
    return Cue.ARMED if w.next_word.lower() in ARMED_CUES else None


def _agent_suffix(w: CueWindow) -> Cue | None:
    return Cue.AGENT_SUFFIX if w.hyphen_suffix else None


def _media(w: CueWindow) -> Cue | None:
    return Cue.MEDIA if MEDIA_AFTER.match(w.after) else None


def _contest(w: CueWindow) -> Cue | None:
    verb = w.next_word.lower() in CONTEST_VERBS or w.previous_word.lower() in CONTEST_VERBS
    return Cue.CONTEST if verb or SCORE_AFTER.match(w.after) or SCORE_BEFORE.search(w.before) else None


def _government(w: CueWindow) -> Cue | None:
    return Cue.GOVERNMENT if w.next_word.lower() in GOVERNMENT_VERBS else None


CUE_RULES: list[Callable[[CueWindow], Cue | None]] = [
    _honorific,
    _speaker,
    _place_preposition,
    _place_of,
    _place_noun_after,
    _armed,
    _agent_suffix,
    _media,
    _contest,
    _government,
]
"""Every cue rule; each reads the window and gives its cue or nothing."""


def read_cues(window: CueWindow) -> tuple[frozenset[Cue], str | None]:
    """The cues of one mention, and the role an apposition gives a person."""
    cues = {cue for rule in CUE_RULES if (cue := rule(window)) is not None}
    role = None
    apposition = APPOSITION.match(window.after)
    if apposition and ROLE_NOUNS.search(apposition.group("role")) and len(window.surface.split()) >= 2:
        role = apposition.group("role").strip()
        cues.add(Cue.APPOSITION)
    return frozenset(cues), role
