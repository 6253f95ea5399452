"""What kind of thing an index entry is: each rule below gives weighted votes, and the heaviest side wins.

Votes come from the name itself (its head noun: "X Square" is a landmark, "X Brigades" an armed
group; the alias table; a person's shape) and from every mention's cues ("in X", "X said", "X
militants"). A place the gazetteer knows is a place unless its mentions make it an actor there:
a country that "defeated" another is a team, one that "announced" something its government.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from .cues import Cue
from .entitymodel import EntityType
from .gazetteer import Place
from .lexicon import ABSTRACT_NOUN, ACTOR_HEADS, PLACE_HEADS, PLACE_PREFIXES
from .mentions import Candidate
from .names import is_ordinary_word
from .organisations import organisation_kind


class Member(Protocol):
    """A mention judged to be a name (``acceptance.Accepted``)."""

    candidate: Candidate
    country_after: bool
    kind_hint: str | None
    person_shape: bool
    capitalised_name: bool


HEAD_NOUN_WEIGHT = 3
"""The name's own head noun ("Naim Square", "Free Mountain Brigades") outweighs one mention's cue
(the seeds' "Syrian Democratic Forces" is named "in" places three times and stays an armed group)."""
KNOWN_ORGANISATION_WEIGHT = 6
"""The alias table is right about the organisations it lists, whatever their mentions say."""
OUTLET_WEIGHT = 6
"""The article's own outlet line is a news organisation."""
STRONG_CUE_WEIGHT = 2
"""A cue that alone says what a mention is: "the town of X", "X prison", "X, Syria", "Mr X", "X reported"."""
ROLE_WEIGHT = 3
"""An apposition giving a role (", a spokesman for the SDF,") settles that a person is meant."""
WEAK_CUE_WEIGHT = 1
"""A cue that points one way without settling it: "in X", "X said", "X militants"."""
PLACE_PREPOSITIONS_NEEDED = 2
"""Prepositions alone make a place of an unknown name only from two mentions ("in Anonymous" once is not)."""
GAZETTEER_PRIOR = 1
"""A known place starts one vote ahead: an actor reading needs more actor cues than place cues."""

PLACE = "place"
"""Vote label of a place of no particular kind (``place:<kind>`` for one of a kind)."""
ACTOR_KINDS = ("person", "armed_group", "organization", "media", "state", "team", "unknown")


def _head_noun_votes(members: Sequence[Member]) -> Counter[str]:
    """The name's head noun: the word before "of" ("University of Texas"), else the last one."""
    votes: Counter[str] = Counter()
    for m in members:
        words = [w.lower().rstrip(".") for w in m.candidate.surface.replace("-", " ").split()]
        cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
        head = words[cut - 1] if cut else ""
        # Only the head counts: "Kennedy Space Center" is a center, "Park Joo-Ho" no park.
        if head in PLACE_HEADS:
            votes[f"{PLACE}:{PLACE_HEADS[head]}"] += HEAD_NOUN_WEIGHT
        if head in ACTOR_HEADS:
            votes[ACTOR_HEADS[head]] += HEAD_NOUN_WEIGHT
    return votes


CUE_VOTES: dict[Cue, tuple[str, int]] = {
    Cue.HONORIFIC: ("person", STRONG_CUE_WEIGHT),
    Cue.APPOSITION: ("person", ROLE_WEIGHT),
    Cue.PLACE_PREPOSITION: (PLACE, WEAK_CUE_WEIGHT),
    Cue.PLACE_OF: (PLACE, STRONG_CUE_WEIGHT),
    Cue.ARMED: ("armed_group", WEAK_CUE_WEIGHT),
    Cue.AGENT_SUFFIX: ("unknown", WEAK_CUE_WEIGHT),
    Cue.MEDIA: ("media", STRONG_CUE_WEIGHT),
    Cue.OUTLET: ("media", OUTLET_WEIGHT),
    Cue.CONTEST: ("team", WEAK_CUE_WEIGHT),
    Cue.GOVERNMENT: ("organization", WEAK_CUE_WEIGHT),
}
"""What each cue votes for, and how much (``SPEAKER`` depends on the name: see ``_speaker_kind``)."""


def _speaker_kind(m: Member) -> str:
    """ "X said": a person if X is shaped like one; a lone word may be a company or a surname alone."""
    return "person" if m.person_shape else "organization" if " " in m.candidate.surface else "unknown"


def _cue_votes(members: Sequence[Member]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for m in members:
        c = m.candidate
        for cue in c.cues:
            label, weight = CUE_VOTES.get(cue) or (_speaker_kind(m), WEAK_CUE_WEIGHT)
            votes[label] += weight
        if c.head_after:
            votes[f"{PLACE}:{PLACE_HEADS.get(c.head_after, PLACE)}"] += STRONG_CUE_WEIGHT
        if m.country_after:
            votes[PLACE] += STRONG_CUE_WEIGHT
        if m.kind_hint:
            votes[f"{PLACE}:{m.kind_hint}"] += HEAD_NOUN_WEIGHT
        if c.role and Cue.APPOSITION not in c.cues:
            votes["person"] += STRONG_CUE_WEIGHT
        if c.state_forces:
            votes["armed_group"] += ROLE_WEIGHT
    return votes


def _name_votes(members: Sequence[Member]) -> Counter[str]:
    """What the name's own words say: the alias table, a person's shape, a place-name opening."""
    votes: Counter[str] = Counter()
    person_shaped = {m.candidate.surface for m in members if m.person_shape}
    for surface in {m.candidate.surface for m in members}:
        known = organisation_kind(surface)
        if known:
            votes[known] += KNOWN_ORGANISATION_WEIGHT
        if surface in person_shaped:
            votes["person"] += STRONG_CUE_WEIGHT
        if len(surface.split()) > 1 and surface.split()[0] in PLACE_PREFIXES:
            votes[PLACE] += STRONG_CUE_WEIGHT * len(members)
    return votes


VOTE_RULES: list[Callable[[Sequence[Member]], Counter[str]]] = [_head_noun_votes, _cue_votes, _name_votes]
"""Every rule that votes on an entry's type and kind."""


def votes_of(members: Sequence[Member]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for rule in VOTE_RULES:
        votes.update(rule(members))
    return votes


def classify(members: Sequence[Member], place: Place | None) -> tuple[EntityType | None, str]:
    """Type and kind of the entry these mentions make (``None`` when nothing says it is a name)."""
    votes = votes_of(members)
    place_votes = {k: v for k, v in votes.items() if k == PLACE or k.startswith(PLACE + ":")}
    actor_votes = {k: votes[k] for k in ACTOR_KINDS if votes[k]}
    place_total, actor_total = sum(place_votes.values()), sum(actor_votes.values())
    if place is not None:
        return _classify_known_place(place, _cue_votes(members), place_total)
    specific = {k: v for k, v in place_votes.items() if k != PLACE}
    if all(m.candidate.acronym or ABSTRACT_NOUN.search(m.candidate.surface) for m in members):
        # An acronym is an organisation's name far more often than a place's, and "Theosophy" or
        # "Buddhism" is no place at all: prepositions ("in Theosophy") prove nothing.
        place_total -= votes[PLACE]
    if place_total > actor_total and (specific or votes[PLACE] >= PLACE_PREPOSITIONS_NEEDED):
        best = max(sorted(specific), key=specific.get) if specific else PLACE
        return EntityType.PLACE, best.split(":", 1)[1] if ":" in best else PLACE
    if actor_votes:
        return EntityType.ACTOR, max(sorted(actor_votes), key=actor_votes.get)
    names = [m.candidate.surface for m in members]
    if any(len(n.split()) >= 2 for n in names):
        # "Launch Window", "Foreign Affairs": ordinary words capitalised once are no name on their own.
        if len(members) == 1 and all(is_ordinary_word(w) for w in names[0].split()):
            return None, ""
        return EntityType.ACTOR, "unknown"
    if any(m.capitalised_name or not (is_ordinary_word(n) or _only_by_position(m)) for n, m in zip(names, members)):
        return EntityType.ACTOR, "unknown"
    return None, ""


def _only_by_position(m: Member) -> bool:
    """Capitalised only where every word is: opening a sentence, or in a headline."""
    return m.candidate.sentence_initial or m.candidate.unit.headline_case


def _classify_known_place(place: Place, votes: Counter[str], place_total: int) -> tuple[EntityType, str]:
    """A gazetteer place, unless its mentions here make it a side in a contest or an acting state."""
    contest = votes["team"]
    acting = votes["organization"] + votes["unknown"] + votes["person"] + votes["armed_group"]
    if place.kind in ("country", "region", "city") and contest + acting > place_total + GAZETTEER_PRIOR:
        return EntityType.ACTOR, "team" if contest >= acting else "state"
    return EntityType.PLACE, place.kind
