"""The reader's words and patterns, in one place: labels, bylines, agencies, photos and videos
(page furniture has its own module, ``furniture``).

What a pasted news page holds besides the article follows a small vocabulary shared by most
sites: field labels ("Published", "Updated", "Photo:"), byline words ("By", "Staff Writer"),
agency names, and the controls of widgets and boxes ("Share this", "Image 1 of 8"). Each
list below is written from that general vocabulary, never from any one site's wording.
"""

from __future__ import annotations

import re

from ..dates import MONTH

# --- header labels ----------------------------------------------------------------------------

PUBLISHED_LABELS = (
    "published",
    "posted",
    "first published",
    "written",
    "online",
    "date",
    "created",
    "as of",
    "released",
    "published date",
    "publish date",
    "publication date",
    "date published",
)
"""Labels of the publication date (a date line that says one of these is the one that counts)."""
UPDATED_LABELS = (
    "updated",
    "last updated",
    "last modified",
    "modified",
    "edited",
    "revised",
    "modified date",
    "updated date",
    "update date",
    "date modified",
)
"""Labels of a later date: used only when the page gives no publication date."""
DATE_LABEL = re.compile(
    r"\b(?P<label>"
    + "|".join(sorted((*PUBLISHED_LABELS, *UPDATED_LABELS), key=len, reverse=True)).replace(" ", r"\s+")
    + r")\b\s*(?:on|at)?\s*[:\-–—|]?\s*",
    re.IGNORECASE,
)
RELATIVE_DATE = re.compile(
    r"\b(?:(?:\d+|an?|one|two|three|few)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago"
    r"|\d+\s?(?:s|m|h|d|w|mins?|hrs?)\s+ago"
    r"|just now|yesterday|today)\b",
    re.IGNORECASE,
)
BLOG_POST_LINE = re.compile(
    r"^(?:this\s+(?:entry|post)\s+was\s+|on\s+behalf\s+of\s+.{1,80}?\s+)?posted\s+(?:by|in|on|under)\b", re.IGNORECASE
)
"""The line a blog platform prints above or under a post ("Posted by X in News on …", "This entry
was posted in Crime and tagged courts on … by X.", "On behalf of X posted in Y on …"): a date
line however many words of author, category and tags it holds."""
BLOG_POST_AUTHOR = re.compile(r"\bby\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})")
"""``… posted in News on May 3, 2021 by Jane Doe``: the author a blog's post line names."""
DATE_LINE_JOINERS = frozenset(
    "on at by and of the in am pm a.m. p.m. from via hrs hours local time min read last first".split()
)
"""Lower-case words a date line holds besides its dates ("Posted on …", "… at 4:02 pm"); other
lower-case words ("checked herself in") make it a sentence that names a date."""
TIME_ZONE_WORDS = frozenset(
    "GMT UTC BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT HST AKST IST JST KST AEST AEDT SAST WAT EAT".split()
)
CLOCK_ZONE_WORDS = TIME_ZONE_WORDS | frozenset("ET CT MT PT AKDT HDT NZST NZDT ACST AWST HKT SGT PKT MSK WIB".split())
"""Zones a clock time may name: the words above, and the short zones (``ET``) that only count
written in capitals right after a time (a line's rest keeps them: "et" is a word elsewhere)."""
CLOCK_WORDS = TIME_ZONE_WORDS | frozenset({"HRS"})
"""Words a date line holds as its clock's, not as the rest of the line: the zones above and the
``hrs`` of a 24-hour time (``Tue Jul 02 2013, 14:58 hrs``)."""
_CLOCK_ZONE = (
    r"(?:"
    + "|".join(sorted(CLOCK_ZONE_WORDS, key=len, reverse=True))
    + r")(?:[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?)?(?![\w+-])"
    + r"|[+-](?:[01]\d|2[0-3]):?[0-5]\d(?!\d)|Z(?!\w)"
)
_AM_PM = r"[AaPp]\.?\s?[Mm](?:\b|(?=[A-Z]{2,5}\b))\.?"
"""``PM``, ``a.m.``, ``pm`` (and ``PM`` glued to its zone, ``9:30 PMEST``)."""
CLOCK_TIME = re.compile(
    r"(?:(?<=\dT)|(?<=\d T)|(?<![\w:.]))(?:"
    r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:[:.][0-5]\d(?:\.\d{1,9})?)?(?![.:]?\d)"
    r"(?:\s{0,2}(?P<meridiem>" + _AM_PM + r"))?"
    r"|(?P<bare_hour>1[0-2]|0?[1-9])\s?(?P<bare_meridiem>" + _AM_PM + r")"
    r"|(?P<four_digits>(?:[01]\d|2[0-3])[0-5]\d)"
    r"(?=\s{1,2}\(?(?:GMT|UTC)\b|(?<=\(\d{4})\s{1,2}(?:" + _CLOCK_ZONE + r")\))"
    r")(?:\s{0,2}\(?(?P<zone>" + _CLOCK_ZONE + r")\)?)?"
)
"""A clock time as date lines print it: ``9:46 PM CDT``, ``10:50AM``, ``06:03 p.m. ET``, ``14:05 GMT``,
``18.42``, ``21:21:50``, ``5 pm``, ``1909 GMT (0309 HKT)``, the ``18:42:00Z`` (or ``18:42:00.123Z``) of a
machine's stamp, ``+0100``.
The zone, if any, is a known abbreviation (in capitals) or an offset. Four digits are a time only
before ``GMT``/``UTC`` or as a bracketed second clock (``(0309 HKT)``): elsewhere four digits before a
capitalised word are a year ("2019 CNN"); a year inside a date the date reader keeps. Every repeat
is bounded."""
WEEKDAYS = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\b\.?", re.IGNORECASE
)

# --- bylines ----------------------------------------------------------------------------------

BYLINE_PREFIX = re.compile(
    r"^(?:(?:(?:analysis|article|story|words|text|report|reporting|written|opinion|commentary)\s+)?by\b|authors?\s*:)[\s:]*",
    re.IGNORECASE,
)
"""``By``, ``by``, ``Analysis by``, ``Article by``, ``Written by``, ``Author:``: what opens a byline."""
BYLINE_ROLE_WORDS = frozenset(
    """writer reporter correspondent editor editors columnist contributor contributing staff bureau chief producer
    analyst presenter anchor journalist photographer photojournalist intern desk team special senior political
    national international foreign economics business science health sports entertainment investigative
    at-large editor-at-large""".split()
)
"""Words of a byline's job description (``AP Chief Science Writer``, ``News reporter``)."""
HOUSE_BYLINES = re.compile(
    r"^(?:staff(?:\s+(?:reports?|writers?|and\s+wire\s+reports?))?|[A-Z]{2,6}\s+staff|[a-z]+\s+desk|wire\s+reports?"
    r"|(?:news\s+)?wires)$",
    re.IGNORECASE,
)
"""A newsroom byline naming no person (``Staff Reports``, ``HNN Staff``, ``City Desk``, ``NEWS WIRES``)."""
HANDLE = re.compile(r"@[A-Za-z0-9_]*?\d(?=[A-Z][a-z])|@[A-Za-z0-9_]{2,30}")
"""A social-media handle; one ending in digits ends there when a name is glued on (``@ann28Daniel``)."""
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\[email\s*protected\]", re.IGNORECASE)
PHONE = re.compile(r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")
FOLLOW = re.compile(r"\bFollow\b.*$")
CONTRIBUTORS_CLAUSE = re.compile(
    r"[,;]?\s*\b(?:with\s+)?(?:additional\s+)?(?:reporting|writing|research)\s+(?:by|from)\b", re.IGNORECASE
)
"""Where a byline turns to its contributors (``By Ana Ross, with reporting by Tom Lee``): the
authors are the names before it."""
BYLINE_OPENING = re.compile(
    r"^(?:(?:(?:analysis|article|story|words|written|opinion)\s+)?by\b|authors?\s*:)", re.IGNORECASE
)
"""How a byline line opens: ``By``, ``Analysis by``, ``Author:``."""
EMBEDDED_POST_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?P<date>[^()\n]{6,40})$")
"""An embedded post's signature: ``— The Senate (@TheSenate) October 9, 2018``."""
NAME_PARTICLES = frozenset(
    "de da del della di van von der den la le al el bin ibn abu du dos das ter ten st st.".split()
)

NAME_TOKEN_INNER = frozenset("'’.-")


def is_name_token(token: str) -> bool:
    """``Maria``, ``W.``, ``O'Mahony``, ``Ángel``, ``JOHN``: a capital letter, then letters,
    apostrophes, dots and hyphens (any script's letters, not only ASCII)."""
    return (
        len(token) >= 1
        and token[0].isupper()
        and token[0].isalpha()
        and all(ch.isalpha() or ch in NAME_TOKEN_INNER for ch in token[1:])
    )


# --- agencies and outlets ----------------------------------------------------------------------

WIRE_AGENCIES = {
    # name as written (case-insensitive) -> the agency's usual name
    "ap": "AP",
    "associated press": "Associated Press",
    "the associated press": "The Associated Press",
    "afp": "AFP",
    "agence france-presse": "Agence France-Presse",
    "reuters": "Reuters",
    "thomson reuters": "Thomson Reuters",
    "epa": "EPA",
    "epa-efe": "EPA-EFE",
    "efe": "EFE",
    "dpa": "dpa",
    "ansa": "ANSA",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "itar-tass": "ITAR-TASS",
    "ria novosti": "RIA Novosti",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo News",
    "jiji": "JIJI",
    "jiji press": "Jiji Press",
    "yonhap": "Yonhap",
    "yonhap news": "Yonhap",
    "yonhap news agency": "Yonhap",
    "pti": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "upi": "UPI",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu Agency",
    "sana": "SANA",
    "irna": "IRNA",
    "wafa": "WAFA",
    "bloomberg": "Bloomberg",
    "getty": "Getty",
    "getty images": "Getty Images",
    "sipa": "SIPA",
    "sipa press": "Sipa Press",
    "zuma": "ZUMA",
    "zuma press": "ZUMA Press",
    "polaris": "Polaris",
    "redux": "Redux",
    "shutterstock": "Shutterstock",
    "alamy": "Alamy",
    "pa": "PA",
    "pa media": "PA Media",
    "press association": "Press Association",
    "aap": "AAP",
    "cp": "CP",
    "the canadian press": "The Canadian Press",
    "canadian press": "The Canadian Press",
    "abaca": "ABACA",
    "news agencies": "News agencies",
    "agencies": "Agencies",
    "wires": "Wires",
    "picture alliance": "picture alliance",
    "picture-alliance": "picture-alliance",
    "spa": "SPA",
    "wam": "WAM",
    "mena": "MENA",
    "qna": "QNA",
    "bernama": "Bernama",
    "antara": "Antara",
    "ukrinform": "Ukrinform",
    "interfax": "Interfax",
    "europa press": "Europa Press",
    "belga": "Belga",
    "anp": "ANP",
    "ntb": "NTB",
    "ritzau": "Ritzau",
    "lehtikuva": "Lehtikuva",
    "pap": "PAP",
    "ctk": "CTK",
    "mti": "MTI",
    "hina": "HINA",
    "ana-mpa": "ANA-MPA",
    "dha": "DHA",
    "iha": "IHA",
    "imago": "IMAGO",
    "nurphoto": "NurPhoto",
}
"""Wire and picture agencies: credited for photos and wire copy, never the outlet that published."""
MEDIA_HEADS = frozenset(
    """news times post herald tribune journal telegraph guardian independent observer gazette chronicle express
    mail mirror sun star today daily weekly standard examiner inquirer record review press tv television radio
    network channel magazine online broadcasting media""".split()
)
"""Last words of an outlet's name (``Fox News``, ``The Washington Post``, ``USA TODAY``)."""

# --- photos and videos -------------------------------------------------------------------------

CREDIT_LABEL = re.compile(
    r"^(?:©\s*|\(c\)\s*|copyright\s+|credit(?:s)?\s*(?:\.{2,}|…|:)?\s*|(?-i:[A-Z]{2,5}\s+)?photo(?:graph)?s?\s*(?:by|:)\s*"
    r"|pics?\s*:\s*|image(?:s)?\s*(?:by|:|source,?)\s*"
    r"|(?:left|right|top|bottom|main|lead)\s+image\s*:\s*|pictures?\s*(?:by|:)\s*|picture\s+credit\s*:?\s*|source\s*:\s*"
    r"|provided\s+by\s+|courtesy(?:\s+of)?\s+|care\s+of\s+)",
    re.IGNORECASE,
)
"""What opens a credit: ``Photo:``, ``Photograph:``, ``Credit...``, ``©``, ``Image source,``."""
PICTURE_CREDIT_LABEL = re.compile(r"^(?:©|\(c\)|copyright\b|image source\b|picture:)", re.IGNORECASE)
"""How a picture with no caption is credited (``Copyright Euronews``, ``© AFP``, ``Image source, EPA``)."""
PHOTO_CREDIT_LABEL = re.compile(r"^(?:photo(?:graph)?|foto|image)\s*(?:by\b|:)", re.IGNORECASE)
"""``Photo by X / AFP``, ``Photo: X``: a credit label that captioned photos carry too, so only a
lede's length says the prose under it is no caption."""
CAPTION_LABEL = re.compile(
    r"^(?:(?:image|photo|picture|file photo|pictured|above|top|caption|image caption|photo caption)\s*:"
    r"|(?:image|photo) caption\s*,)\s*",
    re.IGNORECASE,
)
"""What opens a caption (``Image: The new coach has...``, ``FILE PHOTO: Dock workers unload...``,
``Image caption, Trees were …``)."""
SCREEN_READER_CAPTION_LABEL = re.compile(
    r"^(?:image|photo|picture|caption|image caption|photo caption)\s*[:,]\s*", re.IGNORECASE
)
"""A caption label that only says "this is a caption": dropped from the caption (``FILE PHOTO:``
says more and stays)."""
MEDIA_LABEL_LINES = frozenset(
    {
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "video",
        "videos",
        "gallery",
        "watch",
        "play video",
        "video ad feedback",
    }
)
"""A line that is only this labels the media that follows it (a photo's or a video's caption)."""
VIDEO_PREFIX = re.compile(
    r"^\s*(?:WATCH|VIDEO|Watch|Video|Media caption|Video caption|Play video)\s*[:\-–—,]\s*(?P<text>.+)$"
)
RELATED_PREFIX = re.compile(
    r"^\s*(?:READ MORE|RELATED|MORE|SEE ALSO|ALSO READ|READ ALSO|Read more|Related|See also|Also read|Read also"
    r"|More on this)\s*:\s*(?P<text>.+)$"
)
PAST_TENSE_VERB = re.compile(
    r"\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )(?<!has )(?<!have )(?<!had )(?<!the )(?<!a )(?<!an )"
    r"(?:[a-z]{3,}ed|said|told|took|went|came|gave|made|met|saw|spoke|rose|fell|left|led|won|lost|fled|held|sent"
    r"|struck|shot|brought|fought|sought|began|broke|drove|flew|threw|wrote|took|stood|became)\b"
)
"""A verb in the simple past ("stormed", "pledged", "said", "told", "took"): how a news video's
blurb tells its story (a verb after an auxiliary or an article is a passive or an adjective)."""
PRESENT_CAPTION_WORDS = re.compile(
    r"\b(?:is|are|walks|stands|sits|looks|speaks|arrives|gathers?|attends?|holds?|waits?)\b"
)
"""What photo captions are written with: the present tense of the moment the picture shows."""
PLACEMENT_WORDS = re.compile(
    r"\b(?:left|right|centre|center|top|bottom|pictured|foreground|background)\b", re.IGNORECASE
)
"""Words a caption uses to point at people in the picture (``Mark Esper, left, and ...``)."""
SET_OFF_PLACEMENT = re.compile(
    r"[,(]\s*(?:(?:second|third)\s+from\s+)?(?:left|right|centre|center|top|bottom)\s*[,)]"
    r"|\bpictured\b|\bin the (?:foreground|background)\b",
    re.IGNORECASE,
)
"""A placement as only a caption writes it, set off by commas or brackets (``X, left, and Y``,
``(second from right)``), not the verb of a lede ("which had left hundreds")."""
MONTH_DAY_AT_END = re.compile(r"\b" + MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?\.?\s*$")
