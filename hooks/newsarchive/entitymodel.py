"""The index's data model: places and actors, each with its mentions in the archive's text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class EntityType(Enum):
    PLACE = "place"
    ACTOR = "actor"


@dataclass(frozen=True)
class Mention:
    """Where an entity is named: the article, the paragraph or photo anchor, and the words."""

    article_id: str
    anchor: str | None
    """Paragraph anchor, or the photo anchor for a caption; None for the title or the header."""
    photo: str | None
    text: str
    """The words exactly as they stand."""
    start: int
    end: int
    """Offsets of ``text`` in the unit (paragraph or caption) text."""
    sentence: str
    """The sentence around the mention (the words around it, marked with …, in a very long one)."""
    unit_kind: str
    date: str | None


@dataclass(frozen=True)
class Entity:
    """One real-world place or actor, with every mention of it."""

    id: str
    name: str
    type: EntityType
    kind: str
    """place: country, city, landmark, river, region...; actor: person, armed_group, organization, media, state."""
    aliases: tuple[str, ...]
    """Every form the archive names it by (including descriptions such as ``Kurdish-led force``)."""
    mentions: tuple[Mention, ...]
    role: str | None = None
    """What an apposition says a person is (``spokesperson and senior SDF commander``)."""
    description: str | None = None
    coordinates: tuple[float, float] | None = None
    wikidata: str | None = None
    geonameid: int | None = None

    @property
    def folder(self) -> str:
        return "places" if self.type is EntityType.PLACE else "actors"
