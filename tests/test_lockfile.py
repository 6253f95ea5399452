"""The lock file as text: written in one fixed form, read back exactly, anything else refused."""

from __future__ import annotations

import datetime

import pytest

from newsarchive.lockfile import (
    LockedArticle,
    LockedParagraph,
    archiving_date,
    format_lock,
    lock_mode,
    lock_outcome,
    read_lock,
)

PARAGRAPH = LockedParagraph("p-kq3x7a", 1, 12, "0123456789", "abcdefabcd")
SHA = "ab" * 32


def entry(file: str = "a.txt", article_id: str = "2017-10-20-a", **changes) -> LockedArticle:
    fields = {"archived": "2026-11-23", "paragraphs": (PARAGRAPH,)} | changes
    return LockedArticle(article_id, file, SHA, **fields)


@pytest.mark.parametrize(
    "file",
    [
        "plain.txt",
        "folder/sub folder/story.txt",
        'quote " and backslash \\ .txt',
        "new\nline\tand\rreturn.txt",
        "control\x01\x7f.txt",
        'x.txt"\n[[article]]\nid = "evil"',
        "Ávila – café ☕.txt",
    ],
)
def test_any_file_name_reads_back_exactly(file: str) -> None:
    written = entry(
        file,
        former_ids=("2017-10-19-old",),
        paragraphs=(PARAGRAPH, LockedParagraph("p-b00000", None, 3, "1" * 10, "2" * 10)),
    )
    lock, problems = read_lock(format_lock([written]).encode())
    assert problems == [] and lock.valid
    assert lock.articles == (written,)
    assert lock.taken == {"2017-10-20-a", "2017-10-19-old"}


def test_the_same_entries_always_give_the_same_text_sorted_by_file() -> None:
    first = format_lock([entry("b.txt", "b"), entry("a.txt", "a")])
    assert first == format_lock([entry("a.txt", "a"), entry("b.txt", "b")])
    assert first.index('file = "a.txt"') < first.index('file = "b.txt"')
    assert '  "p-kq3x7a 1 12 0123456789 abcdefabcd",\n' in first


def test_an_unnumbered_paragraph_is_written_with_a_dash() -> None:
    assert LockedParagraph("p-b00000", None, 3, "1" * 10, "2" * 10).line() == "p-b00000 - 3 1111111111 2222222222"


@pytest.mark.parametrize(
    "text, line",
    [
        ("version = 1\n[[article]\n", 2),  # not TOML
        ("version = 2\n", 1),  # another version
        ("version = 1\narticle = 3\n", None),
        ("a = " + "[" * 50_000 + "]" * 50_000, None),  # nesting that would blow the stack
    ],
)
def test_a_lock_that_cannot_be_read_gives_nothing_and_is_never_rewritten(text: str, line: int | None) -> None:
    lock, problems = read_lock(text.encode())
    assert lock.articles == () and not lock.valid
    assert [(p.code, p.line) for p in problems] == [("lock-invalid", line)]


def test_not_utf8_is_refused_with_its_line() -> None:
    _, problems = read_lock(b"version = 1\n\n# caf\xe9\n")
    assert [(p.code, p.line) for p in problems] == [("lock-invalid", 3)]


@pytest.mark.parametrize(
    "bad",
    [
        'id = "../../etc/passwd"',  # an id names a page, never a path
        'id = "Upper-Case"',
        'id = "x"\nsha256 = "zz"',
        'id = "x"\narchived = 2026-11-23T10:00:00',
        'id = "x"\nparagraphs = ["p-4 1 3 0123456789 0123456789"]',  # an ordinal is not a stable anchor
        'id = "x"\nparagraphs = ["p-kq3x7a 1 3 0123456789 0123456789", "p-kq3x7a 2 3 0123456789 0123456789"]',
        'id = "x"\nformer_ids = ["x"]',
        'id = "x"\ncolour = "red"',
    ],
)
def test_a_bad_entry_is_ignored_with_its_line_and_the_rest_is_read(bad: str) -> None:
    good = format_lock([entry("a.txt", "a")])
    entry_text = bad if "sha256" in bad else bad + f'\nsha256 = "{SHA}"'
    text = good + f'\n[[article]]\nfile = "b.txt"\n{entry_text}\n'
    lock, problems = read_lock(text.encode())
    assert [a.id for a in lock.articles] == ["a"] and not lock.valid
    assert [(p.code, p.line) for p in problems] == [
        ("lock-invalid", text.count("\n", 0, text.rindex("[[article]]")) + 1)
    ]


def test_two_entries_for_one_file_or_one_id_keep_the_first() -> None:
    text = format_lock([entry("a.txt", "a")]) + format_lock([entry("a.txt", "b")]).split("version = 1\n")[1]
    lock, problems = read_lock(text.encode())
    assert [a.id for a in lock.articles] == ["a"] and [p.code for p in problems] == ["lock-invalid"]


def test_update_writes_and_says_what_to_commit() -> None:
    text, problems = lock_outcome(None, "new lock", ("new article a (a.txt)",), "update")
    assert text == "new lock"
    assert [(p.code, p.severity.value) for p in problems] == [("lock-updated", "info")]
    assert "new article a (a.txt)" in problems[0].message


def test_frozen_never_writes_and_warns_what_is_missing() -> None:
    text, problems = lock_outcome(None, "new lock", ("new article a (a.txt)",), "frozen")
    assert text is None
    assert [(p.code, p.severity.value) for p in problems] == [("lock-outdated", "warning")]


@pytest.mark.parametrize("mode", ["update", "frozen"])
def test_nothing_is_written_when_nothing_was_added(mode: str) -> None:
    assert lock_outcome(b"old", "reformatted", (), mode) == (None, [])
    assert lock_outcome(b"same", "same", ("x",), mode) == (None, [])
    assert lock_outcome(b"old", None, ("x",), mode) == (None, [])  # an unreadable lock is never replaced


def test_lock_mode_comes_from_the_environment() -> None:
    assert lock_mode({}) == ("update", [])
    assert lock_mode({"ARCHIVE_LOCK": "frozen"}) == ("frozen", [])
    mode, problems = lock_mode({"ARCHIVE_LOCK": "readonly"})
    assert mode == "update" and [p.code for p in problems] == ["lock-mode-unknown"]


def test_the_archiving_date_is_today_in_utc_or_the_reproducible_build_date() -> None:
    late = datetime.datetime(2026, 11, 23, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    assert archiving_date({}, late) == "2026-11-24"
    assert archiving_date({"SOURCE_DATE_EPOCH": "1795392000"}, late) == "2026-11-23"
