"""Where the body starts: the first paragraph that reads as prose and is followed by more,
with nothing between but media and furniture; a lede too short for prose joins it."""

from __future__ import annotations

import re

from .photos import Runs, lone_picture_credit, run_order
from .roles import Evidence

BODY_LOOKAHEAD = 4
"""Units after a paragraph within which the next paragraph must start for the body to have begun."""
TITLE_CASE_SHARE = 0.6
"""Share of capitalised words (short function words aside) that marks a title-case headline."""
HEADLINE_USUAL_WORDS = 18
"""Longer than nearly every headline (the longest in the real-page copies has 17 words)."""
DATE_LINE_MAX_REST_WORDS = 6
"""Words besides its dates a date line may hold when it reads as a sentence ("Posted by Jo Reyes
on Monday, March 3, 2021 at 10:00."); more, it is a sentence of the body that names a date."""
HEADER_AFTER_SECOND = 2
"""Units after the second paragraph where a byline or date still says the header goes on (a pull
quote and a standfirst above the headline's byline are not the body yet)."""
SHORT_LEDE_MIN_WORDS = 2
SENTENCE_END = re.compile(r"""[.!?]['"”’)\]]*$""")


def body_start(evidence: list[Evidence]) -> int:
    """Index of the body's first paragraph: prose followed by more prose with nothing between
    but media and furniture (a standfirst is followed by a byline or a date instead)."""
    first_text = next((i for i, ev in enumerate(evidence) if not (ev.furniture or ev.label or ev.box_label)), None)
    runs = Runs.of(evidence)
    candidates = [
        i
        for i, ev in enumerate(evidence)
        if _paragraph_like(ev)
        and not (i == first_text and (titled(ev) or ev.headline_shape))
        and not _caption_beside_credit(evidence, runs, i)
    ]
    for position, index in enumerate(candidates):
        following = candidates[position + 1] if position + 1 < len(candidates) else None
        if following is None:
            return _with_short_lede(evidence, index, first_text)  # the only paragraph, or the last after header lines
        # A byline or date between the two, or right after the second, says the header goes on.
        window = evidence[index + 1 : following + 1 + HEADER_AFTER_SECOND]
        if following - index <= BODY_LOOKAHEAD + 1 and not any(header_field(ev) for ev in window):
            return _with_short_lede(evidence, index, first_text)
    return _with_short_lede(evidence, candidates[0], first_text) if candidates else _after_header_run(evidence)


def _caption_beside_credit(evidence: list[Evidence], runs: Runs, index: int) -> bool:
    """A sentence with a credit line right beside it (no blank line between) is a photo's caption:
    the credit under it, as most sites set it, or above it in a run that puts credits first, as
    the seeds' pages do (a credit under another caption leaves the text after it to the body)."""
    if index + 1 < len(evidence) and evidence[index + 1].credit and not evidence[index].unit.blank_after:
        return True
    if index > 0 and evidence[index - 1].credit and not evidence[index].unit.blank_before:
        if lone_picture_credit(evidence[index - 1], evidence[index]):
            return False
        return run_order(evidence, index - 1, runs) == "after"
    return False


def _with_short_lede(evidence: list[Evidence], start: int, first_text: int | None) -> int:
    """A lede too short to read as prose ("She checked in today.") opens the body it stands
    right above; the walk back passes furniture and stops at anything but a short sentence."""
    position = start - 1
    while position > (first_text if first_text is not None else -1):
        ev = evidence[position]
        if not ev.furniture:
            if not _short_sentence(ev):
                break
            start = position
        position -= 1
    return start


def _short_sentence(ev: Evidence) -> bool:
    return (
        not ev.prose
        and not ev.headline_shape
        and ev.words >= SHORT_LEDE_MIN_WORDS
        and SENTENCE_END.search(ev.text) is not None
        and not header_field(ev)
        and not (ev.credit or ev.trailing_credit or ev.caption_label or ev.video or ev.related)
        and not (ev.label or ev.box_label)
    )


def _after_header_run(evidence: list[Evidence]) -> int:
    """No paragraph reads as prose (a story of short sentences): the body starts after the first
    line of text (the headline) and the header lines right under it."""
    headline_seen = False
    for index, ev in enumerate(evidence):
        if ev.furniture or ev.label or header_field(ev) or ev.credit:
            continue
        if not headline_seen and not ev.text.endswith("."):
            headline_seen = True
            continue
        return index
    return len(evidence)


def _paragraph_like(ev: Evidence) -> bool:
    return ev.prose and not ev.credit and not ev.trailing_credit and not ev.caption_label and not header_field(ev)


def titled(ev: Evidence) -> bool:
    """Capitalised like a headline ("Manhole Fires and Burst Pipes: How Winter Wreaks Havoc"), whatever it ends with."""
    return ev.words <= HEADLINE_USUAL_WORDS and ev.title_case >= TITLE_CASE_SHARE


def header_field(ev: Evidence) -> bool:
    """A date line or a byline: what only a header holds. A sentence that mentions a date
    ("Reid checked herself in on Tuesday, December 9, 2008.") is the body's."""
    if ev.date_line is not None and (ev.date_line.dates or ev.date_line.relative):
        if not (ev.prose and len(ev.date_line.rest.split()) > DATE_LINE_MAX_REST_WORDS):
            return True
    return ev.byline is not None and len(ev.unit.words) <= 12
