"""Measure the archive on real text: ``./dev eval [CORPUS_DIR ...]`` (see docs/quality.md).

    ./dev eval                       # the seeds, and every corpus under ../shared/corpora/
    ./dev eval ../shared/corpora/gum-news -v      # one corpus, listing every failure
    ./dev eval --check               # exit 1 naming each figure below its floor (or above its ceiling)
    ./dev eval --json out.json       # every figure, with the commit and the date
    ./dev eval --markdown            # rewrite the figures section of docs/quality.md
    ./dev eval --raise-floors        # move floors up (ceilings down) to today's figures, never the other way
    ./dev eval --half first          # ECB+: every other topic only (first or second half), against overfitting

Each CORPUS_DIR is a corpus folder or a folder of corpora, told apart by content: manifest.yml +
articles/ (real pages), gold_pairs.json (ECB+), gold.jsonl + docs/ (GUM). Archives are built
with the core alone (no MkDocs).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from quality import floors, report  # noqa: E402
from quality.corpora import ROOT, default_paths  # noqa: E402
from quality.ecbplus import HALVES  # noqa: E402
from quality.run import absent_notes, evaluate, metadata  # noqa: E402

FLOORS = BENCH / "quality_floors.json"
QUALITY_PAGE = ROOT / "docs" / "quality.md"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="./dev eval", description="Measure the archive on real text.")
    parser.add_argument(
        "corpora",
        nargs="*",
        type=Path,
        metavar="CORPUS_DIR",
        help="corpus folders or folders of corpora (default: ../shared/corpora if it exists)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every failure with file, line, what was read and expected"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure to FILE as JSON")
    parser.add_argument("--markdown", action="store_true", help="rewrite the figures section of docs/quality.md")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a figure is below its floor or above its ceiling"
    )
    parser.add_argument(
        "--floors",
        type=Path,
        default=FLOORS,
        metavar="FILE",
        help="floors file (default: benchmarks/quality_floors.json)",
    )
    parser.add_argument(
        "--raise-floors",
        action="store_true",
        help="raise floors (lower ceilings) to today's figures; never the other way",
    )
    parser.add_argument(
        "--half",
        choices=HALVES,
        help="ECB+: only every other topic (first: the 1st, 3rd...; second: the 2nd, 4th...), to check that a "
        "change helps on both halves; not for --check or --raise-floors",
    )
    parser.add_argument("--quality-page", type=Path, default=QUALITY_PAGE, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.half and (args.check or args.raise_floors or args.markdown):
        print("--half measures part of a corpus: its figures are not compared with floors nor written")
        return 2
    run = evaluate(args.corpora or default_paths(), half=args.half)
    meta = metadata(run)
    lines = report.render(list(run.results))
    lines += [f"note: {n}" for n in [*run.notes, *absent_notes(run)]]
    lines.append(
        f"evaluated in {meta['seconds']} s ({', '.join(f'{k} {v} s' for k, v in meta['seconds_by_corpus'].items())})"
    )
    print("\n".join(lines))
    if args.verbose:
        print("\n" + "\n".join(report.failure_listing(list(run.results))))
    if args.json:
        args.json.write_text(
            json.dumps(report.as_json(list(run.results), meta), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    if args.markdown:
        report.rewrite_markdown(args.quality_page, report.markdown_section(list(run.results), meta))
    figures = [f for r in run.results for f in r.figures]
    bounds = floors.load_bounds(args.floors)
    if args.raise_floors:
        floors.write(args.floors, floors.raised(figures, bounds))
        print(f"floors written to {args.floors}")
        bounds = floors.load_bounds(args.floors)
    if args.check:
        return report_check(floors.check(figures, bounds, run.evaluated))
    return 0


def report_check(result: floors.Check) -> int:
    for note in result.skipped:
        print(f"check: skipped: {note}")
    if result.unbounded:
        print(
            f"check: {len(result.unbounded)} figure(s) have no floor yet (./dev eval --raise-floors adds them): "
            f"{', '.join(result.unbounded)}"
        )
    for line in result.broken:
        print(f"check: FAILED {line}")
    print(
        "check: all figures at or above their floors"
        if result.ok
        else f"check: {len(result.broken)} figure(s) broke their floor or ceiling"
    )
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
