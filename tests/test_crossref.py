"""Cross-references between sources: the gold pairs, hand-made pairs, and footnotes on the site."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import generated_page, resolve_href
from newsarchive.archive import build_archive
from newsarchive.model import Relation, SeedFile


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
    assert precision >= 0.75, precision


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
    assert pull_quote.pull_quote_of == "p-4"
    cited = {(side.article_id, side.anchor) for x in seed_archive.cross_references for side in (x.a, x.b)}
    assert (item.id, pull_quote.anchor) not in cited


def archive_of(*articles: tuple[str, str]):
    return build_archive(
        [
            SeedFile(f"{n}.txt", f"{outlet} March 3, 2019\n\nHeadline {n}\n\n{body}".encode())
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


def test_footnotes_in_both_articles_resolve_to_anchors(built_site: Path, seed_archive) -> None:
    pages = [generated_page(built_site, f"articles/{item.id}") for item in seed_archive.articles]
    assert len(pages) == 2
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        notes = soup.select("div.footnote li[id^='fn:xref-']")
        assert len(notes) == len(seed_archive.cross_references)
        for ref in soup.select("a.footnote-ref"):
            assert soup.find(id=ref["href"][1:]) is not None
        for note in notes:
            href = note.select_one("a[href*='#']")["href"]
            target, anchor = resolve_href(page, href)
            assert BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser").find(id=anchor) is not None, href


def test_cross_references_page_lists_every_pair(built_site: Path, seed_archive) -> None:
    soup = BeautifulSoup(generated_page(built_site, "cross-references/2017").read_text(encoding="utf-8"), "html.parser")
    assert len(soup.select("article ul > li > ul")) == len(seed_archive.cross_references)


def test_footnotes_are_numbered_in_reading_order(built_site: Path, seed_archive) -> None:
    for item in seed_archive.articles:
        soup = BeautifulSoup(
            generated_page(built_site, f"articles/{item.id}").read_text(encoding="utf-8"), "html.parser"
        )
        numbers = [int(ref.get_text()) for ref in soup.select("article a.footnote-ref")]
        assert numbers == list(range(1, len(numbers) + 1))
