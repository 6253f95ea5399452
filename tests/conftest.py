"""Shared fixtures: the seeds, the gold reading, one real MkDocs build of the project, and the
session's Chromium (one for every browser test: Playwright's sync API runs one at a time)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from newsarchive.archive import build_archive  # noqa: E402
from newsarchive.model import Archive, SeedFile  # noqa: E402
from newsarchive.workcache import Codec, WorkCache  # noqa: E402

SEEDS = ROOT / "seeds"
TESTS = Path(__file__).resolve().parent


class CountingCache(WorkCache):
    """A work cache that records the section of every entry computed (each is ``put``)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder, version="v1")
        self.computed: list[str] = []

    def put(self, section: str, key: str, codec: Codec, value: object) -> None:
        self.computed.append(section)
        super().put(section, key, codec, value)


def seed_files(folder: Path = SEEDS) -> list[SeedFile]:
    return [
        SeedFile(p.relative_to(folder).as_posix(), p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()
    ]


@pytest.fixture(scope="session")
def gold() -> dict:
    return yaml.safe_load((TESTS / "gold_seeds.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_archive() -> Archive:
    return build_archive(seed_files())


def build_site(
    project: Path, site: Path, strict: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run the real ``mkdocs build`` on a project folder."""
    # Not -q: quiet mode hides warnings from strict mode's counter as well as from the log.
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    if strict:
        command.append("--strict")
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        timeout=600,
    )


def copy_project(target: Path, seeds: Path | None = None) -> Path:
    """A copy of this project (config, hooks, docs) with the given seeds folder."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "hooks", target / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs", target / "docs")
    shutil.copytree(seeds or SEEDS, target / "seeds")
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once into a temporary folder with ``mkdocs build --strict``."""
    site = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


def page_file(site: Path, url: str) -> Path:
    """The file a site-relative page URL is served from (``a/b.html`` or ``a/b/``)."""
    return site / (url + "index.html" if url.endswith("/") or not url else url)


def generated_page(site: Path, stem: str) -> Path:
    """A generated page by its source stem (``photos/2017``), whatever the URL style."""
    for candidate in (site / f"{stem}.html", site / stem / "index.html"):
        if candidate.is_file():
            return candidate
    raise AssertionError(f"no page built for {stem}")


def resolve_href(page: Path, href: str) -> tuple[Path, str]:
    """The file and anchor a relative link on the page file ``page`` points to."""
    path, _, anchor = href.partition("#")
    if not path:
        return page, anchor
    target = (page.parent / path).resolve()
    return (target / "index.html" if target.is_dir() else target), anchor


def finishes(code: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``code`` (with the core importable) in a fresh interpreter; fail on a hang, not on a time.

    A catastrophic regular expression cannot be interrupted from inside the process, so inputs
    that once hung are run here: the timeout is a guard far above the fixed cost, not a measure."""
    try:
        return subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT / "hooks",
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"did not finish within {timeout} s (it once hung): {code[:200]}")


@pytest.fixture(scope="session")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This project with the seeds plus every hostile input of the security review."""
    from hostile import write_hostile_seeds

    base = tmp_path_factory.mktemp("hostile")
    project = copy_project(base / "project")
    write_hostile_seeds(project / "seeds", base / "outside")
    return project


@pytest.fixture(scope="session")
def hostile_site(hostile_project: Path) -> tuple[Path, subprocess.CompletedProcess]:
    """The hostile project built without --strict (the build must go through)."""
    site = hostile_project.parent / "site"
    result = build_site(hostile_project, site, strict=False)
    assert result.returncode == 0, result.stderr
    return site, result


# --- the browser (a real Chromium, shared by every test that reads pages as a reader does) ------

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _find_chromium() -> str | None:
    for candidate in (os.environ.get("ARCHIVE_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("ARCHIVE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"ARCHIVE_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(f"{reason} (apt-get install chromium to run the browser tests)")


@pytest.fixture(scope="session")
def browser():
    chromium = _find_chromium()
    if chromium is None:
        _unavailable("no chromium found on PATH (nor ARCHIVE_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is not installed")
    playwright = sync_playwright().start()
    try:
        instance = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
    finally:
        playwright.stop()


BUILD_FIXTURES = {
    "built_site",
    "bad_project",
    "bad_site",
    "hostile_project",
    "hostile_site",
    "offline_copy",
    "archive_data",
    "browser",
    "reader",
}
"""Fixtures that run a whole `mkdocs build` (or a browser on one): their tests are marked ``build``."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from today's output (review the diff before committing it)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``./dev test -m "not build"`` is the quick run: everything but whole-site builds and browsers."""
    for item in items:
        if BUILD_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.build)
