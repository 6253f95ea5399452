"""Photos: each caption joined to its credit, wherever the page put one beside the other.

A credit line's caption is the unit before it or the one after it. Runs of alternating
credits and captions show their page's order at their ends (a run that opens with a credit
puts credits first, as the seeds do; one that ends with a credit puts them last, as most sites
do); a single pair goes by the blank lines around it, then by which neighbour reads like a
caption. A gallery that repeats a caption (full, then cut short with "... more") is one photo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .roles import CAPTION_MAX_WORDS, Evidence, Role
from .words import (
    PHOTO_CREDIT_LABEL,
    PICTURE_CREDIT_LABEL,
    PLACEMENT_WORDS,
    SCREEN_READER_CAPTION_LABEL,
    SET_OFF_PLACEMENT,
)

QUOTE = re.compile(r"[\"“”]")
SPEECH = re.compile(r"\b(?:said|says|told|added|according to)\b")
PHOTO_DATE = re.compile(r"(?:,|\bon)\s+(?:\w+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\.?$|\b(?:19|20)\d\d\.?$")
"""A caption's first sentence ends with when the picture was taken (``…, Tuesday, Nov. 19, 2019.``)."""
CAPTION_OPENING = re.compile(r"^(?:In this|This|A |An |The |FILE|Pictured)")


@dataclass(frozen=True)
class FoundPhoto:
    """A photo the page shows: the units it was read from, its caption and its credit."""

    first_unit: int
    """Index of the unit where it starts (the block order of the article follows it)."""
    units: tuple[int, ...]
    caption: str
    credit: str
    line: int
    other_caption_line: int | None = None
    """Line of the other neighbour that could have been this credit's caption, when only which
    of the two reads more like a caption decided (the reader notes the doubt)."""


def caption_score(ev: Evidence) -> int:
    """How much a unit reads like a caption rather than a paragraph (higher: more caption)."""
    text = ev.text
    score = 0
    score += 2 if PHOTO_DATE.search(text.split(". ")[0] if ". " in text else text) else 0
    score += 1 if PLACEMENT_WORDS.search(text) else 0
    score += 1 if CAPTION_OPENING.match(text) else 0
    score -= 2 if QUOTE.search(text) else 0
    score -= 2 if SPEECH.search(text) else 0
    score -= 2 if ev.words > CAPTION_MAX_WORDS else 0
    return score


def _captionable(ev: Evidence | None, taken: set[int]) -> bool:
    return (
        ev is not None
        and ev.unit.index not in taken
        and not (ev.credit or ev.furniture or ev.label or ev.box_label or ev.video or ev.related)
        and ev.words <= CAPTION_MAX_WORDS
        and ev.words >= 2
    )


def find_photos(evidence: list[Evidence], roles: dict[int, Role]) -> list[FoundPhoto]:
    """Every photo of the article, in reading order."""
    taken = set(roles)
    photos: list[FoundPhoto] = []
    by_index = {ev.unit.index: ev for ev in evidence}
    positions = {ev.unit.index: position for position, ev in enumerate(evidence)}
    runs = Runs.of(evidence)
    for position, ev in enumerate(evidence):
        index = ev.unit.index
        if index in taken:
            continue
        if ev.label == "photo":
            # "Photo" / "Video" / the caption: the caption follows the run of labels.
            following = position + 1
            while following < len(evidence) and evidence[following].label:
                following += 1
            if following < len(evidence) and _captionable(evidence[following], taken):
                caption_ev = evidence[following]
                taken |= {index, caption_ev.unit.index}
                photos.append(_photo_with_own_credit(caption_ev, (index, caption_ev.unit.index)))
            continue
        if ev.gallery_counter and _captionable(ev, taken):
            taken.add(index)
            photos.append(_photo_with_own_credit(ev, (index,)))
            continue
        if ev.trailing_credit and not ev.credit:
            caption, credit = ev.trailing_credit
            taken.add(index)
            photos.append(FoundPhoto(index, (index,), caption, credit, ev.unit.line))
            continue
        if ev.caption_label:
            taken.add(index)
            photos.append(FoundPhoto(index, (index,), ev.text, "", ev.unit.line))
            continue
        if not ev.credit:
            continue
        before = by_index.get(index - 1)
        after = by_index.get(index + 1)
        owner = _photo_right_above(photos, index, ev)
        next_caption = _captionable(after, taken) and after is not None and FINAL_STOP.search(after.text) is not None
        if owner is not None and run_order(evidence, position, runs) != "after" and not next_caption:
            # "caption (AP Photo/Tom Ross)" / "Photo: Tom Ross, AP": a gallery repeats the credit of the
            # photo right above it; the line under it (the gallery's title) is no caption.
            taken.add(index)
            photos[owner] = replace(photos[owner], units=(*photos[owner].units, index))
            continue
        side, guessed = _caption_side(evidence, runs, position, before, after, taken)
        if side is None:
            taken.add(index)
            photos.append(FoundPhoto(index, (index,), "", ev.text, ev.unit.line))
            continue
        caption_ev, other = (before, after) if side == "before" else (after, before)
        taken |= {index, caption_ev.unit.index}
        first = min(index, caption_ev.unit.index)
        units = (first, max(index, caption_ev.unit.index))
        other_line = other.unit.line if guessed and other is not None else None
        photos.append(FoundPhoto(first, units, caption_ev.text, ev.text, by_index[first].unit.line, other_line))
    photos = [
        _absorb_repeats(photo, evidence, positions, taken) for photo in sorted(photos, key=lambda p: p.first_unit)
    ]
    return [replace(photo, caption=_without_label(photo.caption)) for photo in _merge_repeated(photos)]


def _without_label(caption: str) -> str:
    """``Image caption, Trees were …`` -> ``Trees were …``: the label is the page's, not the caption's."""
    rest = SCREEN_READER_CAPTION_LABEL.sub("", caption, count=1)
    return rest if len(rest.split()) >= 2 else caption


def _photo_right_above(photos: list[FoundPhoto], index: int, credit: Evidence) -> int | None:
    """The photo right above this credit line (no blank line between) whose own line already ends
    with a credit: the line repeats it (in a run that sets credits first, or above a caption that
    reads as a sentence, the caller leaves it to the next photo). Photos are found in reading order,
    so only the last one found can be."""
    if credit.unit.blank_before or not photos:
        return None
    last = photos[-1]
    return len(photos) - 1 if last.units == (index - 1,) and last.credit else None


REPEAT_WINDOW = 3
"""Units either side of a photo where a gallery's repeat of its caption may stand."""


def _absorb_repeats(
    photo: FoundPhoto, evidence: list[Evidence], positions: dict[int, int], taken: set[int]
) -> FoundPhoto:
    """A gallery shows a caption whole and then cut short: the copies are this photo, not paragraphs.
    ``positions``: each unit's index -> its position in ``evidence``."""
    if not photo.caption:
        return photo
    first, last = min(photo.units), max(photo.units)
    caption, units = photo.caption, list(photo.units)
    for ev in evidence[max(0, positions[first] - REPEAT_WINDOW) : positions[last] + REPEAT_WINDOW + 1]:
        if ev.unit.index not in taken and _same_caption(ev.text, caption):
            taken.add(ev.unit.index)
            units.append(ev.unit.index)
            caption = ev.text if len(ev.text) > len(caption) else caption
    start = min(units)
    line = evidence[positions[start]].unit.line
    return replace(photo, first_unit=start, units=tuple(sorted(units)), caption=caption, line=line)


def _photo_with_own_credit(ev: Evidence, units: tuple[int, ...]) -> FoundPhoto:
    if ev.trailing_credit:
        caption, credit = ev.trailing_credit
        return FoundPhoto(units[0], units, caption, credit, ev.unit.line)
    return FoundPhoto(units[0], units, ev.text, "", ev.unit.line)


def _caption_side(
    evidence: list[Evidence],
    runs: Runs,
    position: int,
    before: Evidence | None,
    after: Evidence | None,
    taken: set[int],
) -> tuple[str | None, bool]:
    """Which neighbour is the credit's caption, and whether only their wording decided it."""
    ok_before, ok_after = _captionable(before, taken), _captionable(after, taken)
    credit = evidence[position]
    if ok_before and before is not None and credit.unit.blank_before:
        ok_before = False  # a blank line parts the credit from what is above it
    if ok_after and after is not None and (credit.unit.blank_after or lone_picture_credit(credit, after)):
        ok_after = False
    if ok_before != ok_after:
        return ("before" if ok_before else "after"), False
    if not ok_before:
        return None, False
    order = run_order(evidence, position, runs)
    if order is not None:
        return order, False
    after_score = caption_score(after) + _paragraph_beside_short_caption(after, before)
    before_score = caption_score(before) + _paragraph_beside_short_caption(before, after)
    return ("after" if after_score > before_score else "before"), True


PARAGRAPH_BESIDE_CREDIT_WEIGHT = -1
"""Between a short line and a paragraph that reads as prose, a credit's caption is the short line
("Ministers at the meeting on Tuesday." / "Credit: Tom Ross" / the lede): the lede's opening "A"
or "The" must not win it the credit (a caption this long with a cue of its own still does)."""


def _paragraph_beside_short_caption(ev: Evidence, other: Evidence) -> int:
    """Only against a short sentence: a headline repeated under a gallery's credit is no caption."""
    short_sentence = not other.prose and FINAL_STOP.search(other.text) is not None
    return PARAGRAPH_BESIDE_CREDIT_WEIGHT if ev.prose and short_sentence else 0


FINAL_STOP = re.compile(r"[.!?]['\"”’)]*$")


LEDE_UNDER_CREDIT_MIN_WORDS = 35
"""Prose this long, with no date or placement of a picture, under a labelled credit is the lede
(a featured image credited only): hero captions without a photo date run 10-30 words; the
longer wire captions all give the picture's date (written from news sites' featured images)."""


def lone_picture_credit(credit: Evidence, following: Evidence) -> bool:
    """A copyright line (or a photo credit over prose as long as a lede) over prose that says
    neither when a picture was taken nor who stands where (the lede; its opening "A" or "The" is
    no cue here): the picture has no caption."""
    text = following.text
    first = text.split(". ")[0] if ". " in text else text
    labelled = PICTURE_CREDIT_LABEL.match(credit.text) is not None or (
        PHOTO_CREDIT_LABEL.match(credit.text) is not None and following.words >= LEDE_UNDER_CREDIT_MIN_WORDS
    )
    return (
        labelled
        and following.prose
        and not following.trailing_credit
        and not PHOTO_DATE.search(first)
        and not SET_OFF_PLACEMENT.search(text)
    )


@dataclass(frozen=True)
class Runs:
    """The runs of units with no blank line between them: where each unit's run starts and ends,
    found once per article (a credit asks which end of its run it stands at)."""

    starts: tuple[int, ...]
    """Position of the first unit of each position's run."""
    ends: tuple[int, ...]
    """Position of the last unit of each position's run."""

    @staticmethod
    def of(evidence: list[Evidence]) -> Runs:
        starts: list[int] = []
        for position, ev in enumerate(evidence):
            starts.append(position if position == 0 or ev.unit.blank_before else starts[-1])
        ends = [0] * len(evidence)
        for position in range(len(evidence) - 1, -1, -1):
            last = position == len(evidence) - 1 or evidence[position].unit.blank_after
            ends[position] = position if last else ends[position + 1]
        return Runs(tuple(starts), tuple(ends))


def run_order(evidence: list[Evidence], position: int, runs: Runs) -> str | None:
    """In a run of units without blank lines, a credit at the run's start means credits come
    first; one at its end means they come last."""
    start, end = runs.starts[position], runs.ends[position]
    if evidence[start].credit and not evidence[end].credit:
        return "after"
    if evidence[end].credit and not evidence[start].credit:
        return "before"
    return None


def _merge_repeated(photos: list[FoundPhoto]) -> list[FoundPhoto]:
    """A gallery repeats its caption (whole, then cut short): one photo, with the longest caption
    and the first credit found."""
    merged: list[FoundPhoto] = []
    units: list[list[int]] = []
    """Each merged photo's units, gathered in place: a photo merged from thousands of repeated
    lines costs time linear in them."""
    last_unit: list[int] = []

    def absorb(kept: FoundPhoto, photo: FoundPhoto) -> None:
        merged[-1] = replace(kept, other_caption_line=None)
        units[-1].extend(photo.units)
        last_unit[-1] = max(last_unit[-1], *photo.units)

    for photo in photos:
        gap = photo.first_unit - last_unit[-1] if merged else 0
        near = bool(merged) and gap <= REPEAT_WINDOW
        same_credit = bool(merged) and (not photo.credit or not merged[-1].credit or photo.credit == merged[-1].credit)
        if near and same_credit and photo.caption and _same_caption(merged[-1].caption, photo.caption):
            keep = merged[-1]
            caption = keep.caption if len(keep.caption) >= len(photo.caption) else photo.caption
            absorb(replace(keep, caption=caption, credit=keep.credit or photo.credit), photo)
        elif merged and not photo.caption and photo.credit == merged[-1].credit and gap <= 2:
            absorb(merged[-1], photo)
        elif merged and not merged[-1].credit and not photo.caption and gap <= 2:
            absorb(replace(merged[-1], credit=photo.credit), photo)
        else:
            merged.append(photo)
            units.append(list(photo.units))
            last_unit.append(max(photo.units))
    return [
        photo if len(found) == len(photo.units) else replace(photo, units=tuple(found))
        for photo, found in zip(merged, units, strict=True)
    ]


def _same_caption(a: str, b: str) -> bool:
    a, b = a.rstrip(" .…"), b.rstrip(" .…")
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer.startswith(shorter[: max(40, len(shorter) - 3)])
