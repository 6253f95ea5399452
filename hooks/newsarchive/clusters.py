"""Average-linkage grouping over a sparse graph: the shape both story and fact groups take.

Items are numbered 0..n-1 and joined by scored links; a link never computed counts as 0. Two
groups merge, best first, while the average link between them (over the pairs that may be
linked at all) stays at or above a threshold, so a group is held together by most of its
pairs, never by a chain of single links. Each merge costs the two groups' neighbour lists, and
the heap holds each link a few times: time grows with the links, not with the items squared.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Sequence


class Grouping:
    """One run of average linkage; ``groups()`` gives the result as lists of items."""

    def __init__(
        self,
        owners: Sequence[str],
        links: dict[tuple[int, int], float],
        *,
        max_size: int,
        may_merge: Callable[[list[int], list[int]], bool] | None = None,
    ) -> None:
        """``owners[i]`` is who item ``i`` belongs to: two items of one owner are never a pair
        (two sentences of one article), so they neither count for nor against a merge."""
        self._n = len(owners)
        self._owners: list[Counter[str]] = [Counter({owner: 1}) for owner in owners]
        self._members: list[list[int]] = [[i] for i in range(self._n)]
        self._sums: list[dict[int, float]] = [{} for _ in range(self._n)]
        for (i, j), score in links.items():
            self._sums[i][j] = self._sums[i].get(j, 0.0) + score
            self._sums[j][i] = self._sums[j].get(i, 0.0) + score
        self._max_size = max_size
        self._may_merge = may_merge

    def _pairs_between(self, i: int, j: int) -> int:
        small, large = sorted((self._owners[i], self._owners[j]), key=len)
        same = sum(count * large.get(owner, 0) for owner, count in small.items())
        return len(self._members[i]) * len(self._members[j]) - same

    def _average(self, i: int, j: int) -> float:
        pairs = self._pairs_between(i, j)
        return self._sums[i].get(j, 0.0) / pairs if pairs else 0.0

    def run(self, threshold: float) -> "Grouping":
        heap = [(-self._average(i, j), i, j) for i in range(self._n) for j in self._sums[i] if i < j]
        heapq.heapify(heap)
        alive = [True] * self._n
        while heap:
            negative, i, j = heapq.heappop(heap)
            if not (alive[i] and alive[j]):
                continue
            current = self._average(i, j)
            if current < threshold:
                continue
            if current != -negative:  # a merge changed it since it was pushed
                heapq.heappush(heap, (-current, i, j))
                continue
            if len(self._members[i]) + len(self._members[j]) > self._max_size or (
                self._may_merge is not None and not self._may_merge(self._members[i], self._members[j])
            ):
                continue
            alive[j] = False
            self._absorb(i, j)
            for k in sorted(self._sums[i]):
                average = self._average(i, k)
                if average >= threshold:
                    heapq.heappush(heap, (-average, min(i, k), max(i, k)))
        return self

    def _absorb(self, i: int, j: int) -> None:
        for k, score in self._sums[j].items():
            if k == i:
                continue
            del self._sums[k][j]
            self._sums[i][k] = self._sums[i].get(k, 0.0) + score
            self._sums[k][i] = self._sums[i][k]
        self._sums[i].pop(j, None)
        self._sums[j] = {}
        self._members[i] += self._members[j]
        self._members[j] = []
        self._owners[i] += self._owners[j]

    def groups(self) -> list[list[int]]:
        """Groups of two or more items, each sorted, in the order of their first item."""
        found = [sorted(members) for members in self._members if len(members) > 1]
        return sorted(found)
