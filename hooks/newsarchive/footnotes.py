"""Cross-references on the page: a footnote in both articles of a pair, and a page listing them all."""

from __future__ import annotations

from collections import defaultdict

from .listings import year_of
from .markup import NOT_IN_SEARCH, md_text
from .model import Archive, ArchivedArticle, CrossReference, Passage, Relation
from .render import Footnote, human_date


def _anchor_label(anchor: str) -> str:
    return f"photo {anchor.removeprefix('photo-')}" if anchor.startswith("photo-") else f"¶{anchor.removeprefix('p-')}"


def _outlet(item: ArchivedArticle) -> str:
    return item.article.source.value or "Another source (outlet not named)"


def footnote_text(xref: CrossReference, here: Passage, there: Passage, other: ArchivedArticle) -> str:
    """What the reader sees: who else reports it, in their words, and where; what differs."""
    quote = f"“{md_text(there.sentence)}”"
    where = f"[{md_text(other.article.title.value or 'Untitled article')}, {_anchor_label(there.anchor)}]({other.id}.md#{there.anchor})"
    who = f"{md_text(_outlet(other))}, {human_date(other.article.date.value)}"
    if xref.relation is Relation.DIFFERS:
        here_says, _, there_says = (xref.difference or "").partition(" against ")
        if here is xref.b:
            here_says, there_says = there_says, here_says
        detail = f" gives **{md_text(there_says)}** where this article gives **{md_text(here_says)}**" if there_says else ""
        return f'<span class="archive-xref-differs">Differs</span> — {who}{detail}: {quote} — {where}'
    return f'<span class="archive-xref-agrees">Also reported</span> by {who}: {quote} — {where}'


def xref_footnotes(archive: Archive) -> dict[str, dict[str, list[Footnote]]]:
    """Article id -> anchor -> footnotes, each placed at the end of its sentence."""
    by_id = archive.by_id()
    notes: dict[str, dict[str, list[Footnote]]] = defaultdict(lambda: defaultdict(list))
    for number, xref in enumerate(archive.cross_references, start=1):
        for side, (here, there) in enumerate(((xref.a, xref.b), (xref.b, xref.a))):
            label = f"xref-{number}{'ab'[side]}"
            text = footnote_text(xref, here, there, by_id[there.article_id])
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


def cross_reference_pages(archive: Archive) -> dict[str, str]:
    """An index and a page per year: one page of every pair would grow with the whole archive."""
    years = _pairs_by_year(archive)
    differs = sum(x.relation is Relation.DIFFERS for x in archive.cross_references)
    lines = [
        "# Cross-references", "",
        f"{len(archive.cross_references)} passages of one source matched with another source's: "
        f"{len(archive.cross_references) - differs} agree, {differs} differ. Each is also a footnote in both articles.", "",
    ]
    lines += [f"- [{year}]({year}.md): {sum(len(x) for x in years[year].values())} cross-references" for year in sorted(years, reverse=True)]
    pages = {"cross-references/index.md": "\n".join(lines) + "\n"}
    for year, pairs in years.items():
        pages[f"cross-references/{year}.md"] = _render_year(archive, year, pairs)
    return pages


def _render_year(archive: Archive, year: str, pairs: dict[tuple[str, str], list[CrossReference]]) -> str:
    """Where the outlets agree and where they differ, pair of articles by pair."""
    by_id = archive.by_id()
    lines = [NOT_IN_SEARCH + f"# Cross-references, {year}", ""]
    for (first, second), xrefs in sorted(pairs.items()):
        a, b = by_id[first], by_id[second]
        lines += [f"## {md_text(_outlet(a))} and {md_text(_outlet(b))}", "",
                  f"[{md_text(a.article.title.value or '')}](../articles/{a.id}.md) ({human_date(a.article.date.value)}) · "
                  f"[{md_text(b.article.title.value or '')}](../articles/{b.id}.md) ({human_date(b.article.date.value)})", ""]
        for xref in xrefs:
            left, right = (xref.a, xref.b) if xref.a.article_id == first else (xref.b, xref.a)
            badge = "**Differ**" + (f" ({md_text(xref.difference)})" if xref.difference else "") if xref.relation is Relation.DIFFERS else "**Agree**"
            lines += [
                f"- {badge}, score {xref.score:.2f}, {md_text(xref.basis)}",
                f"    - {md_text(_outlet(a))}: “{md_text(left.sentence)}” [{_anchor_label(left.anchor)}](../articles/{first}.md#{left.anchor})",
                f"    - {md_text(_outlet(b))}: “{md_text(right.sentence)}” [{_anchor_label(right.anchor)}](../articles/{second}.md#{right.anchor})",
            ]
        lines.append("")
    return "\n".join(lines)
