"""Details a sentence gives, and which of them two sentences give differently."""

from __future__ import annotations

import pytest

from newsarchive.differences import (
    Named,
    compare,
    details_of,
    figures_far_apart,
    names_other_people_or_places,
    nested_nationalities,
)
from newsarchive.xrefmodel import DetailKind


def values(text: str, kind: DetailKind) -> list[tuple[str, str]]:
    return [(d.about, d.value) for d in details_of(text) if d.kind is kind]


# Each kind of detail as news copy writes it (written for the kinds the issue lists).
DETAILS = [
    ("At least 42 civilians were killed.", DetailKind.COUNT, [("civilian", "42")]),
    ("Five people died.", DetailKind.COUNT, [("people", "5")]),
    ("A city of 200,000 people.", DetailKind.COUNT, [("people", "200000")]),
    ("About 80 per cent of the city is destroyed.", DetailKind.COUNT, [("percent", "80")]),
    ("A 6.1-magnitude quake struck.", DetailKind.MAGNITUDE, [("magnitude", "6.1")]),
    ("A quake of magnitude 7.4 struck.", DetailKind.MAGNITUDE, [("magnitude", "7.4")]),
    ("The Colts won 31-24.", DetailKind.SCORE, [("score", "31-24")]),
    ("The group came in late 2013.", DetailKind.DATE, [("year", "2013")]),
    ("The battle began on June 6.", DetailKind.DATE, [("day", "jun 6"), ("month", "jun")]),
    ("It struck at 7:48 a.m. local time.", DetailKind.TIME, [("clock", "07:48")]),
    ("Police arrived at 10:15 p.m. EST on Friday.", DetailKind.TIME, [("clock", "22:15")]),
    ("They went through 14:05 on aggregate.", DetailKind.TIME, []),
    ("A 36-year-old climber fell.", DetailKind.AGE, [("age", "36")]),
    ("The army denied reports that troops had entered.", DetailKind.DENIAL, [("denial", "denies")]),
]


@pytest.mark.parametrize("text, kind, expected", DETAILS)
def test_a_detail_is_read(text: str, kind: DetailKind, expected: list[tuple[str, str]]) -> None:
    assert values(text, kind) == expected


def test_a_year_is_not_also_a_count() -> None:
    assert values("In 2014 the group took the town.", DetailKind.COUNT) == []


def test_a_caption_date_is_not_a_fact_date() -> None:
    assert values("A street in Raqqa, Syria, Oct. 19, 2017.", DetailKind.DATE) == []


def test_may_the_verb_is_not_a_month() -> None:
    assert values("Residents may return soon.", DetailKind.DATE) == []


def test_counts_of_one_thing_that_differ_are_a_difference() -> None:
    (difference,) = compare(details_of("It killed 42 workers."), details_of("It killed 35 workers."))
    assert (difference.kind, difference.here, difference.there, difference.about) == (
        DetailKind.COUNT,
        "42 workers",
        "35 workers",
        "worker",
    )


def test_counts_of_different_things_are_not_compared() -> None:
    assert compare(details_of("It killed 42 workers."), details_of("It injured 35 guards.")) == ()


def test_a_shared_value_is_agreement() -> None:
    assert compare(details_of("Early June and June 6."), details_of("In early June.")) == ()


def test_a_denial_against_a_report_is_a_difference() -> None:
    (difference,) = compare(
        details_of("Troops entered the town."), details_of("The army denied reports that troops entered.")
    )
    assert difference.kind is DetailKind.DENIAL


def named(text: str, name: str, kind: str, is_place: bool) -> tuple[Named, ...]:
    start = text.index(name)
    return (Named(name, name, kind, is_place, start, start + len(name)),)


def test_the_person_quoted_is_not_a_detail() -> None:
    text = "Jonah Pell said the border was closed."
    assert details_of(text, named(text, "Jonah Pell", "person", False)) == ()


def test_people_sharing_a_name_agree() -> None:
    one, other = "Police named Doug Pell.", "Police named Pell."
    here = details_of(one, named(one, "Doug Pell", "person", False))
    there = details_of(other, named(other, "Pell", "person", False))
    assert compare(here, there) == ()


def test_different_towns_name_other_places() -> None:
    one, other = "A bomb hit Kalaba.", "A bomb hit Morvan."
    differences = compare(
        details_of(one, named(one, "Kalaba", "city", True)), details_of(other, named(other, "Morvan", "city", True))
    )
    assert names_other_people_or_places(differences)


def test_a_country_and_a_town_in_it_are_not_compared() -> None:
    one, other = "A bomb hit Kalaba.", "A bomb hit Zabadia."
    here = details_of(one, named(one, "Kalaba", "city", True))
    there = details_of(other, named(other, "Zabadia", "country", True))
    assert compare(here, there) == ()


@pytest.mark.parametrize(
    "one, other, apart",
    [
        ("A magnitude 6.1 quake.", "A magnitude 6.2 quake.", False),
        ("A magnitude 6.1 quake.", "A magnitude 9.1 quake.", True),
        ("In January 2014.", "In late 2013.", False),
        ("In 2004.", "In 2013.", True),
    ],
)
def test_figures_far_apart_say_two_events(one: str, other: str, apart: bool) -> None:
    assert figures_far_apart(details_of(one), details_of(other)) is apart


# A nationality qualifying people in the fact, as news copy writes it (invented sentences).
NATIONALITIES = [
    ("A 36-year-old Chilean sailor drowned.", ["Chilean"]),
    ("Two British tourists were hurt in the crash.", ["British"]),
    ("Chilean, Danish sailors lost at sea", ["Chilean", "Danish"]),
    ("Chilean and Danish divers were rescued.", ["Chilean", "Danish"]),
    ("Chilean Yacht Sailor Dies in Storm", ["Chilean"]),
    ("British police said the man died.", []),
    ("The Kalaba Herald reported the crash.", []),
]


@pytest.mark.parametrize("text, expected", NATIONALITIES)
def test_a_nationality_of_people_is_read(text: str, expected: list[str]) -> None:
    assert [d.text for d in details_of(text) if d.kind is DetailKind.NATIONALITY] == expected


def test_two_words_for_one_nationality_agree() -> None:
    assert compare(details_of("An English diver drowned."), details_of("A British diver drowned.")) == ()


def test_two_nationalities_name_other_people() -> None:
    differences = compare(details_of("A Chilean diver drowned."), details_of("A British diver drowned."))
    assert [(d.kind, d.here, d.there) for d in differences] == [(DetailKind.NATIONALITY, "Chilean", "British")]
    assert names_other_people_or_places(differences)


def test_people_of_two_nationalities_are_not_those_of_one() -> None:
    # Both of two events told together, against one of them told alone.
    differences = compare(
        details_of("Swedish and Dutch sailors drowned off the cape."), details_of("A Dutch sailor drowned.")
    )
    assert [(d.kind, d.here, d.there) for d in differences] == [(DetailKind.NATIONALITY, "Swedish / Dutch", "Dutch")]
    assert names_other_people_or_places(differences)


def test_the_same_nationalities_in_another_order_agree() -> None:
    assert compare(details_of("Dutch and Swedish sailors drowned."), details_of("Swedish, Dutch sailors drown.")) == ()


# Two sentences, and whether the people of one are of some of the countries of the other's:
# one event against two told together, whatever the rest of their wording.
NESTED = [
    pytest.param("A Dutch sailor drowned.", "Swedish and Dutch sailors drowned.", True, id="one of two"),
    pytest.param("A Dutch sailor drowned.", "One Swedish and one Dutch sailor drowned.", True, id="one and one"),
    pytest.param("A Dutch sailor drowned.", "A Swedish and a Dutch sailor drowned.", True, id="a and a"),
    pytest.param(
        "An English diver drowned.", "Chilean and British divers drowned.", True, id="one of two, in other words"
    ),
    pytest.param("A Dutch sailor drowned.", "A Swedish sailor drowned.", False, id="two others: a plain difference"),
    pytest.param("An English diver drowned.", "A British diver drowned.", False, id="one country"),
    pytest.param("A Dutch sailor drowned.", "A sailor drowned.", False, id="one names none"),
]


@pytest.mark.parametrize("one, other, nested", NESTED)
def test_people_of_some_of_the_others_countries(one: str, other: str, nested: bool) -> None:
    assert nested_nationalities(details_of(one), details_of(other)) is nested
    assert nested_nationalities(details_of(other), details_of(one)) is nested
