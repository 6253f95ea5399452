"""The contested facts' pages, and the links to them from articles, places and actors.

The facts are filed by year (of the newest article that states one), so no page grows with the
whole archive; the landing page shows the newest facts themselves, then the years. Every page
filters its facts by place, actor and outlet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from .contested import Claim, ContestedFact, FactEntities, Value, contested_facts, entities_of_facts
from .differences import NOT_DENIED
from .entitymodel import Entity, EntityType
from .filters import facet, filter_form, item_data
from .footnotes import DETAIL_NAMES, passage_href, place_label
from .listings import UNDATED
from .markup import el, esc, lines
from .model import Archive, ArchivedArticle
from .outlets import outlet_key, outlet_name, source_label
from .page import Headings, RenderedPage, human_date, plural
from .paths import SitePaths
from .xrefmodel import Basis, DetailKind

LANDING_LATEST = 10
"""Facts shown on the landing page, newest first, above the years."""
NAMES_IN_HEADING = 3
BASIS_TEXT = {
    Basis.WORDING: "similar wording",
    Basis.LEAD: "being the leads of one story",
    Basis.EVENT: "telling the same event in other words",
    Basis.GROUP: "each matching most of the others",
    Basis.CONFIRMED: "their wording, confirmed by an editor",
    Basis.ADDED: "an editor",
}
"""How each ``Basis`` reads under a fact: "Matched by ..."."""


@dataclass(frozen=True)
class ContestedView:
    """The facts with what the pages need to show and filter them."""

    facts: tuple[ContestedFact, ...]
    """Newest first."""
    entities: dict[str, FactEntities]
    articles: dict[str, ArchivedArticle]

    def year(self, fact: ContestedFact) -> str:
        dates = [c.passage.date for c in fact.claims if c.passage.date]
        return max(dates)[:4] if dates else UNDATED

    def newest(self, fact: ContestedFact) -> str | None:
        dates = [c.passage.date for c in fact.claims if c.passage.date]
        return max(dates) if dates else None


def contested_view(archive: Archive) -> ContestedView:
    facts = contested_facts(archive)
    view = ContestedView((), entities_of_facts(facts, archive.entities), archive.by_id())
    # Newest first; facts of one day keep the fact groups' order (the sort is stable).
    ordered = sorted(facts, key=lambda f: view.newest(f) or "", reverse=True)
    return ContestedView(tuple(ordered), view.entities, view.articles)


def contested_pages(view: ContestedView, paths: SitePaths) -> list[RenderedPage]:
    years: dict[str, list[ContestedFact]] = defaultdict(list)
    for fact in view.facts:
        years[view.year(fact)].append(fact)
    pages = [_landing(view, years, paths)]
    pages += [_year_page(view, year, facts, paths) for year, facts in sorted(years.items())]
    return pages


def _year_order(years: dict[str, list]) -> list[str]:
    return sorted((y for y in years if y != UNDATED), reverse=True) + ([UNDATED] if UNDATED in years else [])


def _landing(view: ContestedView, years: dict[str, list[ContestedFact]], paths: SitePaths) -> RenderedPage:
    page, headings = paths.contested_index(), Headings()
    blocks = [
        headings.add(1, "Contested facts"),
        el(
            "p",
            f"{plural(len(view.facts), 'fact')} on which the archive's sources differ: a date, a number, "
            "a name. Each gives every source's own words and what each states, with a link to the passage. "
            "They were found by comparing the articles' sentences, so read each against its sources.",
        ),
    ]
    if not view.facts:
        blocks.append(el("p", "No two sources in the archive differ on a fact yet."))
        return RenderedPage(page, "Contested facts", lines(blocks), tuple(headings.items), in_search=False)
    newest = list(view.facts[:LANDING_LATEST])
    blocks += [
        headings.add(2, "Newest" if len(newest) < len(view.facts) else "All"),
        _facts_block(view, newest, paths, page, "newest-facts"),
    ]
    links = []
    for year in _year_order(years):
        link = el("a", year, href=paths.href(page, paths.contested_year(year)))
        links.append(el("li", f"{link}: {plural(len(years[year]), 'fact')}"))
    blocks += [headings.add(2, "By year"), el("ul", "\n" + "\n".join(links) + "\n")]
    return RenderedPage(page, "Contested facts", lines(blocks), tuple(headings.items), in_search=False)


def _year_page(view: ContestedView, year: str, facts: list[ContestedFact], paths: SitePaths) -> RenderedPage:
    page, headings = paths.contested_year(year), Headings()
    title = "Contested facts, undated articles" if year == UNDATED else f"Contested facts, {year}"
    landing = paths.contested_index()
    blocks = [
        headings.add(1, title),
        el("p", f"{plural(len(facts), 'fact')}, newest first. " + el("a", "All years", href=paths.href(page, landing))),
        _facts_block(view, facts, paths, page, "year-facts"),
    ]
    return RenderedPage(page, title, lines(blocks), tuple(headings.items), in_search=False)


def _facts_block(view: ContestedView, facts: Sequence[ContestedFact], paths: SitePaths, page: str, target: str) -> str:
    places, actors, outlets = [], [], []
    for fact in facts:
        named = view.entities[fact.id]
        places += [(e.id, e.name) for e in named.places]
        actors += [(e.id, e.name) for e in named.actors]
        outlets += [(outlet_key(view.articles[a]), outlet_name(view.articles[a])) for a in fact.article_ids]
    form = filter_form(
        target,
        [facet("place", "Place", places), facet("actor", "Actor", actors), facet("outlet", "Outlet", outlets)],
        noun="facts",
    )
    body = "\n".join(_fact_html(view, fact, paths, page) for fact in facts)
    return lines([form, el("div", "\n" + body + "\n", id=target)])


def fact_heading(fact: ContestedFact, named: FactEntities) -> str:
    """What the fact is about and what each side gives: ``Raqqa, ISIS: January 2014 or late 2013``."""
    names = [e.name for e in named.most_named(NAMES_IN_HEADING)]
    parts = []
    for subject in fact.subjects():
        if subject[0] is DetailKind.DENIAL:
            parts.append("reported and denied")
        else:
            parts.append(" or ".join(fact.values_of(subject)))
    what = "; ".join(parts) or "; ".join(fact.notes) or "told differently"
    return f"{', '.join(names)}: {what}" if names else what[:1].upper() + what[1:]


def _gives(value: Value) -> str:
    if value.kind is DetailKind.DENIAL:
        return "reports it" if value.text == NOT_DENIED else "denies it"
    return f"gives the {DETAIL_NAMES.get(value.kind, 'detail')} {el('strong', esc(value.text))}"


def _claim_html(view: ContestedView, claim: Claim, paths: SitePaths, page: str) -> str:
    passage, item = claim.passage, view.articles[claim.passage.article_id]
    source = el("a", esc(source_label(item)), href=paths.href(page, paths.article(item.id)))
    states = (" " + ", ".join(_gives(value) for value in claim.values)) if claim.values else ""
    where = el("a", esc(place_label(passage.anchor)), href=passage_href(paths, page, passage))
    words = [word for value in claim.values for word in value.words()]
    return el(
        "li", f"{source}, {human_date(item.article.date.value)}{states}: “{_marked(passage.sentence, words)}” {where}"
    )


def _fact_html(view: ContestedView, fact: ContestedFact, paths: SitePaths, page: str) -> str:
    named = view.entities[fact.id]
    # The sides are the passages that give a differing value; the group's other passages told
    # the fact alike and are named after them (an editor's pair has no values: both are sides).
    sides = [claim for claim in fact.claims if claim.values] or list(fact.claims)
    alike = [claim for claim in fact.claims if claim not in sides]
    claims = [_claim_html(view, claim, paths, page) for claim in sides]
    found = "Matched by " + " and ".join(BASIS_TEXT.get(basis, esc(basis.value)) for basis in fact.bases) + "."
    if alike:
        found += " Also told, without the differing detail, by " + _alike(view, alike, paths, page) + "."
    notes = "".join(f" Editor's note: {esc(note)}." for note in fact.notes)
    attributes = item_data(
        date=view.newest(fact),
        place=[e.id for e in named.places],
        actor=[e.id for e in named.actors],
        outlet=[outlet_key(view.articles[a]) for a in fact.article_ids],
    )
    return el(
        "article",
        "\n"
        + lines(
            [
                el("h3", esc(fact_heading(fact, named))),
                el("ul", "\n" + "\n".join(claims) + "\n", class_="archive-claims"),
                el("p", found + notes, class_="archive-fact-basis"),
            ]
        )
        + "\n",
        id=fact.id,
        class_="archive-fact",
        **attributes,
    )


def _alike(view: ContestedView, claims: list[Claim], paths: SitePaths, page: str) -> str:
    """``Reuters ¶2, ¶5; “Title” headline``: each source once, with each place a link."""
    places: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        passage = claim.passage
        link = el("a", esc(place_label(passage.anchor)), href=passage_href(paths, page, passage))
        places[passage.article_id].append(link)
    return "; ".join(
        f"{esc(source_label(view.articles[article_id]))} {', '.join(links)}" for article_id, links in places.items()
    )


def _marked(sentence: str, words: list[str]) -> str:
    """The sentence, each value marked where it first stands (case aside)."""
    folded = sentence.casefold()
    spans: list[tuple[int, int]] = []
    for word in words:
        at = folded.find(word.casefold())
        if at >= 0 and not any(a < at + len(word) and at < b for a, b in spans):
            spans.append((at, at + len(word)))
    out, position = [], 0
    for start, end in sorted(spans):
        out += [esc(sentence[position:start]), el("mark", esc(sentence[start:end]))]
        position = end
    return "".join(out) + esc(sentence[position:])


def article_notices(view: ContestedView, paths: SitePaths) -> dict[str, str]:
    """Article id -> a note under its header linking each contested fact it states."""
    by_article: dict[str, list[ContestedFact]] = defaultdict(list)
    for fact in view.facts:
        for article_id in fact.article_ids:
            by_article[article_id].append(fact)
    notices = {}
    for article_id, facts in by_article.items():
        page = paths.article(article_id)
        links = ", ".join(
            el(
                "a",
                esc(fact_heading(fact, view.entities[fact.id])),
                href=paths.href(page, paths.contested_year(view.year(fact)), fact.id),
            )
            for fact in facts
        )
        notices[article_id] = el(
            "p",
            el("strong", "Contested:")
            + f" other sources differ on {plural(len(facts), 'fact')} this article states: "
            + links
            + ".",
            class_="archive-contested-note",
            data_search_exclude=True,
        )
    return notices


def entity_notices(view: ContestedView, paths: SitePaths) -> dict[str, str]:
    """Entity id -> a line on its page linking the contested facts that name it (filtered to it)."""
    by_entity: dict[str, list[ContestedFact]] = defaultdict(list)
    entities: dict[str, Entity] = {}
    for fact in view.facts:
        named = view.entities[fact.id]
        for entity in (*named.places, *named.actors):
            by_entity[entity.id].append(fact)
            entities[entity.id] = entity
    notices = {}
    for entity_id, facts in by_entity.items():
        entity = entities[entity_id]
        page = paths.entity(entity)
        facet_name = "place" if entity.type is EntityType.PLACE else "actor"
        years = sorted({view.year(f) for f in facts}, reverse=True)
        links = ", ".join(
            el("a", year, href=paths.href(page, paths.contested_year(year)) + "?" + urlencode({facet_name: entity_id}))
            for year in years
        )
        notices[entity_id] = el(
            "p",
            el("strong", "Contested facts:")
            + f" sources differ on {plural(len(facts), 'fact')} naming {esc(entity.name)} ({links}).",
            class_="archive-contested-note",
        )
    return notices
