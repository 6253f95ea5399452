"""Citations, read back by the parsers reference managers use: bibtexparser, rispy, citeproc-py."""

from __future__ import annotations

import json
from dataclasses import replace

import bibtexparser
import pytest
import rispy
from bs4 import BeautifulSoup
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from pylatexenc import latex2text

from newsarchive.citations import (
    Citation,
    Name,
    bibtex,
    citation_files,
    citation_of,
    citation_text,
    csl_json,
    ris,
    split_name,
)
from newsarchive.citebox import citation_meta, cite_box
from newsarchive.model import ArchivedArticle, Article, Field
from newsarchive.paths import SiteInfo, SitePaths

SITE = SiteInfo.of("Annotated News Archive", "https://reader.github.io/news-archive")
HOSTILE = [
    "Unbalanced { brace and } the other \\ backslash",
    "LaTeX 100% $math$ & #hash _under ^caret ~tilde",
    "Line one\nTY  - JOUR\nER  - \nthe rest",  # a line break must never end a RIS record
    '@article{evil, title = {x}} "quotes" <script>alert(1)</script>',
    "Ávila, São Paulo — “quoted” ‘words’ 中文",
]


def archived(headline: str = "Drone footage captures Raqqa", **fields: Field) -> ArchivedArticle:
    empty = Field.empty()
    header = {
        "title": Field(headline, headline),
        "date": Field("October 20, 2017", "2017-10-20"),
        "source": Field("ABC News", "ABC News"),
        "byline": Field("By Maria de la Cruz and John Holland", "Maria de la Cruz and John Holland"),
        "dateline": empty,
    } | fields
    article = Article(
        "a.txt", blocks=(), content_hash="", words=0, authors=("Maria de la Cruz", "John Holland"), **header
    )
    return ArchivedArticle(article, "2017-10-20-drone-footage", archived="2026-11-23")


def citation(headline: str = "Drone footage captures Raqqa", **fields: Field) -> Citation:
    return citation_of(archived(headline, **fields), SitePaths(), SITE)


def latex_to_text(value: str) -> str:
    """LaTeX as a reader of the bibliography sees it (the brace macros BibTeX needs included)."""
    context = latex2text.get_default_latex_context_db().filter_context()
    context.add_context_category(
        "braces",
        prepend=True,
        macros=[
            latex2text.MacroTextSpec("textbraceleft", "{"),
            latex2text.MacroTextSpec("textbraceright", "}"),
            latex2text.MacroTextSpec("textasciicircum", "^"),
        ],
    )
    return latex2text.LatexNodes2Text(latex_context=context).latex_to_text(value)


def test_the_text_citation_names_article_outlet_archive_and_address() -> None:
    assert citation_text(citation()) == (
        "Maria de la Cruz and John Holland. “Drone footage captures Raqqa.” ABC News, 20 October 2017. "
        "Annotated News Archive, archived 23 November 2026. "
        "https://reader.github.io/news-archive/articles/2017-10-20-drone-footage.html"
    )
    assert citation_text(citation(), (4, "p-kq3x7a")).endswith(
        "ABC News, 20 October 2017, ¶4. Annotated News Archive, archived 23 November 2026. "
        "https://reader.github.io/news-archive/articles/2017-10-20-drone-footage.html#p-kq3x7a"
    )


def test_the_text_citation_gives_the_time_after_the_date() -> None:
    timed = citation(time=Field("9:46 PM CDT", "21:46"), time_zone="CDT")
    assert "ABC News, 20 October 2017, 21:46 CDT. Annotated News Archive" in citation_text(timed)
    assert "ABC News, 20 October 2017, 21:46 CDT, ¶4." in citation_text(timed, (4, "p-kq3x7a"))


def test_editors_values_are_bracketed_and_said_so_in_every_format() -> None:
    edited = citation(date=Field("annotations.yml:3", "2017-10-17", edited=True))
    assert "ABC News, [17 October 2017]." in citation_text(edited)
    assert "Date supplied by the archive's editors." in edited.note
    assert "Date supplied by the archive" in bibtex(edited) and "Date supplied by the archive" in ris(edited)
    assert "Date supplied by the archive" in json.loads(csl_json([edited]))[0]["note"]


def test_an_inferred_title_is_bracketed() -> None:
    inferred = citation(title=Field("Fighters took the city", "Fighters took the city", inferred=True))
    assert "“[Fighters took the city].”" in citation_text(inferred)
    assert "Title taken from the first sentence" in inferred.note


@pytest.mark.parametrize(
    "name, given, family",
    [
        ("Maria Santos", "Maria", "Santos"),
        ("Maria de la Cruz", "Maria", "de la Cruz"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Anna Kowalska-Nowak", "Anna", "Kowalska-Nowak"),
        ("Reuters", None, None),  # one word stays whole
    ],
)
def test_names_split_as_reference_managers_split_them(name: str, given: str | None, family: str | None) -> None:
    assert (split_name(name).given, split_name(name).family) == (given, family)


def test_an_agency_byline_is_one_organisation() -> None:
    item = archived(byline=Field("Associated Press", "Associated Press"), agency=Field("AP", "Associated Press"))
    item = replace(item, article=replace(item.article, authors=("Associated Press",)))
    cited = citation_of(item, SitePaths(), SITE)
    assert cited.authors == (Name("Associated Press"),)
    (entry,) = bibtexparser.parse_string(bibtex(cited)).entries
    assert entry.fields_dict["author"].value == "{Associated Press}"


@pytest.mark.parametrize("title", HOSTILE)
def test_bibtex_parses_back_to_the_same_text(title: str) -> None:
    cited = citation(title, source=Field(title, title))
    library = bibtexparser.parse_string(bibtex(cited))
    assert library.failed_blocks == [] and len(library.entries) == 1
    entry = library.entries[0]
    assert entry.key == "2017-10-20-drone-footage" and entry.entry_type == "article"
    expected = " ".join(title.split())
    assert latex_to_text(entry.fields_dict["title"].value) == expected
    assert latex_to_text(entry.fields_dict["journal"].value) == expected
    assert entry.fields_dict["month"].value == "oct" and entry.fields_dict["date"].value == "2017-10-20"
    assert entry.fields_dict["author"].value == "de la Cruz, Maria and Holland, John"


def test_a_url_with_braces_and_spaces_stays_one_verbatim_field() -> None:
    cited = replace(citation(), address="https://example.org/a b/{x}\\y%20z")
    (entry,) = bibtexparser.parse_string(bibtex(cited)).entries
    assert entry.fields_dict["url"].value == "https://example.org/a%20b/%7Bx%7D%5Cy%20z"


@pytest.mark.parametrize("title", HOSTILE)
def test_ris_parses_back_to_one_record_with_the_same_text(title: str) -> None:
    cited = citation(title, source=Field(title, title))
    (record,) = rispy.loads(ris(cited))
    expected = " ".join(title.split())
    assert record["type_of_reference"] == "NEWS"
    assert record["title"] == expected and record["secondary_title"] == expected
    assert record["authors"] == ["de la Cruz, Maria", "Holland, John"]
    assert record["date"] == "2017/10/20/" and record["access_date"] == "2026/11/23/"
    assert record["urls"] == [cited.address] and record["name_of_database"] == "Annotated News Archive"
    assert record["accession_number"] == cited.key


@pytest.mark.parametrize("title", HOSTILE)
def test_csl_json_is_read_by_a_csl_processor(title: str) -> None:
    cited = citation(title, source=Field(title, title))
    items = json.loads(csl_json([cited]))
    assert items[0]["title"] == " ".join(title.split()) and items[0]["type"] == "article-newspaper"
    source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(CitationStylesStyle("harvard-cite-them-right"), source, formatter.plain)
    bibliography.register(CslCitation([CitationItem(cited.key)]))
    (rendered,) = [str(entry) for entry in bibliography.bibliography()]
    assert "de la Cruz, M." in rendered and "2017" in rendered and cited.address in rendered


def test_the_archives_files_hold_every_article() -> None:
    citations = [citation(), replace(citation("Second story"), key="2017-10-19-second")]
    files = citation_files(citations, SitePaths())
    assert sorted(files) == sorted(
        f"citations/{stem}{ext}"
        for stem in ("all", "2017-10-20-drone-footage", "2017-10-19-second")
        for ext in (".bib", ".ris", ".csl.json")
    )
    assert [e.key for e in bibtexparser.parse_string(files["citations/all.bib"]).entries] == [c.key for c in citations]
    assert [r["title"] for r in rispy.loads(files["citations/all.ris"])] == [c.title for c in citations]
    assert [i["id"] for i in json.loads(files["citations/all.csl.json"])] == [c.key for c in citations]


def test_zotero_and_scholar_tags_in_the_head() -> None:
    tags = BeautifulSoup(citation_meta(citation(HOSTILE[3])), "html.parser")
    values = [(m["name"], m["content"]) for m in tags.select("meta")]
    assert values == [
        ("citation_title", HOSTILE[3]),
        ("citation_author", "de la Cruz, Maria"),
        ("citation_author", "Holland, John"),
        ("citation_publication_date", "2017/10/20"),
        ("citation_publisher", "ABC News"),
        ("DC.source", "ABC News"),
        ("citation_public_url", "https://reader.github.io/news-archive/articles/2017-10-20-drone-footage.html"),
        ("DC.type", "newspaperArticle"),
    ]
    assert tags.select("script") == []


def test_the_cite_box_carries_the_citation_and_its_files() -> None:
    page = SitePaths().article("2017-10-20-drone-footage")
    box = BeautifulSoup(cite_box(citation(HOSTILE[3]), page, SitePaths()), "html.parser")
    text = box.select_one(".archive-citation")
    assert text.get_text().startswith("Maria de la Cruz and John Holland. “" + HOSTILE[3])
    assert text["data-head"].endswith("ABC News, 20 October 2017") and text["data-address"].startswith("https://")
    assert [a["href"] for a in box.select("a[type]")] == [
        "../citations/2017-10-20-drone-footage.bib",
        "../citations/2017-10-20-drone-footage.ris",
        "../citations/2017-10-20-drone-footage.csl.json",
        "../citations/all.bib",
        "../citations/all.ris",
        "../citations/all.csl.json",
    ]
    assert box.select("script") == []
