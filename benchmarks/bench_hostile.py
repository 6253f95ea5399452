"""Hostile-input benchmark: what one 1 MB seed costs a real build (the security review's numbers).

    .venv/bin/python benchmarks/bench_hostile.py

Builds this project (``mkdocs build`` with the hooks, in a subprocess) three times: the two
seeds alone, plus a 1 MB seed of prose (the benchmark generator's articles, run together), plus a 1 MB seed of
random letters, spaces and punctuation (one endless "sentence"). Prints wall and CPU seconds
and the build process's peak memory for each; the review's target is under 30 s and 500 MB.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 990_000
"""Just under the default 1,000,000-byte limit for one seed."""


def prose() -> str:
    """The generated benchmark articles' bodies, one after another, as one long article."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate_articles

    bodies = [text.split("\n\n", 1)[-1] for text in generate_articles(600).values()]
    return ("A long article\nThe Daily October 20, 2017\n\n" + "\n\n".join(bodies))[:SIZE]


def random_text() -> str:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ      ..,,\n-'"
    return "".join(rng.choice(letters) for _ in range(SIZE))


def build(extra: str | None) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        for name in ("mkdocs.yml", "hooks", "docs", "seeds"):
            source = ROOT / name
            (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
        if extra is not None:
            (project / "seeds" / "big.txt").write_text(extra, encoding="utf-8")
        start = time.perf_counter()
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "-q",
                "-f",
                str(project / "mkdocs.yml"),
                "-d",
                str(project / "site"),
            ],
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            raise SystemExit(f"build failed with status {status}")
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    print("| input | wall s | CPU s | peak MB |\n| --- | ---: | ---: | ---: |")
    for name, text in (("the two seeds", None), ("+ 1 MB of prose", prose()), ("+ 1 MB of random text", random_text())):
        wall, cpu, peak = build(text)
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {peak:.0f} |", flush=True)


if __name__ == "__main__":
    main()
