"""Details two reports of one fact can disagree on, and what a disagreement means.

A sentence's details are the figures it gives (a number of something, a magnitude, a score), when
it says a thing happened (a year, a day, a clock time), who and where (the people and places
the index found in it, a person's age and nationality), and whether it denies what others report. Two
sentences disagree on a detail when both give one of the same kind about the same thing (a
number of ``people``, the ``magnitude``) and no value is shared.

Disagreements come in two sorts. A different figure or date, when the rest of the two
sentences says they report the same fact, is a real difference between the sources
(``differs``). A different place or person says the sentences are about different events
(two earthquakes, two arrests): unless their wording is nearly the same, they are not linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTH, YEAR
from .gazetteer import load_gazetteer
from .lemmas import term_of
from .lexicon import PERSON_NOUNS
from .reader.datelines import clock_value
from .reader.words import CLOCK_TIME
from .text import fold
from .xrefmodel import DetailKind, Difference

IDENTITY_KINDS = frozenset({DetailKind.PLACE, DetailKind.PERSON, DetailKind.AGE, DetailKind.NATIONALITY})
"""Details that name who or where: when they disagree, the sentences tell different events."""

NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
DIGIT = re.compile(r"\d")
NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
COUNT = re.compile(
    r"(?<![\w.,-])(?P<number>" + NUMBER + r")(?:\s+(?P<multiplier>" + "|".join(MULTIPLIERS) + r"))?"
    r"(?P<unit>\s*(?:%|per\s*cent\b|percent\b))?"
    r"(?:\s+(?:more|other|others|additional|new|more than))?(?:\s+(?P<noun>[a-z][a-z-]+))?",
    re.IGNORECASE,
)
MAGNITUDE = re.compile(
    r"\bmagnitude[\s-]*(?P<a>\d(?:\.\d)?)\b|\b(?P<b>\d(?:\.\d)?)[\s-]*magnitude\b|\b(?P<c>\d\.\d)\s+on\s+the\s+richter",
    re.IGNORECASE,
)
SCORE = re.compile(r"(?<![\w.-])(?P<score>\d{1,3}-\d{1,3})(?![\w-])")
AGE = re.compile(r"\b(?P<age>\d{1,3})-year-old\b", re.IGNORECASE)
# A time expression at year precision: "January 2014", "late 2013", "in 2012", "since 2011".
YEAR_EXPRESSION = re.compile(
    r"\b(?:(?P<month>"
    + MONTH
    + r")|(?P<part>early|mid|late|end of|beginning of|spring|summer|autumn|fall|winter))?[\s-]*(?:of\s+)?(?P<year>"
    + YEAR
    + r")\b"
)
DAY_OF_MONTH = re.compile(r"\b(?P<month>" + MONTH + r")\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d{4}\W*$)")
"""A day of a month, unless it closes the sentence with its year (a caption's photo date)."""
MONTH_NAMED = re.compile(r"\b(?:(?:early|mid|late)[\s-]+)?(?P<month>" + MONTH + r")(?!\w)(?![\w.]*\s+[0-3]?\d\b)")
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut\w*|rebuff\w*|dismiss\w*|reject\w*)\s+(?:that\b|the\s+|any\s+|all\s+)?"
    r"(?:reports?|claims?|allegations?|accounts?|suggestions?|accusations?|rumou?rs?|that\b)"
    r"|\b(?:is|was|are|were)\s+(?:not|n't)\s+true\b|\bno\s+truth\b|\bfalse\s+reports?\b",
    re.IGNORECASE,
)
NOT_DENIED = "reports it"
"""What a difference of kind ``denial`` gives for the side that does not deny."""
SPEAKER_AFTER = re.compile(r"^\W{0,3}(?:\w+\W+){0,2}?(?:said|says|told|tells|added|adds|stated|wrote)\b", re.IGNORECASE)
SPEAKER_BEFORE = re.compile(r"(?:according to|said|says|told)\W*$", re.IGNORECASE)
"""A person named as the one speaking is a source of the sentence, not a detail of the fact."""
DAY_BEFORE_YEAR = re.compile(r"\d{1,2},?\s*$")
"""A day of the month right before a year (``Oct. 17, 2017``), at the end of the text before it."""
DAY_BEFORE_YEAR_WINDOW = 12
"""Characters before a year in which its day is looked for: a day, a comma and a few spaces
(``17,  2017``); searching all the text before each year made a page of figures quadratic."""
YEAR_NUMBER = re.compile(r"^" + YEAR + r"$")
NATIONALITY = re.compile(
    r"\b(?P<demonym>[A-Z][a-z]+)(?=(?P<more>(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:(?:a|an|one)\s+)?[A-Z][a-z]+){0,4})"
    r"(?:\s+[A-Za-z][a-z-]*){0,2}?\s+(?i:" + PERSON_NOUNS + r"))"
)
"""A capitalised word (and up to four others listed with it, each perhaps after "a" or "one":
bounded, so a pasted list of names costs time linear in its length) before a noun for people, a
word or two between (``Australian ski mountaineer``): a nationality when the gazetteer knows it
as one."""
SPEAKER_WINDOW = 25
"""Characters looked at around a person's name for a speech verb (``X said``, ``told X``)."""


@dataclass(frozen=True)
class Detail:
    """One detail a sentence gives."""

    kind: DetailKind
    about: str
    """What it is about: the noun counted (``people``), ``magnitude``, a place kind (``city``)."""
    value: str
    """Normalised for comparing (``200000``, ``2013``, ``07:48 am``, an entity id)."""
    text: str
    """As the sentence writes it, for the reader (``200,000``, ``late 2013``, ``Aceh``)."""


@dataclass(frozen=True)
class Named:
    """An index entry named in a sentence: what it is, and where its name stands."""

    entity_id: str
    name: str
    kind: str
    """``person`` for people; a place kind (``city``, ``country``) for places; else the actor kind."""
    is_place: bool
    start: int
    """Offset of the name in the sentence."""
    end: int


def details_of(sentence: str, named: tuple[Named, ...] = ()) -> tuple[Detail, ...]:
    """Every detail the sentence gives, in a fixed order."""
    found: list[Detail] = []
    taken: list[tuple[int, int]] = []
    """Spans already read as one detail, so a magnitude or a year is not read as a count too."""
    digits = DIGIT.search(sentence) is not None
    if digits:
        found += _figures(sentence, taken)
    covered = _covered(len(sentence), taken)
    for match in MONTH_NAMED.finditer(sentence):
        if not covered[match.start("month")]:
            found.append(Detail(DetailKind.DATE, "month", fold(match.group("month"))[:3], match.group(0)))
    if digits or NUMBER_WORD.search(sentence):
        found += _counts(sentence, covered)
    found += _named(sentence, named)
    found += _nationalities(sentence)
    denial = DENIAL.search(sentence)
    if denial:
        found.append(Detail(DetailKind.DENIAL, "denial", "denies", denial.group(0)))
    return tuple(found)


def _figures(sentence: str, taken: list[tuple[int, int]]) -> list[Detail]:
    """Magnitudes, ages, scores, years, days and clock times (all written with digits)."""
    found = []
    for match in MAGNITUDE.finditer(sentence):
        taken.append((match.start(), match.end()))
        value = match.group("a") or match.group("b") or match.group("c")
        found.append(Detail(DetailKind.MAGNITUDE, "magnitude", value, value))
    for match in AGE.finditer(sentence):
        taken.append((match.start(), match.end()))
        found.append(Detail(DetailKind.AGE, "age", match.group("age"), match.group(0)))
    for match in SCORE.finditer(sentence):
        taken.append((match.start(), match.end()))
        found.append(Detail(DetailKind.SCORE, "score", match.group("score"), match.group("score")))
    for match in YEAR_EXPRESSION.finditer(sentence):
        if not _closes_a_caption_date(sentence, match):
            taken.append((match.start("year"), match.end("year")))
            found.append(Detail(DetailKind.DATE, "year", match.group("year"), match.group(0).strip()))
    for match in DAY_OF_MONTH.finditer(sentence):
        taken.append((match.start(), match.end()))
        month = fold(match.group("month"))[:3]
        found.append(Detail(DetailKind.DATE, "day", f"{month} {int(match.group('day'))}", match.group(0)))
        found.append(Detail(DetailKind.DATE, "month", month, match.group("month")))
    for match in CLOCK_TIME.finditer(sentence):
        # Hours and minutes with am/pm only: a bare "14:05" in a sentence may be a score or a ratio.
        value = clock_value(match) if match.group("minute") and match.group("meridiem") else None
        if value is not None:
            taken.append((match.start(), match.end()))
            found.append(Detail(DetailKind.TIME, "clock", value, match.group(0).strip()))
    return found


def _closes_a_caption_date(text: str, match: re.Match) -> bool:
    """``Oct. 17, 2017`` closing a caption is when the photo was taken, not a fact's date."""
    start = match.start("year")
    return bool(DAY_BEFORE_YEAR.search(text[max(0, start - DAY_BEFORE_YEAR_WINDOW) : start]))


def _covered(length: int, taken: list[tuple[int, int]]) -> bytearray:
    """Which characters the spans already read cover: looked up for each later match, where
    searching the spans made a sentence of many figures quadratic."""
    covered = bytearray(length)
    for start, end in taken:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def _counts(sentence: str, covered: bytearray) -> list[Detail]:
    found = []
    for match in COUNT.finditer(sentence):
        start = match.start("number")
        if covered[start]:
            continue
        raw = match.group("number")
        value = _number(raw, match.group("multiplier"))
        if value is None or (YEAR_NUMBER.match(raw) and not match.group("unit")):
            continue
        if match.group("unit"):
            about = "percent"
        else:
            noun = match.group("noun")
            about = term_of(fold(noun)) if noun else None
            if about is None:
                continue
        end = match.end("unit") if match.group("unit") else match.end("noun")
        text = sentence[match.start() : end].strip()
        found.append(Detail(DetailKind.COUNT, about, _plain(value), text))
    return found


def _number(raw: str, multiplier: str | None) -> float | None:
    word = raw.lower()
    if word in NUMBER_WORDS:
        value = float(NUMBER_WORDS[word])
    else:
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
    return value * MULTIPLIERS.get((multiplier or "").lower(), 1)


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _named(sentence: str, named: tuple[Named, ...]) -> list[Detail]:
    """People (not the one quoted) and places, by kind: a city is compared with a city."""
    found = []
    for item in named:
        if item.kind == "person":
            if SPEAKER_AFTER.match(sentence[item.end : item.end + SPEAKER_WINDOW]) or SPEAKER_BEFORE.search(
                sentence[max(0, item.start - SPEAKER_WINDOW) : item.start]
            ):
                continue
            found.append(Detail(DetailKind.PERSON, "person", item.entity_id, item.name))
        elif item.is_place and item.kind in PLACE_CLASSES:
            found.append(Detail(DetailKind.PLACE, PLACE_CLASSES[item.kind], item.entity_id, item.name))
    return found


def _nationalities(sentence: str) -> list[Detail]:
    """Nationalities of the people in the fact, by country (``British`` and ``English`` are one)."""
    found = []
    gazetteer = load_gazetteer()
    listed_until = 0
    for match in NATIONALITY.finditer(sentence):
        if match.start() < listed_until:  # one of the words listed after the previous one
            continue
        listed_until = match.end("more")
        listed = [match.group("demonym"), *re.findall(r"[A-Z][a-z]+", match.group("more"))]
        for word in listed:
            country = gazetteer.demonym(word)
            if country is not None and gazetteer.lookup(word) is None:
                found.append(Detail(DetailKind.NATIONALITY, "nationality", country.id, word))
    return found


PLACE_CLASSES = {
    "city": "settlement",
    "town": "settlement",
    "village": "settlement",
    "district": "district",
    "landmark": "site",
    "camp": "site",
    "base": "site",
    "street": "street",
}
"""Place kinds compared, and the class each is compared within. Countries and regions hold many
other places, so a sentence naming one and another naming a town in it can report one fact:
they are never compared (seen on the seeds: ``Syria`` beside ``Raqqa``)."""


def compare(here: tuple[Detail, ...], there: tuple[Detail, ...]) -> tuple[Difference, ...]:
    """What the two sentences give differently: per kind and subject, values with none shared.

    A denial in one sentence and none in the other is a difference too."""
    differences = []
    mine = _by_subject(here)
    theirs = _by_subject(there)
    for subject in sorted(mine.keys() & theirs.keys(), key=lambda s: (s[0].value, s[1])):
        kind, about = subject
        if kind is DetailKind.DENIAL:
            continue
        if _agree(kind, mine[subject], theirs[subject]):
            continue
        differences.append(
            Difference(
                kind,
                _texts(mine[subject]),
                _texts(theirs[subject]),
                about if kind is DetailKind.COUNT else None,
            )
        )
    denial = (DetailKind.DENIAL, "denial")
    if (denial in mine) != (denial in theirs):
        differences.append(
            Difference(
                DetailKind.DENIAL,
                _texts(mine[denial]) if denial in mine else NOT_DENIED,
                _texts(theirs[denial]) if denial in theirs else NOT_DENIED,
            )
        )
    return tuple(differences)


def _agree(kind: DetailKind, here: list[Detail], there: list[Detail]) -> bool:
    """A value in common; for people and places, a word of a name in common (``McDermott`` and
    ``Doug McDermott`` may be two index entries for one man)."""
    if kind is DetailKind.NATIONALITY:
        # Only the same nationalities: people of two countries ("Swedish and Dutch sailors") are
        # both of two events told together, not the one another sentence tells alone (ECB+ dev
        # topics, second half: P 0.909 -> 0.918; the first half has no such sentences).
        return {d.value for d in here} == {d.value for d in there}
    if {d.value for d in here} & {d.value for d in there}:
        return True
    if kind in (DetailKind.PERSON, DetailKind.PLACE):
        return bool(_name_words(here) & _name_words(there))
    return False


def _name_words(details: list[Detail]) -> set[str]:
    return {word for d in details for word in fold(d.text).replace(".", " ").split() if len(word) > 2}


def _by_subject(details: tuple[Detail, ...]) -> dict[tuple[DetailKind, str], list[Detail]]:
    grouped: dict[tuple[DetailKind, str], list[Detail]] = {}
    for detail in details:
        grouped.setdefault((detail.kind, detail.about), []).append(detail)
    return grouped


def _texts(details: list[Detail]) -> str:
    return " / ".join(dict.fromkeys(d.text for d in details))


def names_other_people_or_places(differences: tuple[Difference, ...]) -> bool:
    """Whether the two name different people or places for what they report: two events, unless
    their wording is nearly the same (then a source got a name or a place wrong)."""
    return any(d.kind in IDENTITY_KINDS for d in differences)


def nested_nationalities(here: tuple[Detail, ...], there: tuple[Detail, ...]) -> bool:
    """The people of one sentence are of some of the countries the other's are of ("a British
    climber" against "Australian and English climbers"): one event against two told together,
    however alike the rest of the wording, not a source giving a nationality wrong."""
    mine = {d.value for d in here if d.kind is DetailKind.NATIONALITY}
    theirs = {d.value for d in there if d.kind is DetailKind.NATIONALITY}
    return bool(mine and theirs) and (mine < theirs or theirs < mine)


def figures_far_apart(here: tuple[Detail, ...], there: tuple[Detail, ...]) -> bool:
    """Whether they give years or magnitudes too far apart to be one event misreported (a quake
    of 6.1 and one of 9.1; one in 2004 and one in 2013): two events, however alike the words."""
    return any(_all_apart(_values(here, subject), _values(there, subject), gap) for subject, gap in FAR_APART.items())


FAR_APART = {(DetailKind.DATE, "year"): 2.0, (DetailKind.MAGNITUDE, "magnitude"): 1.0}
"""Gaps between two values of one subject that say two events, not one told differently: a
source may be a year out on when something began (seeds: late 2013 and January 2014), or read
6.1 where another reads 6.2, but not further (ECB+ dev topics: background quakes and the
tsunami of an earlier year joined the lead of a quake story)."""
TALLY_KINDS = frozenset({DetailKind.COUNT})
"""Details that change as a story unfolds (the dead are counted again): inside one story,
differing counts in its leads are the sources' difference, not two events."""


def _values(details: tuple[Detail, ...], subject: tuple[DetailKind, str]) -> list[float]:
    found = []
    for detail in details:
        if (detail.kind, detail.about) == subject:
            try:
                found.append(float(detail.value))
            except ValueError:
                continue
    return found


def _all_apart(here: list[float], there: list[float], gap: float) -> bool:
    return bool(here and there) and all(abs(a - b) >= gap for a in here for b in there)
