"""`mkdocs serve --dirty` for real: after an edit or a deletion the served site and its search
index say exactly what the seeds say (no page of a deleted article, no entry twice)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from conftest import copy_project

pytestmark = pytest.mark.build
ARTICLE_000 = "articles/2017-10-20-a-us-backed-syrian-force-declared-victory-over-isis-in.html"


class Server:
    def __init__(self, project: Path, log: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.log = log
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                "--dirty",
                "-f",
                str(project / "mkdocs.yml"),
                "-a",
                f"127.0.0.1:{self.port}",
            ],
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )

    def builds(self) -> int:
        return self.log.read_text(encoding="utf-8").count("Documentation built in")

    def wait_for_build(self, count: int, timeout: float = 120) -> None:
        """Until the count-th build is done and the server watches the seeds again."""
        deadline = time.monotonic() + timeout
        while self.builds() < count or "Serving on" not in self.log.read_text(encoding="utf-8"):
            if time.monotonic() > deadline or self.process.poll() is not None:
                pytest.fail(f"no build {count} of the served site:\n{self.log.read_text(encoding='utf-8')[-3000:]}")
            time.sleep(0.2)

    def status(self, path: str) -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def search_locations(self) -> Counter:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/search/search_index.json", timeout=30) as response:
            return Counter(entry["location"] for entry in json.load(response)["docs"])

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def server(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    served = Server(project, tmp_path / "serve.log")
    served.project = project
    served.wait_for_build(1)
    yield served
    served.stop()


def test_an_edit_leaves_no_search_entry_twice(server: Server) -> None:
    seed = server.project / "seeds" / "002_2c2a1c92d9a3e44a.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("hard-won victory", "hard-won and costly victory"), encoding="utf-8"
    )
    server.wait_for_build(2)
    twice = [location for location, count in server.search_locations().items() if count > 1]
    assert twice == []


def test_a_deleted_article_disappears_from_the_site_and_its_search(server: Server) -> None:
    assert server.status(ARTICLE_000) == 200
    assert any(location.startswith(ARTICLE_000) for location in server.search_locations())
    (server.project / "seeds" / "000_b0335a3cace0a9cc.txt").unlink()
    server.wait_for_build(2)
    assert server.status(ARTICLE_000) == 404
    assert not any(location.startswith(ARTICLE_000) for location in server.search_locations())
