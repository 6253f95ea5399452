"""Search entries kept by page: a page indexed before is not parsed again, and the index holds
the same entries, in the same order, as Material's plugin gives without the cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.toc import get_toc

from newsarchive.workcache import WorkCache
from search_entries import SECTION, keep_entries, page_key

BODY = (
    '<h1 id="fire">Fire at the port</h1>\n<p>Crews fought the blaze for hours.</p>\n'
    '<h2 id="later">Later</h2>\n<p>Rain.</p>'
)
SETTINGS = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stemmer"], "fields": {}}


@dataclass
class FakePage:
    """What the plugin's index reads of a page."""

    content: str = BODY
    url: str = "articles/fire/"
    title: str = "Fire at the port"
    meta: dict = field(default_factory=dict)
    toc: object = field(default_factory=lambda: get_toc([]))


def index_with(cache: WorkCache) -> tuple[SearchIndex, list[FakePage]]:
    index = SearchIndex(**SETTINGS)
    parsed: list[FakePage] = []
    parse = index.add_entry_from_context
    index.add_entry_from_context = lambda page: parsed.append(page) or parse(page)
    keep_entries(index, cache)
    return index, parsed


def plain_entries(page: FakePage) -> list[dict]:
    index = SearchIndex(**SETTINGS)
    index.add_entry_from_context(page)
    return index.entries


def test_a_page_indexed_before_is_not_parsed_again_and_gives_the_same_entries() -> None:
    cache = WorkCache(version="v1")
    first, first_parsed = index_with(cache)
    first.add_entry_from_context(FakePage())
    second, second_parsed = index_with(cache)
    second.add_entry_from_context(FakePage())
    assert len(first_parsed) == 1 and second_parsed == []
    assert second.entries == first.entries == plain_entries(FakePage())
    assert [entry["location"] for entry in second.entries] == ["articles/fire/", "articles/fire/#later"]


def test_a_changed_page_is_parsed_again() -> None:
    cache = WorkCache(version="v1")
    index_with(cache)[0].add_entry_from_context(FakePage())
    changed = FakePage(content=BODY.replace("Rain.", "Snow."))
    index, parsed = index_with(cache)
    index.add_entry_from_context(changed)
    assert parsed == [changed] and index.entries == plain_entries(changed)


def test_the_key_reads_url_title_metadata_and_content() -> None:
    base = page_key(FakePage(), SETTINGS)
    variants = [
        FakePage(url="articles/other/"),
        FakePage(title="Another title"),
        FakePage(meta={"search": {"exclude": True}}),
        FakePage(content=BODY + " "),
    ]
    assert all(page_key(page, SETTINGS) != base for page in variants)
    assert page_key(FakePage(), {**SETTINGS, "lang": ["de"]}) != base


def test_kept_entries_are_copies_the_index_may_change() -> None:
    cache = WorkCache(version="v1")
    first = index_with(cache)[0]
    first.add_entry_from_context(FakePage())
    first.entries[0]["text"] = "changed by a later step"
    second = index_with(cache)[0]
    second.add_entry_from_context(FakePage())
    assert second.entries == plain_entries(FakePage())


def test_an_excluded_page_is_kept_as_no_entries() -> None:
    cache = WorkCache(version="v1")
    excluded = FakePage(meta={"search": {"exclude": True}})
    index_with(cache)[0].add_entry_from_context(excluded)
    index, parsed = index_with(cache)
    index.add_entry_from_context(excluded)
    assert parsed == [] and index.entries == []


def test_a_new_process_reads_the_entries_from_disk(tmp_path: Path) -> None:
    first = WorkCache(tmp_path, version="v1")
    index_with(first)[0].add_entry_from_context(FakePage())
    first.finish(last=True)
    index, parsed = index_with(WorkCache(tmp_path, version="v1"))
    index.add_entry_from_context(FakePage())
    assert parsed == [] and index.entries == plain_entries(FakePage())
    assert (tmp_path / "v1" / f"{SECTION}.marshal").is_file()
