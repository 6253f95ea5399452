"""MkDocs hooks: adapt MkDocs' build events to the framework-free ``newsarchive`` package.

Each handler only moves data between MkDocs and the core: the core reads, enriches and
renders; this module reads the seeds folder (through ``seedfolder``, the one reader of the
disk), hands generated pages to MkDocs as virtual files, turns the core's problems into
MkDocs warnings, and publishes the site atomically.
"""

from __future__ import annotations

import datetime
import gc
import hashlib
import logging
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import CountHandler

sys.path.insert(0, os.path.dirname(__file__))

from newsarchive.archive import build_archive  # noqa: E402
from newsarchive.citations import citation_of  # noqa: E402
from newsarchive.citebox import citation_meta  # noqa: E402
from newsarchive.export import page_reference  # noqa: E402
from newsarchive.feed import feed_link  # noqa: E402
from newsarchive.jsonld import article_jsonld  # noqa: E402
from newsarchive.lockfile import archiving_date  # noqa: E402
from newsarchive.markup import escaped, json_script  # noqa: E402
from newsarchive.model import Archive, Problem, Settings, Severity  # noqa: E402
from newsarchive.notfound import root_base_script  # noqa: E402
from newsarchive.page import RenderedPage, toc_tree  # noqa: E402
from newsarchive.paths import HOME, NOT_FOUND, SiteInfo, SitePaths  # noqa: E402
from newsarchive.publish import site_files  # noqa: E402
from newsarchive.seedfolder import read_seed_folder, settle_lock  # noqa: E402
from newsarchive.settings import settings_from  # noqa: E402
from newsarchive.sitepages import search_full_text  # noqa: E402
from newsarchive.workcache import WorkCache  # noqa: E402
from search_entries import SEARCH_CACHE, keep_entries, search_cache  # noqa: E402

log = get_plugin_logger("archive")


@dataclass
class _BuildState:
    """What one build carries from ``on_files`` to ``on_post_build`` (reset every build)."""

    settings: Settings = field(default_factory=Settings)
    seeds_dir: Path = Path("seeds")
    archive: Archive | None = None
    problems: list[Problem] = field(default_factory=list)
    head: dict[str, str] = field(default_factory=dict)
    """Docs path -> what the page's <head> gets (JSON-LD, citation metadata)."""
    final_site_dir: str | None = None
    """Where the site goes once the build has succeeded (it is built beside it first)."""
    page_cache: Path = Path(".cache/archive-pages")
    outputs: set[str] = field(default_factory=set)
    """Site paths of the files the archive generated in this build."""
    paths: SitePaths = field(default_factory=SitePaths)
    pages: dict[str, RenderedPage] = field(default_factory=dict)
    """Generated pages by docs path: MkDocs gets their HTML and table of contents from here."""
    entry_pages: set[str] = field(default_factory=set)
    """Docs paths of the places' and actors' pages (their first pages)."""
    full_bodies: dict[str, str] = field(default_factory=dict)
    """Pages given to the search plugin without their unsearched sections, until it is done."""


_state = _BuildState()
_command = {"name": "build", "dirty": False}
# MkDocs keeps hook modules loaded across `mkdocs serve` rebuilds: each article's work is kept
# here (and under .cache/ for the next process) while its text is unchanged, and the previous
# build's outputs are remembered.
_work_cache: WorkCache | None = None
_search_cache: WorkCache | None = None
_previous_outputs: set[str] = set()
NOT_FOUND_FILE = "404.html"
STAGING_SUFFIX = ".partial"
RETIRED_SUFFIX = ".old"
WORK_CACHE = ".cache/archive-work"
"""Each article's parse, name candidates and sentence analyses, by content and code version
(``newsarchive.workcache``): a new process rebuilds only what changed."""
PAGE_CACHE = ".cache/archive-pages"
"""Under `mkdocs serve --dirty`, generated pages are kept here, rewritten only when they change,
so MkDocs re-renders just the pages an edit touched (its dirty check compares file times)."""


def on_startup(command: str, dirty: bool) -> None:
    _command.update(name=command, dirty=dirty)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _state
    settings, problems = settings_from(config.extra.get("archive") or {})
    project = Path(config.config_file_path or ".").parent
    _state = _BuildState(
        settings, project / settings.seeds_dir, problems=list(problems), page_cache=project / PAGE_CACHE
    )
    global _work_cache
    if _work_cache is None or _work_cache.folder != project / WORK_CACHE:
        _work_cache = WorkCache(project / WORK_CACHE)
    global _search_cache
    if _search_cache is None or _search_cache.folder != project / SEARCH_CACHE:
        _search_cache = search_cache(project)
    if _command["name"] in ("build", "gh-deploy"):
        # Build beside the site and swap it in at the end, so a failed build never leaves a
        # half-written site that looks complete.
        _state.final_site_dir = config.site_dir
        config["site_dir"] = config.site_dir.rstrip("/\\") + STAGING_SUFFIX
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    # The previous build's archive (frozen below) can be collected again.
    gc.unfreeze()
    seeds, folder_problems = read_seed_folder(_state.seeds_dir)
    today = archiving_date(os.environ, datetime.datetime.now(datetime.UTC))
    archive = build_archive(seeds, _state.settings, cache=_work_cache, today=today)
    _state.archive = archive
    _state.paths = SitePaths.of(_state.settings, config.use_directory_urls)
    _state.entry_pages = {_state.paths.entity(entity) for entity in archive.entities}
    _state.problems += folder_problems + list(archive.problems)
    _state.problems += settle_lock(_state.seeds_dir, seeds, archive, os.environ)
    for problem in _state.problems:
        _report(problem)
    if not search_full_text(archive):
        log.info(
            f"search index holds titles, ledes and captions only (extra.archive.search_text: "
            f"{archive.settings.search_text})"
        )
    home = files.get_file_from_path(HOME)
    home_text = None
    if home is not None and home.abs_src_path:
        # The home page is hand-written text plus the newest articles: generated, so that it is
        # rebuilt whenever the archive changes (also under `serve --dirty`).
        home_text = Path(home.abs_src_path).read_text(encoding="utf-8-sig")
        files.remove(home)
    site = site_files(archive, seeds, _state.problems, _state.paths, home_text, _site_info(config), _work_cache)
    if _work_cache is not None:
        _work_cache.finish(last=_command["name"] != "serve")
    generated = [_page_file(config, HOME, site.home)] if site.home is not None else []
    for page in site.pages:
        _state.pages[page.path] = page
        # Only `serve --dirty` compares sources (by their files' times); a build need not digest every page.
        generated.append(_page_file(config, page.path, _page_stamp(page) if _command["dirty"] else UNSTAMPED))
        if page.path == NOT_FOUND:
            generated[-1].dest_uri = NOT_FOUND_FILE  # servers look for it there, whatever the URL style
    generated += [_page_file(config, path, content) for path, content in site.files.items()]
    for file in generated:
        files.append(file)
        _state.outputs.add(file.dest_uri)
    _state.head = _head_tags(archive, config)
    # The archive lives until the next build: the collector's full passes need not scan its
    # millions of objects again while MkDocs renders (unfrozen when the next build starts).
    gc.freeze()
    return files


def _site_info(config: MkDocsConfig) -> SiteInfo:
    return SiteInfo.of(config.site_name, config.site_url)


UNSTAMPED = "<!-- generated page -->\n"


def _page_stamp(page: RenderedPage) -> str:
    """What MkDocs is given as a generated page's source: a digest of the page. Its content and
    metadata come from the core (``on_page_read_source``, ``on_page_markdown``), and under
    ``serve --dirty`` the stamp changes exactly when the page does."""
    content = repr((page.metadata(), page.headings, page.body))
    return f"<!-- generated page {hashlib.sha256(content.encode('utf-8', 'surrogatepass')).hexdigest()} -->\n"


def _page_file(config: MkDocsConfig, path: str, content: str | bytes) -> File:
    """A generated file; under ``serve --dirty`` one in the page cache, so that MkDocs renders or
    copies it again only when it changed (the seeds' copies and photos too: a thousand of them)."""
    if _command["dirty"]:
        return File.generated(config, path, abs_src_path=cached_page(_state.page_cache, path, content))
    return File.generated(config, path, content=content)


def cached_page(cache: Path, path: str, content: str | bytes) -> str:
    """The file under ``cache``, rewritten only when its content changed: ``mkdocs serve
    --dirty`` rebuilds the pages (and copies the files) whose source is newer than the last
    build, and no others."""
    target = cache / path
    data = content.encode("utf-8") if isinstance(content, str) else content
    if not target.is_file() or target.read_bytes() != data:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return str(target)


def _head_tags(archive: Archive, config: MkDocsConfig) -> dict[str, str]:
    """Each article page's JSON-LD and citation metadata, for its <head>."""
    tags = {}
    site = _site_info(config)
    for item in archive.articles:
        src = _state.paths.article(item.id)
        page_ref, root = page_reference(_state.paths.url(src), config.site_url)
        jsonld = json_script(article_jsonld(item, _state.paths, page_ref, root))
        tags[src] = jsonld + "\n" + citation_meta(citation_of(item, _state.paths, site))
    return tags


def _report(problem: Problem) -> None:
    where = f"{problem.file}:{problem.line}" if problem.line else problem.file
    message = f"{where}: {problem.message} [{problem.code}]"
    (log.warning if problem.severity is Severity.WARNING else log.info)(message)


def on_env(env, config: MkDocsConfig, files: Files):  # noqa: ANN001 - jinja2 Environment
    search = _search_plugin(config)
    if search is not None and _search_cache is not None:
        keep_entries(search.search_index, _search_cache)  # a new index every build (its on_config)
    if _command["dirty"]:
        _forget_stale_outputs(config, files)
    return env


def _forget_stale_outputs(config: MkDocsConfig, files: Files) -> None:
    """Under `serve --dirty`: delete what an earlier build generated and this one did not (a
    deleted or renamed article), and drop from the search index every page about to be
    rendered again, so it is neither served after deletion nor indexed twice."""
    global _previous_outputs
    for stale in sorted(_previous_outputs - _state.outputs):
        target = Path(config.site_dir) / stale
        if target.is_file():
            target.unlink()
    _previous_outputs = set(_state.outputs)
    search = next((plugin for plugin in config.plugins.values() if hasattr(plugin, "search_index_prev")), None)
    previous = getattr(search, "search_index_prev", None)
    if previous is None:
        return
    rendered = {file.url for file in files.documentation_pages() if file.is_modified()}
    present = {file.url for file in files.documentation_pages()}
    previous.entries = [
        entry
        for entry in previous.entries
        if (page := entry["location"].split("#", 1)[0]) in present and page not in rendered
    ]


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    """A generated page has no source to read: only its stamp (see ``_page_stamp``)."""
    return "" if page.file.src_uri in _state.pages else None


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A generated page is HTML already: its metadata comes from the core, not from parsing the
    text, and Python-Markdown is given nothing to do."""
    generated = _state.pages.get(page.file.src_uri)
    if generated is None:
        return markdown
    page.meta = escaped(generated.metadata())
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    generated = _state.pages.get(page.file.src_uri)
    if generated is None:
        return html
    page.toc = get_toc(toc_tree(generated.headings))
    if page.file.src_uri in _state.entry_pages and generated.in_search and _search_plugin(config) is not None:
        # The search plugin parses the content it is given in on_page_context: only the sections
        # it indexes (an entry's header, not its hundreds of mentions); the whole body is put back
        # after it (on_page_context below).
        _state.full_bodies[page.file.src_uri] = generated.body
        return searched_sections(generated.body)
    return generated.body


@event_priority(-100)  # after the search plugin has indexed the page
def on_page_context(context, page: Page, config: MkDocsConfig, nav):  # noqa: ANN001 - template context, Navigation
    body = _state.full_bodies.pop(page.file.src_uri, None)
    if body is not None:
        page.content = SEARCH_ATTRIBUTE.sub("", body)  # as the search plugin leaves a page it indexed
    return context


SEARCH_ATTRIBUTE = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
"""The attributes the search plugin removes from every page it indexes (material/plugins/search)."""
HEADING_LINE = re.compile(r"<h[1-6][\s>]")


def searched_sections(body: str) -> str:
    """The body without its sections headed by a heading marked ``data-search-exclude`` (a
    section runs to the next heading): what the search index holds of the page, with less to parse.

    Exact for a page whose headings all stand at the top level, each on a line of its own, as on
    an entry's page; not for a heading inside another element (an article's footnotes), after
    which the search plugin goes back to the section before."""
    kept, skipping = [], False
    for line in body.split("\n"):
        if HEADING_LINE.match(line):
            skipping = "data-search-exclude" in line.split(">", 1)[0]
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def _search_plugin(config: MkDocsConfig):  # noqa: ANN202 - Material's SearchPlugin
    """Material's search plugin, when it is on (its way of indexing is what ``searched_sections`` keeps)."""
    plugin = next((p for p in config.plugins.values() if type(p).__module__.startswith(MATERIAL_SEARCH)), None)
    return plugin if plugin is not None and getattr(plugin.config, "enabled", True) else None


MATERIAL_SEARCH = "material.plugins.search"


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Every page's head links the feed; an article's also gets its JSON-LD and citation tags. The
    404 page's head starts with the script that makes the site's root its base on a server."""
    if page.file.src_uri == NOT_FOUND:
        output = output.replace("<head>", "<head>\n" + root_base_script(urlsplit(config.site_url or "/").path), 1)
    tags = [feed_link(page.url, _site_info(config)), _state.head.get(page.file.src_uri, "")]
    return output.replace("</head>", "\n".join(tag for tag in tags if tag) + "\n</head>", 1)


def _strict_warnings() -> int:
    """Warnings counted by MkDocs' strict mode in this build (it aborts after on_post_build)."""
    counters = [h for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler)]
    return sum(count for counter in counters for _, count in counter.get_counts())


def on_post_build(config: MkDocsConfig) -> None:
    if _search_cache is not None:
        # Under `serve --dirty` only the pages rendered again were indexed: the others' entries stay.
        _search_cache.finish(last=_command["name"] != "serve", prune=not _command["dirty"])
    if _state.final_site_dir is None:
        return
    staging, final = config.site_dir, _state.final_site_dir
    if _strict_warnings():
        log.error(f"strict build failed: the new site is left in {staging}; {final} is unchanged")
        _state.final_site_dir = None  # reported; on_build_error need not repeat it
        return
    publish(staging, final)
    config["site_dir"] = final  # gh-deploy publishes config.site_dir after the build


def publish(staging: str, final: str) -> None:
    """Swap the new site in with renames: the old site is moved aside, the new one moved in,
    then the old one deleted. ``final`` is never a half-deleted or half-written site (a kill
    between the two renames leaves no ``final`` and the whole old site beside it)."""
    retired = final.rstrip("/\\") + RETIRED_SUFFIX
    if os.path.isdir(retired):
        shutil.rmtree(retired)
    if os.path.isdir(final):
        os.replace(final, retired)
    os.replace(staging, final)
    shutil.rmtree(retired, ignore_errors=True)


def on_build_error(error: Exception) -> None:
    if _state.final_site_dir is not None:
        log.error(
            f"build failed: the partial site is left beside {_state.final_site_dir} (suffix {STAGING_SUFFIX}); the "
            "site is unchanged"
        )


def on_serve(server, config: MkDocsConfig, builder):  # noqa: ANN001 - MkDocs' LiveReloadServer
    server.watch(str(_state.seeds_dir))
    return server
