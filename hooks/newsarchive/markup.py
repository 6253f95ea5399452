"""Showing untrusted text literally inside generated Markdown and HTML.

Seed text is never markup. Every character that Markdown or any enabled extension could read
as syntax becomes a numeric character reference, so the text survives any Markdown processor
as exactly the characters the source had, and HTML in it stays text.
"""

from __future__ import annotations

import html
import json

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


NOT_IN_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"
"""Front matter of listing pages: their text repeats the articles', and the offline search
index (loaded whole by every reader) grows with the archive."""
SEARCH_EXCLUDE = " { data-search-exclude }"
"""Appended to a heading: its section stays out of the search index."""
