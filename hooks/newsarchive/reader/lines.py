"""From text to units: the lines a reader sees, each one paragraph, caption, byline or label.

Browsers copy each paragraph of a page as one line, often with no blank line between them, so
a line break is a paragraph break. Only two things join lines: a hard-wrapped continuation (the
line before ends mid-sentence and this one goes on in lower case) and a drop cap (a lone capital
letter that opens the next line's word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import collapse_spaces

CONTINUATION_END = re.compile(r"(?:[a-z,;]|\b(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|as|that|who|which))$")
"""A line ending like this has not finished its sentence."""
WRAP_MIN_CHARACTERS = 50
"""Hard-wrapped text breaks lines at 60-80 characters; a shorter line (a headline) ended itself."""
NOT_A_CONTINUATION = re.compile(
    r"^(?:by|updated|published|posted|less|more|comments?|related|share|tags?)\b", re.IGNORECASE
)
"""Lines opening in lower case that are labels, bylines or widgets, never the rest of a sentence."""
DROP_CAP = re.compile(r"^[A-Z]$")
LABEL_ALONE = re.compile(
    r"^(?:credit(?:s)?|photo(?:graph)?|image|(?:image|media|video|photo)\s+(?:caption|source)|caption)\s*(?:\.{2,}|…|:|,)$"
    r"|^source\s*:$",
    re.IGNORECASE,
)
"""``Credit...``, ``Image caption,``, ``Media caption,``, ``SOURCE:`` alone on its line (a page that
sets its labels apart for screen readers): what it announces is on the next line."""


@dataclass(frozen=True)
class Unit:
    """One logical line of the article."""

    index: int
    """Position among the article's units (0-based)."""
    line: int
    """1-based line in the source file where the unit starts."""
    text: str
    """Spaces collapsed; otherwise as written."""
    blank_before: bool
    """A blank line (or the start of the file) comes before it."""
    blank_after: bool
    gap_before: int = 0
    """Blank lines right before it: a copied image often leaves one more than the page's usual gap."""

    @property
    def words(self) -> list[str]:
        return self.text.split()


def units_of(text: str) -> list[Unit]:
    """The text's units in order (blank lines only separate them)."""
    raw = [(number, collapse_spaces(line)) for number, line in enumerate(text.split("\n"), start=1)]
    merged: list[tuple[int, str, bool]] = []  # (line, text, blank_before)
    gaps: list[int] = []
    blank, gap = True, 0
    for number, line in raw:
        if not line:
            blank, gap = True, gap + 1
            continue
        if merged and not blank and _joins(merged[-1][1], line):
            first, previous, was_blank = merged[-1]
            glue = "" if DROP_CAP.match(previous) else " "
            merged[-1] = (first, previous + glue + line, was_blank)
        else:
            merged.append((number, line, blank))
            gaps.append(gap)
        blank, gap = False, 0
    units = []
    for index, (number, line, blank_before) in enumerate(merged):
        blank_after = index + 1 == len(merged) or merged[index + 1][2]
        units.append(Unit(index, number, line, blank_before, blank_after, gaps[index]))
    return units


def _joins(previous: str, line: str) -> bool:
    """Is ``line`` the rest of ``previous`` (a hard wrap, a drop cap, or what a label announces)?"""
    if DROP_CAP.match(previous) and line[:1].islower():
        return True
    if LABEL_ALONE.match(previous):
        return True
    return (
        bool(CONTINUATION_END.search(previous))
        and line[:1].islower()
        and len(previous) >= WRAP_MIN_CHARACTERS
        and not NOT_A_CONTINUATION.match(line)
    )
