"""The real site, built by the real MkDocs with --strict, checked with BeautifulSoup."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup

from conftest import TESTS, build_site, copy_project, generated_page, resolve_href
from newsarchive.lockfile import read_lock

ARTICLE_000 = "articles/2017-10-20-a-us-backed-syrian-force-declared-victory-over-isis-in"
ARTICLE_002 = "articles/2017-10-20-drone-footage-captures-apocalyptic-aftermath-of-isis-in-raqqa"
A000 = "000_b0335a3cace0a9cc.txt"


def soup(site: Path, stem: str) -> BeautifulSoup:
    """A generated page by its source stem, whatever the URL style."""
    return BeautifulSoup(generated_page(site, stem).read_text(encoding="utf-8"), "html.parser")


def target_of(site: Path, stem: str, href: str) -> tuple[Path, str]:
    return resolve_href(generated_page(site, stem), href)


def test_a_page_per_article_with_a_figure_per_photo(built_site: Path, gold: dict) -> None:
    for page, name in ((ARTICLE_000, "000_b0335a3cace0a9cc.txt"), (ARTICLE_002, "002_2c2a1c92d9a3e44a.txt")):
        figures = soup(built_site, page).select("article figure.archive-photo")
        expected = gold["articles"][name]["photos"]
        assert len(figures) == len(expected)
        for figure, photo in zip(figures, expected):
            assert photo["credit_raw"] in figure.get_text()
            if photo["photographer"]:
                assert (
                    figure.select_one(".archive-meta-photographer").get_text()
                    == f"Photographer: {photo['photographer']}"
                )


def test_paragraph_anchors_on_the_page_are_the_locks(built_site: Path) -> None:
    page = soup(built_site, ARTICLE_000)
    paragraphs = page.select("article p[id^=p-]")
    (entry,) = [
        a for a in read_lock((TESTS.parent / "seeds" / "archive.lock").read_bytes())[0].articles if a.file == A000
    ]
    assert [p["id"] for p in paragraphs] == [line.anchor for line in entry.paragraphs]
    # the ordinal anchors of older citations are targets inside the paragraphs they named
    assert [p.select_one("span.archive-anchor")["id"] for p in paragraphs] == [f"p-{n}" for n in range(1, 15)]
    first = page.select_one("#p-1").find_parent("p")
    assert first.get_text().startswith("A U.S.-backed Syrian force declared victory")
    assert first.select_one("a.archive-pilcrow")["href"] == f"#{first['id']}"
    assert first.select_one("a.archive-pilcrow")["title"].startswith("¶1")


def test_lede_comes_first_after_the_title(built_site: Path) -> None:
    body = soup(built_site, ARTICLE_002).select_one("article")
    title = body.select_one("h1")
    title.select_one("[hidden]").decompose()  # the outlet and date, for search results only
    assert title.get_text(strip=True) == "Drone footage captures apocalyptic aftermath of ISIS in Raqqa¶"
    # Between the headline and the lede stand only the kicker, the About box and the video line.
    first_text = body.select_one("h1").find_next(lambda tag: tag.name == "p" and tag.get("id", "").startswith("p-"))
    assert first_text.get_text().startswith("Though victory has been declared in the battle against ISIS")
    assert first_text.select_one(".archive-anchor")["id"] == "p-1"


def test_home_lists_both_articles_newest_first(built_site: Path) -> None:
    page = soup(built_site, "index")
    links = [a["href"] for a in page.select("article li a") if "articles/" in a["href"]]
    # Both seeds are of 20 October 2017: equal dates go by id, descending, so the order is fixed.
    drone = next(i for i, href in enumerate(links) if "drone-footage-captures" in href)
    victory = next(i for i, href in enumerate(links) if "a-us-backed-syrian-force" in href)
    assert drone < victory
    assert "ABC News" in page.select_one("article").get_text()


def test_related_story_links_to_the_archived_article(built_site: Path) -> None:
    link = soup(built_site, ARTICLE_002).select_one(".archive-related a")
    assert target_of(built_site, ARTICLE_002, link["href"])[0] == generated_page(built_site, ARTICLE_000)


def test_jsonld_in_head_parses(built_site: Path) -> None:
    page = soup(built_site, ARTICLE_002)
    (script,) = page.head.select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "NewsArticle" and data["datePublished"] == "2017-10-20"
    assert data["publisher"]["name"] == "ABC News"
    assert len(data["image"]) == 8
    assert data["image"][0]["creator"]["name"] == "Erik De Castro"
    assert data["image"][0]["contentLocation"]["name"] == "Raqqa, Syria"


def test_about_box_marks_the_inferred_title(built_site: Path) -> None:
    box = soup(built_site, ARTICLE_000).select_one("details.archive-about")
    text = box.get_text(" ", strip=True)
    assert "inferred from the lede" in text and "000_b0335a3cace0a9cc.txt" in text
    source_link = box.select_one("a[href*=sources]")["href"]
    assert (
        target_of(built_site, ARTICLE_000, source_link)[0].read_bytes()
        == (TESTS.parent / "seeds" / "000_b0335a3cace0a9cc.txt").read_bytes()
    )


def test_photo_index_links_every_photo_to_its_figure(built_site: Path) -> None:
    page = soup(built_site, "photos/2017")
    links = [a["href"] for a in page.select("article table a")]
    assert len(links) == 9
    for href in links:
        target, anchor = target_of(built_site, "photos/2017", href)
        assert BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser").find(id=anchor) is not None


def test_archive_json_validates_against_the_schema(built_site: Path) -> None:
    schema = json.loads((TESTS / "archive.schema.json").read_text(encoding="utf-8"))
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == 2 and len(data["photos"]) == 9
    assert data["warnings"] == []


def test_archive_json_gives_each_paragraph_its_stable_anchor_number_and_ordinal(built_site: Path) -> None:
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    (article,) = [a for a in data["articles"] if a["source_file"] == A000]
    (entry,) = [
        a for a in read_lock((TESTS.parent / "seeds" / "archive.lock").read_bytes())[0].articles if a.file == A000
    ]
    assert [p["id"] for p in article["paragraphs"]] == [line.anchor for line in entry.paragraphs]
    assert [p["number"] for p in article["paragraphs"]] == list(range(1, 15))
    assert [p["aliases"] for p in article["paragraphs"]] == [[f"p-{n}"] for n in range(1, 15)]
    assert article["archived"] == "2026-11-23" and article["former_ids"] == [] and article["edited"] == []


def test_archive_json_names_citation_files_that_exist(built_site: Path) -> None:
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    files = [*data["citations"].values()] + [f for a in data["articles"] for f in a["citations"].values()]
    assert len(files) == 9
    for name in files + [data["feed"]]:
        assert (built_site / name).is_file(), name


@pytest.mark.build
def test_nothing_is_written_into_docs_or_seeds(tmp_path: Path) -> None:
    root = TESTS.parent

    def snapshot() -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for folder in ("docs", "seeds")
            for p in (root / folder).rglob("*")
            if p.is_file()
        }

    before = snapshot()
    assert build_site(root, tmp_path / "site").returncode == 0
    assert snapshot() == before


def test_index_pages_link_every_entity(built_site: Path) -> None:
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    for entity_type, stem in (("place", "places/index"), ("actor", "actors/index")):
        hrefs = {a["href"] for a in soup(built_site, stem).select("article table a")}
        expected = {
            generated_page(built_site, e["url"].removesuffix(".html").rstrip("/"))
            for e in data["entities"]
            if e["type"] == entity_type
        }
        assert {target_of(built_site, stem, href)[0] for href in hrefs} == expected


def test_every_mention_link_resolves_to_an_anchor(built_site: Path) -> None:
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    pages = [generated_page(built_site, e["url"].removesuffix(".html").rstrip("/")) for e in data["entities"]]
    checked = 0
    for page in pages:
        for link in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select(
            "article li a[href*='articles/']"
        ):
            target, anchor = resolve_href(page, link["href"])
            assert target.is_file(), link["href"]
            if anchor:
                assert BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser").find(id=anchor), link["href"]
            checked += 1
    assert checked > 50


def test_article_text_links_mentions_to_entity_pages(built_site: Path) -> None:
    paragraph = soup(built_site, ARTICLE_000).select_one("#p-4").find_parent("p")
    links = {a.get_text(): a["href"] for a in paragraph.select("a:not(.archive-pilcrow)")}
    assert target_of(built_site, ARTICLE_000, links["Talal Sillo"])[0] == generated_page(
        built_site, "actors/talal-sillo"
    )
    assert target_of(built_site, ARTICLE_000, links["Raqqa"])[0] == generated_page(built_site, "places/raqqa")


def test_credits_index_lists_photographers_and_agencies(built_site: Path, gold: dict) -> None:
    text = soup(built_site, "credits/index").select_one("article").get_text()
    for name in gold["credits"]["photographers"] + gold["credits"]["agencies"]:
        assert name in text


def test_archive_json_photos_show_entities(built_site: Path) -> None:
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    shows = {p["caption"].split(" ")[0]: p["shows"] for p in data["photos"]}
    assert "naim-square" in shows["Naim"]
    # A pull-quote caption is not indexed twice, but its photo shows the person quoted.
    assert shows["'Our"] == ["talal-sillo"]


@pytest.mark.build
def test_real_photo_beside_the_seed_replaces_the_placeholder(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text(
        "Reuters | 21 Oct 2017\n\nA headline\n\nText of the story.\n\nJane Roe/AFP\nA street in Homs, Syria, Oct. "
        "20, 2017.\n",
        encoding="utf-8",
    )
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
    (seeds / "story-photo-1.png").write_bytes(png)
    project = copy_project(tmp_path / "project", seeds)
    assert build_site(project, tmp_path / "site").returncode == 0
    page = next((tmp_path / "site" / "articles").glob("2017-10-21-*.html"))
    figure = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("figure#photo-1")
    assert figure.select_one(".archive-photo-placeholder") is None
    image = figure.select_one("img")
    assert image["alt"] == "A street in Homs, Syria, Oct. 20, 2017."
    assert (page.parent / image["src"]).resolve().read_bytes() == png


def test_articles_link_their_neighbours_in_date_order(built_site: Path) -> None:
    newer, older = soup(built_site, ARTICLE_002), soup(built_site, ARTICLE_000)
    back = newer.select_one("nav.archive-neighbours .archive-older a")["href"]
    assert target_of(built_site, ARTICLE_002, back)[0] == generated_page(built_site, ARTICLE_000)
    forward = older.select_one("nav.archive-neighbours .archive-newer a")["href"]
    assert target_of(built_site, ARTICLE_000, forward)[0] == generated_page(built_site, ARTICLE_002)


def test_search_index_leaves_out_repeated_text(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert any(loc.startswith("articles/2017-10-20-drone") for loc in locations)
    assert not any(
        loc.startswith(
            ("articles/2017.", "photos/2017", "credits/", "cross-references/2017", "places/index", "actors/index")
        )
        for loc in locations
    )
    article_text = " ".join(
        doc["text"] for doc in index["docs"] if doc["location"].startswith("articles/2017-10-20-drone")
    )
    assert "Raqqa will have to be cleared of landmines" in article_text  # full text at this size
    assert "About this source" not in article_text and "Also reported" not in article_text


def test_article_head_has_the_citation_metadata_zotero_reads(built_site: Path) -> None:
    head = soup(built_site, ARTICLE_002).head
    tags = {m["name"]: m["content"] for m in head.select("meta[name^=citation_], meta[name^=DC]")}
    assert tags == {
        "citation_title": "Drone footage captures apocalyptic aftermath of ISIS in Raqqa",
        "citation_publication_date": "2017/10/20",
        "citation_publisher": "ABC News",
        "DC.source": "ABC News",
        "DC.type": "newspaperArticle",
    }


def test_cite_box_links_every_citation_file(built_site: Path) -> None:
    box = soup(built_site, ARTICLE_002).select_one("details.archive-cite")
    assert "Annotated News Archive, archived 23 November 2026." in box.select_one(".archive-citation").get_text()
    links = [a["href"] for a in box.select("a[type]")]
    assert len(links) == 6
    for href in links:
        target, _ = target_of(built_site, ARTICLE_002, href)
        assert target.is_file() and target.stat().st_size > 100, href


def test_every_page_links_the_feed_and_the_feed_parses(built_site: Path) -> None:
    import feedparser

    pages = [p for p in built_site.rglob("*.html") if p.name != "404.html"]
    assert len(pages) > 20
    for page in pages:
        head = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").head
        (link,) = head.select('link[rel=alternate][type="application/atom+xml"]')
        assert resolve_href(page, link["href"])[0] == built_site / "feed.xml", page
    feed = feedparser.parse(
        (built_site / "feed.xml").read_bytes(), response_headers={"content-type": "application/xml"}
    )
    assert not feed.bozo and len(feed.entries) == 2


def test_the_readers_navigation_holds_the_archive_not_the_projects_documentation(built_site: Path) -> None:
    nav = [a.get_text(strip=True) for a in soup(built_site, "index").select("nav.md-nav--primary a.md-nav__link")]
    assert {"Articles", "Outlets", "Places", "Actors", "Photos", "About"} <= set(nav)
    assert not {"Performance", "Editing", "Quality"} & set(nav)
    for page in ("performance", "editing", "quality"):
        assert not (built_site / f"{page}.html").exists()
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not any(doc["location"].startswith(("performance", "editing", "quality")) for doc in index["docs"])
