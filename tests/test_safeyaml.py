"""Hand-written YAML read with bounded cost: every hostile document is a problem with a line."""

from __future__ import annotations

from conftest import finishes
from newsarchive.safeyaml import MAX_DEPTH, load_yaml

BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)
"""Three hundred bytes that PyYAML would expand to 9**9 values."""


def problems_of(text: str) -> list[tuple[str, int | None]]:
    return [(p.code, p.line) for p in load_yaml(text, "a.yml")[1]]


def test_an_alias_bomb_is_refused_without_expanding_it() -> None:
    document, problems = load_yaml(BOMB, "a.yml")
    assert document is None and [p.code for p in problems] == ["annotations-unreadable"]
    assert "aliases expand" in problems[0].message


def test_a_small_alias_is_still_allowed() -> None:
    document, problems = load_yaml("base: &b {kind: city}\nother: *b\n", "a.yml")
    assert problems == [] and document.value == {"base": {"kind": "city"}, "other": {"kind": "city"}}


def test_deep_nesting_is_refused_before_the_recursive_composer_runs() -> None:
    assert problems_of("x: " + "[" * 5000 + "]" * 5000) == [("annotations-unreadable", 1)]
    assert problems_of("x: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)) == []  # the mapping is a level


def test_an_impossible_date_stays_text_instead_of_raising() -> None:
    document, problems = load_yaml("date: 2017-02-30\n", "a.yml")
    assert problems == [] and document.value == {"date": "2017-02-30"}


def test_a_self_referencing_alias_is_refused() -> None:
    assert problems_of("a: &a [*a]\n") == [("annotations-unreadable", 1)]


def test_duplicate_keys_are_reported_with_their_line() -> None:
    document, problems = load_yaml("x: 1\ny: 2\nx: 3\n", "a.yml")
    assert document.value == {"x": 3, "y": 2}
    assert [(p.code, p.line) for p in problems] == [("annotations-duplicate-key", 3)]


def test_syntax_errors_name_their_line() -> None:
    assert problems_of("a: 1\nb: [unclosed\nc: 2\n")[0][0] == "annotations-unreadable"


def test_unhashable_keys_are_a_problem_not_a_crash() -> None:
    assert problems_of("? [a]\n: 1\n") == [("annotations-unreadable", 1)]


def test_lines_of_nested_keys() -> None:
    document, _ = load_yaml("a:\n  b:\n    - x\n    - y\n", "a.yml")
    assert document.lines[("a", "b", 1)] == 4 and document.lines[("a",)] == 1


def test_an_alias_bomb_in_annotations_finishes() -> None:
    finishes(f"from newsarchive.annotations import load_annotations; load_annotations({BOMB.encode()!r})")
