"""Average linkage over a sparse graph: groups held together by most of their pairs."""

from __future__ import annotations

from newsarchive.clusters import Grouping


def test_a_clique_is_one_group() -> None:
    links = {(0, 1): 1.0, (0, 2): 1.0, (1, 2): 1.0}
    assert Grouping(["a", "b", "c"], links, max_size=10).run(0.5).groups() == [[0, 1, 2]]


def test_a_chain_of_single_links_is_not_one_group() -> None:
    links = {(0, 1): 1.0, (1, 2): 1.0, (2, 3): 1.0}
    groups = Grouping(["a", "b", "c", "d"], links, max_size=10).run(0.6).groups()
    assert all(len(group) <= 2 for group in groups)


def test_items_of_one_owner_do_not_count_against_a_merge() -> None:
    # The headline and lede of article "a" both link to article "b": one group.
    links = {(0, 2): 1.0, (1, 2): 1.0}
    assert Grouping(["a", "a", "b"], links, max_size=10).run(0.9).groups() == [[0, 1, 2]]


def test_a_refused_merge_keeps_groups_apart() -> None:
    links = {(0, 1): 1.0, (1, 2): 1.0, (0, 2): 1.0}
    grouping = Grouping(["a", "b", "c"], links, max_size=10, may_merge=lambda x, y: not ({0, 2} <= set(x) | set(y)))
    assert [0, 1, 2] not in grouping.run(0.3).groups()


def test_groups_stop_at_their_largest_size() -> None:
    links = {(i, j): 1.0 for i in range(4) for j in range(i + 1, 4)}
    assert all(len(g) <= 2 for g in Grouping(["a", "b", "c", "d"], links, max_size=2).run(0.5).groups())
