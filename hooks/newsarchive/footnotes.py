"""Cross-references on article pages: a footnote per fact a sentence shares with other sources,
and the "Other sources on this story" block. The pages listing every fact are ``xrefpages``.

A footnote cites the whole fact group the sentence belongs to ("Also reported by A ¶2, B ¶5;
C gives a different figure: 93,000 where this article gives 200,000"): everything is found and
exported, and only what one footnote shows is limited (``SHOWN_SOURCES``), the rest is one
link away on the cross-reference page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .differences import NOT_DENIED
from .markup import el, esc
from .model import STANDFIRST_ANCHOR, Archive, ArchivedArticle, Article
from .outlets import source_label
from .page import anchor_label, human_date, title_of
from .paths import SitePaths
from .render import Footnote
from .xrefmodel import TITLE_ANCHOR, Basis, CrossReference, DetailKind, Passage

SHOWN_SOURCES = 6
"""Sources one footnote names; the others are counted and listed on the cross-reference page."""
SHOWN_STORY_ARTICLES = 20
"""Articles the "Other sources on this story" block lists; the others are counted."""
DETAIL_NAMES = {
    DetailKind.COUNT: "figure",
    DetailKind.MAGNITUDE: "magnitude",
    DetailKind.SCORE: "score",
    DetailKind.DATE: "date",
    DetailKind.TIME: "time",
    DetailKind.PERSON: "person",
    DetailKind.AGE: "age",
    DetailKind.NATIONALITY: "nationality",
    DetailKind.PLACE: "place",
}
"""What a source gives differently, by kind ("gives a different date", on the contested page
"gives the date late 2013"); a denial is told in its own words."""


def place_label(anchor: str, article: Article | None = None) -> str:
    """Where in an article a passage stands, as a reader names it: ``¶4`` (its number today in
    ``article``), ``photo 2``, ``headline``."""
    if anchor == TITLE_ANCHOR:
        return "headline"
    if anchor == STANDFIRST_ANCHOR:
        return "standfirst"
    return anchor_label(anchor, article=article)


def passage_href(paths: SitePaths, page: str, passage: Passage) -> str:
    """A link to a passage: the page's headline has no anchor of its own, so it is the page."""
    anchor = None if passage.anchor == TITLE_ANCHOR else passage.anchor
    return paths.href(page, paths.article(passage.article_id), anchor)


@dataclass(frozen=True)
class _Cited:
    """One other source of a fact, as seen from one passage."""

    pair: CrossReference
    here: Passage
    there: Passage

    def differences(self) -> list[tuple[DetailKind, str, str]]:
        """(kind, what this passage gives, what the other gives) for each difference."""
        flip = _key(self.here) != _key(self.pair.a)
        return [(d.kind, d.there, d.here) if flip else (d.kind, d.here, d.there) for d in self.pair.differences]


def _key(passage: Passage) -> tuple[str, str, int]:
    return passage.article_id, passage.anchor, passage.start


def cited_by_passage(archive: Archive) -> dict[tuple[str, str, int], dict[str, list[_Cited]]]:
    """Passage key -> fact id -> the other sources of that fact, strongest first."""
    found: dict[tuple[str, str, int], dict[str, list[_Cited]]] = defaultdict(lambda: defaultdict(list))
    for pair in archive.cross_references:
        fact = pair.fact or f"pair-{_key(pair.a)}"
        found[_key(pair.a)][fact].append(_Cited(pair, pair.a, pair.b))
        found[_key(pair.b)][fact].append(_Cited(pair, pair.b, pair.a))
    for facts in found.values():
        for cited in facts.values():
            cited.sort(key=lambda c: (-c.pair.score, _key(c.there)))
    return found


def fact_note(
    cited: Sequence[_Cited], by_id: dict[str, ArchivedArticle], paths: SitePaths, page: str, fact_link: str | None
) -> str:
    """One fact's footnote: who else reports it, who gives a detail differently, and where.
    Each source is named once, with every place it tells the fact (``¶1``, ``headline``)."""
    agreeing = _by_source([c for c in cited if not c.pair.differences])
    differing = _by_source([c for c in cited if c.pair.differences])
    parts = []
    if agreeing:
        first = agreeing[0][0]
        parts.append(
            el("span", "Also reported", class_="archive-xref-agrees")
            + " by "
            + ", ".join(_where(source, by_id, paths, page) for source in agreeing[:SHOWN_SOURCES])
            + _more(len(agreeing) - SHOWN_SOURCES, fact_link)
            + f": “{esc(first.there.sentence)}”"
            + (f" ({esc(first.pair.basis)})" if first.pair.basis in (Basis.CONFIRMED, Basis.ADDED) else "")
        )
    for source in differing[:SHOWN_SOURCES]:
        first = source[0]
        parts.append(
            el("span", "Differs", class_="archive-xref-differs")
            + " — "
            + _where(source, by_id, paths, page)
            + " "
            + "; ".join(_difference_words(kind, mine, theirs) for kind, mine, theirs in first.differences())
            + f": “{esc(first.there.sentence)}”"
        )
    if len(differing) > SHOWN_SOURCES:
        parts.append(_more(len(differing) - SHOWN_SOURCES, fact_link).removeprefix(" and "))
    return "; ".join(parts)


def _by_source(cited: Sequence[_Cited]) -> list[list[_Cited]]:
    """The citations grouped by the other article, in the order of each's strongest."""
    grouped: dict[str, list[_Cited]] = {}
    for c in cited:
        grouped.setdefault(c.there.article_id, []).append(c)
    return list(grouped.values())


def _where(source: Sequence[_Cited], by_id: dict[str, ArchivedArticle], paths: SitePaths, page: str) -> str:
    """``Outlet, date, ¶3`` (each place a link), for one other article's citations."""
    item = by_id[source[0].there.article_id]
    places = sorted(
        {c.there.anchor: c.there for c in source}.values(), key=lambda p: (p.anchor != TITLE_ANCHOR, p.start)
    )
    links = ", ".join(
        el("a", esc(place_label(p.anchor, item.article)), href=passage_href(paths, page, p)) for p in places
    )
    return f"{esc(source_label(item))}, {human_date(item.article.date.value)}, {links}"


def _more(count: int, fact_link: str | None) -> str:
    if count <= 0:
        return ""
    words = f"{count:,} more source{'s' if count > 1 else ''}"
    return " and " + (el("a", words, href=fact_link) if fact_link else words)


def _difference_words(kind: DetailKind, mine: str, theirs: str) -> str:
    if kind is DetailKind.DENIAL:
        return (
            f"denies it ({el('strong', esc(theirs))})" if theirs != NOT_DENIED else "reports what this article denies"
        )
    return (
        f"gives a different {DETAIL_NAMES.get(kind, 'detail')}: {el('strong', esc(theirs))} "
        f"where this article gives {el('strong', esc(mine))}"
    )


def xref_footnotes(
    archive: Archive, paths: SitePaths, fact_pages: dict[str, str] | None = None
) -> dict[str, dict[str, list[Footnote]]]:
    """Article id -> anchor -> footnotes, one per fact a sentence shares, at the sentence's end.

    The headline has no place for a marker: its facts are told in the story block instead.
    ``fact_pages`` maps a fact id to the cross-reference page listing it (for "and N more")."""
    by_id = archive.by_id()
    notes: dict[str, dict[str, list[Footnote]]] = defaultdict(lambda: defaultdict(list))
    for (article_id, anchor, start), facts in sorted(cited_by_passage(archive).items()):
        if anchor == TITLE_ANCHOR:
            continue
        page = paths.article(article_id)
        for fact, cited in sorted(facts.items()):
            here = cited[0].here
            link = _fact_link(paths, page, fact, fact_pages)
            notes[article_id][anchor].append(
                Footnote(
                    f"{fact}-{_label_part(anchor)}-{start}",
                    fact_note(cited, by_id, paths, page, link),
                    at=start + len(here.sentence),
                )
            )
    return notes


def _fact_link(paths: SitePaths, page: str, fact: str, fact_pages: dict[str, str] | None) -> str | None:
    target = (fact_pages or {}).get(fact)
    return paths.href(page, target, fact) if target else None


def _label_part(anchor: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in anchor)


def story_blocks(archive: Archive, paths: SitePaths, fact_pages: dict[str, str] | None = None) -> dict[str, str]:
    """Article id -> the inside of its "Other sources on this story" block (HTML)."""
    by_id = archive.by_id()
    headline_facts = {
        article_id: facts
        for (article_id, anchor, _), facts in cited_by_passage(archive).items()
        if anchor == TITLE_ANCHOR
    }
    blocks: dict[str, str] = {}
    for story in archive.story_groups:
        for article_id in story.articles:
            page = paths.article(article_id)
            others = sorted(
                (by_id[other] for other in story.articles if other != article_id and other in by_id),
                key=lambda item: (item.article.date.value or "", title_of(item.article), item.id),
            )
            items = [
                el(
                    "li",
                    el("a", esc(title_of(item.article)), href=paths.href(page, paths.article(item.id)))
                    + f" — {esc(source_label(item))}, {human_date(item.article.date.value)}",
                )
                for item in others[:SHOWN_STORY_ARTICLES]
            ]
            hidden = len(others) - len(items)
            if hidden > 0:
                items.append(el("li", f"and {hidden:,} more"))
            parts = [el("ul", "\n" + "\n".join(items) + "\n")]
            for fact, fact_cited in sorted(headline_facts.get(article_id, {}).items()):
                note = fact_note(fact_cited, by_id, paths, page, _fact_link(paths, page, fact, fact_pages))
                parts.append(el("p", el("span", "The headline:", class_="archive-label") + " " + note))
            blocks[article_id] = "\n".join(parts)
    return blocks
