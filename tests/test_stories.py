"""Story groups: which articles report one story, from their descriptions alone."""

from __future__ import annotations

from collections import Counter

from newsarchive.lemmas import analyse
from newsarchive.stories import Profile, group_stories, profile_of


def profile(article_id: str, lead: str, *body: str) -> Profile:
    sentences = []
    for n, text in enumerate((lead, *body)):
        analysis = analyse(text)
        sentences.append((Counter(analysis.terms), analysis.names, n == 0))
    return profile_of(article_id, sentences)


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
