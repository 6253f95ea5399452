"""The archive-wide stages kept whole: taken when nothing they read changed, run again when
anything did, and the per-article work they start from kept for the next build either way."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import CountingCache, seed_files
from newsarchive.annotations import ANNOTATIONS_FILE
from newsarchive.archive import build_archive
from newsarchive.incremental import ANALYSES_SECTION, CANDIDATES_SECTION, SHINGLES_SECTION
from newsarchive.model import SeedFile
from newsarchive.stagecache import DUPLICATES_SECTION, ENTITIES_SECTION, MATCHING_SECTION
from newsarchive.workcache import WorkCache


def articles(seeds: list[SeedFile]) -> list[SeedFile]:
    return [s for s in seeds if s.path.endswith(".txt")]


def edited_first(seeds: list[SeedFile], addition: bytes) -> list[SeedFile]:
    texts = articles(seeds)
    return [replace(texts[0], data=texts[0].data + addition), *texts[1:]]


def test_a_new_process_on_the_same_seeds_takes_both_stages_and_reads_no_article_work(tmp_path: Path) -> None:
    seeds = articles(seed_files())
    first = WorkCache(tmp_path, version="v1")
    cold = build_archive(seeds, cache=first)
    first.finish()
    second = CountingCache(tmp_path)
    assert build_archive(seeds, cache=second) == cold
    assert second.misses == 0 and second.computed == []
    assert not second._memory.get(CANDIDATES_SECTION) and not second._memory.get(ANALYSES_SECTION)
    assert not second._memory.get(SHINGLES_SECTION)


def test_entries_the_stages_made_unnecessary_are_kept_for_the_next_build(tmp_path: Path) -> None:
    seeds = articles(seed_files())
    first = WorkCache(tmp_path, version="v1")
    build_archive(seeds, cache=first)
    first.finish()
    second = WorkCache(tmp_path, version="v1")
    build_archive(seeds, cache=second)
    second.finish()
    third = CountingCache(tmp_path)
    edited = edited_first(seeds, b"\n\nAid workers said more help was needed.\n")
    archive = build_archive(edited, cache=third)
    # the edited article's own work only, then both stages again over the whole archive
    assert sorted(third.computed) == sorted(
        [
            "parse",
            SHINGLES_SECTION,
            DUPLICATES_SECTION,
            CANDIDATES_SECTION,
            ANALYSES_SECTION,
            ENTITIES_SECTION,
            MATCHING_SECTION,
        ]
    )
    assert archive == build_archive(edited)


def built_once(tmp_path: Path, seeds: list[SeedFile]) -> CountingCache:
    """A counting cache that holds one build of ``seeds`` and has counted nothing yet."""
    cache = CountingCache(tmp_path)
    build_archive(seeds, cache=cache)
    cache.finish()
    cache.computed.clear()
    return cache


def test_an_editors_note_keeps_both_stages(tmp_path: Path) -> None:
    seeds = articles(seed_files())
    cache = built_once(tmp_path, seeds)
    note = SeedFile(ANNOTATIONS_FILE, f"articles:\n  {seeds[0].path}:\n    byline: Staff\n".encode())
    noted = build_archive([*seeds, note], cache=cache)
    assert cache.computed == []
    assert noted == build_archive([*seeds, note])


def test_an_entity_curation_reruns_the_matching_but_not_the_grouping(tmp_path: Path) -> None:
    seeds = articles(seed_files())
    cache = built_once(tmp_path, seeds)
    entry = build_archive(seeds).entities[0]
    curation = SeedFile(ANNOTATIONS_FILE, f"entities:\n  {entry.id}:\n    exclude: true\n".encode())
    curated = build_archive([*seeds, curation], cache=cache)
    assert cache.computed == [MATCHING_SECTION]
    assert entry.id not in {e.id for e in curated.entities}
    assert curated == build_archive([*seeds, curation])


def test_duplicates_found_again_from_the_cache_are_the_same_with_their_warnings(tmp_path: Path) -> None:
    seeds = articles(seed_files())
    copy = replace(seeds[0], path="zz-copy.txt")
    near = replace(seeds[0], path="zz-near.txt", data=seeds[0].data + b"\n\nOne more line.\n")
    first = WorkCache(tmp_path, version="v1")
    cold = build_archive([*seeds, copy, near], cache=first)
    first.finish()
    second = CountingCache(tmp_path)
    warm = build_archive([*seeds, copy, near], cache=second)
    codes = sorted(problem.code for problem in warm.problems if problem.file.startswith("zz-"))
    assert warm == cold and codes == ["duplicate-article", "near-duplicate-article"]
    assert second.computed == [] and not second._memory.get(SHINGLES_SECTION)
