"""The header being read: its fields so far, and notes on readings that could have gone another way."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Field, Problem, Severity
from .roles import Role

UNCERTAIN_SHOWN_CHARS = 60
"""A doubtful line is quoted in its note up to this many characters."""


@dataclass
class Header:
    """The header fields read so far (mutable while reading; ``Field`` values are frozen)."""

    file: str = ""
    """The seed file, for the problems found."""
    title: Field = field(default_factory=Field.empty)
    standfirst: Field = field(default_factory=Field.empty)
    date: Field = field(default_factory=Field.empty)
    time: Field = field(default_factory=Field.empty)
    """The clock time the chosen date's line gives it (``Article.time``)."""
    time_zone: str | None = None
    source: Field = field(default_factory=Field.empty)
    byline: Field = field(default_factory=Field.empty)
    agency: Field = field(default_factory=Field.empty)
    authors: tuple[str, ...] = ()
    roles: dict[int, Role] = field(default_factory=dict)
    """Unit index -> role, for the units the header took (the body reader leaves them alone)."""
    problems: list[Problem] = field(default_factory=list)
    relative_date: str | None = None
    trim: dict[int, int] = field(default_factory=dict)
    """Unit index -> characters of its text that belonged to the header (a byline run into the lede)."""


def uncertain(file: str, line: int, text: str, reading: str, code: str) -> Problem:
    """A note (never a failure) that a line could have been read another way: the line, then
    what was chosen over what."""
    shown = text if len(text) <= UNCERTAIN_SHOWN_CHARS else text[: UNCERTAIN_SHOWN_CHARS - 1] + "…"
    return Problem(file, line, code, f"{shown!r} {reading}", Severity.INFO)
