"""The article's header: the headline, standfirst, byline, date, outlet and agency read from
everything above the body (``start`` finds where it begins).

Nothing here stops at a line it does not know: the header is every unit before the body's
first paragraph, and each header field is looked for among all of them (a date below a hero
caption, a byline below the date, a section label above the headline).
"""

from __future__ import annotations

import re

from ..dates import find_dates
from ..model import Field, Problem
from .bylines import Byline, outlet_and_place, read_byline
from .datelines import DateKind, DateLine, LineDate, read_date_line
from .fields import Header, uncertain
from .headline import read_headline, read_standfirst
from .roles import Evidence, Role
from .words import BLOG_POST_AUTHOR, BLOG_POST_LINE, BYLINE_OPENING, BYLINE_ROLE_WORDS, EMAIL, HANDLE

BOX_ITEM_MAX_WORDS = 5
"""Lines under a box label ("Tags", "Categories") this short are the box's items."""
NAMED_DATE_LINE_LIMIT = 2000
"""Lines searched for dates written with month names (a bound: a pasted book is no article)."""
YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
MONTH_DAY_ONLY = re.compile(r"^[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
SIGNATURE = re.compile(r"^[-–—]{1,2}\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})$")
"""``– David Dunkley``: a reporter's signature closing the article."""
REPORTING_FROM = re.compile(
    r"^(?:reporting|reported|filed|writing)\s+from\s+[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,4}$", re.I
)
"""Where the authors filed from, on its own line under their names."""
CAPTION_ABOVE_AGENCY_MIN_WORDS = 4
"""A line this long above an agency's name, and no header field, is the picture's caption."""
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")
FIELD_SEPARATOR = re.compile(r"\s[/|·•]\s|\s[/|·•]$")
"""What parts the fields of a header line (``Desk / Wire / Updated: …``)."""
BYLINE_GLUED_TO_LEDE = re.compile(
    r"^(?P<byline>By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*[:—–]\s+(?P<rest>[A-Z\"“].{20,})$"
)
"""``By Aaron Humes: The Americas cannot ignore …``: the byline run into the first paragraph."""


def read_header(evidence: list[Evidence], start: int, file: str, dayfirst: bool) -> Header:
    header = Header(file=file)
    zone = evidence[:start]
    date_lines = _read_dates(zone, header, file, dayfirst, evidence)
    headline = read_headline(zone, header)
    _read_bylines(zone, header, headline)
    for line, ev in date_lines:
        _outlet_from_date_line(line, ev, header, above_headline=headline is None or ev.unit.index < headline)
    read_standfirst(zone, header)
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
        credit_only = ev.credit and (ev.byline is None or _agency_under_caption(zone, index, header))
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
        if prefixed and header.byline.raw is not None and not _named_byline(header.byline.raw):
            # "ABC North West" / "By Jane Roe": a desk or bureau's label above the byline that says "By".
            header.byline, header.authors = Field.empty(), ()
        _add_byline(header, byline, zone[index].unit.line)
        header.roles[zone[index].unit.index] = (
            Role.BYLINE if header.roles.get(zone[index].unit.index) is not Role.DATE else Role.DATE
        )
        index += used
        while index < len(zone) and _byline_continuation(zone[index].text):
            header.roles[zone[index].unit.index] = Role.BYLINE
            index += 1
        desk = outlet_and_place(zone[index].text) if index < len(zone) else None
        if desk is not None:
            # "By Ellen Marsh" / "BBC News, Cardiff": the outlet the author writes for, and where.
            header.roles[zone[index].unit.index] = Role.BYLINE
            if header.source.value is None:
                header.source = Field(raw=zone[index].text, value=desk, line=zone[index].unit.line)
            index += 1


def _agency_under_caption(zone: list[Evidence], index: int, header: Header) -> bool:
    """``Getty Images`` right under a sentence, or under a line that is no header field (no blank
    line between): the photo's credit, not an agency's byline ("Left Image: …" and "Jane Roe/Reuters"
    are credits whatever stands above; under the headline or a byline, "Reuters" is the byline)."""
    ev = zone[index]
    byline = ev.byline
    if byline is None or BYLINE_OPENING.match(ev.text) or byline.authors != ((byline.agency,) if byline.agency else ()):
        return False
    above = zone[index - 1] if index > 0 else None
    if above is None or ev.unit.blank_before:
        return False
    caption_like = (
        above.unit.index not in header.roles
        and above.byline is None
        and above.date_line is None
        and above.words >= CAPTION_ABOVE_AGENCY_MIN_WORDS
    )
    return caption_like or SENTENCE_END.search(above.text) is not None


def _named_byline(raw: str) -> bool:
    """Says "By", or names a job, an agency or an outlet besides its names."""
    found = read_byline(raw)
    return BYLINE_OPENING.match(raw) is not None or (
        found is not None and bool(found.role or found.agency or found.outlet or found.house or found.place)
    )


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
        if found is None:
            found = _blog_post_author(text)
        return found, 1
    used = 1
    while index + used < len(zone) and (
        text.lower().rstrip(":") in ("by", "article by", "written by", "story by")
        or text.endswith((" and", ",", " &"))
        or zone[index + used].text.lower() in ("and", "&")  # "By" / "Jane Roe" / "and" / "Tom Ross"
    ):
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
    """``Herald Staff Reporter``, ``News reporter @janeroe``, ``@jsmith``, an e-mail address,
    ``Reporting from Kyiv, Ukraine``."""
    rest = EMAIL.sub("", HANDLE.sub("", text)).strip(" ,|-–—")
    if not rest or REPORTING_FROM.match(rest):
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
    _set_time(header, found, ev.unit.line)
    if iso is not None and found.other_reading:
        other = found.other_reading if iso == found.iso else found.iso
        reading = f"reads both ways: taken as {iso}, not {other}"
        header.problems.append(uncertain(file, ev.unit.line, found.raw, reading, "uncertain-date"))
    if published is None and iso is not None and found.kind is DateKind.UPDATED:
        reading = "gives only an update's date: used as the publication date"
        header.problems.append(uncertain(file, ev.unit.line, ev.text, reading, "uncertain-date"))
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


def _set_time(header: Header, found: LineDate, line: int) -> None:
    """The chosen date's clock time, from its own line (a time elsewhere is not the posting time),
    when the date is the publication's: an update's time changes with every update, so two
    copies of one page would seem two pages."""
    if found.time is not None and found.kind is not DateKind.UPDATED:
        header.time = Field(raw=found.time.raw, value=found.time.value, line=line)
        header.time_zone = found.time.zone


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
    if FIELD_SEPARATOR.search(line.prefix):
        return  # "City Desk / TNN / Updated: …": a desk and a wire's fields, not one outlet's name
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
        if signature:
            byline = read_byline(signature.group("name"))
        else:
            byline = _blog_post_author(ev.text) or (ev.byline if labelled else None)
        if byline is not None and byline.authors:
            _add_byline(header, byline, ev.unit.line)
            header.roles[ev.unit.index] = Role.BYLINE
            return


def _blog_post_author(text: str) -> Byline | None:
    """``Posted by Jane Doe on …``, ``… on May 3, 2021 by Jane Doe.``: the author a blog's post line names."""
    posted = BLOG_POST_AUTHOR.search(text) if BLOG_POST_LINE.match(text) else None
    return read_byline("By " + posted.group("name"), prefixed_only=True) if posted else None


def _read_labelled_date_below(body: list[Evidence], header: Header, file: str, dayfirst: bool) -> None:
    """No date above the body: a labelled date line further down (``Published May 3, 2021``)."""
    for ev in body:
        line = ev.date_line
        labelled = re.search(r"(?i)published|posted|first", ev.text)
        if line is not None and line.published and labelled and (not line.rest or BLOG_POST_LINE.match(ev.text)):
            header.date = Field(raw=line.published.raw, value=line.published.iso, line=ev.unit.line)
            _set_time(header, line.published, ev.unit.line)
            header.roles[ev.unit.index] = Role.DATE
            return
