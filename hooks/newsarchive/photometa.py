"""A photo's metadata, mapped once to every output: the figure's line, JSON-LD and archive.json.

Each field names the IPTC Photo Metadata property it fills, so picture desks can map the
archive's data onto their own systems.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .model import Photo


@dataclass(frozen=True)
class PhotoField:
    label: str
    """As the figure shows it (``Photographer``)."""
    key: str
    """Its key in archive.json."""
    iptc: str
    """The IPTC Photo Metadata property it fills."""
    read: Callable[[Photo], str | None]


PHOTO_FIELDS = (
    PhotoField("Photographer", "photographer", "Creator", lambda p: p.credit.photographer),
    PhotoField("Agency", "agency", "Credit Line", lambda p: p.credit.agency),
    PhotoField("Distributor", "distributor", "Credit Line", lambda p: "/".join(p.credit.distributors) or None),
    PhotoField("Place", "place", "Location Shown", lambda p: p.place.value),
    PhotoField("Date", "date", "Date Created", lambda p: p.date.value),
)


def photo_fields(photo: Photo) -> list[tuple[PhotoField, str]]:
    """The fields this photo has a value for, in reading order."""
    return [(f, value) for f in PHOTO_FIELDS if (value := f.read(photo))]


def photo_json(photo: Photo) -> dict:
    """The fields as archive.json holds them (every key present; ``None`` where unknown)."""
    data: dict = {f.key: f.read(photo) for f in PHOTO_FIELDS}
    data["distributors"] = list(photo.credit.distributors)
    return data


def photo_jsonld(photo: Photo, identifier: str) -> dict:
    """schema.org ImageObject: IPTC Creator -> creator, Credit Line -> creditText and copyrightHolder."""
    credit = photo.credit
    image: dict = {"@type": "ImageObject", "@id": identifier, "caption": photo.caption, "creditText": credit.raw}
    if credit.photographer:
        image["creator"] = {"@type": "Person", "name": credit.photographer}
    elif credit.agency:
        image["creator"] = {"@type": "Organization", "name": credit.agency}
    if credit.agency:
        image["copyrightHolder"] = {"@type": "Organization", "name": credit.agency}
    if photo.place.value:
        image["contentLocation"] = {"@type": "Place", "name": photo.place.value}
    if photo.date.value:
        image["dateCreated"] = photo.date.value
    return image
