"""The work cache: each article's work kept by content, in memory and on disk, and forgotten when
its text, the settings or the code change, or the article is gone."""

from __future__ import annotations

import marshal
from dataclasses import replace
from pathlib import Path

from conftest import seed_files
from newsarchive.archive import build_archive
from newsarchive.codec import Decoder
from newsarchive.model import Field, SeedFile, Settings
from newsarchive.workcache import MISSING, WorkCache

FIELDS = Decoder((Field,))


def stored_entries(folder: Path) -> int:
    return sum(len(marshal.loads(path.read_bytes())) for path in folder.rglob("*.marshal"))


def test_a_value_is_computed_once_then_read_from_memory() -> None:
    cache, calls = WorkCache(version="v1"), []
    for _ in range(2):
        value = cache.fetch("s", "k", FIELDS, lambda: calls.append(1) or Field("a", "b"))
    assert value == Field("a", "b") and calls == [1] and cache.hits == 1


def test_a_new_process_reads_the_value_from_disk(tmp_path: Path) -> None:
    first = WorkCache(tmp_path, version="v1")
    first.put("s", "k", FIELDS, Field("a", "b", line=3))
    first.finish()
    second = WorkCache(tmp_path, version="v1")
    assert second.get("s", "k", FIELDS) == Field("a", "b", line=3)


def test_another_code_version_starts_afresh_and_removes_the_old_entries(tmp_path: Path) -> None:
    first = WorkCache(tmp_path, version="v1")
    first.put("s", "k", FIELDS, Field("a", "b"))
    first.finish()
    second = WorkCache(tmp_path, version="v2")
    assert second.get("s", "k", FIELDS) is MISSING
    second.finish()
    assert not (tmp_path / "v1").exists()


def test_a_damaged_section_or_entry_is_a_miss(tmp_path: Path) -> None:
    first = WorkCache(tmp_path, version="v1")
    first.put("s", "k", FIELDS, Field("a", "b"))
    first.put("s", "other", FIELDS, Field("c", "d"))
    first.finish()
    section = tmp_path / "v1" / "s.marshal"
    entries = marshal.loads(section.read_bytes())
    section.write_bytes(marshal.dumps({**entries, "k": b"\x00not marshal"}))
    reader = WorkCache(tmp_path, version="v1")
    assert reader.get("s", "k", FIELDS) is MISSING and reader.get("s", "other", FIELDS) == Field("c", "d")
    section.write_bytes(b"not a section")
    assert WorkCache(tmp_path, version="v1").get("s", "other", FIELDS) is MISSING


def test_entries_a_build_did_not_use_are_forgotten(tmp_path: Path) -> None:
    cache = WorkCache(tmp_path, version="v1")
    cache.put("s", "old", FIELDS, Field("a", "b"))
    cache.put("s", "kept", FIELDS, Field("c", "d"))
    cache.finish()
    assert cache.get("s", "kept", FIELDS) == Field("c", "d")
    cache.finish()
    assert stored_entries(tmp_path) == 1
    reader = WorkCache(tmp_path, version="v1")
    assert reader.get("s", "old", FIELDS) is MISSING and reader.get("s", "kept", FIELDS) == Field("c", "d")


def test_a_build_that_looked_at_part_of_the_work_keeps_the_rest(tmp_path: Path) -> None:
    cache = WorkCache(tmp_path, version="v1")
    cache.put("s", "old", FIELDS, Field("a", "b"))
    cache.finish()
    cache.put("s", "new", FIELDS, Field("c", "d"))
    cache.finish(prune=False)
    reader = WorkCache(tmp_path, version="v1")
    assert reader.get("s", "old", FIELDS) == Field("a", "b") and reader.get("s", "new", FIELDS) == Field("c", "d")


def test_the_archive_is_the_same_built_cold_in_memory_or_from_disk(tmp_path: Path) -> None:
    seeds = seed_files()
    cold = build_archive(seeds)
    cache = WorkCache(tmp_path, version="v1")
    assert build_archive(seeds, cache=cache) == cold
    cache.finish()
    misses = cache.misses
    assert build_archive(seeds, cache=cache) == cold and cache.misses == misses == stored_entries(tmp_path)
    cache.finish()
    from_disk = WorkCache(tmp_path, version="v1")
    assert build_archive(seeds, cache=from_disk) == cold
    assert from_disk.misses == 0 and from_disk.hits > 0


def test_an_edit_recomputes_that_article_only(tmp_path: Path) -> None:
    seeds = seed_files()
    cache = WorkCache(tmp_path, version="v1")
    build_archive(seeds, cache=cache)
    cache.finish()
    before = cache.misses
    edited = [
        replace(seed, data=seed.data + b"\n\nAid workers said more help was needed.\n") if index == 0 else seed
        for index, seed in enumerate(s for s in seeds if s.path.endswith(".txt"))
    ] + [s for s in seeds if not s.path.endswith(".txt")]
    archive = build_archive(edited, cache=cache)
    # its parse, word 5-grams, name candidates and sentence analyses; the duplicates, the entries
    # and the matching
    assert cache.misses - before == 7
    assert archive == build_archive(edited)


def test_other_settings_read_the_seeds_again(tmp_path: Path) -> None:
    seeds = seed_files()
    cache = WorkCache(tmp_path, version="v1")
    build_archive(seeds, cache=cache)
    cache.finish()
    before = cache.misses
    build_archive(seeds, Settings(dayfirst=True), cache=cache)
    articles = sum(1 for s in seeds if s.path.endswith(".txt"))
    assert cache.misses - before >= articles


def test_a_deleted_article_leaves_the_archive_and_the_cache(tmp_path: Path) -> None:
    seeds = [s for s in seed_files() if s.path.endswith(".txt")]
    cache = WorkCache(tmp_path, version="v1")
    build_archive(seeds, cache=cache)
    cache.finish()
    full = stored_entries(tmp_path)
    archive = build_archive(seeds[1:], cache=cache)
    cache.finish()
    assert seeds[0].path not in {item.article.source_file for item in archive.articles}
    assert stored_entries(tmp_path) == full - 4  # its parse, word 5-grams, name candidates, sentence analyses
    assert archive == build_archive(seeds[1:])


def test_a_renamed_seed_is_listed_under_its_new_name_only(tmp_path: Path) -> None:
    cache = WorkCache(tmp_path, version="v1")
    text = b"Headline of a test\n\nA paragraph about Raqqa, Syria, that says what happened on Monday.\n"
    build_archive([SeedFile("a.txt", text)], cache=cache)
    cache.finish()
    renamed = build_archive([SeedFile("b.txt", text)], cache=cache)
    assert [item.article.source_file for item in renamed.articles] == ["b.txt"]


def test_after_the_last_build_entries_are_read_again_from_disk(tmp_path: Path) -> None:
    cache = WorkCache(tmp_path, version="v1")
    cache.put("s", "k", FIELDS, Field("a", "b"))
    cache.finish(last=True)
    assert cache._packed == {}
    assert cache.get("s", "k", FIELDS) == Field("a", "b")
    assert WorkCache(tmp_path, version="v1").get("s", "k", FIELDS) == Field("a", "b")


def test_a_new_version_of_a_package_the_core_reads_is_a_new_code_version(monkeypatch) -> None:
    from newsarchive import workcache

    installed = workcache.code_version.__wrapped__()
    monkeypatch.setattr(workcache, "_package_version", lambda name: "0.0-other")
    assert workcache.code_version.__wrapped__() != installed
