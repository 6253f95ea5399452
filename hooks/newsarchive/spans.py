"""Runs of capitalised words in a sentence, and the names each run holds.

A run goes on over capitalised words, particles ("van", "al-") and connectors ("of the", "&"),
and stops at a possessive ("Korea's"), an agent suffix ("Kurdish-led"), a function word or a
market code. ``SPLIT_RULES`` then cut a run into the names it holds: a title before a person
("Education Minister X") is the person's role, "X of the Y" after a person's name is a group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    AGENT_SUFFIXES,
    ARABIC_ARTICLE_START,
    HONORIFICS,
    HYPHEN_ADJECTIVE_TAILS,
    NAME_CONNECTORS,
    NUMBER_WORDS,
    POSSESSIVES_IN_NAMES,
    PRONOUN_CONTRACTIONS,
    STOP_ACRONYMS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_calendar_word,
    is_never_a_name,
)
from .names import has_head_noun, is_ordinary_word, person_shaped
from .text import STOPWORDS

TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?:-[A-Za-z]+)*|[^\W\d_][\w'’]*(?:[-‐][\w'’]+)*|\d[\d,.]*|&|[^\w\s]")
POSSESSIVE = re.compile(r"['’]s?$")
Token = tuple[int, int, str]
"""A token of a sentence: start, end, text."""


@dataclass(frozen=True)
class Span:
    """Token positions ``first`` to ``last`` (inclusive) of a sentence's tokens."""

    first: int
    last: int


def tokens_of(sentence: str) -> list[Token]:
    return [(match.start(), match.end(), match.group(0)) for match in TOKEN.finditer(sentence)]


@lru_cache(maxsize=131_072)
def is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    upper = sum(1 for c in letters if c.isupper())
    return 2 <= len(letters) <= 7 and letters.isalpha() and upper >= max(2, len(letters) - 1)


@lru_cache(maxsize=262_144)
def _is_name_token(token: str, opening: bool = False) -> bool:
    """A word that can be part of a name: capitalised, or an Arabic article glued to one ("al-Assad");
    not a calendar word, a pronoun ("I", "I'm"), a function word (but "The" may open a name), or
    a letter glued to a word ("T-shirt", "X-ray")."""
    if is_calendar_word(token) or not token[:1].isalpha() or PRONOUN_CONTRACTIONS.match(token):
        return False
    lower = token.lower()
    if lower in FUNCTION_WORDS and not (opening and lower in OPENING_ARTICLES):
        return False
    if re.match(r"^[A-Z][-‐][a-z]", token):
        return False
    return token[:1].isupper() or bool(ARABIC_ARTICLE_START.match(token))


OPENING_ARTICLES = frozenset({"the", "a", "an"})
FUNCTION_WORDS = STOPWORDS - {"said", "says", "say", "according", "will", "may", "can", "who", "own", "same", "just"}
"""Words that, capitalised inside a run, end the name ("In", "For", "I"); a few are also names ("Will
Smith", "Elena Said", "Doctor Who")."""


def _ends_name(token: str) -> bool:
    """A token after which a name cannot go on: "Kurdish-led", or a name's possessive ("Korea's",
    "ZUA's"; but "People's Party" and "Workers' Party" go on)."""
    if "-" in token[1:] and token.rpartition("-")[2] in AGENT_SUFFIXES | HYPHEN_ADJECTIVE_TAILS:
        return True
    if not POSSESSIVE.search(token):
        return False
    owner = POSSESSIVE.sub("", token)
    # "Sheriff's Department", "Governor's Office": an office's possessive goes on into its bureau.
    return not (owner.lower() in POSSESSIVES_IN_NAMES or owner in TITLE_HEADS or token.endswith(("s'", "s’")))


def _connector_length(tokens: list[Token], index: int) -> int:
    """Tokens a connector run takes inside a name ("of", "for the", "&" + a capitalised word), or 0."""
    step = index + 1
    if step < len(tokens) and tokens[step][2] == "the" and tokens[index][2] in ("of", "for"):
        step += 1
    if step < len(tokens) and _is_name_token(tokens[step][2]):
        return step - index + 1
    return 0


def name_runs(tokens: list[Token]) -> list[Span]:
    spans: list[Span] = []
    index = 0
    while index < len(tokens):
        if not _is_name_token(tokens[index][2], opening=True) or _is_ticker(tokens, index):
            index += 1
            continue
        first = last = index
        index += 1
        while index < len(tokens) and not _ends_name(tokens[last][2]):
            token = tokens[index][2]
            acronym_defined_next = index + 1 < len(tokens) and tokens[index + 1][2] == "("
            if _initial_goes_on(tokens, last, index):
                last = index  # "L. Ron Hubbard", "Steven F. Udvar-Hazy": the initial's full stop
                index += 1
            elif _is_name_token(token) and not (
                is_acronym(token) and not is_acronym(tokens[last][2]) and acronym_defined_next
            ):
                last = index
                index += 1
            elif token in NAME_CONNECTORS and (skip := _connector_length(tokens, index)):
                last = index + skip - 1
                index += skip
            else:
                break
        spans.append(Span(first, last))
    return spans


def _is_ticker(tokens: list[Token], index: int) -> bool:
    """A market code (".FTSE", "EUR="): glued to a full stop before it or an equals sign after."""
    start, end, _ = tokens[index]
    glued_dot = index > 0 and tokens[index - 1][2] == "." and tokens[index - 1][1] == start
    glued_equals = index + 1 < len(tokens) and tokens[index + 1][2] == "=" and tokens[index + 1][0] == end
    return glued_dot or glued_equals


def _initial_goes_on(tokens: list[Token], last: int, index: int) -> bool:
    """A single capital, its full stop, then a name word: an initial inside a person's name."""
    token = tokens[last][2]
    return (
        len(token) == 1
        and token.isupper()
        and tokens[index][2] == "."
        and index + 1 < len(tokens)
        and _is_name_token(tokens[index + 1][2])
    )


# --- cutting a span into the names it holds ------------------------------------------------------


def split(tokens: list[Token], span: Span) -> list[tuple[Span, str | None]]:
    """The names a span holds, each with the role a title before it gives (rules in order)."""
    parts: list[tuple[Span, str | None]] = [(span, None)]
    for rule in SPLIT_RULES:
        parts = [piece for part, role in parts for piece in rule(tokens, part, role)]
    return parts


def _words(tokens: list[Token], span: Span) -> list[str]:
    return [t[2] for t in tokens[span.first : span.last + 1]]


def _text(tokens: list[Token], first: int, last: int) -> str:
    return " ".join(t[2] for t in tokens[first : last + 1])


def _title_before_person(tokens, span: Span, role: str | None) -> list[tuple[Span, str | None]]:  # noqa: ANN001
    """ "U.S. President Donald Trump", "Education Minister Stefania Giannini", "Mr Smith": the title
    is the person's role; a name before the title ("U.S.") is a name of its own."""
    words = _words(tokens, span)
    heads = [i for i, w in enumerate(words) if w.rstrip(".") in TITLE_HEADS or w.rstrip(".") in HONORIFICS]
    for head in reversed(heads):
        after = head + 1
        if after + 1 < len(words) and words[after] == "of" and words[after + 1][:1].isupper():
            after += 2  # "Minister of Education Stefania Giannini"
        rest = words[after:]
        if not rest or not _person_after_title(words[head], rest):
            continue
        begin = head
        while begin > 0 and words[begin - 1].rstrip(".") in TITLE_MODIFIERS | TITLE_HEADS:
            begin -= 1
        title = _text(tokens, span.first + begin, span.first + after - 1)
        if all(w.rstrip(".") in HONORIFICS for w in words[begin : head + 1]):
            title = ""  # "Mr Smith": a person, with no role to tell
        pieces: list[tuple[Span, str | None]] = []
        if begin > 0:
            pieces.append((Span(span.first, span.first + begin - 1), None))
        pieces.append((Span(span.first + after, span.last), title))
        return pieces
    return [(span, role)]


def _person_after_title(title: str, rest: list[str]) -> bool:
    """Whether the words after a title are a person's name: "President Obama" yes, "General Motors" no."""
    if any(w.lower() in STOPWORDS for w in rest) or has_head_noun(" ".join(rest)) or is_never_a_name(rest):
        return False
    if title.rstrip(".") in HONORIFICS:
        return True
    return person_shaped(" ".join(rest)) or (len(rest) == 1 and not is_ordinary_word(rest[0]))


def _role_of_group(tokens, span: Span, role: str | None) -> list[tuple[Span, str | None]]:  # noqa: ANN001
    """ "Director of the National Institute", "Co-founder of Vantor": an office, then the group it is in."""
    words = _words(tokens, span)
    lead = 1 if words[0] in ("The", "A", "An") else 0
    if len(words) < lead + 3 or words[lead + 1] not in ("of", "for") or not _is_office(words[lead]):
        return [(span, role)]
    behind = lead + (3 if words[lead + 2] == "the" else 2)
    return [(Span(span.first + behind, span.last), role)] if behind < len(words) else []


def _is_office(word: str) -> bool:
    bare = POSSESSIVE.sub("", word.rstrip("."))
    return bare in TITLE_HEADS or bare.lower().startswith(("co-", "founder"))


def _trailing_office(tokens, span: Span, role: str | None) -> list[tuple[Span, str | None]]:  # noqa: ANN001
    """ "Norwegian Ambassador", "Harbour Museum CEO": an office or a title acronym after a name is no part of it."""
    words = _words(tokens, span)
    last = len(words)
    while last > 1 and (_is_office(words[last - 1]) or words[last - 1].rstrip(".") in STOP_ACRONYMS | HONORIFICS):
        last -= 1
    return [(Span(span.first, span.first + last - 1), role)]


def _leading_number(tokens, span: Span, role: str | None) -> list[tuple[Span, str | None]]:  # noqa: ANN001
    """ "Five Norwegian players", "Two Tarvians": a number word before a name is no part of it."""
    words = _words(tokens, span)
    first = 0
    while first < len(words) - 1 and words[first] in NUMBER_WORDS:
        first += 1
    return [(Span(span.first + first, span.last), role)]


def _person_of_group(tokens, span: Span, role: str | None) -> list[tuple[Span, str | None]]:  # noqa: ANN001
    """ "Ilse Brandauer of the Harwick Civic Party", "Anna de Vries for the Harbour Trust":
    a person, then the group they belong to or speak for."""
    words = _words(tokens, span)
    at = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    if at is None:
        return [(span, role)]
    behind = at + 2 if at + 1 < len(words) and words[at + 1] == "the" else at + 1
    if at < 2 or behind >= len(words) or not person_shaped(" ".join(words[:at])):
        return [(span, role)]
    return [(Span(span.first, span.first + at - 1), role), (Span(span.first + behind, span.last), None)]


SPLIT_RULES = [_leading_number, _role_of_group, _title_before_person, _trailing_office, _person_of_group]
"""Each takes a span and gives the spans it holds; applied in this order."""
