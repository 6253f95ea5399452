"""Index entries that are no name at all: an honorific, a weekday, a month, a number word, page furniture.

The word lists are the evaluation's own, written from general English (like ``furniture``), and not
imported from the core: a core that learned them would score well here and no better elsewhere.
An entry is junk when its name is made of these words alone (with a possessive or plural ending),
or is page furniture as ``furniture`` recognises it.
"""

from __future__ import annotations

import re

from .furniture import is_furniture
from .normalise import norm_text

JUNK_KINDS = ("honorific", "calendar", "number", "furniture")
"""Kinds of junk, in report order."""

HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame rev lord lady".split())
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
    january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec today yesterday tomorrow tonight""".split()
)
NUMBERS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
    thousand thousands million millions billion billions dozen dozens first second third fourth fifth sixth
    seventh eighth ninth tenth half""".split()
)
POSSESSIVE = re.compile(r"['’]s$")


def _in(word: str, vocabulary: frozenset[str]) -> bool:
    """The word, its possessive ("Saturday's") or a plural of a whole word ("Tuesdays"; "Mars" is no "Mar")."""
    bare = POSSESSIVE.sub("", word)
    return bare in vocabulary or (len(bare) > 5 and bare.endswith("s") and bare[:-1] in vocabulary)


def junk_kind(name: str) -> str | None:
    """The kind of junk an entry's name is, or ``None`` for a name."""
    words = [w.strip(".,") for w in norm_text(name).split()]
    if not words:
        return None
    for kind, vocabulary in (("honorific", HONORIFICS), ("calendar", CALENDAR), ("number", NUMBERS)):
        if all(_in(w, vocabulary) for w in words):
            return kind
    return "furniture" if is_furniture(name) else None
