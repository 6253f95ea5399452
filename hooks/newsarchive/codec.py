"""Frozen dataclasses as plain data and back, for the work cache on disk (``workcache``).

Plain data is what ``marshal`` writes without code: ``None``, booleans, numbers, strings,
tuples, lists, frozensets and dicts of them. A dataclass becomes a tuple of a tag and its
fields in order, an enum member a tuple of a tag and its value; decoding builds only the classes
it is given by name, so a cache file can hold nothing but values of the archive's own types.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from enum import Enum
from functools import cache
from operator import attrgetter
from typing import Any

TAG = "\x00"
"""Opens the first string of a tagged tuple. A real tuple starting with such a string (no text
the archive keeps holds a NUL, but nothing is assumed) is wrapped in an ``ESCAPED`` tuple."""
ESCAPED = TAG + "tuple"
ENUM = TAG + "enum:"
_PLAIN = (str, int, float, bool, type(None))


class CodecError(ValueError):
    """Data that is not an encoding of the registered types (a damaged or foreign cache file)."""


def encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple:
        items = tuple(encode(item) for item in value)
        return (ESCAPED, *items) if items and type(items[0]) is str and items[0].startswith(TAG) else items
    if kind is list:
        return [encode(item) for item in value]
    if kind is frozenset:
        return frozenset(encode(item) for item in value)
    if kind is dict:
        return {encode(key): encode(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return (ENUM + kind.__name__, value.value)
    fields = _fields_of(kind)
    if len(fields) == 1:
        return (TAG + kind.__name__, encode(fields[0](value)))
    return (TAG + kind.__name__, *(encode(item) for item in _getter_of(kind)(value)))


@cache
def _fields_of(kind: type) -> tuple:
    """Getters of a dataclass's fields in order (a cache: ``dataclasses.fields`` is slow)."""
    if not dataclasses.is_dataclass(kind):
        raise CodecError(f"cannot encode a {kind.__name__}")
    return tuple(attrgetter(f.name) for f in dataclasses.fields(kind))


@cache
def _getter_of(kind: type) -> attrgetter:
    """One getter of every field at once (a tuple of their values)."""
    return attrgetter(*(f.name for f in dataclasses.fields(kind)))


class Decoder:
    """Decodes what ``encode`` made of values of the given classes (dataclasses and enums)."""

    encode = staticmethod(encode)

    def __init__(self, classes: Iterable[type]) -> None:
        self._classes: dict[str, type] = {}
        for cls in classes:
            tag = (ENUM if issubclass(cls, Enum) else TAG) + cls.__name__
            self._classes[tag] = cls

    def decode(self, value: Any) -> Any:
        kind = type(value)
        if kind in _PLAIN:
            return value
        if kind is tuple:
            if value and type(value[0]) is str and value[0].startswith(TAG):
                return self._tagged(value)
            return tuple(self.decode(item) for item in value)
        if kind is list:
            return [self.decode(item) for item in value]
        if kind is frozenset:
            return frozenset(self.decode(item) for item in value)
        if kind is dict:
            return {self.decode(key): self.decode(item) for key, item in value.items()}
        raise CodecError(f"not plain data: a {kind.__name__}")

    def _tagged(self, value: tuple) -> Any:
        tag = value[0]
        if tag == ESCAPED:
            return tuple(self.decode(item) for item in value[1:])
        cls = self._classes.get(tag)
        if cls is None:
            raise CodecError(f"unknown type {tag[1:]!r}")
        try:
            if tag.startswith(ENUM):
                return cls(value[1])
            return cls(*(self.decode(item) for item in value[1:]))
        except (TypeError, ValueError, IndexError) as error:
            raise CodecError(f"bad {tag[1:]}: {error}") from error
