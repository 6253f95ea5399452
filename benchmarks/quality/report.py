"""Showing the figures: Markdown tables (terminal and docs/quality.md), JSON, failure listings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .results import CorpusResult, Direction, Figure, Unit

MARK_START = "<!-- figures:start -->"
MARK_END = "<!-- figures:end -->"
BETTER = {Direction.HIGHER: "higher", Direction.LOWER: "lower", Direction.NONE: ""}


def format_value(figure: Figure) -> str:
    """``0.519 (27/52)`` for shares, ``12`` for counts, ``0.873`` for ratios."""
    if figure.unit is Unit.COUNT:
        return str(int(figure.value))
    text = f"{figure.value:.3f}"
    if figure.unit is Unit.SHARE and figure.denominator is not None:
        text += f" ({figure.numerator}/{figure.denominator})"
    return text


def tables(result: CorpusResult) -> list[list[str]]:
    """A corpus's figures as Markdown tables: groups measuring the same things side by side (a
    column per group), then every other figure in one list."""
    by_group: dict[str, list[Figure]] = {}
    for f in result.figures:
        by_group.setdefault(f.group, []).append(f)
    shapes: dict[tuple[str, ...], list[str]] = {}
    for group, figures in by_group.items():
        shapes.setdefault(tuple(f.measure for f in figures), []).append(group)
    out, rest = [], []
    for measures, groups in shapes.items():
        if len(groups) < 2 or "" in groups:
            rest += [f for g in groups for f in by_group[g]]
            continue
        cells = {(f.measure, f.group): f for g in groups for f in by_group[g]}
        rows = [
            [m, *[format_value(cells[(m, g)]) for g in groups], BETTER[cells[(m, groups[0])].direction]]
            for m in measures
        ]
        out.append(_markdown_table(["measure", *groups, "better"], rows))
    if rest:
        rows = [[".".join(p for p in (f.group, f.measure) if p), format_value(f), BETTER[f.direction]] for f in rest]
        out.append(_markdown_table(["measure", "value", "better"], rows))
    return out


def _markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return (
            "| "
            + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
            + " |"
        )

    rule = "|" + "|".join("-" * (w + 1) + ("-" if i == 0 else ":") for i, w in enumerate(widths)) + "|"
    return [line(header), rule, *[line(r) for r in rows]]


def details(result: CorpusResult) -> list[str]:
    """The figures' details and the corpus notes, as bullet lines."""
    lines = [f"- {f.name}: {f.detail}" for f in result.figures if f.detail]
    return lines + [f"- note: {note}" for note in result.notes]


def render(results: list[CorpusResult], heading: str = "##") -> list[str]:
    """Every corpus: a heading, its table, and its details."""
    lines: list[str] = []
    for result in results:
        lines += [f"{heading} {result.title}", ""]
        for block in tables(result):
            lines += [*block, ""]
        extra = details(result)
        if extra:
            lines += [*extra, ""]
    return lines


def failure_listing(results: list[CorpusResult]) -> list[str]:
    """Every failure, grouped by corpus and measure (``-v``)."""
    lines: list[str] = []
    for result in results:
        if not result.failures:
            continue
        lines.append(f"## failures: {result.corpus} ({len(result.failures)})")
        for failure in sorted(result.failures, key=lambda f: (f.measure, f.file, f.line or 0)):
            lines.append(f"  {failure.describe()}")
        lines.append("")
    return lines


def as_json(results: list[CorpusResult], meta: dict[str, Any]) -> dict[str, Any]:
    """All figures nested by corpus, then group, then measure, with the run's metadata."""
    corpora: dict[str, Any] = {}
    for result in results:
        entry: dict[str, Any] = {
            "title": result.title,
            "notes": list(result.notes),
            "failures": len(result.failures),
            "figures": {},
        }
        for f in result.figures:
            target = entry["figures"].setdefault(f.group, {}) if f.group else entry["figures"]
            target[f.measure] = {
                "value": round(f.value, 6),
                "unit": f.unit.value,
                "better": f.direction.value,
                "numerator": f.numerator,
                "denominator": f.denominator,
                "detail": f.detail or None,
            }
        corpora[result.corpus] = entry
    return {**meta, "corpora": corpora}


def markdown_section(results: list[CorpusResult], meta: dict[str, Any]) -> str:
    """The generated figures section of docs/quality.md (between the markers)."""
    dirty = " with uncommitted changes" if meta.get("dirty") else ""
    lines = [
        MARK_START,
        "",
        f"Measured {meta['date']} at commit `{meta['commit']}`{dirty} with `./dev eval --markdown`"
        f" ({meta['seconds']:.0f} s on this machine). Corpora: {', '.join(meta['corpora']) or 'none'}.",
        "",
        *render(results, "###"),
        MARK_END,
    ]
    return "\n".join(lines)


def rewrite_markdown(path: Path, section: str) -> None:
    """Replace the text between the figures markers of ``path`` (appended when it has none)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(re.escape(MARK_START) + r".*?" + re.escape(MARK_END), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text, count=1)
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + section + "\n"
    path.write_text(text, encoding="utf-8")
