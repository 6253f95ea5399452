"""Quality floors: each gated figure may not fall below its floor (or rise above its ceiling).

``benchmarks/quality_floors.json`` maps figure names to ``{"floor": x}`` or ``{"ceiling": x}``.
Floors only go up: raise one in the commit that improves the figure (``--raise-floors`` does it,
never lowering any), and never lower one without saying why in the commit message.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .results import Figure

ABOUT = (
    "Quality floors for ./dev eval --check (docs/quality.md). Each figure may not fall below its floor, or rise "
    "above its "
    "ceiling for lower-is-better figures. Floors only go up: raise them in the same commit as the improvement "
    "(./dev eval --raise-floors raises, never lowers), and never lower one without saying why in the commit message."
)
DECIMALS = 3
TOLERANCE = 1e-9
"""Float noise allowed when comparing a figure with a bound written at ``DECIMALS`` decimals."""


@dataclass(frozen=True)
class Bound:
    name: str
    limit: float
    ceiling: bool


@dataclass(frozen=True)
class Check:
    """The outcome of ``--check``."""

    broken: tuple[str, ...]
    """One line per figure below its floor, above its ceiling, or no longer measured."""
    skipped: tuple[str, ...]
    """Notes on corpora absent from this run, whose bounds were not checked."""
    unbounded: tuple[str, ...]
    """Gated figures with no bound yet."""

    @property
    def ok(self) -> bool:
        return not self.broken


def load_bounds(path: Path) -> dict[str, Bound]:
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    bounds = {}
    for name, spec in data.items():
        if name.startswith("_"):
            continue
        if "ceiling" in spec:
            bounds[name] = Bound(name, float(spec["ceiling"]), True)
        else:
            bounds[name] = Bound(name, float(spec["floor"]), False)
    return bounds


def check(figures: list[Figure], bounds: dict[str, Bound], corpora: set[str]) -> Check:
    """Compare figures with their bounds; bounds of corpora not in ``corpora`` are skipped."""
    measured = {f.name: f for f in figures}
    broken, skipped_counts = [], {}
    for name, bound in sorted(bounds.items()):
        corpus = name.split(".", 1)[0]
        if corpus not in corpora:
            skipped_counts[corpus] = skipped_counts.get(corpus, 0) + 1
            continue
        figure = measured.get(name)
        if figure is None:
            broken.append(f"{name}: no longer measured (bound {bound.limit})")
        elif bound.ceiling and figure.value > bound.limit + TOLERANCE:
            broken.append(f"{name}: {figure.value:.4f} is above its ceiling {bound.limit}")
        elif not bound.ceiling and figure.value < bound.limit - TOLERANCE:
            broken.append(f"{name}: {figure.value:.4f} is below its floor {bound.limit}")
    skipped = [f"{corpus}: corpus absent, {n} bound(s) skipped" for corpus, n in sorted(skipped_counts.items())]
    unbounded = [f.name for f in figures if f.gated and f.name not in bounds]
    return Check(tuple(broken), tuple(skipped), tuple(unbounded))


def floor_of(value: float) -> float:
    return math.floor(value * 10**DECIMALS + TOLERANCE) / 10**DECIMALS


def ceiling_of(value: float) -> float:
    return math.ceil(value * 10**DECIMALS - TOLERANCE) / 10**DECIMALS


def raised(figures: list[Figure], bounds: dict[str, Bound]) -> dict[str, Any]:
    """The floors file with every bound moved to today's figure where that is better (never
    worse), and gated figures without a bound added at today's value."""
    data: dict[str, Any] = {"_about": ABOUT}
    measured = {f.name: f for f in figures if f.gated}
    for name in sorted(set(bounds) | set(measured)):
        bound, figure = bounds.get(name), measured.get(name)
        ceiling = bound.ceiling if bound else figure.lower_is_better
        if figure is None:
            limit = bound.limit
        elif ceiling:
            limit = min(ceiling_of(figure.value), bound.limit) if bound else ceiling_of(figure.value)
        else:
            limit = max(floor_of(figure.value), bound.limit) if bound else floor_of(figure.value)
        data[name] = {"ceiling" if ceiling else "floor": limit}
    return data


def write(path: Path, data: dict[str, Any]) -> None:
    """One figure per line, so a raised floor is a one-line diff; whole numbers without ".0"."""

    def bound(spec: dict[str, float]) -> str:
        return json.dumps({k: int(v) if float(v).is_integer() else v for k, v in spec.items()})

    lines = [
        f" {json.dumps(name)}: {json.dumps(value, ensure_ascii=False) if name.startswith('_') else bound(value)}"
        for name, value in data.items()
    ]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
