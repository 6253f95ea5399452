"""The headline, chosen among the lines above the body by named, weighted cues, and the
standfirst under it; short lines above the headline are section labels and kickers."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Field
from .fields import Header, uncertain
from .roles import Evidence, Role
from .start import HEADLINE_USUAL_WORDS, header_field
from .words import BYLINE_OPENING

SECTION_MAX_WORDS = 3
"""A line this short above the headline is a section label or a kicker ("News", "Asia")."""
SECTION_CAPITALS_MAX_WORDS = 3
"""An all-capitals line this short is a kicker ("BREAKING NEWS", "DUBAI AIRSHOW"); a longer one
is a headline in capitals ("CHAMPION RETAINS WORLD HEAVYWEIGHT BELTS")."""
STANDFIRST_MIN_WORDS = 6
BREADCRUMB = re.compile(r"\s[/>»|]\s|^[/>»|]$")


HeadlineCue = Callable[[Evidence, int, int], int]
"""(unit, its position among the candidates, the candidates' count) -> score."""


def _cue_headline_shape(ev: Evidence, position: int, count: int) -> int:
    return HEADLINE_SHAPE_WEIGHT if ev.headline_shape else 0


def _cue_nearest_the_header(ev: Evidence, position: int, count: int) -> int:
    """Navigation and promos sit above the headline; the byline and date sit right under it.
    (``count`` is 0 when the page shows no byline or date to be near.)"""
    return NEAREST_WEIGHT if count and position == count - 1 else 0


def _cue_short_line(ev: Evidence, position: int, count: int) -> int:
    return SHORT_LINE_WEIGHT if ev.words <= SECTION_MAX_WORDS else 0


def _cue_page_chrome(ev: Evidence, position: int, count: int) -> int:
    """A copyright line, a web address or a run-together menu is the site's, not the story's."""
    return PAGE_CHROME_WEIGHT if PAGE_CHROME.search(ev.text) else 0


def _cue_quotation(ev: Evidence, position: int, count: int) -> int:
    """A line in quotation marks above the headline is a pull quote or a claim being checked."""
    return QUOTATION_WEIGHT if ev.text[:1] in "\"“'‘" and ev.text.rstrip(".")[-1:] in "\"”'’" else 0


def _cue_bullet(ev: Evidence, position: int, count: int) -> int:
    """``• Experts to be consulted …``: a key point of the summary, never the headline."""
    return BULLET_WEIGHT if ev.text[:1] in "•·▪■►-–—*" else 0


def _cue_section(ev: Evidence, position: int, count: int) -> int:
    """A breadcrumb or a short label ("National / Crime & Legal", "Business News") is a section's name."""
    return SECTION_WEIGHT if _section_label(ev) else 0


def _cue_sentence(ev: Evidence, position: int, count: int) -> int:
    return SENTENCE_WEIGHT if ev.prose else 0


def _cue_standfirst_length(ev: Evidence, position: int, count: int) -> int:
    """Headlines are short; a long line under one is its standfirst, with or without a full stop."""
    return STANDFIRST_LENGTH_WEIGHT if ev.words > HEADLINE_USUAL_WORDS else 0


HEADLINE_CUES: tuple[HeadlineCue, ...] = (
    _cue_headline_shape,
    _cue_nearest_the_header,
    _cue_short_line,
    _cue_page_chrome,
    _cue_quotation,
    _cue_sentence,
    _cue_standfirst_length,
    _cue_bullet,
    _cue_section,
)
# Weights: a headline-shaped line nearest the byline or date wins over one higher up (whole-page
# copies put navigation and promos above it); chrome and quotations never win over a real line.
HEADLINE_SHAPE_WEIGHT = 3
NEAREST_WEIGHT = 1
SHORT_LINE_WEIGHT = -2
PAGE_CHROME_WEIGHT = -6
QUOTATION_WEIGHT = -2
SENTENCE_WEIGHT = -1
BULLET_WEIGHT = -4
SECTION_WEIGHT = -2
STANDFIRST_LENGTH_WEIGHT = -2
SHOWN_TWICE_WEIGHT = 2
"""Enough to beat a footer link of headline shape higher up, as one more cue (a question-headline
reads as prose, -1); set on whole-page copies whose top bar repeats the headline."""
UNCERTAIN_HEADLINE_MIN_WORDS = 4
"""A line scoring as high as the chosen headline is worth a note only if it is this long (a
shorter one is a section label the earlier line wins over anyway)."""
PAGE_CHROME = re.compile(
    r"©|(?i:\bcopyright\b|\b[\w-]+\.(?:com|org|net|co\.uk)\b|^supported by$)|[a-z][A-Z][a-z]+[A-Z]"
)
"""A copyright, a web address, or a menu's words run together ("LoginContactSupport")."""


def read_headline(zone: list[Evidence], header: Header) -> int | None:
    """The headline: of the lines above the first date or byline, the one the cues rate highest
    (the earliest of equals); short lines above it are section labels and kickers.
    Returns the headline's unit index."""
    anchor = next((i for i, ev in enumerate(zone) if header_field(ev) and (ev.date_line or strong_byline(ev))), None)
    eligible = [ev for ev in zone[: anchor if anchor is not None else len(zone)] if _headline_eligible(ev, header)]
    eligible = eligible or [ev for ev in zone if _headline_eligible(ev, header)]
    candidates = [ev for ev in eligible if ev.words >= 2 and not strong_byline(ev)]
    under = _headline_under_the_date(zone, anchor, candidates, header)
    if under is not None:
        candidates.append(under)
    if not candidates:
        return None
    near = len(candidates) if anchor is not None else 0
    scores = [sum(cue(ev, position, near) for cue in HEADLINE_CUES) for position, ev in enumerate(candidates)]
    deck = _deck_above_anchor(candidates, zone)
    if deck is not None and near:
        # "Headline / Deck / date": the line nearest the date is the headline's deck, not the headline.
        scores[deck] -= NEAREST_WEIGHT
        scores[deck - 1] += NEAREST_WEIGHT
    if near and _shown_twice(candidates):
        scores[-1] += SHOWN_TWICE_WEIGHT
    best = max(range(len(candidates)), key=lambda position: (scores[position], -position))
    chosen = candidates[best]
    tied = [ev for position, ev in enumerate(candidates) if position != best and scores[position] == scores[best]]
    if tied and tied[0].headline_shape and tied[0].words >= UNCERTAIN_HEADLINE_MIN_WORDS:
        reading = f"may be the headline: the earlier line of equal weight, {chosen.text!r}, was taken"
        header.problems.append(uncertain(header.file, tied[0].unit.line, tied[0].text, reading, "uncertain-headline"))
    for ev in eligible:
        if ev.unit.index < chosen.unit.index and _section_label(ev):
            header.roles[ev.unit.index] = Role.SECTION
    for ev in eligible:
        if ev.text == chosen.text and ev is not chosen:
            header.roles[ev.unit.index] = Role.FURNITURE  # the headline again, in the page's top bar
    header.title = Field(raw=chosen.text, value=chosen.text, line=chosen.unit.line)
    header.roles[chosen.unit.index] = Role.HEADLINE
    return chosen.unit.index


def _headline_under_the_date(
    zone: list[Evidence], anchor: int | None, above: list[Evidence], header: Header
) -> Evidence | None:
    """``Business News / 19 May 2020 / Headline / Author``: when only section labels stand above
    the first date or byline, the headline-shaped line right under it (a kicker and the date
    above the headline, the byline under it)."""
    if anchor is None or any(not _section_label(ev) for ev in above):
        return None
    following = next((ev for ev in zone[anchor + 1 :] if not ev.furniture), None)
    if following is None or not _headline_eligible(following, header) or strong_byline(following):
        return None
    if not following.headline_shape or following.prose or following.words > HEADLINE_USUAL_WORDS:
        return None
    return None if _section_label(following) else following


def _shown_twice(candidates: list[Evidence]) -> bool:
    """The line nearest the byline or date stands higher up too: a whole-page copy shows the
    headline in the page's top bar and again over the story (a promo is seldom the nearest line)."""
    last = candidates[-1]
    return last.headline_shape and not _section_label(last) and any(ev.text == last.text for ev in candidates[:-1])


def _deck_above_anchor(candidates: list[Evidence], zone: list[Evidence]) -> int | None:
    """The last candidate, when it directly follows another headline-shaped line (nothing between)."""
    if len(candidates) < 2:
        return None
    last, before = candidates[-1], candidates[-2]
    adjacent = last.unit.index - before.unit.index == 1
    return (
        len(candidates) - 1
        if adjacent and before.headline_shape and last.headline_shape and not _section_label(before)
        else None
    )


def strong_byline(ev: Evidence) -> bool:
    """A byline even without "By": it names a job, an agency, an outlet, a newsroom or where it was filed
    from besides names."""
    byline = ev.byline
    return byline is not None and (
        BYLINE_OPENING.match(ev.text) is not None
        or bool(byline.role or byline.agency or byline.outlet or byline.house or byline.place)
    )


def _headline_eligible(ev: Evidence, header: Header) -> bool:
    if ev.unit.index in header.roles or ev.furniture or ev.label or ev.box_label or ev.credit or ev.trailing_credit:
        return False
    if ev.date_line is not None:
        return False  # "Updated 4:08 p.m. ET", "Jul. 7 5:59 PM EDT": dates without a year are still dates
    return not (BYLINE_OPENING.match(ev.text) and ev.byline is not None)


def _section_label(ev: Evidence) -> bool:
    words = ev.text.split()
    if BREADCRUMB.search(ev.text):
        return True
    if len(words) <= SECTION_MAX_WORDS and not ev.prose:
        return True
    return ev.text.isupper() and len(words) <= SECTION_CAPITALS_MAX_WORDS


def read_standfirst(zone: list[Evidence], header: Header) -> None:
    """The sentence right under the headline, when it is not a photo's caption."""
    headline = next((i for i, ev in enumerate(zone) if header.roles.get(ev.unit.index) is Role.HEADLINE), None)
    if headline is None:
        return
    following = [i for i in range(headline + 1, len(zone)) if not zone[i].furniture]
    if not following:
        return
    index = following[0]
    ev = zone[index]
    next_ev = zone[following[1]] if len(following) > 1 else None
    if (
        ev.unit.index in header.roles
        or ev.credit
        or ev.trailing_credit
        or ev.caption_label
        or ev.words < STANDFIRST_MIN_WORDS
    ):
        return
    if ev.video or ev.related or ev.label or ev.box_label:
        return
    if next_ev is not None and next_ev.credit:
        return  # a sentence followed by a credit is a photo's caption
    header.standfirst = Field(raw=ev.text, value=ev.text, line=ev.unit.line)
    header.roles[ev.unit.index] = Role.STANDFIRST
