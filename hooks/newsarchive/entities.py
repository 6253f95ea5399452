"""Places and actors of the whole archive: which candidate spans are names, and which are one thing.

Works on every article at once, because the evidence is archive-wide: a word capitalised in
the middle of a sentence somewhere is a name at the start of a sentence elsewhere; an acronym
defined in one article explains it in another. Steps, each a small function:
accept candidates -> link forms that name one thing (union-find) -> decide name, type and kind.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from .gazetteer import STATE_ABBREVIATIONS, Gazetteer, Place, place_key
from .kinds import KNOWN_ACRONYMS, PLACE_HEADS, classify
from .mentions import Candidate, TextUnit, find_candidates, is_acronym
from .model import Entity, EntityType, Mention
from .text import STOPWORDS, fold, name_order, slugify

DIRECTION_WORDS = re.compile(
    r"^(?:Central|Northern|Southern|Eastern|Western|Northeastern|Northwestern|Southeastern|Southwestern|Downtown|Old|Greater|East|West|North|South)\s+"
)
LEADING_COMMON_NOUN = re.compile(r"^(?P<noun>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
ADJECTIVE_ENDING = re.compile(r"(?:ish|ian|ese|ean|ic|an|i)$")
STOP_ACRONYMS = frozenset(
    {
        "TV",
        "OK",
        "AM",
        "PM",
        "GMT",
        "UTC",
        "BST",
        "EST",
        "EDT",
        "CET",
        "ID",
        "WATCH",
        "VIDEO",
        "READ",
        "MORE",
        "PHOTO",
        "UPDATE",
        "CEO",
        "PDF",
        "HTML",
        "URL",
        "DIY",
        "FAQ",
        "II",
        "III",
        "IV",
        "VI",
    }
)
MAX_CONTEXT = 400
"""Longest sentence quoted whole beside a mention (a real sentence is shorter; pasted lists are not)."""
CONTEXT_SIDE = 150
"""Characters kept either side of a mention in a longer sentence."""
GAZETTEER_MIN_POPULATION = 100_000
"""A city this big is a place even with no country named beside it; smaller ones need one."""


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


@dataclass(frozen=True)
class _Accepted:
    """A candidate judged to be a name, with its grouping key and what it links to."""

    candidate: Candidate
    key: str
    place: Place | None = None
    country_after: bool = False
    """Followed by ", <country>" as in "Baghuz, Syria"."""


@lru_cache(maxsize=262_144)
def name_key(surface: str) -> str:
    """Key that meets spelling variants: acronyms by their capitals, names transliteration-insensitively."""
    bare = surface.replace(".", "")
    if is_acronym(surface):
        return "acr:" + bare.upper()
    words = [
        w
        for w in re.split(r"[\s-]+", fold(surface))
        if w not in ("the", "al", "el", "ez", "ad", "ar", "as", "ash", "an", "at", "az")
    ]
    return "name:" + " ".join(place_key(w) for w in words if w)


def skeleton_key(surface: str) -> str | None:
    """Consonant skeleton of a multi-word name: "Deir el-Zour" and "Deir ez-Zor" both give "dr zr".

    Transliterations of Arabic and Kurdish names differ mostly in their vowels; single words
    are left out, as their skeletons are too short to tell places apart."""
    words = name_key(surface).removeprefix("name:").split()
    if len(words) < 2 or is_acronym(surface):
        return None
    return "skel:" + " ".join(w[0] + re.sub(r"[aeiouyw]", "", w[1:]) for w in words)


def initials(surface: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", surface) if word and word[0].isupper())


def extract_entities(units: list[TextUnit], gazetteer: Gazetteer) -> list[Entity]:
    candidates = [c for unit in units for c in find_candidates(unit)]
    evidence = _Evidence.collect(candidates, units, gazetteer)
    accepted = _drop_nested([a for c in candidates if (a := _accept(c, evidence, gazetteer)) is not None])
    groups = _group(accepted, evidence)
    entities = [_make_entity(members, evidence) for members in groups.values()]
    entities = [e for e in entities if e is not None]
    return unique_ids(sorted(entities, key=lambda e: (e.type.value, *name_order(e.name))))


def _drop_nested(accepted: list[_Accepted]) -> list[_Accepted]:
    """Inside "Islamic State of Iraq and Syria", "Syria" is not a mention of its own; nor is the
    "(SDF)" that defines an acronym right after "Syrian Democratic Forces"."""
    joined: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a in accepted:
        if a.candidate.joined:
            joined[id(a.candidate.unit)].append((a.candidate.start, a.candidate.end))
    # Per unit, joined spans by start with the furthest end reached so far: one bisect per test.
    starts: dict[int, list[int]] = {}
    reach: dict[int, list[int]] = {}
    for unit, spans in joined.items():
        spans.sort()
        starts[unit] = [start for start, _ in spans]
        reach[unit] = list(accumulate((end for _, end in spans), max))
    definitions = {(id(a.candidate.unit), a.candidate.end) for a in accepted if a.candidate.defines}
    kept = []
    for a in accepted:
        c = a.candidate
        unit = id(c.unit)
        if not c.joined and unit in starts:
            position = bisect_right(starts[unit], c.start) - 1
            if position >= 0 and reach[unit][position] >= c.end:
                continue
        if c.acronym and any((unit, c.start - gap) in definitions for gap in (1, 2, 3)):
            continue
        kept.append(a)
    return kept


@dataclass
class _Evidence:
    """What the whole archive says about names, collected before any single decision."""

    mid_sentence_names: set[str]
    acronym_long_forms: dict[str, str]
    """Acronym -> long form, from definitions such as ``Syrian Democratic Forces (SDF)``."""
    descriptors: dict[str, tuple[str, str]]
    """Normalised description -> (name key it describes, the description as written)."""
    person_surnames: dict[str, set[str]]
    """Last word of a person's full name -> the full names' keys."""
    countries_by_article: dict[str, set[str]]

    @staticmethod
    def collect(candidates: list[Candidate], units: list[TextUnit], gazetteer: Gazetteer) -> "_Evidence":
        mid = {
            name_key(c.surface)
            for c in candidates
            if not c.sentence_initial and c.unit.kind != "title" and not c.joined
        }
        long_forms: dict[str, str] = {}
        descriptors: dict[str, str] = {}
        surnames: dict[str, set[str]] = defaultdict(set)
        countries: dict[str, set[str]] = defaultdict(set)
        acronyms = {c.surface.replace(".", "").upper() for c in candidates if is_acronym(c.surface)}
        for c in candidates:
            if c.defines:
                long_forms[c.defines.upper()] = c.surface
            if c.descriptor:
                descriptors[_descriptor_key(c.descriptor)] = (name_key(c.surface), c.descriptor)
            if "person" in c.cues and len(c.surface.split()) >= 2 and not is_acronym(c.surface):
                surnames[place_key(c.surface.split()[-1])].add(name_key(c.surface))
            place = gazetteer.lookup(c.surface)
            if place is not None and place.kind == "country":
                countries[c.unit.article_id].add(place.country_code)
        for c in candidates:
            letters = initials(c.surface)
            if len(c.surface.split()) >= 2 and letters in acronyms and letters not in long_forms:
                long_forms[letters] = c.surface
        return _Evidence(mid, long_forms, descriptors, dict(surnames), dict(countries))


def _descriptor_key(text: str) -> str:
    return " ".join(w.removesuffix("s") for w in fold(text).split())


def _accept(c: Candidate, evidence: _Evidence, gazetteer: Gazetteer) -> _Accepted | None:
    """Is this span a name? Each rule answers or passes to the next."""
    if c.joined:
        letters = initials(c.surface)
        return _Accepted(c, "acr:" + letters) if evidence.acronym_long_forms.get(letters) == c.surface else None
    if c.state_forces:
        return _accept_forces(c, evidence, gazetteer)
    surface = c.surface
    leading = LEADING_COMMON_NOUN.match(surface)
    if leading and c.sentence_initial and name_key(leading.group("noun")) not in evidence.mid_sentence_names:
        # "Fighters of the Karayn National Alliance": a common noun opening the sentence.
        # "Residents of Danek said": whoever said it, it was not Danek.
        c = replace(
            c,
            surface=surface[leading.end() :],
            start=c.start + leading.end(),
            sentence_initial=False,
            cues=(c.cues - {"person"}) | {"place"},
        )
        surface = c.surface
    direction = DIRECTION_WORDS.match(surface)
    if direction and len(surface.split()) > 1:
        c = replace(c, surface=surface[direction.end() :], start=c.start + direction.end())
        surface = c.surface
    if is_acronym(surface):
        if surface.replace(".", "").upper() in STOP_ACRONYMS:
            return None
        state = gazetteer.lookup(surface) if surface in STATE_ABBREVIATIONS else None
        if state is None and len(surface) >= 4 and surface.isalpha():
            # "BEIRUT" in a dateline is a city written in capitals, not an acronym.
            state = _gazetteer_place(surface.title(), c, evidence, gazetteer)
        return _Accepted(c, f"geo:{state.geonameid}" if state else name_key(surface), state)
    tokens = surface.split()
    if surface.lower() in STOPWORDS or tokens[0].lower() in STOPWORDS and len(tokens) == 1:
        return None
    place = _gazetteer_place(surface, c, evidence, gazetteer)
    known = (
        name_key(surface) in evidence.mid_sentence_names
        or place is not None
        or place_key(tokens[-1]) in evidence.person_surnames
    )
    # A run of capitalised words opening a sentence is a name unless it opens with a function word.
    known = known or (c.unit.kind != "title" and len(tokens) >= 2 and tokens[0].lower() not in STOPWORDS)
    if (c.sentence_initial or c.unit.kind == "title") and not known:
        return None
    if (
        len(tokens) > 1
        and all(ADJECTIVE_ENDING.search(t) and (gazetteer.demonym(t) or not gazetteer.lookup(t)) for t in tokens)
        and place is None
    ):
        return None  # "Syrian Kurdish fighters": adjectives, not a name
    if len(tokens) == 1:
        demonym = gazetteer.demonym(surface)
        if demonym is not None:
            return _Accepted(replace(c, demonym=True), f"geo:{demonym.geonameid}", demonym)
        if ADJECTIVE_ENDING.search(surface) and place is None and not c.cues & {"person", "place", "place_strong"}:
            return None
    country_after = bool(c.followed_by and (found := gazetteer.lookup(c.followed_by)) and found.kind == "country")
    return _Accepted(c, f"geo:{place.geonameid}" if place else name_key(surface), place, country_after)


def _gazetteer_place(surface: str, c: Candidate, evidence: _Evidence, gazetteer: Gazetteer) -> Place | None:
    if len(surface) < 4 or surface.lower() in STOPWORDS:
        return None
    place = gazetteer.lookup(surface)
    if place is None or place.kind == "country":
        return place
    if place.population >= GAZETTEER_MIN_POPULATION or place.country_code in evidence.countries_by_article.get(
        c.unit.article_id, ()
    ):
        return place
    return None


def _accept_forces(c: Candidate, evidence: _Evidence, gazetteer: Gazetteer) -> _Accepted | None:
    """``U.S.-led coalition`` / ``U.S. forces`` are one actor; ``Kurdish-led forces`` may be a description."""
    state_words = re.split(r"[-\s]", c.surface, maxsplit=1)[0]
    state = gazetteer.lookup(state_words) or gazetteer.demonym(state_words)
    if state is not None and state.kind == "country":
        return _Accepted(c, f"forces:{state.country_code}")
    described = evidence.descriptors.get(_descriptor_key(c.surface))
    return _Accepted(c, described[0]) if described else None


def _group(accepted: list[_Accepted], evidence: _Evidence) -> dict[str, list[_Accepted]]:
    links = _UnionFind()
    for item in accepted:
        links.find(item.key)
        surface = item.candidate.surface
        if item.candidate.defines:
            links.union(item.key, "acr:" + item.candidate.defines.upper())
        letters = initials(surface)
        if len(surface.split()) >= 2 and evidence.acronym_long_forms.get(letters) == surface:
            links.union(item.key, "acr:" + letters)
        tokens = surface.split()
        if len(tokens) == 1 and not item.candidate.acronym:
            full_names = evidence.person_surnames.get(place_key(surface), set())
            if len(full_names) == 1:
                links.union(item.key, next(iter(full_names)))
        if len(tokens) >= 2 and tokens[-1].lower() in ("river", "lake"):
            links.union(item.key, name_key(" ".join(tokens[:-1])))
        skeleton = skeleton_key(surface)
        if skeleton and not item.candidate.joined:
            links.union(item.key, skeleton)
    _link_known_as(accepted, links)
    groups: dict[str, list[_Accepted]] = defaultdict(list)
    for item in accepted:
        groups[links.find(item.key)].append(item)
    return groups


def _link_known_as(accepted: list[_Accepted], links: _UnionFind) -> None:
    """``Also known as "Paradise Square"``: the alias names the nearest landmark before it."""
    by_unit: dict[tuple[str, str | None], list[_Accepted]] = defaultdict(list)
    for item in accepted:
        by_unit[(item.candidate.unit.article_id, item.candidate.unit.anchor)].append(item)
    for items in by_unit.values():
        items.sort(key=lambda item: item.candidate.start)
        for index, item in enumerate(items):
            if not item.candidate.alias_of_previous:
                continue
            before = items[:index]
            landmark_alias = any(w.lower() in PLACE_HEADS for w in item.candidate.surface.split())
            preferred = (
                [b for b in before if any(w.lower() in PLACE_HEADS for w in b.candidate.surface.split())]
                if landmark_alias
                else []
            )
            target = (preferred or before or [None])[-1]
            if target is not None:
                links.union(item.key, target.key)


def _make_entity(members: list[_Accepted], evidence: _Evidence) -> Entity | None:
    surfaces = Counter(
        m.candidate.surface for m in members if not m.candidate.demonym and not m.candidate.alias_of_previous
    )
    surfaces = surfaces or Counter(m.candidate.surface for m in members if not m.candidate.demonym)
    places = [m.place for m in members if m.place is not None]
    place = Counter(places).most_common(1)[0][0] if places else None
    entity_type, kind = classify(members, place)
    if entity_type is None:
        return None
    name = _choose_name(members, surfaces, place, evidence, kind)
    roles = [m.candidate.role for m in members if m.candidate.role]
    aliases = (
        set(surfaces)
        | {m.candidate.surface for m in members}
        | {m.candidate.defines for m in members if m.candidate.defines}
    )
    aliases |= {written for key, written in evidence.descriptors.values() if key in {m.key for m in members}}
    mentions = tuple(
        sorted(
            (
                Mention(
                    m.candidate.unit.article_id,
                    m.candidate.unit.anchor,
                    m.candidate.unit.photo,
                    m.candidate.surface,
                    m.candidate.start,
                    m.candidate.end,
                    _context(m.candidate),
                    m.candidate.unit.kind,
                    m.candidate.unit.date,
                )
                for m in members
            ),
            key=lambda mention: (mention.article_id, mention.anchor or "", mention.start),
        )
    )
    coordinates = (place.latitude, place.longitude) if place and (place.latitude or place.longitude) else None
    return Entity(
        id=slugify(name, max_words=8, max_length=60),
        name=name,
        type=entity_type,
        kind=kind,
        aliases=tuple(sorted(aliases - {name}, key=name_order)),
        mentions=mentions,
        role=Counter(roles).most_common(1)[0][0] if roles else None,
        coordinates=coordinates if entity_type is EntityType.PLACE else None,
        geonameid=place.geonameid if place else None,
    )


def _context(c: Candidate) -> str:
    """The mention's sentence, or the words around it when the sentence is too long to quote."""
    sentence = c.sentence
    if len(sentence) <= MAX_CONTEXT:
        return sentence
    at = c.start - c.sentence_start
    left, right = max(0, at - CONTEXT_SIDE), min(len(sentence), at + len(c.surface) + CONTEXT_SIDE)
    # Cut at a space near each end (a bounded search: text without spaces stays linear).
    left_space = sentence.rfind(" ", max(0, left - 30), left) if left else -1
    left = left_space + 1 if left_space != -1 else left
    right_space = sentence.find(" ", right, right + 30)
    right = right_space if right_space != -1 else right
    return ("…" if left else "") + sentence[left:right] + ("…" if right < len(sentence) else "")


def _choose_name(
    members: list[_Accepted], surfaces: Counter, place: Place | None, evidence: _Evidence, kind: str
) -> str:
    for m in members:
        acronym = m.candidate.surface.replace(".", "").upper() if m.candidate.acronym else None
        if acronym and acronym in evidence.acronym_long_forms:
            return evidence.acronym_long_forms[acronym]
    for m in members:
        if m.candidate.acronym and m.candidate.surface.replace(".", "").upper() in KNOWN_ACRONYMS:
            long_forms = [s for s in surfaces if not is_acronym(s)]
            return long_forms[0] if long_forms else KNOWN_ACRONYMS[m.candidate.surface.replace(".", "").upper()][0]
    if place is not None and place.kind == "country":
        return place.name
    if not surfaces:
        return place.name if place else members[0].candidate.surface
    # A dateline's capitals ("BEIRUT") lose to any other spelling, and are title-cased alone.
    written = Counter({s: n for s, n in surfaces.items() if not (s.isupper() and len(s) > 4)}) or Counter(
        {s.title(): n for s, n in surfaces.items()}
    )
    return max(sorted(written), key=lambda s: (written[s] if kind != "person" else len(s.split()), len(s)))


def unique_ids(entities: list[Entity]) -> list[Entity]:
    seen: Counter[str] = Counter({"index": 1})  # the index pages own that name
    unique = []
    for entity in entities:
        seen[entity.id] += 1
        unique.append(
            entity
            if seen[entity.id] == 1 and entity.id != "index"
            else replace(entity, id=f"{entity.id}-{seen[entity.id]}")
        )
    return unique
