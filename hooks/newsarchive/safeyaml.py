"""YAML written by people, read with bounded cost and every failure turned into a problem.

``annotations.yml`` is edited by hand and may come from anyone who can open a pull request:
a few hundred bytes of nested aliases expand to gigabytes, deep nesting overflows the
recursive composer, and PyYAML raises exceptions other than ``YAMLError`` (an impossible
timestamp raises ``ValueError``). This module checks the event stream first (depth), the node
graph next (its size once aliases are expanded, cycles, duplicate keys), and only then builds
Python values, with dates left as text for the schema to judge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from .model import Problem

MAX_DEPTH = 32
"""Deeper nesting than any annotation needs (the deepest real entry is 4 levels)."""
MAX_EXPANDED_NODES = 200_000
"""Nodes the document may hold once aliases are expanded: far above a large real annotations
file (a thousand entries use about 10,000), far below what exhausts memory."""


class _TextDatesLoader(yaml.SafeLoader):
    """The safe loader without implicit timestamps: ``2017-02-30`` stays text, never a crash."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class YamlDocument:
    """A parsed document: its value, and the 1-based line of every path (keys and indexes)."""

    value: Any
    lines: dict[tuple, int]


def load_yaml(text: str, file: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse ``text``; ``None`` with a problem naming the line when it cannot be read safely."""
    try:
        problem = _check_events(text, file)
        if problem is not None:
            return None, [problem]
        node = yaml.compose(text, Loader=_TextDatesLoader)
        if node is None:
            return YamlDocument(None, {}), []
        problem = _check_size(node, file)
        if problem is not None:
            return None, [problem]
        problems = _duplicate_keys(node, file)
        value = _TextDatesLoader(text).get_single_data()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        detail = getattr(error, "problem", None) or error.__class__.__name__
        return None, [Problem(file, line, "annotations-unreadable", f"not valid YAML ({detail}): the file is ignored")]
    except (ValueError, TypeError, RecursionError, MemoryError) as error:
        return None, [
            Problem(
                file,
                None,
                "annotations-unreadable",
                f"cannot be read ({error.__class__.__name__}: {error}): the file is ignored",
            )
        ]
    return YamlDocument(_keys_as_text(value), _line_index(node)), problems


def _check_events(text: str, file: str) -> Problem | None:
    """Nesting depth from the event stream, which PyYAML produces without recursion."""
    depth = 0
    for event in yaml.parse(text, Loader=_TextDatesLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(
                    file,
                    event.start_mark.line + 1,
                    "annotations-unreadable",
                    f"nested deeper than {MAX_DEPTH} levels: the file is ignored",
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [child for pair in node.value for child in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_size(root: yaml.Node, file: str) -> Problem | None:
    """Expanded size of the node graph (aliases share nodes), computed once per node; cycles refused."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            if size[key] > MAX_EXPANDED_NODES:
                return Problem(
                    file,
                    node.start_mark.line + 1,
                    "annotations-unreadable",
                    f"aliases expand to more than {MAX_EXPANDED_NODES:,} values: the file is ignored",
                )
            continue
        if key in size:
            continue
        if key in on_path:
            return Problem(
                file,
                node.start_mark.line + 1,
                "annotations-unreadable",
                "an alias refers to itself: the file is ignored",
            )
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in size)
    return None


def _duplicate_keys(root: yaml.Node, file: str) -> list[Problem]:
    problems, seen_nodes, stack = [], set(), [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value in keys:
                    problems.append(
                        Problem(
                            file,
                            key_node.start_mark.line + 1,
                            "annotations-duplicate-key",
                            f"{key_node.value!r} is given twice in the same place: the later one is used",
                        )
                    )
                elif isinstance(key_node, yaml.ScalarNode):
                    keys.add(key_node.value)
        stack.extend(_children(node))
    return problems


def _keys_as_text(value: Any) -> Any:
    """Mapping keys as text (``2017: x`` has an integer key); depth is bounded by ``MAX_DEPTH``."""
    if isinstance(value, dict):
        return {str(key): _keys_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_keys_as_text(item) for item in value]
    return value


def _line_index(root: yaml.Node) -> dict[tuple, int]:
    """Path (keys and list indexes) -> 1-based line, for every node of the document."""
    lines: dict[tuple, int] = {}
    stack: list[tuple[yaml.Node, tuple]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key_path = path + (str(key_node.value),)
                lines[key_path] = key_node.start_mark.line + 1
                stack.append((value_node, key_path))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, path + (index,)) for index, item in enumerate(node.value))
    return lines
