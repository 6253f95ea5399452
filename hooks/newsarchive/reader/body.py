"""The body's blocks, in reading order: paragraphs, subheadings, photos, videos, related stories.

Units the header took (headline, byline, date...) and units a photo took (caption, credit) are
already spoken for. Of the rest, furniture is left out, a box label turns the short lines under
it into links to other stories, and every other line is a paragraph, or a subheading when it is
a short line between paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Block, Paragraph, Photo, RelatedStory, Subheading, Video
from ..text import slugify
from .captions import read_caption_date, read_caption_place
from .credits import split_credit
from .photos import FoundPhoto, caption_score
from .roles import CAPTION_MAX_WORDS, Evidence, Role
from .standalone import standalone_caption
from .videos import FoundVideo
from .words import EMBEDDED_POST_SIGNATURE

MAX_SUBHEADING_WORDS = 8
MAX_RELATED_WORDS = 30
LINK_RUN = 3
"""This many headline-like lines in a row, with no paragraph among them, are a box of links."""
INTRO_HEADING_MAX_WORDS = 4
"""A line ending with a colon heads a section up to this long ("Some known inmates:"); longer,
it is a sentence leading into a quote or a list."""
TAG_MAX_WORDS = 4
"""After the last paragraph, lines this short are the page's tags and topics."""
LEFTOVER_SENTENCE_MIN_WORDS = 3
"""A sentence above the body this long is kept as a paragraph; shorter ones are page chrome ("Read more.")."""
HERO_CAPTION_MIN_SCORE = 2
"""A sentence above the body with no credit is a hero photo's caption only with a photo's cue
(when it was taken, who is left or right); otherwise it is a promo and is left out."""


BRACKETED_PLACEMENT = re.compile(
    r"\((?:pictured|left|right|centre|center|top|bottom|above|below|(?:second|third|far) (?:left|right)|inset)\)",
    re.IGNORECASE,
)
"""``Ana and Tom Ross (pictured) on their wedding day``: who is where in a picture, in brackets."""
HERO_PLACEMENT_MIN_WORDS = 4
"""A hero caption with bracketed placement, read above the body even with no final stop."""


class BodyBuilder:
    """Numbers anchors as blocks are emitted, so ids are positional and stable."""

    def __init__(self, year: int | None, dayfirst: bool, image_for: Callable[[int], str | None]) -> None:
        self.blocks: list[Block] = []
        self.year, self.dayfirst, self.image_for = year, dayfirst, image_for
        self.heading_anchors: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.paragraphs = self.photos = 0

    def paragraph(self, text: str, line: int) -> None:
        self.paragraphs += 1
        self.blocks.append(Paragraph(f"p-{self.paragraphs}", text, line))

    def subheading(self, text: str, line: int) -> None:
        anchor = base = "h-" + slugify(text, max_words=6)
        if anchor in self.heading_anchors:
            # Resume numbering where this base left off: a thousand "Update" lines stay linear.
            suffix = self.next_suffix.get(base, 2)
            while f"{base}-{suffix}" in self.heading_anchors:
                suffix += 1
            anchor, self.next_suffix[base] = f"{base}-{suffix}", suffix + 1
        self.heading_anchors.add(anchor)
        self.blocks.append(Subheading(anchor, text, line))

    def photo(self, caption: str, credit: str, line: int) -> None:
        self.photos += 1
        self.blocks.append(
            Photo(
                anchor=f"photo-{self.photos}",
                caption=caption,
                credit=split_credit(credit),
                place=read_caption_place(caption, self.year),
                date=read_caption_date(caption, self.year, self.dayfirst),
                line=line,
                image=self.image_for(self.photos),
            )
        )


def read_blocks(
    evidence: list[Evidence],
    roles: dict[int, Role],
    start: int,
    media: tuple[list[FoundPhoto], list[FoundVideo]],
    builder: BodyBuilder,
) -> None:
    """Emit the article's blocks; ``start`` is the unit index where the body begins."""
    photos, videos = media
    photo_at = {photo.first_unit: photo for photo in photos}
    video_at = {video.first_unit: video for video in videos}
    used = set(roles) | {index for item in (*photos, *videos) for index in item.units}
    last_prose = max(
        (position for position, ev in enumerate(evidence) if _sentence_like(ev) and ev.unit.index not in used),
        default=-1,
    )
    page = PageShape(last_prose, usual_gap(evidence), Counter(ev.text for ev in evidence))
    position = 0
    while position < len(evidence):
        ev = evidence[position]
        index = ev.unit.index
        if index in photo_at:
            found = photo_at[index]
            builder.photo(found.caption, found.credit, found.line)
        if index in video_at:
            video = video_at[index]
            builder.blocks.append(Video(video.title, video.title, video.line, video.description))
        if index in used:
            position += 1
            continue
        if position < start:
            _header_leftover(ev, builder)
            position += 1
            continue
        position = _body_unit(evidence, position, used, page, builder)


def _sentence_like(ev: Evidence) -> bool:
    return ev.prose or ev.text.rstrip("\"'”’)").endswith((".", "!", "?"))


def _header_leftover(ev: Evidence, builder: BodyBuilder) -> None:
    """Above the body, what is neither a header field nor a photo: a video line, a related
    story, a hero image's caption without a credit, or furniture (a video playlist)."""
    if ev.video:
        builder.blocks.append(Video(ev.video, ev.text, ev.unit.line))
    elif ev.related:
        builder.blocks.append(RelatedStory(ev.related, ev.text, ev.unit.line))
    elif (
        ev.prose and ev.words <= CAPTION_MAX_WORDS and not ev.furniture and caption_score(ev) >= HERO_CAPTION_MIN_SCORE
    ) or (not ev.furniture and ev.words >= HERO_PLACEMENT_MIN_WORDS and BRACKETED_PLACEMENT.search(ev.text)):
        builder.photo(ev.text, "", ev.unit.line)
    elif _sentence_like(ev) and not ev.furniture and ev.words >= LEFTOVER_SENTENCE_MIN_WORDS:
        # Summary bullets above a date line, a claim quoted above a fact-check's headline: text
        # of the article that no header field took is kept as a paragraph, never dropped.
        builder.paragraph(ev.text, ev.unit.line)


@dataclass(frozen=True)
class PageShape:
    """What the whole page says about each of its lines, counted once."""

    last_prose: int
    """Position of the last line that reads as a sentence (what follows is tags and links)."""
    usual_gap: int
    """The blank lines the page most often sets between its lines."""
    text_counts: Counter[str]
    """How often each line's text stands on the page (a repeated line is a widget's label)."""


def _body_unit(evidence: list[Evidence], position: int, used: set[int], page: PageShape, builder: BodyBuilder) -> int:
    """Emit the block of the unit at ``position``; the position of the next unit to read."""
    ev = evidence[position]
    if ev.furniture or (
        ev.date_line is not None and (ev.date_line.dates or ev.date_line.relative) and not ev.date_line.rest
    ):
        return position + 1  # a date line alone in the body: a live page's "2h ago" or an update's stamp
    if ev.label:
        return position + 1
    if ev.video:
        builder.blocks.append(Video(ev.video, ev.text, ev.unit.line))
        return position + 1
    if ev.related:
        builder.blocks.append(RelatedStory(ev.related, ev.text, ev.unit.line))
        return position + 1
    if ev.box_label:
        return _link_box(evidence, position + 1, used, builder)
    last_prose = page.last_prose
    if position > last_prose and ev.words <= TAG_MAX_WORDS and not ev.prose:
        return position + 1  # tags and topics after the article
    # A line the page repeats (a gallery's or a promo's label) is no one photo's caption.
    if position < last_prose and page.text_counts[ev.text] == 1 and standalone_caption(ev, page.usual_gap):
        builder.photo(ev.text, "", ev.unit.line)
        return position + 1
    run = _headline_run(evidence, position, used)
    if run >= LINK_RUN:
        for ev_link in evidence[position : position + run]:
            builder.blocks.append(RelatedStory(ev_link.text, ev_link.text, ev_link.unit.line))
        return position + run
    _short_or_paragraph(ev, builder)
    return position + 1


def usual_gap(evidence: list[Evidence]) -> int:
    """The blank lines a page most often sets between its lines (the smallest of equals)."""
    counts = Counter(ev.unit.gap_before for ev in evidence)
    return min(counts, key=lambda gap: (-counts[gap], gap)) if counts else 0


def _link_box(evidence: list[Evidence], position: int, used: set[int], builder: BodyBuilder) -> int:
    """The lines under a box label that read as headlines are links; the box ends at prose."""
    while position < len(evidence):
        ev = evidence[position]
        if ev.unit.index in used or ev.prose or ev.box_label or ev.credit:
            break
        if not ev.furniture and ev.words >= 2:
            builder.blocks.append(RelatedStory(ev.text, ev.text, ev.unit.line))
        position += 1
    return position


def _headline_run(evidence: list[Evidence], position: int, used: set[int]) -> int:
    length = 0
    while position + length < len(evidence):
        ev = evidence[position + length]
        if ev.unit.index in used or not ev.headline_shape or ev.prose or ev.words < 3 or ev.text.endswith(":"):
            break
        length += 1
    return length


def _short_or_paragraph(ev: Evidence, builder: BodyBuilder) -> None:
    """A line alone between paragraphs: a subheading when short, a linked headline when longer."""
    text, count = ev.text, ev.words
    if EMBEDDED_POST_SIGNATURE.match(text):
        builder.paragraph(text, ev.unit.line)  # "— The Senate (@TheSenate) October 9, 2018" closes a quoted post
        return
    if text.endswith(":") and not ev.prose:
        # "About the prison:" heads what follows; "The judge had advice for anyone who …:" leads into a quote.
        if count <= INTRO_HEADING_MAX_WORDS:
            builder.subheading(text, ev.unit.line)
        else:
            builder.paragraph(text, ev.unit.line)
        return
    if not ev.prose and ev.headline_shape or not ev.prose and count <= 2 and not _sentence_like(ev):
        if count <= MAX_SUBHEADING_WORDS:
            builder.subheading(text, ev.unit.line)
            return
        if count <= MAX_RELATED_WORDS:
            builder.blocks.append(RelatedStory(text, text, ev.unit.line))
            return
    builder.paragraph(text, ev.unit.line)
