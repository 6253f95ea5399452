"""Page furniture: the words of a web page's widgets, pitches and boxes, which are not the article.

A person who copies a page gets them along with the story (a gallery's "Image 1 of 8", a
"Sign up for our newsletter" box, "Share on Facebook", "Advertisement", "Related Topics"). The
archive should leave them out of what it publishes. This list is the evaluation's own, written
from the general wording of such furniture, and deliberately not part of the reader: a reader
that learned this list would score well here and no better on the next site.

Two forms of phrase: ``whole`` phrases are furniture only when they are all a unit holds (a
paragraph that is just "Close" or "more"); ``within`` phrases are furniture wherever they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import unify

KINDS = ("widget", "newsletter", "share", "advert", "gallery_counter", "tag_box")
"""The kinds of furniture, in report order."""

EDGE = " \t.,:;!?|-•·()[]{}<>\"'*/\\_=+~#"
"""Stripped from a unit before it is compared with ``whole`` phrases."""

WHOLE = {
    "widget": [
        r"caption",
        r"close",
        r"less",
        r"more",
        r"show (?:more|less)",
        r"see more",
        r"expand",
        r"collapse",
        r"full ?screen",
        r"autoplay",
        r"skip ad",
        r"view photos?",
        r"view gallery",
        r"photo",
        r"image",
        r"video",
        r"play",
        r"replay",
        r"×",
        r"hide caption",
        r"toggle caption",
        r"comments?",
        r"view (?:all )?comments",
        r"sign in",
        r"log ?in",
        r"username",
        r"password",
        r"print",
        r"next",
        r"previous",
        r"prev",
    ],
    "newsletter": [r"subscribe", r"subscribe now", r"sign up", r"register"],
    "share": [r"share", r"shares", r"tweet", r"e-?mail", r"copy link", r"link copied", r"share this"],
    "advert": [r"advertisement", r"advertising", r"ad", r"sponsored", r"promoted", r"paid partner", r"ad ?choices"],
    "gallery_counter": [r"\d+\s*/\s*\d+", r"\d+ of \d+", r"\d+"],
    "tag_box": [
        r"related",
        r"tags?",
        r"topics?",
        r"related (?:news|stories|articles|coverage|content|links)",
        r"most (?:popular|read|viewed)",
        r"trending",
        r"recommended",
        r"you (?:may|might) also like",
        r"read more",
        r"see also",
        r"more (?:news|stories)",
    ],
}

WITHIN = {
    "widget": [
        r"\bbuy photo\b",
        r"\bwait \d+ seconds? to continue\b",
        r"\bback to gallery\b",
        r"\bmedia playback is (?:unsupported|not supported)\b",
        r"\bhide caption\b",
        r"\btoggle caption\b",
        r"\benlarge this image\b",
        r"\bclick to (?:expand|enlarge)\b",
        r"\bskip ad\b",
        r"\bcontinue reading\b",
        r"\bstory continues below\b",
        r"\byour video will (?:play|begin|start)\b",
        r"\bvideo (?:is )?not available\b",
        r"^up next\b",
        r"\bwhat to watch next\b",
        r"\bnow playing\b",
        r"\bprivacy policy\b",
        r"\bterms of (?:service|use)\b",
        r"(?:\.\.\.|…)\s*(?:more|read more|see more)$",
        r"\bfull screen\b.*\bautoplay\b",
    ],
    "newsletter": [
        r"\bsign up (?:for|to) (?:our|the|a|free|daily|weekly|e-?mail|breaking)\b",
        r"\bsign up (?:now|here|today)\b",
        r"\bnewsletters?\b",
        r"\bsubscribe\b",
        r"\bto your inbox\b",
        r"\bclick here to (?:get|download|subscribe|sign|read|follow)\b",
        r"\b(?:download|get) (?:the|our) [\w ]{0,30}\bapp\b",
    ],
    "share": [
        r"\bshare this\b",
        r"\bshare on (?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|e-?mail)\b",
        r"\bemail this\b",
        r"\bshare (?:via|by) e-?mail\b",
        r"\bfollow us on\b",
        r"\bview this post on instagram\b",
        r"\ba post shared by\b",
        r"\bshare (?:this|the) (?:article|story|page)\b",
    ],
    "advert": [
        r"^advertisement\b",
        r"\badvertisement$",
        r"\bstory continues below advertisement\b",
        r"\bsponsored (?:content|by|links?|stories)\b",
        r"\bpaid (?:content|partner(?:ship)?|post)\b",
        r"\bad ?choices\b",
    ],
    "gallery_counter": [
        r"\b(?:image|photo|picture|slide)s? \d+ of \d+\b",
        r"^\d+ of \d+\b",
        r"\bslideshow\s*\(\s*\d+\s+images?\s*\)",
    ],
    "tag_box": [
        r"\brelated topics\b",
        r"\btopics in this article\b",
        r"^more from\b",
        r"^read more\b",
        r"\brelated coverage\b",
        r"^source\s*:",
        r"^related\s*:",
        r"^tags?\s*:",
        r"^filed under\b",
        r"^more on this\b",
        r"^see also\b",
        r"^more\s*:",
        r"^most (?:popular|read|viewed)\b",
        r"\byou (?:may|might) also like\b",
    ],
}


@dataclass(frozen=True)
class Hit:
    """One piece of furniture found in a unit: its kind and the words that matched."""

    kind: str
    phrase: str


_WHOLE = {kind: re.compile("^(?:" + "|".join(patterns) + ")$", re.IGNORECASE) for kind, patterns in WHOLE.items()}
_WITHIN = {kind: re.compile("|".join(patterns), re.IGNORECASE) for kind, patterns in WITHIN.items()}


def furniture_in(text: str | None) -> list[Hit]:
    """The furniture a unit of text holds, at most one hit per kind, in ``KINDS`` order."""
    if not text:
        return []
    unified = unify(text)
    bare = unified.strip(EDGE)
    hits = []
    for kind in KINDS:
        if bare and _WHOLE[kind].match(bare):
            hits.append(Hit(kind, bare))
            continue
        match = _WITHIN[kind].search(unified)
        if match:
            hits.append(Hit(kind, match.group(0)))
    return hits


def is_furniture(text: str | None) -> bool:
    return bool(furniture_in(text))
