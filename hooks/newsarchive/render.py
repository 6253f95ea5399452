"""Article pages as HTML, and their schema.org JSON-LD.

Every piece of seed text goes through ``markup.esc``; the only markup on a page is what this
module writes. Links are computed from the page's own path (``SitePaths.href``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .aboutbox import about_box
from .anchors import alias_order
from .markup import el, esc, lines, void
from .model import (
    STANDFIRST_ANCHOR,
    ArchivedArticle,
    Article,
    Paragraph,
    Photo,
    RelatedStory,
    Subheading,
    Video,
)
from .page import (
    OUTLET_UNKNOWN,
    Headings,
    RenderedPage,
    anchor_label,
    description_of,
    human_date,
    human_date_and_time,
    title_of,
)
from .paths import SitePaths
from .photometa import photo_fields


@dataclass(frozen=True)
class Footnote:
    """A footnote placed after a paragraph or caption (cross-references use these)."""

    label: str
    """Unique on the page (``xref-3a``): the note is ``fn:<label>``, its marker ``fnref:<label>``."""
    html: str
    """The footnote's body, already built HTML."""
    at: int | None = None
    """Offset in the paragraph or caption text where the marker goes (end of its sentence)."""


@dataclass(frozen=True)
class InlineLink:
    """A span of a paragraph or caption to link (an entity mention): [start, end) in the text."""

    start: int
    end: int
    target: str
    """Docs path of the page it links to (``places/raqqa.md``)."""
    title: str = ""


@dataclass(frozen=True)
class PageExtras:
    """What later stages add to an article page, keyed by paragraph or photo anchor."""

    footnotes: Mapping[str, Sequence[Footnote]] = field(default_factory=dict)
    links: Mapping[str, Sequence[InlineLink]] = field(default_factory=dict)
    older: ArchivedArticle | None = None
    """The next article back in date order (articles are reached by date, not by the nav)."""
    newer: ArchivedArticle | None = None
    listing: str | None = None
    """Docs path of the listing the article belongs to (its year), for the way back."""
    search_full_text: bool = True
    """False: only the lede of the body goes into the search index (large archives)."""
    story_sources: str = ""
    """The inside of the "Other sources on this story" block, already built HTML (``footnotes``)."""
    cite_box: str = ""
    """The "Cite this article" box, already built HTML (``citebox``), shown under "About this source"."""
    notices: Sequence[str] = ()
    """Blocks other views put under the header (HTML already built): a link to the contested facts."""


NO_EXTRAS = PageExtras()


def article_meta(item: ArchivedArticle) -> dict[str, str | None]:
    article = item.article
    return {
        "date": article.date.value,
        "source": article.source.value,
        "description": description_of(article),
        "archive_id": item.id,
    }


class _ArticlePage:
    """One article page being written: its path, its links and its footnotes in reading order."""

    def __init__(self, item: ArchivedArticle, paths: SitePaths, extras: PageExtras) -> None:
        self.item, self.paths, self.extras = item, paths, extras
        self.path = paths.article(item.id)
        self.headings = Headings()
        self.notes_in_order: list[Footnote] = []
        self.aliases: dict[str, list[str]] = {}
        """Paragraph anchor -> the older anchors that lead to it (``p-4``, a joined paragraph's)."""
        for alias, anchor in sorted(item.anchor_aliases.items(), key=lambda pair: alias_order(pair[0])):
            self.aliases.setdefault(anchor, []).append(alias)
        self.related_targets: dict[RelatedStory, str | None] = {}
        """Related-story line -> the article it names, as first resolved (one lookup per line: a
        box of thousands of links searched the whole list for each was quadratic)."""
        for resolved in item.related:
            self.related_targets.setdefault(resolved.story, resolved.article_id)

    def href(self, target: str, anchor: str | None = None) -> str:
        return self.paths.href(self.path, target, anchor)

    def render(self) -> RenderedPage:
        article = self.item.article
        notes: dict[str, list[str]] = {}
        for note in self.item.notes:
            notes.setdefault(note.anchor, []).append(note.text)
        blocks = [
            self._title(),
            self._standfirst(),
            _kicker(article),
            about_box(self.item, self.href(self.paths.source_copy(article.source_file))),
        ]
        blocks.append(self.extras.cite_box)
        blocks += self.extras.notices
        for block in article.blocks:
            blocks.append(self._block(block))
            blocks += [_editor_note(text) for text in notes.get(getattr(block, "anchor", ""), ())]
        blocks += [self._story_sources(), self._date_neighbours(), self._footnote_list()]
        return RenderedPage(
            self.path, title_of(article), lines(blocks), tuple(self.headings.items), True, article_meta(self.item)
        )

    def _block(self, block: object) -> str:
        if isinstance(block, Paragraph):
            return self._paragraph(block)
        if isinstance(block, Subheading):
            return self.headings.add(2, block.text, anchor=block.anchor)
        if isinstance(block, Photo):
            return self._figure(block)
        if isinstance(block, Video):
            return el(
                "p",
                el("span", "Video (not archived):", class_="archive-label")
                + " "
                + esc(block.text)
                + (
                    " " + el("span", esc(block.description), class_="archive-video-description")
                    if block.description
                    else ""
                ),
                class_="archive-video",
            )
        if isinstance(block, RelatedStory):
            return self._related(block)
        return ""

    def _title(self) -> str:
        """The headline. The search index takes a result's title from it, so it also holds the
        outlet and the date, hidden: a result then says who published it and when."""
        article = self.item.article
        context = f" — {article.source.value or OUTLET_UNKNOWN}, {human_date(article.date.value)}"
        hidden = el("span", esc(context), class_="archive-search-context", hidden=True)
        return self.headings.add(1, title_of(article), inner_html=esc(title_of(article)) + hidden)

    def _standfirst(self) -> str:
        """The summary under the headline, as the page set it (entity links and notes as a paragraph's)."""
        standfirst = self.item.article.standfirst.value
        if not standfirst:
            return ""
        return el(
            "p",
            self._linked_text(standfirst, STANDFIRST_ANCHOR),
            id=STANDFIRST_ANCHOR,
            class_="archive-standfirst",
        )

    def _linked_text(self, text: str, anchor: str) -> str:
        """Escape ``text``, link the given spans and place footnote markers at their offsets."""
        links = self.extras.links.get(anchor, ())
        notes = sorted(
            self.extras.footnotes.get(anchor, ()), key=lambda n: (n.at is None, n.at or 0)
        )  # stable: cross-reference order
        events = [(link.start, 1, link) for link in links] + [
            (len(text) if n.at is None else n.at, 0, n) for n in notes
        ]
        out, position, after_note = [], 0, False
        for at, _, event in sorted(events, key=lambda e: (e[0], e[1])):
            if at < position and isinstance(event, InlineLink):
                continue
            at = max(at, position)
            out.append(esc(text[position:at]))
            position = at
            if isinstance(event, Footnote):
                if out and out[-1] == "" and after_note:
                    # Markers side by side would read as one number ("23" for notes 2 and 3).
                    out.append(el("sup", ",", class_="archive-fn-sep", aria_hidden="true", data_search_exclude=True))
                self.notes_in_order.append(event)
                number = len(self.notes_in_order)
                out.append(
                    el(
                        "sup",
                        el("a", str(number), class_="footnote-ref", href=f"#fn:{event.label}"),
                        id=f"fnref:{event.label}",
                        data_search_exclude=True,
                    )
                )
                after_note = True
                continue
            after_note = False
            out.append(
                el("a", esc(text[event.start : event.end]), href=self.href(event.target), title=event.title or None)
            )
            position = event.end
        out.append(esc(text[position:]))
        return "".join(out)

    def _paragraph(self, paragraph: Paragraph) -> str:
        body = self._linked_text(paragraph.text, paragraph.anchor)
        number = self.item.article.paragraph_numbers[paragraph.anchor]
        permalink = el(
            "a",
            "¶",
            class_="archive-pilcrow",
            href=f"#{paragraph.anchor}",
            title=f"¶{number}: link to cite it",
            aria_label=f"Link to paragraph {number}",
            data_number=number,
            data_search_exclude=True,
        )
        # Older anchors of the paragraph (the ordinal of earlier citations) are empty targets in
        # it: they resolve without a script, from disk as on a server.
        targets = "".join(
            el("span", id=alias, class_="archive-anchor") for alias in self.aliases.get(paragraph.anchor, ())
        )
        excluded = not self.extras.search_full_text and number != 1
        return el("p", f"{targets}{body} {permalink}", id=paragraph.anchor, data_search_exclude=excluded)

    def _figure(self, photo: Photo) -> str:
        alt = photo.caption
        if photo.image:
            visual = void("img", src=self.href(self.paths.media(photo.image)), alt=alt)
        else:
            visual = el(
                "div",
                el("span", "Photo not archived", aria_hidden="true"),
                class_="archive-photo-placeholder",
                role="img",
                aria_label="Photo not archived: " + alt,
            )
        caption = self._linked_text(photo.caption, photo.anchor)
        pull = (
            " "
            + el(
                "a",
                f"(pull quote of {anchor_label(photo.pull_quote_of, article=self.item.article)})",
                class_="archive-pullquote",
                href=f"#{photo.pull_quote_of}",
            )
            if photo.pull_quote_of
            else ""
        )
        meta = " · ".join(
            el(
                "span",
                el("span", f"{f.label}:", class_="archive-label")
                + " "
                + esc(human_date(value) if f.key == "date" else value),
                class_=f"archive-meta-{f.label.lower()}",
                title=f"IPTC {f.iptc}",
            )
            for f, value in photo_fields(photo)
        )
        credit = el("span", "Credit: " + esc(photo.credit.raw), class_="archive-credit", title="IPTC Credit Line")
        # Blocks of their own, so search shows the caption or the credit that matched, and
        # never the metadata line (which repeats both).
        figcaption = el(
            "figcaption",
            el("p", caption + pull, class_="archive-caption")
            + el("p", credit)
            + (el("p", meta, class_="archive-photo-meta", data_search_exclude=True) if meta else ""),
        )
        return el(
            "figure",
            "\n" + visual + "\n" + figcaption + "\n",
            id=photo.anchor,
            class_="archive-photo" if photo.image else "archive-photo archive-photo-missing",
        )

    def _related(self, story: RelatedStory) -> str:
        target = self.related_targets.get(story)
        text = esc(story.text)
        link = (
            el("a", text, href=self.href(self.paths.article(target)))
            if target
            else text + " " + el("span", "(not in the archive)", class_="archive-unknown")
        )
        return el("p", el("span", "Related story:", class_="archive-label") + " " + link, class_="archive-related")

    def _story_sources(self) -> str:
        """The other articles of the article's story, and what its headline shares with them."""
        if not self.extras.story_sources:
            return ""
        heading = self.headings.add(2, "Other sources on this story", search=False)
        return el(
            "section",
            "\n" + heading + "\n" + self.extras.story_sources + "\n",
            class_="archive-story-sources",
            data_search_exclude=True,
        )

    def _date_neighbours(self) -> str:
        """Previous and next article by date, and the way back to the listing."""
        extras, links = self.extras, []
        if extras.older:
            links.append(
                el(
                    "span",
                    "← Older: "
                    + el("a", esc(title_of(extras.older.article)), href=self.href(self.paths.article(extras.older.id))),
                    class_="archive-older",
                )
            )
        if extras.listing:
            links.append(el("a", "All articles of the year", href=self.href(extras.listing)))
        if extras.newer:
            links.append(
                el(
                    "span",
                    "Newer: "
                    + el("a", esc(title_of(extras.newer.article)), href=self.href(self.paths.article(extras.newer.id)))
                    + " →",
                    class_="archive-newer",
                )
            )
        return el("nav", " · ".join(links), class_="archive-neighbours", aria_label="Articles by date") if links else ""

    def _footnote_list(self) -> str:
        """The notes in the order their markers appear, numbered as the markers are."""
        if not self.notes_in_order:
            return ""
        items = []
        for number, note in enumerate(self.notes_in_order, start=1):
            back = el(
                "a",
                "↩",
                class_="footnote-backref",
                href=f"#fnref:{note.label}",
                title=f"Jump back to footnote {number} in the text",
            )
            items.append(el("li", "\n" + el("p", f"{note.html} {back}") + "\n", id=f"fn:{note.label}"))
        return el(
            "div",
            "\n" + void("hr") + "\n" + el("ol", "\n" + "\n".join(items) + "\n") + "\n",
            class_="footnote",
            data_search_exclude=True,
        )


def render_article(
    item: ArchivedArticle, paths: SitePaths | None = None, extras: PageExtras = NO_EXTRAS
) -> RenderedPage:
    """The whole page of one article."""
    return _ArticlePage(item, paths or SitePaths(), extras).render()


def _editor_note(text: str) -> str:
    """An editor's note, styled as a Material admonition; its text is shown literally."""
    return el(
        "div",
        "\n" + el("p", "Editor's note", class_="admonition-title") + "\n" + el("p", esc(text)) + "\n",
        class_="admonition note archive-editor-note",
    )


def _kicker(article: Article) -> str:
    bits = [article.source.value or OUTLET_UNKNOWN, human_date_and_time(article)]
    if article.byline.value:
        bits.append(f"by {article.byline.value}")
    agency = article.agency.value
    if agency and agency.lower() not in (article.byline.value or "").lower():
        bits.append(f"via {agency}")
    return el("p", " · ".join(esc(bit) for bit in bits), class_="archive-kicker")
