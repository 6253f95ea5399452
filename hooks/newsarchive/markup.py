"""Building HTML from untrusted text: every text is escaped, every attribute value quoted.

Generated pages are HTML written here, never Markdown for a processor to read again: seed
text can therefore never become markup, whatever characters it holds (a processor's syntax,
attribute lists, raw HTML). Pages are one line per block and never hold a blank line, so an
exported page (the HTML under YAML front matter) is also read literally as Markdown by
Python-Markdown and by CommonMark generators.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable

import yaml

# C0 controls never belong in text (the reader removes them; this is the last line of defence).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINES = re.compile(r"[\r\n]+")


def esc(text: str) -> str:
    """Text as HTML element content: ``<``, ``&``, quotes escaped; line breaks become spaces."""
    return html.escape(_NEWLINES.sub(" ", _CONTROLS.sub("", text)), quote=True)


def el(tag: str, inner: str = "", /, **attributes: str | int | bool | None) -> str:
    """``<tag attr="value">inner</tag>``; ``inner`` is HTML already built with ``esc``/``el``.

    Attribute names: a trailing ``_`` is dropped (``class_``) and ``_`` becomes ``-``
    (``data_search_exclude``); ``True`` gives a bare attribute, ``None``/``False`` none."""
    parts = [tag]
    for name, value in attributes.items():
        if value is None or value is False:
            continue
        name = name.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{html.escape(str(value), quote=True)}"')
    return f"<{' '.join(parts)}>{inner}</{tag}>"


def void(tag: str, /, **attributes: str | int | bool | None) -> str:
    """An element without content (``<img>``, ``<hr>``, ``<br>``)."""
    return el(tag, **attributes).removesuffix(f"</{tag}>")


def lines(blocks: Iterable[str]) -> str:
    """Blocks one per line, empty ones dropped: no blank line ever ends an HTML block early."""
    return "\n".join(block for block in blocks if block)


def json_script(data: object) -> str:
    """A ``<script type="application/ld+json">`` block that no text inside can close early."""
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None)
    body = body.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{body}</script>'


def escaped(meta: dict) -> dict:
    """Metadata with its text HTML-escaped (themes print page titles and descriptions unescaped)."""
    return {
        key: html.escape(value, quote=True) if isinstance(value, str) else value
        for key, value in meta.items()
        if value is not None
    }


def front_matter(meta: dict) -> str:
    """YAML front matter written by the YAML library, never by hand: every character is quoted
    or escaped as YAML needs, so a reader always parses it. (A hand-written block that failed to
    parse was once rendered as Markdown, and an outlet line holding U+0085 became live markup.)

    Text values are HTML-escaped too, because themes print the title unescaped."""
    safe = escaped(meta)
    text = yaml.safe_dump(safe, allow_unicode=True, sort_keys=False, width=10_000)
    if yaml.safe_load(text) != safe:
        # A few characters (U+0085, a line separator) survive only as escapes: all ASCII then.
        text = yaml.safe_dump(safe, allow_unicode=False, sort_keys=False, width=10_000)
    return "---\n" + text + "---\n\n"
