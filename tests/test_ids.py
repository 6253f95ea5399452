"""Article ids: readable, and never shared by two articles."""

from __future__ import annotations

import pytest

from newsarchive.ids import assign_ids, sort_articles
from newsarchive.model import ArchivedArticle, Article, Field


def article(file: str, title: str, date: str | None = "2017-10-20") -> Article:
    return Article(
        file, Field(title, title), Field(date, date), Field.empty(), Field.empty(), Field.empty(), (), file, 0
    )


@pytest.mark.parametrize(
    "files, expected",
    [
        # the seeds: distinct titles keep their plain ids
        ([("a.txt", "Drone footage")], ["2017-10-20-drone-footage"]),
        # the review: file names that differ only in punctuation, case and extension
        (
            [("dup_1.txt", "Same"), ("dup-1.txt", "Same"), ("Dup_1.text", "Same")],
            ["2017-10-20-same-dup-1-3", "2017-10-20-same-dup-1-2", "2017-10-20-same-dup-1"],
        ),  # by file name: D < d, - < _
        # the review: a suffixed id that another article's plain id already holds
        (
            [("a.txt", "Storm hits coast"), ("b.txt", "Storm hits coast"), ("c.txt", "Storm hits coast A")],
            ["2017-10-20-storm-hits-coast-a-2", "2017-10-20-storm-hits-coast-b", "2017-10-20-storm-hits-coast-a"],
        ),
    ],
)
def test_ids_are_unique_by_construction(files: list[tuple[str, str]], expected: list[str]) -> None:
    archived, _ = assign_ids([article(file, title) for file, title in files])
    assert [item.id for item in archived] == expected


def test_a_collision_warns_naming_the_other_files() -> None:
    _, problems = assign_ids([article("a.txt", "Same"), article("b.txt", "Same")])
    assert [(p.file, p.code) for p in problems] == [("a.txt", "id-collision"), ("b.txt", "id-collision")]
    assert "b.txt" in problems[0].message and "a.txt" in problems[1].message


def test_articles_are_sorted_newest_first_then_by_id_and_undated_last() -> None:
    items = [
        ArchivedArticle(article("1.txt", "B", "2019-01-02"), "b"),
        ArchivedArticle(article("0.txt", "U", None), "u"),
        ArchivedArticle(article("2.txt", "A", "2020-05-01"), "a"),
        ArchivedArticle(article("3.txt", "C", "2019-01-02"), "c"),
    ]
    assert [a.id for a in sort_articles(items)] == ["a", "c", "b", "u"]
