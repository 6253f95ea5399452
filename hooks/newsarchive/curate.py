"""Applying the editors' annotations to each stage's result, and reporting what they point at wrongly."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .annotations import (
    ANNOTATIONS_FILE,
    ArticleOverride,
    EntityCuration,
    PassageRef,
    XrefCuration,
)
from .crossref import CrossReference, Passage, Relation
from .dates import find_dates
from .entities import Entity, EntityType, unique_ids
from .model import Article, Field, Problem
from .text import fold, name_order, slugify


@dataclass(frozen=True)
class EditorNote:
    """An editor's note shown under a paragraph or photo."""

    anchor: str
    text: str


def _edited(value: str, line: int) -> Field:
    return Field(raw=f"{ANNOTATIONS_FILE}:{line}", value=value, inferred=False, line=None)


def apply_article_override(article: Article, override: ArticleOverride) -> tuple[Article, list[EditorNote], list[Problem]]:
    """Header corrections replace what was read (the raw text stays in the seed); notes are checked."""
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
        else:
            problems.append(Problem(ANNOTATIONS_FILE, override.line, "annotations-bad-date", f"{override.file}: impossible date {override.date!r}: the date read from the text is kept"))
    anchors = {p.anchor for p in article.paragraphs} | {p.anchor for p in article.photos}
    notes = []
    for anchor, text, line in override.notes:
        if anchor in anchors:
            notes.append(EditorNote(anchor, text))
        else:
            problems.append(Problem(ANNOTATIONS_FILE, line, "annotations-unknown-paragraph", f"{override.file} has no paragraph or photo {anchor!r}: note not shown"))
    return replace(article, **changes), notes, problems


def _find_entity(entities: list[Entity], target: str) -> Entity | None:
    wanted = fold(target)
    for entity in entities:
        if entity.id == target or fold(entity.name) == wanted:
            return entity
    return next((e for e in entities if wanted in {fold(a) for a in e.aliases}), None)


def curate_entities(entities: list[Entity], curations: tuple[EntityCuration, ...]) -> tuple[list[Entity], list[Problem]]:
    problems: list[Problem] = []
    entities = list(entities)
    for curation in curations:
        entity = _find_entity(entities, curation.target)
        if entity is None:
            problems.append(Problem(ANNOTATIONS_FILE, curation.line, "annotations-unknown-entity", f"no index entry is named {curation.target!r}: curation ignored"))
            continue
        entities.remove(entity)
        if curation.exclude:
            continue
        if curation.merge_into:
            target = _find_entity(entities, curation.merge_into)
            if target is None:
                problems.append(Problem(ANNOTATIONS_FILE, curation.line, "annotations-unknown-entity", f"cannot merge into {curation.merge_into!r}: no such entry"))
                entities.append(entity)
                continue
            entities.remove(target)
            merged_aliases = set(target.aliases) | set(entity.aliases) | {entity.name}
            entities.append(replace(target, aliases=tuple(sorted(merged_aliases - {target.name}, key=name_order)), mentions=tuple(sorted(target.mentions + entity.mentions, key=lambda m: (m.article_id, m.anchor or "", m.start)))))
            continue
        for alias in curation.split:
            moved = tuple(m for m in entity.mentions if m.text == alias)
            if not moved:
                problems.append(Problem(ANNOTATIONS_FILE, curation.line, "annotations-unknown-alias", f"{entity.name!r} is never named {alias!r}: nothing to split"))
                continue
            entity = replace(entity, mentions=tuple(m for m in entity.mentions if m.text != alias), aliases=tuple(a for a in entity.aliases if a != alias))
            entities.append(replace(entity, id=slugify(alias), name=alias, aliases=(), mentions=moved, role=None, description=None))
        entities.append(_apply_fields(entity, curation))
    return unique_ids(sorted(entities, key=lambda e: (e.type.value, *name_order(e.name)))), problems


def _apply_fields(entity: Entity, curation: EntityCuration) -> Entity:
    changes: dict = {}
    if curation.rename:
        changes.update(name=curation.rename, id=slugify(curation.rename), aliases=tuple(sorted((set(entity.aliases) | {entity.name}) - {curation.rename}, key=name_order)))
    if curation.type:
        changes["type"] = EntityType(curation.type)
    for name in ("kind", "description", "wikidata", "coordinates"):
        if getattr(curation, name) is not None:
            changes[name] = getattr(curation, name)
    return replace(entity, **changes)


def _find_passages(ref: PassageRef, passages_by_unit: dict[tuple[str, str], list[Passage]], ids: dict[str, str]) -> list[Passage] | str:
    """The passages a reference names (all of its paragraph without ``sentence``), or why none."""
    article_id = ids.get(ref.file)
    if article_id is None:
        return f"no article file {ref.file!r}"
    candidates = passages_by_unit.get((article_id, ref.anchor))
    if not candidates:
        return f"{ref.file} has no paragraph or photo {ref.anchor!r}"
    if ref.sentence is None:
        return candidates
    wanted = fold(ref.sentence)
    matches = [p for p in candidates if fold(p.sentence).startswith(wanted) or wanted in fold(p.sentence)]
    return matches[:1] or f"{ref.file} {ref.anchor} has no sentence starting {ref.sentence!r}"


def _key(passage: Passage) -> tuple[str, str, int]:
    return passage.article_id, passage.anchor, passage.start


def _pairs_between(xref: CrossReference, side_a: list[Passage], side_b: list[Passage]) -> bool:
    keys_a, keys_b = {_key(p) for p in side_a}, {_key(p) for p in side_b}
    ends = (_key(xref.a), _key(xref.b))
    return (ends[0] in keys_a and ends[1] in keys_b) or (ends[0] in keys_b and ends[1] in keys_a)


def curate_cross_references(
    xrefs: list[CrossReference], curations: tuple[XrefCuration, ...], passages: list[Passage], ids: dict[str, str]
) -> tuple[list[CrossReference], list[Problem]]:
    """Reject removes a pair, confirm marks it (adding it if missing), add creates one."""
    by_unit: dict[tuple[str, str], list[Passage]] = {}
    for passage in passages:
        by_unit.setdefault((passage.article_id, passage.anchor), []).append(passage)
    problems: list[Problem] = []
    result = list(xrefs)
    for curation in curations:
        side_a, side_b = _find_passages(curation.a, by_unit, ids), _find_passages(curation.b, by_unit, ids)
        if isinstance(side_a, str) or isinstance(side_b, str):
            reason = side_a if isinstance(side_a, str) else side_b
            problems.append(Problem(ANNOTATIONS_FILE, curation.line, "annotations-unknown-passage", f"cross-reference {curation.action}: {reason}"))
            continue
        existing = [x for x in result if _pairs_between(x, side_a, side_b)]
        result = [x for x in result if not _pairs_between(x, side_a, side_b)]
        a, b = side_a[0], side_b[0]
        if curation.action == "reject":
            if not existing:
                problems.append(Problem(ANNOTATIONS_FILE, curation.line, "annotations-nothing-to-reject", "no such cross-reference was found: nothing rejected"))
            continue
        basis = "confirmed by an editor" if curation.action == "confirm" else "added by an editor"
        if existing and curation.action == "confirm":
            result += [replace(x, basis=basis) for x in existing]
            continue
        relation = Relation(curation.relation)
        difference = curation.note if relation is Relation.DIFFERS else None
        result.append(CrossReference(relation, a, b, 1.0, difference, basis=basis))
    result.sort(key=lambda x: (x.a.article_id, x.a.anchor, x.a.start, x.b.article_id, x.b.anchor, x.b.start))
    return result, problems
