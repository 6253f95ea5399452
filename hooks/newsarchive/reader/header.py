"""The article's header: where the body starts, and the headline, standfirst, byline, date,
outlet and agency read from everything above it.

Nothing here stops at a line it does not know: the header is every unit before the body's
first paragraph, and each header field is looked for among all of them (a date below a hero
caption, a byline below the date, a section label above the headline).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..dates import find_dates
from ..model import Field, Problem, Severity
from .bylines import Byline, read_byline
from .datelines import DateLine, LineDate, read_date_line
from .roles import Evidence, Role
from .words import BYLINE_ROLE_WORDS, EMAIL, HANDLE

BODY_LOOKAHEAD = 4
"""Units after a paragraph within which the next paragraph must start for the body to have begun."""
SECTION_MAX_WORDS = 3
"""A line this short above the headline is a section label or a kicker ("News", "Asia")."""
SECTION_CAPITALS_MAX_WORDS = 3
"""An all-capitals line this short is a kicker ("BREAKING NEWS", "DUBAI AIRSHOW"); a longer one
is a headline in capitals ("CHAMPION RETAINS WORLD HEAVYWEIGHT BELTS")."""
BOX_ITEM_MAX_WORDS = 5
"""Lines under a box label ("Tags", "Categories") this short are the box's items."""
STANDFIRST_MIN_WORDS = 6
NAMED_DATE_LINE_LIMIT = 2000
"""Lines searched for dates written with month names (a bound: a pasted book is no article)."""
TITLE_CASE_SHARE = 0.6
"""Share of capitalised words (short function words aside) that marks a title-case headline."""
YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
MONTH_DAY_ONLY = re.compile(r"^[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
BREADCRUMB = re.compile(r"\s[/>»|]\s|^[/>»|]$")
BYLINE_OPENING = re.compile(
    r"^(?:(?:(?:analysis|article|story|words|written|opinion)\s+)?by\b|authors?\s*:)", re.IGNORECASE
)
SIGNATURE = re.compile(r"^[-–—]{1,2}\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})$")
"""``– David Dunkley``: a reporter's signature closing the article."""
BYLINE_GLUED_TO_LEDE = re.compile(
    r"^(?P<byline>By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*[:—–]\s+(?P<rest>[A-Z\"“].{20,})$"
)
"""``By Aaron Humes: The Americas cannot ignore …``: the byline run into the first paragraph."""


@dataclass
class Header:
    """The header fields read so far (mutable while reading; ``Field`` values are frozen)."""

    title: Field = field(default_factory=Field.empty)
    standfirst: Field = field(default_factory=Field.empty)
    date: Field = field(default_factory=Field.empty)
    source: Field = field(default_factory=Field.empty)
    byline: Field = field(default_factory=Field.empty)
    agency: Field = field(default_factory=Field.empty)
    authors: tuple[str, ...] = ()
    roles: dict[int, Role] = field(default_factory=dict)
    """Unit index -> role, for the units the header took (the body reader leaves them alone)."""
    problems: list[Problem] = field(default_factory=list)
    relative_date: str | None = None
    trim: dict[int, int] = field(default_factory=dict)
    """Unit index -> characters of its text that belonged to the header (a byline run into the lede)."""


def body_start(evidence: list[Evidence]) -> int:
    """Index of the body's first paragraph: prose followed by more prose with nothing between
    but media and furniture (a standfirst is followed by a byline or a date instead)."""
    first_text = next((i for i, ev in enumerate(evidence) if not (ev.furniture or ev.label or ev.box_label)), None)
    candidates = [
        i
        for i, ev in enumerate(evidence)
        if _paragraph_like(ev) and not (i == first_text and (_titled(ev) or ev.headline_shape))
    ]
    for position, index in enumerate(candidates):
        following = candidates[position + 1] if position + 1 < len(candidates) else None
        if following is None:
            return index  # the only paragraph, or the last one after header lines
        between = evidence[index + 1 : following]
        if following - index <= BODY_LOOKAHEAD + 1 and not any(_header_field(ev) for ev in between):
            return index
    return candidates[0] if candidates else _after_header_run(evidence)


def _after_header_run(evidence: list[Evidence]) -> int:
    """No paragraph reads as prose (a story of short sentences): the body starts after the first
    line of text (the headline) and the header lines right under it."""
    headline_seen = False
    for index, ev in enumerate(evidence):
        if ev.furniture or ev.label or _header_field(ev) or ev.credit:
            continue
        if not headline_seen and not ev.text.endswith("."):
            headline_seen = True
            continue
        return index
    return len(evidence)


def _paragraph_like(ev: Evidence) -> bool:
    return ev.prose and not ev.credit and not ev.trailing_credit and not ev.caption_label and not _header_field(ev)


def _titled(ev: Evidence) -> bool:
    """Capitalised like a headline ("Manhole Fires and Burst Pipes: How Winter Wreaks Havoc"), whatever it ends with."""
    return ev.words <= HEADLINE_USUAL_WORDS and ev.title_case >= TITLE_CASE_SHARE


def _header_field(ev: Evidence) -> bool:
    """A date line or a byline: what only a header holds."""
    if ev.date_line is not None and (ev.date_line.dates or ev.date_line.relative):
        return True
    return ev.byline is not None and len(ev.unit.words) <= 12


def read_header(evidence: list[Evidence], start: int, file: str, dayfirst: bool) -> Header:
    header = Header()
    zone = evidence[:start]
    date_lines = _read_dates(zone, header, file, dayfirst, evidence)
    headline = _read_headline(zone, header)
    _read_bylines(zone, header, headline)
    for line, ev in date_lines:
        _outlet_from_date_line(line, ev, header, above_headline=headline is None or ev.unit.index < headline)
    _read_standfirst(zone, header)
    if header.date.value is None and header.date.raw is None:
        _read_labelled_date_below(evidence[start:], header, file, dayfirst)
    if header.byline.raw is None:
        _read_byline_below(evidence[start:], header)
    if header.date.value is None and header.date.raw is None and header.relative_date:
        header.problems.append(
            Problem(
                file,
                None,
                "relative-date",
                f"only a relative date ({header.relative_date!r}) was found: the article is listed as undated",
            )
        )
    return header


# --- bylines ------------------------------------------------------------------------------------


def _read_bylines(zone: list[Evidence], header: Header, headline: int | None) -> None:
    """Every byline of the header, its continuation lines (job, handle, e-mail) and names split
    over several lines (``By`` / ``David Brand and`` / ``Ramsey Khalifeh``). A name with no "By"
    counts only below the headline (above it, beside a date, it is the outlet's name)."""
    index = 0
    while index < len(zone):
        ev = zone[index]
        credit_only = ev.credit and ev.byline is None  # "Left Image: …", "Jane Roe/Reuters"
        if (
            header.roles.get(ev.unit.index) in (Role.HEADLINE, Role.SECTION, Role.STANDFIRST)
            or ev.furniture
            or ev.label
            or credit_only
        ):
            index += 1
            continue
        if ev.box_label:
            index = _after_box(zone, index)
            continue
        byline, used = _byline_at(zone, index)
        prefixed = BYLINE_OPENING.match(ev.text) is not None
        if byline is None or (not prefixed and (headline is None or ev.unit.index < headline)):
            index += 1
            continue
        for taken in range(index, index + used):
            header.roles[zone[taken].unit.index] = Role.BYLINE
        _add_byline(header, byline, zone[index].unit.line)
        header.roles[zone[index].unit.index] = (
            Role.BYLINE if header.roles.get(zone[index].unit.index) is not Role.DATE else Role.DATE
        )
        index += used
        while index < len(zone) and _byline_continuation(zone[index].text):
            header.roles[zone[index].unit.index] = Role.BYLINE
            index += 1


def _after_box(zone: list[Evidence], index: int) -> int:
    """The lines under a box label ("Tags", "Categories") up to the next sentence are its items."""
    index += 1
    while (
        index < len(zone)
        and not zone[index].prose
        and not zone[index].date_line
        and zone[index].words <= BOX_ITEM_MAX_WORDS
    ):
        index += 1
    return index


def _byline_at(zone: list[Evidence], index: int) -> tuple[Byline | None, int]:
    """The byline starting at this unit, joined with the next ones where it is split; units used."""
    text = zone[index].text
    if zone[index].date_line is not None and zone[index].date_line.dates:
        # "By Ana Smith November 19, 2019 | 4:20am": the byline before the date, or an author after it.
        glued = zone[index].date_line
        found = read_byline(glued.prefix) if glued.prefix else None
        if found is None and glued.suffix and not glued.prefix:
            found = read_byline(glued.suffix)
        if found is None and glued.suffix and glued.prefix and read_byline(glued.suffix) is not None:
            found = read_byline(glued.suffix)
        return found, 1
    used = 1
    while (
        text.lower().rstrip(":") in ("by", "article by", "written by", "story by") or text.endswith((" and", ","))
    ) and index + used < len(zone):
        text = f"{text} {zone[index + used].text}"
        used += 1
    byline = read_byline(text)
    if byline is None or (not byline.house and not byline.authors):
        return None, 1
    return byline, used


def _add_byline(header: Header, byline: Byline, line: int) -> None:
    if header.byline.raw is None:
        value = (
            ", ".join(byline.authors[:-1]) + (" and " if len(byline.authors) > 1 else "") + byline.authors[-1]
            if byline.authors
            else byline.house
        )
        header.byline = Field(raw=byline.raw, value=value, line=line)
        header.authors = byline.authors
    if byline.agency and header.agency.value is None:
        header.agency = Field(raw=byline.raw, value=byline.agency, line=line)
    if byline.outlet and header.source.value is None:
        header.source = Field(raw=byline.raw, value=byline.outlet, line=line)


def _byline_continuation(text: str) -> bool:
    """``Tribune Staff Reporter``, ``News reporter @TomGillespie1``, ``@jsmith``, an e-mail address."""
    rest = EMAIL.sub("", HANDLE.sub("", text)).strip(" ,|-–—")
    if not rest:
        return True
    words = rest.split()
    return len(words) <= 6 and any(w.lower().strip(".,") in BYLINE_ROLE_WORDS for w in words) and not rest.endswith(".")


# --- dates --------------------------------------------------------------------------------------


def _read_dates(
    zone: list[Evidence], header: Header, file: str, dayfirst: bool, article: list[Evidence]
) -> list[tuple[DateLine, Evidence]]:
    """The publication date (an update's date only when there is none); the date lines read."""
    published: tuple[LineDate, Evidence] | None = None
    updated: tuple[LineDate, Evidence] | None = None
    date_lines: list[tuple[DateLine, Evidence]] = []
    for index, ev in enumerate(zone):
        line = (
            ev.date_line
            if ev.date_line is not None and ev.date_line.dates
            else _split_date(zone, index, dayfirst) or ev.date_line
        )
        if line is None:
            continue
        if line.relative and not line.dates:
            header.relative_date = header.relative_date or line.relative
            header.roles.setdefault(ev.unit.index, Role.DATE)
            continue
        if not line.dates:
            continue
        header.roles.setdefault(ev.unit.index, Role.DATE)
        published = published or ((line.published, ev) if line.published else None)
        updated = updated or ((line.updated, ev) if line.updated else None)
        date_lines.append((line, ev))
    chosen = published or updated
    if chosen is None:
        return date_lines
    found, ev = chosen
    iso = _resolve_order(found, article)
    header.date = Field(raw=found.raw, value=iso, line=ev.unit.line)
    if iso is None:
        header.problems.append(
            Problem(
                file,
                ev.unit.line,
                "impossible-date",
                f"impossible date {found.raw!r}: the article is listed as undated",
            )
        )
    return date_lines


def _split_date(zone: list[Evidence], index: int, dayfirst: bool) -> DateLine | None:
    """``November 20`` / ``15:23`` / ``2019``: a day and a month whose year follows on its own line."""
    if not MONTH_DAY_ONLY.match(zone[index].text):
        return None
    for later in zone[index + 1 : index + 3]:
        if YEAR_ONLY.match(later.text):
            return read_date_line(f"{zone[index].text} {later.text}", dayfirst)
    return None


def _outlet_from_date_line(line: DateLine, ev: Evidence, header: Header, above_headline: bool) -> None:
    """``ABC News October 20, 2017`` above the headline: the outlet's name and the date, nothing
    after it. Below the headline a name beside a date is the byline's (read by ``_read_bylines``)."""
    if header.source.value is not None or not line.prefix or line.suffix or not above_headline:
        return
    words = line.prefix.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or BYLINE_OPENING.match(line.prefix):
        return
    header.source = Field(raw=ev.text, value=line.prefix, line=ev.unit.line)


def _resolve_order(found: LineDate, zone: list[Evidence]) -> str | None:
    """A numeric date that reads both ways (02/10/2020) takes the reading nearer the dates the
    page writes with month names."""
    if not found.other_reading or found.iso is None:
        return found.iso
    named = sorted(
        d.iso
        for ev in zone
        if len(ev.text) <= NAMED_DATE_LINE_LIMIT
        for d in find_dates(ev.text)
        if d.iso and d.year_stated and not d.raw[:1].isdigit()
    )
    if not named:
        return found.iso
    latest = named[-1]
    return min((found.iso, found.other_reading), key=lambda iso: abs(_ordinal(iso) - _ordinal(latest)))


def _ordinal(iso: str) -> int:
    year, month, day = (int(part) for part in iso.split("-"))
    return year * 372 + month * 31 + day


def _read_byline_below(body: list[Evidence], header: Header) -> None:
    """No byline above the body: one run into the first paragraph (``By X: …``), an ``Author:``
    line, or a dash signature (``– Name``) closing the article."""
    if body:
        glued = BYLINE_GLUED_TO_LEDE.match(body[0].text)
        byline = read_byline(glued.group("byline"), prefixed_only=True) if glued else None
        if glued and byline is not None:
            _add_byline(header, byline, body[0].unit.line)
            header.trim[body[0].unit.index] = glued.start("rest")
            return
    for ev in reversed(body):
        signature = SIGNATURE.match(ev.text)
        labelled = ev.text.lower().startswith(("author:", "authors:"))
        byline = read_byline(signature.group("name")) if signature else (ev.byline if labelled else None)
        if byline is not None and byline.authors:
            _add_byline(header, byline, ev.unit.line)
            header.roles[ev.unit.index] = Role.BYLINE
            return


def _read_labelled_date_below(body: list[Evidence], header: Header, file: str, dayfirst: bool) -> None:
    """No date above the body: a labelled date line further down (``Published May 3, 2021``)."""
    for ev in body:
        line = ev.date_line
        if line is not None and line.published and not line.rest and re.search(r"(?i)published|posted|first", ev.text):
            header.date = Field(raw=line.published.raw, value=line.published.iso, line=ev.unit.line)
            header.roles[ev.unit.index] = Role.DATE
            return


# --- headline and standfirst --------------------------------------------------------------------


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
HEADLINE_USUAL_WORDS = 18
"""Longer than nearly every headline (the longest in the real-page copies has 17 words)."""
PAGE_CHROME = re.compile(
    r"©|(?i:\bcopyright\b|\b[\w-]+\.(?:com|org|net|co\.uk)\b|^supported by$)|[a-z][A-Z][a-z]+[A-Z]"
)
"""A copyright, a web address, or a menu's words run together ("LoginContactSupport")."""


def _read_headline(zone: list[Evidence], header: Header) -> int | None:
    """The headline: of the lines above the first date or byline, the one the cues rate highest
    (the earliest of equals); short lines above it are section labels and kickers.
    Returns the headline's unit index."""
    anchor = next((i for i, ev in enumerate(zone) if _header_field(ev) and (ev.date_line or _strong_byline(ev))), None)
    eligible = [ev for ev in zone[: anchor if anchor is not None else len(zone)] if _headline_eligible(ev, header)]
    eligible = eligible or [ev for ev in zone if _headline_eligible(ev, header)]
    candidates = [ev for ev in eligible if ev.words >= 2 and not _strong_byline(ev)]
    if not candidates:
        return None
    near = len(candidates) if anchor is not None else 0
    scores = [sum(cue(ev, position, near) for cue in HEADLINE_CUES) for position, ev in enumerate(candidates)]
    deck = _deck_above_anchor(candidates, zone)
    if deck is not None and near:
        # "Headline / Deck / date": the line nearest the date is the headline's deck, not the headline.
        scores[deck] -= NEAREST_WEIGHT
        scores[deck - 1] += NEAREST_WEIGHT
    best = max(range(len(candidates)), key=lambda position: (scores[position], -position))
    chosen = candidates[best]
    for ev in eligible:
        if ev.unit.index < chosen.unit.index and _section_label(ev):
            header.roles[ev.unit.index] = Role.SECTION
    header.title = Field(raw=chosen.text, value=chosen.text, line=chosen.unit.line)
    header.roles[chosen.unit.index] = Role.HEADLINE
    return chosen.unit.index


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


def _strong_byline(ev: Evidence) -> bool:
    """A byline even without "By": it names a job, an agency, an outlet or a newsroom besides names."""
    byline = ev.byline
    return byline is not None and (
        BYLINE_OPENING.match(ev.text) is not None or bool(byline.role or byline.agency or byline.outlet or byline.house)
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


def _read_standfirst(zone: list[Evidence], header: Header) -> None:
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


def uncertain(file: str, line: int, text: str, chosen: str, other: str) -> Problem:
    """A note (never a failure) that a line could have been read another way."""
    shown = text if len(text) <= 60 else text[:57] + "…"
    return Problem(file, line, "uncertain-reading", f"{shown!r} may be a {other}: read as a {chosen}", Severity.INFO)
