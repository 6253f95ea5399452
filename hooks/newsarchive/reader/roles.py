"""What each unit of an article is, from its own words: the evidence the assembler weighs.

Every unit is looked at once, on its own, by small named readers (is it furniture, a date
line, a byline, a credit, a caption with its credit, a video or related-story line, prose?).
The assembler (``assemble``) then decides roles with the units' positions and neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .bylines import Byline, read_byline
from .credits import FINAL_PUNCTUATION, is_credit, split_trailing_credit
from .datelines import DateLine, read_date_line
from .furniture import BOX_LABELS, FURNITURE_LINES, FURNITURE_PATTERNS
from .lines import Unit
from .words import (
    CAPTION_LABEL,
    EMBEDDED_POST_SIGNATURE,
    MEDIA_LABEL_LINES,
    PAST_TENSE_VERB,
    PRESENT_CAPTION_WORDS,
    RELATED_PREFIX,
    VIDEO_PREFIX,
    WIRE_AGENCIES,
)


class Role(Enum):
    """What a unit is in the article."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    SECTION = "section label"
    BYLINE = "byline"
    DATE = "date line"
    CREDIT = "photo credit"
    CAPTION = "photo caption"
    VIDEO = "video caption"
    RELATED = "related link"
    SUBHEADING = "subheading"
    BODY = "paragraph"
    FURNITURE = "page furniture"
    LABEL = "media label"
    """A line that only says "Photo" or "Video": what follows is that media's caption."""
    BOX = "box label"
    """"More on this:", "Most read": the short lines after it are links to other stories."""


PROSE_MIN_WORDS = 8
"""A line this long that reads as sentences is prose (body, standfirst or caption)."""
LONG_PROSE_WORDS = 25
"""This many words is prose even without a final full stop (pasted text loses some)."""
HEADLINE_MAX_WORDS = 30
CAPTION_MAX_WORDS = 80
"""A caption is a sentence or two; longer prose ending in a credit is a paragraph."""
COPYRIGHT_CAPTION_MAX_WORDS = 160
"""A line opening with ``©`` is a picture's, however long the agency's caption runs."""
TRAILING_WIDGET = re.compile(r"\s*(?:(?:\.{3}|…)\s*more|\bless|\bmore)\s*$", re.IGNORECASE)
"""Gallery toggles glued to a caption (``… military relations ... more``, ``… nation. less``)."""
GALLERY_COUNTER_PREFIX = re.compile(r"^(?:\d+\s*of\s*\d+|\[\d+\s*/\s*\d+\])\s*[|·•]?\s*(?=[A-Z\"'“])")
"""``1of4Grass Valley's …``, ``1 of 5 | Residents …``, ``[1/3] Dock workers …``: a slideshow's
counter before the caption it numbers."""
DATE_TOKEN = re.compile(r"^\s*date\s*[:=]?\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})\b\s*(?P<rest>.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    """What a unit's own words say it may be."""

    unit: Unit
    text: str
    """The unit's text with gallery toggles and counters removed."""
    furniture: bool = False
    label: str | None = None
    """``photo`` or ``video`` for a media label line."""
    box_label: bool = False
    date_line: DateLine | None = None
    byline: Byline | None = None
    credit: bool = False
    trailing_credit: tuple[str, str] | None = None
    """(caption, credit) when the unit is a caption that ends with its credit."""
    caption_label: bool = False
    gallery_counter: bool = False
    """The line opened with a slideshow's counter (``1of4``): it is a gallery photo's caption."""
    video: str | None = None
    related: str | None = None
    prose: bool = False
    """Reads as sentences: long enough, or ends like a sentence."""
    headline_shape: bool = False
    """Could be a headline: 3-30 words, not ending like a sentence."""
    title_case: float = 0.0
    """Share of its words (short function words aside) that open with a capital."""

    @property
    def words(self) -> int:
        return len(self.text.split())


def read_evidence(unit: Unit, dayfirst: bool = False) -> Evidence:
    untoggled = TRAILING_WIDGET.sub("", unit.text)
    text = GALLERY_COUNTER_PREFIX.sub("", untoggled).strip() or unit.text
    lowered = text.lower().strip(" .:;!|·•-–—")
    if lowered in MEDIA_LABEL_LINES:
        return Evidence(unit, text, label="video" if lowered.startswith(("video", "watch", "play")) else "photo")
    if BOX_LABELS.match(text):
        return Evidence(unit, text, box_label=True)
    if lowered in FURNITURE_LINES or any(p.search(text) for p in FURNITURE_PATTERNS):
        return Evidence(unit, text, furniture=True)
    video = VIDEO_PREFIX.match(text)
    if video:
        return Evidence(unit, text, video=video.group("text").strip())
    related = RELATED_PREFIX.match(text)
    if related:
        return Evidence(unit, text, related=related.group("text").strip())
    words = text.split()
    blurb = wire_video_blurb(text)
    if blurb is not None:
        return Evidence(unit, text, video=blurb)
    ends_sentence = bool(FINAL_PUNCTUATION.search(text)) and not text.endswith(":")
    prose = (len(words) >= PROSE_MIN_WORDS and ends_sentence) or len(words) >= LONG_PROSE_WORDS
    longest = COPYRIGHT_CAPTION_MAX_WORDS if text.startswith("©") else CAPTION_MAX_WORDS
    trailing = split_trailing_credit(text) if len(words) <= longest else None
    credit = is_credit(text)
    return Evidence(
        unit,
        text,
        # An embedded post's signature dates the post, not the article.
        date_line=None if EMBEDDED_POST_SIGNATURE.match(text) else read_date_line(text, dayfirst),
        # "Erik De Castro/Reuters" names a person and an agency too: a credit unless it says "By"
        # (an agency's name alone, "JIJI", may be either: the header decides by position).
        byline=read_byline(text, prefixed_only=credit and text.lower() not in WIRE_AGENCIES),
        credit=credit,
        trailing_credit=trailing,
        caption_label=bool(CAPTION_LABEL.match(text)) and 3 < len(words) <= CAPTION_MAX_WORDS and not credit,
        gallery_counter=text != untoggled.strip() and len(words) >= 3,
        prose=prose,
        title_case=_title_case(words),
        headline_shape=3 <= len(words) <= HEADLINE_MAX_WORDS
        and (not ends_sentence or text.endswith(("?", "!", "?’", "?”", "!”"))),
    )


WIRE_VIDEO_BLURB = re.compile(r"^(?P<blurb>[A-Z][^()\[\]]{40,400}[.!?])\s*\((?P<agency>[A-Za-z][A-Za-z .-]{1,30})\)$")
"""A sentence, then a wire agency alone in brackets: ``Gunmen stormed the museum …. (Reuters)``."""
WIRE_VIDEO_BLURB_MIN_WORDS = 12
"""A video's blurb tells a story in a full sentence; the shortest met (the real pages' two players
with no player text) has 19 words. A photo caption so credited is often a noun phrase ("The border
check point near the port of entry. (AP)", 11 words)."""


def wire_video_blurb(text: str) -> str | None:
    """An embedded wire video whose player left only its blurb: a sentence in the past tense (a photo
    caption is in the present: "… is carried", "walks"), credited to an agency alone in brackets."""
    match = WIRE_VIDEO_BLURB.match(text)
    if match is None or match.group("agency").lower() not in WIRE_AGENCIES:
        return None
    blurb = match.group("blurb")
    if len(blurb.split()) < WIRE_VIDEO_BLURB_MIN_WORDS or PRESENT_CAPTION_WORDS.search(blurb):
        return None
    return blurb if PAST_TENSE_VERB.search(blurb) else None


FUNCTION_WORDS = frozenset("a an the and or but of in on at to for with by from as is are was be vs via".split())


def _title_case(words: list[str]) -> float:
    content = [w for w in words if w.lower().strip(".,:;'\"") not in FUNCTION_WORDS and any(c.isalpha() for c in w)]
    return sum(1 for w in content if w.lstrip("\"'“‘(")[:1].isupper()) / len(content) if content else 0.0


def strip_date_token(text: str) -> tuple[str | None, str]:
    """``date 2017-10-20 A U.S.-backed …``: an archive's own date token glued to the first sentence."""
    match = DATE_TOKEN.match(text)
    return (match.group("date"), match.group("rest").strip()) if match else (None, text)
