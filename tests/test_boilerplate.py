"""Furniture: sentences repeated word for word across unrelated articles."""

from __future__ import annotations

from newsarchive.boilerplate import across_stories, repeated_keys, sentence_key, widespread

PITCH = "Sign up for our newsletter to get the day's top stories."


def test_a_sentence_is_keyed_by_its_words() -> None:
    assert sentence_key("Sign up for our newsletter!") == sentence_key("sign up  for our Newsletter")


def test_a_line_repeated_in_three_articles_is_furniture() -> None:
    repeated = repeated_keys([("a", PITCH), ("b", PITCH), ("c", PITCH), ("c", "A line of its own in article c.")])
    assert widespread(repeated) == {sentence_key(PITCH)}


def test_a_line_shared_by_two_articles_of_one_story_is_not_furniture() -> None:
    repeated = repeated_keys([("a", PITCH), ("b", PITCH)])
    assert widespread(repeated) == frozenset()
    assert across_stories(repeated, {"a": "story-1", "b": "story-1"}) == frozenset()


def test_a_line_shared_by_two_unrelated_articles_is_furniture() -> None:
    repeated = repeated_keys([("a", PITCH), ("b", PITCH)])
    assert across_stories(repeated, {"a": "story-1"}) == {sentence_key(PITCH)}


def test_short_lines_are_left_to_the_matcher() -> None:
    assert repeated_keys([("a", "Watch:"), ("b", "Watch:"), ("c", "Watch:")]) == {}
