"""Bylines as pages print them: who wrote the article, and what else the line says.

``By MARIA SANTOS, JOHN HOLLAND and PRIYA NAIR``, ``Piet Hendriks Associated Press``,
``Lena Varga, AP Chief Science Writer``, ``By Tom Ross | Evening Post``,
``Anu Rao @anuwrites``, ``By Jane Roe@janeroe22Carl Hoff``. A byline is read
into the people (or the agency, when the byline is one), a job description, an agency and an
outlet; a date glued on is cut off by the caller (``datelines``) before this module sees it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates import MONTH
from .datelines import unglue
from .words import (
    BYLINE_PREFIX,
    BYLINE_ROLE_WORDS,
    CONTRIBUTORS_CLAUSE,
    DATE_LABEL,
    EMAIL,
    FOLLOW,
    HANDLE,
    HOUSE_BYLINES,
    MEDIA_HEADS,
    NAME_PARTICLES,
    PHONE,
    WIRE_AGENCIES,
    is_name_token,
)

NAME_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|\bwith\b|&|\||/)\s*")
"""Between the people and agencies of a byline (``Jane Roe with AFP``, ``X and agencies``)."""
SEGMENT_SEPARATORS = re.compile(r"\s+[|•·]\s+|\s*\|\s*|\s+[-–—]\s+|\s+[-–—]$")
MONTH_OR_TIME = re.compile(r"\s(?=" + MONTH + r"\s+\d|\d{1,2}[:.]\d{2}\b)")
"""Where a date glued to a byline begins, even one without a year (``… March 18 at 3:57 PM``)."""
INITIALS_IN_BRACKETS = re.compile(r"\s*\([a-z]{1,4}(?:/[a-z]{1,4})*\)\s*$")
"""``Julia Hitz (eg)``: the editor's initials after the author's name."""
TRAILING_FILLER = re.compile(r"(?:\s+(?:on|at|in|for|published|updated|posted))+\s*$", re.IGNORECASE)
RARE_NAME_ZIPF = 5.2
"""wordfreq Zipf frequency below which a word may be a name's: a person's name holds at least
one ("Davies" 3.5, "Kevin" 4.6, "Johnson" 4.6); a label made only of very common words
("Related Topics": "related" 5.3) holds none. Context does the rest: tags under a box label and
section lines above the headline are never read as bylines."""
MAX_NAME_WORDS = 4
MAX_BYLINE_CHARS = 400
"""No byline is longer: three authors with roles, handles, an outlet and a glued date run to about
200 characters. A longer line (a paragraph) is not read as one, which keeps the byline rules'
patterns from ever running over a whole paragraph."""
MAX_ROLE_WORDS = 6
MAX_OUTLET_WORDS = 5
"""The longest outlet name a byline carries ("Evening Post News Weekly" is four)."""
MAX_GLUED_TAIL_WORDS = max(MAX_ROLE_WORDS, MAX_OUTLET_WORDS, *(len(name.split()) for name in WIRE_AGENCIES))
"""The longest thing glued after a name (a job, an outlet, an agency): a byline piece is only
cut that near its end, which keeps a pasted paragraph read as a byline candidate linear."""
HEADLINE_WORDS = frozenset(
    "but with and or of in on at to for from as the a an is are was were will after over into".split()
)
"""Words a title-case headline capitalises that no person's name holds ("But", "With")."""


@dataclass(frozen=True)
class Byline:
    """What a byline line says."""

    raw: str
    authors: tuple[str, ...]
    """The people who wrote it, in order; the agency alone when the byline names no person."""
    role: str | None = None
    """The job description (``AP Chief Science Writer``)."""
    agency: str | None = None
    """A wire agency the byline names (credited, never the outlet)."""
    outlet: str | None = None
    """A publication the byline names after the people (``Fox News`` in ``By X | Fox News``)."""
    house: str | None = None
    """A newsroom byline naming no person (``Staff Reports``)."""
    place: str | None = None
    """Where the author filed from (``Jane Roe in Kyiv``, ``By Anu Rao, New Delhi``)."""


def read_byline(text: str, prefixed_only: bool = False) -> Byline | None:
    """Read a byline; ``None`` when the line is not one. Without ``By`` a line must be nothing
    but names, agencies, roles and handles (``prefixed_only`` refuses such lines)."""
    raw = text.strip()
    if len(raw) > MAX_BYLINE_CHARS:
        return None
    prefix = BYLINE_PREFIX.match(raw)
    if prefix is None and prefixed_only:
        return None
    body = raw[prefix.end() :] if prefix else raw
    body = INITIALS_IN_BRACKETS.sub("", _strip_contacts(unglue(body)))
    body = CONTRIBUTORS_CLAUSE.split(body, maxsplit=1)[0]
    body = TRAILING_FILLER.sub("", DATE_LABEL.split(body, maxsplit=1)[0])
    body = TRAILING_FILLER.sub("", MONTH_OR_TIME.split(body, maxsplit=1)[0]).strip(" ,;:-–—|")
    if not body:
        return None
    if HOUSE_BYLINES.match(body):
        return Byline(raw, (), house=body)
    authors: list[str] = []
    roles: list[str] = []
    agency = outlet = place = None
    for segment in (s for s in SEGMENT_SEPARATORS.split(body) if s.strip()):
        for piece in (p.strip(" .") for p in NAME_SEPARATORS.split(segment) if p.strip(" .")):
            piece, filed_from = _split_filing_place(piece)
            place = place or filed_from
            kind, value, tail = _classify_piece(piece)
            if kind == "name" and authors and _is_place(piece):
                place = place or piece  # "By Anu Rao, New Delhi": where she filed from, not a second author
                continue
            if kind == "name":
                authors.append(value)
            elif kind == "agency":
                agency = agency or value
            elif kind == "outlet":
                outlet = outlet or value
            elif kind == "role":
                roles.append(value)
                agency = agency or _agency_in(value)
                outlet = outlet or _outlet_in(value)
            elif kind == "house":
                return Byline(raw, (), house=value)
            elif _is_organisation(piece) and (agency or (prefix and authors)):
                continue  # another organisation named beside the author (a partner site): not a name
            else:
                return None  # a piece that is none of these: not a byline
            if tail:
                tail_kind, tail_value, _ = _classify_piece(tail)
                if tail_kind == "agency":
                    agency = agency or tail_value
                elif tail_kind == "outlet":
                    outlet = outlet or tail_value
                elif tail_kind == "role":
                    roles.append(tail_value)
    if not authors and agency:
        authors = [agency]
    if not authors:
        return None
    return Byline(raw, tuple(authors), "; ".join(roles) or None, agency, outlet, place=place)


FILED_FROM_MAX_WORDS = 3
"""``in Rio de Janeiro`` after a name: a place of up to three capitalised words (particles aside)."""
ORGANISATION_ARTICLE = re.compile(r"^(?:Le|La|Les|El|Il|Der|Die|Das)\s+[A-ZÀ-Þ][\w'’-]+$")
"""Two words, the first a Romance or German article: an outlet's name (a person's name opens with
a given name; particles such as "de" or "al" do open some, so they are not listed)."""
FOR_CLIENT = re.compile(r"^(?P<name>.{3,60}?)\s+(?:for|FOR)\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}$")
"""``JANE ROE FOR MAILONLINE``, ``Jane Roe for The Daily Ledger``: the name, and the outlet (up to four
capitalised words) the reporter wrote for, which is not the page's outlet (a partner or a sister site)."""


def outlet_and_place(text: str) -> str | None:
    """``BBC News, Cardiff``, ``CNN``: a line naming only an outlet (and where), as under a byline."""
    outlet, _, place = text.partition(",")
    outlet, place = outlet.strip(), place.strip()
    if not _is_outlet(outlet) or outlet.lower() in WIRE_AGENCIES:
        return None
    if place and not _is_place(place, alternate=True):
        return None
    return outlet


def _split_filing_place(piece: str) -> tuple[str, str | None]:
    """``Jane Roe in Kyiv`` -> (``Jane Roe``, ``Kyiv``): the name, and where the author filed from.
    ``Jane Roe for MailOnline`` keeps the client as a job description (read by the caller)."""
    name, separator, place = piece.rpartition(" in ")
    words = place.split()
    if (
        separator
        and 1 <= len(words) <= FILED_FROM_MAX_WORDS
        and all(is_name_token(w) or w.lower() in NAME_PARTICLES for w in words)
        and _is_name(name.strip())
        and _is_place(place.strip(), alternate=True)  # "Farmer Paints Barn in National Colours" is a headline
    ):
        return name.strip(), place.strip()
    return piece, None


def _is_place(piece: str, alternate: bool = False) -> bool:
    """A place the gazetteer knows by its own name (or, after "in", by one of its other spellings)."""
    from ..gazetteer import load_gazetteer

    found = load_gazetteer().lookup(piece)
    return found is not None and (alternate or not found.by_alternate_name)


def _strip_contacts(text: str) -> str:
    """Handles, e-mail addresses, phone numbers and "Follow" prompts are not names."""
    text = FOLLOW.sub("", text)
    text = EMAIL.sub(" , ", text)
    text = PHONE.sub(" ", text)
    text = HANDLE.sub(" , ", text)
    return re.sub(r"\s+", " ", text)


def _classify_piece(piece: str) -> tuple[str, str, str]:
    """(kind, value, tail): kind is name, agency, outlet, role, house or other; ``tail`` is an
    organisation or a job glued after a name without a separator (``Piet Hendriks Associated Press``,
    ``Anna Kowalski Foreign correspondent``)."""
    lowered = piece.lower()
    if lowered in WIRE_AGENCIES:
        return "agency", WIRE_AGENCIES[lowered], ""
    if HOUSE_BYLINES.match(piece):
        return "house", piece, ""
    if ORGANISATION_ARTICLE.match(piece):
        return "outlet", piece, ""  # "Le Monde", "El País": an article opens an outlet's name, not a person's
    client = FOR_CLIENT.match(piece)
    if client and _is_name(client.group("name")):
        return "name", _name_case(client.group("name")), ""  # written for a partner site: not its outlet
    name, tail = _split_glued_tail(piece)
    if tail and _is_name(name):
        return "name", _name_case(name), tail
    if _is_outlet(piece):
        return "outlet", piece, ""
    if _is_role(piece):
        return "role", piece, ""
    if _is_name(piece):
        return "name", _name_case(piece), ""
    return "other", piece, ""


def _is_role(text: str) -> bool:
    """A job description ends with its job ("AP Chief Science Writer", "News reporter")."""
    words = text.split()
    return 1 <= len(words) <= MAX_ROLE_WORDS and words[-1].lower().strip(".,") in BYLINE_ROLE_WORDS


def _split_glued_tail(piece: str) -> tuple[str, str]:
    """``Piet Hendriks Associated Press`` -> (``Piet Hendriks``, ``Associated Press``); ``Dana Whitfield USA
    TODAY`` -> (``Dana Whitfield``, ``USA TODAY``); ``Anna Kowalski Foreign correspondent`` -> a job."""
    words = piece.split()
    # "AP Chief Science Writer": the agency opens a job description, not a name, so no cut
    # may leave an agency in the head.
    first_agency = next((i for i, word in enumerate(words) if word.lower() in WIRE_AGENCIES), len(words))
    for cut in range(2, min(len(words), first_agency + 1)):
        if cut <= MAX_OUTLET_WORDS and _is_outlet(" ".join(words[:cut])):
            break  # "Evening Post News Weekly" is one outlet's name, not a person and an outlet
        if len(words) - cut > MAX_GLUED_TAIL_WORDS:
            continue  # too long for any tail: only the cuts near the end are worth joining
        tail = " ".join(words[cut:])
        if tail.lower() in WIRE_AGENCIES or _is_outlet(tail) or (_is_role(tail) and words[cut][:1].isupper()):
            return " ".join(words[:cut]), tail
    return piece, ""


def _is_organisation(text: str) -> bool:
    """Capitalised words that are not a person's name (``The Local``): tolerated beside an author."""
    words = text.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("the", "of", "and") for w in words)


def _is_outlet(text: str) -> bool:
    """An outlet's name: ends with a media word (``Fox News``), or is a broadcaster's acronym (``CNN``)."""
    words = text.split()
    if not 1 <= len(words) <= MAX_OUTLET_WORDS or any(
        not w[:1].isupper() and w.lower() not in ("the", "of") for w in words
    ):
        return False
    if len(words) == 1:
        return words[0].isupper() and 2 <= len(words[0]) <= 5 and words[0].lower() not in WIRE_AGENCIES
    return words[-1].lower().strip(".") in MEDIA_HEADS


def _agency_in(text: str) -> str | None:
    for word in text.split():
        if word.lower() in WIRE_AGENCIES:
            return WIRE_AGENCIES[word.lower()]
    return None


def _outlet_in(text: str) -> str | None:
    first = text.split()[0] if text.split() else ""
    return first if first.isupper() and 2 <= len(first) <= 5 and first.lower() not in WIRE_AGENCIES else None


def _is_name(text: str) -> bool:
    """Two to four name words (``Maria Santos``, ``JOHN HOLLAND``, ``Daniel O'Mahony``), one of
    them no ordinary English word."""
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    if not all(is_name_token(w) or w.lower() in NAME_PARTICLES for w in words):
        return False
    if not is_name_token(words[0]) or not is_name_token(words[-1]) or words[0].lower() == "the":
        return False
    if any(w.lower() in HEADLINE_WORDS for w in words) or any(w.endswith(("'s", "’s")) for w in words):
        return False
    return any(_is_rare_name_word(w) for w in words if w.lower() not in NAME_PARTICLES)


@lru_cache(maxsize=65_536)
def _is_rare_name_word(word: str) -> bool:
    """Rarer than the commonest words: "Davies", "Nour", "Kevin" are; "Related", "Points" are not."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.strip(".'’"), "en") < RARE_NAME_ZIPF


def _name_case(name: str) -> str:
    """``JOHN HOLLAND`` -> ``John Holland``; mixed-case names are kept as written."""
    if not name.isupper():
        return name
    return " ".join(w if w.lower() in NAME_PARTICLES else w.title() for w in name.split())
