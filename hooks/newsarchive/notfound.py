"""The page a server shows for an address the site does not have (``404.html``), with the ways back.

It is one page for every missing address, at any depth, so its links cannot be relative to
where it is shown. They are relative to the site's root, where the file is: that works from
disk as is. On a server, ``root_base_script`` makes the root the page's base before anything
else in it loads, so its styles, scripts and links resolve from any depth. (Chromium's preload
scanner still guesses a few of them from the missing page's folder first; those guesses fail
quietly and cost a few small requests on a page that is rarely shown. A fixed ``<base>`` would
be right on a server and wrong from disk, where this page is read as it is.)
"""

from __future__ import annotations

import json
from urllib.parse import quote

from .markup import el, esc, lines
from .page import RenderedPage
from .paths import HOME, SitePaths, relative_url

TITLE = "Page not found"


def render_not_found(paths: SitePaths, sections: list[tuple[str, str]]) -> RenderedPage:
    """``sections``: (label, docs path) of the archive's ways in, in the navigation's order."""
    links = " · ".join(el("a", esc(label), href=_from_root(paths, target)) for label, target in sections)
    blocks = [
        # No permalink: "#anchor" would resolve against the root on a server, and leave the page.
        el("h1", TITLE, id="page-not-found"),
        el(
            "p",
            "The archive has no page at this address: it may be mistyped, or cut short by the program "
            "that showed it to you.",
        ),
        el("p", "Go back to " + el("a", "the home page", href=_from_root(paths, HOME)) + ", or start from:"),
        el("nav", links, class_="archive-ways-back", aria_label="The archive's sections"),
        el("p", "The search box at the top finds any article by its words."),
    ]
    return RenderedPage(paths.not_found(), TITLE, lines(blocks), in_search=False)


def _from_root(paths: SitePaths, target: str) -> str:
    return quote(relative_url(paths.url(target), ""))


def root_base_script(root_path: str) -> str:
    """A script for the top of ``<head>``: on a server, resolve every relative address from the
    site's root (``root_path``, e.g. ``/`` or ``/archive/``); from disk, the page is at the root.

    Material resolves its search index from the page's own address, not from the base: the
    script also points the theme's configuration (``#__config``, read at the end of the body)
    at the root, as soon as the parser has added it."""
    value = json.dumps(root_path if root_path.endswith("/") else root_path + "/").replace("<", "\\u003c")
    return (
        "<script>\n"
        'if (location.protocol !== "file:") {\n'
        f"  var root = {value};\n"
        '  var base = document.createElement("base");\n'
        "  base.href = root;\n"
        "  document.head.appendChild(base);\n"
        "  new MutationObserver(function (changes, observer) {\n"
        '    var config = document.getElementById("__config");\n'
        "    if (!config) return;\n"
        "    var data = JSON.parse(config.textContent);\n"
        "    data.base = root;\n"
        "    config.textContent = JSON.stringify(data);\n"
        "    observer.disconnect();\n"
        "  }).observe(document.documentElement, { childList: true, subtree: true });\n"
        "}\n"
        "</script>"
    )
