"""Citations of archived articles: one model, written as text, BibTeX, RIS and CSL-JSON.

A citation names the article as published (authors, title, outlet, date) and the archived copy
(the archive's title, the article's address in it, the date it was archived). Values the text
did not print are marked: an editor's (``seeds/annotations.yml``) or one the archive worked out
(a title taken from the first sentence) stands in square brackets in the text citation, as
cataloguers mark supplied information, and every format carries a note saying which.

Each format escapes seed text by its own rules: BibTeX's LaTeX specials and braces (a brace
cannot even be escaped in BibTeX unless balanced, so braces become ``\\textbraceleft{}``), RIS's
line breaks (a value is one line, so it can never end the record), JSON by the JSON library.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import quote

from .model import ArchivedArticle
from .page import description_of, human_date, human_time
from .paths import SiteInfo, SitePaths

FORMAT_NAMES = {"bibtex": "BibTeX", "ris": "RIS", "csl-json": "CSL-JSON"}
ALL_ARTICLES = "all"
"""Stem of the whole archive's citation files (``citations/all.bib``); never an article id,
which always starts with a date or ``undated``."""
PARTICLES = frozenset("al bin da de del della der di dos du el ibn la le van von".split())
"""Lowercase words that belong to the family name that follows them (``Ludwig van Beethoven``)."""
_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_AND = re.compile(r"\band\b|,", re.I)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
"""BibTeX's month macros: styles print the month in the document's language."""


@dataclass(frozen=True)
class Name:
    """An author: a person's given and family names, or an organisation's name whole."""

    literal: str
    given: str | None = None
    family: str | None = None

    @property
    def inverted(self) -> str:
        """``Family, Given`` (a reference list's order), or the name whole."""
        return f"{self.family}, {self.given}" if self.family and self.given else self.literal


@dataclass(frozen=True)
class Citation:
    key: str
    """The article's id: stable, so a citation key never changes either."""
    title: str
    authors: tuple[Name, ...]
    outlet: str | None
    date: str | None
    """Publication date, ISO 8601."""
    archive: str
    """The archive's title (``site_name``)."""
    address: str
    """The article's address in the archive (absolute when ``site_url`` is set)."""
    archived: str | None
    """When it was archived, ISO 8601."""
    original_url: str | None
    abstract: str
    supplied: frozenset[str]
    """Fields the article did not print (an editor's or the archive's): ``title``, ``date``,
    ``outlet``, ``authors``; bracketed in the text citation."""
    provenance: tuple[str, ...]
    """Sentences saying where each supplied value came from."""
    time: str | None = None
    """The time the date line gave, as shown (``21:46 CDT``): the text citation gives it after the
    date, as styles do for online news (MLA: "26 Sept. 2013, 9:46 p.m.")."""

    @property
    def note(self) -> str:
        parts = [f"Archived in {self.archive}" + (f" on {human_date(self.archived)}" if self.archived else "") + "."]
        parts += [sentence + "." for sentence in self.provenance]
        if self.original_url:
            parts.append(f"Originally published at {self.original_url}.")
        return " ".join(parts)


def clean(text: str) -> str:
    """One line of text: control characters gone, every line break and run of spaces one space."""
    return _SPACES.sub(" ", _BREAKS.sub(" ", _CONTROLS.sub("", text))).strip()


def split_name(name: str) -> Name:
    """``Maria Santos`` -> given ``Maria``, family ``Santos`` (particles stay with the family:
    ``Maria de la Cruz``); one word stays whole. Reference managers split names the same way."""
    words = clean(name).split(" ")
    if len(words) < 2:
        return Name(clean(name))
    start = len(words) - 1
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1
    return Name(clean(name), " ".join(words[:start]), " ".join(words[start:]))


_SUPPLIED_BY = "supplied by the archive's editors"
_WORKED_OUT = "worked out by the archive (not printed in the text)"


def citation_of(item: ArchivedArticle, paths: SitePaths, site: SiteInfo) -> Citation:
    """The citation of one archived article."""
    article = item.article
    provenance, supplied = [], set()
    for name, label, value in (
        ("title", "Title", article.title),
        ("date", "Date", article.date),
        ("outlet", "Outlet", article.source),
        ("authors", "Byline", article.byline),
    ):
        if value.value is None or not (value.edited or value.inferred):
            continue
        supplied.add(name)
        if value.edited:
            provenance.append(f"{label} {_SUPPLIED_BY}")
        elif name == "title":
            provenance.append("Title taken from the first sentence by the archive (the text has no headline)")
        else:
            provenance.append(f"{label} {_WORKED_OUT}")
    return Citation(
        key=item.id,
        title=clean(article.title.value or "Untitled article"),
        authors=_authors(item),
        outlet=clean(article.source.value) if article.source.value else None,
        date=article.date.value,
        archive=clean(site.name),
        address=site.address(paths.url(paths.article(item.id))),
        archived=item.archived,
        original_url=item.original_url,
        abstract=clean(description_of(article)),
        supplied=frozenset(supplied),
        provenance=tuple(provenance),
        time=human_time(article) or None,
    )


def _authors(item: ArchivedArticle) -> tuple[Name, ...]:
    """The byline's people (a name split into given and family), an agency whole; an editor's
    byline whole, as written."""
    article = item.article
    if article.byline.edited and article.byline.value:
        return (Name(clean(article.byline.value)),)
    return tuple(
        Name(clean(name)) if name == article.agency.value else split_name(name)
        for name in article.authors
        if clean(name)
    )


# --- text ---------------------------------------------------------------------------------


def _bracketed(value: str, field: str, citation: Citation) -> str:
    return f"[{value}]" if field in citation.supplied else value


def _names(names: tuple[Name, ...]) -> str:
    literal = [name.literal for name in names]
    return literal[0] if len(literal) == 1 else ", ".join(literal[:-1]) + " and " + literal[-1]


def citation_parts(citation: Citation) -> tuple[str, str]:
    """The text citation in two halves, around where a paragraph's number goes: ``Maria
    Santos. “Title.” ABC News, 20 October 2017`` and ``Annotated News Archive, archived 23
    November 2026.``. The address follows them."""
    head = []
    if citation.authors:
        head.append(_bracketed(_names(citation.authors), "authors", citation) + ".")
    head.append(f"“{_bracketed(citation.title, 'title', citation)}.”")
    published = [_bracketed(citation.outlet, "outlet", citation)] if citation.outlet else []
    published.append(_bracketed(human_date(citation.date), "date", citation) if citation.date else "n.d.")
    if citation.date and citation.time:
        published.append(citation.time)
    head.append(", ".join(published))
    tail = citation.archive + (f", archived {human_date(citation.archived)}." if citation.archived else ".")
    return " ".join(head), tail


def citation_text(citation: Citation, paragraph: tuple[int, str] | None = None) -> str:
    """The citation to paste: of the article, or of one paragraph (its number and anchor)."""
    head, tail = citation_parts(citation)
    if paragraph is None:
        return f"{head}. {tail} {citation.address}"
    number, anchor = paragraph
    return f"{head}, ¶{number}. {tail} {citation.address}#{anchor}"


# --- BibTeX -------------------------------------------------------------------------------

_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_LATEX_SPECIAL = re.compile("[" + re.escape("".join(_LATEX)) + "]")


def latex(text: str) -> str:
    """Text as a BibTeX field's content: every LaTeX special written as itself, braces balanced."""
    return _LATEX_SPECIAL.sub(lambda m: _LATEX[m.group()], clean(text))


def url_field(url: str) -> str:
    """A URL for BibTeX's verbatim ``url`` field: braces, backslashes, spaces and anything
    outside ASCII percent-encoded (existing ``%`` escapes are kept)."""
    return quote(clean(url), safe=":/?#[]@!$&'()*+,;=%~-._")


def _bibtex_name(name: Name) -> str:
    if not name.family:
        return "{" + latex(name.literal) + "}"  # an organisation: never split into first and last
    parts = [latex(name.family), latex(name.given or "")]
    return ", ".join("{" + part + "}" if _AND.search(part) else part for part in parts)


def bibtex(citation: Citation) -> str:
    """One ``@article`` entry (biblatex: ``entrysubtype = {newspaper}``), fields in a fixed order."""
    fields: list[tuple[str, str]] = []
    if citation.authors:
        fields.append(("author", "{" + " and ".join(_bibtex_name(n) for n in citation.authors) + "}"))
    fields.append(("title", "{{" + latex(citation.title) + "}}"))  # double braces: keep the headline's case
    if citation.outlet:
        fields.append(("journal", "{" + latex(citation.outlet) + "}"))
    fields.append(("entrysubtype", "{newspaper}"))
    if citation.date:
        year, month, _ = citation.date.split("-")
        fields += [("date", "{" + citation.date + "}"), ("year", "{" + year + "}"), ("month", MONTHS[int(month) - 1])]
    fields.append(("url", "{" + url_field(citation.address) + "}"))
    if citation.archived:
        fields.append(("urldate", "{" + citation.archived + "}"))
    fields.append(("note", "{" + latex(citation.note) + "}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@article{{{citation.key},\n{body}\n}}\n"


# --- RIS ----------------------------------------------------------------------------------

RIS_NEWLINE = "\r\n"
"""The RIS specification ends lines with CR LF."""


def _ris_date(iso: str) -> str:
    return iso.replace("-", "/") + "/"


def ris(citation: Citation) -> str:
    """One ``TY  - NEWS`` record; every value on one line, so none can end the record early."""
    lines = [("TY", "NEWS"), ("TI", citation.title)]
    lines += [("AU", name.inverted) for name in citation.authors]
    if citation.outlet:
        lines.append(("T2", citation.outlet))
    if citation.date:
        lines += [("PY", citation.date[:4]), ("DA", _ris_date(citation.date))]
    lines += [("UR", citation.address), ("DB", citation.archive), ("AN", citation.key)]
    if citation.archived:
        lines.append(("Y2", _ris_date(citation.archived)))
    if citation.abstract:
        lines.append(("AB", citation.abstract))
    lines.append(("N1", citation.note))
    out = [f"{tag}  - {clean(value)}" for tag, value in lines if clean(value)]
    out.append("ER  - ")
    return RIS_NEWLINE.join(out) + RIS_NEWLINE


# --- CSL-JSON -----------------------------------------------------------------------------


def _date_parts(iso: str) -> dict:
    return {"date-parts": [[int(part) for part in iso.split("-")]]}


def csl_item(citation: Citation) -> dict:
    """One CSL-JSON item (``article-newspaper``): what citeproc processors, Zotero and pandoc read."""
    item: dict = {"id": citation.key, "type": "article-newspaper", "title": citation.title}
    if citation.authors:
        item["author"] = [
            {"family": n.family, "given": n.given} if n.family else {"literal": n.literal} for n in citation.authors
        ]
    if citation.outlet:
        item["container-title"] = citation.outlet
    if citation.date:
        item["issued"] = _date_parts(citation.date)
    item["URL"] = citation.address
    if citation.archived:
        item["accessed"] = _date_parts(citation.archived)
    item["archive"] = citation.archive
    item["archive_location"] = citation.key
    if citation.abstract:
        item["abstract"] = citation.abstract
    item["note"] = citation.note
    return item


def csl_json(citations: list[Citation]) -> str:
    """A CSL-JSON array, one item per line (a new article is one added line in a diff)."""
    items = [json.dumps(csl_item(c), ensure_ascii=False, separators=(", ", ": ")) for c in citations]
    return "[\n" + ",\n".join(items) + "\n]\n"


def citation_files(citations: list[Citation], paths: SitePaths) -> dict[str, str]:
    """Path -> content: each article's citation in every format, and the whole archive's."""
    files: dict[str, str] = {}
    for citation in citations:
        files[paths.citation(citation.key, "bibtex")] = bibtex(citation)
        files[paths.citation(citation.key, "ris")] = ris(citation)
        files[paths.citation(citation.key, "csl-json")] = csl_json([citation])
    files[paths.citation(ALL_ARTICLES, "bibtex")] = "\n".join(bibtex(c) for c in citations)
    files[paths.citation(ALL_ARTICLES, "ris")] = RIS_NEWLINE.join(ris(c) for c in citations)
    files[paths.citation(ALL_ARTICLES, "csl-json")] = csl_json(citations)
    return files
