"""Matching the archive's photos (and videos) with a manifest's, by caption.

The rule (``normalise.captions_match``): the expected caption's words stand whole and in order in
the archive's caption with at most a few words around them (widget text left beside it), or the
two word sequences are at least 85% alike. A manifest photo without a caption (a credit alone)
is matched by its credit the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .adapt import Line, PhotoView
from .normalise import caption_similarity, captions_match, norm_name, norm_text


@dataclass(frozen=True)
class PhotoMatch:
    """One manifest photo and the archive photo that gives it best (``None``: not found)."""

    expected: dict[str, Any]
    read: PhotoView | None

    @property
    def credit_right(self) -> bool:
        """Photographer, agency and distributor all equal (normalised; ``None`` equals ``None``)."""
        if self.read is None:
            return False
        return credit_parts(self.read) == expected_credit_parts(self.expected)


def credit_parts(photo: PhotoView) -> tuple[str, str, str]:
    return norm_name(photo.photographer), norm_name(photo.agency), norm_name(photo.distributor)


def expected_credit_parts(expected: dict[str, Any]) -> tuple[str, str, str]:
    return (
        norm_name(expected.get("photographer")),
        norm_name(expected.get("agency")),
        norm_name(expected.get("distributor")),
    )


def similarity(expected: dict[str, Any], photo: PhotoView) -> float:
    """How well an archive photo gives a manifest photo: by caption, or by credit when the
    manifest photo has no caption."""
    caption = expected.get("caption")
    if caption:
        return caption_similarity(caption, photo.caption)
    credit = expected.get("credit") or ""
    return caption_similarity(credit, photo.credit_raw) if credit else 0.0


def matches(expected: dict[str, Any], photo: PhotoView) -> bool:
    caption = expected.get("caption")
    if caption:
        return captions_match(caption, photo.caption)
    credit = expected.get("credit") or ""
    return bool(credit) and captions_match(credit, photo.credit_raw)


def match_photos(
    expected: list[dict[str, Any]], read: tuple[PhotoView, ...]
) -> tuple[list[PhotoMatch], list[PhotoView]]:
    """Each manifest photo with its best-matching archive photo, and the archive photos that
    match no manifest photo (spurious). Ties go to the archive's first photo."""
    found = []
    for want in expected:
        candidates = [(similarity(want, photo), -i, photo) for i, photo in enumerate(read) if matches(want, photo)]
        found.append(PhotoMatch(want, max(candidates, key=lambda c: c[:2])[2] if candidates else None))
    spurious = [photo for photo in read if not any(matches(want, photo) for want in expected)]
    return found, spurious


def video_found(expected: str, videos: tuple[Line, ...]) -> bool:
    """A manifest video caption is found when a video block's text matches it as a caption
    does, or holds it whole."""
    want = norm_text(expected)
    return any(captions_match(expected, v.text) or (want and want in norm_text(v.text)) for v in videos)
