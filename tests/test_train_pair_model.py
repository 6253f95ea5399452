"""The pair scorer's training script (tried and dropped, kept to repeat the trial): its features
and its fit, on small inline inputs."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from train_pair_model import FEATURES, features, probability  # noqa: E402

from newsarchive.factrules import Evidence, Sentence  # noqa: E402
from newsarchive.xrefmodel import Passage  # noqa: E402
from quality.logistic import fit, solve  # noqa: E402


def sentence(article: str, text: str, terms: list[str], lead: bool, date: str | None) -> Sentence:
    return Sentence(
        Passage(article, "p-1", text, 0, None, date),
        lead,
        lead,
        Counter(terms),
        frozenset({"quake"}),
        frozenset(),
        frozenset({"place-a"}),
        (),
        lead,
    )


def test_features_of_a_tiny_pair_are_symmetric_and_named() -> None:
    a = sentence("a", "A quake hit the coast.", ["quake", "hit", "coast"], True, "2020-01-01")
    b = sentence("b", "The coast was hit by a quake Sunday.", ["coast", "hit", "quake", "sunday"], False, "2020-01-03")
    e = Evidence(0.6, ("quake", "coast"), frozenset({"quake"}), frozenset(), ("place-a",), ())
    values = dict(zip(FEATURES, features(a, b, e), strict=True))
    assert features(a, b, e) == features(b, a, e)
    assert values["cosine"] == 0.6
    assert values["shared_share"] == 2 / 3
    assert values["leads"] == 1.0
    assert values["both_published_dated"] == 1.0 and values["published_days_apart"] > 0


def test_solve_gives_the_solution_of_a_small_system() -> None:
    assert [round(v, 9) for v in solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0])] == [0.8, 1.4]


def test_fit_orders_a_separable_set_and_the_probability_rises_with_the_feature() -> None:
    x = [[1.0, v] for v in (-2.0, -1.0, -0.5, 0.5, 1.0, 2.0)]
    y = [0.0, 0.0, 0.0, 1.0, 1.0, 1.0]
    beta = fit(x, y, [1.0] * len(x), l2=1.0, iterations=10)
    assert beta == fit(x, y, [1.0] * len(x), l2=1.0, iterations=10)
    model = {"bias": beta[0], "weights": [beta[1]], "means": [0.0], "scales": [1.0]}
    assert probability(model, (-1.0,)) < 0.5 < probability(model, (1.0,))
