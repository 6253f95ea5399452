"""Showing untrusted text literally inside generated Markdown and HTML.

Seed text is never markup. Every character that Markdown or any enabled extension could read
as syntax becomes a numeric character reference, so the text survives any Markdown processor
as exactly the characters the source had, and HTML in it stays text.
"""

from __future__ import annotations

import html
import json

import yaml

# Markdown syntax characters of the core and of the enabled extensions (attr_list, footnotes,
# tables, md_in_html), plus a few that common extensions would add ($ ~ ^ =). Dots, hyphens
# and colons are syntax only at the start of a line; ``md_text`` guards that position alone so
# the exported Markdown stays readable.
_MARKDOWN_SPECIALS = "\\`*_[]{}#|!$~^="
_INLINE_TABLE = {ord(c): f"&#{ord(c)};" for c in _MARKDOWN_SPECIALS}
_INLINE_TABLE.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;"})
_INLINE_TABLE.update({ord("\n"): " ", ord("\r"): " ", ord("\t"): " "})
# C0 controls never belong in text, and Python-Markdown uses STX/ETX as its own placeholders.
_INLINE_TABLE.update({code: None for code in (*range(0, 9), 11, 12, *range(14, 32), 127)})


def md_text(text: str) -> str:
    """Text for a Markdown inline context (paragraph, heading, table cell, link text)."""
    escaped = text.translate(_INLINE_TABLE)
    # A leading "-", "+", ":" or "1." would open a list or definition at the start of a line.
    if escaped[:1] and (escaped[0] in "-+:" or escaped[0].isdigit()):
        escaped = f"&#{ord(escaped[0])};{escaped[1:]}"
    return escaped


def html_text(text: str) -> str:
    """Text for an HTML context that Markdown never parses (attributes, raw HTML blocks)."""
    return html.escape(text, quote=True)


def html_attr(text: str) -> str:
    return html.escape(text, quote=True)


def json_script(data: object) -> str:
    """A ``<script type="application/ld+json">`` block that no text inside can close early."""
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None)
    body = body.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{body}</script>'


def front_matter(meta: dict) -> str:
    """YAML front matter written by the YAML library, never by hand: every character is quoted
    or escaped as YAML needs, so MkDocs always parses it. (A hand-written block that failed to
    parse was rendered as Markdown, and an outlet line holding U+0085 became live markup.)

    Text values are HTML-escaped too, because the theme prints the title unescaped."""
    safe = {key: html_text(value) if isinstance(value, str) else value for key, value in meta.items()}
    text = yaml.safe_dump(safe, allow_unicode=True, sort_keys=False, width=10_000)
    if yaml.safe_load(text) != safe:
        # A few characters (U+0085, a line separator) survive only as escapes: all ASCII then.
        text = yaml.safe_dump(safe, allow_unicode=False, sort_keys=False, width=10_000)
    return "---\n" + text + "---\n\n"


NOT_IN_SEARCH = front_matter({"search": {"exclude": True}})
"""Front matter of listing pages: their text repeats the articles', and the offline search
index (loaded whole by every reader) grows with the archive."""
SEARCH_EXCLUDE = " { data-search-exclude }"
"""Appended to a heading: its section stays out of the search index."""
