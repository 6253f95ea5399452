"""Bytes to text: every encoding a paste arrives in, every hidden character reported by line."""

from __future__ import annotations

import codecs

import pytest

from newsarchive.decode import clean_text, decode_seed


def codes(decoded) -> list[tuple[str, int | None]]:
    return [(p.code, p.line) for p in decoded.problems]


def test_empty_and_binary_files_are_skipped_with_a_reason() -> None:
    assert decode_seed(b"", "e.txt").problems[0].code == "empty-file"
    assert decode_seed(b"\x89PNG\r\n\x1a\n\x00\x00", "b.txt").problems[0].code == "binary-file"


def test_utf8_bom_nbsp_and_zero_width_are_cleaned_but_quotes_kept() -> None:
    decoded = decode_seed("\ufeffThe\u00a0“quoted”\u200b text — here\r\n".encode(), "a.txt")
    assert decoded.text == "The “quoted” text — here\n" and decoded.problems == ()


@pytest.mark.parametrize(
    "codec, bom",
    [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)],
)
def test_utf16_and_utf32_with_a_byte_order_mark_are_text_not_binary(codec: str, bom: bytes) -> None:
    decoded = decode_seed(bom + "Café owners reopen\n\nThey said so.\n".encode(codec), "wide.txt")
    assert decoded.text == "Café owners reopen\n\nThey said so.\n" and decoded.problems == ()


def test_mixed_utf8_and_windows_1252_keeps_both_and_names_the_first_bad_line() -> None:
    data = (
        "Café in UTF-8\n".encode()
        + "Caf\xe9 in Windows-1252 – dash\n".encode("cp1252")
        + "naïve UTF-8 again\n".encode()
    )
    decoded = decode_seed(data, "mixed.txt")
    assert decoded.text == "Café in UTF-8\nCafé in Windows-1252 – dash\nnaïve UTF-8 again\n"
    assert codes(decoded) == [("encoding-not-utf8", 2)]


def test_a_late_nul_byte_separates_words_and_is_reported() -> None:
    data = b"Headline\n\n" + b"x" * 9000 + b"\n\nword\x00other\n"
    decoded = decode_seed(data, "nul.txt")
    assert "word other" in decoded.text
    assert codes(decoded) == [("hidden-characters", 5)]


def test_c1_controls_are_read_as_windows_1252() -> None:
    text, problems = clean_text("Outlet\x85 and \x93quoted\x94\n", "c1.txt")
    assert text == "Outlet… and “quoted”\n"
    assert [(p.code, p.line) for p in problems] == [("hidden-characters", 1)]


def test_bidi_overrides_are_removed_so_names_cannot_display_reversed() -> None:
    text, problems = clean_text("Line one\nSheikh \u202eidallA\u202c said\n", "bidi.txt")
    assert text == "Line one\nSheikh idallA said\n"
    assert [(p.code, p.line) for p in problems] == [("hidden-characters", 2)]


def test_noncharacters_are_removed() -> None:
    text, problems = clean_text("A\ufffeB\ufdd0C", "nc.txt")
    assert text == "ABC" and problems[0].code == "hidden-characters"


def test_page_breaks_become_line_breaks() -> None:
    assert clean_text("one\x0ctwo\x0bthree")[0] == "one\ntwo\nthree"
