"""``seeds/archive.lock``: the addresses the archive has given, read and written as text.

The lock records, for every article the archive has published, its page id, the seed file it
came from, the hash of that file's text when it was first archived, the date it was archived,
the ids it had before an editor renamed it, and one line per paragraph: its anchor, the ¶
number it was first archived under, and fingerprints of its opening and closing words. Later
builds read it to give every article and paragraph the address it was first given
(``addresses`` and ``anchors`` decide; this module only reads and writes the file).

The format is TOML (read with the standard library's ``tomllib``), written by ``format_lock``
in a fixed order, one article per table sorted by file name, one paragraph per line: the same
lock always gives the same bytes, and a new article or paragraph is a few added lines in a
diff. The file lives in the seeds folder, which anyone who can add a seed can write, so every
value is checked (``read_lock``) before it can name a page: an id is a slug, never a path.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field

from .model import Problem, Severity

LOCK_FILE = "archive.lock"
"""The lock's path in the seeds folder."""
LOCK_VERSION = 1
LOCK_MODE_VARIABLE = "ARCHIVE_LOCK"
"""Environment variable: ``frozen`` (for CI and publishing) never writes the lock, and a lock
that lacks something is a warning; ``update`` (the default) writes it."""
LOCK_MODES = ("update", "frozen")

ID_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,998}[a-z0-9])?")
"""An article id: a slug (letters, digits, hyphens), so it can only ever name a page in the
articles folder, never a path elsewhere."""
ANCHOR_PATTERN = re.compile(r"p-[a-z][a-z0-9]{5,15}")
"""A stable paragraph anchor: ``p-`` and a letter, so it never reads as an ordinal ``p-4``."""
DIGEST_PATTERN = re.compile(r"[0-9a-f]{10}")
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
MAX_NUMBER = 1_000_000
_PARAGRAPH_LINE = re.compile(
    r"(?P<anchor>p-[a-z][a-z0-9]{5,15}) (?P<number>[0-9]{1,7}|-) (?P<words>[0-9]{1,9}) "
    r"(?P<head>[0-9a-f]{10}) (?P<tail>[0-9a-f]{10})"
)
_ARTICLE_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*article[ \t]*\]\]", re.M)
_ERROR_LINE = re.compile(r"at line (\d+)")

HEADER = """\
# The archive's addresses: each article's page id and each paragraph's anchor, fixed the first
# time the archive published them. Written by the build when articles or paragraphs arrive, when
# a seed moves, or when an editor renames an article (`id:` in annotations.yml); an entry is
# never rewritten otherwise. Commit it with the seeds; see docs/editing.md, "Addresses that
# never move". Paragraph lines: "anchor number words head tail" (number: the ¶ it was first
# archived as, or - ; head, tail: fingerprints of its first and last words).
"""


@dataclass(frozen=True)
class LockedParagraph:
    """One paragraph's address, and how to find the paragraph again when the text changes."""

    anchor: str
    """Its anchor on the page (``p-kq3x7a``), given once and kept."""
    number: int | None
    """The ¶ number it had when first archived, so the ordinal anchor ``p-4`` of old citations
    still leads to it; ``None`` when another paragraph had already been archived under it."""
    words: int
    """How many words it had: the size of the fingerprints' word windows (up to 8)."""
    head: str
    """Fingerprint of its first words (``anchors.fingerprint``)."""
    tail: str
    """Fingerprint of its last words."""

    def line(self) -> str:
        number = "-" if self.number is None else str(self.number)
        return f"{self.anchor} {number} {self.words} {self.head} {self.tail}"


@dataclass(frozen=True)
class LockedArticle:
    """One article's address."""

    id: str
    """Its page id, fixed when first archived (an editor may rename it: ``former_ids``)."""
    file: str
    """The seed file it is read from (moved with the seed when the build finds it moved)."""
    sha256: str
    """Hash of the seed's text when first archived: finds the seed again after a move."""
    archived: str | None
    """When it was first archived (ISO 8601 date)."""
    former_ids: tuple[str, ...] = ()
    """Ids it had before an editor renamed it, oldest first: each keeps a redirect page."""
    paragraphs: tuple[LockedParagraph, ...] = ()
    """In the order they were given: the first archiving's in reading order, later ones after."""


@dataclass(frozen=True)
class Lock:
    articles: tuple[LockedArticle, ...] = ()
    valid: bool = True
    """False when the file could not be read whole: its readable entries are used, but the build
    never rewrites it (an editor's file is never replaced by a shorter one)."""
    taken: frozenset[str] = field(default_factory=frozenset)
    """Every id the lock has given (current and former): none is ever given to another article."""


EMPTY_LOCK = Lock()


def read_lock(data: bytes | None, file: str = LOCK_FILE) -> tuple[Lock, list[Problem]]:
    """The lock's entries, and a ``lock-invalid`` problem for anything that is not as written."""
    if data is None:
        return EMPTY_LOCK, []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _refused(file, data[: error.start].count(b"\n") + 1, "not UTF-8 text")
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _ERROR_LINE.search(str(error))
        return _refused(file, int(found.group(1)) if found else None, f"not valid TOML ({error})")
    except RecursionError:
        return _refused(file, None, "nested too deeply to be a lock")
    problems: list[Problem] = []
    valid = True

    def invalid(line: int | None, message: str) -> None:
        nonlocal valid
        valid = False
        problems.append(Problem(file, line, "lock-invalid", message))

    if document.get("version") != LOCK_VERSION:
        return _refused(file, 1, f"version must be {LOCK_VERSION} (this build reads no other)")
    for key in sorted(set(document) - {"version", "article"}):
        invalid(None, f"unknown key {key!r}: ignored")
    entries = document.get("article", [])
    if not isinstance(entries, list):
        return _refused(file, None, "article must be an array of tables ([[article]])")
    lines = [text.count("\n", 0, match.start()) + 1 for match in _ARTICLE_HEADER.finditer(text)]
    articles: list[LockedArticle] = []
    files: set[str] = set()
    taken: set[str] = set()
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else None
        article, message = _article(entry)
        if article is None:
            invalid(line, f"article entry {index + 1}: {message}; the entry is ignored")
            continue
        ids = (article.id, *article.former_ids)
        clash = next((i for i in ids if i in taken), None)
        if article.file in files or clash is not None:
            what = f"file {article.file!r}" if article.file in files else f"id {clash!r}"
            invalid(line, f"article entry {index + 1}: {what} is already in the lock; the entry is ignored")
            continue
        files.add(article.file)
        taken.update(ids)
        articles.append(article)
    return Lock(tuple(articles), valid, frozenset(taken)), problems


def _refused(file: str, line: int | None, reason: str) -> tuple[Lock, list[Problem]]:
    message = f"{reason}: no address is read from it and the build will not rewrite it"
    return Lock(valid=False), [Problem(file, line, "lock-invalid", message)]


def _article(entry: object) -> tuple[LockedArticle | None, str]:
    """One ``[[article]]`` table, checked; or ``None`` and what is wrong with it."""
    if not isinstance(entry, dict):
        return None, "not a table"
    unknown = set(entry) - {"id", "file", "sha256", "archived", "former_ids", "paragraphs"}
    if unknown:
        return None, f"unknown key {sorted(unknown)[0]!r}"
    article_id, file, digest = entry.get("id"), entry.get("file"), entry.get("sha256")
    if not isinstance(article_id, str) or not ID_PATTERN.fullmatch(article_id):
        return None, f"id {article_id!r} is not a page id (lowercase letters, digits and hyphens)"
    if not isinstance(file, str) or not file:
        return None, "file must be the seed's path"
    if not isinstance(digest, str) or not SHA256_PATTERN.fullmatch(digest):
        return None, "sha256 must be 64 hexadecimal digits"
    archived = entry.get("archived")
    if archived is not None and (not isinstance(archived, datetime.date) or isinstance(archived, datetime.datetime)):
        return None, "archived must be a date (2026-11-23)"
    former = entry.get("former_ids", [])
    if not isinstance(former, list) or not all(isinstance(i, str) and ID_PATTERN.fullmatch(i) for i in former):
        return None, "former_ids must be a list of page ids"
    if article_id in former or len(set(former)) != len(former):
        return None, "former_ids repeat an id"
    lines = entry.get("paragraphs", [])
    if not isinstance(lines, list):
        return None, "paragraphs must be a list of lines"
    paragraphs: list[LockedParagraph] = []
    anchors: set[str] = set()
    numbers: set[int] = set()
    for line in lines:
        match = _PARAGRAPH_LINE.fullmatch(line) if isinstance(line, str) else None
        if match is None:
            return None, f"paragraph line {line!r} is not 'anchor number words head tail'"
        number = None if match["number"] == "-" else int(match["number"])
        if match["anchor"] in anchors or (number is not None and (number in numbers or not 0 < number <= MAX_NUMBER)):
            return None, f"paragraph line {line!r} repeats an anchor or a number"
        anchors.add(match["anchor"])
        numbers |= {number} if number is not None else set()
        paragraphs.append(LockedParagraph(match["anchor"], number, int(match["words"]), match["head"], match["tail"]))
    return (
        LockedArticle(
            article_id,
            file,
            digest,
            archived.isoformat() if archived else None,
            tuple(former),
            tuple(paragraphs),
        ),
        "",
    )


def format_lock(articles: list[LockedArticle] | tuple[LockedArticle, ...]) -> str:
    """The lock as text: articles by file name, keys and paragraphs in a fixed order."""
    out = [HEADER, f"version = {LOCK_VERSION}\n"]
    for article in sorted(articles, key=lambda a: a.file):
        out.append("\n[[article]]\n")
        out.append(f"file = {toml_string(article.file)}\n")
        out.append(f"id = {toml_string(article.id)}\n")
        out.append(f"sha256 = {toml_string(article.sha256)}\n")
        if article.archived:
            out.append(f"archived = {article.archived}\n")
        if article.former_ids:
            out.append(f"former_ids = [{', '.join(toml_string(i) for i in article.former_ids)}]\n")
        if article.paragraphs:
            out.append("paragraphs = [\n")
            out += [f"  {toml_string(p.line())},\n" for p in article.paragraphs]
            out.append("]\n")
    return "".join(out)


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped. A lone surrogate
    (an undecodable file name) has no TOML form: it is written as U+FFFD, and the entry is found
    again by its hash (``addresses``), so the lock still settles."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def lock_mode(environ: Mapping[str, str]) -> tuple[str, list[Problem]]:
    """``update`` or ``frozen``, from ``ARCHIVE_LOCK``; anything else is a warning (and update)."""
    mode = environ.get(LOCK_MODE_VARIABLE, "").strip() or "update"
    if mode in LOCK_MODES:
        return mode, []
    return "update", [
        Problem(
            LOCK_FILE,
            None,
            "lock-mode-unknown",
            f"{LOCK_MODE_VARIABLE}={mode!r} is not one of {', '.join(LOCK_MODES)}: the lock is updated",
        )
    ]


def archiving_date(environ: Mapping[str, str], now: datetime.datetime) -> str:
    """The date new articles are archived on: ``SOURCE_DATE_EPOCH`` (reproducible builds) when
    set, else today in UTC."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
    return now.astimezone(datetime.UTC).date().isoformat()


def lock_outcome(
    previous: bytes | None, text: str | None, changes: tuple[str, ...], mode: str
) -> tuple[str | None, list[Problem]]:
    """What the glue does with the lock the build computed: the text to write (or ``None``), and
    what to tell the editor. A lock that cannot be read is never written (``text`` is None)."""
    if text is None or (previous is not None and previous == text.encode("utf-8")) or not changes:
        return None, []
    summary = "; ".join(changes[:5]) + (f"; and {len(changes) - 5} more" if len(changes) > 5 else "")
    if mode == "frozen":
        return None, [
            Problem(
                LOCK_FILE,
                None,
                "lock-outdated",
                f"the lock does not record {summary} ({LOCK_MODE_VARIABLE}=frozen: not written). Build without "
                f"{LOCK_MODE_VARIABLE}=frozen (./dev build) and commit seeds/{LOCK_FILE}, or these addresses may "
                "change",
            )
        ]
    return text, [
        Problem(
            LOCK_FILE,
            None,
            "lock-updated",
            f"recorded {summary}: commit seeds/{LOCK_FILE} with the seeds",
            Severity.INFO,
        )
    ]
