"""The evaluation's junk-entry check: index entries named by an honorific, a calendar or number word, furniture."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from quality.junk import junk_kind  # noqa: E402


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Mr", "honorific"),
        ("Dr.", "honorific"),
        ("Tuesday", "calendar"),
        ("Saturday's", "calendar"),
        ("Tuesdays", "calendar"),
        ("SEPTEMBER", "calendar"),
        ("Two", "number"),
        ("Advertisement", "furniture"),
        ("Mars", None),
        ("March Hare Society", None),
        ("Lisbon", None),
    ],
)
def test_junk_kind(name: str, kind: str | None) -> None:
    assert junk_kind(name) == kind
