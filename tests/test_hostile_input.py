"""Every attack of the security review, built for real: the archive builds, says what is wrong
and where, runs nothing, publishes nothing from outside the seeds folder, and loses no article."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from test_bad_input import live_markup

from conftest import build_site, page_file
from hostile import ANNOTATION_WARNINGS, EXPECTED, SECRET


def warnings_of(site: Path) -> list[dict]:
    return json.loads((site / "archive.json").read_text(encoding="utf-8"))["warnings"]


def test_each_bad_input_is_warned_about_by_file(hostile_site) -> None:
    site, _ = hostile_site
    found: dict[str, set[str]] = {}
    for warning in warnings_of(site):
        found.setdefault(warning["file"], set()).add(warning["code"])
    for file, codes in EXPECTED.items():
        assert codes <= found.get(file, set()), (file, found.get(file))


def test_annotation_warnings_name_their_lines(hostile_site) -> None:
    site, result = hostile_site
    found = [(w["code"], w["line"]) for w in warnings_of(site) if w["file"] == "annotations.yml"]
    assert sorted(found) == sorted(ANNOTATION_WARNINGS)
    assert "annotations.yml:2: " in result.stderr


def test_strict_build_fails_on_them(hostile_project: Path, tmp_path: Path) -> None:
    assert build_site(hostile_project, tmp_path / "strict", strict=True).returncode != 0


def test_no_page_holds_live_markup_from_input(hostile_site) -> None:
    site, _ = hostile_site
    for page in site.rglob("*.html"):
        assert live_markup(page.read_text(encoding="utf-8")) == [], page.relative_to(site)


def test_nothing_from_outside_the_seeds_folder_is_published(hostile_site) -> None:
    site, _ = hostile_site
    for path in site.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path.relative_to(site)
    assert not (site / "sources" / "passwd.txt").exists() and not (site / "media" / "c1-outlet-photo-1.jpg").exists()


def test_a_markdown_seed_is_published_as_plain_text_never_as_a_page(hostile_site) -> None:
    site, _ = hostile_site
    assert (site / "sources" / "page.md.txt").read_text(encoding="utf-8").startswith("---\ntemplate: evil.html")
    assert not (site / "sources" / "page.md").exists() and not (site / "sources" / "page.html").exists()


def test_every_article_has_its_own_page(hostile_site) -> None:
    site, _ = hostile_site
    articles = json.loads((site / "archive.json").read_text(encoding="utf-8"))["articles"]
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids))
    titles = {}
    for article in articles:
        page = BeautifulSoup(page_file(site, article["url"]).read_text(encoding="utf-8"), "html.parser")
        heading = page.select_one("article h1")
        for hidden in heading.select("[hidden]"):  # the outlet and date, for search results only
            hidden.decompose()
        titles[article["source_file"]] = heading.get_text().rstrip("¶")
        assert article["title"] in titles[article["source_file"]]
        if article["paragraphs"]:
            assert article["paragraphs"][0]["text"][:30] in page.select_one("article").get_text()
    assert {titles[f] for f in ("dup_1.txt", "dup-1.txt", "Dup_1.text")} == {"Same story"}


def test_namesake_photos_in_two_folders_both_survive(hostile_site) -> None:
    site, _ = hostile_site
    assert (site / "media" / "north" / "shot-photo-1.jpg").read_bytes() != (
        site / "media" / "south" / "shot-photo-1.jpg"
    ).read_bytes()


def test_wide_and_mixed_encodings_are_read(hostile_site) -> None:
    site, _ = hostile_site
    articles = {
        a["source_file"]: a for a in json.loads((site / "archive.json").read_text(encoding="utf-8"))["articles"]
    }
    assert articles["utf16.txt"]["paragraphs"][0]["text"] == "Café owners reopen in Hamra."
    assert "Café in Windows-1252." in " ".join(p["text"] for p in articles["mixed.txt"]["paragraphs"])
    assert articles["nul.txt"]["paragraphs"][-1]["text"].startswith("word other")
