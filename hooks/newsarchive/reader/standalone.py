"""Photo captions with no credit, standing alone between paragraphs: told from a paragraph by
named cues (an image's empty slot, who is in the picture and when, a caption's present tense, a
placement) against a paragraph's (quotes, "said"), each with a named weight.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .photos import QUOTE, SPEECH
from .roles import Evidence
from .words import PLACEMENT_WORDS

STANDALONE_CAPTION_MAX_WORDS = 30
"""A caption standing alone is a sentence or two (the longest written in the tests has 24 words)."""
STANDALONE_CAPTION_MIN_WORDS = 4
"""Shorter lines alone ("Watch Live", "Floods in 1953") are labels and subheadings."""
STANDALONE_FIRST_SENTENCE_MAX_WORDS = 20
NOT_A_CAPTION = re.compile(r"[?:,]['\"”’]?$|^\(|#\w|^[^a-z]*$")
"""A question, a lead-in, a letter's "Kind regards,", a bracketed note ("(Chart: … here)"), a
post's hashtags or a shouted promo ("LISTEN: OUR PODCAST IS OUT NOW!") is no caption."""
STANDALONE_CAPTION_MIN_SCORE = 2
"""Two cues at least: an image's empty slot, or when the picture was taken said in a verbless phrase."""
IMAGE_SLOT_MIN_GAP = 2
"""Blank lines before a line where the copied image left its slot (a page spaced by one blank line)."""
IMAGE_SLOT_USUAL_GAP_MAX = 1
NAME_WORD = r"(?:[A-Z][\w'’.-]*|and|with|the|of|at|&|in(?=\s+[A-Z]))"
PEOPLE_AT_A_TIME = re.compile(
    r"^" + NAME_WORD + r"(?:\s+" + NAME_WORD + r")+\s+(?:in\s+(?:19|20)\d\d|last\s+(?:week|month|year|spring|summer"
    r"|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December))"
    r"(?:,\s+(?:in|at|during|on|after|before)\b.*)?\.?$"
)
"""Who is in the picture and when it was taken, with no verb: "Princess Ilse and Count Bram in 2009",
"The Mayor with Ana and Tom in Lisbon in 2016.", "Lena and Piet Varga last summer, at the harbour
festival." (a sentence, "Ohio ranked second last year.", has a lower-case word before its time; "Only
last month, a fire broke out" has one word before it and goes on with a clause of its own)."""
CAPTION_ACTION = re.compile(
    r"\b(?:greets|speaks|attends|poses|waves|arrives|gestures|addresses|listens|leaves|walks|stands|sits|holds"
    r"|looks on)\b"
)
"""The present tense of a caption's moment ("… greets …", "A volunteer waves to …")."""

StandaloneCue = Callable[[Evidence, str, int], int]
"""(unit, its first sentence, the page's usual gap between paragraphs) -> score."""


STRONG_CUE = 2
"""A cue that alone reaches ``STANDALONE_CAPTION_MIN_SCORE``: an image's empty slot, or who is in
the picture and when, with no verb (each enough on the test pages; neither seen in body prose)."""
WEAK_CUE = 1
"""A cue a paragraph may carry too (a present-tense action, a placement): needs another."""
SPEECH_PENALTY = -2
"""Quotes and "said" are a paragraph's: they cancel a strong cue."""


def _cue_image_slot(ev: Evidence, first: str, usual_gap: int) -> int:
    """An extra blank line above a line too short for a paragraph (a lede after a player's slot is prose)."""
    slot = usual_gap <= IMAGE_SLOT_USUAL_GAP_MAX and ev.unit.gap_before >= IMAGE_SLOT_MIN_GAP
    return STRONG_CUE if slot and not ev.prose else 0


def _cue_people_at_a_time(ev: Evidence, first: str, usual_gap: int) -> int:
    return STRONG_CUE if PEOPLE_AT_A_TIME.match(first) else 0


def _cue_caption_action(ev: Evidence, first: str, usual_gap: int) -> int:
    return WEAK_CUE if CAPTION_ACTION.search(first) else 0


def _cue_placement(ev: Evidence, first: str, usual_gap: int) -> int:
    return WEAK_CUE if PLACEMENT_WORDS.search(first) else 0


def _cue_quoted_or_said(ev: Evidence, first: str, usual_gap: int) -> int:
    return SPEECH_PENALTY if QUOTE.search(ev.text) or SPEECH.search(ev.text) else 0


STANDALONE_CAPTION_CUES: tuple[StandaloneCue, ...] = (
    _cue_image_slot,
    _cue_people_at_a_time,
    _cue_caption_action,
    _cue_placement,
    _cue_quoted_or_said,
)


def standalone_caption(ev: Evidence, usual_gap: int) -> bool:
    """A photo's caption with no credit, alone between paragraphs: short, no question or lead-in,
    and at least ``STANDALONE_CAPTION_MIN_SCORE`` from the cues above."""
    text = ev.text
    if not STANDALONE_CAPTION_MIN_WORDS <= ev.words <= STANDALONE_CAPTION_MAX_WORDS or NOT_A_CAPTION.search(text):
        return False
    first = FIRST_SENTENCE.split(text, maxsplit=1)[0]
    if len(first.split()) > STANDALONE_FIRST_SENTENCE_MAX_WORDS:
        return False
    return sum(cue(ev, first, usual_gap) for cue in STANDALONE_CAPTION_CUES) >= STANDALONE_CAPTION_MIN_SCORE


FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z])")
