"""The "About this source" box of an article page: where the text came from, what the archive
inferred, and which values an editor supplied (each marked, with where it was set)."""

from __future__ import annotations

from dataclasses import replace

from .markup import el, esc
from .model import ArchivedArticle, Article, Field
from .page import human_date, human_time


def about_box(item: ArchivedArticle, source_href: str) -> str:
    """A compact, collapsed box: where the text came from and what the archive inferred.
    ``source_href`` links the copy of the seed file, relative to the article page."""
    article = item.article
    date = replace(article.date, value=human_date(article.date.value) if article.date.value else None)
    rows = [
        ("Outlet", _field_cell(article.source)),
        ("Date", _field_cell(date, "undated")),
        *_time_row(article),
        ("Byline", _field_cell(article.byline, "none")),
    ]
    if len(article.authors) > 1:
        rows.append(("Authors", esc("; ".join(article.authors))))
    if article.agency.value:
        rows.append(("Agency", _field_cell(article.agency)))
    rows.append(("Title", _title_cell(article.title)))
    if article.dateline.value:
        rows.append(("Dateline", _field_cell(article.dateline)))
    if item.original_url:
        link = el("a", esc(item.original_url), href=item.original_url, rel="nofollow noopener")
        rows.append(("Original", f"{link} {_editor_marker('recorded by an editor in annotations.yml')}"))
    if item.archived:
        rows.append(("Archived", human_date(item.archived)))
    if item.former_ids:
        former = ", ".join(el("code", esc(old)) for old in item.former_ids)
        rows.append(
            (
                "Address",
                f"renamed by an editor {_editor_marker('id: in annotations.yml')}; "
                f"the former {former} lead{'s' if len(item.former_ids) == 1 else ''} here",
            )
        )
    rows += [
        (
            "Source file",
            el(
                "a",
                el("code", esc(article.source_file)),
                href=source_href,
            ),
        ),
        ("Words", str(article.words)),
        ("Paragraphs", str(len(article.paragraphs))),
        ("Photos", str(len(article.photos))),
    ]
    cells = "\n".join(el("dt", name) + "\n" + el("dd", value) for name, value in rows)
    return el(
        "details",
        "\n" + el("summary", "About this source") + "\n" + el("dl", "\n" + cells + "\n") + "\n",
        class_="archive-about",
        data_search_exclude=True,
    )


def _time_row(article: Article) -> list[tuple[str, str]]:
    """The time the date line gave, and how the page printed it when that reads otherwise."""
    shown = human_time(article)
    if not shown or not article.date.value:
        return []
    printed = f" (printed {article.time.raw})" if article.time.raw and article.time.raw != shown else ""
    return [("Time", esc(shown + printed))]


def _editor_marker(title: str) -> str:
    """The mark of a value an editor supplied (provenance), with where in its title."""
    return el("span", "(editor)", class_="archive-edited", title=title)


def _field_cell(value: Field, unknown: str = "unknown") -> str:
    if value.value is None:
        return el("span", unknown, class_="archive-unknown")
    if value.edited:
        marker = " " + _editor_marker(f"set by an editor in {value.raw}")
    elif value.inferred:
        marker = " " + el(
            "span", "(inferred)", class_="archive-inferred", title="not stated in the text: derived by the archive"
        )
    else:
        marker = ""
    return esc(value.value) + marker


def _title_cell(title: Field) -> str:
    if title.edited:
        return "set by an editor " + el("span", "(editor)", class_="archive-edited", title=f"in {title.raw}")
    return "inferred from the lede" if title.inferred else "headline as published"
