"""Property-based tests: any text reads and renders without error, and no input becomes markup.

Input goes through ``normalise_text`` first, as every seed does in the pipeline (decode_seed).
"""

from __future__ import annotations

import html
import re

import markdown
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.decode import normalise_text
from newsarchive.markup import el, esc
from newsarchive.model import ArchivedArticle
from newsarchive.parse import parse_article
from newsarchive.render import render_article

EXTENSIONS = ["toc", "footnotes", "attr_list", "md_in_html", "admonition", "tables"]
"""The site's Markdown extensions: an exported page goes through them in another generator."""
# Our own page markup: any other element in the output came from the input.
OUR_TAGS = {
    "h1",
    "h2",
    "p",
    "a",
    "span",
    "div",
    "figure",
    "figcaption",
    "br",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "code",
    "sup",
    "ol",
    "li",
    "hr",
    "img",
    "nav",
    "strong",
}
MARKUP_PIECES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "# ",
    "* ",
    "- ",
    "1. ",
    "> ",
    "| a | b |",
    "```",
    "~~~",
    "[^1]",
    "[^1]: note",
    "{: .cls}",
    "$$",
    "&amp;",
    "&#60;",
    "<!--",
    "-->",
    "***",
    "___",
    "\\",
    "`",
    "<b>",
    "</p>",
    "\n\n",
    "\n",
    "    ",
    "{:onerror=alert(1)}",
    "\x85",
    "\u2028",
]
text_with_markup = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(MARKUP_PIECES)), max_size=25).map("".join)


def assert_only_our_markup(page: BeautifulSoup) -> None:
    for tag in page.find_all(True):
        assert tag.name in OUR_TAGS, tag.name
        assert not any(name.startswith("on") for name in tag.attrs)
        assert not str(tag.get("href", "")).lower().startswith("javascript")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_text_parses(text: str) -> None:
    result = parse_article(normalise_text(text), "fuzz.txt")
    assert result.article is not None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_with_markup)
def test_rendered_page_has_no_markup_from_the_input(text: str) -> None:
    article = parse_article(normalise_text(text), "fuzz.txt").article
    page = BeautifulSoup(render_article(ArchivedArticle(article, "fuzz")).body, "html.parser")
    assert_only_our_markup(page)
    for paragraph in article.paragraphs:
        shown = page.find(id=paragraph.anchor).get_text()
        assert shown.startswith(paragraph.text), (shown, paragraph.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_with_markup)
def test_exported_page_read_as_markdown_has_no_markup_from_the_input(text: str) -> None:
    """Another generator reads the export's Markdown: the HTML block must pass through untouched."""
    from mkdocs.utils.meta import get_data

    article = parse_article(normalise_text(text), "fuzz.txt").article
    body, meta = get_data(render_article(ArchivedArticle(article, "fuzz")).as_markdown())
    assert meta["title"] == html.escape(article.title.value or "Untitled article")
    page = BeautifulSoup(markdown.markdown(body, extensions=EXTENSIONS), "html.parser")
    assert_only_our_markup(page)
    for paragraph in article.paragraphs:
        assert page.find(id=paragraph.anchor).get_text().startswith(paragraph.text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_escaped_text_is_shown_as_it_was(text: str) -> None:
    line = " ".join(normalise_text(text).split())
    soup = BeautifulSoup(el("p", esc(line), id="x"), "html.parser")
    assert [t.name for t in soup.find_all(True)] == ["p"]
    assert soup.find(id="x").get_text() == line


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_generated_front_matter_always_parses_back(title: str, source: str) -> None:
    """Whatever characters a title or outlet holds (controls, U+0085, noncharacters), MkDocs
    reads the front matter as data: a block that fails to parse would be rendered as Markdown."""
    from mkdocs.utils.meta import get_data

    from newsarchive.markup import front_matter

    page = front_matter({"title": title, "source": source}) + "# Body\n"
    body, meta = get_data(page)
    assert meta == {"title": html.escape(title), "source": html.escape(source)}
    assert body == "# Body\n"


file_name_part = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\\"), min_size=1, max_size=12
).filter(lambda p: p not in (".", ".."))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(file_name_part, min_size=1, max_size=3).map("/".join), min_size=1, max_size=6, unique_by=str.casefold
    ),
    st.sampled_from([".txt", ".text", ".md", ".TXT"]),
)
def test_any_file_names_give_every_article_its_own_page(paths: list[str], extension: str) -> None:
    """Same title and date in every file: ids must still differ, and no copy may be a page."""
    from newsarchive.archive import build_archive
    from newsarchive.model import SeedFile
    from newsarchive.paths import SitePaths
    from newsarchive.publish import site_files

    seeds = [
        SeedFile(path + extension, f"Same title\nOutlet October 20, 2017\n\nBody number {n} of the story.\n".encode())
        for n, path in enumerate(paths)
    ]
    archive = build_archive(seeds)
    readable = [s for s in seeds if not any(part.startswith((".", "_")) for part in s.path.split("/")[-1:])]
    assert len(archive.articles) == len(readable)
    ids = [item.id for item in archive.articles]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    published = site_files(archive, seeds, [], SitePaths())
    copies = [path for path in published.files if path.startswith("sources/")]
    assert len(copies) == len(readable) and not any(path.lower().endswith(".md") for path in copies)


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["articles", "entities", "cross_references", "other"]), yaml_values, max_size=3))
def test_any_annotations_document_gives_problems_never_an_exception(document: dict) -> None:
    import yaml

    from newsarchive.annotations import load_annotations

    annotations, problems = load_annotations(yaml.safe_dump(document, allow_unicode=True).encode())
    assert all(p.file == "annotations.yml" and p.code.startswith("annotations-") for p in problems)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_annotations_text_gives_problems_never_an_exception(text: str) -> None:
    from newsarchive.annotations import load_annotations

    load_annotations(text.encode("utf-8", "surrogatepass"))
