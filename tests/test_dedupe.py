"""Near twins: which is the same page pasted again, and which another site's copy of one wire text."""

from __future__ import annotations

import hashlib

import pytest

from newsarchive.dedupe import find_duplicates, same_page
from newsarchive.model import Article
from newsarchive.parse import parse_article

BODY = (
    "The river burst its banks at Morvan on Tuesday, flooding the old market and forty homes.\n\n"
    "Traders moved their stock to upper floors as the water kept rising through the night.\n\n"
    "The mayor said the town would ask the province for help with the clean-up.\n"
)


def copy(headline: str, date_line: str | None, file: str = "a.txt") -> Article:
    header = headline + ("\n" + date_line if date_line else "")
    text = f"{header}\n\n{BODY}"
    article = parse_article(text, file, content_hash=hashlib.sha256(text.encode()).hexdigest()).article
    assert article is not None
    return article


# Two copies of one text: their headlines and date lines, and whether the second is the first pasted again.
COPIES = [
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031"), ("Floods hit Morvan", "March 8, 2031"), True, id="pasted twice"
    ),
    pytest.param(("Floods hit Morvan", "March 8, 2031"), ("Floods Hit Morvan", "March 8, 2031"), True, id="recased"),
    pytest.param(("Floods hit Morvan", "March 8, 2031"), ("Floods hit Morvan", None), True, id="date line left out"),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031"), ("Morvan market under water", "March 8, 2031"), True, id="re-titled"
    ),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031"), ("Morvan market under water", "March 9, 2031"), False, id="another day"
    ),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031"),
        ("Floods hit Morvan", "03/08/2031"),
        False,
        id="another site's date form",
    ),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031"), ("Morvan under water", "8 March 2031"), False, id="re-titled, date form"
    ),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031 5:47 PM"),
        ("Floods hit Morvan", "March 8, 2031 5:47 PM"),
        True,
        id="pasted twice, one time",
    ),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031 5:47 PM"),
        ("Floods hit Morvan", "March 8, 2031 6:02 PM"),
        False,
        id="another posting time",
    ),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031 5:47 PM EST"),
        ("Floods hit Morvan", "March 8, 2031 5:47 PM CST"),
        False,
        id="another zone",
    ),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031 5:47 PM EST"),
        ("Floods hit Morvan", "March 8, 2031 5:47 PM"),
        True,
        id="zone left out",
    ),
    pytest.param(
        ("Floods hit Morvan", "March 8, 2031 5:47 PM"), ("Floods hit Morvan", "March 8, 2031"), True, id="time left out"
    ),
    pytest.param(
        ("Floods hit Morvan", "Published March 8, 2031 | Updated March 8, 2031 6:02 PM"),
        ("Floods hit Morvan", "Published March 8, 2031 | Updated March 8, 2031 7:15 PM"),
        True,
        id="updated again",
    ),
    pytest.param(
        ("Floods hit Morvan", "Updated March 8, 2031 6:02 PM"),
        ("Floods hit Morvan", "Updated March 8, 2031 7:15 PM"),
        True,
        id="only an update's line, updated again",
    ),
    pytest.param(
        ("Floods hit Morvan", "Updated March 8, 2031"),
        ("Floods hit Morvan", "Updated March 9, 2031"),
        True,
        id="another day in the same form: pasted again after an update",
    ),
]


@pytest.mark.parametrize("first, second, same", COPIES)
def test_a_near_twin_is_the_same_page_unless_its_header_shows_another_site(
    first: tuple[str, str | None], second: tuple[str, str | None], same: bool
) -> None:
    assert same_page(copy(*second, "b.txt"), copy(*first)) is same


def test_another_sites_copy_of_one_wire_text_is_kept() -> None:
    kept, problems, twins = find_duplicates(
        [copy("Floods hit Morvan", "March 8, 2031"), copy("Floods hit Morvan", "03/08/2031", "b.txt")]
    )
    assert [a.source_file for a in kept] == ["a.txt", "b.txt"] and problems == [] and twins == {}


def test_two_posting_times_of_one_wire_text_are_two_pages_kept() -> None:
    kept, problems, twins = find_duplicates(
        [
            copy("Floods hit Morvan", "March 8, 2031 5:47 PM"),
            copy("Floods hit Morvan", "March 8, 2031 6:02 PM", "b.txt"),
        ]
    )
    assert [a.source_file for a in kept] == ["a.txt", "b.txt"] and problems == [] and twins == {}


def test_the_same_page_pasted_again_is_reported_and_left_out() -> None:
    kept, problems, twins = find_duplicates(
        [copy("Floods hit Morvan", "March 8, 2031"), copy("Floods hit Morvan", "March 8, 2031", "b.txt")]
    )
    assert [a.source_file for a in kept] == ["a.txt"] and twins == {"b.txt": "a.txt"}
    assert [(p.file, p.code) for p in problems] == [("b.txt", "duplicate-article")]
