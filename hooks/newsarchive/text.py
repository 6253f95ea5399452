"""Text into sentences, words, folded keys and slugs (decoding bytes is ``decode``'s job)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
LONGEST_WORD = 40
"""Longer than any abbreviation the sentence splitter must recognise."""


def collapse_spaces(text: str) -> str:
    return MULTI_SPACE.sub(" ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations (``Oct.``, ``U.S.``) and initials whole."""
    sentences: list[str] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        # Only the last word matters: a bounded look back keeps a run of abbreviations linear.
        before = text[max(start, match.start() - LONGEST_WORD) : match.start()].rsplit(None, 1)
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
    stripped = text.translate(QUOTE_FOLD)
    if not stripped.isascii():  # ASCII has no compatibility forms or combining marks: most English text
        decomposed = unicodedata.normalize("NFKD", stripped)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(QUOTE_FOLD)
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
