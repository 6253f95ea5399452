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
CONTINUATION_END_WINDOW = 16
"""Characters at a line's end that ``CONTINUATION_END`` can read: its longest word (5) and the
character before it, with room to spare."""
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
    merged: list[_Joining] = []
    blank, gap = True, 0
    for number, line in raw:
        if not line:
            blank, gap = True, gap + 1
            continue
        if merged and not blank and _joins(merged[-1], line):
            merged[-1].join(line)
        else:
            merged.append(_Joining(number, line, blank, gap))
        blank, gap = False, 0
    units = []
    for index, joining in enumerate(merged):
        blank_after = index + 1 == len(merged) or merged[index + 1].blank_before
        units.append(Unit(index, joining.line, joining.text(), joining.blank_before, blank_after, joining.gap))
    return units


class _Joining:
    """A unit while its lines are gathered. A hard-wrapped page is one unit of thousands of
    lines, so what deciding the next join needs is kept as lines come (its length and its end),
    and the text is put together once: copying or reading it whole for each line was quadratic."""

    def __init__(self, line: int, text: str, blank_before: bool, gap: int) -> None:
        self.line, self.blank_before, self.gap = line, blank_before, gap
        self.parts = [text]
        self.length = len(text)
        self.end = text[-CONTINUATION_END_WINDOW:]
        self.spaced = False
        """Lines are joined with a space: the unit is neither a lone capital nor a label alone
        any more (after a label's colon or dots comes more than spaces)."""

    def text(self) -> str:
        return "".join(self.parts)

    def join(self, line: str) -> None:
        glue = "" if not self.spaced and DROP_CAP.match(self.text()) else " "
        self.parts += [glue, line]
        self.length += len(glue) + len(line)
        self.end = (self.end + glue + line)[-CONTINUATION_END_WINDOW:]
        self.spaced = self.spaced or bool(glue)


def _joins(previous: _Joining, line: str) -> bool:
    """Is ``line`` the rest of ``previous`` (a hard wrap, a drop cap, or what a label announces)?"""
    if not previous.spaced:
        # Its text is one line or a drop cap and its word: read whole once.
        text = previous.text()
        if DROP_CAP.match(text) and line[:1].islower():
            return True
        if LABEL_ALONE.match(text):
            return True
    return (
        bool(CONTINUATION_END.search(previous.end))
        and line[:1].islower()
        and previous.length >= WRAP_MIN_CHARACTERS
        and not NOT_A_CONTINUATION.match(line)
    )
