"""The cross-reference pages: an index, and a page per year listing every fact that several
sources report, story by story, with each source's words and what they give differently."""

from __future__ import annotations

from collections import defaultdict

from .footnotes import passage_href, place_label
from .listings import year_of
from .markup import el, esc, lines
from .model import Archive
from .outlets import source_label
from .page import Headings, RenderedPage, human_date, plural, title_of
from .paths import SitePaths
from .xrefmodel import CrossReference, FactGroup, Relation, StoryGroup

NO_STORY = "other"
"""Key of the facts an editor linked across stories."""


def fact_years(archive: Archive) -> dict[str, str]:
    """Fact id -> the year it is filed under: its newest article's."""
    by_id = archive.by_id()
    return {
        fact.id: max(year_of(by_id[p.article_id]) for p in fact.passages if p.article_id in by_id)
        for fact in archive.fact_groups
        if any(p.article_id in by_id for p in fact.passages)
    }


def fact_pages(archive: Archive, paths: SitePaths) -> dict[str, str]:
    """Fact id -> the docs path of the page that lists it (its anchor is the fact id)."""
    return {fact: paths.cross_references_year(year) for fact, year in fact_years(archive).items()}


def cross_reference_pages(archive: Archive, paths: SitePaths) -> list[RenderedPage]:
    """An index and a page per year: one page of every fact would grow with the whole archive."""
    years = fact_years(archive)
    by_year: dict[str, list[FactGroup]] = defaultdict(list)
    for fact in archive.fact_groups:
        if fact.id in years:
            by_year[years[fact.id]].append(fact)
    differ = sum(f.relation is Relation.DIFFERS for f in archive.fact_groups)
    total = len(archive.fact_groups)
    page, headings = paths.cross_references_index(), Headings()
    blocks = [
        headings.add(1, "Cross-references"),
        el(
            "p",
            f"{plural(total, 'fact')} reported by more than one source, in "
            f"{plural(len(archive.story_groups), 'story', 'stories')}: in {total - differ:,} the sources agree, "
            f"in {differ:,} one gives a detail differently. {plural(len(archive.cross_references), 'pair')} of "
            "passages in all; each fact is a footnote in every article that reports it.",
        ),
    ]
    items = [
        el(
            "li",
            el("a", year, href=paths.href(page, paths.cross_references_year(year)))
            + f": {plural(len(by_year[year]), 'fact')}",
        )
        for year in sorted(by_year, reverse=True)
    ]
    if items:
        blocks.append(el("ul", "\n" + "\n".join(items) + "\n"))
    pages = [RenderedPage(page, "Cross-references", lines(blocks), tuple(headings.items))]
    pairs_by_fact: dict[str, list[CrossReference]] = defaultdict(list)
    for pair in archive.cross_references:
        pairs_by_fact[pair.fact or ""].append(pair)
    for year, facts in sorted(by_year.items()):
        pages.append(_render_year(archive, year, facts, pairs_by_fact, paths))
    return pages


def _render_year(
    archive: Archive,
    year: str,
    facts: list[FactGroup],
    pairs_by_fact: dict[str, list[CrossReference]],
    paths: SitePaths,
) -> RenderedPage:
    """The year's facts under their story, each with its sources' words."""
    by_id = archive.by_id()
    stories = {story.id: story for story in archive.story_groups}
    page, headings = paths.cross_references_year(year), Headings()
    title = f"Cross-references, {year}"
    blocks = [headings.add(1, title)]
    by_story: dict[str, list[FactGroup]] = defaultdict(list)
    for fact in facts:
        by_story[fact.story or NO_STORY].append(fact)
    for story_id in sorted(by_story, key=lambda s: (s == NO_STORY, s)):
        blocks.append(headings.add(2, _story_title(stories.get(story_id), archive)))
        items = []
        for fact in by_story[story_id]:
            differences = sorted({d.text() for pair in pairs_by_fact.get(fact.id, ()) for d in pair.differences})
            badge = (
                el("strong", "Sources differ") + (f" ({esc('; '.join(differences))})" if differences else "")
                if fact.relation is Relation.DIFFERS
                else el("strong", "Sources agree")
            )
            sides = "".join(
                el(
                    "li",
                    f"{esc(source_label(by_id[p.article_id]))}, {human_date(by_id[p.article_id].article.date.value)}: "
                    f"“{esc(p.sentence)}” "
                    + el("a", place_label(p.anchor, by_id[p.article_id].article), href=passage_href(paths, page, p)),
                )
                for p in fact.passages
                if p.article_id in by_id
            )
            evidence = f", shared words: {esc(', '.join(fact.shared_terms))}" if fact.shared_terms else ""
            items.append(el("li", f"{badge}{evidence}" + el("ul", sides), id=fact.id))
        blocks.append(el("ul", "\n" + "\n".join(items) + "\n"))
    return RenderedPage(page, title, lines(blocks), tuple(headings.items), in_search=False)


def _story_title(story: StoryGroup | None, archive: Archive) -> str:
    """A story is named by its earliest article's title."""
    if story is None:
        return "Linked by an editor"
    by_id = archive.by_id()
    first = min(
        (by_id[a] for a in story.articles if a in by_id),
        key=lambda item: (item.article.date.value or "9999", item.id),
        default=None,
    )
    return title_of(first.article) if first else story.id
