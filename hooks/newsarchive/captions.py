"""Photo captions and credits: recognising them in pasted text and reading their metadata.

Agencies print credits in several styles; each reader below is a short chain of named
fallbacks, tried in order, each returning as soon as it has an answer.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .model import Credit, Field

# Words that mark a credit part as an organisation rather than a person.
ORGANISATION_WORDS = frozenset(
    """press news images image photo photos pictures picture agency agence tv television radio times
    post herald tribune journal telegraph guardian independent media network service services
    handout pool wire foundation ministry office group inc ltd llc corp company studio studios
    archive archives collection library museum institute university satellite maxar airbus
    planet digitalglobe""".split()
)
# Single-word or acronym credits that are organisations however they are printed.
WELL_KNOWN_AGENCIES = frozenset(
    """ap afp epa reuters getty redux xinhua anadolu tass itar-tass ansa dpa kyodo yonhap sana
    irna efe upi sipa polaris zuma magnum panos ap/wide""".split()
)
CREDIT_PREFIX = re.compile(r"^(?:photo(?:graph)?s?|image|picture|credit|photo credit|source)\s*:\s*", re.IGNORECASE)
# Words a credit puts before the organisation they describe ("Distribution Airbus DS").
ROLE_PREFIX = re.compile(
    r"^(?:distribution|distributed by|handout(?: from)?|courtesy(?: of)?|provided by|photo by|by)\s+", re.IGNORECASE
)
AP_PHOTO = re.compile(r"^(?P<agency>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?) Photo$")
VIA = re.compile(r",?\s+via\s+", re.IGNORECASE)
TRAILING_PAREN_CREDIT = re.compile(r"^(?P<caption>.*\S)\s*\((?P<credit>[^()]{2,80})\)\s*$", re.DOTALL)
TRAILING_CREDIT_SENTENCE = re.compile(
    r"^(?P<caption>.*[.!?'\"”’])\s+(?P<credit>(?:Photo(?:graph)?|Image|Picture|Credit)\s*:\s*[^.]{2,80})\.?\s*$",
    re.DOTALL,
)
FINAL_PUNCTUATION = re.compile(r"""[.!?:;]['"”’)\]]*$""")
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|del|della|di|van|von|der|den|la|le|al|el|bin|ibn|abu|du|dos)$")
ALL_CAPS = re.compile(r"^[A-Z0-9&]{2,6}$")
MAX_CREDIT_WORDS = 10

# "in Raqqa, Syria, Oct. 17, 2017" / "Syria Oct. 18, 2017": a place of capitalised parts before a date.
PLACE_PART = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al|el|de|of|ez|ad|as|ar))*"
PLACE_BEFORE_DATE = re.compile(
    r"\b(?:in|at|near|outside|of|from|over|on)\s+(?:the\s+)?(?P<place>"
    + PLACE_PART
    + r"(?:,\s+"
    + PLACE_PART
    + r")*),?\s*(?:on\s+)?$"
)
PLACE_HEAD_NOUNS = frozenset(
    """square roundabout bridge dam river mosque church cathedral stadium market camp base airport
    hospital palace tower gate street avenue road park citadel castle fort bazaar port harbour
    harbor station university school building""".split()
)
LEADING_LANDMARK = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}(?P<head>[A-Z][\w'’-]*))(?:\s+(?:roundabout|area|district))?\b"
)
# Aerial and satellite captions name a place and then what the image shows in it.
SHOWING = re.compile(
    r"^(?:(?:Central|Northern|Southern|Eastern|Western|Downtown|Old|East|West|North|South)\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+showing\s+(?P<shown>.+)$"
)
SHOWN_FEATURE = re.compile(
    r"(?:\b(?:the\s+)?(?:city|town|village|area)'s\s+(?P<common>[a-z]+(?:\s+[a-z]+)?)|(?P<proper>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+))"
)
SHOWN_STOP = re.compile(r"\s+in\s+a\s+(?:satellite|aerial|drone)\b|\s+(?:taken|seen|captured)\b")


def is_credit_line(line: str) -> bool:
    """A short line that credits a photo (``Erik De Castro/Reuters``, ``Photo: AP``)."""
    text = line.strip()
    words = text.split()
    if not words or len(words) > MAX_CREDIT_WORDS or FINAL_PUNCTUATION.search(text):
        return False
    if CREDIT_PREFIX.match(text):
        return True
    if "/" in text and all(part.strip()[:1].isupper() for part in text.split("/") if part.strip()):
        return True
    if VIA.search(text) or AP_PHOTO.match(text):
        return True
    return text.lower() in WELL_KNOWN_AGENCIES or text.lower().removesuffix(" images") in WELL_KNOWN_AGENCIES


def split_trailing_credit(text: str) -> tuple[str, str] | None:
    """Split ``caption (Ronahi TV, via AP)`` or ``caption. Photograph: X/Y`` into caption and credit."""
    paren = TRAILING_PAREN_CREDIT.match(text)
    if paren and _looks_like_credit(paren.group("credit")):
        return paren.group("caption").strip(), paren.group("credit").strip()
    sentence = TRAILING_CREDIT_SENTENCE.match(text)
    if sentence:
        return sentence.group("caption").strip(), sentence.group("credit").strip()
    return None


def _looks_like_credit(text: str) -> bool:
    words = text.split()
    if len(words) > MAX_CREDIT_WORDS or FINAL_PUNCTUATION.search(text):
        return False
    if re.search(r"\bphoto\b|\bvia\b|/", text, re.IGNORECASE) or CREDIT_PREFIX.match(text):
        return True
    return any(word.strip(",").lower() in WELL_KNOWN_AGENCIES for word in words)


def split_credit(raw: str) -> Credit:
    """Split a credit into photographer, agency and distributor."""
    text = CREDIT_PREFIX.sub("", raw.strip()).strip()
    via_parts = VIA.split(text, maxsplit=1)
    main, distributor_via = via_parts[0].strip(" ,"), (via_parts[1].strip() if len(via_parts) > 1 else None)
    parts = [part.strip(" ,") for part in main.split("/") if part.strip(" ,")]
    photographer: str | None = None
    organisations: list[str] = []
    for part in parts:
        ap_style = AP_PHOTO.match(part)
        if ap_style:
            organisations.append(ap_style.group("agency"))
        elif photographer is None and _is_person_name(part):
            photographer = part
        else:
            organisations.append(ROLE_PREFIX.sub("", part).strip())
    if (
        photographer is None
        and organisations
        and distributor_via is None
        and len(organisations) == 1
        and "," in organisations[0]
    ):
        # "Name, Agency" without a slash.
        name, _, org = organisations[0].partition(",")
        if _is_person_name(name.strip()):
            photographer, organisations = name.strip(), [org.strip()]
    agency = organisations[0] if organisations else None
    distributors = organisations[1:] + ([distributor_via] if distributor_via else [])
    return Credit(raw=raw.strip(), photographer=photographer, agency=agency, distributors=tuple(distributors))


def _is_person_name(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() == "the":
        return False
    if ROLE_PREFIX.match(text) or text.lower() in WELL_KNOWN_AGENCIES:
        return False
    for token in tokens:
        bare = token.strip(",")
        if not NAME_TOKEN.match(bare) or ALL_CAPS.match(bare) and len(bare) <= 3:
            return False
        if bare.lower() in ORGANISATION_WORDS or bare.lower() in WELL_KNOWN_AGENCIES:
            return False
    return True


def read_caption_date(caption: str, default_year: int | None, dayfirst: bool = False) -> Field:
    """The date a caption states (the last one: captions end with when the picture was taken)."""
    dates = find_dates(caption, default_year, dayfirst)
    if not dates:
        return Field.empty()
    found = dates[-1]
    return Field(raw=found.raw, value=found.iso, inferred=not found.year_stated)


def read_caption_place(caption: str, default_year: int | None = None) -> Field:
    """Where a caption says its picture was taken; ``None`` where it does not say."""
    for reader in (_place_before_date, _place_showing):
        place = reader(caption, default_year)
        if place is not None:
            return place
    return Field.empty()


def _place_before_date(caption: str, default_year: int | None) -> Field | None:
    for found in reversed(find_dates(caption, default_year)):
        sentence_start = max(caption.rfind(". ", 0, found.start) + 1, 0)
        before = caption[sentence_start : found.start]
        match = PLACE_BEFORE_DATE.search(before)
        if not match:
            continue
        place = raw = match.group("place").strip()
        landmark = _leading_landmark(caption[sentence_start:].strip())
        if landmark and landmark not in place:
            place = f"{landmark}, {place}"
        return Field(raw=raw, value=place)
    return None


def _leading_landmark(sentence: str) -> str | None:
    """A named landmark the caption opens with (``Naim Square roundabout following ...``)."""
    match = LEADING_LANDMARK.match(sentence)
    if match and match.group("head").lower() in PLACE_HEAD_NOUNS and match.group("name") != match.group("head"):
        return match.group("name")
    return None


def _place_showing(caption: str, default_year: int | None) -> Field | None:
    """``Central Raqqa showing Naim Square, top left, and the city's stadium in a satellite image``."""
    match = SHOWING.match(caption.strip())
    if not match:
        return None
    shown_text = SHOWN_STOP.split(match.group("shown"), maxsplit=1)[0]
    features = []
    for feature in SHOWN_FEATURE.finditer(shown_text):
        features.append(feature.group("common") or feature.group("proper"))
    place = match.group("place")
    value = f"{place} ({', '.join(features)})" if features else place
    return Field(raw=caption[: match.end("place")].strip(), value=value)
