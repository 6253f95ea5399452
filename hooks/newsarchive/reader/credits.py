"""Photo credits: found wherever a page puts them, and split as a picture desk reads them.

A credit stands on its own line (``Erik De Castro/Reuters``, ``Michael Conroy, AP``,
``Natalie Naccache | Bloomberg | Getty Images``), closes its caption (``… near the border.
Karim Haddad / Reuters file``, ``… [File: Reuters]``, ``… (AP Photo/Jane Roe)``), or is glued to it
(``…last week.Credit...Anna Moneymaker/The New York Times``, ``…Timothy WeeksAP``). Each finder
below is a named rule, tried in order; ``split_credit`` then names the photographer, the agency
and the distributors.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Credit
from .words import CREDIT_LABEL, NAME_PARTICLES, WIRE_AGENCIES, is_name_token

MAX_CREDIT_WORDS = 12
MAX_PERSON_WORDS = 4
"""A photographer's name: "Erik De Castro" has three words; five are a headline's."""
"""A credit line is short: the longest seen names three photographers and two agencies."""
ORGANISATION_WORDS = frozenset(
    """press news images image photo photos pictures picture agency agence tv television radio times post herald
    tribune journal telegraph guardian independent observer media network service services handout pool wire
    foundation ministry office group inc ltd llc corp company studio studios archive archives collection library
    museum institute university satellite maxar airbus planet digitalglobe registry department administration
    agency police army navy force forces government council commission nasa esa noaa staff""".split()
)
"""Words that make a credit part an organisation rather than a person."""
ORGANISATION_JOINERS = frozenset({"the", "of", "and", "for", "de", "la"})
ROLE_PREFIX = re.compile(
    r"^(?:distribution|distributed by|handout(?: from)?|courtesy(?: of)?|provided by|photo by|photos by|by)\s+",
    re.IGNORECASE,
)
FILE_MARK = re.compile(r"(?:,\s*|\s+)(?:file(?:\s+photo)?|archive|handout)\s*$", re.IGNORECASE)
"""``NASA via AP, File``: the picture is from the archive; not a part of the credit's names."""
VIA = re.compile(r",?\s+via\s+", re.IGNORECASE)
FOR_CLIENT = re.compile(r"\s+for\s+(?P<client>(?:the\s+)?[A-Z][\w&.' -]*)$")
PARTS = re.compile(r"\s*(?:/|\|)\s*|\s+[—–]\s+")
AP_PHOTO = re.compile(r"^(?P<agency>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?) Photos?$")
MIDDLE_INITIAL = re.compile(r"^[A-Z]\.$")
"""``Chang W. Lee``: an initial is part of a name; ``AP`` is not."""
PLACEMENT = re.compile(r",\s*(?:left|right|centre|center|top|bottom|above|below)\b,?", re.IGNORECASE)
"""``Richard Shotwell, left, and …``: where a person stands, set off by commas."""
FINAL_PUNCTUATION = re.compile(r"""[.!?:;]['"”’)\]]*$""")
BRACKETED_AT_END = re.compile(r"^(?P<caption>.*\S)\s*[(\[](?P<credit>[^()\[\]]{2,90})[)\]]\s*\.?$", re.DOTALL)
LABELLED_IN_TEXT = re.compile(
    r"(?P<sep>(?<=[.!?'\"”’)])\s*|\s+|(?<=[a-z])(?=Credit))(?P<credit>(?:Credit(?:s)?\s*(?:\.{2,}|…|:)?|Photo(?:graph)?s?\s*(?:by|:)|Image(?:s)?\s*(?:by|:|source,?)"
    r"|Picture(?:s)?\s*(?:by|:)|Pics?\s*:|(?:[A-Z]{2,5}\s+)?PHOTOS?\s*:|Copyright\s+|©)\s*[A-ZÀ-ÖØ-Þ(][^\n]{1,100})$"
)
AFTER_LAST_SENTENCE = re.compile(r"^(?P<caption>.*[.!?'\"”’)])\s+(?P<credit>[A-Z][^.!?]{2,100})$", re.DOTALL)
REPEATED_CREDIT_WORD = re.compile(r"^(?:Credit)+(?=[A-ZÀ-ÖØ-Þ])")
"""``CreditCreditJane Roe/…``: a page's credit label, doubled and run into the name."""
GENERIC_SUFFIX = re.compile(r"\s+-\s+(?:contributors?|stringer|pool|handout|staff)$", re.IGNORECASE)
GENERIC_PARTS = frozenset({"contributor", "contributors", "stringer", "pool", "handout", "file", "staff"})
"""Words that stand where a name is not given (``Getty - Contributor``): no part of the credit."""
SOURCE_KIND = (
    r"(?:Submitted|Contributed|Courtesy|Staff|File|Handout|Provided|Supplied|Family|Police|Special)"
    r"\s+(?:photo|image|picture|photograph)s?"
)
SOURCE_KIND_CREDIT = re.compile(rf"^{SOURCE_KIND}$", re.IGNORECASE)
"""``Submitted photo``: where the picture came from, with no name; a whole credit all the same."""
SOURCE_KIND_AT_END = re.compile(rf"^(?P<caption>.*\S)\s+(?P<credit>{SOURCE_KIND})$")
VIA_SOURCE_MAX_WORDS = 7
"""``New York State Sex Offender Registry via AP``: the source before ``via`` may be a long name."""
WEB_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|co\.uk|io)")
LEADING_COPYRIGHT = re.compile(
    r"^©\s*(?P<credit>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)?)\s+(?P<caption>[A-Z\"“'‘(].{15,})$", re.DOTALL
)
CAPTION_BEFORE_BAR_MIN_WORDS = 3
"""A caption before ``| credit`` has a few words at least (a menu's ``Home | News`` has not)."""
AGENCY_AFTER_SENTENCE = re.compile(
    r"^(?P<caption>.*[.!?'\"”’])\s+(?P<credit>\([A-Z][A-Za-z-]{1,15}\)|[A-Z][A-Za-z-]{1,15}(?: [A-Z][a-z]+)?)$",
    re.DOTALL,
)
BARE_AGENCY_CAPTION_MAX_WORDS = 20
"""A caption closed by an agency's bare name is a sentence (9-12 words in the cases written); a
longer line so closed is a paragraph with the wire's sign-off (a 30-word one in the real pages)."""
BRACKETED_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
"""``(SPA)``, ``(WAM)``: a national news agency's acronym in brackets closing a caption."""
ORGANISATION_LABEL = re.compile(r"^(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*:\s*(?P<name>[^:]{3,60})$")
"""``(ABC News: Jane Roe)``, ``(Reuters: Tom Ross)``: the organisation, then the photographer."""
GLUED_AGENCY = re.compile(r"(?<=[a-z])(?P<agency>AP|AFP|EPA|Reuters|REUTERS|Getty Images|Xinhua|Bloomberg)$")


def is_credit(text: str) -> bool:
    """Does this text read as a credit and nothing else?"""
    text = text.strip()
    words = text.split()
    if (
        not words
        or len(words) > MAX_CREDIT_WORDS
        or FINAL_PUNCTUATION.search(text.rstrip(")]"))
        and not text.endswith((")", "]"))
    ):
        return False
    if SOURCE_KIND_CREDIT.match(text):
        return True
    labelled = CREDIT_LABEL.match(text)
    body = text[labelled.end() :].strip() if labelled else text
    if not body or text.lower().startswith("source"):
        return False  # "Source: Ministry of Defence": where facts come from, not who took a photo
    if labelled:
        # "Image: The new coach has signed …" is a caption; "Image: Jo Roe/dpa/picture alliance" a credit.
        return _mostly_capitalised(body) or is_credit(body)
    if body.lower() in WIRE_AGENCIES or body.lower().removesuffix(" images") in WIRE_AGENCIES or AP_PHOTO.match(body):
        return True
    parts = [p for p in PARTS.split(VIA.split(FILE_MARK.sub("", body))[0]) if p.strip()]
    if len(parts) >= 2 and all(_is_credit_part(p) for p in parts):
        return True
    via = VIA.split(FILE_MARK.sub("", body))
    if len(via) == 2 and _is_credit_part(via[1]) and _capitalised_words(via[0], most=VIA_SOURCE_MAX_WORDS):
        return True  # "SpaceX via NASA", "Ronahi TV, via AP"
    person, _, organisation = FILE_MARK.sub("", body).partition(",")
    return bool(organisation) and is_person_name(person.strip()) and _is_organisation(organisation.strip())


def _mostly_capitalised(text: str) -> bool:
    """Names and organisations: lower-case words are few, and only joiners (``via``, ``for``…)."""
    words = [w for w in re.split(r"[\s/|,]+", text) if w]
    lower = [w for w in words if w[:1].islower() and w.lower() not in CREDIT_JOINERS]
    return bool(words) and len(lower) <= len(words) // 4


CREDIT_JOINERS = frozenset(
    {"via", "for", "and", "of", "the", "by", "de", "la", "le", "van", "von", "al", "el", "provided", "file"}
)


def _capitalised_words(text: str, most: int = 5) -> bool:
    words = text.strip(" ,").split()
    return 1 <= len(words) <= most and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in ORGANISATION_JOINERS for w in words
    )


def _is_credit_part(part: str) -> bool:
    part = part.strip(" ,")
    return bool(part) and (is_person_name(part) or _is_organisation(part) or part.lower() in WIRE_AGENCIES)


def _is_organisation(text: str) -> bool:
    words = text.replace("-", " ").split()
    if not words or len(words) > 6:
        return False
    if text.lower() in WIRE_AGENCIES or text.lower().removesuffix(" images") in WIRE_AGENCIES:
        return True
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ORGANISATION_JOINERS for w in words)
    return capitalised and (any(w.lower().strip(".") in ORGANISATION_WORDS for w in words) or text.isupper())


def is_person_name(text: str, shouted_ok: bool = False) -> bool:
    """Two to four name words. ``shouted_ok``: a name set in capitals may hold a three-letter word
    ("TOM ROSS"), which is allowed only once the text is known to be a credit (a shouted headline,
    "OWLS TOP FOXES, 3-1", would otherwise read as a person and an organisation)."""
    tokens = PLACEMENT.sub("", text).split()
    if (
        not 2 <= len(tokens) <= MAX_PERSON_WORDS
        or tokens[0].lower() == "the"
        or any(t.endswith(("'s", "’s")) for t in tokens)
    ):
        return False
    if ROLE_PREFIX.match(text) or text.lower() in WIRE_AGENCIES:
        return False
    shouted = shouted_ok and all(t.strip(",").isupper() and len(t.strip(",")) > 1 for t in tokens)
    for token in tokens:
        bare = token.strip(",")
        if not (is_name_token(bare) or bare in NAME_PARTICLES):
            return False
        if bare.isupper() and len(bare) <= 3 and not MIDDLE_INITIAL.match(bare) and not shouted:
            return False  # "AP", "AFP": an agency, not a name (in a name set in capitals, "TOM ROSS", a name's)
        if bare.lower() in ORGANISATION_WORDS or bare.lower() in WIRE_AGENCIES:
            return False
    return True


# --- credits inside a caption's line ----------------------------------------------------------

TrailingRule = Callable[[str], "tuple[str, str] | None"]


def _bracketed(text: str) -> tuple[str, str] | None:
    """``caption [File: Reuters]``, ``caption (Thomas Coex/AFP/Getty Images)``, ``caption (AP)``."""
    match = BRACKETED_AT_END.match(text)
    if match and _credit_inside(match.group("credit")):
        return match.group("caption").strip(), match.group("credit").strip()
    return None


def _organisation_and_photographer(text: str) -> re.Match[str] | None:
    """``ABC News: Jane Roe`` (a credit label such as ``Credit:`` or ``Photo:`` is no organisation)."""
    match = ORGANISATION_LABEL.match(text)
    if match is None or CREDIT_LABEL.match(text) or not is_person_name(match.group("name").strip()):
        return None
    return match


def _credit_inside(text: str) -> bool:
    """Inside brackets a credit may also name its source (``Source: NASA``) or a web address."""
    if _organisation_and_photographer(text.strip()):
        return True  # "(ABC News: Jane Roe)"
    labelled = re.match(r"^(?:file|photo|image|source)\s*:\s*", text.strip(), flags=re.IGNORECASE)
    text = text.strip()[labelled.end() :] if labelled else text.strip()
    if is_credit(text) or text.lower() in WIRE_AGENCIES or WEB_ADDRESS.fullmatch(text):
        return True
    # "(Source: NASA)": after a label, a short organisation's name is a credit ("(UN)" alone is not).
    return labelled is not None and _capitalised_words(text, most=4)


def _labelled(text: str) -> tuple[str, str] | None:
    """``caption. Photo: Jonathan Nackstrand/AFP``, ``caption.Credit...Anna Moneymaker/The New York Times``."""
    match = LABELLED_IN_TEXT.search(text)
    if match and match.start("credit") > 0:
        caption = text[: match.start("credit")].strip().rstrip(" -–—|").strip()  # "… Tuesday. - Copyright X/AP"
        if len(caption.split()) >= 2:
            return caption, match.group("credit").strip()
    return None


def _after_last_sentence(text: str) -> tuple[str, str] | None:
    """``… the capital. Fethi Belaid/AFP/Getty Images``, ``… 2019. REUTERS/Brendan McDermid``."""
    match = AFTER_LAST_SENTENCE.match(text)
    if match and "/" in match.group("credit") or match and "|" in match.group("credit"):
        credit = match.group("credit").strip()
        if is_credit(credit):
            return match.group("caption").strip(), credit
    return None


def _after_pipe(text: str) -> tuple[str, str] | None:
    """``… during a hearing on Tuesday. | Tom Ross/AP Photo``: the credit set off by a bar."""
    caption, bar, credit = text.rpartition(" | ")
    if bar and len(caption.split()) >= CAPTION_BEFORE_BAR_MIN_WORDS and is_credit(credit.strip()):
        return caption.strip(), credit.strip()
    return None


def _agency_after_sentence(text: str) -> tuple[str, str] | None:
    """``… in Congress on Tuesday. EFE``, ``… in the kingdom. (SPA)``: an agency's name alone, or
    a short acronym in brackets, after the caption's last sentence."""
    match = AGENCY_AFTER_SENTENCE.match(text)
    if match is None:
        return None
    credit = match.group("credit")
    bare = credit.strip("()")
    if credit == bare and len(text.split()) > BARE_AGENCY_CAPTION_MAX_WORDS:
        return None  # "… home port by the weekend. PTI": a wire's sign-off closing a paragraph
    if bare.lower() in WIRE_AGENCIES or (credit.startswith("(") and BRACKETED_ACRONYM.match(bare)):
        return match.group("caption").strip(), bare
    return None


def _glued_agency(text: str) -> tuple[str, str] | None:
    """``… his Australian colleague Timothy WeeksAP``: an agency's name run into the last word."""
    match = GLUED_AGENCY.search(text)
    if match and not FINAL_PUNCTUATION.search(text[: match.start()]):
        return text[: match.start()].strip(), match.group("agency")
    return None


def _leading_copyright(text: str) -> tuple[str, str] | None:
    """``© Jane Roe Needle poking skin during …``: the credit opens the caption's line."""
    match = LEADING_COPYRIGHT.match(text)
    if match and len(match.group("caption").split()) >= 4:
        return match.group("caption").strip(), "© " + match.group("credit")
    return None


def _source_kind(text: str) -> tuple[str, str] | None:
    """``Christopher Battin Submitted photo``: a caption (often a name alone) and where it came from."""
    match = SOURCE_KIND_AT_END.match(text)
    return (match.group("caption").strip(), match.group("credit")) if match else None


TRAILING_CREDIT_RULES: tuple[TrailingRule, ...] = (
    _bracketed,
    _labelled,
    _after_last_sentence,
    _after_pipe,
    _agency_after_sentence,
    _glued_agency,
    _leading_copyright,
    _source_kind,
)
"""Where a caption's own line holds its credit, in the order they are tried."""


def split_trailing_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when the line holds its credit, else None. A leading ``©`` credit gives
    way to a fuller credit closing the same caption (``© Getty Images … (Jon Super/Xinhua)``)."""
    for rule in TRAILING_CREDIT_RULES:
        found = rule(text)
        if found is not None:
            caption = found[0]
            again = _bracketed(caption)  # "… (Photo by Jon Super/Xinhua via Getty) (Xinhua/Jon Super…)"
            caption = again[0] if again else caption
            leading = _leading_copyright(caption) if rule is not _leading_copyright else None
            return (leading[0] if leading else caption), found[1]
    return None


# --- splitting a credit -----------------------------------------------------------------------


def split_credit(raw: str) -> Credit:
    """Photographer, agency and distributors, as a picture desk reads the credit."""
    text = raw.strip().strip("()[]").strip()
    organisation = _organisation_and_photographer(text)
    if organisation:
        # "ABC News: Jane Roe": the outlet's own photographer.
        return Credit(
            raw=raw.strip(), photographer=organisation.group("name").strip(), agency=organisation.group("org")
        )
    text = _strip_labels(text)
    if SOURCE_KIND_CREDIT.match(text):
        return Credit(raw=raw.strip(), photographer=None, agency=None, distributors=())
    text = FILE_MARK.sub("", text).strip(" ,")
    via_parts = VIA.split(text, maxsplit=1)
    main, via = via_parts[0].strip(" ,"), (via_parts[1].strip(" ,") if len(via_parts) > 1 else None)
    client = FOR_CLIENT.search(main)
    main_for_client = main[: client.start()].strip() if client else main
    parts = [
        part.strip(" ,")
        for part in PARTS.split(main_for_client)
        if part.strip(" ,") and part.strip(" ,").lower() not in GENERIC_PARTS
    ]
    photographer, organisations = _people_and_organisations(parts)
    if client and photographer and not organisations:
        organisations = [client.group("client").strip()]  # "Jane Roe for the Observer"
    agency = organisations[0] if organisations else None
    distributors = tuple(organisations[1:]) + ((via,) if via else ())
    return Credit(raw=raw.strip(), photographer=photographer, agency=agency, distributors=distributors)


def _strip_labels(text: str) -> str:
    """``© Provided by X Photograph: Jane Roe/AFP``: the credit proper follows the last label."""
    text = GENERIC_SUFFIX.sub("", REPEATED_CREDIT_WORD.sub("", text))
    last = None
    for match in re.finditer(
        r"(?:photo(?:graph)?s?\s*(?:by|:)|pics?\s*:|credit(?:s)?\s*(?:\.{2,}|…|:)|image(?:s)?\s*(?:by|:|source,?)|file\s*:|©)\s*",
        text,
        re.IGNORECASE,
    ):
        last = match
    if last is not None and last.end() < len(text):
        return text[last.end() :].strip()
    labelled = CREDIT_LABEL.match(text)
    return text[labelled.end() :].strip() if labelled else text


def _people_and_organisations(parts: list[str]) -> tuple[str | None, list[str]]:
    photographer: str | None = None
    organisations: list[str] = []
    for part in parts:
        ap_style = AP_PHOTO.match(part)
        people = _people(part)
        if ap_style:
            organisations.append(ap_style.group("agency"))
        elif photographer is None and people:
            photographer = people
        elif photographer is None and "," in part and not organisations:
            name, _, organisation = part.partition(",")
            if is_person_name(name.strip()):
                photographer = name.strip()
                organisations.append(_agency_name(organisation.strip()))
            else:
                organisations.append(_agency_name(part))
        else:
            organisations.append(_agency_name(ROLE_PREFIX.sub("", part).strip()))
    return photographer, organisations


def _people(part: str) -> str | None:
    """One photographer, or several (``Richard Shotwell, left, and Mark Von Holden``)."""
    cleaned = PLACEMENT.sub("", ROLE_PREFIX.sub("", part)).strip(" ,")
    names = [n.strip(" ,") for n in re.split(r"\s*,\s*|\s+and\s+", cleaned) if n.strip(" ,")]
    if names and all(is_person_name(n, shouted_ok=True) for n in names):
        return " and ".join(names)
    return None


def _agency_name(text: str) -> str:
    """A known agency goes by its usual name however it is written (``REUTERS``, ``YONHAP News``)."""
    return WIRE_AGENCIES.get(text.lower(), text)
