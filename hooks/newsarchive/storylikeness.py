"""How alike two articles are as reports of one story: the measure ``stories`` groups them by.

An article is described by the lemmas and names it uses, its headline and lede counting most
(they say what the story is). Two articles are alike by the cosine of those descriptions, each
term weighed by how few articles use it and how rare it is in English (``vectors``), less a
penalty when each names, in its lede, someone or somewhere the other never mentions (two rehab
stays of two actresses, two quakes in two provinces), unless their dates say they are reports of
one story (``name_conflicts``), and less another when their ledes say what happened in no word
in common (``unshared_events``: two stories of one subject), more when they also name no actor
in common (``no_common_actor``), and another when their ledes share at most a word
(``thin_lead_overlap``). Reports dated months apart whose ledes name nothing in common are no
link at all (``far_apart_strangers``). ``likeness`` puts these together.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .lemmas import CALENDAR_WORDS, zipf

LEAD_WEIGHT = 3.0
"""A term of the headline or lede counts this many times one of the body (ECB+ dev topics: 2 and
3 kept the two events of more topics apart than 1, 3 no worse than 2)."""

NAME_WEIGHT = 3.0
"""Extra count of a capitalised name over the same word as a common word (ECB+ dev topics: the
two events of a topic differ most in who and where)."""

MIN_SHARED_TERMS = 3
"""Different lemmas or names two articles must share to be one story, days and months aside
(a small archive: two articles sharing only "Sunday" had a cosine of 0.3)."""

CONFLICT_PENALTY = 0.05
"""Taken off two articles' similarity per lede name of one that the other never uses (averaged
over the two sides: ECB+ dev topics, where the side with fewer let a follow-up that mentions the
first event in passing join it, and the side with more split stories whose ledes quote others)."""

SAME_STORY_DAYS = 0
"""Two reports dated this many days apart or fewer never count lede names against each other:
reporters of one day's story each name whom they reached and where they stood (ECB+ dev topics,
both halves: the second half's recall 0.404 to 0.407, precision 0.918 to 0.920, cross-event
0.004 to 0.001, the first unchanged; at 2 days a story's plan and the stay that replaced
it, a day apart, joined and the first half's precision fell from 0.939 to 0.875)."""

VAGUER_REPORT_DAYS = 2
"""Two reports dated this many days apart or fewer, one of which names in its lede no one the
other never mentions, never count lede names against each other: the vaguer report (an early
one, a blog's retelling) tells the same story with fewer names, not another (ECB+ dev topics:
the first half's recall 0.481 to 0.487, precision 0.939 to 0.940; 3 to 7 days gave the same;
undated, the same rule joined follow-ups that name the first event in passing, see
``CONFLICT_PENALTY``)."""

ONE_WORD_SHARE = 0.85
"""A link that one shared word gives this share of is no evidence of one story (real pages: two
unrelated articles alike only by a university's name, 0.94 of their cosine, and another pair by
"Caribbean", 0.83, in the whole copies. ECB+ dev, both halves: 0.85 loses no gold pair and finds
four more; 0.8 split a pair the gold links, first half recall 0.487 to 0.484)."""

UNSHARED_EVENT_PENALTY = 0.05
"""Taken off two articles' similarity when their ledes share no word for what happened
(``unshared_events``). Real pages (one story per copy): articles in a story with another 23 to 16
(primary copies) and 21 to 18 (whole copies); ECB+ dev, both halves, unchanged (a multiplier of
0.5, or no link at all, split a retold rehab stay, first half recall 0.504 to 0.487; at 0.06 an
article that tells both events of a topic moved to the other event's story, cross-event 4 to 42
pairs)."""

LEAD_MIN_SHARED_TERMS = 2
"""Words two headlines-and-ledes share, days and months aside, below which their link loses
``THIN_LEAD_PENALTY`` (``thin_lead_overlap``)."""

THIN_LEAD_PENALTY = 0.05
"""Real pages (one story per copy), after ``UNSHARED_EVENT_PENALTY``: articles in a story with
another 16 to 14 (primary copies) and 18 to 16 (whole copies); ECB+ dev, both halves, unchanged.
Fewer than 3 shared words (12 and 12), or 0.08 off below 2 (12 and 14), lost two gold pairs of
the first half and some of its precision (0.9405 to 0.9404)."""

NO_COMMON_ACTOR_PENALTY = 0.05
"""Taken off again when two ledes that share no word for what happened (``unshared_events``)
also name no actor in common (``no_common_actor``): what they share is a region's or a
subject's vocabulary. Real pages (one story per copy): articles in a story with another 12 to 8
(primary copies) and 14 to 10 (whole copies): Delhi's air and deportees flown to Punjab a week
apart, an arrest for drugs and a fact check on drugs at the border. ECB+ dev: first half 2 gold
pairs fewer, second unchanged, precision unchanged; 0.1 gave the same, 0.15 and 0.2 lost 0.005
of recall. A lede that names no actor shares none: two vague ledes telling other events are
rarely one story."""

SUBJECT_KINDS = frozenset({"state", "armed_group", "media"})
"""Actor kinds (``kinds.ACTOR_KINDS``) that many unrelated stories name, as they name a place: a
government or an armed group in a region's every report, a news agency quoted as the source.
Sharing one says nothing of one story. Set by reasoning, not by a case: the real pages and ECB+
give the same figures with or without them (the one war's pair there names the Taliban, which
the index reads as an organisation)."""

FAR_APART_DAYS = 90
"""Two reports dated further apart than this, whose headlines and ledes name no one and nothing
in common, are two stories of one subject (``far_apart_strangers``). Real pages: a utility's
power shutoff and rolling blackouts nine months later, both in California, had been one story
(cross-references between stories 2 to 1, articles in a story with another 14 to 12). ECB+ dev:
reports of one story two to eighteen months apart (a killing and its trial, an escape and the
recapture) name someone in common in nearly every pair, and the few that do not stay in their
story through the others; unchanged at 90 days, two gold pairs lost at 30."""

STORY_NAME_MIN_ARTICLES = 2
"""A lede name is a story's (not one writer's choice of whom to quote) when this many ledes use it."""

GENERAL_WEIGHT_FLOOR = 0.5
"""A very common English word still weighs this much of its archive rarity (ECB+ dev topics, as
in the exploration of story separation)."""

GENERAL_WEIGHT_SCALE = 7.0
"""Zipf value at which an English word's weight reaches zero before the floor (``the`` is 7.7)."""

NAME_PREFIX = "name:"

UNSHARED_WEIGHT = 0.1
"""What a term no other article uses weighs in an article's description, against 1 for a shared
one: the cosine then measures how much of what articles share they share, without two small
articles that share one word looking alike (ECB+ dev topics: 0.3 cost 0.01 of recall and
merged more events; 0, counting shared terms only, made any two articles of a two-article
archive alike)."""


@dataclass(frozen=True)
class Profile:
    """What the story grouping knows of one article."""

    article_id: str
    terms: Counter
    """Term (lemma, or ``name:`` lemma) -> weighted count, headline and lede counting more."""
    lead_names: frozenset[str]
    """Names used in the headline and lede."""
    vocabulary: frozenset[str]
    """Every lemma and name the article uses anywhere."""
    published: date | None = None
    """The article's date, when it carries one."""
    lead_predicates: frozenset[str] = frozenset()
    """Words for what happened (``lemmas.Analysis.predicates``) in the headline and lede."""
    lead_terms: frozenset[str] = frozenset()
    """Lemmas and names of the headline and lede."""
    lead_actors: frozenset[str] = frozenset()
    """Index entries of the actors the headline and lede name: every kind but places and the
    ``SUBJECT_KINDS`` (people, organisations, teams, names of no known kind)."""


def profile_of(
    article_id: str,
    sentences: Sequence[tuple[Counter, frozenset[str], bool, frozenset[str]]],
    published: str | None = None,
    lead_actors: frozenset[str] = frozenset(),
) -> Profile:
    """From each sentence's term counts, names, whether it is the headline or lede, and its words
    for what happened, the article's ISO date (``None``, or not a date: undated), and the actors
    its headline and lede name (``Profile.lead_actors``)."""
    terms: Counter = Counter()
    lead_names: set[str] = set()
    vocabulary: set[str] = set()
    lead_predicates: set[str] = set()
    lead_terms: set[str] = set()
    for counts, names, lead, predicates in sentences:
        weight = LEAD_WEIGHT if lead else 1.0
        for term, count in counts.items():
            terms[term] += count * weight
        for name in sorted(names):  # a fixed order: the cosine's sums must not follow string hashes
            terms[NAME_PREFIX + name] += NAME_WEIGHT * weight
        if lead:
            lead_names |= names
            lead_predicates |= predicates
            lead_terms |= set(counts) | names
        vocabulary |= set(counts) | names
    return Profile(
        article_id,
        terms,
        frozenset(lead_names),
        frozenset(vocabulary),
        _day(published),
        frozenset(lead_predicates),
        frozenset(lead_terms),
        lead_actors,
    )


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _telling(terms: set[str] | frozenset[str]) -> set[str]:
    """Terms that can say two articles tell one story: not a day or month, which every story has."""
    return {term.removeprefix(NAME_PREFIX) for term in terms} - CALENDAR_WORDS


def _general_weight(term: str) -> float:
    base = term.removeprefix(NAME_PREFIX)
    return max(GENERAL_WEIGHT_FLOOR, GENERAL_WEIGHT_SCALE - zipf(base)) / (GENERAL_WEIGHT_SCALE - 1)


def vectors(profiles: Sequence[Profile]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors over the terms at least two articles use (a term of one article can
    never be shared, and would only dilute its cosine with every other)."""
    df: Counter = Counter()
    for profile in profiles:
        df.update(profile.terms.keys())
    total = len(profiles)
    result = []
    for profile in profiles:
        vector = {
            term: math.log1p(count)
            * math.log1p(total / df[term])
            * _general_weight(term)
            * (1.0 if df[term] > 1 else UNSHARED_WEIGHT)
            for term, count in profile.terms.items()
        }
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        result.append({term: w / norm for term, w in vector.items()})
    return result


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b[term] for term, weight in a.items() if term in b)


def supported_cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine, less the part of one word (as a name and as a word together) when that word
    gives nearly all of it: two articles alike by one shared name only ("Europa", "Caribbean") tell
    two stories that name one thing."""
    total = _cosine(a, b)  # summed as before: a link the rule leaves alone weighs exactly the same
    if len(a) > len(b):
        a, b = b, a
    by_word: dict[str, float] = defaultdict(float)
    for term, weight in a.items():
        if term in b:
            by_word[term.removeprefix(NAME_PREFIX)] += weight * b[term]
    top = max(by_word.values(), default=0.0)
    return total - top if total > 0 and top >= ONE_WORD_SHARE * total else total


def story_names(profiles: Sequence[Profile]) -> frozenset[str]:
    counts: Counter = Counter()
    for profile in profiles:
        counts.update(profile.lead_names)
    return frozenset(name for name, count in counts.items() if count >= STORY_NAME_MIN_ARTICLES)


def unshared_events(a: Profile, b: Profile) -> bool:
    """Both ledes say what happened, and in no word in common: two stories of one subject (two
    drug seizures, two reports on one moon) rather than one story, whose reports nearly always
    share a word for its event (``lemmas.Analysis.predicates``, event synonyms folded). A lede
    with no such word says nothing either way."""
    return bool(a.lead_predicates and b.lead_predicates and not a.lead_predicates & b.lead_predicates)


def no_common_actor(a: Profile, b: Profile) -> bool:
    """The two headlines and ledes name no actor in common (``Profile.lead_actors``), including
    when one or both name none: two reports of one story nearly always name who acted, or whom
    it befell."""
    return not a.lead_actors & b.lead_actors


def thin_lead_overlap(a: Profile, b: Profile) -> bool:
    """The two headlines and ledes, which say what each story is, share fewer than
    ``LEAD_MIN_SHARED_TERMS`` words, days and months aside: whatever the bodies share is a
    subject's vocabulary (a city, a disease), not one story's."""
    return bool(a.lead_terms and b.lead_terms) and len(_telling(a.lead_terms & b.lead_terms)) < LEAD_MIN_SHARED_TERMS


def name_conflicts(a: Profile, b: Profile, story_names: frozenset[str]) -> float:
    """Story names in one article's lede that the other never uses, averaged over the two sides;
    none between reports of one day (``SAME_STORY_DAYS``), nor between reports a few days apart
    when one names no one the other does not (``VAGUER_REPORT_DAYS``)."""
    missing_from_b = len((a.lead_names & story_names) - b.vocabulary)
    missing_from_a = len((b.lead_names & story_names) - a.vocabulary)
    if a.published is not None and b.published is not None:
        apart = abs((a.published - b.published).days)
        if apart <= SAME_STORY_DAYS or (apart <= VAGUER_REPORT_DAYS and not (missing_from_a and missing_from_b)):
            return 0.0
    return (missing_from_a + missing_from_b) / 2


def far_apart_strangers(a: Profile, b: Profile) -> bool:
    """Both are dated, more than ``FAR_APART_DAYS`` apart, and their headlines and ledes share no
    name: whatever else they share is a subject's vocabulary (a region, a utility's outages). A
    story that runs for months (a killing, then the trial) keeps naming its people."""
    return (
        a.published is not None
        and b.published is not None
        and abs((a.published - b.published).days) > FAR_APART_DAYS
        and not a.lead_names & b.lead_names
    )


def likeness(
    vector_a: dict[str, float], vector_b: dict[str, float], a: Profile, b: Profile, names: frozenset[str]
) -> float:
    """How alike two articles are as reports of one story, from their vectors (``vectors``) and
    profiles, and the archive's story names (``story_names``); 0 or less: no link."""
    if len(_telling(vector_a.keys() & vector_b.keys())) < MIN_SHARED_TERMS or far_apart_strangers(a, b):
        return 0.0
    score = supported_cosine(vector_a, vector_b) - CONFLICT_PENALTY * name_conflicts(a, b, names)
    if unshared_events(a, b):
        score -= UNSHARED_EVENT_PENALTY
        if no_common_actor(a, b):
            score -= NO_COMMON_ACTOR_PENALTY
    if thin_lead_overlap(a, b):
        score -= THIN_LEAD_PENALTY
    return score
