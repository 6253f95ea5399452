"""The cross-references' data model: passages, the pairs linking them, fact groups and story groups."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Relation(Enum):
    """What two linked passages say of one fact."""

    CORROBORATES = "corroborates"
    DIFFERS = "differs"


class Basis(str, Enum):
    """Why passages were linked (a ``str``, so it reads and exports as its text)."""

    WORDING = "similar wording"
    LEAD = "leads of one story"
    EVENT = "same event, other words"
    GROUP = "same fact as the others"
    """Not judged as a pair: both were linked to most of one fact group's other passages."""
    CONFIRMED = "confirmed by an editor"
    ADDED = "added by an editor"


class DetailKind(Enum):
    """Kinds of detail two reports of one fact can disagree on (``differences``)."""

    COUNT = "count"
    """A number of something (``42 civilians``), or a share (``80 per cent``)."""
    MAGNITUDE = "magnitude"
    SCORE = "score"
    """A result such as ``31-24``."""
    DATE = "date"
    """A year (``late 2013``), a month or a day (``June 6``)."""
    TIME = "time"
    """A clock time (``7:48 a.m.``)."""
    PERSON = "person"
    AGE = "age"
    NATIONALITY = "nationality"
    """Where a person in the fact is from (``an Australian climber``)."""
    PLACE = "place"
    DENIAL = "denial"
    """One source denies what the other reports."""


@dataclass(frozen=True)
class Difference:
    """One detail two linked passages give differently."""

    kind: DetailKind
    here: str
    """What the first passage (``a``) gives, as written (``January 2014``)."""
    there: str
    """What the second passage (``b``) gives (``late 2013``)."""
    about: str | None = None
    """For counts: what is counted (``worker``)."""

    def text(self) -> str:
        return f"{self.here} against {self.there}"

    def swapped(self) -> "Difference":
        return Difference(self.kind, self.there, self.here, self.about)


@dataclass(frozen=True)
class Passage:
    """A sentence of an article, where it stands."""

    article_id: str
    anchor: str
    """Paragraph anchor, photo anchor for a caption, ``standfirst``, or ``title`` for the headline."""
    sentence: str
    """Exactly as it stands in the article."""
    start: int
    """Offset of the sentence in its paragraph, caption, standfirst or headline."""
    source: str | None
    date: str | None


TITLE_ANCHOR = "title"
"""The anchor of a headline passage (the page's heading has no paragraph anchor)."""


@dataclass(frozen=True)
class CrossReference:
    """Two passages of different sources linked as reporting one fact: a pair of a fact group."""

    relation: Relation
    a: Passage
    b: Passage
    score: float
    """How alike the two passages are (TF-IDF cosine of their lemmas, 1.0 for an editor's pair)."""
    difference: str | None = None
    """For ``differs``: what the two passages say differently (``January 2014 against late 2013``)."""
    basis: Basis = Basis.WORDING
    """Why they were linked: the rule that linked them, or an editor."""
    differences: tuple[Difference, ...] = ()
    """Every detail they give differently (``here`` is ``a``'s value)."""
    shared_terms: tuple[str, ...] = ()
    """The lemmas both passages use, rarest first (the evidence of a wording match)."""
    shared_entities: tuple[str, ...] = ()
    """Ids of the index entries both passages name."""
    fact: str | None = None
    """Id of the fact group the pair belongs to."""


@dataclass(frozen=True)
class FactGroup:
    """Passages of several sources that report one fact: every two of different articles are a pair."""

    id: str
    """``fact-<n>``, numbered in the order of the groups' first passages."""
    story: str | None
    """Id of the story group the fact belongs to (``None`` for a pair an editor added across stories)."""
    passages: tuple[Passage, ...]
    """In article and reading order."""
    relation: Relation
    """``differs`` when some two of its sources give a detail differently."""
    shared_terms: tuple[str, ...] = ()
    """Lemmas most of its passages use, rarest first."""


@dataclass(frozen=True)
class StoryGroup:
    """Articles that report the same story: cross-references only link passages inside one."""

    id: str
    """``story-<n>``, numbered in the order of the groups' first articles (by id)."""
    articles: tuple[str, ...]
    """Article ids, sorted."""
    shared_terms: tuple[str, ...] = ()
    """The lemmas and names that most of its articles use, most telling first (the evidence)."""
