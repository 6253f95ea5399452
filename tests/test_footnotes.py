"""Footnotes of fact groups and the "Other sources on this story" block, on pages built by the core."""

from __future__ import annotations

from bs4 import BeautifulSoup

from newsarchive.archive import build_archive
from newsarchive.footnotes import SHOWN_SOURCES
from newsarchive.model import SeedFile
from newsarchive.sitepages import site_pages

OUTLETS = [
    "Alpha News",
    "Beta Times",
    "Gamma Post",
    "Delta Wire",
    "Epsilon Daily",
    "Zeta Herald",
    "Eta Radio",
    "Theta TV",
]
BODY = "A fire at the Kalaba textile mill killed 42 workers on Monday, the labour ministry said."
HEADLINE = "Fire at Kalaba textile mill kills 42 workers"
SCENES = ["orchard", "bakery", "ferry", "library", "quarry", "vineyard", "stadium", "lighthouse"]


def archive(count: int):
    """Articles of different outlets that open on the same fact and go on differently (so that
    none is a near-duplicate of another)."""
    return build_archive(
        [
            SeedFile(
                f"{n}.txt",
                f"{OUTLETS[n]} March 3, 2019\n\n{HEADLINE}\n\n{BODY}\n\n"
                f"Our reporter walked past the old {SCENES[n]} where neighbours of the {n + 2} victims "
                f"gathered, some holding photographs, others quietly talking about the {SCENES[n]}'s past.".encode(),
            )
            for n in range(count)
        ]
    )


def page_of(archive, article_id: str) -> BeautifulSoup:
    (page,) = [p for p in site_pages(archive) if p.path == f"articles/{article_id}.md"]
    return BeautifulSoup(page.body, "html.parser")


def test_a_footnote_names_a_few_sources_and_links_to_the_rest() -> None:
    built = archive(len(OUTLETS))
    soup = page_of(built, built.articles[0].id)
    (note,) = [li for li in soup.select("div.footnote li") if "killed 42 workers" in li.get_text()]
    text = note.get_text(" ", strip=True)
    assert text.startswith("Also reported by") and f"and {len(OUTLETS) - 1 - SHOWN_SOURCES:,} more source" in text
    # each source's ¶1: the label is the paragraph's number, the link its stable anchor
    first = built.articles[0].article.paragraphs[0].anchor
    links = [a for a in note.select("a") if a.get_text() == "¶1"]
    assert len(links) == SHOWN_SOURCES and all(a["href"].endswith(f"#{first}") for a in links)
    (more,) = [a for a in note.select("a") if "more source" in a.get_text()]
    assert more["href"].endswith("#fact-1") and "cross-references/2019" in more["href"]


def test_the_export_keeps_every_pair() -> None:
    built = archive(len(OUTLETS))
    numbers = {item.id: item.article.paragraph_numbers for item in built.articles}
    body_pairs = [
        x
        for x in built.cross_references
        if numbers[x.a.article_id].get(x.a.anchor) == numbers[x.b.article_id].get(x.b.anchor) == 1
    ]
    assert len(body_pairs) == len(OUTLETS) * (len(OUTLETS) - 1) // 2


def test_the_headline_fact_is_told_in_the_story_block() -> None:
    built = archive(2)
    soup = page_of(built, built.articles[0].id)
    (block,) = soup.select("section.archive-story-sources")
    text = block.get_text(" ", strip=True)
    assert "The headline: Also reported by" in text and HEADLINE in text


def test_an_article_alone_in_its_story_has_no_block() -> None:
    built = archive(1)
    assert page_of(built, built.articles[0].id).select("section.archive-story-sources") == []
