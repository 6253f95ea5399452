"""Property-based tests: any text reads and renders without error, and no input becomes markup.

Input goes through ``normalise_text`` first, as every seed does in the pipeline (decode_seed).
"""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.archive import ArchivedArticle
from newsarchive.decode import normalise_text
from newsarchive.markup import md_text
from newsarchive.parse import parse_article
from newsarchive.render import render_article

EXTENSIONS = ["toc", "footnotes", "attr_list", "md_in_html", "admonition", "tables"]
# Our own page markup: any other element in the output came from the input.
OUR_TAGS = {"h1", "h2", "p", "a", "span", "div", "figure", "figcaption", "br", "details", "summary", "dl", "dt", "dd", "code", "sup", "ol", "li", "hr", "img"}
MARKUP_PIECES = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "# ", "* ", "- ", "1. ", "> ", "| a | b |",
                 "```", "~~~", "[^1]", "[^1]: note", "{: .cls}", "$$", "&amp;", "&#60;", "<!--", "-->", "***", "___", "\\", "`", "<b>", "</p>", "\n\n", "\n", "    "]
text_with_markup = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(MARKUP_PIECES)), max_size=25).map("".join)


def to_html(source: str) -> BeautifulSoup:
    body = source.split("\n---\n", 1)[-1]
    return BeautifulSoup(markdown.markdown(body, extensions=EXTENSIONS), "html.parser")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_text_parses(text: str) -> None:
    result = parse_article(normalise_text(text), "fuzz.txt")
    assert result.article is not None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_with_markup)
def test_rendered_page_has_no_markup_from_the_input(text: str) -> None:
    article = parse_article(normalise_text(text), "fuzz.txt").article
    page = to_html(render_article(ArchivedArticle(article, "fuzz")))
    for tag in page.find_all(True):
        assert tag.name in OUR_TAGS, tag.name
        assert not any(name.startswith("on") for name in tag.attrs)
        assert not str(tag.get("href", "")).lower().startswith("javascript")
    for paragraph in article.paragraphs:
        shown = page.find(id=paragraph.anchor).get_text()
        assert shown.startswith(paragraph.text), (shown, paragraph.text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_escaped_text_round_trips_through_markdown(text: str) -> None:
    line = " ".join(normalise_text(text).split())
    html = markdown.markdown(f'<p id="x" markdown="span">{md_text(line)}</p>', extensions=EXTENSIONS)
    soup = BeautifulSoup(html, "html.parser")
    assert [t.name for t in soup.find_all(True)] in ([], ["p"])
    assert (soup.find(id="x").get_text() if soup.find(id="x") else "") == line
