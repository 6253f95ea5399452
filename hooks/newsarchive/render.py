"""Article pages as Markdown, and their schema.org JSON-LD.

Every piece of seed text goes through ``markup.md_text`` or ``markup.html_text``; the only
markup on a page is what this module writes. Paragraphs and captions use ``md_in_html`` span
elements so that text can never open a block (list, heading, table, fence) of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from . import markup
from .markup import html_attr, md_text
from .model import ArchivedArticle, Article, Field, Paragraph, Photo, RelatedStory, Subheading, Video
from .paths import link, media_path, source_copy_path

DESCRIPTION_LENGTH = 200


@dataclass(frozen=True)
class Footnote:
    """A footnote to place after a paragraph or caption (cross-references use these)."""

    label: str
    """Markdown footnote label, unique on the page (``xref-3``)."""
    markdown: str
    """The footnote's body, already safe Markdown."""
    at: int | None = None
    """Offset in the paragraph or caption text where the reference goes (end of its sentence)."""


@dataclass(frozen=True)
class InlineLink:
    """A span of a paragraph or caption to link (an entity mention): [start, end) in the text."""

    start: int
    end: int
    target: str
    """Markdown link target, relative to the article page (``../places/raqqa.md``)."""
    title: str = ""


@dataclass(frozen=True)
class PageExtras:
    """What later stages add to an article page, keyed by paragraph or photo anchor."""

    footnotes: Mapping[str, Sequence[Footnote]]
    links: Mapping[str, Sequence[InlineLink]]
    older: ArchivedArticle | None = None
    """The next article back in date order (articles are reached by date, not by the nav)."""
    newer: ArchivedArticle | None = None
    listing: str | None = None
    """Markdown path of the listing the article belongs to (its year), for the way back."""
    search_full_text: bool = True
    """False: only the lede of the body goes into the search index (large archives)."""
    path: str = "articles/article.md"
    """Where the page is in the docs tree, for links to the source copy and the photos."""


NO_EXTRAS = PageExtras(footnotes={}, links={})


def human_date(iso: str | None) -> str:
    if not iso:
        return "undated"
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {_MONTHS[month - 1]} {year}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def description_of(article: Article) -> str:
    lede = article.lede
    if len(lede) <= DESCRIPTION_LENGTH:
        return lede
    return lede[: DESCRIPTION_LENGTH].rsplit(" ", 1)[0] + "…"


def article_front_matter(item: ArchivedArticle) -> str:
    article = item.article
    return markup.front_matter({
        "title": article.title.value or "Untitled article",
        "date": article.date.value,
        "source": article.source.value,
        "description": description_of(article),
        "archive_id": item.id,
    })


def render_article(item: ArchivedArticle, extras: PageExtras = NO_EXTRAS) -> str:
    """The whole Markdown page of one article."""
    article = item.article
    parts = [article_front_matter(item), f"# {md_text(article.title.value or 'Untitled article')}\n", _kicker(article), _about_box(item, extras.path)]
    notes: dict[str, list[str]] = {}
    for note in item.notes:
        notes.setdefault(note.anchor, []).append(note.text)
    for block in article.blocks:
        if isinstance(block, Paragraph):
            parts.append(_paragraph(block, extras))
        elif isinstance(block, Subheading):
            parts.append(f'<h2 id="{block.anchor}" markdown="span">{md_text(block.text)}</h2>\n')
        elif isinstance(block, Photo):
            parts.append(render_figure(block, extras))
        elif isinstance(block, Video):
            parts.append(f'<p class="archive-video" markdown="span"><span class="archive-label">Video (not archived):</span> {md_text(block.text)}</p>\n')
        elif isinstance(block, RelatedStory):
            parts.append(_related(block, item))
        for text in notes.get(getattr(block, "anchor", ""), ()):
            parts.append(_editor_note(text))
    parts.append(_date_neighbours(extras))
    parts.append(_footnote_definitions(article, extras))
    return "\n".join(part for part in parts if part)


def _date_neighbours(extras: PageExtras) -> str:
    """Previous and next article by date, and the way back to the listing."""
    links = []
    if extras.older:
        links.append(f'<span class="archive-older">← Older: [{md_text(extras.older.article.title.value or "Untitled article")}]({extras.older.id}.md)</span>')
    if extras.listing:
        links.append(f"[All articles of the year]({extras.listing})")
    if extras.newer:
        links.append(f'<span class="archive-newer">Newer: [{md_text(extras.newer.article.title.value or "Untitled article")}]({extras.newer.id}.md) →</span>')
    return f'<nav class="archive-neighbours" aria-label="Articles by date" markdown="span">{" · ".join(links)}</nav>\n' if links else ""


def _editor_note(text: str) -> str:
    """An editor's note, styled as a Material admonition; its text is shown literally."""
    return (
        '<div class="admonition note archive-editor-note" markdown="block">\n'
        '<p class="admonition-title">Editor\'s note</p>\n'
        f'<p markdown="span">{md_text(text)}</p>\n'
        "</div>\n"
    )


def _kicker(article: Article) -> str:
    bits = [article.source.value or "Outlet unknown", human_date(article.date.value)]
    if article.byline.value:
        bits.append(f"by {article.byline.value}")
    return f'<p class="archive-kicker" markdown="span">{" · ".join(md_text(bit) for bit in bits)}</p>\n'


def _field_cell(field: Field, unknown: str = "unknown") -> str:
    if field.value is None:
        return f'<span class="archive-unknown">{unknown}</span>'
    marker = ' <span class="archive-inferred" title="not stated in the text: derived by the archive">(inferred)</span>' if field.inferred else ""
    return md_text(field.value) + marker


def _about_box(item: ArchivedArticle, page_path: str) -> str:
    """A compact, collapsed box: where the text came from and what the archive inferred."""
    article = item.article
    date = Field(article.date.raw, human_date(article.date.value) if article.date.value else None, article.date.inferred)
    rows = [
        ("Outlet", _field_cell(article.source)),
        ("Date", _field_cell(date, "undated")),
        ("Byline", _field_cell(article.byline, "none")),
        ("Title", "inferred from the lede" if article.title.inferred else "headline as published"),
    ]
    if article.dateline.value:
        rows.append(("Dateline", _field_cell(article.dateline)))
    if item.original_url:
        rows.append(("Original", f'<a href="{html_attr(item.original_url)}" rel="nofollow noopener">{md_text(item.original_url)}</a>'))
    rows += [
        ("Source file", f"[<code>{md_text(article.source_file)}</code>]({link(page_path, source_copy_path(article.source_file))})"),
        ("Words", str(article.words)),
        ("Paragraphs", str(len(article.paragraphs))),
        ("Photos", str(len(article.photos))),
    ]
    cells = "".join(f'<dt>{name}</dt>\n<dd markdown="span">{value}</dd>\n' for name, value in rows)
    return f'<details class="archive-about" data-search-exclude markdown="block">\n<summary>About this source</summary>\n<dl markdown="block">\n{cells}</dl>\n</details>\n'


def _linked_text(text: str, links: Sequence[InlineLink], notes: Sequence[Footnote] = ()) -> str:
    """Escape ``text``, turn the given spans into Markdown links and place footnote references."""
    out, position = [], 0
    events = [(link.start, 1, link) for link in links] + [(len(text) if n.at is None else n.at, 0, n) for n in notes]
    for at, _, event in sorted(events, key=lambda e: (e[0], e[1])):
        if at < position:
            continue
        out.append(md_text(text[position:at]))
        position = at
        if isinstance(event, Footnote):
            out.append(f"[^{event.label}]")
            continue
        title = f' "{html_attr(event.title)}"' if event.title else ""
        out.append(f"[{md_text(text[event.start : event.end])}]({event.target}{title})")
        position = event.end
    out.append(md_text(text[position:]))
    return "".join(out)


def _paragraph(paragraph: Paragraph, extras: PageExtras) -> str:
    body = _linked_text(paragraph.text, extras.links.get(paragraph.anchor, ()), extras.footnotes.get(paragraph.anchor, ()))
    permalink = f'<a class="archive-pilcrow" href="#{paragraph.anchor}" title="Link to this paragraph">¶</a>'
    excluded = " data-search-exclude" if not extras.search_full_text and paragraph.anchor != "p-1" else ""
    return f'<p id="{paragraph.anchor}"{excluded} markdown="span">{body} {permalink}</p>\n'


def photo_meta_items(photo: Photo) -> list[tuple[str, str]]:
    """IPTC-named metadata of a photo, in reading order, for the figure and the photo index."""
    credit = photo.credit
    items = [
        ("Photographer", credit.photographer),
        ("Agency", credit.agency),
        ("Distributor", credit.distributor),
        ("Place", photo.place.value),
        ("Date", human_date(photo.date.value) if photo.date.value else None),
    ]
    return [(name, value) for name, value in items if value]


IPTC_FIELDS = {"Photographer": "Creator", "Agency": "Credit Line", "Distributor": "Credit Line", "Place": "Location Shown", "Date": "Date Created"}


def render_figure(photo: Photo, extras: PageExtras = NO_EXTRAS) -> str:
    alt = photo.caption
    if photo.image:
        visual = f"![{md_text(alt)}]({link(extras.path, media_path(photo.image))})"
    else:
        visual = (
            f'<div class="archive-photo-placeholder" role="img" aria-label="{html_attr("Photo not archived: " + alt)}">'
            '<span aria-hidden="true">Photo not archived</span></div>'
        )
    caption = _linked_text(photo.caption, extras.links.get(photo.anchor, ()), extras.footnotes.get(photo.anchor, ()))
    meta = " · ".join(
        f'<span class="archive-meta-{name.lower()}" title="IPTC {IPTC_FIELDS[name]}"><span class="archive-label">{name}:</span> {md_text(value)}</span>'
        for name, value in photo_meta_items(photo)
    )
    pull = f' <a class="archive-pullquote" href="#{photo.pull_quote_of}">(pull quote of ¶{photo.pull_quote_of[2:]})</a>' if photo.pull_quote_of else ""
    return (
        f'<figure id="{photo.anchor}" class="archive-photo" markdown="block">\n'
        f"{visual}\n"
        f'<figcaption markdown="span">{caption}{pull}<br>'
        f'<span class="archive-credit" title="IPTC Credit Line">Credit: {md_text(photo.credit.raw)}</span>'
        f'{"<br>" + meta if meta else ""}</figcaption>\n'
        "</figure>\n"
    )


def _related(story: RelatedStory, item: ArchivedArticle) -> str:
    target = next((r.article_id for r in item.related if r.story is story or r.story == story), None)
    text = md_text(story.text)
    link = f"[{text}]({target}.md)" if target else f'{text} <span class="archive-unknown">(not in the archive)</span>'
    return f'<p class="archive-related" markdown="span"><span class="archive-label">Related story:</span> {link}</p>\n'


def _footnote_definitions(article: Article, extras: PageExtras) -> str:
    """Definitions in reading order: Python-Markdown numbers footnotes by their definitions."""
    anchors = [getattr(block, "anchor", None) for block in article.blocks]
    definitions = [
        note
        for anchor in anchors
        if anchor
        for note in sorted(extras.footnotes.get(anchor, ()), key=lambda n: (n.at is None, n.at or 0, n.label))
    ]
    return "\n".join(f"[^{note.label}]: {note.markdown}" for note in definitions) + ("\n" if definitions else "")


def article_jsonld(item: ArchivedArticle, page_url: str, site_root: str) -> dict:
    """schema.org NewsArticle with one ImageObject per photo (IPTC fields mapped to schema.org).

    ``page_url`` and ``site_root`` are absolute where the site's address is known, else
    relative to the page itself, so the identifiers resolve from any host or from disk."""
    article = item.article
    images = []
    for photo in article.photos:
        image: dict = {"@type": "ImageObject", "@id": f"{page_url}#{photo.anchor}", "caption": photo.caption, "creditText": photo.credit.raw}
        if photo.credit.photographer:
            image["creator"] = {"@type": "Person", "name": photo.credit.photographer}
        elif photo.credit.agency:
            image["creator"] = {"@type": "Organization", "name": photo.credit.agency}
        if photo.credit.agency:
            image["copyrightHolder"] = {"@type": "Organization", "name": photo.credit.agency}
        if photo.place.value:
            image["contentLocation"] = {"@type": "Place", "name": photo.place.value}
        if photo.date.value:
            image["dateCreated"] = photo.date.value
        images.append(image)
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": page_url,
        "headline": article.title.value,
        "description": description_of(article),
        "wordCount": article.words,
        "isBasedOn": site_root + quote(source_copy_path(article.source_file)),
    }
    if article.date.value:
        data["datePublished"] = article.date.value
    if article.source.value:
        data["publisher"] = {"@type": "Organization", "name": article.source.value}
    if article.byline.value:
        data["author"] = {"@type": "Person", "name": article.byline.value}
    if images:
        data["image"] = images
    return data
