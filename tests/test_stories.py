"""Story groups: which articles report one story, from their descriptions alone."""

from __future__ import annotations

from collections import Counter

import pytest
from test_storylikeness import profile

from newsarchive.stories import group_stories, join_by_main_names, settle
from newsarchive.storylikeness import Profile

QUAKE = "A strong earthquake shook Kalaba province on Tuesday, flattening houses in the hill villages."
QUAKE_BODY = "Rescuers in Kalaba dug through rubble as aftershocks rattled the province's hill villages."
FLOOD = "Floodwater covered the old market of Morvan after the river burst its banks on Tuesday."
FLOOD_BODY = "Traders in Morvan moved their stock to upper floors as the river kept rising."


def test_articles_telling_one_story_are_one_group() -> None:
    (story,) = group_stories(
        [
            profile("a", QUAKE, QUAKE_BODY),
            profile(
                "b", "Houses collapsed in Kalaba province when an earthquake struck its hill villages.", QUAKE_BODY
            ),
        ]
    )
    assert story.articles == ("a", "b")
    assert "kalaba" in story.shared_terms


def test_articles_of_different_stories_are_apart() -> None:
    assert group_stories([profile("a", QUAKE, QUAKE_BODY), profile("b", FLOOD, FLOOD_BODY)]) == []


def test_a_shared_day_alone_makes_no_story() -> None:
    assert (
        group_stories(
            [
                profile("a", "Rebels captured the airport of Kalaba on Sunday."),
                profile("b", "The Morvan regatta opened on Sunday with forty boats."),
            ]
        )
        == []
    )


def test_two_events_of_one_kind_in_different_places_are_two_stories() -> None:
    stories = group_stories(
        [
            profile("a1", QUAKE, QUAKE_BODY),
            profile("a2", "An earthquake struck Kalaba province on Tuesday, flattening hill villages.", QUAKE_BODY),
            profile(
                "b1", "A strong earthquake shook Tarsel province on Friday, flattening houses in the valley towns."
            ),
            profile("b2", "An earthquake struck Tarsel province on Friday, flattening houses in the valley towns."),
        ]
    )
    assert sorted(story.articles for story in stories) == [("a1", "a2"), ("b1", "b2")]


def test_stories_are_numbered_by_their_first_article() -> None:
    stories = group_stories(
        [
            profile("z1", FLOOD, FLOOD_BODY),
            profile("z2", "The river burst its banks in Morvan on Tuesday, flooding the old market.", FLOOD_BODY),
            profile("a1", QUAKE, QUAKE_BODY),
            profile("a2", "An earthquake struck Kalaba province on Tuesday, flattening hill villages.", QUAKE_BODY),
        ]
    )
    assert [(story.id, story.articles[0]) for story in stories] == [("story-1", "a1"), ("story-2", "z1")]


def lead_profile(article_id: str, *names: str) -> Profile:
    return Profile(article_id, Counter(), frozenset(names), frozenset(names))


# Two stories of two articles each (0, 1 and 2, 3), the links between them, and whether they join.
JOINS = [
    pytest.param(("lindon", "solace"), ("lindon", "harbour"), 0.12, True, id="one main name, alike enough"),
    pytest.param(("lindon", "solace"), ("lindon", "harbour"), 0.05, False, id="one main name, too unlike"),
    pytest.param(("lindon", "solace"), ("morvan", "harbour"), 0.2, False, id="no main name in common"),
]


@pytest.mark.parametrize("first, second, link, joined", JOINS)
def test_stories_sharing_a_main_name_join(first: tuple, second: tuple, link: float, joined: bool) -> None:
    profiles = [lead_profile("a", *first), lead_profile("b", *first), lead_profile("c", *second)]
    profiles.append(lead_profile("d", *second))
    links = {(0, 1): 0.5, (2, 3): 0.5, (0, 2): link * 2, (1, 3): link * 2}  # average over the four pairs: link
    groups = join_by_main_names([[0, 1], [2, 3]], profiles, links)
    assert (groups == [[0, 1, 2, 3]]) is joined


def test_a_name_in_one_lede_of_a_story_is_not_its_main_name() -> None:
    profiles = [lead_profile("a", "lindon"), lead_profile("b"), lead_profile("c", "lindon"), lead_profile("d")]
    links = {(0, 2): 0.4, (1, 3): 0.4}
    assert join_by_main_names([[0, 1], [2, 3]], profiles, links) == [[0, 1], [2, 3]]


def test_two_joins_through_a_middle_story_do_not_chain_stories_sharing_nothing() -> None:
    # Stories 0,1 and 2,3 share "lindon"; 2,3 and 4,5 share "morvan"; 0,1 and 4,5 share no name.
    profiles = [lead_profile("a", "lindon"), lead_profile("b", "lindon")]
    profiles += [lead_profile("c", "lindon", "morvan"), lead_profile("d", "lindon", "morvan")]
    profiles += [lead_profile("e", "morvan"), lead_profile("f", "morvan")]
    links = {(0, 1): 0.5, (2, 3): 0.5, (4, 5): 0.5, (0, 2): 0.9, (1, 3): 0.9, (2, 4): 0.8, (3, 5): 0.8}
    assert join_by_main_names([[0, 1], [2, 3], [4, 5]], profiles, links) == [[0, 1, 2, 3], [4, 5]]


def subject_profile(
    article_id: str, lead_predicates: set[str], lead_terms: frozenset[str] = frozenset({"velmar", "cocaine"})
) -> Profile:
    """An article sharing three words of one subject with another, its own words weighing most of
    its description: the two are just alike enough to be one story."""
    terms = Counter({"velmar": 1, "cocaine": 1, "harbour": 1})
    terms.update({f"{article_id}word{n}": 20 for n in range(16)})
    return Profile(article_id, terms, frozenset(), frozenset(terms), None, frozenset(lead_predicates), lead_terms)


def test_articles_just_alike_enough_are_one_story_when_their_ledes_share_an_event_word() -> None:
    (story,) = group_stories([subject_profile("a", {"capture"}), subject_profile("b", {"capture", "worker"})])
    assert story.articles == ("a", "b")


def test_articles_just_alike_enough_are_two_stories_when_their_ledes_share_no_event_word() -> None:
    assert group_stories([subject_profile("a", {"capture"}), subject_profile("b", {"arrest", "worker"})]) == []


def test_articles_just_alike_enough_are_two_stories_when_their_ledes_share_one_word() -> None:
    ledes = frozenset({"velmar"})
    profiles = [subject_profile("a", {"capture"}, ledes | {"port"}), subject_profile("b", {"capture"}, ledes)]
    assert group_stories(profiles) == []


def links_from(article: int, scores: dict[int, float], within: list[list[int]]) -> dict[tuple[int, int], float]:
    """``article``'s links, and every two other articles of a story linked at 0.3."""
    links = {(min(article, j), max(article, j)): score for j, score in scores.items()}
    for members in within:
        others = [m for m in members if m != article]
        links.update({(a, b): 0.3 for a in others for b in others if a < b})
    return links


def test_an_article_moves_to_the_story_it_is_most_alike() -> None:
    groups = [[0, 1, 2], [3, 4, 5]]
    links = links_from(2, {0: 0.13, 1: 0.13, 3: 0.3, 4: 0.3, 5: 0.3}, groups)
    assert settle(groups, links) == [[0, 1], [2, 3, 4, 5]]


def test_an_article_of_a_large_story_stays_for_a_small_story_more_alike_on_average() -> None:
    groups = [list(range(10)), [10, 11]]
    links = links_from(0, {**{j: 0.15 for j in range(1, 10)}, 10: 0.4, 11: 0.4}, groups)
    assert settle(groups, links) == groups


def test_an_article_never_moves_to_a_story_less_alike_than_a_story_needs() -> None:
    groups = [[0, 1, 2], [3, 4, 5]]
    links = links_from(2, {0: 0.02, 1: 0.02, 3: 0.1, 4: 0.1, 5: 0.1}, groups)
    assert settle(groups, links) == groups
