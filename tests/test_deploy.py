"""Publishing: ``mkdocs gh-deploy`` to a git remote, the 404 page of a project site, the workflow.

Nothing leaves the machine: the remote is a bare repository in a temporary folder and the
"GitHub Pages" server is a loopback HTTP server that answers like Pages does (the site under
``/<repository>/``, ``404.html`` for a missing path).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, build_site, copy_project

pytestmark = pytest.mark.build

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Archive Test",
    "GIT_AUTHOR_EMAIL": "archive-test@example.invalid",
    "GIT_COMMITTER_NAME": "Archive Test",
    "GIT_COMMITTER_EMAIL": "archive-test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "NO_MKDOCS_2_WARNING": "1",
}


def run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, env={**os.environ, **GIT_ENV}, timeout=600
    )
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result.stdout


def project_copy(target: Path, site_url: str | None = None) -> Path:
    """This project in a folder, optionally with another site_url."""
    project = copy_project(target)
    if site_url is not None:
        config = project / "mkdocs.yml"
        text, count = re.subn(r"^site_url:.*$", f"site_url: {site_url}", config.read_text(encoding="utf-8"), flags=re.M)
        assert count == 1
        config.write_text(text, encoding="utf-8")
    return project


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gh_deploy_puts_the_site_on_the_gh_pages_branch(tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    run("git", "init", "--quiet", "--bare", remote, cwd=tmp_path)
    project = project_copy(tmp_path / "project")
    run("git", "init", "--quiet", "-b", "main", cwd=project)
    run("git", "add", ".", cwd=project)
    run("git", "commit", "--quiet", "-m", "archive", cwd=project)
    run("git", "remote", "add", "publish", remote, cwd=project)

    run(sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--force", "--remote-name", "publish", cwd=project)

    published = run("git", "ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    assert "index.html" in published and ".nojekyll" in published
    assert "search/search_index.js" in published  # the offline search index travels too
    home = run("git", "show", "gh-pages:index.html", cwd=remote)
    assert "Annotated News Archive" in home


class _PagesLikeServer(ThreadingHTTPServer):
    """Serves a site under ``/<prefix>/`` and answers a missing path with 404.html, like Pages."""

    def __init__(self, site: Path, prefix: str) -> None:
        site_dir, root = site, f"/{prefix}/"

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                path = urllib.request.url2pathname(self.path.split("?")[0].split("#")[0])
                file = site_dir / path[len(root) :] if path.startswith(root) else None
                if file is not None and file.is_dir():
                    file = file / "index.html"
                status = 200 if file is not None and file.is_file() else 404
                body = (file if status == 200 else site_dir / "404.html").read_bytes()
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_404_page_works_in_a_project_site_subfolder(tmp_path: Path) -> None:
    """With site_url set as documented, a missing page deep in the site gets a styled 404 page
    whose stylesheets, scripts and navigation all load from the project's subfolder."""
    project = project_copy(tmp_path / "project", site_url="https://reader.github.io/news-archive/")
    site = tmp_path / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr
    server = _PagesLikeServer(site, "news-archive")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{base}/news-archive/articles/2099/no-such-article.html", timeout=10)
        assert missing.value.code == 404
        page = BeautifulSoup(missing.value.read().decode("utf-8"), "html.parser")
        assert page.select_one("article h1").get_text(strip=True) == "Page not found"
        targets = [t["href"] for t in page.select("link[rel=stylesheet], nav a[href]")] + [
            t["src"] for t in page.select("script[src]")
        ]
        targets = [t for t in targets if not t.startswith("#")]
        # The page's links are relative to the site's root (so it also works from disk); on a
        # server its first script makes the project's subfolder the base they resolve from.
        first_script = page.head.find("script")
        assert first_script is not None and '"/news-archive/"' in first_script.get_text()
        assert targets and not any(t.startswith(("/", "..")) for t in targets), targets
        resolved = {t: "/news-archive/" + t for t in targets}
        assert {t: _status(base + url) for t, url in resolved.items()} == {t: 200 for t in targets}
    finally:
        server.shutdown()
        server.server_close()


def test_with_site_url_every_citation_names_the_absolute_address(tmp_path: Path) -> None:
    """The canonical link, Zotero's citation_public_url, the cite box, the citation files and the
    feed all give the article's address on the published site."""
    import feedparser

    base = "https://reader.github.io/news-archive/"
    project = project_copy(tmp_path / "project", site_url=base)
    site = tmp_path / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr
    url = "articles/2017-10-20-drone-footage-captures-apocalyptic-aftermath-of-isis-in-raqqa.html"
    page = BeautifulSoup((site / url).read_text(encoding="utf-8"), "html.parser")
    assert [link["href"] for link in page.head.select('link[rel="canonical"]')] == [base + url]
    assert page.head.select_one('meta[name="citation_public_url"]')["content"] == base + url
    assert page.select_one(".archive-citation")["data-address"] == base + url
    stem = url.removeprefix("articles/").removesuffix(".html")
    assert f"url = {{{base + url}}}" in (site / "citations" / f"{stem}.bib").read_text(encoding="utf-8")
    feed = feedparser.parse((site / "feed.xml").read_bytes(), response_headers={"content-type": "application/xml"})
    assert base + url in [entry.link for entry in feed.entries]


def test_pages_workflow_builds_strict_and_deploys() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job.get("steps", [])]
    commands = " ".join(step.get("run", "") for step in steps)
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert "mkdocs build --strict" in commands
    assert "actions/upload-pages-artifact" in uses and "actions/deploy-pages" in uses
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"
