"""Finding candidate names in one text unit (a title, paragraph or caption), with the cues around them.

This stage only reads one unit at a time: it proposes spans (capitalised sequences, acronyms,
demonyms, "<State>-led coalition" phrases) and records what the words around each span say of
it (an apposition giving a role, "said", "militants", a place preposition). Deciding which
spans are names, and which belong together, needs the whole archive: see ``entities``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import split_sentences

TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?:-[A-Za-z]+)*|[^\W\d_][\w'’]*(?:[-‐][\w'’]+)*|\d[\d,.]*|[^\w\s]")
CONNECTORS = frozenset(
    {"of", "for", "al", "el", "ez", "de", "la", "du", "bin", "ibn", "van", "von", "der", "da", "del"}
)
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ez|ad|ar|as|ash|at|az|an)[-‐][A-Z]")
AGENT_SUFFIXES = frozenset(
    {
        "backed",
        "led",
        "trained",
        "funded",
        "allied",
        "held",
        "controlled",
        "based",
        "run",
        "affiliated",
        "aligned",
        "supported",
        "sponsored",
        "armed",
    }
)
STATE_FORCE_NOUNS = frozenset({"coalition", "forces", "troops", "military", "army", "soldiers"})
ARMED_CUES = frozenset(
    {
        "militants",
        "fighters",
        "extremists",
        "jihadists",
        "rebels",
        "insurgents",
        "militia",
        "militiamen",
        "commander",
        "commanders",
        "gunmen",
        "forces",
        "troops",
        "group",
        "offensive",
        "fighter",
    }
)
PERSON_VERBS = frozenset(
    {
        "said",
        "says",
        "told",
        "added",
        "stated",
        "warned",
        "announced",
        "declared",
        "wrote",
        "tweeted",
        "appealed",
        "urged",
    }
)
# "Gweiran prison", "al-Hol camp": a name followed by what kind of place it is.
FOLLOWING_PLACE_NOUNS = frozenset(
    {
        "prison",
        "camp",
        "square",
        "dam",
        "river",
        "bridge",
        "mosque",
        "stadium",
        "airport",
        "airbase",
        "base",
        "hospital",
        "market",
        "province",
        "governorate",
        "district",
        "valley",
        "crossing",
        "refinery",
        "oilfield",
        "neighbourhood",
        "neighborhood",
        "village",
        "town",
        "city",
    }
)
PLACE_OF = re.compile(
    r"\b(?:town|city|village|district|province|region|camp|neighbou?rhood|area|outskirts|suburb|capital)\s+of\s+$",
    re.IGNORECASE,
)
HONORIFICS = frozenset(
    {
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Gen",
        "General",
        "Col",
        "Colonel",
        "Lt",
        "Maj",
        "Capt",
        "Sgt",
        "President",
        "Minister",
        "Prime",
        "Commander",
        "Sheikh",
        "Imam",
        "King",
        "Queen",
        "Prince",
        "Emir",
        "Sen",
        "Senator",
        "Rep",
        "Gov",
        "Governor",
        "Mayor",
        "Judge",
        "Pope",
        "Rev",
        "Father",
    }
)
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "into",
        "near",
        "from",
        "to",
        "across",
        "around",
        "outside",
        "inside",
        "toward",
        "towards",
        "through",
        "at",
        "over",
        "of",
    }
)
ROLE_NOUNS = re.compile(
    r"\b(?:spokes(?:person|man|woman)|commander|leader|official|minister|president|chief|head|director|"
    r"general|colonel|officer|activist|resident|journalist|reporter|photographer|analyst|researcher|"
    r"envoy|ambassador|mayor|governor|founder|member|fighter|doctor|witness|lawyer|professor|negotiator|"
    r"secretary|chairman|chairwoman|adviser|advisor|coordinator|representative|cleric|sheikh|emir)s?\b",
    re.IGNORECASE,
)
APPOSITION = re.compile(
    r"^,\s+(?:a|an|the|who is|who was)\s+(?P<role>[^,.;:()\"“”]{3,90}?)(?=[,.;:]|\s+(?:said|says|told)\b|$)"
)
ACRONYM_DEFINITION = re.compile(r"^\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
DESCRIPTOR_KNOWN_AS = re.compile(
    r"\bthe\s+(?P<descriptor>(?:[\w.’'-]+\s+){0,2}(?:force|forces|group|militia|alliance|coalition|faction|movement|organi[sz]ation|party|agency|network))\s+(?:also\s+)?known\s+as\s+(?:the\s+)?$",
    re.IGNORECASE,
)

CUE_WINDOW = 120
"""Characters either side of a span that its cues may read (the longest cue, an apposition, is 90)."""


class UnitKind:
    TITLE = "title"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    SOURCE = "source"


@dataclass(frozen=True)
class TextUnit:
    """A piece of an article that can name things: where it is and its text."""

    article_id: str
    anchor: str | None
    """Paragraph or photo anchor (None for the title)."""
    kind: str
    text: str
    photo: str | None = None
    """Photo anchor when the unit is a caption."""
    date: str | None = None
    source: str | None = None


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
    demonym: bool = False
    state_forces: bool = False
    """A ``<State>-led coalition`` / ``<State> forces`` phrase: the state's armed forces."""
    cues: frozenset[str] = frozenset()
    """Evidence words: ``person``, ``armed_group``, ``place``, ``agent``, ``media``..."""
    role: str | None = None
    """What an apposition says the person is."""
    defines: str | None = None
    """The acronym this span's words define, as in ``Syrian Democratic Forces (SDF)``."""
    alias_of_previous: bool = False
    """Introduced by ``also known as``: another name of a thing named just before."""
    descriptor: str | None = None
    """``Kurdish-led force`` in ``the Kurdish-led force known as the SDF``: a description of it."""
    followed_by: str | None = None
    """The capitalised word after a comma (``Baghuz, Syria``): a country there makes this a place."""
    joined: bool = False
    """Two names joined by "and": a name only where an acronym's initials fit it."""
    sentence_start: int = 0
    """Offset of ``sentence`` in the unit's text."""


@dataclass
class _Span:
    start: int
    end: int
    tokens: list[str] = field(default_factory=list)
    first_token: int = 0
    """Index of the span's first token in its sentence."""


def units_of(article_id: str, title: str, title_inferred: bool, paragraphs, photos, date, source) -> list[TextUnit]:  # noqa: ANN001
    """The units of an article that can name things: its outlet, title, paragraphs and captions.

    An inferred title repeats the lede, and a pull-quote caption repeats a paragraph: both skipped
    so that nothing is indexed twice."""
    units = [TextUnit(article_id, None, UnitKind.SOURCE, source, date=date, source=source)] if source else []
    if not title_inferred:
        units.append(TextUnit(article_id, None, UnitKind.TITLE, title, date=date, source=source))
    units += [TextUnit(article_id, p.anchor, UnitKind.PARAGRAPH, p.text, date=date, source=source) for p in paragraphs]
    units += [
        TextUnit(
            article_id, photo.anchor, UnitKind.CAPTION, photo.caption, photo=photo.anchor, date=date, source=source
        )
        for photo in photos
        if not photo.pull_quote_of
    ]
    return units


def find_candidates(unit: TextUnit) -> list[Candidate]:
    if unit.kind == UnitKind.SOURCE:
        # The outlet that published the article: a media actor by definition.
        return [Candidate(unit, 0, len(unit.text), unit.text, unit.text, False, cues=frozenset({"media"}))]
    candidates: list[Candidate] = []
    offset = 0
    for sentence in split_sentences(unit.text):
        start = unit.text.find(sentence, offset)
        offset = start + len(sentence)
        candidates += _sentence_candidates(unit, sentence, start)
    return candidates


def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(sentence)]


CALENDAR_WORDS = frozenset(
    """January February March April May June July August September October November December Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)


def _is_name_token(token: str) -> bool:
    if token.rstrip(".") in CALENDAR_WORDS:
        return False
    return token[:1].isupper() or bool(ARABIC_ARTICLE.match(token))


def _connector_length(tokens: list[tuple[int, int, str]], index: int) -> int:
    """Tokens a connector run takes inside a name ("of", "for the" + a capitalised word), or 0."""
    step = index + 1
    if step < len(tokens) and tokens[step][2] == "the" and tokens[index][2] in ("of", "for"):
        step += 1
    if step < len(tokens) and _is_name_token(tokens[step][2]) and tokens[step][2][0].isalpha():
        return step - index + 1
    return 0


def is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    upper = sum(1 for c in letters if c.isupper())
    return 2 <= len(letters) <= 7 and letters.isalpha() and upper >= max(2, len(letters) - 1)


def _sentence_candidates(unit: TextUnit, sentence: str, base: int) -> list[Candidate]:
    tokens = _tokens(sentence)
    first_word = next((i for i, t in enumerate(tokens) if t[2][0].isalnum()), 0)
    spans: list[_Span] = []
    index = 0
    while index < len(tokens):
        start, end, token = tokens[index]
        if not _is_name_token(token) or not token[0].isalpha():
            index += 1
            continue
        span = _Span(start, end, [token], first_token=index)
        index += 1
        while index < len(tokens) and "-" not in span.tokens[-1][1:]:
            _, next_end, next_token = tokens[index]
            if (
                _is_name_token(next_token)
                and next_token[0].isalpha()
                and not (
                    is_acronym(next_token)
                    and not is_acronym(span.tokens[-1])
                    and index + 1 < len(tokens)
                    and tokens[index + 1][2] == "("
                )
            ):
                span.tokens.append(next_token)
                span.end = next_end
                index += 1
            elif next_token in CONNECTORS and (skip := _connector_length(tokens, index)):
                span.tokens += [t[2] for t in tokens[index : index + skip]]
                span.end = tokens[index + skip - 1][1]
                index += skip
            else:
                break
        spans.append(span)
    candidates = []
    for span in spans:
        candidate = _candidate(unit, sentence, base, span, first_word)
        if candidate is not None:
            candidates.append(candidate)
    for left, right in zip(spans, spans[1:]):
        # "Islamic State of Iraq and Syria": kept aside, used only where an acronym's initials fit it.
        if re.fullmatch(r"\s+and\s+", sentence[left.end : right.start]):
            joined = sentence[left.start : right.end]
            candidates.append(
                Candidate(
                    unit, base + left.start, base + right.end, joined, sentence, False, joined=True, sentence_start=base
                )
            )
    return candidates


def _candidate(unit: TextUnit, sentence: str, base: int, span: _Span, first_word: int) -> Candidate | None:
    surface = sentence[span.start : span.end]
    suffix_cue = None
    if "-" in surface[1:]:
        head, _, tail = surface.rpartition("-")
        if tail.islower():
            if tail not in AGENT_SUFFIXES:
                return None
            surface, suffix_cue = head, tail
    surface = re.sub(r"['’]s$", "", surface).rstrip("'’")
    start = span.start
    for article in ("The ", "A ", "An "):
        if surface.startswith(article) and len(surface) > len(article):
            surface, start = surface[len(article) :], start + len(article)
    title_words = []
    while len(surface.split()) > 2 and surface.split()[0].rstrip(".") in HONORIFICS:
        word = surface.split()[0]
        title_words.append(word)
        surface, start = surface[len(word) + 1 :], start + len(word) + 1
    role = None
    sentence_initial = span.first_token == first_word and start == span.start
    # The cues read a few words either side: bounded windows keep a sentence listing thousands
    # of names linear (whole-sentence slices and searches made it quadratic).
    after = sentence[span.end : span.end + CUE_WINDOW]
    before = sentence[max(0, span.start - CUE_WINDOW) : span.start]
    next_word = (re.match(r"\s*([\w'’-]+)", after) or [None, ""])[1]
    previous_word = (re.search(r"([\w'’.-]+)\s*$", before) or [None, ""])[1]
    cues: set[str] = set()
    if suffix_cue:
        cues.add("agent")
    state_forces = bool(
        suffix_cue in ("led", None) and next_word.lower() in STATE_FORCE_NOUNS and len(surface.split()) == 1
    )
    if state_forces:
        phrase_end = span.end + after.find(next_word) + len(next_word)
        surface_phrase = sentence[start:phrase_end]
        return Candidate(
            unit,
            base + start,
            base + phrase_end,
            surface_phrase,
            sentence,
            sentence_initial,
            state_forces=True,
            cues=frozenset({"armed_group"}),
            sentence_start=base,
        )
    if next_word.lower() in ARMED_CUES:
        cues.add("armed_group")
    # "Talal Sillo said" / "said Talal Sillo", but not "residents of Danek said".
    if (
        next_word.lower() in PERSON_VERBS and previous_word.lower() not in PLACE_PREPOSITIONS
    ) or previous_word.lower() in PERSON_VERBS:
        cues.add("person")
    if previous_word.rstrip(".") in HONORIFICS or title_words:
        cues.add("person")
    if title_words and not role:
        role = " ".join(title_words)
    if previous_word.lower() in PLACE_PREPOSITIONS:
        cues.add("place")
    if PLACE_OF.search(before):
        cues.add("place_strong")
    if next_word.lower() in FOLLOWING_PLACE_NOUNS:
        cues |= {"place_strong", f"head:{next_word.lower()}"}
    followed = re.match(r",\s+([A-Z][\w'’-]+)", after)
    if re.match(r"\s*(?:footage|reported|reports|news agency|said in a report)\b", after):
        cues.add("media")
    apposition = APPOSITION.match(after)
    if apposition and ROLE_NOUNS.search(apposition.group("role")) and len(surface.split()) >= 2:
        role = apposition.group("role").strip()
        cues.add("person")
    defined = ACRONYM_DEFINITION.match(after)
    if defined and not _initials_fit(surface, defined.group("acronym")):
        defined = None
    descriptor = DESCRIPTOR_KNOWN_AS.search(before)
    known_as = bool(re.search(r"\bknown\s+as\s+[\"'“‘]?$", before, re.IGNORECASE))
    return Candidate(
        unit=unit,
        start=base + start,
        end=base + start + len(surface),
        surface=surface,
        sentence=sentence,
        sentence_initial=sentence_initial,
        acronym=is_acronym(surface),
        cues=frozenset(cues),
        role=role,
        defines=defined.group("acronym") if defined else None,
        alias_of_previous=known_as and descriptor is None,
        descriptor=_descriptor_phrase(descriptor.group("descriptor")) if descriptor else None,
        followed_by=followed.group(1) if followed else None,
        sentence_start=base,
    )


def _initials_fit(surface: str, acronym: str) -> bool:
    """ "Syrian Democratic Forces (SDF)" defines SDF; "BEIRUT (AP)" is a dateline, not a definition."""
    words = [w for w in re.split(r"[\s-]+", surface) if w]
    return len(words) >= 2 and words[0][0].upper() == acronym[0].upper()


def _descriptor_phrase(text: str) -> str | None:
    """Keep only descriptions that carry a name-like word (``Kurdish-led force``, not ``the force``)."""
    return text if any(c.isupper() for c in text) else None
