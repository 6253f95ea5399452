"""How alike two articles are as reports of one story: each penalty and its exceptions."""

from __future__ import annotations

from collections import Counter

import pytest

from newsarchive.lemmas import analyse
from newsarchive.storylikeness import (
    NO_COMMON_ACTOR_PENALTY,
    Profile,
    far_apart_strangers,
    likeness,
    name_conflicts,
    no_common_actor,
    profile_of,
    supported_cosine,
    thin_lead_overlap,
    unshared_events,
)


def profile(article_id: str, lead: str, *body: str, actors: frozenset[str] = frozenset()) -> Profile:
    sentences = []
    for n, text in enumerate((lead, *body)):
        analysis = analyse(text)
        sentences.append((Counter(analysis.terms), analysis.names, n == 0, analysis.predicates))
    return profile_of(article_id, sentences, None, actors)


def dated(article_id: str, published: str | None, lead_names: set[str], vocabulary: set[str]) -> Profile:
    return profile_of(
        article_id,
        [(Counter(), frozenset(lead_names), True, frozenset()), (Counter(), frozenset(vocabulary), False, frozenset())],
        published,
    )


STORY_NAMES = frozenset({"lindon", "solace", "harbour", "tarsel"})
# Two ledes' names (the second article also mentions "lindon" in its body), their dates, and the
# names counted against the pair.
CONFLICTS = [
    pytest.param({"lindon", "solace"}, {"harbour"}, None, None, 1.0, id="undated: both sides count"),
    pytest.param({"lindon", "solace"}, {"harbour"}, "2031-04-02", "2031-04-02", 0.0, id="one day's reports"),
    pytest.param({"lindon", "solace"}, {"harbour"}, "2031-04-02", "2031-04-03", 1.0, id="each names its own"),
    pytest.param({"lindon", "solace"}, {"lindon"}, "2031-04-02", "2031-04-04", 0.0, id="a vaguer report"),
    pytest.param({"lindon", "solace"}, {"lindon"}, "2031-04-02", "2031-04-09", 0.5, id="a vaguer report a week on"),
    pytest.param({"lindon", "solace"}, {"lindon"}, None, "2031-04-02", 0.5, id="a vaguer report, one undated"),
    pytest.param({"tarsel"}, {"harbour"}, "2031-04-02", "not a date", 1.0, id="a date that is not one"),
]


@pytest.mark.parametrize("first, second, first_date, second_date, expected", CONFLICTS)
def test_lede_names_count_against_a_pair_unless_their_dates_tell_one_story(
    first: set[str], second: set[str], first_date: str | None, second_date: str | None, expected: float
) -> None:
    a = dated("a", first_date, first, set())
    b = dated("b", second_date, second, {"lindon"})
    assert name_conflicts(a, b, STORY_NAMES) == expected


SUPPORT = [
    # (what the two articles share, term -> weight in each; the similarity that counts)
    # one name (as a name and as a word) gives nearly all of the cosine: only the rest counts
    ({"name:orlova": 0.5, "orlova": 0.3, "river": 0.1}, {"name:orlova": 0.6, "orlova": 0.3, "river": 0.1}, 0.01),
    # several words each give part of it: the whole cosine counts
    ({"quake": 0.4, "name:kalaba": 0.4, "village": 0.3}, {"quake": 0.5, "name:kalaba": 0.3, "village": 0.3}, 0.41),
    # one word gives most but not nearly all (0.8 of it): the whole cosine counts
    ({"name:orlova": 0.5, "river": 0.25}, {"name:orlova": 0.4, "river": 0.2}, 0.25),
    # nothing shared
    ({"quake": 1.0}, {"flood": 1.0}, 0.0),
]


@pytest.mark.parametrize("a, b, expected", SUPPORT)
def test_a_link_one_shared_word_gives_nearly_all_of_counts_only_the_rest(a: dict, b: dict, expected: float) -> None:
    assert supported_cosine(a, b) == pytest.approx(expected)


# Two ledes, and whether they say what happened in no word in common.
EVENTS = [
    pytest.param(
        "Customs officers seized cocaine at Velmar.",
        "Velmar police arrested four dock workers.",
        True,
        id="a seizure and an arrest",
    ),
    pytest.param(
        "Customs officers seized cocaine at Velmar.",
        "Smugglers' cocaine captured at Velmar port.",
        False,
        id="one event in two words of its family",
    ),
    pytest.param(
        "Customs officers seized cocaine at Velmar.",
        "A new scanner for the port of Velmar.",
        False,
        id="a lede that says nothing happened",
    ),
]


@pytest.mark.parametrize("first, second, unshared", EVENTS)
def test_ledes_that_share_no_word_for_what_happened(first: str, second: str, unshared: bool) -> None:
    assert unshared_events(profile("a", first), profile("b", second)) is unshared


# Two ledes, and whether they share too few words to tell one story.
LEAD_OVERLAPS = [
    pytest.param(
        "Floodwater covered the market of Morvan.",
        "The river flooded the old market of Morvan.",
        False,
        id="a place and a thing in common",
    ),
    pytest.param(
        "Floodwater covered the market of Morvan.", "Morvan elects a new mayor.", True, id="only the place in common"
    ),
    pytest.param(
        "Morvan market flooded on Tuesday.",
        "Morvan elects a mayor on Tuesday.",
        True,
        id="the place and a day in common",
    ),
]


@pytest.mark.parametrize("first, second, thin", LEAD_OVERLAPS)
def test_ledes_that_share_at_most_one_word(first: str, second: str, thin: bool) -> None:
    assert thin_lead_overlap(profile("a", first), profile("b", second)) is thin


# Two ledes' names and dates: whether the pair is two stories of one subject.
FAR_APART = [
    pytest.param(set(), set(), "2031-04-02", "2031-12-20", True, id="months apart, no name in common"),
    pytest.param({"lindon"}, {"lindon", "harbour"}, "2031-04-02", "2032-10-20", False, id="a trial naming the killer"),
    pytest.param(set(), set(), "2031-04-02", "2031-05-20", False, id="weeks apart"),
    pytest.param(set(), set(), "2031-04-02", "2031-07-01", False, id="ninety days: still close"),
    pytest.param(set(), set(), "2031-04-02", "2031-07-02", True, id="ninety-one days: far apart"),
    pytest.param(set(), set(), None, "2031-12-20", False, id="one undated"),
]


@pytest.mark.parametrize("first, second, first_date, second_date, strangers", FAR_APART)
def test_reports_far_apart_that_name_nothing_in_common(
    first: set[str], second: set[str], first_date: str | None, second_date: str | None, strangers: bool
) -> None:
    assert (
        far_apart_strangers(dated("a", first_date, first, set()), dated("b", second_date, second, set())) is strangers
    )


def test_far_apart_strangers_are_no_link_however_alike() -> None:
    vector = {"blackout": 0.6, "utility": 0.6, "outage": 0.5}
    a = dated("a", "2031-04-02", set(), set())
    b = dated("b", "2031-12-20", set(), set())
    assert likeness(vector, dict(vector), a, b, frozenset()) == 0.0
    assert likeness(vector, dict(vector), a, dated("c", "2031-04-03", set(), set()), frozenset()) > 0.9


def test_ledes_that_name_no_actor_in_common() -> None:
    mining = frozenset({"tarsel-mining"})
    assert no_common_actor(profile("a", "Crews rescue miners", actors=mining), profile("b", "Miners freed"))
    assert not no_common_actor(
        profile("a", "Crews rescue miners", actors=mining), profile("b", "Miners freed", actors=mining)
    )
    assert no_common_actor(profile("a", "Crews rescue miners"), profile("b", "Miners freed"))


def test_ledes_telling_other_events_lose_more_when_they_name_no_actor_in_common() -> None:
    vector = {"harbour": 0.6, "lindon": 0.6, "cargo": 0.5}

    def alike(first_actor: str) -> float:
        arrest = profile("a", "Police arrest dockers in Lindon", actors=frozenset({first_actor}))
        sinking = profile("b", "Cargo ship sinks off Lindon", actors=frozenset({"lindon-port-authority"}))
        return likeness(vector, dict(vector), arrest, sinking, frozenset())

    one_actor, no_actor = alike("lindon-port-authority"), alike("dockers-union")
    assert one_actor - no_actor == pytest.approx(NO_COMMON_ACTOR_PENALTY)
