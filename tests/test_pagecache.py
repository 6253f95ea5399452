"""Rendered pages and archive.json kept by their inputs: the same pages with or without the
cache, from memory or disk, and after an edit only the pages whose inputs changed rendered again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import CountingCache, seed_files
from newsarchive.archive import build_archive
from newsarchive.model import SeedFile
from newsarchive.page import RenderedPage
from newsarchive.pagecache import PAGES_SECTION, SITE_SECTION, TEXT_SECTION, PageKeeper
from newsarchive.paths import SitePaths
from newsarchive.publish import site_files
from newsarchive.sitepages import site_pages
from newsarchive.workcache import WorkCache


def articles() -> list[SeedFile]:
    return [s for s in seed_files() if s.path.endswith(".txt")]


def test_pages_are_the_same_rendered_kept_in_memory_or_read_from_disk(tmp_path: Path) -> None:
    archive = build_archive(articles())
    paths = SitePaths()
    rendered = site_pages(archive, paths)
    cache = WorkCache(tmp_path, version="v1")
    assert site_pages(archive, paths, cache=cache) == rendered
    cache.finish()
    assert site_pages(archive, paths, cache=cache) == rendered
    cache.finish()
    from_disk = WorkCache(tmp_path, version="v1")
    assert site_pages(archive, paths, cache=from_disk) == rendered
    assert from_disk.misses == 0


def test_an_unchanged_archive_renders_nothing(tmp_path: Path) -> None:
    seeds = articles()
    cache = CountingCache(tmp_path)
    archive = build_archive(seeds, cache=cache)
    site_files(archive, seeds, [], SitePaths(), cache=cache)
    cache.finish()
    again = CountingCache(tmp_path)
    archive = build_archive(seeds, cache=again)
    published = site_files(archive, seeds, [], SitePaths(), cache=again)
    assert again.computed == []
    assert published == site_files(archive, seeds, [], SitePaths())


def test_an_edit_renders_again_only_the_pages_whose_inputs_changed(tmp_path: Path) -> None:
    seeds = articles()
    cache = CountingCache(tmp_path)
    site_pages(build_archive(seeds, cache=cache), SitePaths(), cache=cache)
    cache.finish()
    entries = len([section for section in cache.computed if section == PAGES_SECTION])
    cache.computed.clear()
    edited = [replace(seeds[0], data=seeds[0].data.replace(b"\n", b"\nAn editor's added line.\n", 1)), *seeds[1:]]
    archive = build_archive(edited, cache=cache)
    pages = site_pages(archive, SitePaths(), cache=cache)
    assert pages == site_pages(build_archive(edited), SitePaths())
    rendered = [section for section in cache.computed if section == PAGES_SECTION]
    assert SITE_SECTION in cache.computed and 0 < len(rendered) < entries


def test_archive_json_is_kept_with_its_inputs(tmp_path: Path) -> None:
    seeds = articles()
    archive = build_archive(seeds)
    cache = CountingCache(tmp_path)
    first = site_files(archive, seeds, [], SitePaths(), cache=cache)
    assert cache.computed.count(TEXT_SECTION) == 1
    assert site_files(archive, seeds, [], SitePaths(), cache=cache).files == first.files
    assert cache.computed.count(TEXT_SECTION) == 1
    other = site_files(archive, seeds, [], SitePaths(directory_urls=True), cache=cache)
    assert cache.computed.count(TEXT_SECTION) == 2
    assert other.files == site_files(archive, seeds, [], SitePaths(directory_urls=True)).files


def test_a_keeper_without_a_cache_renders_every_time() -> None:
    calls: list[int] = []
    keeper = PageKeeper(None)
    for _ in range(2):
        pages = keeper.pages(lambda: ("same",), lambda: calls.append(1) or [RenderedPage("a.md", "A", "<p>a</p>")])
    assert pages == [RenderedPage("a.md", "A", "<p>a</p>")] and calls == [1, 1]
    assert keeper.recall("whole") is None
