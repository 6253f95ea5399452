"""Turning bytes into clean text, and text into sentences and words.

Pasted web text arrives in any encoding with any line ending and invisible characters; this
module makes it uniform without touching what a reader sees (curly quotes and dashes stay).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .model import Problem

UTF8_BOM = b"\xef\xbb\xbf"
BINARY_SNIFF_BYTES = 8192
# Control characters that never belong in pasted prose (tab, LF and CR are handled separately).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
MULTI_SPACE = re.compile(r" {2,}")

# Sentence ends: terminal punctuation, optional closing quotes/brackets, space, then a capital,
# digit or opening quote. Abbreviations are checked separately (see ``split_sentences``).
SENTENCE_END = re.compile(r"""([.!?]['"”’)\]]*)\s+(?=['"“‘(\[]?[A-Z0-9])""")
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj cpl pvt adm rep sen gov pres st jr sr
    no vs etc approx dept est fig inc ltd co corp mt ft jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.k u.n e.g i.e a.m p.m""".split()
)
WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


@dataclass(frozen=True)
class DecodedText:
    """A file's text after decoding, or ``None`` with the reason it could not be read."""

    text: str | None
    problems: tuple[Problem, ...]
    content_hash: str


def decode_seed(data: bytes, file: str) -> DecodedText:
    """Decode a seed file's bytes: UTF-8 (with or without BOM), else Windows-1252, never binary."""
    digest = hashlib.sha256(data).hexdigest()
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return DecodedText(None, (Problem(file, None, "binary-file", "binary file skipped: it holds NUL bytes, not text"),), digest)
    problems: list[Problem] = []
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        try:
            text, encoding = data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            # Bytes Windows-1252 leaves undefined: Latin-1 maps every byte, so nothing is lost.
            text, encoding = data.decode("latin-1"), "Latin-1"
        problems.append(
            Problem(file, line, "encoding-not-utf8", f"file is not UTF-8; read as {encoding} (save it as UTF-8 to silence this)")
        )
    text = normalise_text(text)
    if not text.strip():
        return DecodedText(None, (Problem(file, None, "empty-file", "empty file skipped: it holds no text"),), digest)
    return DecodedText(text, tuple(problems), hashlib.sha256(text.encode("utf-8")).hexdigest())


def normalise_text(text: str) -> str:
    """Uniform line endings and spaces; visible characters (quotes, dashes) stay as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ZERO_WIDTH.sub("", text)
    text = CONTROL_CHARS.sub("", text)
    text = ODD_SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def collapse_spaces(text: str) -> str:
    return MULTI_SPACE.sub(" ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations (``Oct.``, ``U.S.``) and initials whole."""
    sentences: list[str] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        last_word = before[-1] if before else ""
        if match.group(1).startswith(".") and _is_abbreviation(last_word):
            continue
        sentences.append(text[start : match.end(1)].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _is_abbreviation(word: str) -> bool:
    bare = word.strip("\"'“‘(").lower()
    return bare in ABBREVIATIONS or (len(bare) == 1 and bare.isalpha())


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=262_144)
def fold(text: str) -> str:
    """Case-, accent- and quote-insensitive form of a text, for comparing names and quotes."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.translate(QUOTE_FOLD)
    return collapse_spaces(stripped.casefold())


QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "ʼ": "'", "–": "-", "—": "-"})


def slugify(text: str, max_words: int = 10, max_length: int = 72) -> str:
    """A readable ASCII slug: ``Drone footage captures ...`` -> ``drone-footage-captures``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"(?<=\w)[.'’](?=\w)", "", ascii_text)
    tokens = re.findall(r"[a-z0-9]+", ascii_text)[:max_words]
    slug = ""
    for token in tokens:
        candidate = f"{slug}-{token}" if slug else token
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or "untitled"


STOPWORDS = frozenset(
    """a an the and or but if of in on at to for from by with as into onto over under after before
    about against between during through while than then that this these those there here it its
    it's is are was were be been being has have had do does did will would shall should can could
    may might must not no nor so such too very just also only own same other some any each every
    all both few more most he she they them his her their we our you your i me my who whom whose
    which what when where why how said says say according""".split()
)
_SUFFIXES = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet ``declares`` with ``declared``."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> list[str]:
    """Folded, stemmed words without stopwords; ``U.S.`` and ``US`` both become ``us``."""
    terms = []
    for word in words(fold(text)):
        bare = word.replace(".", "").replace("'", "").replace("’", "")
        for part in bare.split("-"):
            if part and part not in STOPWORDS:
                terms.append(stem(part))
    return terms


def name_order(name: str) -> tuple[str, str]:
    """Sort key for names: case- and accent-insensitive, with a total order for ties (ISIS/ISiS)."""
    return fold(name), name
