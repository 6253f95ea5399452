"""Hostile shapes of input cost time linear in their size: counted in calls, never timed.

Each case is a shape that once cost quadratic time (a pasted paragraph read as a candidate
byline, a paragraph repeated a thousand times); `benchmarks/linear_time.py` measures them all.
"""

from __future__ import annotations

import pytest

from newsarchive.reader import bylines
from newsarchive.reader.bylines import MAX_GLUED_TAIL_WORDS, MAX_OUTLET_WORDS, read_byline


def test_a_paragraph_long_line_is_no_byline_and_runs_no_byline_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(piece: str) -> tuple[str, str, str]:
        raise AssertionError("a paragraph reached the byline rules")

    monkeypatch.setattr(bylines, "_classify_piece", refuse)
    assert read_byline("By " + "Smith on " * 2000) is None


def test_a_long_byline_piece_tries_only_the_cuts_near_its_end(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    is_outlet = bylines._is_outlet

    def counted(text: str) -> bool:
        calls.append(text)
        return is_outlet(text)

    monkeypatch.setattr(bylines, "_is_outlet", counted)
    assert bylines._split_glued_tail("Word " * 3000) == ("Word " * 3000, "")
    assert len(calls) <= MAX_OUTLET_WORDS + MAX_GLUED_TAIL_WORDS


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("Piet Hendriks Associated Press", ("Piet Hendriks", "Associated Press")),
        ("Anna Kowalski Foreign correspondent", ("Anna Kowalski", "Foreign correspondent")),
        ("AP Chief Science Writer", ("AP Chief Science Writer", "")),
        ("Evening Post News Weekly", ("Evening Post News Weekly", "")),
    ],
)
def test_the_cuts_near_the_end_are_the_ones_that_split(piece: str, expected: tuple[str, str]) -> None:
    assert bylines._split_glued_tail(piece) == expected


def test_a_credit_repeated_on_thousands_of_lines_is_one_photo_holding_them_all() -> None:
    from newsarchive.reader.photos import FoundPhoto, _merge_repeated

    repeated = [FoundPhoto(n, (n,), "", "Reuters", n + 1) for n in range(3000)]
    (photo,) = _merge_repeated(repeated)
    assert photo.units == tuple(range(3000)) and photo.credit == "Reuters"


def test_each_unit_knows_its_run_without_walking_it() -> None:
    from newsarchive.reader.lines import units_of
    from newsarchive.reader.photos import Runs
    from newsarchive.reader.roles import read_evidence

    evidence = [read_evidence(unit, False) for unit in units_of("One\nTwo\nThree\n\nFour\n\nFive\nSix")]
    runs = Runs.of(evidence)
    assert (runs.starts, runs.ends) == ((0, 0, 0, 3, 4, 4), (2, 2, 2, 3, 5, 5))


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Source: " + "news " * 60 + "!", False),
        ("Source: " + "News " * 60 + "!", False),
        ("SOURCE: News agencies", True),
        ("Source: Kalaba Times and news agencies", True),
        ("Source: the ministry said the figure was wrong", False),
    ],
)
def test_a_closing_source_line_is_read_in_one_pass(line: str, furniture: bool) -> None:
    from newsarchive.reader.furniture import FURNITURE_PATTERNS

    # Each word once read two ways (capitalised name or "news") made a long line exponential.
    assert any(pattern.search(line) for pattern in FURNITURE_PATTERNS) is furniture
