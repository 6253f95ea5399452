"""Reading the seeds folder: the one place where untrusted file names meet the file system.

Used by the adapters (the MkDocs hook, the export and evaluation commands); the rest of the
core only ever sees ``SeedFile`` values. Refused, each with a warning naming the file:

- symbolic links, to files or folders: ``seeds/x.txt -> /etc/passwd`` would publish a file of
  the machine that builds the site;
- anything that is not a regular file (a pipe, a device, a socket): reading one can block the
  build forever;
- anything whose real path is outside the seeds folder;
- files over ``READ_LIMIT_BYTES``, which are read no further.

Hidden files and folders (names starting with ``.``) are skipped without a word: editors'
tools keep their state there.

The one file the build ever writes into the seeds folder is the lock (``write_lock_file``), and
only through a new file renamed over the old one: never through a link planted in its place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path

from .lockfile import LOCK_FILE, lock_mode, lock_outcome
from .model import Archive, Problem, SeedFile

READ_LIMIT_BYTES = 50_000_000
"""More than any photo a news page carries; articles have their own, lower limit (settings)."""
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
"""O_NOFOLLOW refuses a link swapped in after the check; O_NONBLOCK keeps a pipe from blocking."""


def read_seed_folder(folder: Path) -> tuple[list[SeedFile], list[Problem]]:
    """Every regular, non-hidden file under ``folder``, by path, and what was refused."""
    if not folder.is_dir():
        return [], []
    root = folder.resolve()
    files: list[SeedFile] = []
    problems: list[Problem] = []
    for directory, subfolders, names in os.walk(folder, followlinks=False):
        base = Path(directory)
        kept = []
        for name in sorted(subfolders):
            if name.startswith("."):
                continue
            if (base / name).is_symlink():
                problems.append(
                    Problem(
                        _relative(base / name, folder),
                        None,
                        "symlink-refused",
                        "a symbolic link to a folder: not followed (only what is inside the seeds folder is read)",
                    )
                )
                continue
            kept.append(name)
        subfolders[:] = kept
        for name in sorted(names):
            if not name.startswith("."):
                seed, problem = _read_file(base / name, _relative(base / name, folder), root)
                files += [seed] if seed else []
                problems += [problem] if problem else []
    return sorted(files, key=lambda f: f.path), sorted(problems, key=lambda p: p.file)


def _relative(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()


def _read_file(path: Path, relative: str, root: Path) -> tuple[SeedFile | None, Problem | None]:
    if path.is_symlink():
        return None, Problem(
            relative,
            None,
            "symlink-refused",
            "a symbolic link: not published (only files inside the seeds folder are read)",
        )
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return None, Problem(
                relative,
                None,
                "symlink-refused",
                "a symbolic link: not published (only files inside the seeds folder are read)",
            )
        return None, Problem(relative, None, "unreadable-file", f"cannot be read ({error.strerror}): skipped")
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None, Problem(
                relative, None, "not-a-regular-file", "not a regular file (a pipe, device or socket): skipped"
            )
        if root not in Path(os.path.realpath(path)).parents:
            return None, Problem(relative, None, "outside-seeds", "resolves outside the seeds folder: skipped")
        data = handle.read(READ_LIMIT_BYTES + 1)
    if len(data) > READ_LIMIT_BYTES:
        return None, Problem(
            relative, None, "file-too-large", f"over {READ_LIMIT_BYTES:,} bytes: skipped without reading further"
        )
    return SeedFile(relative, data), None


def write_lock_file(folder: Path, text: str) -> Problem | None:
    """Write ``archive.lock`` into the seeds folder: a temporary file beside it, then a rename,
    so a reader never sees half a lock and a symbolic link in its place is replaced, not
    followed (``seeds/archive.lock -> /etc/x`` must not overwrite ``/etc/x``)."""
    target = folder / LOCK_FILE
    staging = folder / f".{LOCK_FILE}.partial"
    try:
        if target.exists() and not target.is_symlink() and not target.is_file():
            raise IsADirectoryError(errno.EISDIR, "not a regular file")
        staging.unlink(missing_ok=True)
        descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(staging, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            staging.unlink()
        return Problem(
            LOCK_FILE, None, "lock-unwritable", f"cannot be written ({error.strerror or error}): not updated"
        )
    return None


def settle_lock(folder: Path, seeds: Sequence[SeedFile], archive: Archive, environ: Mapping[str, str]) -> list[Problem]:
    """After a build: write the lock when it gained something (``ARCHIVE_LOCK=frozen``: never, and
    a warning instead), and say so. Shared by the MkDocs hook and the export command."""
    mode, problems = lock_mode(environ)
    previous = next((seed.data for seed in seeds if seed.path == LOCK_FILE), None)
    text, found = lock_outcome(previous, archive.lock, archive.lock_changes, mode)
    problems += found
    if text is not None:
        failed = write_lock_file(folder, text)
        problems += [failed] if failed else []
    return problems
