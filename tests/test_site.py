"""The real site, built by the real MkDocs with --strict, checked with BeautifulSoup."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from bs4 import BeautifulSoup

from conftest import TESTS, build_site, copy_project

ARTICLE_000 = "articles/2017-10-20-a-us-backed-syrian-force-declared-victory-over-isis-in/index.html"
ARTICLE_002 = "articles/2017-10-20-drone-footage-captures-apocalyptic-aftermath-of-isis-in-raqqa/index.html"


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def test_a_page_per_article_with_a_figure_per_photo(built_site: Path, gold: dict) -> None:
    for page, name in ((ARTICLE_000, "000_b0335a3cace0a9cc.txt"), (ARTICLE_002, "002_2c2a1c92d9a3e44a.txt")):
        figures = soup(built_site, page).select("article figure.archive-photo")
        expected = gold["articles"][name]["photos"]
        assert len(figures) == len(expected)
        for figure, photo in zip(figures, expected):
            assert photo["credit_raw"] in figure.get_text()
            if photo["photographer"]:
                assert figure.select_one(".archive-meta-photographer").get_text() == f"Photographer: {photo['photographer']}"


def test_paragraph_anchors_on_the_page(built_site: Path) -> None:
    page = soup(built_site, ARTICLE_000)
    ids = [p["id"] for p in page.select("article p[id^=p-]")]
    assert ids == [f"p-{n}" for n in range(1, 15)]
    assert page.select_one("#p-1").get_text().startswith("A U.S.-backed Syrian force declared victory")
    assert page.select_one("#p-1 a.archive-pilcrow")["href"] == "#p-1"


def test_lede_comes_first_after_the_title(built_site: Path) -> None:
    page = soup(built_site, ARTICLE_002)
    body = page.select_one("article")
    first_paragraph = body.select("p[id^=p-]")[0]
    assert first_paragraph["id"] == "p-1"
    assert body.select_one("h1").get_text(strip=True).startswith("Drone footage captures")


def test_home_lists_both_articles_newest_first(built_site: Path) -> None:
    page = soup(built_site, "index.html")
    links = [a["href"] for a in page.select("article li a")]
    assert any("drone-footage-captures" in href for href in links)
    assert any("a-us-backed-syrian-force" in href for href in links)
    assert "ABC News" in page.select_one("article").get_text()


def test_related_story_links_to_the_archived_article(built_site: Path) -> None:
    link = soup(built_site, ARTICLE_002).select_one(".archive-related a")
    assert link["href"] == "../2017-10-20-a-us-backed-syrian-force-declared-victory-over-isis-in/"


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
    assert (built_site / "articles" / "x" / source_link).resolve().is_file()


def test_photo_index_links_every_photo_to_its_figure(built_site: Path) -> None:
    page = soup(built_site, "photos/2017/index.html")
    links = [a["href"] for a in page.select("article table a")]
    assert len(links) == 9
    for href in links:
        path, anchor = href.split("#")
        target = soup(built_site, str(Path("photos/2017") / path / "index.html"))
        assert target.find(id=anchor) is not None


def test_archive_json_validates_against_the_schema(built_site: Path) -> None:
    schema = json.loads((TESTS / "archive.schema.json").read_text(encoding="utf-8"))
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == 2 and len(data["photos"]) == 9
    assert data["warnings"] == []


def test_nothing_is_written_into_docs_or_seeds(tmp_path: Path) -> None:
    root = TESTS.parent

    def snapshot() -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for folder in ("docs", "seeds") for p in (root / folder).rglob("*") if p.is_file()}

    before = snapshot()
    assert build_site(root, tmp_path / "site").returncode == 0
    assert snapshot() == before


def _resolve(site: Path, page: str, href: str) -> tuple[Path, str]:
    """The file and anchor a relative link on ``page`` points to."""
    path, _, anchor = href.partition("#")
    base = (site / page).parent
    target = (base / path).resolve() if path else (site / page).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, anchor


def test_index_pages_link_every_entity(built_site: Path) -> None:
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    for entity_type, page in (("place", "places/index.html"), ("actor", "actors/index.html")):
        hrefs = {a["href"] for a in soup(built_site, page).select("article table a")}
        expected = {e["id"] for e in data["entities"] if e["type"] == entity_type}
        assert {href.rstrip("/").split("/")[-1] for href in hrefs} == expected


def test_every_mention_link_resolves_to_an_anchor(built_site: Path) -> None:
    pages = sorted((built_site / "places").glob("*/index.html")) + sorted((built_site / "actors").glob("*/index.html"))
    checked = 0
    for page in pages:
        relative = page.relative_to(built_site).as_posix()
        for link in soup(built_site, relative).select("article li a[href*='articles/']"):
            target, anchor = _resolve(built_site, relative, link["href"])
            assert target.is_file(), link["href"]
            if anchor:
                assert BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser").find(id=anchor), link["href"]
            checked += 1
    assert checked > 50


def test_article_text_links_mentions_to_entity_pages(built_site: Path) -> None:
    paragraph = soup(built_site, ARTICLE_000).select_one("#p-4")
    links = {a.get_text(): a["href"] for a in paragraph.select("a:not(.archive-pilcrow)")}
    assert links["Talal Sillo"] == "../../actors/talal-sillo/"
    assert links["Raqqa"] == "../../places/raqqa/"


def test_credits_index_lists_photographers_and_agencies(built_site: Path, gold: dict) -> None:
    text = soup(built_site, "credits/index.html").select_one("article").get_text()
    for name in gold["credits"]["photographers"] + gold["credits"]["agencies"]:
        assert name in text


def test_archive_json_photos_show_entities(built_site: Path) -> None:
    data = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    shows = {p["caption"].split(" ")[0]: p["shows"] for p in data["photos"]}
    assert "naim-square" in shows["Naim"]
    # A pull-quote caption is not indexed twice, but its photo shows the person quoted.
    assert shows["'Our"] == ["talal-sillo"]


def test_real_photo_beside_the_seed_replaces_the_placeholder(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text("Reuters | 21 Oct 2017\n\nA headline\n\nText of the story.\n\nJane Roe/AFP\nA street in Homs, Syria, Oct. 20, 2017.\n", encoding="utf-8")
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    (seeds / "story-photo-1.png").write_bytes(png)
    project = copy_project(tmp_path / "project", seeds)
    assert build_site(project, tmp_path / "site").returncode == 0
    page = next((tmp_path / "site" / "articles").glob("2017-10-21-*/index.html"))
    figure = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("figure#photo-1")
    assert figure.select_one(".archive-photo-placeholder") is None
    image = figure.select_one("img")
    assert image["alt"] == "A street in Homs, Syria, Oct. 20, 2017."
    assert (page.parent / image["src"]).resolve().read_bytes() == png
