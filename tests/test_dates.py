"""Dates written in a text: each found once, in order, whichever way it is written."""

from __future__ import annotations

import pytest

from newsarchive.dates import find_dates

DATES = [
    # three forms side by side, each read by its own finder
    (
        "On 2021-03-04, March 3, 2021 and 3/5/2021 were named.",
        [("2021-03-04", "2021-03-04"), ("March 3, 2021", "2021-03-03"), ("3/5/2021", "2021-03-05")],
    ),
    ("It ran from 3 March 2021 to 5/6/2021.", [("3 March 2021", "2021-03-03"), ("5/6/2021", "2021-05-06")]),
    # a date overlapping one found before it is not read again: "Mar 3, 2021" over the ISO date's
    # year, a numeric date over a day and month without their year
    ("Mar 3, 2021-03-04", [("2021-03-04", "2021-03-04")]),
    ("March 3/5/2021", [("March 3", "2019-03-03")]),
    # a day without its year takes the default year
    (
        "Oct. 17 then 17 Oct 2017, 2017-10-18.",
        [("Oct. 17", "2019-10-17"), ("17 Oct 2017", "2017-10-17"), ("2017-10-18", "2017-10-18")],
    ),
]


@pytest.mark.parametrize("text, expected", DATES)
def test_each_date_is_found_once_in_order(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(found.raw, found.iso) for found in find_dates(text, 2019)] == expected
