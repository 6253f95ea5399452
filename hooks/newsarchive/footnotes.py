"""Cross-references on the page: a footnote in both articles of a pair, and pages listing them all."""

from __future__ import annotations

from collections import defaultdict

from .listings import year_of
from .markup import el, esc, lines
from .model import Archive, ArchivedArticle, CrossReference, Passage, Relation
from .page import Headings, RenderedPage, anchor_label, human_date, plural, title_of
from .paths import SitePaths
from .render import Footnote


def source_name(item: ArchivedArticle) -> str:
    """The outlet, or where the copy never names one, the article itself (by its title)."""
    return item.article.source.value or f"“{title_of(item.article)}”"


def footnote_html(xref: CrossReference, here: Passage, there: Passage, other: ArchivedArticle, paths: SitePaths) -> str:
    """What the reader sees: who else reports it, in their words, and where; what differs."""
    page = paths.article(here.article_id)
    quote = f"“{esc(there.sentence)}”"
    where = el(
        "a",
        f"{esc(title_of(other.article))}, {anchor_label(there.anchor)}",
        href=paths.href(page, paths.article(other.id), there.anchor),
    )
    who = f"{esc(source_name(other))}, {human_date(other.article.date.value)}"
    if xref.relation is Relation.DIFFERS:
        here_says, _, there_says = (xref.difference or "").partition(" against ")
        if here is xref.b:
            here_says, there_says = there_says, here_says
        detail = (
            f" gives {el('strong', esc(there_says))} where this article gives {el('strong', esc(here_says))}"
            if there_says
            else ""
        )
        return f"{el('span', 'Differs', class_='archive-xref-differs')} — {who}{detail}: {quote} — {where}"
    return f"{el('span', 'Also reported', class_='archive-xref-agrees')} by {who}: {quote} — {where}"


def xref_footnotes(archive: Archive, paths: SitePaths) -> dict[str, dict[str, list[Footnote]]]:
    """Article id -> anchor -> footnotes, each placed at the end of its sentence."""
    by_id = archive.by_id()
    notes: dict[str, dict[str, list[Footnote]]] = defaultdict(lambda: defaultdict(list))
    for number, xref in enumerate(archive.cross_references, start=1):
        for side, (here, there) in enumerate(((xref.a, xref.b), (xref.b, xref.a))):
            label = f"xref-{number}{'ab'[side]}"
            text = footnote_html(xref, here, there, by_id[there.article_id], paths)
            notes[here.article_id][here.anchor].append(Footnote(label, text, at=here.start + len(here.sentence)))
    return notes


def _pairs_by_year(archive: Archive) -> dict[str, dict[tuple[str, str], list[CrossReference]]]:
    """Cross-references grouped by pair of articles, pairs filed under the newer article's year."""
    by_id = archive.by_id()
    years: dict[str, dict[tuple[str, str], list[CrossReference]]] = defaultdict(lambda: defaultdict(list))
    for xref in archive.cross_references:
        pair = tuple(sorted((xref.a.article_id, xref.b.article_id)))
        year = max(year_of(by_id[pair[0]]), year_of(by_id[pair[1]]))
        years[year][pair].append(xref)
    return years


def cross_reference_pages(archive: Archive, paths: SitePaths) -> list[RenderedPage]:
    """An index and a page per year: one page of every pair would grow with the whole archive."""
    years = _pairs_by_year(archive)
    differs = sum(x.relation is Relation.DIFFERS for x in archive.cross_references)
    page, headings = paths.cross_references_index(), Headings()
    total = len(archive.cross_references)
    blocks = [
        headings.add(1, "Cross-references"),
        el(
            "p",
            f"{plural(total, 'passage')} of one source matched with another source's: {total - differs:,} agree, "
            f"{differs:,} differ. Each is also a footnote in both articles.",
        ),
    ]
    items = [
        el(
            "li",
            el("a", year, href=paths.href(page, paths.cross_references_year(year)))
            + f": {plural(sum(len(x) for x in years[year].values()), 'cross-reference')}",
        )
        for year in sorted(years, reverse=True)
    ]
    if items:
        blocks.append(el("ul", "\n" + "\n".join(items) + "\n"))
    pages = [RenderedPage(page, "Cross-references", lines(blocks), tuple(headings.items))]
    for year, pairs in sorted(years.items()):
        pages.append(_render_year(archive, year, pairs, paths))
    return pages


def _render_year(
    archive: Archive, year: str, pairs: dict[tuple[str, str], list[CrossReference]], paths: SitePaths
) -> RenderedPage:
    """Where the outlets agree and where they differ, pair of articles by pair."""
    by_id = archive.by_id()
    page, headings = paths.cross_references_year(year), Headings()
    title = f"Cross-references, {year}"
    blocks = [headings.add(1, title)]
    for (first, second), xrefs in sorted(pairs.items()):
        a, b = by_id[first], by_id[second]
        blocks.append(headings.add(2, f"{source_name(a)} and {source_name(b)}"))
        blocks.append(
            el(
                "p",
                " · ".join(
                    el("a", esc(title_of(x.article)), href=paths.href(page, paths.article(x.id)))
                    + f" ({human_date(x.article.date.value)})"
                    for x in (a, b)
                ),
            )
        )
        items = []
        for xref in xrefs:
            left, right = (xref.a, xref.b) if xref.a.article_id == first else (xref.b, xref.a)
            badge = (
                el("strong", "Differ") + (f" ({esc(xref.difference)})" if xref.difference else "")
                if xref.relation is Relation.DIFFERS
                else el("strong", "Agree")
            )
            sides = "".join(
                el(
                    "li",
                    f"{esc(source_name(item))}: “{esc(passage.sentence)}” "
                    + el(
                        "a", anchor_label(passage.anchor), href=paths.href(page, paths.article(item.id), passage.anchor)
                    ),
                )
                for item, passage in ((a, left), (b, right))
            )
            items.append(el("li", f"{badge}, score {xref.score:.2f}, {esc(xref.basis)}" + el("ul", sides)))
        blocks.append(el("ul", "\n" + "\n".join(items) + "\n"))
    return RenderedPage(page, title, lines(blocks), tuple(headings.items), in_search=False)
