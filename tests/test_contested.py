"""Contested facts: the fact groups whose sources differ, and the pages that list them."""

from __future__ import annotations

from bs4 import BeautifulSoup

from newsarchive.archive import build_archive
from newsarchive.contested import Value, contested_fact, contested_facts
from newsarchive.contestedpages import article_notices, contested_pages, contested_view, entity_notices
from newsarchive.differences import NOT_DENIED
from newsarchive.model import Archive, SeedFile, Settings
from newsarchive.paths import SitePaths
from newsarchive.xrefmodel import Basis, CrossReference, DetailKind, Difference, FactGroup, Passage, Relation


def passage(article: str, anchor: str, sentence: str, date: str = "2017-10-20", start: int = 0) -> Passage:
    return Passage(article, anchor, sentence, start, None, date)


A = passage("a", "p-1", "ISIS took over Raqqa in January 2014.")
B = passage("b", "p-3", "ISIS arrived in late 2013.", "2017-10-21")
C = passage("c", "p-2", "The group seized the city in 2012.", "2017-10-19")
D = passage("d", "p-4", "ISIS took over Raqqa in 2014, residents said.", "2017-10-22")


def date_differs(a: Passage, b: Passage, here: str, there: str, basis: Basis = Basis.WORDING) -> CrossReference:
    difference = Difference(DetailKind.DATE, here, there)
    return CrossReference(
        Relation.DIFFERS, a, b, 0.5, difference.text(), basis, differences=(difference,), fact="fact-1"
    )


def group(*passages: Passage, relation: Relation = Relation.DIFFERS) -> FactGroup:
    return FactGroup("fact-1", "story-1", passages, relation)


def test_each_side_gives_its_own_value() -> None:
    fact = contested_fact(group(A, B), [date_differs(A, B, "January 2014", "late 2013")])
    assert [(c.passage.article_id, [v.text for v in c.values]) for c in fact.claims] == [
        ("a", ["January 2014"]),
        ("b", ["late 2013"]),
    ]
    assert fact.bases == (Basis.WORDING,) and fact.notes == ()


def test_a_fact_told_three_ways_keeps_each_sources_value_once() -> None:
    pairs = [date_differs(A, B, "January 2014", "late 2013"), date_differs(C, A, "2012", "January 2014")]
    fact = contested_fact(group(A, B, C), pairs)
    # Oldest article first; A gives one value however many pairs it is in.
    assert [(c.passage.article_id, [v.text for v in c.values]) for c in fact.claims] == [
        ("c", ["2012"]),
        ("a", ["January 2014"]),
        ("b", ["late 2013"]),
    ]
    assert fact.values_of((DetailKind.DATE, None)) == ["2012", "January 2014", "late 2013"]


def test_a_passage_that_agrees_is_in_the_fact_without_values() -> None:
    agree = CrossReference(Relation.CORROBORATES, A, D, 0.9, fact="fact-1")
    fact = contested_fact(group(A, B, D), [date_differs(A, B, "January 2014", "late 2013"), agree])
    assert [c.values for c in fact.claims if c.passage.article_id == "d"] == [()]


def test_an_editors_note_stands_for_the_values_it_does_not_split() -> None:
    pair = CrossReference(Relation.DIFFERS, A, B, 1.0, "the date ISIS came", Basis.ADDED, fact="fact-1")
    fact = contested_fact(group(A, B), [pair])
    assert [c.values for c in fact.claims] == [(), ()] and fact.notes == ("the date ISIS came",)


def test_a_denial_has_no_words_to_mark_on_the_reporting_side() -> None:
    assert Value(DetailKind.DENIAL, None, NOT_DENIED).words() == []
    assert Value(DetailKind.COUNT, "people", "40 people / 42 people").words() == ["40 people", "42 people"]


def test_only_groups_whose_sources_differ_are_contested() -> None:
    agreeing = FactGroup("fact-2", "story-1", (A, D), Relation.CORROBORATES)
    archive = Archive(
        (),
        Settings(),
        cross_references=(date_differs(A, B, "January 2014", "late 2013"),),
        fact_groups=(group(A, B), agreeing),
    )
    assert [fact.id for fact in contested_facts(archive)] == ["fact-1"]


SEEDS = {
    "a.txt": "date 2017-10-20 ISIS took over Raqqa, located on the Euphrates River, in January 2014, and "
    "transformed it into the epicentre of its brutal rule.\n\nThe fighting in Raqqa went on for four months.\n",
    "b.txt": "ABC News October 21, 2017\n\nAftermath in Raqqa\n\nThe fighting in Raqqa began during the uprising "
    "and escalated with the arrival of ISIS in late 2013.\n\nThe city of Raqqa lies in ruins after months of war.\n",
}


def seed_archive() -> Archive:
    return build_archive([SeedFile(name, text.encode()) for name, text in SEEDS.items()])


def test_the_pages_show_each_source_its_words_and_its_value() -> None:
    archive = seed_archive()
    view = contested_view(archive)
    assert len(view.facts) == 1
    pages = {page.path: page for page in contested_pages(view, SitePaths())}
    assert set(pages) == {"contested/index.md", "contested/2017.md"}
    soup = BeautifulSoup(pages["contested/2017.md"].body, "html.parser")
    (fact,) = soup.select("article.archive-fact")
    # Headed by what both sources name (not the Euphrates, which only one names), then the values.
    assert fact.h3.get_text() == "Raqqa, Islamic State: January 2014 or late 2013"
    assert [m.get_text() for m in fact.select("mark")] == ["January 2014", "late 2013"]
    assert [s.get_text() for s in fact.select("li strong")] == ["January 2014", "late 2013"]
    assert "euphrates-river" in fact["data-place"].split() and "raqqa" in fact["data-place"].split()
    assert fact["data-outlet"] == "abc-news not-named"
    # The source without an outlet is named by its article, never "another source".
    first = fact.select("ul.archive-claims > li")[0]
    assert first.a.get_text().startswith("“ISIS took over Raqqa")
    first_paragraph = archive.articles[-1].article.paragraphs[0].anchor
    assert first.select("a")[-1]["href"].endswith(f".html#{first_paragraph}")
    # The passage that tells the fact alike is named under the sides, not as a side.
    assert len(fact.select("ul.archive-claims > li")) == 2
    assert "Also told, without the differing detail" in fact.select_one(".archive-fact-basis").get_text()
    # The landing page shows the facts themselves, not only a count by year.
    landing = BeautifulSoup(pages["contested/index.md"].body, "html.parser")
    assert landing.select_one("article.archive-fact")["id"] == fact["id"]
    assert "raqqa" in [o["value"] for o in landing.select("select[name=place] option")]


def test_each_article_and_entity_links_to_its_contested_facts() -> None:
    archive = seed_archive()
    view = contested_view(archive)
    (fact,) = view.facts
    paths = SitePaths()
    notices = article_notices(view, paths)
    assert set(notices) == {item.id for item in archive.articles}
    for notice in notices.values():
        assert BeautifulSoup(notice, "html.parser").a["href"] == f"../contested/2017.html#{fact.id}"
    raqqa = BeautifulSoup(entity_notices(view, paths)["raqqa"], "html.parser")
    assert raqqa.a["href"] == "../contested/2017.html?place=raqqa"
    assert raqqa.get_text() == "Contested facts: sources differ on 1 fact naming Raqqa (2017)."
