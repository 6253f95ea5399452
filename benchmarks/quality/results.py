"""What an evaluation produces: figures (one number each) and failures (one wrong reading each)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Unit(Enum):
    """How a figure's value reads: a share in [0, 1], a count, or a plain ratio."""

    SHARE = "share"
    COUNT = "count"
    RATIO = "ratio"


class Direction(Enum):
    """Which way is better: floors guard ``HIGHER`` figures, ceilings ``LOWER`` ones."""

    HIGHER = "higher"
    LOWER = "lower"
    NONE = "none"
    """Informational (sizes of the corpus, volumes): never gated."""


@dataclass(frozen=True)
class Figure:
    """One measured number, named ``corpus.group.measure`` (group empty when a corpus has one)."""

    corpus: str
    group: str
    measure: str
    value: float
    unit: Unit = Unit.SHARE
    direction: Direction = Direction.HIGHER
    numerator: int | None = None
    denominator: int | None = None
    detail: str = ""
    """Anything that helps read the number (e.g. the split of a count by place)."""

    @property
    def name(self) -> str:
        return ".".join(part for part in (self.corpus, self.group, self.measure) if part)

    @property
    def gated(self) -> bool:
        return self.direction is not Direction.NONE

    @property
    def lower_is_better(self) -> bool:
        return self.direction is Direction.LOWER


@dataclass(frozen=True)
class Failure:
    """One thing the archive read wrongly: where, what it read, what was expected."""

    corpus: str
    measure: str
    file: str
    line: int | None
    read: str
    expected: str

    def describe(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{self.measure}: {where}: read {self.read} | expected {self.expected}"


@dataclass(frozen=True)
class CorpusResult:
    """Everything measured on one corpus."""

    corpus: str
    title: str
    figures: tuple[Figure, ...]
    failures: tuple[Failure, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    """Short remarks printed under the table (e.g. passages that could not be mapped)."""


def share(
    corpus: str,
    group: str,
    measure: str,
    numerator: int,
    denominator: int,
    direction: Direction = Direction.HIGHER,
    detail: str = "",
) -> Figure:
    """A share figure; an empty denominator gives 1.0 for "higher is better" and 0.0 otherwise
    (nothing to get wrong), so a floor never fails on a corpus without the case."""
    if denominator:
        value = numerator / denominator
    else:
        value = 1.0 if direction is Direction.HIGHER else 0.0
    return Figure(corpus, group, measure, value, Unit.SHARE, direction, numerator, denominator, detail)


def count(
    corpus: str, group: str, measure: str, value: int, direction: Direction = Direction.LOWER, detail: str = ""
) -> Figure:
    """A count figure (lower is better unless said otherwise)."""
    return Figure(corpus, group, measure, float(value), Unit.COUNT, direction, detail=detail)


def ratio(
    corpus: str, group: str, measure: str, value: float, direction: Direction = Direction.HIGHER, detail: str = ""
) -> Figure:
    """A computed ratio (e.g. F1, pairs per article)."""
    return Figure(corpus, group, measure, value, Unit.RATIO, direction, detail=detail)
