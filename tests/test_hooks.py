"""The MkDocs hook module's own duties (the rest of it is covered by the real builds)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def load_hooks():
    spec = importlib.util.spec_from_file_location("archive_hooks_under_test", ROOT / "hooks" / "archive_hooks.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through it
    spec.loader.exec_module(module)
    return module


def test_dirty_serve_page_cache_rewrites_only_changed_pages(tmp_path: Path) -> None:
    hooks = load_hooks()
    path = Path(hooks.cached_page(tmp_path, "articles/a.md", "# A\n"))
    os.utime(path, (1_000_000, 1_000_000))
    hooks.cached_page(tmp_path, "articles/a.md", "# A\n")
    assert path.stat().st_mtime == 1_000_000  # unchanged: MkDocs --dirty skips the page
    hooks.cached_page(tmp_path, "articles/a.md", "# A, edited\n")
    assert path.stat().st_mtime > 1_000_000 and path.read_text(encoding="utf-8") == "# A, edited\n"


def _site(folder: Path, marker: str) -> None:
    (folder / "articles").mkdir(parents=True)
    (folder / "index.html").write_text(marker)
    (folder / "articles" / "a.html").write_text(marker)


def test_publish_swaps_the_site_in_and_leaves_nothing_behind(tmp_path: Path) -> None:
    hooks = load_hooks()
    _site(tmp_path / "site", "old")
    _site(tmp_path / "site.partial", "new")
    hooks.publish(str(tmp_path / "site.partial"), str(tmp_path / "site"))
    assert (tmp_path / "site" / "articles" / "a.html").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_kill_during_publish_never_leaves_a_half_deleted_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooks = load_hooks()
    _site(tmp_path / "site", "old")
    _site(tmp_path / "site.partial", "new")
    real_replace, renames = os.replace, []

    def killed_after_first_rename(source: str, target: str) -> None:
        if renames:
            raise KeyboardInterrupt("killed")
        renames.append(target)
        real_replace(source, target)

    monkeypatch.setattr(hooks.os, "replace", killed_after_first_rename)
    with pytest.raises(KeyboardInterrupt):
        hooks.publish(str(tmp_path / "site.partial"), str(tmp_path / "site"))
    # No site that looks complete but is not: the whole old one waits beside the whole new one.
    assert not (tmp_path / "site").exists()
    assert (tmp_path / "site.old" / "articles" / "a.html").read_text() == "old"
    assert (tmp_path / "site.partial" / "articles" / "a.html").read_text() == "new"
    monkeypatch.undo()
    hooks.publish(str(tmp_path / "site.partial"), str(tmp_path / "site"))
    assert (tmp_path / "site" / "index.html").read_text() == "new" and not (tmp_path / "site.old").exists()


def _indexed_sections(html: str) -> list[tuple]:
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [
        (section.id, "".join(section.title).strip(), "".join(section.text).strip())
        for section in parser.data
        if not section.is_excluded()
    ]


def test_an_entry_page_is_indexed_the_same_from_its_searched_sections_alone(seed_archive) -> None:
    from newsarchive.paths import SitePaths
    from newsarchive.sitepages import site_pages

    hooks = load_hooks()
    paths = SitePaths.of(seed_archive.settings)
    entries = {paths.entity(entity) for entity in seed_archive.entities}
    pages = [page for page in site_pages(seed_archive, paths) if page.path in entries and page.in_search]
    assert pages
    for page in pages:
        shortened = hooks.searched_sections(page.body)
        assert _indexed_sections(shortened) == _indexed_sections(page.body)
    assert sum(len(hooks.searched_sections(page.body)) for page in pages) < sum(len(page.body) for page in pages) / 2


def test_searched_sections_drops_each_excluded_section_to_the_next_heading() -> None:
    hooks = load_hooks()
    body = "\n".join(
        [
            '<h1 id="a">A</h1>',
            "<p>kept</p>",
            '<h2 id="m" data-search-exclude>Mentions</h2>',
            "<ul>",
            "<li>dropped</li>",
            "</ul>",
            '<h2 id="b">B</h2>',
            "<p>kept too</p>",
        ]
    )
    assert hooks.searched_sections(body) == '<h1 id="a">A</h1>\n<p>kept</p>\n<h2 id="b">B</h2>\n<p>kept too</p>'
