"""Running the evaluation: which corpora, in which order, and the run's metadata."""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from . import ecbplus, gum, real_pages, seeds_gold
from .corpora import ROOT, Corpus, Kind, find_corpora
from .results import CorpusResult

SEEDS = ROOT / "seeds"
GOLD_SEEDS = ROOT / "tests" / "gold_seeds.yml"
EVALUATORS = {Kind.REAL_PAGES: real_pages.evaluate, Kind.ECBPLUS: ecbplus.evaluate, Kind.GUM: gum.evaluate}


@dataclass(frozen=True)
class Run:
    results: tuple[CorpusResult, ...]
    corpora: tuple[Corpus, ...]
    notes: tuple[str, ...]
    seconds: dict[str, float]
    """Wall seconds per corpus evaluated."""

    @property
    def evaluated(self) -> set[str]:
        return {r.corpus for r in self.results}


def evaluate(paths: list[Path], seeds: Path = SEEDS, gold: Path = GOLD_SEEDS, half: str | None = None) -> Run:
    """The seeds against their gold, then every corpus found in ``paths`` (``half``: of the ECB+
    topics, only that half, ``ecbplus.topics_of``)."""
    corpora, notes = find_corpora(paths)
    evaluators = {**EVALUATORS, Kind.ECBPLUS: partial(ecbplus.evaluate, half=half)}
    results, seconds = [], {}
    start = time.perf_counter()
    results.append(seeds_gold.evaluate(seeds, gold))
    seconds[seeds_gold.CORPUS] = time.perf_counter() - start
    for corpus in corpora:
        start = time.perf_counter()
        result = evaluators[corpus.kind](corpus.path)
        results.append(result)
        seconds[result.corpus] = time.perf_counter() - start
    return Run(tuple(results), tuple(corpora), tuple(notes), seconds)


def absent_notes(run: Run) -> list[str]:
    """A note for each corpus kind not evaluated in this run."""
    return [f"{kind.value}: corpus not found, not measured" for kind in Kind if kind.value not in run.evaluated]


def metadata(run: Run) -> dict[str, object]:
    """Commit, whether the tree had uncommitted changes, date, corpora and time."""
    return {
        "commit": _git("rev-parse", "--short", "HEAD") or "unknown",
        "dirty": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "date": dt.date.today().isoformat(),
        "corpora": [c.path.name for c in run.corpora],
        "seconds": round(sum(run.seconds.values()), 1),
        "seconds_by_corpus": {k: round(v, 1) for k, v in run.seconds.items()},
    }


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""
