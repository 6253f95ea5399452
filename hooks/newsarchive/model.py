"""The archive's data model: plain frozen dataclasses, no behaviour beyond derived views.

Data flows one way: raw text -> ``Article`` (parse) -> ``Archive`` (entities, cross-references)
-> Markdown pages and JSON. Every field that was read from the text keeps its raw form beside
the normalised value, so an editor can always see what the archive made of what it was given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property


class Severity(Enum):
    """How bad a problem is: a warning fails ``mkdocs build --strict``; info never does."""

    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Problem:
    """Something wrong or noteworthy in the input, reported by the core instead of logged."""

    file: str
    """Path of the input file relative to the seeds folder (or ``annotations.yml``)."""
    line: int | None
    """1-based line in that file, where the problem has one."""
    code: str
    """Stable machine-readable code, e.g. ``encoding-not-utf8``; documented in docs/editing.md."""
    message: str
    """One sentence for a person: what is wrong and what the archive did about it."""
    severity: Severity = Severity.WARNING


@dataclass(frozen=True)
class Field:
    """A value read from the text: the words as they stand, and what the archive made of them."""

    raw: str | None
    """The text exactly as found (``None`` when the value was not in the text at all)."""
    value: str | None
    """The normalised value (ISO 8601 for dates), or ``None`` when unknown."""
    inferred: bool = False
    """True when the value was derived (e.g. a title from the lede) rather than stated."""
    line: int | None = None
    """1-based line in the source file where the raw text stands."""

    @staticmethod
    def empty() -> "Field":
        return Field(raw=None, value=None)


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph."""

    anchor: str
    """HTML id on the article page (``p-1``, ``p-2``...): positional, so citations stay short."""
    text: str
    """The paragraph's text, whitespace-normalised but otherwise as the source wrote it."""
    line: int
    """First line of the paragraph in the source file."""


@dataclass(frozen=True)
class Subheading:
    """A short line between paragraphs that heads what follows."""

    anchor: str
    text: str
    line: int


@dataclass(frozen=True)
class Video:
    """A ``WATCH:`` (or ``VIDEO:``) line: the title of a video the page embedded."""

    text: str
    """The video's title, prefix removed."""
    raw: str
    line: int


@dataclass(frozen=True)
class RelatedStory:
    """A headline of another story that the page linked to (``READ MORE:``, bare headline lines)."""

    text: str
    """The headline, prefix removed."""
    raw: str
    line: int


@dataclass(frozen=True)
class Credit:
    """A photo credit split into its parts (IPTC Creator and Credit Line)."""

    raw: str
    """The credit exactly as printed, e.g. ``Ivor Prickett/The New York Times via Redux``."""
    photographer: str | None
    """The person who took the picture (IPTC Creator)."""
    agency: str | None
    """The organisation the picture is credited to first (a news agency, a broadcaster)."""
    distributor: str | None
    """Who distributed it on the agency's behalf (``via Redux``, ``AFP/Getty Images``)."""


@dataclass(frozen=True)
class Photo:
    """A photo the article showed: its caption, credit and what the caption says of it."""

    anchor: str
    """HTML id of the figure on the article page (``photo-1``...)."""
    caption: str
    """The caption without its credit."""
    credit: Credit
    place: Field
    """Where the caption says it was taken (IPTC Location Shown)."""
    date: Field
    """When the caption says it was taken, ISO 8601 (IPTC Date Created)."""
    line: int
    """Line of the caption (or of the credit when it comes first) in the source file."""
    pull_quote_of: str | None = None
    """Anchor of the body paragraph whose quote this caption repeats, if it is a pull quote."""
    image: str | None = None
    """File name of a real image beside the seed (``<seed stem>-photo-N.jpg``), if there is one."""


Block = Paragraph | Subheading | Video | RelatedStory | Photo
"""Anything the article body holds, in source order."""


@dataclass(frozen=True)
class Article:
    """One raw article as read: header fields and the body in source order."""

    source_file: str
    """File name under ``seeds/`` (may include sub-folders, always with ``/``)."""
    title: Field
    date: Field
    source: Field
    """The outlet (e.g. ABC News)."""
    byline: Field
    dateline: Field
    """A wire dateline opening the lede (``BEIRUT, Lebanon (AP) —``); value is the place."""
    blocks: tuple[Block, ...]
    content_hash: str
    """SHA-256 of the decoded text: finds duplicates and keys the rebuild cache."""
    words: int
    """Number of words in the body paragraphs."""

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @cached_property
    def photos(self) -> tuple[Photo, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Photo))

    @cached_property
    def subheadings(self) -> tuple[Subheading, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Subheading))

    @cached_property
    def videos(self) -> tuple[Video, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Video))

    @cached_property
    def related(self) -> tuple[RelatedStory, ...]:
        return tuple(b for b in self.blocks if isinstance(b, RelatedStory))

    @cached_property
    def lede(self) -> str:
        paragraphs = self.paragraphs
        return paragraphs[0].text if paragraphs else ""


@dataclass(frozen=True)
class ParseResult:
    """What reading one file gives: the article (or none, for unreadable input) and problems."""

    article: Article | None
    problems: tuple[Problem, ...] = field(default_factory=tuple)
