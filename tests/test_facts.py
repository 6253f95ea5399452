"""Fact groups inside a story: which sentences are linked, and whether a differing detail makes
``differs`` or says two events. Sentences are built directly (names given as the index would
find them), so these tests do not depend on the entity index."""

from __future__ import annotations

import pytest

from newsarchive.crossref import describe
from newsarchive.factrules import Sentence, story_events
from newsarchive.facts import find_facts
from newsarchive.xrefmodel import Basis, Passage, Relation, StoryGroup

PUBLISHED = "2019-03-03"


def sentence(article: str, text: str, rank: int = 1, named: dict[str, tuple[str, bool]] | None = None) -> Sentence:
    """A sentence of ``article`` (its ``rank``-th of the body; 0 is the headline). ``named`` maps a
    name in the text to its kind and whether it is a place."""
    spans = [(name, text.index(name), text.index(name) + len(name)) for name in named or {} if name in text]
    info = {name: (name, kind, is_place) for name, (kind, is_place) in (named or {}).items()}
    passage = Passage(article, "p-1" if rank else "title", text, 0, None, PUBLISHED)
    return describe(passage, rank, spans, info)


def link(a: Sentence, b: Sentence) -> Relation | None:
    """The relation the matcher gives the two, or ``None`` when it does not link them."""
    story = StoryGroup("story-1", (a.passage.article_id, b.passage.article_id))
    _, pairs = find_facts([a, b], [story])
    return pairs[0].relation if pairs else None


CITIES = {"Kalaba": ("city", True), "Morvan": ("city", True)}

# Each kind of detail both ways: the same event told with a differing detail, then two events that
# differ in it. Written for the list of kinds (a number of something, a date, a time, a
# magnitude, the person in the same role, a place, a denial); the names are invented.
DIFFERENCES = [
    pytest.param(
        sentence("a", "The fire at the Kalaba textile mill killed 42 workers, the labour ministry said."),
        sentence("b", "The labour ministry said 35 workers were killed in the fire at the Kalaba textile mill."),
        Relation.DIFFERS,
        id="count, one fire",
    ),
    pytest.param(
        sentence("a", "Police arrested 12 protesters outside the Kalaba courthouse.", named=CITIES),
        sentence("b", "Police detained 40 protesters near Morvan's town hall.", named=CITIES),
        None,
        id="count, two arrests in two towns",
    ),
    pytest.param(
        sentence("a", "The Zabadin Brigades took over the Kalaba crossing in January 2014, residents said.", 5),
        sentence("b", "Residents recall the arrival of the Zabadin Brigades at the Kalaba crossing in late 2013.", 7),
        Relation.DIFFERS,
        id="date, one takeover in other words",
    ),
    pytest.param(
        sentence("a", "The Zabadin Brigades took over the Kalaba crossing in 2009, residents said.", 5),
        sentence("b", "Residents said the Zabadin Brigades took over the Kalaba crossing in 2016.", 7),
        None,
        id="date, two takeovers years apart",
    ),
    pytest.param(
        sentence("a", "The quake struck at 7:48 a.m. off the coast of Kalaba, the seismic survey said.", 3),
        sentence("b", "The seismic survey said the quake struck off the coast of Kalaba at 8:12 a.m.", 4),
        Relation.DIFFERS,
        id="time, one quake",
    ),
    pytest.param(
        sentence("a", "A bomb exploded at 9:15 a.m. near the Kalaba bus station.", named=CITIES),
        sentence("b", "A second bomb exploded at 4:30 p.m. in the Morvan market.", named=CITIES),
        None,
        id="time, two blasts",
    ),
    pytest.param(
        sentence("a", "A magnitude 6.1 earthquake struck the Kalaba province on Tuesday, the survey said."),
        sentence("b", "The survey said a magnitude 6.2 earthquake struck the Kalaba province on Tuesday."),
        Relation.DIFFERS,
        id="magnitude, one quake measured twice",
    ),
    pytest.param(
        sentence("a", "A magnitude 6.1 earthquake struck the Kalaba province on Tuesday, the survey said."),
        sentence("b", "The survey said a magnitude 7.4 earthquake struck the Kalaba province on Tuesday."),
        None,
        id="magnitude, two quakes",
    ),
    pytest.param(
        sentence(
            "a",
            "Border guards arrested the smuggler Jonah Pell at the Kalaba post on Friday night, police said.",
            named={"Jonah Pell": ("person", False)},
        ),
        sentence(
            "b",
            "Border guards arrested the smuggler Marek Doss at the Kalaba post on Friday night, police said.",
            named={"Marek Doss": ("person", False)},
        ),
        Relation.DIFFERS,
        id="person, one arrest told with another name",
    ),
    pytest.param(
        sentence("a", "Jonah Pell was arrested at the Kalaba post.", named={"Jonah Pell": ("person", False)}),
        sentence("b", "Marek Doss was detained by police in Kalaba.", named={"Marek Doss": ("person", False)}),
        None,
        id="person, two arrests",
    ),
    pytest.param(
        sentence("a", "The army said the convoy was attacked near Kalaba on Monday, killing four soldiers.", 3, CITIES),
        sentence("b", "The army said the convoy was attacked near Morvan on Monday, killing four soldiers.", 3, CITIES),
        Relation.DIFFERS,
        id="place, one ambush placed twice",
    ),
    pytest.param(
        sentence("a", "Gunmen attacked a convoy near Kalaba.", named=CITIES),
        sentence("b", "A police patrol was attacked outside Morvan, officials said.", named=CITIES),
        None,
        id="place, two attacks",
    ),
    pytest.param(
        sentence("a", "Coastguards said a 52-year-old Norwegian diver drowned off Kalaba Point on Saturday."),
        sentence("b", "Coastguards said a 52-year-old Swedish diver drowned off Kalaba Point on Saturday."),
        Relation.DIFFERS,
        id="nationality, one diver told twice",
    ),
    pytest.param(
        sentence("a", "A Norwegian diver drowned off Kalaba Point, coastguards said on Saturday evening."),
        sentence(
            "b",
            "A Danish diver died on Sunday after being swept against the rocks of Kalaba Point, lifeguards reported.",
        ),
        None,
        id="nationality, two divers",
    ),
    pytest.param(
        sentence("a", "Coastguards said a 52-year-old Swedish diver drowned off Kalaba Point on Saturday."),
        sentence("b", "Coastguards said Norwegian and Swedish divers drowned off Kalaba Point on Saturday."),
        None,
        id="nationality, one diver against two told together",
    ),
    pytest.param(
        sentence("a", "The ministry said troops entered the Kalaba district on Monday.", 3),
        sentence("b", "The army denied reports that troops entered the Kalaba district on Monday.", 4),
        Relation.DIFFERS,
        id="denial",
    ),
    pytest.param(
        sentence("a", "The ministry said troops entered the Kalaba district on Monday.", 3),
        sentence("b", "The army confirmed reports that troops entered the Kalaba district on Monday.", 4),
        Relation.CORROBORATES,
        id="no denial",
    ),
]


@pytest.mark.parametrize("a, b, expected", DIFFERENCES)
def test_a_differing_detail_differs_or_says_two_events(a: Sentence, b: Sentence, expected: Relation | None) -> None:
    assert link(a, b) is expected


def test_two_openings_of_one_story_sharing_what_happened_are_linked() -> None:
    a = sentence("a", "Rebels captured the northern airport of Kalaba after days of shelling.", 0)
    b = sentence("b", "The airport fell to the rebels, who seized it on Sunday.", 1)
    assert link(a, b) is Relation.CORROBORATES


def test_later_sentences_sharing_only_a_place_are_not_linked() -> None:
    a = sentence("a", "The annual date harvest in Kalaba drew farmers from across the valley.", 6)
    b = sentence("b", "A new school opened in Kalaba with help from a charity.", 9)
    assert link(a, b) is None


def test_two_articles_of_one_outlet_are_never_a_pair() -> None:
    a = sentence("a", "The fire at the Kalaba textile mill killed 42 workers, the labour ministry said.")
    b = sentence("b", "The labour ministry said 42 workers were killed in the fire at the Kalaba textile mill.")
    same = [
        Sentence(
            **{**s.__dict__, "passage": Passage(s.passage.article_id, "p-1", s.passage.sentence, 0, "Outlet", None)}
        )
        for s in (a, b)
    ]
    assert link(*same) is None


def test_a_group_holds_every_source_of_a_fact() -> None:
    texts = [
        "The fire at the Kalaba textile mill killed 42 workers, the labour ministry said.",
        "The labour ministry said 42 workers were killed in the fire at the Kalaba textile mill.",
        "Forty-two workers were killed in the fire at the Kalaba textile mill, the ministry said.",
        "The Kalaba textile mill fire killed 42 workers, according to the labour ministry.",
    ]
    sentences = [sentence(f"article-{n}", text) for n, text in enumerate(texts)]
    facts, pairs = find_facts(sentences, [StoryGroup("story-1", tuple(s.passage.article_id for s in sentences))])
    (fact,) = facts
    assert len(fact.passages) == 4 and len(pairs) == 6
    assert {pair.fact for pair in pairs} == {fact.id}


def test_the_story_bounds_the_links() -> None:
    a = sentence("a", "The fire at the Kalaba textile mill killed 42 workers, the labour ministry said.")
    b = sentence("b", "The labour ministry said 42 workers were killed in the fire at the Kalaba textile mill.")
    facts, pairs = find_facts([a, b], [StoryGroup("story-1", ("a",)), StoryGroup("story-2", ("b",))])
    assert facts == [] and pairs == []


LINDON = {"Mara Lindon": ("person", False), "Solace": ("landmark", True)}


def story_of(headlines: list[str], *leads: Sentence) -> tuple[Sentence, ...]:
    """The headlines of a story's articles (article-0, article-1...), then the given ledes."""
    return (*(sentence(f"article-{n}", text, 0) for n, text in enumerate(headlines)), *leads)


def linked(sentences: tuple[Sentence, ...], a: Sentence, b: Sentence) -> bool:
    """Whether ``a`` and ``b`` were judged one event as a pair (not only grouped with others)."""
    story = StoryGroup("story-1", tuple(dict.fromkeys(s.passage.article_id for s in sentences)))
    _, pairs = find_facts(list(sentences), [story])
    return any({pair.a, pair.b} == {a.passage, b.passage} and pair.basis is Basis.EVENT for pair in pairs)


PUBLICIST = "Her publicist told reporters that Mara Lindon {} of her own will after weeks of talks with family."
"""A sentence below the lede that tells the stay again (long, so that wording alone does not link it)."""
REHAB = [
    "Mara Lindon checks into rehab",
    "Lindon enters Solace clinic, checks in for 90 days",
    "Actress enters rehab, checks in at last",
    "Lindon enters treatment",
]

# The story's own words for what happened come from its articles' openings; two ledes that use
# them (each its own word) and name one person are linked. Invented story, same shape as the
# issue's example (one stay in a clinic told with "checked in" and "entered").
ENTERED_LEDE = sentence("article-0", "Actress Mara Lindon entered the Solace treatment centre on Tuesday.", 1, LINDON)
STORY_EVENT = [
    pytest.param(
        REHAB,
        ENTERED_LEDE,
        sentence("article-1", "Mara Lindon has checked herself in, her publicist confirmed.", 1, LINDON),
        True,
        id="entered and checked in: the story's event in two words",
    ),
    pytest.param(
        REHAB,
        ENTERED_LEDE,
        sentence("article-1", "Mara Lindon rehired her longtime lawyer this week.", 1, LINDON),
        False,
        id="another turn of the story: no word of its event",
    ),
    pytest.param(
        REHAB,
        ENTERED_LEDE,
        sentence(
            "article-8",
            PUBLICIST.format("entered the clinic"),
            4,
            LINDON,
        ),
        True,
        id="a lede and a sentence below it using the story's word, one person",
    ),
    pytest.param(
        REHAB,
        ENTERED_LEDE,
        sentence(
            "article-8",
            PUBLICIST.format("checked out of the clinic"),
            4,
            LINDON,
        ),
        False,
        id="below the lede, only another of the story's words",
    ),
    pytest.param(
        REHAB,
        ENTERED_LEDE,
        sentence(
            "article-8",
            PUBLICIST.format("entered the clinic"),
            7,
            LINDON,
        ),
        False,
        id="a sentence far below the lede is background",
    ),
    pytest.param(
        REHAB,
        sentence("article-0", "Actress Mara Lindon entered the Solace treatment centre on Tuesday.", 6, LINDON),
        sentence("article-1", "Mara Lindon has checked herself in, her publicist confirmed.", 8, LINDON),
        False,
        id="later sentences of the body are not ledes",
    ),
]


@pytest.mark.parametrize("headlines, a, b, expected", STORY_EVENT)
def test_ledes_telling_the_storys_event_are_linked(
    headlines: list[str], a: Sentence, b: Sentence, expected: bool
) -> None:
    assert linked(story_of(headlines, a, b), a, b) is expected


@pytest.mark.parametrize(
    "headlines, expected",
    [
        pytest.param(
            [*REHAB, "Lindon rehires her lawyer"], {"check", "enter"}, id="one opening's word is not the story's"
        ),
        pytest.param(REHAB[1:3], set(), id="a story of two articles has no words of its own"),
    ],
)
def test_the_storys_event_words_are_those_of_many_openings(headlines: list[str], expected: set[str]) -> None:
    sentences = story_of(headlines)
    assert story_events(sentences, range(len(sentences))) == expected


RESCUE = [
    "Trapped miners rescued in Kalaba",
    "Kalaba miners freed after five days",
    "Five Kalaba miners rescued alive",
    "Trapped Kalaba miners freed alive",
    "Kalaba miners rescued at last",
    "Crews freed the Kalaba miners overnight",
]
"""An invented story told with two words that no synonym table joins: ``rescue`` and ``free``."""


def openings_linked(a: Sentence, b: Sentence) -> bool:
    """Whether two openings of the rescue story were judged one fact (not only grouped with others)."""
    headlines = [sentence(f"article-{n}", text, 0, CITIES) for n, text in enumerate(RESCUE)]
    sentences = [*headlines, a, b]
    story = StoryGroup("story-1", tuple(dict.fromkeys(s.passage.article_id for s in sentences)))
    _, pairs = find_facts(sentences, [story])
    return any({pair.a, pair.b} == {a.passage, b.passage} and pair.basis is not Basis.GROUP for pair in pairs)


OPENINGS = [
    pytest.param(
        sentence("article-8", "The five men were rescued on Tuesday night.", 1),
        sentence("article-9", "Crews freed the trapped workers after a long dig.", 1),
        True,
        id="two ledes, the story's event in two words",
    ),
    pytest.param(
        sentence("article-8", "The five men were rescued on Tuesday night.", 1),
        sentence("article-9", "The mine's owner apologised to the families.", 1),
        False,
        id="a lede telling another turn: no word of the story's event",
    ),
    pytest.param(
        sentence("article-8", "Workers rescued", 0),
        sentence("article-9", "Crews freed the trapped workers after a long dig.", 1),
        False,
        id="a headline and a lede in two words, naming nothing in common",
    ),
    pytest.param(
        sentence("article-8", "Kalaba workers rescued", 0, CITIES),
        sentence("article-9", "Crews in Kalaba freed the trapped workers after a long dig.", 1, CITIES),
        True,
        id="a headline and a lede in two words, naming one place",
    ),
]


@pytest.mark.parametrize("a, b, expected", OPENINGS)
def test_openings_telling_the_storys_event_are_linked(a: Sentence, b: Sentence, expected: bool) -> None:
    assert openings_linked(a, b) is expected


SMUGGLER_ARREST = "Border guards arrested the smuggler Jonah Pell at the Kalaba post{} after a long chase, police said."


def arrest_reports(count: int) -> list[Sentence]:
    """``count`` sources of one arrest that give no year, then one dating it 2009 and one 2016:
    those two alone are judged two events (years far apart)."""
    sentences = [sentence(f"source-{n}", SMUGGLER_ARREST.format(""), 1) for n in range(count)]
    sentences += [sentence(f"dated-{year}", SMUGGLER_ARREST.format(f" in {year}"), 1) for year in (2009, 2016)]
    return sentences


def fact_sizes(sentences: list[Sentence]) -> list[int]:
    story = StoryGroup("story-1", tuple(s.passage.article_id for s in sentences))
    facts, _ = find_facts(sentences, [story])
    return sorted(len(fact.passages) for fact in facts)


def test_one_pair_judged_two_events_does_not_split_a_fact_many_sources_report() -> None:
    assert fact_sizes(arrest_reports(8)) == [10]


def test_a_pair_judged_two_events_keeps_them_apart_in_a_fact_of_few_sources() -> None:
    assert fact_sizes(arrest_reports(2)) == [3]  # one dated source is left out
