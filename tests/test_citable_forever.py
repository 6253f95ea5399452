"""Citable forever, end to end: every address and anchor the archive once published still leads
to the paragraph it named after the archive learns more (a corrected date and title, a split
paragraph, a rename), in a real Chromium, from disk and from a server.

The site is built by the real MkDocs, its addresses recorded from ``archive.json``, the seeds
changed, the site built again (the build records the changes in the copy's lock), and each
recorded ``page#anchor`` opened in the new site. The server is a plain static file server, as
GitHub Pages is: no redirect rules, so the old address must work as a file.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import build_site, copy_project

pytestmark = pytest.mark.build

A000 = "000_b0335a3cace0a9cc.txt"
A002 = "002_2c2a1c92d9a3e44a.txt"
RENAMED = "raqqa-victory-declared"
OPENING_WORDS = 6
"""Words a recorded paragraph and the one its anchor leads to must begin with (a split keeps the
first part's words; joined or edited paragraphs are not in this scenario)."""


@dataclass(frozen=True)
class Recorded:
    """An address as a citation holds it: the page, the anchor, and how the paragraph began."""

    url: str
    anchor: str
    opening: str


def _opening(text: str) -> str:
    return " ".join(text.split()[:OPENING_WORDS])


def _record(site: Path) -> list[Recorded]:
    data = json.loads((site / "archive.json").read_text(encoding="utf-8"))
    return [
        Recorded(article["url"], anchor, _opening(paragraph["text"]))
        for article in data["articles"]
        for paragraph in article["paragraphs"]
        for anchor in (paragraph["id"], *paragraph["aliases"])
    ]


def _learn_more(seeds: Path) -> None:
    """The archive learns more: 002's date and headline are corrected, a paragraph early in 000
    is split in two (so every later ordinal moves), and an editor renames 000."""
    story = seeds / A002
    text = story.read_text(encoding="utf-8")
    corrected = text.replace("ABC News October 20, 2017", "ABC News October 21, 2017", 1).replace(
        "Drone footage captures apocalyptic aftermath of ISIS in Raqqa", "Drone footage shows Raqqa in ruins", 1
    )
    assert corrected.count("October 21, 2017") == 1 and "shows Raqqa in ruins" in corrected
    story.write_text(corrected, encoding="utf-8")
    victory = seeds / A000
    text = victory.read_text(encoding="utf-8")
    split = text.replace("reconstruction. The UN and aid", "reconstruction.\n\nThe UN and aid", 1)
    assert split != text
    victory.write_text(split, encoding="utf-8")
    (seeds / "annotations.yml").write_text(f"articles:\n  {A000}:\n    id: {RENAMED}\n", encoding="utf-8")


@dataclass(frozen=True)
class Scenario:
    recorded: list[Recorded]
    before: dict
    after: dict
    site: Path


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    base = tmp_path_factory.mktemp("forever")
    project = copy_project(base / "project")
    first, second = base / "first", base / "second"
    built = build_site(project, first)
    assert built.returncode == 0, built.stderr
    _learn_more(project / "seeds")
    rebuilt = build_site(project, second)
    assert rebuilt.returncode == 0, rebuilt.stderr
    return Scenario(
        _record(first),
        json.loads((first / "archive.json").read_text(encoding="utf-8")),
        json.loads((second / "archive.json").read_text(encoding="utf-8")),
        second,
    )


@pytest.fixture(scope="module")
def served(scenario: Scenario) -> Iterator[str]:
    """The rebuilt site on a static file server on localhost (its base address)."""
    handler = functools.partial(_QuietHandler, directory=str(scenario.site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        pass


@pytest.fixture
def tab(browser):
    """A tab that may read the disk and the local server, and nothing else."""
    context = browser.new_context()
    context.route(
        "**/*",
        lambda route: route.continue_()
        if route.request.url.startswith(("file:", "data:", "http://127.0.0.1:"))
        else route.abort(),
    )
    yield context.new_page()
    context.close()


def _arrive(tab, address: str) -> dict:
    """Open an address as a reader following a citation does, and where the reader ends up: the
    page (after any redirect page), its hash, and the words of the paragraph the anchor names."""
    tab.goto(address, wait_until="load")
    # A redirect page replaces itself at once; wait until a page that is not one has loaded.
    tab.wait_for_function("document.readyState === 'complete' && !document.querySelector('meta[http-equiv=refresh]')")
    return tab.evaluate(
        """() => {
            const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
            const paragraph = target && target.closest('p');
            return {
                path: location.pathname,
                hash: location.hash,
                text: paragraph ? paragraph.textContent.trim().replace(/\\s+/g, ' ') : null,
            };
        }"""
    )


def test_the_changes_happened(scenario: Scenario) -> None:
    """The scenario is what it says: a new date and title, one more paragraph, a new id."""
    before = {a["source_file"]: a for a in scenario.before["articles"]}
    after = {a["source_file"]: a for a in scenario.after["articles"]}
    assert (before[A002]["date"], after[A002]["date"]) == ("2017-10-20", "2017-10-21")
    assert after[A002]["title"] == "Drone footage shows Raqqa in ruins" and after[A002]["id"] == before[A002]["id"]
    assert len(after[A000]["paragraphs"]) == len(before[A000]["paragraphs"]) + 1
    assert after[A000]["id"] == RENAMED and after[A000]["former_ids"] == [before[A000]["id"]]
    assert scenario.after["redirects"] == [{"from": before[A000]["url"], "to": after[A000]["url"], "reason": "renamed"}]
    # an ordinal moved: the paragraph first archived as ¶6 is ¶7 today, and p-6 leads to it
    (sixth,) = [p for p in after[A000]["paragraphs"] if "p-6" in p["aliases"]]
    assert sixth["number"] == 7


def _expected_path(scenario: Scenario, recorded: Recorded) -> str:
    """The page an address shows today: the renamed article's new page, else the same one."""
    moved = {r["from"]: r["to"] for r in scenario.after["redirects"]}
    return moved.get(recorded.url, recorded.url)


def test_every_recorded_address_and_anchor_resolves_from_disk(scenario: Scenario, tab) -> None:
    assert len(scenario.recorded) == 2 * 19  # every paragraph of both seeds, by its anchor and its ordinal
    for recorded in scenario.recorded:
        arrived = _arrive(tab, (scenario.site / recorded.url).as_uri() + "#" + recorded.anchor)
        assert arrived["path"].endswith("/" + _expected_path(scenario, recorded)), recorded
        assert arrived["hash"] == "#" + recorded.anchor, recorded
        assert arrived["text"] is not None and arrived["text"].startswith(recorded.opening), (recorded, arrived)


def test_every_recorded_address_and_anchor_resolves_on_a_static_server(scenario: Scenario, served: str, tab) -> None:
    for recorded in scenario.recorded:
        arrived = _arrive(tab, served + recorded.url + "#" + recorded.anchor)
        assert arrived["path"] == "/" + _expected_path(scenario, recorded), recorded
        assert arrived["hash"] == "#" + recorded.anchor, recorded
        assert arrived["text"] is not None and arrived["text"].startswith(recorded.opening), (recorded, arrived)
