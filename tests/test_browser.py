"""The built site read the way an offline reader reads it: a copy of the folder opened from disk.

A real Chromium (the system's, driven by Playwright) opens ``index.html`` through ``file://``
with every request that is not ``file:``, ``data:`` or ``blob:`` blocked and counted. Without a
Chromium the tests are skipped with the reason; with ``ARCHIVE_REQUIRE_BROWSER=1`` (CI) they
fail instead. Screenshots go to ``test-output/screenshots/``.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections import deque
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import pytest

from conftest import ROOT, TESTS, generated_page, page_file

LOCAL_SCHEMES = ("file:", "data:", "blob:")
AXE = TESTS / "vendor" / "axe.min.js"
SCREENSHOTS = ROOT / "test-output" / "screenshots"
ARTICLE_000 = "2017-10-20-a-us-backed-syrian-force-declared-victory-over-isis-in"
ARTICLE_002 = "2017-10-20-drone-footage-captures-apocalyptic-aftermath-of-isis-in-raqqa"


# --- the site, as a reader's copy on disk -------------------------------------------------------


@pytest.fixture(scope="session")
def offline_copy(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real build copied elsewhere, as a reader who unzipped it has it (a space in the path)."""
    copy = tmp_path_factory.mktemp("reader") / "news archive"
    shutil.copytree(built_site, copy)
    return copy


@pytest.fixture(scope="session")
def archive_data(offline_copy: Path) -> dict:
    return json.loads((offline_copy / "archive.json").read_text(encoding="utf-8"))


def article_file(site: Path, data: dict, article_id: str) -> Path:
    (article,) = (a for a in data["articles"] if a["id"] == article_id)
    return page_file(site, article["url"])


def article_text(data: dict, article_id: str) -> str:
    (article,) = (a for a in data["articles"] if a["id"] == article_id)
    return " ".join(p if isinstance(p, str) else p["text"] for p in article["paragraphs"])


def path_of(url: str) -> Path:
    return Path(url2pathname(unquote(urlsplit(url).path)))


# --- the browser ------------------------------------------------------------------------------


RESOLVED_HREFS = """links => links.map(a => typeof a.href === 'string' ? a.href
    : new URL(a.getAttribute('href'), document.baseURI).href)"""
"""An SVG link's ``href`` is an animated value, not a URL: it is resolved against the page."""


@dataclass
class Reader:
    """A browser tab whose requests are watched: anything not local is blocked and counted.

    Local is the disk, and the test's own server once ``serve_from`` names it."""

    page: object
    local: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    failed_local: list[str] = field(default_factory=list)
    local_prefixes: list[str] = field(default_factory=lambda: list(LOCAL_SCHEMES))

    def is_local(self, url: str) -> bool:
        return url.startswith(tuple(self.local_prefixes))

    def serve_from(self, origin: str) -> None:
        self.local_prefixes.append(origin)

    def open(self, file: Path) -> None:
        self.page.goto(file.as_uri(), wait_until="load")

    def open_url(self, url: str) -> None:
        self.page.goto(url, wait_until="load")

    def search(self, word: str):
        """Type a word into Material's search box and wait for the first result."""
        self.page.locator("input.md-search__input").click()
        self.page.keyboard.type(word, delay=30)
        results = self.page.locator(".md-search-result__item")
        results.first.wait_for(state="visible", timeout=15_000)
        return results

    def hrefs(self, selector: str = "a[href]") -> list[str]:
        """Links as the browser resolves them (absolute URLs)."""
        return self.page.eval_on_selector_all(selector, RESOLVED_HREFS)


@pytest.fixture
def reader(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watched = Reader(page=None)

    def block_outside(route) -> None:
        route.continue_() if watched.is_local(route.request.url) else route.abort()

    def count(request) -> None:
        (watched.local if watched.is_local(request.url) else watched.outside).append(request.url)

    def failed(request) -> None:
        # A file request fails for real when its file is missing (a page left mid-load only cancels).
        if request.url.startswith("file:") and not path_of(request.url).is_file():
            watched.failed_local.append(request.url)

    def answered(response) -> None:
        if response.status >= 400 and response.url.startswith("http") and watched.is_local(response.url):
            if response.request.resource_type != "document":  # a page may be a 404 on purpose
                watched.failed_local.append(response.url)

    context.route("**/*", block_outside)
    context.on("request", count)
    context.on("requestfailed", failed)
    context.on("response", answered)
    watched.page = context.new_page()
    yield watched
    context.close()


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages does: a missing address gets ``404.html`` with status 404."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def served_site(offline_copy: Path):
    """The same copy served over HTTP from 127.0.0.1 (the address, ending in ``/``)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_SiteHandler, directory=str(offline_copy)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


# --- no network ---------------------------------------------------------------------------------


def test_no_request_leaves_the_disk(reader: Reader, offline_copy: Path, archive_data: dict) -> None:
    reader.open(offline_copy / "index.html")
    reader.search("landmines")  # loads the search worker and its index too
    reader.open(article_file(offline_copy, archive_data, ARTICLE_002))
    reader.open(generated_page(offline_copy, "photos/2017"))
    assert reader.outside == []
    assert reader.failed_local == []
    loaded = {path_of(url).relative_to(offline_copy).as_posix() for url in reader.local if url.startswith("file:")}
    assert {"index.html", "search/search_index.js", "assets/javascripts/iframe-worker.js"} <= loaded


# --- search -------------------------------------------------------------------------------------


def test_search_from_the_home_page_finds_the_article(reader: Reader, offline_copy: Path, archive_data: dict) -> None:
    assert "landmines" in article_text(archive_data, ARTICLE_002)
    reader.open(offline_copy / "index.html")
    reader.search("landmines")
    targets = {path_of(href) for href in reader.hrefs(".md-search-result__item a")}
    assert article_file(offline_copy, archive_data, ARTICLE_002) in targets


def test_search_from_an_article_page_opens_the_other_article(
    reader: Reader, offline_copy: Path, archive_data: dict
) -> None:
    assert "stadium" in article_text(archive_data, ARTICLE_000)
    reader.open(article_file(offline_copy, archive_data, ARTICLE_002))
    reader.search("stadium")
    other = article_file(offline_copy, archive_data, ARTICLE_000)
    (result,) = [
        a
        for a in reader.page.locator(".md-search-result__item > a").all()
        if path_of(a.evaluate("a => a.href")) == other
    ]
    result.click()
    reader.page.wait_for_load_state("load")
    assert path_of(reader.page.url) == article_file(offline_copy, archive_data, ARTICLE_000)
    (article,) = (a for a in archive_data["articles"] if a["id"] == ARTICLE_000)
    assert reader.page.locator("article h1").first.inner_text().startswith(article["title"][:40])


# --- links --------------------------------------------------------------------------------------


def test_home_page_link_opens_the_article(reader: Reader, offline_copy: Path, archive_data: dict) -> None:
    (article,) = (a for a in archive_data["articles"] if a["id"] == ARTICLE_002)
    reader.open(offline_copy / "index.html")
    reader.page.locator("article a", has_text=article["title"]).first.click()
    reader.page.wait_for_load_state("load")
    assert path_of(reader.page.url) == article_file(offline_copy, archive_data, ARTICLE_002)
    assert reader.page.locator("article h1").first.inner_text().startswith(article["title"])


def test_footnote_link_shows_its_note(reader: Reader, offline_copy: Path, archive_data: dict) -> None:
    reader.open(article_file(offline_copy, archive_data, ARTICLE_002))
    reference = reader.page.locator("a.footnote-ref").first
    reference.wait_for(state="attached", timeout=2_000)
    target = unquote(reference.get_attribute("href")).lstrip("#")
    assert target.startswith("fn:")
    reference.click()
    note = reader.page.locator(f'li[id="{target}"]')
    assert note.is_visible() and note.evaluate("li => li.getBoundingClientRect().top < window.innerHeight")


def test_the_pilcrow_copies_the_paragraphs_citation_and_the_box_the_articles(
    reader: Reader, offline_copy: Path, archive_data: dict
) -> None:
    """cite.js from disk: a click on ¶3 copies a citation of the paragraph by its stable anchor;
    the "Copy citation" button in the opened box copies the article's."""
    (article,) = (a for a in archive_data["articles"] if a["id"] == ARTICLE_002)
    third = article["paragraphs"][2]
    reader.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    reader.open(article_file(offline_copy, archive_data, ARTICLE_002))
    reader.page.locator(f'p[id="{third["id"]}"] a.archive-pilcrow').click()
    status = reader.page.locator(".archive-cite-status")
    status.wait_for(state="attached", timeout=5_000)
    assert status.inner_text() == "Citation of ¶3 copied"
    reader.page.mouse.wheel(0, 400)  # a scroll, after which anchor-tracking themes rewrite the address
    reader.page.wait_for_timeout(500)
    assert reader.page.evaluate("location.hash") == f"#{third['id']}", "the address keeps the anchor"
    copied = reader.page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(f"“{article['title']}.” ABC News, 20 October 2017, ¶3. Annotated News Archive, archived ")
    assert copied.endswith(f" {article['url']}#{third['id']}")
    reader.page.locator("details.archive-cite summary").click()
    reader.page.locator("button.archive-cite-copy", has_text="Copy citation").click()
    reader.page.wait_for_function("document.querySelector('.archive-cite-status').textContent === 'Citation copied'")
    whole = reader.page.evaluate("navigator.clipboard.readText()")
    assert whole == copied.replace(", ¶3.", ".").removesuffix(f"#{third['id']}")
    assert reader.outside == []


def test_photo_index_link_opens_the_figure(reader: Reader, offline_copy: Path, archive_data: dict) -> None:
    reader.open(generated_page(offline_copy, "photos/2017"))
    link = reader.page.locator("article table a[href*='#']").first
    href = link.evaluate("a => a.href")
    link.click()
    reader.page.wait_for_load_state("load")
    assert path_of(reader.page.url) == path_of(href) and path_of(href).is_file()
    figure = reader.page.locator(f'[id="{unquote(urlsplit(href).fragment)}"]')
    assert figure.evaluate("e => e.closest('figure') !== null")
    assert figure.is_visible() and figure.evaluate("e => e.getBoundingClientRect().top < window.innerHeight")


def test_every_internal_link_resolves_to_a_file_and_anchor(reader: Reader, offline_copy: Path) -> None:
    """Crawl from the home page in the browser: every file: link names a file (never a folder,
    which file:// shows as a listing), inside the copy, and its #anchor exists on that page."""
    start = (offline_copy / "index.html").resolve()
    queue, seen, anchors, broken = deque([start]), {start}, {}, []
    ids: dict[Path, set[str]] = {}
    while queue:
        page = queue.popleft()
        reader.open(page)
        ids[page] = set(reader.page.eval_on_selector_all("[id], a[name]", "es => es.map(e => e.id || e.name)"))
        for href in reader.hrefs():
            if not href.startswith("file:"):
                continue
            target = path_of(href).resolve()
            if offline_copy.resolve() not in target.parents or not target.is_file():
                broken.append(f"{page.relative_to(offline_copy)} -> {href}")
                continue
            fragment = unquote(urlsplit(href).fragment)
            if fragment:
                anchors.setdefault(target, set()).add((fragment, page))
            if target.suffix == ".html" and target not in seen:
                seen.add(target)
                queue.append(target)
        assert len(seen) < 1000
    for target, wanted in anchors.items():
        broken += [
            f"{source.relative_to(offline_copy)} -> {target.name}#{f}" for f, source in wanted if f not in ids[target]
        ]
    assert broken == []
    assert len(seen) >= 2 + 4  # both articles, and at least the four listing pages
    assert reader.outside == [] and reader.failed_local == []


# --- what a reader sees -------------------------------------------------------------------------


def test_screenshots_of_home_article_and_index(reader: Reader, offline_copy: Path, archive_data: dict) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pages = {
        "home": offline_copy / "index.html",
        "article": article_file(offline_copy, archive_data, ARTICLE_002),
        "photo-index": generated_page(offline_copy, "photos/2017"),
    }
    for name, file in pages.items():
        reader.open(file)
        shot = SCREENSHOTS / f"{name}.png"
        reader.page.screenshot(path=str(shot), full_page=True)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert reader.outside == []


VIEWS = {
    "contested": "contested/index",
    "timeline": "timeline/index",
    "timeline-month": "timeline/2017-10",
    "map": "map/index",
    "place": "places/raqqa",
    "outlets": "outlets/index",
    "places-index": "places/index",
}
"""The views researchers asked for (issue 18), by the page that shows each."""


def view_file(site: Path, data: dict, which: str) -> Path:
    if which == "home":
        return site / "index.html"
    if which == "article":
        return article_file(site, data, ARTICLE_002)
    if which == "photo-index":
        return generated_page(site, "photos/2017")
    return generated_page(site, VIEWS[which])


@pytest.mark.parametrize("which", ["home", "article", "photo-index", *VIEWS])
def test_no_serious_or_critical_accessibility_violations(
    reader: Reader, offline_copy: Path, archive_data: dict, which: str
) -> None:
    file = view_file(offline_copy, archive_data, which)
    reader.open(file)
    reader.page.add_script_tag(path=str(AXE))
    result = reader.page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['impact']}: {v['id']} ({v['help']}) at {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


LIVE_FROM_INPUT = """() => [...document.querySelectorAll('*')].flatMap(element => [...element.attributes]
    .filter(a => a.name.startsWith('on')
        || (['href', 'src', 'action'].includes(a.name) && /^\\s*javascript:/i.test(a.value)))
    .map(a => `${element.tagName} ${a.name}=${a.value}`))"""


def test_no_script_from_hostile_input_runs_in_chromium(reader: Reader, hostile_site) -> None:
    """Every page that shows attack text is opened: no dialog opens, no handler or javascript: URL exists."""
    site, _ = hostile_site
    dialogs: list[str] = []
    reader.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    shown = [
        page
        for page in sorted(site.rglob("*.html"))
        if b"alert(" in page.read_bytes() or b"alert&#40;" in page.read_bytes()
    ]
    assert len(shown) >= 5
    for page in shown:
        reader.open(page)
        assert reader.page.evaluate(LIVE_FROM_INPUT) == [], page.relative_to(site)
    assert dialogs == []


# --- the rough edges a reader saw ---------------------------------------------------------------


def test_a_search_result_gives_title_outlet_date_and_the_passage(reader: Reader, offline_copy: Path) -> None:
    reader.open(offline_copy / "index.html")
    (result,) = reader.search("landmines").all()
    assert result.locator("h1").inner_text() == (
        "Drone footage captures apocalyptic aftermath of ISIS in Raqqa — ABC News, 20 October 2017"
    )
    text = result.inner_text()
    assert "Raqqa will have to be cleared of landmines" in text
    assert not any(noise in text for noise in ("Photographer:", "Agency:", "¶", "Credit:"))


def test_the_paragraph_link_is_a_visible_target_reached_by_keyboard(
    reader: Reader, offline_copy: Path, archive_data: dict
) -> None:
    reader.open(article_file(offline_copy, archive_data, ARTICLE_000))
    pilcrow = reader.page.locator("article p a.archive-pilcrow").first  # anchors are stable ids, not p-1
    box = pilcrow.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    assert float(pilcrow.evaluate("a => getComputedStyle(a).opacity")) == 1
    for _ in range(200):
        reader.page.keyboard.press("Tab")
        if reader.page.evaluate("document.activeElement.matches('a.archive-pilcrow')"):
            break
    else:
        pytest.fail("no paragraph link took the keyboard focus")
    focused = reader.page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused.startswith("Link to paragraph ")


def test_photo_placeholders_are_small_and_all_alike(reader: Reader, offline_copy: Path, archive_data: dict) -> None:
    for width in (1280, 390):
        reader.page.set_viewport_size({"width": width, "height": 900})
        reader.open(article_file(offline_copy, archive_data, ARTICLE_002))
        boxes = [p.bounding_box() for p in reader.page.locator(".archive-photo-placeholder").all()]
        assert len(boxes) == 8
        assert {(round(b["width"]), round(b["height"])) for b in boxes} == {(100, 70)}
        caption = reader.page.locator("figure#photo-1 figcaption").bounding_box()
        assert caption["x"] > boxes[0]["x"] + boxes[0]["width"]  # beside the placeholder, not under it


STYLED = "() => getComputedStyle(document.querySelector('.md-header')).backgroundColor !== 'rgba(0, 0, 0, 0)'"


def test_the_not_found_page_keeps_its_styles_from_disk_and_leads_back(reader: Reader, offline_copy: Path) -> None:
    reader.open(offline_copy / "404.html")
    assert reader.page.evaluate(STYLED)
    assert reader.page.locator("article h1").inner_text() == "Page not found"
    home = reader.page.locator("article a", has_text="the home page")
    assert path_of(home.evaluate("a => a.href")) == offline_copy / "index.html"
    ways = {path_of(href).relative_to(offline_copy).as_posix() for href in reader.hrefs(".archive-ways-back a")}
    assert {"articles/index.html", "places/index.html", "outlets/index.html"} <= ways
    home.click()
    reader.page.wait_for_load_state("load")
    assert path_of(reader.page.url) == offline_copy / "index.html"
    assert reader.outside == [] and reader.failed_local == []


def test_the_not_found_page_works_at_any_depth_on_a_server(reader: Reader, served_site: str) -> None:
    reader.serve_from(served_site)
    reader.open_url(served_site + "articles/2017/no-such-article.html")
    assert reader.page.evaluate(STYLED)
    assert reader.page.locator("article h1").inner_text() == "Page not found"
    loaded = {url for url in reader.local if url not in reader.failed_local}
    # Only the preload scanner's guesses from the missing page's folder fail; each file is then
    # loaded from the root.
    for url in reader.failed_local:
        assert url.startswith(served_site + "articles/2017/")
        assert url.replace("articles/2017/", "", 1) in loaded
    assert served_site + "assets/archive.css" in loaded
    reader.search("landmines")  # the index is found from the root too
    targets = {href.split("#")[0].split("?")[0] for href in reader.hrefs(".md-search-result__item a")}
    assert targets == {served_site + "articles/" + ARTICLE_002 + ".html"}
    reader.page.keyboard.press("Escape")
    reader.page.locator("article a", has_text="the home page").click()
    reader.page.wait_for_load_state("load")
    assert reader.page.url == served_site + "index.html"
    assert reader.outside == []


def test_print_shows_the_source_box_open_the_citation_and_no_placeholder(
    reader: Reader, offline_copy: Path, archive_data: dict
) -> None:
    file = article_file(offline_copy, archive_data, ARTICLE_002)
    reader.open(file)
    about = reader.page.locator("details.archive-about dl")
    citation = reader.page.locator("details.archive-cite .archive-citation")
    assert not about.is_visible() and not citation.is_visible()
    reader.page.emulate_media(media="print")
    assert about.is_visible() and "Source file" in about.inner_text()
    assert citation.is_visible() and not reader.page.locator("details.archive-cite summary").is_visible()
    assert citation.inner_text().startswith("“Drone footage captures apocalyptic aftermath of ISIS in Raqqa.” ABC News")
    assert citation.inner_text().endswith(file.as_uri())
    assert reader.page.locator(".archive-photo-placeholder").first.is_hidden()
    assert reader.page.locator("figure#photo-1 figcaption").is_visible()
    assert reader.page.locator("a.archive-pilcrow").first.is_hidden()
    pdf = reader.page.pdf()
    assert pdf.startswith(b"%PDF")


# --- the views: contested facts, timeline, map, outlets, filters and sorting --------------------


def test_each_view_opens_from_disk_with_no_outside_request(
    reader: Reader, offline_copy: Path, archive_data: dict
) -> None:
    """Every view, at desktop and phone width, screenshotted (docs/assets has a copy of each)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, suffix in ((1280, ""), (390, "-mobile")):
        reader.page.set_viewport_size({"width": width, "height": 900})
        for which in VIEWS:
            reader.open(view_file(offline_copy, archive_data, which))
            assert reader.page.locator("article h1").first.is_visible()
            reader.page.screenshot(path=str(SCREENSHOTS / f"{which}{suffix}.png"), full_page=True)
    assert reader.outside == [] and reader.failed_local == []
    loaded = {path_of(url).relative_to(offline_copy).as_posix() for url in reader.local if url.startswith("file:")}
    assert "map/world.svg" in loaded


def test_contested_facts_show_both_sides_and_filter_by_place_and_outlet(reader: Reader, offline_copy: Path) -> None:
    reader.open(generated_page(offline_copy, "contested/2017"))
    fact = reader.page.locator("article.archive-fact").first
    assert fact.is_visible()
    assert reader.page.locator("article.archive-fact ul.archive-claims > li").count() >= 2
    assert {m.inner_text() for m in fact.locator("mark").all()} == {"January 2014", "late 2013"}
    place = reader.page.locator("form.archive-filter select[name=place]")
    place.select_option("raqqa")
    assert fact.is_visible()
    reader.page.locator("form.archive-filter select[name=outlet]").select_option("abc-news")
    assert fact.is_visible()
    assert reader.page.locator("form.archive-filter output").inner_text().startswith("1 of ")


def test_a_place_links_to_its_contested_facts_already_filtered(reader: Reader, offline_copy: Path) -> None:
    reader.open(generated_page(offline_copy, "places/raqqa"))
    reader.page.locator(".archive-contested-note a").first.click()
    reader.page.wait_for_load_state("load")
    assert reader.page.locator("form.archive-filter select[name=place]").input_value() == "raqqa"
    assert reader.page.locator("article.archive-fact").first.is_visible()


def test_an_article_links_to_the_contested_fact_it_states(
    reader: Reader, offline_copy: Path, archive_data: dict
) -> None:
    reader.open(article_file(offline_copy, archive_data, ARTICLE_000))
    link = reader.page.locator(".archive-contested-note a").first
    fact_id = unquote(urlsplit(link.evaluate("a => a.href")).fragment)
    link.click()
    reader.page.wait_for_load_state("load")
    fact = reader.page.locator(f'article[id="{fact_id}"]')
    assert fact.is_visible() and fact.evaluate("e => e.getBoundingClientRect().top < window.innerHeight")


def test_the_timeline_jumps_to_a_month_and_filters_its_days_by_kind(reader: Reader, offline_copy: Path) -> None:
    reader.open(generated_page(offline_copy, "timeline/index"))
    assert reader.page.locator("h3#day-2017-10-20").is_visible()  # the latest days, shown directly
    reader.page.locator("table.archive-month-grid a[href*='2017-10']").click()
    reader.page.wait_for_load_state("load")
    assert reader.page.locator("article h1").first.inner_text().startswith("October 2017")
    days = reader.page.locator("section[data-filter-group]")
    every = days.count()
    reader.page.locator("form.archive-filter select[name=kind]").select_option("photo")
    shown = [d for d in days.all() if d.is_visible()]
    assert 0 < len(shown) < every
    assert all(
        item.get_attribute("data-kind") == "photo" for d in shown for item in d.locator("li").all() if item.is_visible()
    )
    reader.page.locator("nav.archive-pager a", has_text="June 2017").click()
    reader.page.wait_for_load_state("load")
    assert reader.page.locator("h2#day-2017-06-06").is_visible()


def test_the_map_draws_the_outline_and_each_place_opens_its_page(reader: Reader, offline_copy: Path) -> None:
    reader.open(generated_page(offline_copy, "map/index"))
    svg = reader.page.locator("svg.archive-map")
    box = svg.bounding_box()
    assert box["width"] > 600 and box["height"] > 300
    # The outline is an image inside the SVG, loaded from the site's own folder.
    assert reader.page.locator("svg.archive-map image").evaluate("i => i.getBBox().width") > 0
    marker = reader.page.locator("svg.archive-map a[aria-label^='Raqqa']")
    marker.click()
    reader.page.wait_for_load_state("load")
    assert path_of(reader.page.url) == generated_page(offline_copy, "places/raqqa")
    locator = reader.page.locator("svg.archive-locator")
    assert locator.is_visible() and locator.locator("circle").count() == 1
    assert reader.outside == [] and reader.failed_local == []


def test_the_map_places_can_be_reached_by_keyboard(reader: Reader, offline_copy: Path) -> None:
    reader.open(generated_page(offline_copy, "map/index"))
    for _ in range(200):
        reader.page.keyboard.press("Tab")
        if reader.page.evaluate("document.activeElement.closest('svg.archive-map') !== null"):
            break
    else:
        pytest.fail("no place on the map took the keyboard focus")


def test_an_index_table_sorts_by_a_column(reader: Reader, offline_copy: Path) -> None:
    reader.open(generated_page(offline_copy, "places/index"))
    table = reader.page.locator("table[data-sortable]").first
    header = table.locator("th", has_text="Mentions")
    orders = []
    for _ in range(2):
        header.locator("button").click()
        order = header.get_attribute("aria-sort")
        counts = [int(c.inner_text().replace(",", "")) for c in table.locator("tbody tr td:nth-child(3)").all()]
        assert counts == sorted(counts, reverse=order == "descending")
        orders.append(order)
    assert set(orders) == {"ascending", "descending"}


def test_the_outlets_index_leads_to_an_outlets_articles(reader: Reader, offline_copy: Path) -> None:
    reader.open(generated_page(offline_copy, "outlets/index"))
    reader.page.locator("article a", has_text="ABC News").first.click()
    reader.page.wait_for_load_state("load")
    assert reader.page.locator("article h1").first.inner_text().startswith("ABC News")
    assert reader.page.locator("article a", has_text="Drone footage captures").first.is_visible()
