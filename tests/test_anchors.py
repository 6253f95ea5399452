"""Paragraph anchors: derived from the paragraph's words, kept when the text around them changes."""

from __future__ import annotations

import re

import pytest

from newsarchive.anchors import anchor_paragraphs, derived_anchor, fingerprint
from newsarchive.model import Article, Field, Paragraph, Photo
from newsarchive.reader.credits import split_credit

A = "Fighters entered the stadium on Tuesday after a four month battle for the northern city."
B = "The council will hand over security to a police force trained by the coalition next week."
C = "Aid groups said most of the city was destroyed and that landmines remain in many homes."
D = "Residents began returning to the eastern districts, where shops reopened for the first time."


def article(*texts: str, photo_quotes: int | None = None) -> Article:
    blocks: list = [Paragraph(f"p-{n}", text, n) for n, text in enumerate(texts, start=1)]
    if photo_quotes:
        blocks.append(
            Photo(
                "photo-1",
                "a caption",
                split_credit("Jane Roe/AFP"),
                Field.empty(),
                Field.empty(),
                99,
                f"p-{photo_quotes}",
            )
        )
    empty = Field.empty()
    return Article("a.txt", empty, empty, empty, empty, empty, tuple(blocks), "", 0)


def edit(before: tuple[str, ...], after: tuple[str, ...]):
    """Anchors given to ``before``, then ``after`` read against the lock: (first, second)."""
    first = anchor_paragraphs(article(*before))
    return first, anchor_paragraphs(article(*after), first.paragraphs)


def anchors_of(result) -> list[str]:
    return [p.anchor for p in result.article.paragraphs]


def resolve(result, anchor: str) -> str:
    return result.aliases.get(anchor, anchor)


def test_a_new_paragraph_gets_an_anchor_from_its_words_that_never_reads_as_a_number() -> None:
    first = anchor_paragraphs(article(A, B))
    assert all(re.fullmatch(r"p-[a-z][a-z0-9]{5}", anchor) for anchor in anchors_of(first))
    assert anchors_of(first) == anchors_of(anchor_paragraphs(article(A, B)))  # the same words, the same anchor
    assert first.aliases == {"p-1": anchors_of(first)[0], "p-2": anchors_of(first)[1]}
    assert [(p.number, p.words) for p in first.paragraphs] == [(1, 15), (2, 16)] and first.added == 2


def test_spelling_of_quotes_dashes_and_case_is_not_a_change() -> None:
    assert fingerprint("He said: “It’s over” — today.") == fingerprint('he said: "it\'s over" - TODAY')


# (before, after, how each paragraph of before is found afterwards: index in after)
EDITS = {
    "unchanged": ((A, B, C), (A, B, C), [0, 1, 2]),
    "an earlier paragraph split": ((A, B + " " + C, D), (A, B, C, D), [0, 1, 3]),
    "an earlier paragraph joined": ((A, B, C, D), (A + " " + B, C, D), [0, 0, 1, 2]),
    "a paragraph added before": ((B, C), (A, B, C), [1, 2]),
    "its first words edited": ((A, B, C), (A, "Officials say " + B, C), [0, 1, 2]),
    "its last words edited": ((A, B, C), (A, B.removesuffix(" next week.") + " in May.", C), [0, 1, 2]),
    "a paragraph deleted": ((A, B, C), (A, C), [0, 0, 1]),
}


@pytest.mark.parametrize("case", EDITS)
def test_every_anchor_and_ordinal_still_leads_to_its_paragraph(case: str) -> None:
    before, after, found_in = EDITS[case]
    first, second = edit(before, after)
    anchors = anchors_of(second)
    for index, old in enumerate(anchors_of(first)):
        assert resolve(second, old) == anchors[found_in[index]], (case, index)
        assert resolve(second, f"p-{index + 1}") == anchors[found_in[index]], (case, index)


def test_a_paragraph_that_keeps_its_words_keeps_its_anchor_when_an_earlier_one_splits() -> None:
    first, second = edit((A, B + " " + C, D), (A, B, C, D))
    assert anchors_of(second)[0] == anchors_of(first)[0] and anchors_of(second)[3] == anchors_of(first)[2]
    # the first part of the split paragraph keeps its anchor; the second part is new
    assert anchors_of(second)[1] == anchors_of(first)[1] and anchors_of(second)[2] not in anchors_of(first)
    assert second.added == 1 and second.paragraphs[-1].number is None  # ¶3 was already given


def test_a_joined_paragraph_keeps_the_first_anchor_and_the_second_leads_to_it() -> None:
    first, second = edit((A, B, C), (A + " " + B, C))
    assert anchors_of(second) == [anchors_of(first)[0], anchors_of(first)[2]]
    assert second.aliases[anchors_of(first)[1]] == anchors_of(first)[0]
    assert second.added == 0


def test_a_paragraph_added_at_the_end_gets_the_next_number() -> None:
    first, second = edit((A, B), (A, B, C))
    assert second.paragraphs[-1].number == 3 and resolve(second, "p-3") == anchors_of(second)[2]


def test_identical_paragraphs_keep_distinct_anchors_in_order() -> None:
    first, second = edit((A, A, B), (A, A, B))
    assert len(set(anchors_of(first))) == 3 and anchors_of(second) == anchors_of(first)


def test_a_pull_quote_links_to_the_stable_anchor() -> None:
    result = anchor_paragraphs(article(A, B, photo_quotes=2))
    assert result.article.photos[0].pull_quote_of == anchors_of(result)[1]


def test_a_clash_of_derived_anchors_takes_the_next() -> None:
    anchor = derived_anchor(A, set())
    assert derived_anchor(A, {anchor}) not in (anchor, None)


def test_a_repeated_paragraph_gets_the_anchors_a_search_from_the_first_try_gives() -> None:
    plain: set[str] = set()
    remembered: set[str] = set()
    next_try: dict[str, int] = {}
    for _ in range(5):
        expected = derived_anchor(A, plain)
        plain.add(expected)
        found = derived_anchor(A, remembered, next_try)
        remembered.add(found)
        assert found == expected
    assert len(plain) == 5


def test_an_unchanged_article_costs_no_word_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsarchive.anchors as anchors

    first = anchor_paragraphs(article(A, B, C))

    def fail(*args) -> None:
        raise AssertionError("windows built for an unchanged article")

    monkeypatch.setattr(anchors, "_Windows", fail)
    assert anchors_of(anchor_paragraphs(article(A, B, C), first.paragraphs)) == anchors_of(first)
