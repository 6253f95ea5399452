"""The timeline: each dated thing on the day the text says, and the pages of days and months."""

from __future__ import annotations

from bs4 import BeautifulSoup

from newsarchive.archive import build_archive
from newsarchive.model import Archive, SeedFile, Settings
from newsarchive.paths import SitePaths
from newsarchive.timeline import EntryKind, _with_facts, timeline_entries
from newsarchive.timelinepages import day_heading, timeline_pages
from newsarchive.xrefmodel import FactGroup, Passage, Relation


def archive_of(**seeds: str) -> Archive:
    return build_archive([SeedFile(f"{name}.txt", text.encode()) for name, text in seeds.items()])


def entries_of(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.when, e.kind.value, e.said) for e in timeline_entries(archive_of(a=text))]


def test_an_article_is_on_the_day_it_was_published() -> None:
    assert entries_of("date 2017-10-20 The council met to discuss the budget for the schools.\n") == [
        ("2017-10-20", "published", None)
    ]


def test_a_stated_day_is_placed_on_it() -> None:
    text = "date 2017-10-20 The council met.\n\nThe vote was held on Oct. 17, 2017, after a long debate.\n"
    assert ("2017-10-17", "event", "Oct. 17, 2017") in entries_of(text)


def test_a_day_without_its_year_is_the_last_one_before_publication() -> None:
    # "December 30" in a January story is last year's.
    text = "date 2018-01-05 The council met.\n\nThe fire started on December 30 in the old town.\n"
    assert ("2017-12-30", "event", "December 30") in entries_of(text)


def test_a_relative_day_is_counted_back_from_publication() -> None:
    text = "date 2017-10-20 The council met on Tuesday to discuss the budget for the schools.\n"
    assert ("2017-10-17", "event", "on Tuesday") in entries_of(text)


def test_a_month_without_a_day_is_placed_in_its_month() -> None:
    text = "date 2017-10-20 The council met.\n\nThe group took the town in January 2014 after a siege.\n"
    assert ("2014-01", "event", "January 2014") in entries_of(text)


def test_each_date_of_a_paragraph_carries_its_own_sentence() -> None:
    text = (
        "date 2017-10-20 The council met.\n\n"
        "The town fell on Oct. 12, 2017. The dam was taken in January 2014 after a siege. "
        "Talks resumed on Tuesday.\n"
    )
    entries = {e.said: e.text for e in timeline_entries(archive_of(a=text)) if e.said}
    assert entries == {
        "Oct. 12, 2017": "The town fell on Oct. 12, 2017.",
        "January 2014": "The dam was taken in January 2014 after a siege.",
        "on Tuesday": "Talks resumed on Tuesday.",
    }


def test_an_undated_sentence_is_not_given_its_articles_date() -> None:
    text = "date 2017-10-20 The council met.\n\nThe mayor spoke at length about the schools.\n"
    assert [kind for _, kind, _ in entries_of(text)] == ["published"]


def passage(article: str, anchor: str, sentence: str, date: str | None) -> Passage:
    return Passage(article, anchor, sentence, 0, None, date)


def test_a_fact_with_no_stated_date_is_placed_where_it_was_first_published() -> None:
    fact = FactGroup(
        "fact-1",
        "story-1",
        (
            passage("b", "p-2", "Residents will return.", "2017-10-21"),
            passage("a", "p-5", "People return.", "2017-10-20"),
        ),
        Relation.CORROBORATES,
    )
    (entry,) = _with_facts([], [fact])
    assert (entry.when, entry.kind, entry.article_id, entry.fact) == ("2017-10-20", EntryKind.FACT, "a", "fact-1")


def test_a_dated_sentence_carries_its_fact_and_the_fact_is_not_placed_twice() -> None:
    archive = archive_of(a="date 2017-10-20 The council met on Tuesday to discuss the budget for the schools.\n")
    (event,) = [e for e in timeline_entries(archive) if e.kind is EntryKind.EVENT]
    fact = FactGroup(
        "fact-1", None, (passage(event.article_id, event.anchor or "", event.text, "2017-10-20"),), Relation.DIFFERS
    )
    marked = _with_facts([event], [fact])
    assert [(e.kind, e.fact) for e in marked] == [(EntryKind.EVENT, "fact-1")]


def test_day_headings_name_the_weekday_in_english() -> None:
    assert day_heading("2017-10-20") == "Friday 20 October 2017"


def test_a_page_per_month_and_a_landing_page_with_jumps_and_the_latest_days() -> None:
    archive = archive_of(
        a="date 2017-10-20 The council met on Tuesday to discuss the budget.\n\n"
        "The group took the town in January 2014 after a siege.\n"
    )
    pages = {page.path: page for page in timeline_pages(archive, SitePaths())}
    assert set(pages) == {"timeline/index.md", "timeline/2014-01.md", "timeline/2017-10.md"}
    landing = BeautifulSoup(pages["timeline/index.md"].body, "html.parser")
    grid = {a["href"]: a.get_text() for a in landing.select("table.archive-month-grid a")}
    assert grid == {"2014-01.html": "1", "2017-10.html": "2"}
    # The latest days are shown on the landing page itself.
    assert landing.select_one("h3#day-2017-10-20").get_text().startswith("Friday 20 October 2017")
    month = BeautifulSoup(pages["timeline/2017-10.md"].body, "html.parser")
    assert [h["id"] for h in month.select("h2")] == ["day-2017-10-17", "day-2017-10-20"]
    assert month.select_one("nav.archive-pager a")["href"] == "2014-01.html"
    (event,) = month.select("li[data-kind=event]")
    anchor = archive.articles[0].article.paragraphs[0].anchor
    assert event.mark.get_text() == "on Tuesday" and event.select("a")[-1]["href"].endswith(f".html#{anchor}")
    assert month.select_one("form.archive-filter")["data-filter-for"] == "month-entries"


def test_an_empty_archive_has_a_landing_page_only() -> None:
    (page,) = timeline_pages(Archive((), Settings()), SitePaths())
    assert page.path == "timeline/index.md" and "0 entries" in page.body
