"""Places and actors of the whole archive: which forms name one thing, and the entries they make.

Steps: find candidates in every unit (``mentions``) -> accept names and key them (``acceptance``)
-> send short forms to the one long form they stand for (an acronym to its definition, a surname
to the person) -> join names that are one thing (union-find, refusing any join that would put two
different known places or organisations in one entry) -> split a place's uses as an actor
("Norway defeated...") from its uses as a place -> name, type and kind each entry (``kinds``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import accumulate

from .acceptance import Accepted, Evidence, accept, name_key, surname_key
from .entitymodel import Entity, EntityType, Mention
from .gazetteer import Gazetteer, Place
from .kinds import classify
from .lexicon import ARABIC_ARTICLES, PLACE_HEADS, PLACE_PREFIXES
from .mentions import Candidate, TextUnit, find_candidates
from .organisations import canonical_organisation
from .spans import is_acronym
from .text import name_order, slugify

MAX_CONTEXT = 400
"""Longest sentence quoted whole beside a mention (a real sentence is shorter; pasted lists are not)."""
CONTEXT_SIDE = 150
"""Characters kept either side of a mention in a longer sentence."""
ANCHOR_PREFIXES = ("geo:", "org:", "forces:")
"""Keys that name one known thing: an entry may hold at most one of them."""


def extract_entities(
    units: list[TextUnit], gazetteer: Gazetteer, candidates: list[Candidate] | None = None
) -> list[Entity]:
    """``candidates``: every unit's ``find_candidates``, in unit order, when already found (kept
    per article by the work cache; each refers to its unit in ``units``)."""
    if candidates is None:
        candidates = [c for unit in units for c in find_candidates(unit)]
    evidence = Evidence.collect(candidates, units, gazetteer)
    accepted = _drop_nested([a for c in candidates if (a := accept(c, evidence)) is not None])
    accepted = _demonyms_where_named(accepted)
    accepted = _short_forms_to_long(accepted, evidence)
    entities = [e for members in _group(accepted, evidence).values() for e in _make_entities(members, evidence)]
    return unique_ids(sorted(entities, key=lambda e: (e.type.value, *name_order(e.name))))


def _drop_nested(accepted: list[Accepted]) -> list[Accepted]:
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


def _demonyms_where_named(accepted: list[Accepted]) -> list[Accepted]:
    """An adjective of nationality is a mention of its country only in an article that names it."""
    named = {(a.candidate.unit.article_id, a.key) for a in accepted if not a.demonym}
    return [a for a in accepted if not a.demonym or (a.candidate.unit.article_id, a.key) in named]


def _short_forms_to_long(accepted: list[Accepted], evidence: Evidence) -> list[Accepted]:
    """Each acronym and lone surname takes the key of the one long form it stands for: the one its
    article defines, else the only one the archive knows. A short form that could stand for two
    long forms keeps its own key, so one shared acronym never chains two different names."""
    long_keys: dict[str, str] = {}
    for a in accepted:
        if not a.candidate.acronym:
            long_keys.setdefault(a.candidate.surface, a.key)
    remapped = []
    for a in accepted:
        target = _long_form_key(a, evidence, long_keys)
        remapped.append(replace(a, key=target) if target else a)
    return remapped


def _long_form_key(a: Accepted, evidence: Evidence, long_keys: dict[str, str]) -> str | None:
    c = a.candidate
    if c.acronym and a.key.startswith("acr:"):
        letters = a.key.removeprefix("acr:")
        here = evidence.definitions_here.get((c.unit.article_id, letters))
        forms = {here} if here else evidence.definitions.get(letters) or evidence.initials_forms.get(letters, set())
        keys = {long_keys[f] for f in forms if f in long_keys}
        return keys.pop() if len(keys) == 1 else None
    if a.key.startswith("name:") and " " not in c.surface and not c.acronym:
        full_names = evidence.surnames.get(surname_key(c.surface), set())
        return next(iter(full_names)) if len(full_names) == 1 else None
    return None


class _Groups:
    """Union-find over keys that refuses to join two groups holding different anchor keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.anchor: dict[str, str | None] = {}

    def find(self, key: str) -> str:
        if key not in self.parent:
            self.parent[key] = key
            self.anchor[key] = key if key.startswith(ANCHOR_PREFIXES) else None
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        anchors = {self.anchor[root_a], self.anchor[root_b]} - {None}
        if len(anchors) > 1:
            return False  # "Raqqa" and "Damascus" stay apart whatever alias they share
        low, high = min(root_a, root_b), max(root_a, root_b)
        self.parent[high] = low
        self.anchor[low] = anchors.pop() if anchors else None
        return True


def _group(accepted: list[Accepted], evidence: Evidence) -> dict[str, list[Accepted]]:
    links = _Groups()
    for item in accepted:
        links.find(item.key)
    # Sorted, so that which of two conflicting joins wins does not depend on input order.
    for a, b in sorted(_links(accepted, evidence)):
        links.union(a, b)
    groups: dict[str, list[Accepted]] = defaultdict(list)
    for item in accepted:
        groups[links.find(item.key)].append(item)
    return groups


def _links(accepted: list[Accepted], evidence: Evidence) -> set[tuple[str, str]]:
    """Pairs of keys that name one thing: a description and its name, "X River" and "X", spelling
    variants of a place's name, an alias "also known as" and the landmark it renames."""
    found: set[tuple[str, str]] = set()
    for item in accepted:
        c = item.candidate
        tokens = c.surface.split()
        if len(tokens) >= 2 and tokens[-1].lower() in ("river", "lake"):
            found.add((item.key, name_key(" ".join(tokens[:-1]))))
        skeleton = skeleton_key(c.surface)
        if skeleton and not c.joined and _place_like(item):
            found.add((item.key, skeleton))
    found |= _known_as_links(accepted)
    return found


def _place_like(item: Accepted) -> bool:
    """Spelling variants are joined only for transliterated place names ("Deir ez-Zor", "Ras al-Ain"):
    two people's names one vowel apart ("Omar Ilin", "Omar Iliyun") are two people, and "Latin Gate"
    and "Latan Gate" two gates."""
    c = item.candidate
    if c.role or c.acronym or (item.person_shape and item.place is None):
        return False
    words = c.surface.replace("-", " ").split()
    return item.place is not None or any(w in PLACE_PREFIXES or w.lower() in ARABIC_ARTICLES for w in words)


def skeleton_key(surface: str) -> str | None:
    """Consonant skeleton of a multi-word name: "Deir el-Zour" and "Deir ez-Zor" both give "dr zr".

    Transliterations of Arabic and Kurdish names differ mostly in their vowels; single words
    are left out, as their skeletons are too short to tell places apart."""
    words = name_key(surface).removeprefix("name:").split()
    if len(words) < 2 or is_acronym(surface):
        return None
    return "skel:" + " ".join(w[0] + re.sub(r"[aeiouyw]", "", w[1:]) for w in words)


def _known_as_links(accepted: list[Accepted]) -> set[tuple[str, str]]:
    """``Also known as "Paradise Square"``: the alias names the nearest landmark before it."""
    found: set[tuple[str, str]] = set()
    by_unit: dict[tuple[str, str | None, str], list[Accepted]] = defaultdict(list)
    for item in accepted:
        unit = item.candidate.unit
        by_unit[(unit.article_id, unit.anchor, unit.kind)].append(item)
    for items in by_unit.values():
        items.sort(key=lambda item: item.candidate.start)
        for index, item in enumerate(items):
            if not item.candidate.alias_of_previous:
                continue
            before = items[:index]
            landmark_alias = _has_place_head(item.candidate.surface)
            preferred = [b for b in before if _has_place_head(b.candidate.surface)] if landmark_alias else []
            target = (preferred or before or [None])[-1]
            if target is not None:
                found.add((item.key, target.key))
    return found


def _has_place_head(surface: str) -> bool:
    return any(w.lower() in PLACE_HEADS for w in surface.split())


# --- entries -----------------------------------------------------------------------------------


def _make_entities(members: list[Accepted], evidence: Evidence) -> list[Entity]:
    """One entry, or for a known place used as an actor in some articles ("Norway defeated
    Chile"), an entry for its uses as a place and one for each kind of actor it is made."""
    places = [m.place for m in members if m.place is not None]
    place = Counter(places).most_common(1)[0][0] if places else None
    if place is None:
        entity_type, kind = classify(members, None)
        return [_entity(members, evidence, entity_type, kind, None)] if entity_type else []
    by_article: dict[str, list[Accepted]] = defaultdict(list)
    for m in members:
        by_article[m.candidate.unit.article_id].append(m)
    uses: dict[tuple[EntityType, str], list[Accepted]] = defaultdict(list)
    for article in sorted(by_article):
        named_here = [m for m in by_article[article] if not m.demonym]
        entity_type, kind = classify(named_here, place)
        if entity_type is EntityType.PLACE:
            kind = place.kind
        uses[(entity_type, kind)] += by_article[article]
    return [_entity(used, evidence, t, k, place) for (t, k), used in sorted(uses.items(), key=lambda u: u[0][1])]


def _entity(
    members: list[Accepted], evidence: Evidence, entity_type: EntityType, kind: str, place: Place | None
) -> Entity:
    surfaces = Counter(m.candidate.surface for m in members if not m.candidate.alias_of_previous and not m.demonym)
    surfaces = surfaces or Counter(m.candidate.surface for m in members)
    name = _choose_name(members, surfaces, place, evidence, kind)
    roles = [m.candidate.role for m in members if m.candidate.role]
    aliases = set(surfaces) | {m.candidate.surface for m in members}
    aliases |= {m.candidate.defines for m in members if m.candidate.defines}
    keys = {m.key for m in members}
    aliases |= {written for key, written in evidence.descriptors.values() if key in keys}
    mentions = tuple(sorted((_mention(m.candidate) for m in members), key=_mention_order))
    metonym = place is not None and entity_type is EntityType.ACTOR
    coordinates = (place.latitude, place.longitude) if place and (place.latitude or place.longitude) else None
    return Entity(
        id=slugify(f"{name} {kind}" if metonym else name, max_words=8, max_length=60),
        name=name,
        type=entity_type,
        kind=kind,
        aliases=tuple(sorted(aliases - {name}, key=name_order)),
        mentions=mentions,
        role=Counter(roles).most_common(1)[0][0] if roles else None,
        coordinates=coordinates if entity_type is EntityType.PLACE else None,
        geonameid=place.geonameid if place else None,
    )


def _mention(c: Candidate) -> Mention:
    u = c.unit
    return Mention(u.article_id, u.anchor, u.photo, c.surface, c.start, c.end, _context(c), str(u.kind), u.date)


def _mention_order(mention: Mention) -> tuple[str, str, int]:
    return mention.article_id, mention.anchor or "", mention.start


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


def _choose_name(members: list[Accepted], surfaces: Counter, place: Place | None, evidence: Evidence, kind: str) -> str:
    """The alias table's name, an acronym's definition, a country's own name, else the form written
    most often (a person's longest form); a dateline's capitals ("BEIRUT") lose to any other."""
    for m in members:
        if m.key.startswith("org:"):
            return m.key.removeprefix("org:")
    for m in members:
        known = canonical_organisation(m.candidate.surface)
        if known:
            return known
    defined = sorted({m.candidate.surface for m in members if m.candidate.defines})
    if defined:
        return defined[0]
    for m in members:
        acronym = m.candidate.surface.replace(".", "").upper() if m.candidate.acronym else None
        forms = evidence.definitions.get(acronym, set()) if acronym else set()
        if len(forms) == 1:
            return next(iter(forms))
    if place is not None and place.kind in ("country", "continent"):
        return place.name
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
