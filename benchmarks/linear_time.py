"""Is every shape of input handled in time linear in its size? Prints, per hostile shape, the
core's CPU time at n and 4n characters and their ratio (about 4 when linear, 16 when quadratic).

    .venv/bin/python benchmarks/linear_time.py [n]

Each shape is one article's body (two articles of the same shape, so cross-references run too),
read, archived and rendered by the core without MkDocs. The shapes are the ones that once cost
quadratic time (a long line of names or filler words read as a candidate byline, a paragraph
repeated a thousand times, a paragraph full of dates for the timeline, a hard-wrapped page, a
box of thousands of related links) and their relatives. A ratio above ``SUSPECT_RATIO`` is flagged.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from newsarchive.archive import build_archive  # noqa: E402
from newsarchive.model import SeedFile  # noqa: E402
from newsarchive.paths import SitePaths  # noqa: E402
from newsarchive.publish import site_files  # noqa: E402

SUSPECT_RATIO = 7.0
"""Between linear (4) and quadratic (16), with room for noise on a busy machine."""

SHAPES: dict[str, Callable[[int], str]] = {
    "one line of words": lambda n: "word " * (n // 5),
    "one line of names": lambda n: "Bob Smith " * (n // 10),
    "one line of honorifics": lambda n: "Mr. " * (n // 4),
    "one line of quotes": lambda n: '"a ' * (n // 3),
    "one line of credit labels": lambda n: "Photo: " * (n // 7),
    "a source line of lower-case words": lambda n: "Source: " + "news " * (n // 5) + "!",
    "a byline then filler words": lambda n: "By Bob " + "on " * (n // 3) + "x",
    "one line of a-": lambda n: "a-" * (n // 2),
    "one line of word-": lambda n: "word-" * (n // 5),
    "one line of 1.": lambda n: "1." * (n // 2),
    "one line of handles": lambda n: "@a" * (n // 2),
    "one line of spaces": lambda n: "A" + " " * n + "x",
    "many short lines": lambda n: "Short line\n" * (n // 11),
    "many capitalised lines": lambda n: "BY JOHN SMITH AND\n" * (n // 18),
    "many credit lines": lambda n: "\n".join(["Photo: Reuters"] * (n // 15)),
    "captions and credits, no blank line": lambda n: "\n".join(
        ["Soldiers near the border on Monday.", "Photo: John Smith/Reuters"] * (n // 62)
    ),
    "distinct figures": lambda n: "\n\n".join(
        f"At least {i} people were killed in Kabul on Monday, police said." for i in range(n // 60)
    ),
    "one paragraph repeated": lambda n: "\n\n".join(
        ["Police in Kabul said 12 people were killed on Monday."] * (n // 55)
    ),
    "one sentence of names": lambda n: "Bob Smith, " * (n // 11) + "said.",
    "prose with names": lambda n: "Officials in Paris met Bob Smith and Anna Lee of the United Nations. " * (n // 70),
    "one paragraph of dated sentences": lambda n: "On March 3, 2021 police said. " * (n // 30),
    "a hard-wrapped page": lambda n: "\n".join(
        ["the officials said that the convoy had reached the border and"] * (n // 62)
    ),
    "a related-links box": lambda n: "Related\n\n"
    + "\n".join(f"Officials meet in Kabul for talks {i}" for i in range(n // 40)),
}


def cost(body: str) -> float:
    files = [
        SeedFile("a.txt", ("A headline\n\nMarch 3, 2021\n\n" + body).encode()),
        SeedFile("b.txt", ("Another headline\n\nMarch 4, 2021\n\n" + body).encode()),
    ]
    start = time.process_time()
    archive = build_archive(files, today="2026-01-01")
    site_files(archive, files, [], SitePaths())
    return time.process_time() - start


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    cost(SHAPES["prose with names"](size))  # loads the gazetteer and word lists once, untimed
    print(f"| shape | CPU s at {size:,} | at {4 * size:,} | ratio |\n| --- | ---: | ---: | ---: |")
    for name, shape in SHAPES.items():
        small, large = cost(shape(size)), cost(shape(4 * size))
        ratio = large / max(small, 1e-3)
        flag = " (suspect)" if ratio > SUSPECT_RATIO and large > 0.5 else ""
        print(f"| {name} | {small:.2f} | {large:.2f} | {ratio:.1f}{flag} |", flush=True)


if __name__ == "__main__":
    main()
