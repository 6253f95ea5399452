"""Per-article work kept by content: in memory across ``mkdocs serve`` rebuilds, on disk across
processes.

Each entry is one article's result of one stage (its parse, the name candidates of its units,
the analyses of its sentences), keyed by a digest of everything that decides it: the text it is
made from, the settings, and the code version (a digest of this package's files, so any change
to the code or its data starts a fresh cache). The stages stay pure functions; the cache only
spares computing them again.

On disk a section is one file, ``<folder>/<version>/<section>.marshal``: a ``marshal``-ed dict
of key -> the entry's ``marshal``-ed plain data (``codec``). No code is stored, and an entry
that does not decode to the archive's own types is a miss. One file per section, not per entry:
creating thousands of small files cost more than encoding them. A section file is written
atomically (a temporary file renamed) when a build added or dropped entries; entries a build
did not use are dropped when it ends, so the file holds one archive's work.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil
import sys
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from .codec import CodecError

PACKAGE = Path(__file__).resolve().parent
MISSING = object()
"""``WorkCache.get``'s answer when an entry is not there (``None`` is a value)."""


class Codec(Protocol):
    """How one section's values become plain data and back (``codec.Decoder`` is one)."""

    def encode(self, value: Any) -> Any: ...

    def decode(self, plain: Any) -> Any: ...


READ_PACKAGES = ("wordfreq", "simplemma", "python-dateutil", "PyYAML", "jsonschema")
"""The installed packages whose data or behaviour the core's results depend on (word weights,
lemmas, dates, the annotations' parsing): a new version of one starts the cache afresh."""


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


@cache
def code_version() -> str:
    """Digest of every file of this package (code and data), of the Python and marshal versions
    and of the versions of ``READ_PACKAGES``."""
    packages = ",".join(f"{name}={_package_version(name)}" for name in READ_PACKAGES)
    digest = hashlib.sha256(f"{sys.version_info[:2]}|{marshal.version}|{packages}".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def key_of(*parts: object) -> str:
    """A cache key: digest of the parts' ``repr`` (frozen dataclasses and tuples give stable ones)."""
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:40]


class WorkCache:
    """Entries by section and key, in memory; with ``folder``, also read from and written to disk."""

    def __init__(self, folder: Path | None = None, version: str | None = None) -> None:
        self.folder = folder
        self.version = version or code_version()
        self._memory: dict[str, dict[str, Any]] = {}
        """Decoded values, kept across builds (a serve session)."""
        self._packed: dict[str, dict[str, bytes]] = {}
        """Each section's entries as stored (marshal-ed plain data), read from disk once."""
        self._used: dict[str, set[str]] = {}
        self._new: dict[str, dict[str, Any]] = {}
        self._codecs: dict[str, Codec] = {}
        self.hits = 0
        self.misses = 0

    def get(self, section: str, key: str, codec: Codec) -> Any:
        """The value, or ``MISSING``."""
        self._used.setdefault(section, set()).add(key)
        self._codecs[section] = codec
        memory = self._memory.setdefault(section, {})
        if key in memory:
            self.hits += 1
            return memory[key]
        value = self._unpack(self._section(section).get(key), codec)
        if value is MISSING:
            self.misses += 1
        else:
            self.hits += 1
            memory[key] = value
        return value

    def put(self, section: str, key: str, codec: Codec, value: Any) -> None:
        self._codecs[section] = codec
        self._used.setdefault(section, set()).add(key)
        self._memory.setdefault(section, {})[key] = value
        self._new.setdefault(section, {})[key] = value

    def keep(self, section: str, key: str) -> None:
        """Keep an entry this build did not need to read (a later stage's kept result made it
        unnecessary) for the next build, which may need it."""
        self._used.setdefault(section, set()).add(key)

    def fetch(self, section: str, key: str, codec: Codec, compute: Callable[[], Any]) -> Any:
        value = self.get(section, key, codec)
        if value is MISSING:
            value = compute()
            self.put(section, key, codec, value)
        return value

    def finish(self, last: bool = False, prune: bool = True) -> None:
        """End of a build: store the new entries, forget (in memory and on disk) every entry of a
        section this build did not use, and start counting uses again. ``last``: no build follows
        in this process (``mkdocs build``), so the stored form is not kept in memory for the next
        (the rest of the build has that memory: 170 MB at 1,000 articles). ``prune=False``: keep
        the entries this build did not use too (a build that looked at part of the work only)."""
        for section, used in self._used.items():
            memory = self._memory.get(section, {})
            for key in [key for key in memory if key not in used and prune]:
                del memory[key]
            if self.folder is None:
                continue
            packed = self._section(section)
            changed = False
            for key, value in self._new.get(section, {}).items():
                try:
                    packed[key] = marshal.dumps(self._codecs[section].encode(value))
                    changed = True
                except ValueError:
                    pass  # not storable: computed again next time
            for key in [key for key in packed if key not in used and prune]:
                del packed[key]
                changed = True
            if changed:
                self._write(section, packed)
            if last:
                del packed
                self._packed.pop(section, None)  # one section's stored form in memory at a time
        self._prune_versions()
        self._used, self._new = {}, {}
        if last:
            self._packed = {}

    # --- disk ---------------------------------------------------------------------------------

    def _path(self, section: str) -> Path:
        assert self.folder is not None
        return self.folder / self.version / f"{section}.marshal"

    def _section(self, section: str) -> dict[str, bytes]:
        if section not in self._packed:
            self._packed[section] = self._read(section) if self.folder is not None else {}
        return self._packed[section]

    def _read(self, section: str) -> dict[str, bytes]:
        try:
            stored = marshal.loads(self._path(section).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if type(stored) is not dict:
            return {}
        return {key: data for key, data in stored.items() if type(key) is str and type(data) is bytes}

    def _unpack(self, data: bytes | None, codec: Codec) -> Any:
        if data is None:
            return MISSING
        try:
            return codec.decode(marshal.loads(data))
        except (CodecError, EOFError, ValueError, TypeError, IndexError, RecursionError):
            return MISSING  # damaged or foreign: computed again and rewritten

    def _write(self, section: str, packed: dict[str, bytes]) -> None:
        path = self._path(section)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
            partial.write_bytes(marshal.dumps(packed))
            os.replace(partial, path)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _prune_versions(self) -> None:
        if self.folder is None or not self.folder.is_dir():
            return
        for other in self.folder.iterdir():
            if other.name != self.version and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)  # an older code version's work
