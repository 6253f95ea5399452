"""Bad input: the archive keeps building, says what is wrong and where, and shows text literally."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, TESTS, build_site, copy_project, page_file
from newsarchive.decode import decode_seed

BAD_SEEDS = TESTS / "data" / "bad_seeds"


@pytest.fixture(scope="module")
def bad_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus an empty file, a blank file, an injection article and a Windows-1252 CRLF one."""
    project = copy_project(tmp_path_factory.mktemp("bad") / "project")
    for path in BAD_SEEDS.iterdir():
        (project / "seeds" / path.name).write_bytes(path.read_bytes())
    return project


@pytest.fixture(scope="module")
def bad_site(bad_project: Path) -> tuple[Path, str]:
    site = bad_project.parent / "site"
    result = build_site(bad_project, site, strict=False)
    assert result.returncode == 0, result.stderr
    return site, result.stderr


def test_strict_build_fails_and_leaves_the_old_site(bad_project: Path, bad_site) -> None:
    site, _ = bad_site
    before = (site / "index.html").read_bytes()
    result = build_site(bad_project, site, strict=True)
    assert result.returncode != 0
    assert "Aborted" in result.stdout + result.stderr
    assert (site / "index.html").read_bytes() == before


def test_warnings_name_the_files_and_lines(bad_site) -> None:
    _, log = bad_site
    assert re.search(r"WARNING .*empty\.txt: empty file skipped", log)
    assert re.search(r"WARNING .*blank\.txt: empty file skipped", log)
    assert re.search(r"WARNING .*cp1252_crlf\.txt:3: file is not UTF-8 .*; read as Windows-1252", log)


def test_warnings_are_in_archive_json(bad_site) -> None:
    site, _ = bad_site
    warnings = json.loads((site / "archive.json").read_text(encoding="utf-8"))["warnings"]
    assert {(w["file"], w["code"]) for w in warnings} >= {
        ("empty.txt", "empty-file"),
        ("cp1252_crlf.txt", "encoding-not-utf8"),
    }


def live_markup(html: str) -> list[str]:
    """Anything from the injection seed that a browser would run or render as markup."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        if script.get("type") == "application/ld+json":
            json.loads(script.string)  # data, and it parses: "<" inside is written \u003c
            if "<" in script.string:
                found.append("raw < in JSON-LD")
        elif "alert" in (script.string or ""):
            found.append(str(script)[:80])
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if name.startswith("on"):
                found.append(f"{tag.name} {name}")
            if name in ("href", "src") and str(value).strip().lower().startswith("javascript:"):
                found.append(f"{tag.name} {name}={value}")
        if tag.name in ("iframe", "b") or (tag.name == "img" and tag.get("src") == "x"):
            found.append(tag.name)
    return found


def test_no_injected_markup_is_live_in_any_page(bad_site) -> None:
    site, _ = bad_site
    pages = list(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        assert live_markup(page.read_text(encoding="utf-8")) == [], page.relative_to(site)


def test_injected_text_is_shown_literally(bad_site) -> None:
    site, _ = bad_site
    data = json.loads((site / "archive.json").read_text(encoding="utf-8"))
    (article,) = [a for a in data["articles"] if a["source_file"] == "injection.txt"]
    soup = BeautifulSoup(page_file(site, article["url"]).read_text(encoding="utf-8"), "html.parser")
    text = soup.select_one("article").get_text()
    assert "# Not a heading: the city of Hamra was <b>shelled</b>" in text
    assert "&amp; stayed &lt;escaped&gt;" in text
    assert "* not a list item" in text and "[^1]" in text and "{: .class}" in text and "$$x^2$$" in text
    assert (
        "<img src=x onerror=alert('title')> Headline with [a link](javascript:alert(1)) and *stars*"
        in soup.select_one("h1").get_text()
    )
    assert soup.select("article ol, article blockquote, article table, article pre") == []


def test_search_index_holds_the_text_escaped(bad_site) -> None:
    site, _ = bad_site
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script>alert" not in index and "<iframe" not in index
    assert "&lt;iframe" in index


def test_windows_1252_text_reads_correctly_everywhere(bad_site) -> None:
    site, _ = bad_site
    data = json.loads((site / "archive.json").read_text(encoding="utf-8"))
    (article,) = [a for a in data["articles"] if a["source_file"] == "cp1252_crlf.txt"]
    assert article["title"] == "Café owners in Hamra reopen – “slowly”"
    assert article["source"] == "Al Hayat Daily" and article["date"] == "2017-10-22"
    assert article["paragraphs"][1]["text"] == "Customers paid 5 € for coffee, he said."
    page = page_file(site, article["url"]).read_text(encoding="utf-8")
    assert "Café owners in Hamra reopen – “slowly”" in BeautifulSoup(page, "html.parser").select_one("h1").get_text()
    assert "\r" not in page


def test_empty_and_binary_files_are_skipped_with_a_reason() -> None:
    assert decode_seed(b"", "e.txt").problems[0].code == "empty-file"
    assert decode_seed(b"\x89PNG\r\n\x1a\n\x00\x00", "b.txt").problems[0].code == "binary-file"


def test_utf8_bom_nbsp_and_zero_width_are_cleaned_but_quotes_kept() -> None:
    decoded = decode_seed("\ufeffThe\u00a0“quoted”\u200b text — here\r\n".encode(), "a.txt")
    assert decoded.text == "The “quoted” text — here\n" and decoded.problems == ()


def test_oversized_seed_is_refused_with_a_warning() -> None:
    from newsarchive.archive import build_archive
    from newsarchive.model import SeedFile, Settings

    archive = build_archive(
        [SeedFile("huge.txt", b"date 2017-01-01 " + b"word " * 300_000)], Settings(max_seed_bytes=1_000_000)
    )
    assert archive.articles == () and [p.code for p in archive.problems] == ["seed-too-large"]


def test_duplicate_and_near_duplicate_articles_become_one_page() -> None:
    from newsarchive.archive import build_archive
    from newsarchive.model import SeedFile

    text = (ROOT / "seeds" / "002_2c2a1c92d9a3e44a.txt").read_bytes()
    archive = build_archive(
        [SeedFile("a.txt", text), SeedFile("b.txt", text), SeedFile("c.txt", text.replace(b"hard-won", b"hard won"))]
    )
    assert len(archive.articles) == 1
    duplicates = sorted((p.file, p.code) for p in archive.problems if "duplicate" in p.code)
    assert duplicates == [("b.txt", "duplicate-article"), ("c.txt", "near-duplicate-article")]


@pytest.mark.build
def test_two_builds_give_byte_identical_pages(tmp_path: Path, built_site: Path) -> None:
    again = tmp_path / "again"
    # Another hash seed: set iteration order must not leak into the output.
    assert build_site(ROOT, again, env={"PYTHONHASHSEED": "12345"}).returncode == 0
    first = {
        p.relative_to(built_site): p.read_bytes()
        for p in built_site.rglob("*")
        if p.is_file() and "sitemap" not in p.name
    }
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file() and "sitemap" not in p.name}
    assert first.keys() == second.keys()
    assert [path for path in first if first[path] != second[path]] == []


def test_a_near_twin_under_another_headline_and_date_is_another_outlets_copy() -> None:
    from newsarchive.archive import build_archive
    from newsarchive.model import SeedFile

    text = (ROOT / "seeds" / "002_2c2a1c92d9a3e44a.txt").read_bytes()
    headline = b"Drone footage captures apocalyptic aftermath"
    wire_copy = text.replace(headline, b"Another outlet's headline on the aftermath", 1).replace(
        b"October 20, 2017", b"October 21, 2017", 1
    )
    archive = build_archive([SeedFile("a.txt", text), SeedFile("b.txt", wire_copy.replace(b"hard-won", b"hard won"))])
    assert len(archive.articles) == 2 and not [p for p in archive.problems if "duplicate" in p.code]
