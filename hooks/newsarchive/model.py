"""The archive's data model: plain frozen dataclasses, no behaviour beyond derived views.

Data flows one way: raw text -> ``Article`` (parse) -> ``Archive`` (entities, cross-references)
-> Markdown pages and JSON. Every field that was read from the text keeps its raw form beside
the normalised value, so an editor can always see what the archive made of what it was given.
The index's entries are in ``entitymodel``, the cross-references' passages and groups in
``xrefmodel``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from .entitymodel import Entity
from .xrefmodel import CrossReference, FactGroup, StoryGroup


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
    edited: bool = False
    """True when an editor supplied the value (``seeds/annotations.yml``) instead of the text."""

    @staticmethod
    def empty() -> "Field":
        return Field(raw=None, value=None)


STANDFIRST_ANCHOR = "standfirst"
"""The standfirst's anchor on its article page (paragraphs are ``p-1``, ``p-2``…)."""


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph."""

    anchor: str
    """HTML id on the article page. The reader numbers paragraphs (``p-1``, ``p-2``…); the archive
    then gives each its stable anchor (``p-kq3x7a``, see ``anchors``), which never moves."""
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
    """A video the page embedded: a ``WATCH:`` (or ``VIDEO:``) line, or a player's title under its label."""

    text: str
    """The video's title, prefix removed."""
    raw: str
    line: int
    description: str = ""
    """The short text the player set under the title, when the page had one."""


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
    distributors: tuple[str, ...] = ()
    """Who distributed it on the agency's behalf, in credit order (``via Redux``; ``AFP/Getty
    Images`` is AFP then Getty Images)."""

    @property
    def organisations(self) -> tuple[str, ...]:
        """The agency and the distributors: every organisation the credit names."""
        return ((self.agency,) if self.agency else ()) + self.distributors


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
    """Path (in the seeds folder) of a real image beside the seed (``<seed stem>-photo-N.jpg``), if any."""


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
    standfirst: Field = field(default_factory=lambda: Field(raw=None, value=None))
    """The summary sentence under the headline (a standfirst, dek or subtitle), if the page has one."""
    authors: tuple[str, ...] = ()
    """The people the byline names, in order (the agency alone when the byline is an agency)."""
    agency: Field = field(default_factory=lambda: Field(raw=None, value=None))
    """A wire agency the article credits (``Piet Hendriks Associated Press``, ``BEIRUT (AP) —``):
    where the copy came from, which is not the outlet that published it."""
    time: Field = field(default_factory=lambda: Field(raw=None, value=None))
    """The clock time the date's own line gives it (``Published 9:46 PM CDT Sep 26, 2013``): raw as
    written, zone included (``9:46 PM CDT``); value ``HH:MM`` on the 24-hour clock (``21:46``),
    the time as the page printed it, never converted to UTC. A time elsewhere in the text is not
    the publication time, and an update's time goes with an update's date only."""
    time_zone: str | None = None
    """The zone ``time`` names, as written (``CDT``, ``GMT``, ``+0100``, ``Z``), or None: kept
    apart from the value because an abbreviation such as ``IST`` or ``CST`` names several zones."""

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
    def paragraph_numbers(self) -> dict[str, int]:
        """Paragraph anchor -> its number today (1 for the first): the ¶4 a reader sees."""
        return {p.anchor: number for number, p in enumerate(self.paragraphs, start=1)}

    @cached_property
    def lede(self) -> str:
        paragraphs = self.paragraphs
        return paragraphs[0].text if paragraphs else ""


@dataclass(frozen=True)
class ParseResult:
    """What reading one file gives: the article (or none, for unreadable input) and problems."""

    article: Article | None
    problems: tuple[Problem, ...] = field(default_factory=tuple)


# --- the archive -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """Options from ``extra: archive:`` in mkdocs.yml (all optional; read by ``settings.settings_from``)."""

    dayfirst: bool = False
    """Read ambiguous numeric dates such as 03/04/2017 day first (4 March)."""
    articles_dir: str = "articles"
    """Folder of the generated article pages in the site (each folder below can be renamed too)."""
    places_dir: str = "places"
    actors_dir: str = "actors"
    photos_dir: str = "photos"
    credits_dir: str = "credits"
    cross_references_dir: str = "cross-references"
    outlets_dir: str = "outlets"
    timeline_dir: str = "timeline"
    map_dir: str = "map"
    contested_dir: str = "contested"
    """Folder of the contested facts: where sources differ."""
    sources_dir: str = "sources"
    """Folder of the plain-text copies of the seeds."""
    media_dir: str = "media"
    """Folder of the photos found beside the seeds."""
    citations_dir: str = "citations"
    """Folder of the citation files (BibTeX, RIS, CSL-JSON) of each article and of the archive."""
    seeds_dir: str = "seeds"
    """Folder of the raw articles, relative to mkdocs.yml."""
    search_text: str = "auto"
    """What the offline search index holds of each article: ``full`` text, the ``lede`` only
    (with title, subheadings and captions), or ``auto``: full text unless that would pass
    ``search_budget_bytes`` (every reader's browser loads the whole index)."""
    search_budget_bytes: int = 20_000_000
    max_seed_bytes: int = 1_000_000
    """Larger seed files are refused with a warning: a pasted article is a few kilobytes, and a
    file of many megabytes is almost surely not one (it would also slow every rebuild)."""


@dataclass(frozen=True)
class SeedFile:
    """One file of the seeds folder, as bytes: the core does no I/O of its own."""

    path: str
    """Path relative to the seeds folder, with ``/`` separators."""
    data: bytes


@dataclass(frozen=True)
class EditorNote:
    """An editor's note shown under a paragraph or photo."""

    anchor: str
    text: str


@dataclass(frozen=True)
class ResolvedRelated:
    """A related-story line and the archived article it names (``None`` if not archived)."""

    story: RelatedStory
    article_id: str | None
    score: float


@dataclass(frozen=True)
class RelativeDate:
    """A day named relative to publication ("on Friday", "yesterday"), and the date it was."""

    text: str
    date: str
    """ISO 8601."""


@dataclass(frozen=True)
class ArchivedArticle:
    """An article with its place in the archive."""

    article: Article
    id: str
    """Stable page id: ``<date>-<title slug>`` (``undated-<slug>`` without a date)."""
    related: tuple[ResolvedRelated, ...] = ()
    notes: tuple[EditorNote, ...] = ()
    """Editors' notes from annotations.yml, shown under their paragraph or photo."""
    original_url: str | None = None
    """Where the article was published, when an editor recorded it."""
    shows: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Photo anchor -> ids of the entities the photo shows (its caption's, or for a pull quote
    the people of the quoted paragraph)."""
    relative_dates: Mapping[str, tuple[RelativeDate, ...]] = field(default_factory=dict)
    """Paragraph anchor -> the relative days it names, resolved against the publication date."""
    archived: str | None = None
    """When the article was first archived (ISO 8601, from the lock)."""
    former_ids: tuple[str, ...] = ()
    """Ids it had before an editor renamed it: their pages redirect to this one."""
    anchor_aliases: Mapping[str, str] = field(default_factory=dict)
    """Other anchors that lead to a paragraph (the ordinal ``p-4`` of older citations, a joined
    paragraph's) -> the paragraph's anchor."""


class RedirectReason(Enum):
    RENAMED = "renamed"
    """An editor renamed the article."""
    DUPLICATE = "duplicate"
    """Its seed became a duplicate of another article, which is kept in its place."""


@dataclass(frozen=True)
class Redirect:
    """An address that once showed an article, and the article's address now."""

    old_id: str
    new_id: str
    reason: RedirectReason


@dataclass(frozen=True)
class Archive:
    """Everything the site and the export are made from."""

    articles: tuple[ArchivedArticle, ...]
    """Newest first; undated articles last, by file name."""
    settings: Settings
    entities: tuple[Entity, ...] = ()
    """Places and actors, sorted by type then name."""
    cross_references: tuple[CrossReference, ...] = ()
    """Passages of different sources that report the same fact, or differ on it: every pair of
    every fact group (after editors' curation)."""
    fact_groups: tuple[FactGroup, ...] = ()
    story_groups: tuple[StoryGroup, ...] = ()
    """Stories of two or more articles (an article alone in its story is in none)."""
    problems: tuple[Problem, ...] = ()
    images: tuple[str, ...] = ()
    """Image files under seeds/ that a photo uses (copied into the site)."""
    raw_sources: tuple[str, ...] = field(default_factory=tuple)
    """Seed files that became articles (offered to readers as the original text)."""
    redirects: tuple[Redirect, ...] = ()
    """Addresses that moved (renamed articles, seeds that became duplicates), by old id."""
    lock: str | None = None
    """``archive.lock`` as it now reads, for the glue to write (``None``: never rewritten)."""
    lock_changes: tuple[str, ...] = ()
    """What the lock gained in this build, one phrase each (empty: the lock is as it was)."""

    def by_id(self) -> dict[str, ArchivedArticle]:
        """Articles by id (built once per archive: page renderers call this per page)."""
        return self._articles_by_id

    @cached_property
    def _articles_by_id(self) -> dict[str, ArchivedArticle]:
        return {item.id: item for item in self.articles}
