"""Finding corpus folders, telling their kind by their content, and reading their files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
"""Where the evaluation corpora live beside the project (never read by the test suite)."""


class Kind(Enum):
    REAL_PAGES = "real_pages"
    ECBPLUS = "ecbplus"
    GUM = "gum"


@dataclass(frozen=True)
class Corpus:
    kind: Kind
    path: Path


def kind_of(folder: Path) -> Kind | None:
    """The corpus kind a folder holds, by its content (``None``: not a corpus)."""
    if (folder / "manifest.yml").is_file() and (folder / "articles").is_dir():
        return Kind.REAL_PAGES
    if (folder / "gold_pairs.json").is_file():
        return Kind.ECBPLUS
    if (folder / "gold.jsonl").is_file() and (folder / "docs").is_dir():
        return Kind.GUM
    return None


def find_corpora(paths: list[Path]) -> tuple[list[Corpus], list[str]]:
    """Corpora in the given folders: each is a corpus itself or a folder of corpora.

    Returns the corpora (one per kind at most: the first given wins) and notes on anything
    skipped.
    """
    found: dict[Kind, Corpus] = {}
    notes: list[str] = []
    for path in paths:
        if not path.is_dir():
            notes.append(f"{path}: not a folder, skipped")
            continue
        kind = kind_of(path)
        candidates = [(kind, path)] if kind else [(kind_of(p), p) for p in sorted(path.iterdir()) if p.is_dir()]
        matched = [(k, p) for k, p in candidates if k is not None]
        if not matched:
            notes.append(
                f"{path}: no corpus found (expected manifest.yml + articles/, gold_pairs.json, or gold.jsonl + docs/)"
            )
        for k, p in matched:
            if k in found:
                notes.append(f"{p}: a second {k.value} corpus, skipped (using {found[k].path})")
            else:
                found[k] = Corpus(k, p)
    return [found[k] for k in Kind if k in found], notes


def default_paths() -> list[Path]:
    """The default corpus folder, if it exists."""
    return [DEFAULT_CORPORA] if DEFAULT_CORPORA.is_dir() else []


def read_texts(folder: Path, pattern: str = "*.txt") -> dict[str, bytes]:
    """Files of one folder (not its sub-folders) matching ``pattern``: name -> bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.glob(pattern)) if p.is_file()}


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def load_jsonl(path: Path) -> list[Any]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
