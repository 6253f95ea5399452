"""Cross-references between sources, end to end: the seeds' gold pairs, small hand-made
archives, and the footnotes, story blocks and fact pages of the built site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import generated_page, resolve_href
from newsarchive.archive import build_archive
from newsarchive.crossref import describe, lead_actors
from newsarchive.model import SeedFile
from newsarchive.xrefmodel import Passage, Relation


def pairs(archive) -> dict[frozenset[str], object]:
    return {frozenset((x.a.sentence, x.b.sentence)): x for x in archive.cross_references}


def gold_pairs(gold: dict, level: str) -> dict[frozenset[str], str]:
    return {frozenset((x["a"][1], x["b"][1])): x["relation"] for x in gold["cross_references"][level]}


def test_the_must_pairs_are_found_with_their_relation(gold: dict, seed_archive) -> None:
    found = pairs(seed_archive)
    for key, relation in gold_pairs(gold, "must").items():
        assert key in found, sorted(key)
        assert found[key].relation.value == relation


def test_precision_against_must_and_should(gold: dict, seed_archive) -> None:
    listed = {**gold_pairs(gold, "must"), **gold_pairs(gold, "should")}
    found = pairs(seed_archive)
    precision = sum(key in listed for key in found) / len(found)
    assert precision >= 0.9, precision


def test_the_seeds_are_one_story(seed_archive) -> None:
    (story,) = seed_archive.story_groups
    assert set(story.articles) == {item.id for item in seed_archive.articles}


def test_every_pair_belongs_to_a_fact_group_holding_both_passages(seed_archive) -> None:
    facts = {fact.id: fact for fact in seed_archive.fact_groups}
    for pair in seed_archive.cross_references:
        assert pair.a in facts[pair.fact].passages and pair.b in facts[pair.fact].passages


def test_the_differs_footnote_says_what_differs(seed_archive) -> None:
    (differs,) = [x for x in seed_archive.cross_references if x.relation is Relation.DIFFERS]
    assert "January 2014" in differs.difference and "late 2013" in differs.difference


def test_pull_quote_is_not_a_second_source(seed_archive, gold: dict) -> None:
    # The gold's must_not rules name a file whose caption repeats one of its own paragraphs: that
    # caption is a pull quote of the paragraph, so no cross-reference may cite it as a passage.
    (rule,) = gold["cross_references"]["must_not"]
    assert "pull quote" in rule
    file = re.search(r"\S+\.txt", rule).group()
    (item,) = [a for a in seed_archive.articles if a.article.source_file == file]
    (pull_quote,) = [p for p in item.article.photos if p.pull_quote_of]
    assert item.article.paragraph_numbers[pull_quote.pull_quote_of] == 4
    cited = {(side.article_id, side.anchor) for x in seed_archive.cross_references for side in (x.a, x.b)}
    assert (item.id, pull_quote.anchor) not in cited


def archive_of(*articles: tuple[str, str], titles: tuple[str, ...] = ()):
    """Articles of the given outlets and bodies, each under its own dull headline unless given."""
    return build_archive(
        [
            SeedFile(
                f"{n}.txt",
                f"{outlet} March 3, 2019\n\n{titles[n] if titles else f'Headline {n}'}\n\n{body}".encode(),
            )
            for n, (outlet, body) in enumerate(articles)
        ]
    )


def test_same_fact_in_other_words_is_found() -> None:
    archive = archive_of(
        ("Outlet One", "Rebel fighters captured the northern airport of Kalaba on Sunday after heavy shelling."),
        ("Outlet Two", "After days of heavy shelling, the rebels seized Kalaba's northern airport on Sunday."),
    )
    (xref,) = archive.cross_references
    assert xref.relation is Relation.CORROBORATES


def test_sentences_sharing_only_a_place_name_are_not_linked() -> None:
    archive = archive_of(
        ("Outlet One", "The annual date harvest in Kalaba drew farmers from across the valley."),
        ("Outlet Two", "A new school opened in Kalaba with help from a charity."),
    )
    assert archive.cross_references == ()


def test_disagreeing_numbers_are_flagged_as_differs() -> None:
    archive = archive_of(
        ("Outlet One", "At least 42 civilians were killed in the airstrike on the Kalaba market, medics said."),
        ("Outlet Two", "Medics said 35 civilians were killed in the airstrike on the Kalaba market."),
    )
    (xref,) = archive.cross_references
    assert xref.relation is Relation.DIFFERS
    assert "42" in xref.difference and "35" in xref.difference


def test_disagreeing_dates_are_flagged_as_differs() -> None:
    archive = archive_of(
        ("Outlet One", "The Kalaba Brigades took control of the border crossing in March 2015, residents said."),
        ("Outlet Two", "Residents said the Kalaba Brigades took control of the border crossing in 2016."),
    )
    (xref,) = archive.cross_references
    assert xref.relation is Relation.DIFFERS and "2015" in xref.difference


def test_articles_of_one_outlet_are_not_cross_referenced() -> None:
    archive = archive_of(
        ("Outlet One", "Rebel fighters captured the northern airport of Kalaba on Sunday after heavy shelling."),
        ("Outlet One", "After days of heavy shelling, the rebels seized Kalaba's northern airport on Sunday."),
    )
    assert archive.cross_references == ()


def test_a_headline_is_a_passage() -> None:
    archive = archive_of(
        ("Outlet One", "The river burst its banks in Kalaba on Monday, flooding the old market."),
        ("Outlet Two", "Floodwater covered the old market of Kalaba after the river burst its banks on Monday."),
        titles=("River bursts its banks in Kalaba, flooding the market", "Kalaba market flooded as river bursts banks"),
    )
    anchors = {(x.a.anchor, x.b.anchor) for x in archive.cross_references}
    assert ("title", "title") in anchors


def test_an_inferred_headline_is_not_a_passage() -> None:
    archive = archive_of(
        ("Outlet One", "The river burst its banks in Kalaba on Monday, flooding the old market."),
        ("Outlet Two", "Floodwater covered the old market of Kalaba after the river burst its banks on Monday."),
        titles=("", ""),
    )
    assert archive.cross_references and all("title" not in (x.a.anchor, x.b.anchor) for x in archive.cross_references)


def test_articles_of_different_stories_are_not_linked() -> None:
    archive = archive_of(
        ("Outlet One", "Rebel fighters captured the northern airport of Kalaba on Sunday after heavy shelling."),
        ("Outlet Two", "The Lake Morva sailing regatta opened on Sunday with forty boats under a clear sky."),
    )
    assert archive.story_groups == () and archive.cross_references == ()


def footnotes_of(site: Path, item) -> BeautifulSoup:
    return BeautifulSoup(generated_page(site, f"articles/{item.id}").read_text(encoding="utf-8"), "html.parser")


def test_footnotes_cite_each_fact_once_and_resolve(built_site: Path, seed_archive) -> None:
    for item in seed_archive.articles:
        soup = footnotes_of(built_site, item)
        notes = soup.select("div.footnote li[id^='fn:fact-']")
        facts = {
            (x.fact, side.anchor, side.start)
            for x in seed_archive.cross_references
            for side in (x.a, x.b)
            if side.article_id == item.id and side.anchor != "title"
        }
        assert len(notes) == len(facts) > 0
        for ref in soup.select("a.footnote-ref"):
            assert soup.find(id=ref["href"][1:]) is not None
        for note in notes:
            for link in note.select("a[href*='#']"):
                target, anchor = resolve_href(generated_page(built_site, f"articles/{item.id}"), link["href"])
                found = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser").find(id=anchor)
                assert found is not None, link["href"]


def test_a_footnote_reads_as_a_fact_group(built_site: Path, seed_archive) -> None:
    texts = [
        note.get_text(" ", strip=True)
        for item in seed_archive.articles
        for note in footnotes_of(built_site, item).select("div.footnote li[id^='fn:fact-']")
    ]
    assert any(text.startswith("Also reported by ABC News, 20 October 2017, ¶") for text in texts), texts
    differs = [text for text in texts if "gives a different date" in text]
    assert len(differs) == 2 and all("January 2014" in text and "late 2013" in text for text in differs)


def test_the_story_block_lists_the_other_source(built_site: Path, seed_archive) -> None:
    for item in seed_archive.articles:
        (block,) = footnotes_of(built_site, item).select("section.archive-story-sources")
        (other,) = [x for x in seed_archive.articles if x.id != item.id]
        assert "Other sources on this story" in block.get_text()
        assert [a.get_text() for a in block.select("li a")] == [other.article.title.value]


def test_cross_references_page_lists_every_fact(built_site: Path, seed_archive) -> None:
    soup = BeautifulSoup(generated_page(built_site, "cross-references/2017").read_text(encoding="utf-8"), "html.parser")
    listed = soup.select("article li[id^='fact-']")
    assert sorted(li["id"] for li in listed) == sorted(fact.id for fact in seed_archive.fact_groups)
    for li, fact in zip(sorted(listed, key=lambda li: li["id"]), sorted(seed_archive.fact_groups, key=lambda f: f.id)):
        assert len(li.select("ul > li")) == len(fact.passages)


def test_footnotes_are_numbered_in_reading_order(built_site: Path, seed_archive) -> None:
    for item in seed_archive.articles:
        numbers = [int(ref.get_text()) for ref in footnotes_of(built_site, item).select("article a.footnote-ref")]
        assert numbers == list(range(1, len(numbers) + 1))


COMMENTS_WIDGET = (
    "Readers who comment often and wisely earn a badge beside their name in the comment thread.\n\n"
    "Replies to a badge holder's comment are shown first in the comment thread below each story.\n\n"
    "You need a reader account to recommend a comment in the thread to other readers.\n\n"
    "To stop the comment thread from refreshing itself, press the pause button above the thread.\n\n"
    "Our moderators remove comments in the thread that attack other readers or stray off topic.\n\n"
    "The comment thread closes three days after a story is published, and moderators archive it."
)


def test_a_sites_template_shared_by_two_unrelated_pages_does_not_make_them_one_story() -> None:
    """Two pages of one site pasted whole carry its comments widget word for word; the lines
    they share sit far below their openings, so they are the site's, not a wire text."""
    first = (
        "Rebel fighters captured the northern airport of Kalaba on Sunday after heavy shelling. "
        "The army withdrew its last units overnight. Residents said the shelling had lasted four days."
    )
    second = (
        "The Lake Morva sailing regatta opened on Sunday with forty boats under a clear sky. "
        "The winning crew came from the harbour town of Sela. Organisers expect more boats next year."
    )
    archive = archive_of(
        (
            "Outlet One",
            "\n\n".join([first] + [f"Paragraph {n} of the report goes on." for n in range(20)])
            + "\n\n"
            + COMMENTS_WIDGET,
        ),
        (
            "Outlet Two",
            "\n\n".join([second] + [f"Paragraph {n} of the story goes on." for n in range(20)])
            + "\n\n"
            + COMMENTS_WIDGET,
        ),
    )
    assert archive.story_groups == () and archive.cross_references == ()


def test_copies_of_one_wire_text_with_new_ledes_remain_one_story() -> None:
    wire = [
        "The river burst its banks in Kalaba on Monday, flooding the old market and the bus station.",
        "Firefighters pulled twelve people from the water near the old bridge of Kalaba.",
        "The mayor of Kalaba said the market would stay closed until the water receded.",
        "Forecasters expect more heavy rain over the Kalaba valley on Wednesday.",
    ]
    archive = archive_of(
        ("Outlet One", "\n\n".join(["Kalaba woke to water in its streets on Monday."] + wire)),
        ("Outlet Two", "\n\n".join(["Flooding hit the valley town of Kalaba overnight."] + wire)),
    )
    assert len(archive.story_groups) == 1 and archive.cross_references


WIRE_HEADLINE = "Flood waters sweep through Kalaba market after the Sela river bursts its banks"
WIRE_LEDE = "The Sela river burst its banks in Kalaba on Monday, flooding the old market and the bus station."
OUTLETS = ["Outlet One", "Outlet Two", "Outlet Three"]
OWN_LINES = [
    "Shopkeepers waded through the water to save what they could.",
    "The regional governor promised help for the traders within the week.",
    "Schools across the valley will stay closed until Thursday.",
]


def test_a_wire_headline_and_lede_three_outlets_print_are_matched() -> None:
    """Printed by three outlets, the wire's opening lines are repeated like furniture, but they
    open every article holding them: they tell the story and link its sources."""
    archive = archive_of(
        *((outlet, "\n\n".join([WIRE_LEDE, line])) for outlet, line in zip(OUTLETS, OWN_LINES)),
        titles=(WIRE_HEADLINE,) * 3,
    )
    linked = {x.a.sentence for x in archive.cross_references} | {x.b.sentence for x in archive.cross_references}
    assert len(archive.story_groups) == 1 and {WIRE_HEADLINE, WIRE_LEDE} <= linked


def test_a_pitch_opening_three_unrelated_pages_is_still_furniture() -> None:
    pitch = "Our morning briefing brings the five stories worth your time to your email before breakfast."
    bodies = [
        "Rebel fighters captured the northern airport of Kalaba on Sunday after heavy shelling.",
        "The Lake Morva sailing regatta opened on Sunday with forty boats under a clear sky.",
        "A bakery in Sela won the national prize for its rye bread on Friday.",
    ]
    archive = archive_of(*((outlet, f"{pitch}\n\n{body}") for outlet, body in zip(OUTLETS, bodies)))
    assert archive.story_groups == () and archive.cross_references == ()


# Index entries named in a headline or lede, as (kind, is a place): whether each counts as an
# actor the story grouping compares (``crossref.lead_actors``).
LEAD_ACTORS = [
    pytest.param("Tarsel Mining", ("organization", False), True, id="an organisation"),
    pytest.param("Mara Lindqvist", ("person", False), True, id="a person"),
    pytest.param("Lindon", ("city", True), False, id="a place"),
    pytest.param("Solace", ("state", False), False, id="a state, every story's subject"),
    pytest.param("Harbour Front", ("armed_group", False), False, id="an armed group, every story's subject"),
    pytest.param("Lindon Press Agency", ("media", False), False, id="a news agency, every story's source"),
]


@pytest.mark.parametrize("name, kind, counted", LEAD_ACTORS)
def test_lead_actors_leave_out_places_and_subjects(name: str, kind: tuple[str, bool], counted: bool) -> None:
    text = f"{name} was named in the report on Tuesday."
    info = {name: (name, kind[0], kind[1])}
    lede = describe(Passage("a", "p-1", text, 0, None, "2031-04-02"), 1, [(name, 0, len(name))], info)
    body = describe(Passage("a", "p-2", text, 0, None, "2031-04-02"), 9, [(name, 0, len(name))], info)
    assert lead_actors([lede], info) == (frozenset({name}) if counted else frozenset())
    assert lead_actors([body], info) == frozenset()
