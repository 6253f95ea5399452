"""Contested facts: the fact groups whose sources differ, with each source's passage and value.

A fact group (``facts``) is contested when some two of its sources give a detail differently
(``Relation.DIFFERS``). Its pairs carry the details they differ on (``CrossReference.differences``,
``here`` being the pair's first passage), so each passage of the group gets the values it gives;
a pair an editor marked as differing carries a note instead of values.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .differences import NOT_DENIED
from .entitymodel import Entity, EntityType
from .model import Archive
from .xrefmodel import Basis, CrossReference, DetailKind, FactGroup, Passage, Relation

VALUE_SEPARATOR = " / "
"""How a difference joins two values one sentence gives for one detail (``differences._texts``)."""


@dataclass(frozen=True)
class Value:
    """What one passage gives for a detail the sources differ on."""

    kind: DetailKind
    about: str | None
    """For counts, what is counted (``worker``); else None."""
    text: str
    """As the sentence writes it (``late 2013``); for a denial, the denying words or ``NOT_DENIED``."""

    @property
    def subject(self) -> tuple[DetailKind, str | None]:
        return self.kind, self.about

    def words(self) -> list[str]:
        """The words to find in the sentence (none for the side that does not deny)."""
        if self.text == NOT_DENIED:
            return []
        return [part for part in self.text.split(VALUE_SEPARATOR) if part]


@dataclass(frozen=True)
class Claim:
    """One source's side of a contested fact."""

    passage: Passage
    values: tuple[Value, ...]
    """What the passage gives on the details its sources differ on; empty when only an editor's
    note says how, or when the passage agrees with another of the group on every detail."""


@dataclass(frozen=True)
class ContestedFact:
    id: str
    """The fact group's id (``fact-12``)."""
    claims: tuple[Claim, ...]
    """Every passage of the group, oldest article first."""
    bases: tuple[Basis, ...]
    """How the differing pairs were matched, most of them first."""
    notes: tuple[str, ...] = ()
    """Editors' notes on what differs (their pairs have no values of their own)."""

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(claim.passage.article_id for claim in self.claims))

    def subjects(self) -> list[tuple[DetailKind, str | None]]:
        """The details the sources differ on, in the order the claims give them."""
        return list(dict.fromkeys(value.subject for claim in self.claims for value in claim.values))

    def values_of(self, subject: tuple[DetailKind, str | None]) -> list[str]:
        """The different values given for one detail, in the order of the claims."""
        return list(
            dict.fromkeys(value.text for claim in self.claims for value in claim.values if value.subject == subject)
        )


def _key(passage: Passage) -> tuple[str, str, int]:
    return passage.article_id, passage.anchor, passage.start


def contested_fact(group: FactGroup, pairs: Sequence[CrossReference]) -> ContestedFact:
    """The fact of one differing group, from its pairs."""
    values: dict[tuple[str, str, int], dict[Value, None]] = defaultdict(dict)
    differing = [pair for pair in pairs if pair.relation is Relation.DIFFERS]
    for pair in differing:
        for difference in pair.differences:
            values[_key(pair.a)][Value(difference.kind, difference.about, difference.here)] = None
            values[_key(pair.b)][Value(difference.kind, difference.about, difference.there)] = None
    claims = tuple(
        Claim(passage, tuple(values.get(_key(passage), ())))
        for passage in sorted(group.passages, key=lambda p: (p.date or "9999", _key(p)))
    )
    bases = Counter(pair.basis for pair in differing)
    notes = tuple(dict.fromkeys(pair.difference for pair in differing if pair.difference and not pair.differences))
    return ContestedFact(group.id, claims, tuple(sorted(bases, key=lambda b: (-bases[b], b.value))), notes)


def contested_facts(archive: Archive) -> list[ContestedFact]:
    """Every fact group of the archive on which its sources differ, in the groups' order."""
    pairs: dict[str, list[CrossReference]] = defaultdict(list)
    for pair in archive.cross_references:
        if pair.fact:
            pairs[pair.fact].append(pair)
    return [
        contested_fact(group, pairs[group.id]) for group in archive.fact_groups if group.relation is Relation.DIFFERS
    ]


@dataclass(frozen=True)
class FactEntities:
    """The places and actors the claims name, for filtering and for the fact's heading: those
    named by the most claims first (what the fact is about), then by name."""

    places: tuple[Entity, ...]
    actors: tuple[Entity, ...]
    claims_naming: dict[str, int]
    """Entity id -> how many of the fact's claims name it."""

    def most_named(self, count: int) -> list[Entity]:
        """What the fact is about: the entities more than one claim names, else the first few."""
        both = sorted((*self.places, *self.actors), key=lambda e: (-self.claims_naming[e.id], e.name.casefold(), e.id))
        shared = [e for e in both if self.claims_naming[e.id] > 1]
        return (shared or both)[:count]


def entities_of_facts(facts: Sequence[ContestedFact], entities: Sequence[Entity]) -> dict[str, FactEntities]:
    """Fact id -> the entities named in its passages (by the mentions' offsets)."""
    wanted = {(c.passage.article_id, c.passage.anchor) for fact in facts for c in fact.claims}
    by_unit: dict[tuple[str, str], list[tuple[int, Entity]]] = defaultdict(list)
    for entity in entities:
        for mention in entity.mentions:
            if (mention.article_id, mention.anchor) in wanted:
                by_unit[(mention.article_id, mention.anchor)].append((mention.start, entity))
    found = {}
    for fact in facts:
        named: dict[str, Entity] = {}
        claims_naming: Counter[str] = Counter()
        for claim in fact.claims:
            p = claim.passage
            here = {
                entity.id: entity
                for start, entity in by_unit.get((p.article_id, p.anchor), ())
                if p.start <= start < p.start + len(p.sentence)
            }
            named.update(here)
            claims_naming.update(here.keys())
        ordered = sorted(named.values(), key=lambda e: (-claims_naming[e.id], e.name.casefold(), e.id))
        found[fact.id] = FactEntities(
            tuple(e for e in ordered if e.type is EntityType.PLACE),
            tuple(e for e in ordered if e.type is EntityType.ACTOR),
            dict(claims_naming),
        )
    return found
