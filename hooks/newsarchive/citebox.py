"""Citing from the page: the "Cite this article" box, and the metadata reference managers read.

The box holds the ready citation, links to the article's (and the archive's) citation files,
and what a paragraph citation looks like. Each paragraph's ¶ link is its own address; with
scripts (``docs/assets/javascripts/cite.js``) a click on it also copies the paragraph's
citation, built from the halves the box carries in its data attributes. Without scripts every
part still works: the text can be selected and the ¶ link copied.

The ``<head>`` gets the Highwire Press ``citation_*`` tags that Zotero and Google Scholar read,
and a Dublin Core type and source, which make Zotero save a newspaper article of the outlet
rather than a journal article.
"""

from __future__ import annotations

from .citations import ALL_ARTICLES, FORMAT_NAMES, Citation, citation_parts
from .markup import el, esc, void
from .paths import CITATION_FORMATS, SitePaths

CITATION_MIME = {
    "bibtex": "application/x-bibtex",
    "ris": "application/x-research-info-systems",
    "csl-json": "application/vnd.citationstyles.csl+json",
}


def cite_box(citation: Citation, page: str, paths: SitePaths) -> str:
    """The collapsed box under "About this source"."""
    head, tail = citation_parts(citation)
    # Without site_url the address is site-relative: shown, not linked (the page is here anyway).
    address = (
        el("a", esc(citation.address), href=citation.address)
        if "://" in citation.address
        else el("span", esc(citation.address), class_="archive-address")
    )
    text = el(
        "p",
        f"{esc(head)}. {esc(tail)} {address}",
        class_="archive-citation",
        data_head=head,
        data_tail=tail,
        data_address=citation.address,
    )
    blocks = ["", el("summary", "Cite this article"), text]
    if citation.provenance:
        blocks.append(
            el(
                "p",
                "In square brackets: not printed in the article. " + esc(". ".join(citation.provenance)) + ".",
                class_="archive-provenance",
            )
        )
    downloads = " · ".join(_download(paths, page, citation.key, name) for name in CITATION_FORMATS)
    everything = " · ".join(_download(paths, page, ALL_ARTICLES, name) for name in CITATION_FORMATS)
    blocks.append(el("p", f"Download: {downloads} (all articles: {everything})"))
    blocks.append(
        el(
            "p",
            "To cite a paragraph, use its ¶ link: its address never changes, even when the article is corrected.",
            class_="archive-cite-help",
        )
    )
    return el("details", "\n".join(blocks) + "\n", class_="archive-cite", data_search_exclude=True)


def _download(paths: SitePaths, page: str, stem: str, format_name: str) -> str:
    target = paths.citation(stem, format_name)
    return el("a", FORMAT_NAMES[format_name], href=paths.href(page, target), type=CITATION_MIME[format_name])


def citation_meta(citation: Citation) -> str:
    """Tags for the page's ``<head>``, one per line; every value escaped as an attribute."""
    tags = [("citation_title", citation.title)]
    tags += [("citation_author", name.inverted) for name in citation.authors]
    if citation.date:
        tags.append(("citation_publication_date", citation.date.replace("-", "/")))
    if citation.outlet:
        tags += [("citation_publisher", citation.outlet), ("DC.source", citation.outlet)]
    if "://" in citation.address:
        tags.append(("citation_public_url", citation.address))
    tags.append(("DC.type", "newspaperArticle"))  # a Zotero item type: saved as a newspaper article
    return "\n".join(void("meta", name=name, content=value) for name, value in tags)
