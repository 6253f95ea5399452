"""Finding candidate names in one text unit (a title, subheading, paragraph or caption), with their cues.

This stage reads one unit at a time: it proposes spans (runs of capitalised words, acronyms,
"<State>-led coalition" phrases), cuts off what is not part of the name (a title before a person,
"of the Labour Party" after one), and records what the words around each span say of it (see
``cues``). Deciding which spans are names, and which belong together, needs the whole archive:
see ``entities``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from .cues import Cue, CueWindow, read_cues
from .lexicon import (
    AGENT_SUFFIXES,
    HYPHEN_ADJECTIVE_TAILS,
    STANCE_PREFIXES,
    STATE_FORCE_NOUNS,
)
from .model import STANDFIRST_ANCHOR, Article, Paragraph, Photo
from .spans import POSSESSIVE, Span, Token, is_acronym, name_runs, split, tokens_of
from .text import STOPWORDS, split_sentences

ACRONYM_DEFINITION = re.compile(r"^\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
DESCRIPTOR_KNOWN_AS = re.compile(
    r"\bthe\s+(?P<descriptor>(?:[\w.’'-]+\s+){0,2}(?:force|forces|group|militia|alliance|coalition|faction|"
    r"movement|organi[sz]ation|party|agency|network))\s+(?:also\s+)?known\s+as\s+(?:the\s+)?$",
    re.IGNORECASE,
)
KNOWN_AS = re.compile(r"\bknown\s+as\s+[\"'“‘]?$", re.IGNORECASE)
CLAUSE_OPENING = re.compile(r"(?:[:;—–]|\s-)\s*$")
SHOUTED = re.compile(r"^(?=(?:\W*[A-Z][A-Z'’.-]*\b){3})[^a-z]*$")
"""A sentence of three or more words in capitals and no lower-case letter."""
HEADLINE_CASE_SHARE = 0.6
"""A title or subheading whose words are capitalised at least this often is in headline case: its
capitals say nothing, so its names need support from elsewhere (0.6 splits the seeds' and GUM's
sentence-case titles from title-case ones with room on both sides)."""


class UnitKind(StrEnum):
    """Where in an article a unit stands."""

    TITLE = "title"
    STANDFIRST = "standfirst"
    SUBHEADING = "subheading"
    DATELINE = "dateline"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    SOURCE = "source"


@dataclass(frozen=True)
class TextUnit:
    """A piece of an article that can name things: where it is and its text."""

    article_id: str
    anchor: str | None
    """Paragraph, subheading or photo anchor (None for the title, the outlet and the dateline)."""
    kind: UnitKind
    text: str
    photo: str | None = None
    """Photo anchor when the unit is a caption."""
    date: str | None = None
    source: str | None = None
    headline_case: bool = False
    """A title or subheading with nearly every word capitalised: capitals there are no evidence."""


@dataclass(frozen=True)
class Candidate:
    """A span that may name a place or an actor, with the evidence the words around it give."""

    unit: TextUnit
    start: int
    end: int
    surface: str
    """The words exactly as they stand."""
    sentence: str
    sentence_initial: bool
    acronym: bool = False
    state_forces: bool = False
    """A ``<State>-led coalition`` / ``<State> forces`` phrase: the state's armed forces."""
    cues: frozenset[Cue] = frozenset()
    role: str | None = None
    """What an apposition or a title before the name says the person is."""
    defines: str | None = None
    """The acronym this span's words define, as in ``Syrian Democratic Forces (SDF)``."""
    alias_of_previous: bool = False
    """Introduced by ``also known as``: another name of a thing named just before."""
    descriptor: str | None = None
    """``Kurdish-led force`` in ``the Kurdish-led force known as the SDF``: a description of it."""
    followed_by: str | None = None
    """The capitalised words after a comma (``Baghuz, Syria``): a country there makes this a place."""
    head_after: str | None = None
    """A place noun right after the name (``Gweiran prison``)."""
    joined: bool = False
    """Two names joined by "and": a name only where an acronym's initials fit it."""
    sentence_start: int = 0
    """Offset of ``sentence`` in the unit's text."""


def units_of(
    article_id: str, article: Article, paragraphs: Sequence[Paragraph], photos: Sequence[Photo]
) -> list[TextUnit]:
    """The units of an article that can name things: outlet, title, standfirst, dateline,
    subheadings, paragraphs and captions (those within the index budget).

    An inferred title repeats the lede, and a pull-quote caption repeats a paragraph: both skipped
    so that nothing is indexed twice; so is a dateline that the first paragraph still holds."""
    date, source = article.date.value, article.source.value

    def unit(kind: UnitKind, text: str, anchor: str | None = None, photo: str | None = None) -> TextUnit:
        headline = kind in (UnitKind.TITLE, UnitKind.SUBHEADING) and _headline_case(text)
        return TextUnit(article_id, anchor, kind, text, photo, date, source, headline)

    units = [unit(UnitKind.SOURCE, source)] if source else []
    if article.title.value and not article.title.inferred:
        units.append(unit(UnitKind.TITLE, article.title.value))
    if article.standfirst.value:
        units.append(unit(UnitKind.STANDFIRST, article.standfirst.value, STANDFIRST_ANCHOR))
    dateline = article.dateline.raw
    if dateline and not (paragraphs and paragraphs[0].text.startswith(dateline.strip())):
        units.append(unit(UnitKind.DATELINE, dateline))
    indexed_until = _first_line_left_out(article, paragraphs)
    units += [unit(UnitKind.SUBHEADING, s.text, s.anchor) for s in article.subheadings if s.line < indexed_until]
    units += [unit(UnitKind.PARAGRAPH, p.text, p.anchor) for p in paragraphs]
    units += [unit(UnitKind.CAPTION, p.caption, p.anchor, p.anchor) for p in photos if not p.pull_quote_of]
    return units


def _first_line_left_out(article: Article, paragraphs: Sequence[Paragraph]) -> float:
    left_out = article.paragraphs[len(paragraphs) :]
    return left_out[0].line if left_out else float("inf")


def _headline_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in STOPWORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= HEADLINE_CASE_SHARE * len(words)


def find_candidates(unit: TextUnit) -> list[Candidate]:
    if unit.kind is UnitKind.SOURCE:
        # The outlet that published the article: a media actor by definition.
        text = unit.text
        return [Candidate(unit, 0, len(text), text, text, False, cues=frozenset({Cue.OUTLET}))]
    candidates: list[Candidate] = []
    offset = 0
    for sentence in split_sentences(unit.text):
        start = unit.text.find(sentence, offset)
        offset = start + len(sentence)
        candidates += _sentence_candidates(unit, sentence, start)
    return candidates


def _sentence_candidates(unit: TextUnit, sentence: str, base: int) -> list[Candidate]:
    if SHOUTED.match(sentence):
        return []  # "WHO WILL WIN THE VOTE?": a heading in capitals, where capitals say nothing
    tokens = tokens_of(sentence)
    first_word = next((i for i, t in enumerate(tokens) if t[2][0].isalnum()), 0)
    spans = name_runs(tokens)
    candidates = []
    for span in spans:
        for part, role in split(tokens, span):
            candidate = _candidate(unit, sentence, base, tokens, part, first_word, role)
            if candidate is not None:
                candidates.append(candidate)
    for left, right in zip(spans, spans[1:]):
        # "Islamic State of Iraq and Syria": kept aside, used only where an acronym's initials fit it.
        between = sentence[tokens[left.last][1] : tokens[right.first][0]]
        if re.fullmatch(r"\s+and\s+", between):
            start, end = tokens[left.first][0], tokens[right.last][1]
            joined = sentence[start:end]
            candidates.append(
                Candidate(unit, base + start, base + end, joined, sentence, False, joined=True, sentence_start=base)
            )
    return candidates


# --- one candidate ----------------------------------------------------------------------------------

CUE_WINDOW = 120
"""Characters either side of a span that its cues may read (the longest cue, an apposition, is 90)."""


def _candidate(
    unit: TextUnit,
    sentence: str,
    base: int,
    tokens: list[Token],
    span: Span,
    first_word: int,
    role: str | None,
) -> Candidate | None:
    start, end = tokens[span.first][0], tokens[span.last][1]
    trimmed: _Surface | None = _Surface(sentence[start:end], start)
    for rule in TRIM_RULES:
        trimmed = rule(trimmed) if trimmed is not None else None
    if trimmed is None or not trimmed.text[:1].isalnum():
        return None
    surface, start, hyphen_suffix = trimmed.text, trimmed.start, trimmed.hyphen_suffix
    sentence_initial = span.first == first_word and start == tokens[span.first][0]
    # The cues read a few words either side: bounded windows keep a sentence listing thousands
    # of names linear (whole-sentence slices and searches made it quadratic).
    after = sentence[end : end + CUE_WINDOW]
    before = sentence[max(0, start - CUE_WINDOW) : start]
    # After a colon or a dash a new clause opens: "Charges: Dealing in...", "Forecast - Foggy".
    sentence_initial = sentence_initial or bool(CLAUSE_OPENING.search(before))
    window = CueWindow(surface, before, after, hyphen_suffix, titled=role is not None)
    if hyphen_suffix in ("led", None) and window.next_word.lower() in STATE_FORCE_NOUNS and " " not in surface:
        phrase_end = end + after.find(window.next_word) + len(window.next_word)
        return Candidate(
            unit,
            base + start,
            base + phrase_end,
            sentence[start:phrase_end],
            sentence,
            sentence_initial,
            state_forces=True,
            cues=frozenset({Cue.ARMED}),
            sentence_start=base,
        )
    cues, found_role = read_cues(window)
    defined = ACRONYM_DEFINITION.match(after)
    if defined and not _initials_fit(surface, defined.group("acronym")):
        defined = None
    descriptor = DESCRIPTOR_KNOWN_AS.search(before)
    followed = re.match(r",\s+((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})", after)
    return Candidate(
        unit=unit,
        start=base + start,
        end=base + start + len(surface),
        surface=surface,
        sentence=sentence,
        sentence_initial=sentence_initial,
        acronym=is_acronym(surface),
        cues=cues,
        role=role or found_role or None,
        defines=defined.group("acronym") if defined else None,
        alias_of_previous=bool(KNOWN_AS.search(before)) and descriptor is None,
        descriptor=_descriptor_phrase(descriptor.group("descriptor")) if descriptor else None,
        followed_by=followed.group(1) if followed else None,
        head_after=window.place_noun_after,
        sentence_start=base,
    )


@dataclass(frozen=True)
class _Surface:
    """A span's words as they are being trimmed, and where they now start in the sentence."""

    text: str
    start: int
    hyphen_suffix: str | None = None
    """The agent suffix cut off the name ("backed" of "U.S.-backed")."""


def _stance(s: _Surface) -> _Surface | None:
    """ "pro-Beijing", "Anti-Trump": a stance towards a name, not the name."""
    prefix = re.match(r"^([A-Z][a-z]*)[-‐]", s.text)
    return None if prefix and prefix.group(1) in STANCE_PREFIXES else s


def _party_letter(s: _Surface) -> _Surface:
    """ "D-Ohio": a party's letter before a state."""
    return replace(s, text=s.text[2:], start=s.start + 2) if re.match(r"^[A-Z]-[A-Z][a-z]", s.text) else s


def _hyphen_suffix(s: _Surface) -> _Surface:
    """ "U.S.-backed" is U.S. with an agent cue, "Kurdish-speaking" is Kurdish; "Lam Wai-kit" stays whole."""
    head, _, tail = s.text.rpartition("-")
    if "-" not in s.text[1:] or not head or not tail.islower() or tail not in AGENT_SUFFIXES | HYPHEN_ADJECTIVE_TAILS:
        return s
    return replace(s, text=head, hyphen_suffix=tail if tail in AGENT_SUFFIXES else None)


def _possessive(s: _Surface) -> _Surface:
    return replace(s, text=POSSESSIVE.sub("", s.text)) if POSSESSIVE.search(s.text) and len(s.text) > 2 else s


def _leading_article(s: _Surface) -> _Surface:
    for article in ("The ", "A ", "An "):
        if s.text.startswith(article) and len(s.text) > len(article):
            return replace(s, text=s.text[len(article) :], start=s.start + len(article))
    return s


TRIM_RULES: list[Callable[[_Surface], _Surface | None]] = [
    _stance,
    _party_letter,
    _hyphen_suffix,
    _possessive,
    _leading_article,
]
"""What is cut off a span's ends before it is a candidate, in this order (``None``: no candidate)."""


def _initials_fit(surface: str, acronym: str) -> bool:
    """ "Syrian Democratic Forces (SDF)" defines SDF; "BEIRUT (AP)" is a dateline, not a definition."""
    words = [w for w in re.split(r"[\s-]+", surface) if w]
    return len(words) >= 2 and words[0][0].upper() == acronym[0].upper()


def _descriptor_phrase(text: str) -> str | None:
    """Keep only descriptions that carry a name-like word (``Kurdish-led force``, not ``the force``)."""
    return text if any(c.isupper() for c in text) else None
