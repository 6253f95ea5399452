"""The editors' layer, ``seeds/annotations.yml``: read safely, validated, every error with its line.

The file is checked against a JSON Schema (``ANNOTATIONS_SCHEMA``) for its shape; references to
files, paragraphs, entities and passages are checked by the stages that know them, which report
through ``Problem`` values carrying the line this module records for every entry.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import jsonschema

from .model import Problem
from .safeyaml import load_yaml

ANNOTATIONS_FILE = "annotations.yml"
END = r"$(?!\n)"
"""End of the value: in Python's ``re`` (which jsonschema uses) a bare ``$`` also matches before
a final newline, so ``kind: "city_\n"`` would pass ``^[a-z_]+$``."""

ANCHOR = "^(p-[0-9]+|p-[a-z][a-z0-9]{5,15}|photo-[0-9]+)" + END
"""A paragraph's anchor (its stable one, ``p-kq3x7a``, or the ordinal ``p-4`` it was first archived
under) or a photo's."""
PAGE_ID = "^[a-z0-9](?:[a-z0-9-]{0,148}[a-z0-9])?" + END

_PASSAGE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["file", "paragraph"],
    "properties": {
        "file": {"type": "string", "minLength": 1},
        "paragraph": {"type": "string", "pattern": ANCHOR},
        "sentence": {"type": "string", "minLength": 1, "description": "the sentence, or its opening words"},
    },
}
ANNOTATIONS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "articles": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "title": {"type": "string", "minLength": 1},
                    "source": {"type": "string", "minLength": 1},
                    "byline": {"type": "string", "minLength": 1},
                    "url": {"type": "string", "pattern": "^https?://[^\\s]+" + END},
                    "id": {"type": "string", "pattern": PAGE_ID},
                    "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}" + END},
                    "notes": {
                        "type": "object",
                        "propertyNames": {"pattern": ANCHOR},
                        "additionalProperties": {"type": "string", "minLength": 1},
                    },
                },
            },
        },
        "entities": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "rename": {"type": "string", "minLength": 1},
                    "type": {"enum": ["place", "actor"]},
                    "kind": {"type": "string", "pattern": "^[a-z_]+" + END},
                    "description": {"type": "string"},
                    "coordinates": {
                        "type": "array",
                        "prefixItems": [
                            {"type": "number", "minimum": -90, "maximum": 90},
                            {"type": "number", "minimum": -180, "maximum": 180},
                        ],
                        "minItems": 2,
                        "maxItems": 2,
                    },
                    "wikidata": {"type": "string", "pattern": "^Q[0-9]+" + END},
                    "exclude": {"type": "boolean"},
                    "merge_into": {"type": "string", "minLength": 1},
                    "split": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
                },
            },
        },
        "cross_references": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["action", "a", "b"],
                "properties": {
                    "action": {"enum": ["confirm", "reject", "add"]},
                    "relation": {"enum": ["corroborates", "differs"]},
                    "note": {"type": "string"},
                    "a": _PASSAGE,
                    "b": _PASSAGE,
                },
            },
        },
    },
}


HEADER_FIELDS = ("title", "date", "source", "byline")
"""The header fields of an article an editor may set, replacing the reading."""


@dataclass(frozen=True)
class ArticleOverride:
    """Editor's corrections to one article's header, and notes on its paragraphs."""

    file: str
    line: int
    title: str | None = None
    source: str | None = None
    byline: str | None = None
    url: str | None = None
    date: str | None = None
    id: str | None = None
    """A new page id for the article: its old address then redirects to the new one."""
    notes: tuple[tuple[str, str, int], ...] = ()
    """(anchor, note, line) for each editor's note."""


@dataclass(frozen=True)
class EntityCuration:
    """An editor's correction of one index entry, found by id, name or alias."""

    target: str
    line: int
    rename: str | None = None
    type: str | None = None
    kind: str | None = None
    description: str | None = None
    coordinates: tuple[float, float] | None = None
    wikidata: str | None = None
    exclude: bool = False
    merge_into: str | None = None
    split: tuple[str, ...] = ()


@dataclass(frozen=True)
class PassageRef:
    file: str
    anchor: str
    sentence: str | None


@dataclass(frozen=True)
class XrefCuration:
    action: str
    a: PassageRef
    b: PassageRef
    line: int
    relation: str = "corroborates"
    note: str | None = None


@dataclass(frozen=True)
class Annotations:
    articles: dict[str, ArticleOverride] = field(default_factory=dict)
    entities: tuple[EntityCuration, ...] = ()
    cross_references: tuple[XrefCuration, ...] = ()


NO_ANNOTATIONS = Annotations()


def load_annotations(data: bytes | None, file: str = ANNOTATIONS_FILE) -> tuple[Annotations, list[Problem]]:
    """Parse and validate; a broken file gives problems and no annotations, never an exception."""
    if data is None or not data.strip():
        return NO_ANNOTATIONS, []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return NO_ANNOTATIONS, [Problem(file, line, "annotations-unreadable", "not UTF-8 text: the file is ignored")]
    parsed, problems = load_yaml(text, file)
    if parsed is None or parsed.value is None:
        return NO_ANNOTATIONS, problems
    document, lines = parsed.value, parsed.lines
    if not isinstance(document, dict):
        return NO_ANNOTATIONS, problems + [
            Problem(
                file,
                1,
                "annotations-invalid",
                "the top level must be a mapping (articles:, entities:, cross_references:): the file is ignored",
            )
        ]
    removals: list[tuple] = []
    for error in sorted(
        jsonschema.Draft202012Validator(ANNOTATIONS_SCHEMA).iter_errors(document),
        key=lambda e: [str(p) for p in e.absolute_path],
    ):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            for key in sorted(set(error.instance) - set(error.schema.get("properties", {}))):
                where = "/".join(str(p) for p in path + (key,))
                problems.append(
                    Problem(
                        file,
                        _line_of(lines, path + (key,)),
                        "annotations-unknown-key",
                        f"{where}: unknown key, ignored",
                    )
                )
                removals.append(path + (key,))
        else:
            problems.append(Problem(file, _line_of(lines, path), "annotations-invalid", _message(error)))
            removals.append(path[:2])
    for path in _nan_numbers(document):
        problems.append(
            Problem(
                file,
                _line_of(lines, path),
                "annotations-invalid",
                f"{'/'.join(map(str, path))}: not a number (NaN); the entry is ignored",
            )
        )
        removals.append(path[:2])
    for path in sorted(set(removals), key=len, reverse=True):
        document = _remove(document, path)
    return _build(document, lines), problems


def _nan_numbers(value: Any, path: tuple = ()) -> list[tuple]:
    """Paths of NaN numbers: ``.nan`` passes every range check (infinities do not) and breaks JSON."""
    if isinstance(value, float) and math.isnan(value):
        return [path]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _nan_numbers(item, path + (key,))]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _nan_numbers(item, path + (index,))]
    return []


def _line_of(lines: dict[tuple, int], path: tuple) -> int | None:
    while path not in lines and path:
        path = path[:-1]
    return lines.get(path)


def _message(error: jsonschema.ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "the top level"
    return f"{where}: {error.message}; the entry is ignored"


def _remove(document: Any, path: tuple) -> Any:
    """The document without the value at ``path`` (the whole document for the empty path)."""
    if not path:
        return {}
    parent = document
    for step in path[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return document
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
    elif isinstance(parent, list) and isinstance(path[-1], int) and path[-1] < len(parent):
        parent[path[-1]] = None  # keep the other indexes (and their lines) where they are
    return document


def _build(document: dict, lines: dict[tuple, int]) -> Annotations:
    articles = {}
    for file, entry in (document.get("articles") or {}).items():
        notes = tuple(
            (anchor, note, lines.get(("articles", file, "notes", anchor), 0))
            for anchor, note in (entry.get("notes") or {}).items()
        )
        fields = {k: entry.get(k) for k in ("title", "source", "byline", "url", "date", "id")}
        articles[file] = ArticleOverride(file=file, line=lines.get(("articles", file), 0), notes=notes, **fields)
    entities = tuple(
        EntityCuration(
            target=target,
            line=lines.get(("entities", target), 0),
            coordinates=tuple(entry["coordinates"]) if "coordinates" in entry else None,
            split=tuple(entry.get("split", ())),
            **{
                k: entry[k]
                for k in ("rename", "type", "kind", "description", "wikidata", "exclude", "merge_into")
                if k in entry
            },
        )
        for target, entry in (document.get("entities") or {}).items()
    )
    xrefs = tuple(
        XrefCuration(
            action=entry["action"],
            a=PassageRef(entry["a"]["file"], entry["a"]["paragraph"], entry["a"].get("sentence")),
            b=PassageRef(entry["b"]["file"], entry["b"]["paragraph"], entry["b"].get("sentence")),
            line=lines.get(("cross_references", index), 0),
            relation=entry.get("relation", "corroborates"),
            note=entry.get("note"),
        )
        for index, entry in enumerate(document.get("cross_references") or [])
        if entry is not None
    )
    return Annotations(articles, entities, xrefs)
