"""Fact groups settled: sentences moved where their pairs are best linked, strangers left out."""

from __future__ import annotations

import pytest

from newsarchive.factgroups import settle, without_strangers


def always(left: list[int], right: list[int]) -> bool:
    return True


def never(left: list[int], right: list[int]) -> bool:
    return False


def links(*pairs: tuple[int, int]) -> dict[int, set[int]]:
    linked: dict[int, set[int]] = {}
    for i, j in pairs:
        linked.setdefault(i, set()).add(j)
        linked.setdefault(j, set()).add(i)
    return linked


# Sentences 0-3 (one article each) are a fact four sources report; 4 and 5 were linked to each
# other first and made a group of two. 4 is also linked with three of the four.
TO_THE_LARGER = links((0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (4, 5), (4, 0), (4, 1), (4, 2))
# Sentences 0-8 all linked; 9 is linked with four of them, and with two of the three sentences
# of a small group (10-12, all linked).
LOOSELY_TIED = links(
    *((i, j) for i in range(9) for j in range(i + 1, 9)),
    *((9, i) for i in range(4)),
    (10, 11),
    (10, 12),
    (11, 12),
    (9, 10),
    (9, 11),
)
SETTLE = [
    pytest.param(
        [[0, 1, 2, 3], [4, 5]],
        TO_THE_LARGER,
        [f"article-{n}" for n in range(6)],
        always,
        [[0, 1, 2, 3, 4]],
        id="a sentence linked with most of a larger group moves there",
    ),
    pytest.param(
        [[0, 1, 2, 3], [4, 5]],
        links((0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (4, 5), (4, 0)),
        [f"article-{n}" for n in range(6)],
        always,
        [[0, 1, 2, 3], [4, 5]],
        id="one link into a larger group is not enough",
    ),
    pytest.param(
        [[0, 1, 2, 3], [4, 5]],
        TO_THE_LARGER,
        [f"article-{n}" for n in range(6)],
        never,
        [[0, 1, 2, 3], [4, 5]],
        id="not where the group may not take it (two events, one outlet twice)",
    ),
    pytest.param(
        [[0, 1, 2, 3], [4, 5]],
        links((0, 2), (0, 3), (1, 2), (1, 3), (4, 5), (4, 2), (4, 3)),
        ["article-0", "article-0", "article-2", "article-2", "article-0", "article-5"],
        always,
        [[0, 1, 2, 3, 4]],
        id="a sentence's own article makes no pairs: linked with both of the other article",
    ),
    pytest.param(
        [list(range(10)), [10, 11, 12]],
        LOOSELY_TIED,
        [f"article-{n}" for n in range(13)],
        always,
        [list(range(10)), [10, 11, 12]],
        id="a sentence loosely tied to a large group does not leave it for two links in a small one",
    ),
]


@pytest.mark.parametrize("groups, linked, owners, may_join, expected", SETTLE)
def test_a_sentence_settles_where_its_pairs_are_best_linked(
    groups: list[list[int]], linked: dict[int, set[int]], owners: list[str], may_join, expected: list[list[int]]
) -> None:
    assert settle(groups, linked, owners, may_join) == expected


OWNERS = [f"article-{n}" for n in range(8)]
QUAKE = frozenset({"quake", "hit", "province"})
DAMAGE = frozenset({"house", "destroy", "villager", "injure"})
BOTH = QUAKE | DAMAGE
# Terms of each sentence of one group (each of its own article), the links among them, and the
# group left: a sentence is a stranger to a group mate when it shares no word with it and was
# never linked to it.
STRANGERS = [
    pytest.param(
        [QUAKE, QUAKE, BOTH, BOTH, DAMAGE],
        links((0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (1, 3)),
        [0, 1, 2, 3],
        id="a sentence chained in through others, a stranger to two of four, leaves",
    ),
    pytest.param(
        [QUAKE, QUAKE, BOTH, BOTH, BOTH, BOTH, DAMAGE],
        links((0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (1, 3), (1, 6), (2, 6), (3, 6), (4, 6)),
        [0, 1, 2, 3, 4, 5, 6],
        id="a stranger to one of six stays",
    ),
    pytest.param(
        [QUAKE, DAMAGE, BOTH],
        links((0, 1), (1, 2), (0, 2)),
        [0, 1, 2],
        id="a pair a rule linked is no strangers, whatever words they share",
    ),
    pytest.param(
        [QUAKE, DAMAGE],
        links((0, 1)),
        [0, 1],
        id="a group of two is linked",
    ),
]


@pytest.mark.parametrize("terms, linked, kept", STRANGERS)
def test_a_sentence_sharing_no_word_with_many_of_its_group_leaves_it(
    terms: list[frozenset[str]], linked: dict[int, set[int]], kept: list[int]
) -> None:
    group = list(range(len(terms)))
    assert without_strangers([group], linked, OWNERS, terms) == [kept]


def test_a_group_left_with_one_articles_sentences_is_no_fact_group() -> None:
    assert without_strangers([[0, 1]], {}, OWNERS, [QUAKE, DAMAGE]) == []
