"""Applying the editors' annotations to each stage's result, and reporting what they point at wrongly."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from .annotations import (
    ANNOTATIONS_FILE,
    ArticleOverride,
    EntityCuration,
    PassageRef,
    XrefCuration,
)
from .crossref import Matching
from .dates import find_dates
from .entities import unique_ids
from .entitymodel import Entity, EntityType
from .model import Article, EditorNote, Field, Problem, Severity
from .text import fold, name_order, slugify
from .xrefmodel import Basis, CrossReference, FactGroup, Passage, Relation


def _edited(value: str, line: int) -> Field:
    return Field(raw=f"{ANNOTATIONS_FILE}:{line}", value=value, inferred=False, line=None, edited=True)


FIELD_PROBLEMS: dict[str, frozenset[str]] = {
    "date": frozenset({"undated", "relative-date", "impossible-date", "uncertain-date"}),
    "title": frozenset({"uncertain-headline"}),
    "byline": frozenset({"uncertain-byline"}),
    "source": frozenset({"uncertain-outlet"}),
}
"""The reader's problem codes that an editor's value for each header field answers."""


def answered_by_editor(problems: list[Problem], overrides: dict[str, ArticleOverride]) -> list[Problem]:
    """The problems left once the editors' header values are in: a date set in the annotations
    silences ``undated`` for that file (the build no longer fails ``--strict`` on it)."""
    kept = []
    for problem in problems:
        override = overrides.get(problem.file)
        fixed = override is not None and any(
            problem.code in codes and getattr(override, name) is not None for name, codes in FIELD_PROBLEMS.items()
        )
        if not fixed:
            kept.append(problem)
    return kept


def apply_article_override(
    article: Article, override: ArticleOverride, aliases: Mapping[str, str] | None = None
) -> tuple[Article, list[EditorNote], list[Problem]]:
    """Header corrections replace what was read (the raw text stays in the seed); notes are checked.

    ``aliases``: the article's other anchors (``p-4``) -> the paragraph's anchor (``anchors``)."""
    problems: list[Problem] = []
    changes = {}
    for name in ("title", "source", "byline"):
        value = getattr(override, name)
        if value is not None:
            changes[name] = _edited(value, override.line)
    if override.date is not None:
        found = find_dates(override.date)
        if found and found[0].iso:
            changes["date"] = _edited(found[0].iso, override.line)
            if found[0].iso != article.date.value:
                # The time read beside the date the editor replaced is that date line's, not theirs.
                changes.update(time=Field.empty(), time_zone=None)
        else:
            problems.append(
                Problem(
                    ANNOTATIONS_FILE,
                    override.line,
                    "annotations-bad-date",
                    f"{override.file}: impossible date {override.date!r}: the date read from the text is kept",
                )
            )
    anchors = {p.anchor for p in article.paragraphs} | {p.anchor for p in article.photos}
    notes = []
    for written, text, line in override.notes:
        anchor, moved = resolve_anchor(article, written, aliases or {}, override.file, line)
        problems += moved
        if anchor in anchors:
            notes.append(EditorNote(anchor, text))
        else:
            problems.append(
                Problem(
                    ANNOTATIONS_FILE,
                    line,
                    "annotations-unknown-paragraph",
                    f"{override.file} has no paragraph or photo {written!r}: note not shown",
                )
            )
    return replace(article, **changes), notes, problems


def resolve_anchor(
    article: Article, written: str, aliases: Mapping[str, str], file: str, line: int
) -> tuple[str, list[Problem]]:
    """The anchor an annotation means: a paragraph's own, or the one an older anchor leads to.
    An ordinal ``p-4`` is the paragraph first archived as ¶4; where that is no longer ¶4, a note
    says which paragraph it took (the editor may have meant today's ¶4)."""
    anchor = aliases.get(written, written)
    number = article.paragraph_numbers.get(anchor)
    if anchor == written or not written[2:].isdigit() or number == int(written[2:]):
        return anchor, []
    return anchor, [
        Problem(
            ANNOTATIONS_FILE,
            line,
            "annotations-ordinal-moved",
            f"{file}: {written} is the paragraph first archived as ¶{written[2:]}, now ¶{number} ({anchor}); write "
            f"{anchor} to name it for good",
            Severity.INFO,
        )
    ]


class _EntityRegistry:
    """The entries being curated, found by id, name or alias in constant time (a long
    annotations file over a large index must not cost curations times entries)."""

    def __init__(self, entities: list[Entity]) -> None:
        self._entries: dict[int, Entity] = {}
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._next = 0
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        serial, self._next = self._next, self._next + 1
        self._entries[serial] = entity
        for key in (f"id:{entity.id}", f"name:{fold(entity.name)}", *(f"alias:{fold(a)}" for a in entity.aliases)):
            self._by_key[key].append(serial)

    def find(self, target: str) -> Entity | None:
        """By id first, then by name, then by alias; the earliest entry still present wins."""
        wanted = fold(target)
        for key in (f"id:{target}", f"name:{wanted}", f"alias:{wanted}"):
            live = [serial for serial in self._by_key.get(key, ()) if serial in self._entries]
            if live:
                return self._entries[min(live)]
        return None

    def remove(self, entity: Entity) -> None:
        serial = next(serial for serial in self._by_key[f"id:{entity.id}"] if self._entries.get(serial) is entity)
        del self._entries[serial]

    def entities(self) -> list[Entity]:
        return list(self._entries.values())


def curate_entities(
    entities: list[Entity], curations: tuple[EntityCuration, ...]
) -> tuple[list[Entity], list[Problem]]:
    problems: list[Problem] = []
    registry = _EntityRegistry(entities)
    for curation in curations:
        entity = registry.find(curation.target)
        if entity is None:
            problems.append(
                Problem(
                    ANNOTATIONS_FILE,
                    curation.line,
                    "annotations-unknown-entity",
                    f"no index entry is named {curation.target!r}: curation ignored",
                )
            )
            continue
        registry.remove(entity)
        if curation.exclude:
            continue
        if curation.merge_into:
            target = registry.find(curation.merge_into)
            if target is None:
                problems.append(
                    Problem(
                        ANNOTATIONS_FILE,
                        curation.line,
                        "annotations-unknown-entity",
                        f"cannot merge into {curation.merge_into!r}: no such entry",
                    )
                )
                registry.add(entity)
                continue
            registry.remove(target)
            merged_aliases = set(target.aliases) | set(entity.aliases) | {entity.name}
            registry.add(
                replace(
                    target,
                    aliases=tuple(sorted(merged_aliases - {target.name}, key=name_order)),
                    mentions=tuple(
                        sorted(target.mentions + entity.mentions, key=lambda m: (m.article_id, m.anchor or "", m.start))
                    ),
                )
            )
            continue
        for alias in curation.split:
            moved = tuple(m for m in entity.mentions if m.text == alias)
            if not moved:
                problems.append(
                    Problem(
                        ANNOTATIONS_FILE,
                        curation.line,
                        "annotations-unknown-alias",
                        f"{entity.name!r} is never named {alias!r}: nothing to split",
                    )
                )
                continue
            entity = replace(
                entity,
                mentions=tuple(m for m in entity.mentions if m.text != alias),
                aliases=tuple(a for a in entity.aliases if a != alias),
            )
            registry.add(
                replace(entity, id=slugify(alias), name=alias, aliases=(), mentions=moved, role=None, description=None)
            )
        registry.add(_apply_fields(entity, curation))
    return unique_ids(sorted(registry.entities(), key=lambda e: (e.type.value, *name_order(e.name)))), problems


def _apply_fields(entity: Entity, curation: EntityCuration) -> Entity:
    changes: dict = {}
    if curation.rename:
        changes.update(
            name=curation.rename,
            id=slugify(curation.rename),
            aliases=tuple(sorted((set(entity.aliases) | {entity.name}) - {curation.rename}, key=name_order)),
        )
    if curation.type:
        changes["type"] = EntityType(curation.type)
    for name in ("kind", "description", "wikidata", "coordinates"):
        if getattr(curation, name) is not None:
            changes[name] = getattr(curation, name)
    return replace(entity, **changes)


def _find_passages(
    ref: PassageRef,
    passages_by_unit: dict[tuple[str, str], list[Passage]],
    ids: dict[str, str],
    aliases: Mapping[str, Mapping[str, str]],
) -> list[Passage] | str:
    """The passages a reference names (all of its paragraph without ``sentence``), or why none."""
    article_id = ids.get(ref.file)
    if article_id is None:
        return f"no article file {ref.file!r}"
    anchor = aliases.get(ref.file, {}).get(ref.anchor, ref.anchor)
    candidates = passages_by_unit.get((article_id, anchor))
    if not candidates:
        return f"{ref.file} has no paragraph or photo {ref.anchor!r}"
    if ref.sentence is None:
        return candidates
    wanted = fold(ref.sentence)
    matches = [p for p in candidates if fold(p.sentence).startswith(wanted) or wanted in fold(p.sentence)]
    return matches[:1] or f"{ref.file} {ref.anchor} has no sentence starting {ref.sentence!r}"


def _key(passage: Passage) -> tuple[str, str, int]:
    return passage.article_id, passage.anchor, passage.start


def _pair_key(a: Passage, b: Passage) -> tuple:
    return tuple(sorted((_key(a), _key(b))))


def curate_cross_references(
    matching: Matching,
    curations: tuple[XrefCuration, ...],
    passages: list[Passage],
    ids: dict[str, str],
    aliases: Mapping[str, Mapping[str, str]] | None = None,
) -> tuple[list[CrossReference], list[FactGroup], list[Problem]]:
    """Reject removes a pair, confirm marks it (adding it if missing), add creates one; an added
    pair is a fact group of its own. Fact groups keep the passages that still have a pair.

    ``aliases``: seed file -> its article's other anchors (``p-4``) -> the paragraph's anchor."""
    aliases = aliases or {}
    by_unit: dict[tuple[str, str], list[Passage]] = {}
    for passage in passages:
        by_unit.setdefault((passage.article_id, passage.anchor), []).append(passage)
    problems: list[Problem] = []
    result: dict[tuple, CrossReference] = {}
    pairs_at: dict[tuple, set[tuple]] = defaultdict(set)
    """Passage key -> keys of the pairs it is an end of."""

    def add(xref: CrossReference) -> None:
        key = _pair_key(xref.a, xref.b)
        result[key] = xref
        pairs_at[_key(xref.a)].add(key)
        pairs_at[_key(xref.b)].add(key)

    def pop(key: tuple) -> CrossReference:
        xref = result.pop(key)
        pairs_at[_key(xref.a)].discard(key)
        pairs_at[_key(xref.b)].discard(key)
        return xref

    for xref in matching.pairs:
        add(xref)
    added_facts: list[FactGroup] = []
    story_of = {article_id: story.id for story in matching.stories for article_id in story.articles}
    for curation in curations:
        side_a, side_b = (
            _find_passages(curation.a, by_unit, ids, aliases),
            _find_passages(curation.b, by_unit, ids, aliases),
        )
        if isinstance(side_a, str) or isinstance(side_b, str):
            reason = side_a if isinstance(side_a, str) else side_b
            problems.append(
                Problem(
                    ANNOTATIONS_FILE,
                    curation.line,
                    "annotations-unknown-passage",
                    f"cross-reference {curation.action}: {reason}",
                )
            )
            continue
        # Whole paragraphs name every sentence pair between them: found through the pairs at
        # one side's sentences, never by trying every sentence of one side with every other.
        keys_b = {_key(p) for p in side_b}
        found = sorted({key for p in side_a for key in pairs_at.get(_key(p), ()) if set(key) - {_key(p)} <= keys_b})
        existing = [pop(key) for key in found]
        a, b = side_a[0], side_b[0]
        if curation.action == "reject":
            if not existing:
                problems.append(
                    Problem(
                        ANNOTATIONS_FILE,
                        curation.line,
                        "annotations-nothing-to-reject",
                        "no such cross-reference was found: nothing rejected",
                    )
                )
            continue
        basis = Basis.CONFIRMED if curation.action == "confirm" else Basis.ADDED
        if existing and curation.action == "confirm":
            for x in existing:
                add(replace(x, basis=basis))
            continue
        relation = Relation(curation.relation)
        difference = curation.note if relation is Relation.DIFFERS else None
        fact_id = f"fact-{len(matching.facts) + len(added_facts) + 1}"
        story = story_of.get(a.article_id)
        added_facts.append(FactGroup(fact_id, story if story == story_of.get(b.article_id) else None, (a, b), relation))
        add(CrossReference(relation, a, b, 1.0, difference, basis=basis, fact=fact_id))
    ordered = sorted(
        result.values(), key=lambda x: (x.a.article_id, x.a.anchor, x.a.start, x.b.article_id, x.b.anchor, x.b.start)
    )
    return ordered, _remaining_facts([*matching.facts, *added_facts], ordered), problems


def _remaining_facts(facts: list[FactGroup], pairs: list[CrossReference]) -> list[FactGroup]:
    """Each fact group with the passages an editor left a pair to, and its relation recomputed."""
    ends: dict[str, set[tuple]] = defaultdict(set)
    differs: set[str] = set()
    for pair in pairs:
        ends[pair.fact or ""] |= {_key(pair.a), _key(pair.b)}
        if pair.relation is Relation.DIFFERS:
            differs.add(pair.fact or "")
    kept = []
    for fact in facts:
        passages = tuple(p for p in fact.passages if _key(p) in ends.get(fact.id, ()))
        if len(passages) > 1:
            relation = Relation.DIFFERS if fact.id in differs else Relation.CORROBORATES
            kept.append(replace(fact, passages=passages, relation=relation))
    return kept
