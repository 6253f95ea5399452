"""Writing the lock: the one file the build writes into the seeds folder, and only when it must."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build_site, copy_project, seed_files
from newsarchive.archive import build_archive
from newsarchive.lockfile import read_lock
from newsarchive.seedfolder import read_seed_folder, settle_lock, write_lock_file

STORY = "Stadium retaken\nDaily Post October 21, 2017\n\nFighters entered the stadium on Tuesday after a long battle.\n"


def test_the_lock_is_written_whole_and_a_link_in_its_place_is_replaced_not_followed(tmp_path: Path) -> None:
    seeds, outside = tmp_path / "seeds", tmp_path / "outside.txt"
    seeds.mkdir()
    outside.write_text("not yours", encoding="utf-8")
    (seeds / "archive.lock").symlink_to(outside)
    assert write_lock_file(seeds, "version = 1\n") is None
    assert outside.read_text(encoding="utf-8") == "not yours"
    assert not (seeds / "archive.lock").is_symlink() and (seeds / "archive.lock").read_text() == "version = 1\n"
    assert sorted(p.name for p in seeds.iterdir()) == ["archive.lock"]  # no staging file left


def test_a_folder_in_the_locks_place_is_reported(tmp_path: Path) -> None:
    (tmp_path / "archive.lock").mkdir()
    problem = write_lock_file(tmp_path, "version = 1\n")
    assert problem is not None and problem.code == "lock-unwritable"


def _seeds_with_story(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text(STORY, encoding="utf-8")
    return seeds


def test_a_build_records_a_new_article_once(tmp_path: Path) -> None:
    folder = _seeds_with_story(tmp_path)
    seeds, _ = read_seed_folder(folder)
    archive = build_archive(seeds, today="2026-11-24")
    assert [p.code for p in settle_lock(folder, seeds, archive, {})] == ["lock-updated"]
    written = (folder / "archive.lock").read_bytes()
    assert [a.id for a in read_lock(written)[0].articles] == ["2017-10-21-stadium-retaken"]
    seeds, _ = read_seed_folder(folder)
    assert settle_lock(folder, seeds, build_archive(seeds, today="2026-12-31"), {}) == []
    assert (folder / "archive.lock").read_bytes() == written  # the date archived stays the first one


def test_frozen_never_writes(tmp_path: Path) -> None:
    folder = _seeds_with_story(tmp_path)
    seeds, _ = read_seed_folder(folder)
    problems = settle_lock(folder, seeds, build_archive(seeds, today="2026-11-24"), {"ARCHIVE_LOCK": "frozen"})
    assert [p.code for p in problems] == ["lock-outdated"] and not (folder / "archive.lock").exists()


def test_the_repositorys_lock_records_every_seed_as_it_reads_today() -> None:
    """The committed lock is current: a build of the seeds adds nothing (else commit the new lock)."""
    archive = build_archive(seed_files(), today="2099-01-01")
    assert archive.lock_changes == ()
    assert archive.lock.encode() == (ROOT / "seeds" / "archive.lock").read_bytes()


@pytest.mark.build
def test_mkdocs_build_writes_the_lock_and_a_frozen_build_fails_without_it(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "story.txt").write_text(STORY, encoding="utf-8")
    before = (project / "seeds" / "archive.lock").read_bytes()
    frozen = build_site(project, tmp_path / "frozen", env={"ARCHIVE_LOCK": "frozen"})
    assert frozen.returncode != 0 and "[lock-outdated]" in frozen.stderr
    assert (project / "seeds" / "archive.lock").read_bytes() == before
    result = build_site(project, tmp_path / "site", env={"SOURCE_DATE_EPOCH": "1795478400"})
    assert result.returncode == 0, result.stderr
    assert "[lock-updated]" in result.stderr
    after = read_lock((project / "seeds" / "archive.lock").read_bytes())[0]
    (story,) = [a for a in after.articles if a.file == "story.txt"]
    assert (story.id, story.archived) == ("2017-10-21-stadium-retaken", "2026-11-24")
    assert build_site(project, tmp_path / "again", env={"ARCHIVE_LOCK": "frozen"}).returncode == 0


@pytest.mark.build
def test_the_export_command_records_new_articles_like_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "story.txt").write_text(STORY, encoding="utf-8")
    subprocess.run(
        [sys.executable, str(project / "hooks" / "export_archive.py"), str(tmp_path / "out")],
        cwd=project,
        check=True,
        capture_output=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1795478400"},
        timeout=600,
    )
    ids = {a.file: a.id for a in read_lock((project / "seeds" / "archive.lock").read_bytes())[0].articles}
    assert ids["story.txt"] == "2017-10-21-stadium-retaken" and len(ids) == 3
