"""Normalising text for comparison: titles, names, captions and passages.

The evaluation compares what the archive read with what a person expects, so differences that
no reader would call an error (curly against straight quotes, a different dash, doubled spaces,
letter case, a final full stop) must not count. Everything else does.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "′": "'", "`": "'"}
)
DASHES = re.compile(r"[‐‑‒–—―−]")
SPACES = re.compile(r"\s+")
TRAILING_PUNCTUATION = re.compile(r"[\s.,;:!?…]+$")
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
SOURCE_MARK = re.compile(r"\s*\([a-z_]+:[a-z_]+\)\s*$")
"""A manifest's note of where an alternative value came from, e.g. ``(og:title)``."""

CAPTION_MIN_RATIO = 0.85
"""Word-sequence similarity (difflib ratio) at which two captions are the same caption: lets a
caption through with a word or two read differently (a date or credit left in or out) while two
different captions of one gallery, which share a subject but few words in order, stay apart.
On real-pages-dev no case sits near it: every manifest photo not found has a best similarity of
0.27 or less, and every one found matches at 0.92 or more."""
CAPTION_MAX_EXTRA_WORDS = 6
"""Extra words allowed around a caption that is otherwise whole inside the archive's caption:
the widget text a copy leaves beside it ("Image 1 of 8", "less", "more", a leading date)."""


def unify(text: str) -> str:
    """Quotes and dashes unified, Unicode compatibility forms folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES)
    return SPACES.sub(" ", DASHES.sub("-", text)).strip()


def norm_text(text: str | None) -> str:
    """Case-folded, unified form of a passage or caption."""
    return unify(text or "").casefold()


def norm_title(text: str | None) -> str:
    """A headline for comparison: unified, case-folded, trailing punctuation dropped."""
    return TRAILING_PUNCTUATION.sub("", norm_text(SOURCE_MARK.sub("", text or "")))


def norm_name(text: str | None) -> str:
    """A person's, outlet's or agency's name for comparison (``None`` and blank give "")."""
    folded = norm_text(text)
    return re.sub(r"^[\s,;.]+|[\s,;.]+$", "", folded)


def norm_outlet(text: str | None) -> str:
    """An outlet name: as ``norm_name``, without a leading "the"."""
    return re.sub(r"^the\s+", "", norm_name(text))


def words(text: str | None) -> list[str]:
    """The words of a text, normalised: what caption comparison looks at."""
    return WORD.findall(norm_text(text))


def caption_similarity(expected: str, read: str) -> float:
    """How well the archive's caption ``read`` gives the ``expected`` one, in [0, 1].

    1.0 when the expected words stand whole and in order in ``read`` with at most
    ``CAPTION_MAX_EXTRA_WORDS`` around them; otherwise the word-sequence ratio.
    """
    want, got = words(expected), words(read)
    if not want or not got:
        return 0.0
    if len(got) - len(want) <= CAPTION_MAX_EXTRA_WORDS and _contains(got, want):
        return 1.0
    return SequenceMatcher(None, want, got, autojunk=False).ratio()


def captions_match(expected: str, read: str) -> bool:
    """The rule of "the same caption" (see ``caption_similarity`` and ``CAPTION_MIN_RATIO``)."""
    return caption_similarity(expected, read) >= CAPTION_MIN_RATIO


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def clip(text: str | None, limit: int = 90) -> str:
    """A short quotation of a read or expected value for failure listings."""
    if text is None:
        return "None"
    text = SPACES.sub(" ", text).strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
