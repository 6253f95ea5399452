"""Videos a page embedded: a player's "Video" label, the video's title under it, and the short
description set right under the title.

The player itself is not copied, only its words; they are the video's, so neither the header
(the title is headline-shaped, the description reads as a lede) nor the body may take them.
A label with no title under it (the next line is prose, a quote or a shouted link) only marks
where the player stood and is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from .roles import CAPTION_MAX_WORDS, HEADLINE_MAX_WORDS, Evidence

VIDEO_TITLE_MIN_WORDS = 2


@dataclass(frozen=True)
class FoundVideo:
    """One embedded video: the units it was read from, its title and its description."""

    first_unit: int
    units: tuple[int, ...]
    """The label, the title and the description, when there is one."""
    title: str
    description: str
    line: int
    """Line of the title in the seed."""


def find_videos(evidence: list[Evidence]) -> list[FoundVideo]:
    """Every labelled video of the article, in reading order."""
    videos: list[FoundVideo] = []
    taken: set[int] = set()
    for position, ev in enumerate(evidence):
        if ev.label != "video" or ev.unit.index in taken:
            continue
        title_at = position + 1
        while title_at < len(evidence) and (evidence[title_at].furniture or evidence[title_at].label):
            title_at += 1
        if title_at >= len(evidence) or not _video_title(evidence[title_at]):
            continue
        title = evidence[title_at]
        units = [ev.unit.index, title.unit.index]
        description = ""
        following = evidence[title_at + 1] if title_at + 1 < len(evidence) else None
        if following is not None and _description(title, following):
            description = following.text
            units.append(following.unit.index)
        taken.update(units)
        videos.append(FoundVideo(ev.unit.index, tuple(units), title.text, description, title.unit.line))
    return videos


def _video_title(ev: Evidence) -> bool:
    """Headline-shaped and not shouted: an all-capitals line under a player is a link to a story."""
    return (
        VIDEO_TITLE_MIN_WORDS <= ev.words <= HEADLINE_MAX_WORDS
        and not ev.prose
        and not ev.text.isupper()
        and not (ev.credit or ev.byline or ev.box_label or ev.related or ev.video)
        and not (ev.date_line is not None and ev.date_line.dates)
    )


def _description(title: Evidence, ev: Evidence) -> bool:
    """The title's own paragraph continues with a description when the page sets the pair apart
    from the story by blank lines (where every line stands alone, nothing says where it ends)."""
    return (
        not title.unit.blank_after
        and ev.unit.blank_after
        and ev.words <= CAPTION_MAX_WORDS
        and not (ev.furniture or ev.label or ev.credit or ev.byline)
    )
