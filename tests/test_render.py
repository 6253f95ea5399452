"""Rendering one article: raw text in, HTML out."""

from __future__ import annotations

from bs4 import BeautifulSoup

from newsarchive.model import ArchivedArticle
from newsarchive.parse import parse_article
from newsarchive.render import PageExtras, render_article

RAW = (
    "Reuters | 21 Oct 2017\n\nA headline\n\nFirst paragraph, the lede.\n\nSecond paragraph with a *star*.\n\n"
    "Jane Roe/AFP\nA street in Homs, Syria, Oct. 20, 2017.\n"
)


def html_of(extras: PageExtras | None = None) -> BeautifulSoup:
    article = parse_article(RAW, "t.txt").article
    page = render_article(ArchivedArticle(article, "t"), extras=extras or PageExtras())
    return BeautifulSoup(page.body, "html.parser")


def test_raw_article_becomes_the_expected_page() -> None:
    soup = html_of()
    assert soup.h1.get_text() == "A headline — Reuters, 21 October 2017¶"  # the hidden context, the permalink
    assert [p["id"] for p in soup.select("p[id]")] == ["p-1", "p-2"]
    assert soup.select_one("#p-2").get_text().startswith("Second paragraph with a *star*.")
    figure = soup.select_one("figure#photo-1")
    assert figure.select_one(".archive-meta-photographer").get_text() == "Photographer: Jane Roe"
    assert figure.select_one(".archive-meta-place").get_text() == "Place: Homs, Syria"


def test_large_archives_index_only_the_lede() -> None:
    soup = html_of(PageExtras(search_full_text=False))
    assert not soup.select_one("#p-1").has_attr("data-search-exclude")
    assert soup.select_one("#p-2").has_attr("data-search-exclude")


def test_search_text_setting_switches_to_ledes_past_the_budget() -> None:
    from newsarchive.archive import build_archive
    from newsarchive.model import SeedFile, Settings
    from newsarchive.sitepages import search_full_text

    files = [SeedFile("t.txt", RAW.encode())]
    assert search_full_text(build_archive(files))
    assert not search_full_text(build_archive(files, Settings(search_budget_bytes=10)))
    assert search_full_text(build_archive(files, Settings(search_text="full", search_budget_bytes=10)))


def page_of(raw: str, item_changes: dict | None = None) -> BeautifulSoup:
    from dataclasses import replace

    article = parse_article(raw, "t.txt").article
    article = replace(article, **(item_changes or {}))
    return BeautifulSoup(render_article(ArchivedArticle(article, "t")).body, "html.parser")


STANDFIRST_RAW = (
    "Council passes the budget\n\nThe vote ends a month of talks over school funding and roads.\n\n"
    "By Ana Vale and Tom Reyes, Associated Press\n\nMarch 3, 2021\n\n"
    "The council passed the budget on Monday night after a long debate in the chamber.\n\n"
    "Members said the plan would fund two new schools and repair the main roads.\n"
)


def test_the_standfirst_is_shown_under_the_headline() -> None:
    soup = page_of(STANDFIRST_RAW)
    standfirst = soup.select_one("p#standfirst.archive-standfirst")
    assert standfirst.get_text() == "The vote ends a month of talks over school funding and roads."
    assert soup.h1.find_next("p") is standfirst


def test_the_agency_and_each_author_are_shown() -> None:
    soup = page_of(STANDFIRST_RAW)
    about = {dt.get_text(): dt.find_next("dd").get_text() for dt in soup.select(".archive-about dt")}
    assert about["Authors"] == "Ana Vale; Tom Reyes"
    assert about["Agency"] == "Associated Press"


def test_an_editors_value_is_marked_in_the_about_box() -> None:
    from newsarchive.model import Field

    soup = page_of(STANDFIRST_RAW, {"byline": Field("annotations.yml:3", "Staff", edited=True)})
    about = {dt.get_text(): dt.find_next("dd") for dt in soup.select(".archive-about dt")}
    assert about["Byline"].get_text() == "Staff (editor)"
    assert about["Byline"].select_one(".archive-edited")["title"] == "set by an editor in annotations.yml:3"


def test_the_archiving_date_an_editors_address_and_a_rename_are_in_the_about_box() -> None:
    article = parse_article(RAW, "t.txt").article
    item = ArchivedArticle(
        article, "t", original_url="https://example.org/a", archived="2026-11-23", former_ids=("old-t",)
    )
    soup = BeautifulSoup(render_article(item).body, "html.parser")
    about = {dt.get_text(): dt.find_next("dd") for dt in soup.select(".archive-about dt")}
    assert about["Original"].get_text() == "https://example.org/a (editor)"
    assert about["Archived"].get_text() == "23 November 2026"
    assert about["Address"].get_text() == "renamed by an editor (editor); the former old-t leads here"
    assert about["Address"].select_one(".archive-edited")["title"] == "id: in annotations.yml"


def test_json_ld_names_each_author() -> None:
    from newsarchive.jsonld import article_jsonld
    from newsarchive.paths import SitePaths

    article = parse_article(STANDFIRST_RAW, "t.txt").article
    data = article_jsonld(ArchivedArticle(article, "t"), SitePaths(), "https://example.org/t/", "https://example.org/")
    assert data["author"] == [{"@type": "Person", "name": "Ana Vale"}, {"@type": "Person", "name": "Tom Reyes"}]
    assert data["description"].startswith("The vote ends a month of talks")


def test_a_headline_named_like_a_paragraph_anchor_does_not_take_its_id() -> None:
    soup = page_of("P:1.\n\nThe council met on Monday to discuss the budget for the schools.\n")
    assert [tag["id"] for tag in soup.select("[id=p-1]")] == ["p-1"]
    assert soup.select_one("#p-1").name == "p"


def test_footnote_markers_side_by_side_are_kept_apart() -> None:
    from newsarchive.render import Footnote

    end = len("First paragraph, the lede.")
    notes = {"p-1": [Footnote("a", "one", at=end), Footnote("b", "two", at=end), Footnote("c", "three", at=5)]}
    paragraph = html_of(PageExtras(footnotes=notes)).select_one("#p-1")
    assert [sup.get_text() for sup in paragraph.select("sup")] == ["1", "2", ",", "3"]
    assert paragraph.get_text().startswith("First1 paragraph, the lede.2,3")


def test_the_paragraph_link_is_named_and_kept_out_of_search() -> None:
    pilcrow = html_of().select_one("#p-2 a.archive-pilcrow")
    assert pilcrow["href"] == "#p-2" and pilcrow["aria-label"] == "Link to paragraph 2"
    assert pilcrow.has_attr("data-search-exclude")


def test_a_missing_photo_is_a_compact_placeholder_and_its_metadata_is_not_searched() -> None:
    figure = html_of().select_one("figure#photo-1")
    assert figure["class"] == ["archive-photo", "archive-photo-missing"]
    caption, credit, meta = figure.figcaption.select("p")
    assert caption.get_text() == "A street in Homs, Syria, Oct. 20, 2017."
    assert credit.get_text() == "Credit: Jane Roe/AFP"
    assert meta.has_attr("data-search-exclude") and not caption.has_attr("data-search-exclude")


def test_the_headline_carries_outlet_and_date_for_search_results_only() -> None:
    heading = html_of().h1
    context = heading.select_one(".archive-search-context")
    assert context.has_attr("hidden") and context.get_text() == " — Reuters, 21 October 2017"


TIMED_RAW = "Floods hit Morvan\n\nPublished 9:46 PM CDT Sep 26, 2031\n\nThe river burst its banks at Morvan.\n"


def test_the_kicker_and_the_about_box_give_the_time_after_the_date() -> None:
    soup = page_of(TIMED_RAW)
    assert soup.select_one(".archive-kicker").get_text() == "Outlet unknown · 26 September 2031, 21:46 CDT"
    about = {dt.get_text(): dt.find_next("dd").get_text() for dt in soup.select(".archive-about dt")}
    assert (about["Date"], about["Time"]) == ("26 September 2031", "21:46 CDT (printed 9:46 PM CDT)")


def test_without_a_time_the_kicker_gives_the_date_alone_and_the_about_box_no_time_row() -> None:
    soup = page_of(TIMED_RAW.replace("9:46 PM CDT ", ""))
    assert soup.select_one(".archive-kicker").get_text() == "Outlet unknown · 26 September 2031"
    assert "Time" not in [dt.get_text() for dt in soup.select(".archive-about dt")]


def test_each_related_story_line_links_to_the_article_it_was_resolved_to() -> None:
    from dataclasses import replace

    from newsarchive.model import RelatedStory, ResolvedRelated

    found, missing, unresolved = (RelatedStory(f"Story {n}", f"Story {n}", n) for n in (1, 2, 3))
    article = parse_article(RAW, "t.txt").article
    article = replace(article, blocks=(found, missing, unresolved, found))
    related = (ResolvedRelated(found, "2017-10-20-story", 1.0), ResolvedRelated(missing, None, 0.0))
    page = render_article(ArchivedArticle(article, "t", related=related), extras=PageExtras())
    lines = [p.get_text() for p in BeautifulSoup(page.body, "html.parser").select(".archive-related")]
    links = [a["href"] for a in BeautifulSoup(page.body, "html.parser").select(".archive-related a")]
    assert lines == [
        "Related story: Story 1",
        "Related story: Story 2 (not in the archive)",
        "Related story: Story 3 (not in the archive)",
        "Related story: Story 1",
    ]
    assert links == ["2017-10-20-story.html"] * 2
