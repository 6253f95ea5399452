"""The MkDocs hook module's own duties (the rest of it is covered by the real builds)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from conftest import ROOT


def load_hooks():
    spec = importlib.util.spec_from_file_location("archive_hooks_under_test", ROOT / "hooks" / "archive_hooks.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through it
    spec.loader.exec_module(module)
    return module


def test_dirty_serve_page_cache_rewrites_only_changed_pages(tmp_path: Path) -> None:
    hooks = load_hooks()
    hooks._state.page_cache = tmp_path
    path = Path(hooks._cached_page("articles/a.md", "# A\n"))
    os.utime(path, (1_000_000, 1_000_000))
    hooks._cached_page("articles/a.md", "# A\n")
    assert path.stat().st_mtime == 1_000_000  # unchanged: MkDocs --dirty skips the page
    hooks._cached_page("articles/a.md", "# A, edited\n")
    assert path.stat().st_mtime > 1_000_000 and path.read_text(encoding="utf-8") == "# A, edited\n"
