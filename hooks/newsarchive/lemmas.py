"""Words as the matcher compares them: lemmas, event synonyms, names, and how rare a word is.

Lemmas come from ``simplemma`` (its English data ships inside the package), so ``seized``,
``seizes`` and ``seizing`` meet and ``children`` meets ``child``. A small table of event
synonyms then folds the words news writers use interchangeably for one kind of event onto one
key (``captured``, ``seized``, ``took`` -> ``capture``). How rare a word is in general English
(``wordfreq``) weighs it when the archive is too small to say so itself.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from wordfreq import zipf_frequency

from .lexicon import PERSON_NOUNS
from .text import STOPWORDS, fold, words

LANGUAGE = "en"

# Kinds of event, each with the lemmas news writers use for it (after lemmatising). A word
# stands in one family only. Families were written from the wording of general news reports
# of each kind (the examples: captured/seized/took, killed/dead, arrested/detained),
# not from any corpus sentence; words with a common second sense that would join unrelated
# facts ("fire" for dismissal and for a blaze, "strike" for a blow and for a walkout) are left out.
EVENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "capture": ("capture", "seize", "overrun", "storm", "occupy", "occupation", "takeover", "arrival"),
    "liberate": ("liberate", "liberation", "recapture", "retake", "expel"),
    "win": ("win", "victory", "defeat", "beat", "triumph"),
    "kill": ("kill", "dead", "die", "death", "killing", "slay", "fatal", "fatally", "murder"),
    "injure": ("injure", "injury", "wound", "hurt", "injured", "wounded"),
    "arrest": ("arrest", "detain", "apprehend", "detention", "custody"),
    "charge": ("charge", "indict", "indictment", "accuse"),
    "convict": ("convict", "conviction", "guilty", "verdict"),
    "sentence": ("sentence", "jail", "imprison", "imprisonment"),
    "escape": ("escape", "flee", "abscond"),
    "attack": ("attack", "bomb", "bombing", "shell", "shelling", "airstrike", "raid", "assault"),
    "quake": ("earthquake", "quake", "tremor", "temblor", "aftershock"),
    "blaze": ("blaze", "arson", "burn", "wildfire", "flame"),
    "destroy": ("destroy", "destruction", "damage", "devastate", "devastation", "ruin", "rubble", "flatten"),
    "dismiss": ("dismiss", "sack", "oust", "dismissal"),
    "resign": ("resign", "resignation", "quit"),
    "acquire": ("acquire", "acquisition", "buy", "purchase"),
    "elect": ("elect", "election", "vote", "ballot", "poll"),
    "announce": ("announce", "announcement", "unveil", "reveal"),
    "begin": ("begin", "start", "launch"),
    "release": ("release", "publish"),
}
"""Family key -> the lemmas that name that kind of event."""
EVENT_PHRASES: dict[tuple[str, str], str] = {
    ("take", "over"): "capture",
    ("fall", "to"): "capture",
    ("drive", "out"): "liberate",
    ("step", "down"): "resign",
    ("set", "fire"): "blaze",
    ("catch", "fire"): "blaze",
    ("check", "into"): "enter",
    ("check", "in"): "enter",
    ("lose", "to"): "win",
    ("book", "into"): "arrest",
    ("snap", "up"): "acquire",
    ("rip", "through"): "destroy",
    ("air", "strike"): "attack",
    ("stand", "down"): "resign",
    ("buy", "out"): "acquire",
    ("burn", "down"): "blaze",
    ("blow", "up"): "destroy",
    ("vote", "out"): "dismiss",
    ("gun", "down"): "kill",
    ("admit", "into"): "enter",
}
"""Two-word phrases (lemmas) that name an event as one word does: ``took over`` is ``capture``,
``checked into`` (a clinic, a hotel) is ``enter``, ``lost to`` (a team, a rival) is the other side's
``win``. Written from general news wording; a phrase, not its first word, so ``check`` (verify),
``lose`` (a job) and ``book`` (a seat) keep their other senses."""

EVENT_OF: dict[str, str] = {}
for _family, _lemmas in EVENT_FAMILIES.items():
    for _lemma in _lemmas:
        EVENT_OF.setdefault(_lemma, _family)

PAST_FORMS = {"broke": "break", "shot": "shoot", "won": "win", "shook": "shake", "felt": "feel", "bore": "bear"}
"""Past forms of verbs news reports of events use that ``simplemma`` leaves as they are, taking
them for a noun or an adjective ("a shot", "broke", the currency "won"). Their other senses are
rare in news or mean the same thing ("a shot" is a shooting); inside a compound ("hard-won")
they stay adjectives, and capitalised inside a sentence, or in a title-case line right before a
verb (``_surname_before_verb``), they are names ("Won Sei-hoon", "Mark Felt Dies"). Left
out, their other sense being the common one: ``left`` (leave), ``rose`` (rise), ``ground``
(grind), ``slew`` (slay), ``wound`` (wind), ``thought`` (think)."""

FINITE_AUXILIARIES = frozenset("is are was were has have had says said".split())
"""Finite verbs of any clause: after one of these, the word before is its subject, not a verb."""
PERSON_NOUN = re.compile(PERSON_NOUNS)
"""A common noun for people (``man``, ``teen``): before a past form it is the subject the past
form's verb tells of ("Man Shot Dies In Hospital"), not a given name."""

CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
"""Capitalised like names, but shared by stories that have nothing else in common."""
NOT_VERB_FORMS = frozenset("men women children people feet teeth better best worse worst less least".split())
"""Words whose lemma differs from them without their being a verb (plurals, comparatives)."""
NOUN_MARKERS = frozenset(
    """the a an of and or but their its his her our your my these those some many all several few
    two three four five six seven eight nine ten dozens hundreds thousands other more most with
    for in on at by to from as into than""".split()
)
"""Words after which an ``-s`` word is a plural noun rather than a verb."""
CONTRACTION_ENDINGS = frozenset({"s", "re", "m", "ve", "d", "ll", "t"})
"""What follows the apostrophe of a contraction (``who's``, ``we're``, ``I'm``, ``didn't``)."""
NEGATIONS = frozenset({"not", "no", "never", "n't"})
"""A word for what happened right after one of these says it did not happen (``pleads not
guilty`` is no conviction)."""
ZIPF_CEILING = 9.0
"""A word of frequency 10^(z-9) per word has Zipf value z: 9 - z is its information in
decades, so this turns wordfreq's scale into an inverse document frequency."""
RAREST_ZIPF = 1.0
"""Words wordfreq does not know (names, typos) weigh as if this rare."""
COMMON_ZIPF = 5.0
"""Words at least this common (``people``, ``city``, ``year``) say little about which fact a
sentence states; set on the seeds, where such words alone made every wording match."""


@lru_cache(maxsize=262_144)
def lemma(word: str) -> str:
    """The dictionary form of a folded word (``seized`` -> ``seize``); unknown words stay as they are."""
    return simplemma.lemmatize(word, lang=LANGUAGE).lower()


@lru_cache(maxsize=262_144)
def zipf(word: str) -> float:
    """How common a word is in general English, on wordfreq's Zipf scale (0 when unknown)."""
    return zipf_frequency(word, LANGUAGE)


def general_idf(term: str) -> float:
    """Inverse document frequency of a term in general English, in natural-log units."""
    return (ZIPF_CEILING - max(zipf(term), RAREST_ZIPF)) * math.log(10)


def term_of(word: str) -> str | None:
    """The key a folded word is compared by, or ``None`` for stopwords and bare numbers."""
    if not word or word in STOPWORDS or word.isdigit():
        return None
    base = lemma(word)
    if base in STOPWORDS:
        return None
    return EVENT_OF.get(base, base)


@dataclass(frozen=True)
class Analysis:
    """What the matcher reads of one sentence, in one pass over its words."""

    terms: tuple[str, ...]
    """Lemmas of its content words, event synonyms folded onto their family key (``took over``
    is one ``capture``)."""
    predicates: frozenset[str]
    """Terms standing for what happened: event-family words, and inflected words that are not
    names (``fired``, ``killing``, ``checks`` where no article or number makes it a plural noun).
    Two sentences that report one event nearly always share one."""
    names: frozenset[str]
    """Lemmas of the capitalised words that do not open it (names), unless common English."""


def analyse(text: str) -> Analysis:
    tokens = words(text)
    title_case = sum(t[:1].isupper() for t in tokens) * 2 > len(tokens)
    terms: list[str] = []
    predicates: set[str] = set()
    names: set[str] = set()
    previous, added = "", 0
    for position, token in enumerate(tokens):
        word, base, parts = _token(token)
        capital = position > 0 and token[:1].isupper()
        # A capital inside a sentence marks a name; in title case only a surname's place does.
        named = capital and (not title_case or (word in PAST_FORMS and _surname_before_verb(tokens, position)))
        if word in PAST_FORMS and not named:  # not a name: "Won Sei-hoon", "Mark Felt"
            base = PAST_FORMS[word]
            parts = (EVENT_OF.get(base, base),)
        phrase, before, previous = EVENT_PHRASES.get((previous, base)), previous, base
        if phrase is not None:
            del terms[len(terms) - added :]
            terms.append(phrase)
            predicates.add(phrase)
            added = 1
            continue
        terms.extend(parts)
        added = len(parts)
        if capital:
            names.update(term for term in parts if zipf(term) < COMMON_ZIPF)
        if not word.isalpha() or word in STOPWORDS:
            continue
        if before in NEGATIONS:
            continue
        if base in EVENT_OF:
            predicates.add(EVENT_OF[base])
        elif not named and base != word and base not in STOPWORDS:
            if _inflected(word, position, before):
                predicates.add(base)
    return Analysis(tuple(terms), frozenset(predicates), frozenset(names))


@lru_cache(maxsize=262_144)
def _token(token: str) -> tuple[str, str, tuple[str, ...]]:
    """A token folded, its lemma, and the terms of its hyphen-separated parts."""
    word = fold(token)
    if _function_contraction(word):
        return word, "not" if word.endswith("n't") else lemma(word), ()
    bare = word.replace(".", "").replace("'", "")
    parts = tuple(term for part in bare.split("-") if (term := term_of(part)) is not None)
    return word, lemma(word), parts


def _function_contraction(word: str) -> bool:
    """``who's``, ``they're``, ``didn't``, ``we'll``: a function word run into another, no term of
    its own (without its apostrophe it would be a rare word, ``whos``, or another one, ``well``).
    A possessive (``the harbour's gates``) is no contraction: its word stays."""
    stem, apostrophe, ending = word.partition("'")
    if not apostrophe or ending not in CONTRACTION_ENDINGS:
        return False
    return ending == "t" or stem in STOPWORDS or stem == "let"  # let's: the one not a stopword


def content_terms(text: str) -> list[str]:
    return list(analyse(text).terms)


def _surname_before_verb(tokens: list[str], position: int) -> bool:
    """Surname-before-verb rule: a capitalised past form after a capitalised word and right before
    a finite verb is the surname that verb's subject ends with ("Mark Felt died", "Deep Throat Mark
    Felt Dies At 95"), not a second verb: a clause has one finite verb, and reading ``felt`` as
    ``feel`` is only ``PAST_FORMS``' guess where the next word's inflection is evidence. Counted as
    a finite verb: an auxiliary (``was``, ``says``), or an inflected form of an event word
    (``died``, ``Dies``; not ``Dead``, which is its own lemma, nor ``-ing``, no finite verb). So
    "Climber Shot Dead In Kabul", "Hansbrough Broke The Record", "Nurses Felt Trapped" keep
    their verb, and so does a past form after a common noun for people ("Man Shot Dies In
    Hospital": ``PERSON_NOUN``; "Officer Shot Was Wearing A Vest", a noun the list lacks, loses
    it). Where an event noun's plural follows ("Kalaba Won Elections") the line loses the past
    form's predicate but keeps the event word's own."""
    if position == 0 or position + 1 >= len(tokens):
        return False
    before, after = tokens[position - 1], fold(tokens[position + 1])
    if not before[:1].isupper() or fold(before) in STOPWORDS or PERSON_NOUN.fullmatch(fold(before)):
        return False
    if after in FINITE_AUXILIARIES:
        return True
    base = PAST_FORMS.get(after) or lemma(after)
    return base != after and base in EVENT_OF and not after.endswith("ing")


def _inflected(word: str, position: int, before: str) -> bool:
    """A verb form (the word is not its own lemma): ``-ed``, ``-ing``, an irregular past
    (``took``, ``fled``), or ``-s`` not opening the sentence nor after a word that makes it a
    plural noun (``the forces``, ``two buildings``, ``and explosives``)."""
    if word in NOT_VERB_FORMS:
        return False
    if not word.endswith("s"):
        return True
    return position > 0 and before not in NOUN_MARKERS and not before.isdigit()
