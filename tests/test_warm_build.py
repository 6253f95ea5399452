"""Real MkDocs builds with the work cache: a clean build, the same build again in a new process
(every page, entry and stage taken from the cache) and a build after an edit (only what changed
computed again) give byte-identical sites, search index and archive.json included."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build_site, copy_project
from newsarchive.lockfile import LOCK_FILE

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate_articles  # noqa: E402

pytestmark = pytest.mark.build
ARTICLES = 40
EDIT = "\n\nAid workers said on Monday that more help was needed in the town before winter.\n"


def site_bytes(site: Path) -> dict[Path, bytes]:
    return {
        p.relative_to(site): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file() and "sitemap" not in p.name
    }


def differing(first: dict[Path, bytes], second: dict[Path, bytes]) -> list[Path]:
    return sorted(set(first) ^ set(second)) + [path for path in first if path in second and first[path] != second[path]]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("seeds")
    for name, text in generate_articles(ARTICLES).items():
        (seeds / name).write_text(text, encoding="utf-8")
    return copy_project(tmp_path_factory.mktemp("project"), seeds)


def build(project: Path, site: Path) -> dict[Path, bytes]:
    result = build_site(project, site, strict=False)
    assert result.returncode == 0, result.stderr
    return site_bytes(site)


def test_a_warm_build_and_a_build_after_an_edit_are_byte_identical_to_clean_builds(
    project: Path, tmp_path: Path
) -> None:
    build(project, tmp_path / "first")  # records the articles in the seeds' lock file
    shutil.rmtree(project / ".cache")
    clean = build(project, tmp_path / "clean")
    assert (project / ".cache" / "archive-work").is_dir() and (project / ".cache" / "archive-search").is_dir()
    assert {Path("archive.json"), Path("search/search_index.json")} <= clean.keys()
    assert differing(clean, build(project, tmp_path / "warm")) == []

    seed = sorted((project / "seeds").glob("*.txt"))[3]
    seed.write_text(seed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    lock = (project / "seeds" / LOCK_FILE).read_bytes()  # as the edit finds it (a build may record the change)
    incremental = build(project, tmp_path / "incremental")
    shutil.rmtree(project / ".cache")
    (project / "seeds" / LOCK_FILE).write_bytes(lock)
    edited_clean = build(project, tmp_path / "edited-clean")
    assert differing(incremental, edited_clean) == []
    assert differing(clean, edited_clean) != []  # the edit shows
