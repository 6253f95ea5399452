"""Each seed's article page, as MkDocs receives it, against a copy committed in ``tests/golden/``.

A change to a page shows up in review as a change to its golden file. When the change is meant,
rewrite the files with ``./dev test tests/test_golden_pages.py --update-golden`` and commit them
with the change that caused it.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from conftest import TESTS
from newsarchive.paths import SitePaths
from newsarchive.sitepages import site_pages

GOLDEN = TESTS / "golden"
SEED_STEMS = ["000_b0335a3cace0a9cc", "002_2c2a1c92d9a3e44a"]


def article_pages(archive) -> dict[str, str]:
    """Each article page's Markdown (front matter and HTML) by the stem of its seed file."""
    paths = SitePaths.of(archive.settings)
    by_path = {page.path: page for page in site_pages(archive, paths)}
    return {
        Path(item.article.source_file).stem: by_path[paths.article(item.id)].as_markdown() for item in archive.articles
    }


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_article_page_matches_its_golden_copy(stem: str, seed_archive, request: pytest.FixtureRequest) -> None:
    page = article_pages(seed_archive)[stem]
    golden = GOLDEN / f"{stem}.md"
    if request.config.getoption("--update-golden"):
        golden.write_text(page, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(expected.splitlines(True), page.splitlines(True), f"golden/{stem}.md", "today", n=1)
    )
    assert page == expected, f"the page changed (--update-golden rewrites the copy if that is meant):\n{diff[:4000]}"
