"""What kind of thing an index entry is: head nouns, known acronyms, and the words around it.

Each mention votes (``militants`` after a name for an armed group, ``in`` before it for a
place, an apposition for a person...); the gazetteer and the name's own head noun weigh more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from .gazetteer import Place
from .mentions import Candidate
from .model import EntityType


class Member(Protocol):
    """A mention judged to be a name (``entities._Accepted``)."""

    candidate: Candidate
    country_after: bool


KNOWN_ACRONYMS = {
    "UN": ("United Nations", "organization"),
    "EU": ("European Union", "organization"),
    "NATO": ("NATO", "organization"),
    "WHO": ("World Health Organization", "organization"),
    "UNHCR": ("UNHCR", "organization"),
    "UNICEF": ("UNICEF", "organization"),
    "ICRC": ("International Committee of the Red Cross", "organization"),
    "MSF": ("Doctors Without Borders (MSF)", "organization"),
    "WFP": ("World Food Programme", "organization"),
    "ICC": ("International Criminal Court", "organization"),
    "HRW": ("Human Rights Watch", "organization"),
    "OPCW": ("OPCW", "organization"),
    "IAEA": ("IAEA", "organization"),
    "AP": ("Associated Press", "media"),
    "AFP": ("Agence France-Presse", "media"),
    "BBC": ("BBC", "media"),
    "CNN": ("CNN", "media"),
    "EPA": ("European Pressphoto Agency", "media"),
    "ABC": ("ABC News", "media"),
    "NBC": ("NBC News", "media"),
    "CBS": ("CBS News", "media"),
}
# Arabic, Kurdish and Turkish place-name openings: Ain (spring), Deir (monastery), Tal (hill)...
PLACE_PREFIXES = frozenset(
    """Ain Ayn Deir Dayr Beit Bayt Tal Tell Kafr Kfar Jabal Jebel Wadi Ras Khan Bir Qasr Jisr Marj Maarat
    Qalaat Tel""".split()
)
PLACE_HEADS = {
    "river": "river",
    "lake": "lake",
    "sea": "sea",
    "gulf": "sea",
    "dam": "dam",
    "square": "landmark",
    "roundabout": "landmark",
    "bridge": "landmark",
    "gate": "landmark",
    "mosque": "landmark",
    "church": "landmark",
    "stadium": "landmark",
    "tower": "landmark",
    "airport": "landmark",
    "hospital": "landmark",
    "palace": "landmark",
    "castle": "landmark",
    "citadel": "landmark",
    "market": "landmark",
    "street": "street",
    "road": "street",
    "avenue": "street",
    "highway": "street",
    "camp": "camp",
    "base": "base",
    "airbase": "base",
    "province": "region",
    "governorate": "region",
    "district": "region",
    "region": "region",
    "county": "region",
    "valley": "region",
    "desert": "region",
    "mountain": "mountain",
    "mountains": "mountain",
    "mount": "mountain",
    "island": "island",
    "border": "border",
    "crossing": "border",
    "prison": "landmark",
    "refinery": "landmark",
    "oilfield": "landmark",
    "city": "city",
    "town": "town",
    "village": "village",
    "neighbourhood": "district",
    "neighborhood": "district",
}
ACTOR_HEADS = {
    "forces": "armed_group",
    "army": "armed_group",
    "militia": "armed_group",
    "brigade": "armed_group",
    "brigades": "armed_group",
    "front": "armed_group",
    "units": "armed_group",
    "guard": "armed_group",
    "guards": "armed_group",
    "battalion": "armed_group",
    "corps": "armed_group",
    "alliance": "armed_group",
    "regiment": "armed_group",
    "division": "armed_group",
    "legion": "armed_group",
    "coalition": "armed_group",
    "news": "media",
    "tv": "media",
    "press": "media",
    "times": "media",
    "post": "media",
    "radio": "media",
    "television": "media",
    "agency": "media",
    "channel": "media",
    "herald": "media",
    "journal": "media",
    "tribune": "media",
    "guardian": "media",
    "nations": "organization",
    "organization": "organization",
    "organisation": "organization",
    "committee": "organization",
    "council": "organization",
    "union": "organization",
    "fund": "organization",
    "bank": "organization",
    "court": "organization",
    "ministry": "organization",
    "observatory": "organization",
    "watch": "organization",
    "cross": "organization",
    "crescent": "organization",
    "party": "organization",
    "foundation": "organization",
    "institute": "organization",
    "university": "organization",
    "commission": "organization",
    "programme": "organization",
    "program": "organization",
    "government": "state",
    "administration": "organization",
    "helmets": "organization",
}


def classify(members: Sequence[Member], place: Place | None) -> tuple[EntityType | None, str]:
    """Type and kind by evidence: gazetteer, head nouns, known acronyms, then the words around mentions."""
    votes: Counter[str] = Counter()
    for m in members:
        c = m.candidate
        votes.update(c.cues)
        if "place_strong" in c.cues or m.country_after:
            votes["place"] += 2
        if c.role:
            votes["person"] += 3
        if c.state_forces:
            votes["armed_group"] += 3
        for cue in c.cues:
            if cue.startswith("head:") and cue[5:] in PLACE_HEADS:
                votes["head_place:" + PLACE_HEADS[cue[5:]]] += 1
        for word in c.surface.replace("-", " ").split():
            head = word.lower().rstrip(".")
            if head in PLACE_HEADS:
                votes["head_place:" + PLACE_HEADS[head]] += 2
            if head in ACTOR_HEADS:
                votes[ACTOR_HEADS[head]] += 2
        known = KNOWN_ACRONYMS.get(c.surface.replace(".", "").upper()) if c.acronym else None
        if known:
            votes[known[1]] += 3
    if place is not None:
        agent = votes["agent"] + votes["armed_group"]
        if place.kind == "country" and agent > votes["place"] + sum(1 for m in members if m.candidate.demonym):
            return EntityType.ACTOR, "state"
        return EntityType.PLACE, place.kind
    place_heads = {k: v for k, v in votes.items() if k.startswith("head_place:")}
    actor_votes = {k: votes[k] for k in ("armed_group", "media", "organization", "person", "state") if votes[k]}
    if place_heads and sum(place_heads.values()) >= max(actor_votes.values(), default=0):
        return EntityType.PLACE, max(sorted(place_heads), key=place_heads.get).split(":", 1)[1]
    names = [m.candidate.surface for m in members]
    if any(n.split()[0] in PLACE_PREFIXES for n in names if len(n.split()) > 1):
        votes["place"] += 2 * len(members)
    # With no actor cue at all, place prepositions ("in", "near", "the town of") make a place.
    if votes["place"] >= 2 and not actor_votes:
        return EntityType.PLACE, "place"
    if actor_votes:
        return EntityType.ACTOR, max(sorted(actor_votes), key=actor_votes.get)
    # No evidence either way: a multi-word name seen more than once is kept as an unclassified actor.
    if len(members) >= 2 and any(len(n.split()) >= 2 for n in names):
        return EntityType.ACTOR, "unknown"
    return None, ""
