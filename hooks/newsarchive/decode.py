"""A seed file's bytes turned into clean text, with every repair reported by line.

Pasted web text arrives in any encoding, with any line ending and with characters a reader
never sees. This module makes it uniform without touching what a reader does see (curly
quotes and dashes stay), and says where it had to guess: nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .model import Problem

BINARY_SNIFF_BYTES = 8192
"""A NUL byte this early (with no UTF-16/32 byte-order mark) means the file is not text."""
# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
CP1252_FALLBACK = "newsarchive-cp1252"
"""Codec error handler: a byte that is not UTF-8 is read as Windows-1252 (Latin-1 where
Windows-1252 leaves it undefined), so a file mixing the two keeps every character."""

# Invisible formatting that web pages carry and copies keep: removed without a word.
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
# Page breaks and vertical tabs separate lines; every other C0 control and DEL separates words.
LINE_BREAKING_CONTROLS = re.compile(r"[\x0b\x0c\u2028\u2029]")
WORD_BREAKING_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# C1 controls are Windows-1252 text that was decoded as Latin-1 somewhere before the paste.
C1_CONTROLS = re.compile(r"[\x80-\x9f]")
# Explicit bidi embeddings, overrides and isolates reorder the text around them: a name could
# be shown reversed (spoofed). Marks (U+200E, U+200F) cannot reorder and are kept.
BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
NONCHARACTERS = re.compile(r"[\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0001ffff\U0010fffe\U0010ffff]|[\ud800-\udfff]")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(_cp1252_char(byte) for byte in chunk), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


@dataclass(frozen=True)
class DecodedText:
    """A file's text after decoding, or ``None`` with the reason it could not be read."""

    text: str | None
    problems: tuple[Problem, ...]
    content_hash: str
    """SHA-256 of the clean text (of the bytes when there is no text)."""


def decode_seed(data: bytes, file: str) -> DecodedText:
    """Decode a seed: by its byte-order mark, else UTF-8 line by line with a Windows-1252 fallback."""
    digest = hashlib.sha256(data).hexdigest()
    problems: list[Problem] = []
    marked = next(((bom, codec, name) for bom, codec, name in BYTE_ORDER_MARKS if data.startswith(bom)), None)
    if marked is not None and marked[1] != "utf-8":
        bom, codec, name = marked
        text = data[len(bom) :].decode(codec, errors="replace")
        if "\ufffd" in text:
            problems.append(
                Problem(
                    file,
                    _line_of(text, text.index("\ufffd")),
                    "encoding-damaged",
                    f"{name} text with invalid bytes: shown as \ufffd",
                )
            )
    else:
        body = data.removeprefix(codecs.BOM_UTF8)
        if b"\x00" in body[:BINARY_SNIFF_BYTES]:
            return DecodedText(
                None, (Problem(file, None, "binary-file", "binary file skipped: it holds NUL bytes, not text"),), digest
            )
        text, fallback_lines = _decode_utf8_lines(body)
        if fallback_lines:
            others = f" and {len(fallback_lines) - 1} more" if len(fallback_lines) > 1 else ""
            problems.append(
                Problem(
                    file,
                    fallback_lines[0],
                    "encoding-not-utf8",
                    f"file is not UTF-8 (this line{others}); read as Windows-1252 there (save it as UTF-8 to silence "
                    "this)",
                )
            )
    text, cleaning_problems = clean_text(text, file)
    problems += cleaning_problems
    if not text.strip():
        return DecodedText(None, (Problem(file, None, "empty-file", "empty file skipped: it holds no text"),), digest)
    return DecodedText(text, tuple(problems), hashlib.sha256(text.encode("utf-8")).hexdigest())


def _decode_utf8_lines(data: bytes) -> tuple[str, list[int]]:
    """UTF-8 where a line is UTF-8; the fallback only on the bytes of lines that are not."""
    lines, fallback = [], []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("utf-8", errors=CP1252_FALLBACK))
            fallback.append(number)
    return "\n".join(lines), fallback


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _repair_c1(match: re.Match) -> str:
    repaired = _cp1252_char(ord(match.group(0)))
    return "" if C1_CONTROLS.fullmatch(repaired) else repaired


# Hidden characters: (pattern, replacement, what the warning calls them).
HIDDEN_CHARACTER_RULES = (
    (WORD_BREAKING_CONTROLS, " ", "control characters (replaced by spaces)"),
    (C1_CONTROLS, _repair_c1, "C1 control characters (read as Windows-1252)"),
    (BIDI_CONTROLS, "", "bidirectional overrides (removed: they can make text display reversed)"),
    (NONCHARACTERS, "", "Unicode noncharacters (removed)"),
)


def clean_text(text: str, file: str = "") -> tuple[str, list[Problem]]:
    """Uniform line endings and spaces, hidden characters out; each kind removed is reported once."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = LINE_BREAKING_CONTROLS.sub("\n", text)
    problems = []
    for pattern, replacement, what in HIDDEN_CHARACTER_RULES:
        first = pattern.search(text)
        if first is None:
            continue
        count = len(pattern.findall(text))
        problems.append(
            Problem(file, _line_of(text, first.start()), "hidden-characters", f"{count} {what}; first on this line")
        )
        text = pattern.sub(replacement, text)
    text = ZERO_WIDTH.sub("", text)
    text = ODD_SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text), problems


def normalise_text(text: str) -> str:
    """``clean_text`` without the report, for text that is not a seed file."""
    return clean_text(text)[0]
