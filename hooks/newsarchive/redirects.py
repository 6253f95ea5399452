"""Pages at the addresses that moved: each sends the reader on to the article's address today.

A renamed article's old id, and the id of an archived article whose seed became a duplicate of
another, keep a small HTML page of their own. It works wherever the site is read: a script
carries the ``#anchor`` over to the new address (so ``old.html#p-4`` lands on ``new.html#p-4``),
a meta refresh moves browsers without scripts, a plain link serves the rest, and the canonical
link tells search engines and archivers where the article now lives. No server configuration
is needed, so it works on GitHub Pages and from disk.
"""

from __future__ import annotations

import json

from .markup import el, esc, void
from .model import Archive, Redirect, RedirectReason
from .page import title_of
from .paths import SiteInfo, SitePaths

REASONS = {
    RedirectReason.RENAMED: "This article has moved",
    RedirectReason.DUPLICATE: "This article is kept in the archive as",
}


def redirect_file(paths: SitePaths, article_id: str) -> str:
    """Where the page of an old id goes: its page's address as a file (``articles/x.html``, or
    ``articles/x/index.html`` with directory URLs)."""
    url = paths.url(paths.article(article_id))
    return url + "index.html" if url.endswith("/") else url


def redirect_page(redirect: Redirect, title: str, paths: SitePaths, site: SiteInfo) -> str:
    """The redirect page: script, refresh, canonical and a link, every value escaped."""
    source, target_page = paths.article(redirect.old_id), paths.article(redirect.new_id)
    target = paths.href(source, target_page)
    canonical = site.address(paths.url(target_page)) if site.url else target
    script = "location.replace(" + json.dumps(target).replace("<", "\\u003c") + " + location.hash);"
    head = "\n".join(
        [
            void("meta", charset="utf-8"),
            el("title", f"Moved: {esc(title)}"),
            void("meta", name="robots", content="noindex"),
            void("link", rel="canonical", href=canonical),
            el("script", script),
            void("meta", http_equiv="refresh", content=f"0; url={target}"),
        ]
    )
    body = el("p", f"{REASONS[redirect.reason]}: " + el("a", esc(title), href=target) + ".")
    return f'<!doctype html>\n<html lang="en">\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'


def redirect_files(archive: Archive, paths: SitePaths, site: SiteInfo) -> dict[str, str]:
    """Path -> page, for every address that moved."""
    by_id = archive.by_id()
    return {
        redirect_file(paths, r.old_id): redirect_page(r, title_of(by_id[r.new_id].article), paths, site)
        for r in archive.redirects
        if r.new_id in by_id
    }
