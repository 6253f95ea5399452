"""Reading the seeds folder: only regular files inside it, each refusal named."""

from __future__ import annotations

import os
from pathlib import Path

from newsarchive.seedfolder import read_seed_folder


def read(folder: Path) -> tuple[list[str], list[tuple[str, str]]]:
    files, problems = read_seed_folder(folder)
    return [f.path for f in files], [(p.file, p.code) for p in problems]


def test_regular_files_in_sub_folders_are_read_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "one.txt").write_text("x")
    (tmp_path / "a.txt").write_text("y")
    assert read(tmp_path) == (["a.txt", "b/one.txt"], [])


def test_hidden_files_and_folders_are_skipped_silently(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    (tmp_path / ".draft.txt").write_text("x")
    assert read(tmp_path) == ([], [])


def test_a_symlink_to_a_file_outside_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("root:x:0:0")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    os.symlink(secret, seeds / "x.txt")
    assert read(seeds) == ([], [("x.txt", "symlink-refused")])


def test_a_symlink_to_a_file_inside_is_refused_too(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    assert read(tmp_path) == (["a.txt"], [("b.txt", "symlink-refused")])


def test_a_symlinked_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "story.txt").write_text("x")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    os.symlink(outside, seeds / "linked")
    assert read(seeds) == ([], [("linked", "symlink-refused")])


def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert read(tmp_path) == ([], [("pipe.txt", "not-a-regular-file")])


def test_a_missing_folder_reads_as_empty(tmp_path: Path) -> None:
    assert read(tmp_path / "nothing") == ([], [])
