"""Reading one raw article: header (date, outlet, byline, title) and body blocks in order.

The reader walks the text line by line. The header is a run of lines that each match one of
the header readers; the body is grouped into blocks (lines between blank lines) and every line
is classified by a short chain of rules: video, related story, photo credit + caption, caption
with a trailing credit, subheading, paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .captions import (
    CREDIT_PREFIX,
    FINAL_PUNCTUATION,
    is_credit_line,
    read_caption_date,
    read_caption_place,
    split_credit,
    split_trailing_credit,
)
from .dates import TRAILING_WEEKDAY, find_dates
from .model import (
    Article,
    Block,
    Field,
    Paragraph,
    ParseResult,
    Photo,
    Problem,
    RelatedStory,
    Subheading,
    Video,
)
from .text import collapse_spaces, fold, slugify, split_sentences, words

DATE_TOKEN = re.compile(r"^\s*date\s*[:=]?\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})\b\s*(?P<rest>.*)$", re.IGNORECASE)
PUBLISHED_LINE = re.compile(
    r"^\s*(?P<label>published|posted|updated|last updated|first published|date)\b\s*(?:on)?\s*[:\-–—]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^\s*By\s+(?P<names>[A-Z][^|•·]{1,120}?)(?:\s*(?:[|•·,]|\s[-–—])\s*(?P<outlet>[A-Z][^|•·]{1,60}))?\s*$"
)
HEADER_SEPARATOR = " |•·—–-:,"
VIDEO_PREFIX = re.compile(r"^\s*(?:WATCH|VIDEO|Watch|Video)\s*:\s*(?P<text>.+)$")
RELATED_PREFIX = re.compile(
    r"^\s*(?:READ MORE|RELATED|MORE|SEE ALSO|ALSO READ|Read more|Related|See also|Also read)\s*:\s*(?P<text>.+)$"
)
# A wire dateline: a place in capitals, its country, the agency, a dash. Words and their
# separators never share a character, so a word run splits one way only: a line that is not
# a dateline fails in linear time (the old pattern backtracked exponentially on "ABC-Ab-Ab…!").
DATELINE_WORD = r"[A-Z][A-Za-z'’.]*"
DATELINE = re.compile(
    r"^(?P<place>(?=[A-Z][A-Z'’.-]{2})[A-Z][A-Z'’.]*(?:[ -]" + DATELINE_WORD + r")*"
    r"(?:,\s*" + DATELINE_WORD + r"(?:[\s-]" + DATELINE_WORD + r")*)?)"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?\s*[—–-]{1,2}\s+"
)
HEADLINE_END = re.compile(r"[?!]['\"”’]?$")
MAX_HEADLINE_WORDS = 25
MAX_OUTLET_WORDS = 6
MAX_SUBHEADING_WORDS = 8
MAX_RELATED_WORDS = 30
MAX_INFERRED_TITLE_WORDS = 16
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_MIN_SHARE = 0.6


@dataclass(frozen=True)
class Line:
    number: int
    text: str


@dataclass
class _Header:
    """Header fields found so far (mutable while reading; frozen into ``Field`` values after)."""

    date: Field = field(default_factory=Field.empty)
    source: Field = field(default_factory=Field.empty)
    byline: Field = field(default_factory=Field.empty)
    title: Field = field(default_factory=Field.empty)
    problems: list[Problem] = field(default_factory=list)


def parse_article(
    text: str,
    source_file: str,
    content_hash: str = "",
    dayfirst: bool = False,
    images: frozenset[str] = frozenset(),
) -> ParseResult:
    """Read one article's decoded text. ``images`` are the paths of the photo files in the seeds."""
    lines = [Line(number, collapse_spaces(raw)) for number, raw in enumerate(text.split("\n"), start=1)]
    header = _Header()
    body_lines = _read_header(lines, header, source_file, dayfirst)
    year = int(header.date.value[:4]) if header.date.value else None
    blocks = _read_body(_group_blocks(body_lines), year, dayfirst, source_file, images)
    blocks = _link_pull_quotes(blocks)
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    dateline = _read_dateline(paragraphs[0]) if paragraphs else Field.empty()
    if header.source.value is None and dateline.raw:
        agency = DATELINE.match(paragraphs[0].text).group("agency")
        if agency:
            header.source = Field(raw=dateline.raw, value=agency.strip(), inferred=True, line=dateline.line)
    if header.title.value is None:
        header.title = _infer_title(paragraphs, dateline)
    problems = header.problems
    if header.date.value is None and header.date.raw is None:
        problems.append(
            Problem(source_file, None, "undated", "no publication date found: the article is listed as undated")
        )
    if not paragraphs:
        problems.append(
            Problem(
                source_file, None, "no-paragraphs", "no body paragraphs found: the page shows only what could be read"
            )
        )
    article = Article(
        source_file=source_file,
        title=header.title,
        date=header.date,
        source=header.source,
        byline=header.byline,
        dateline=dateline,
        blocks=tuple(blocks),
        content_hash=content_hash,
        words=sum(len(words(p.text)) for p in paragraphs),
    )
    return ParseResult(article, tuple(problems))


# --- header -------------------------------------------------------------------------------


def _read_header(lines: list[Line], header: _Header, file: str, dayfirst: bool) -> list[Line]:
    """Consume header lines; return the body lines (a glued date token leaves its rest as body)."""
    last_text = max((index for index, line in enumerate(lines) if line.text), default=-1)
    for index, line in enumerate(lines):
        if not line.text:
            continue
        rest = _read_date_token(line, header, file)
        if rest is not None:
            return ([Line(line.number, rest)] if rest else []) + lines[index + 1 :]
        if (
            _read_published(line, header, file, dayfirst)
            or _read_byline(line, header)
            or _read_outlet_date(line, header, file, dayfirst)
        ):
            continue
        if header.title.value is None and index < last_text and _is_headline(line):
            header.title = Field(raw=line.text, value=line.text, line=line.number)
            continue
        return lines[index:]
    return []


def _set_date(header: _Header, raw: str, iso: str | None, line: Line, file: str) -> None:
    if header.date.raw is not None:
        return
    header.date = Field(raw=raw, value=iso, line=line.number)
    if iso is None:
        header.problems.append(
            Problem(file, line.number, "impossible-date", f"impossible date {raw!r}: the article is listed as undated")
        )


def _read_date_token(line: Line, header: _Header, file: str) -> str | None:
    """``date 2017-10-20 A U.S.-backed ...``: a date token glued to the first sentence."""
    match = DATE_TOKEN.match(line.text)
    if not match:
        return None
    found = find_dates(match.group("date"))
    iso = found[0].iso if found else None
    _set_date(header, match.group("date"), iso, line, file)
    return match.group("rest").strip()


def _read_published(line: Line, header: _Header, file: str, dayfirst: bool) -> bool:
    match = PUBLISHED_LINE.match(line.text)
    if not match or len(line.text.split()) > 14:
        return False
    found = find_dates(match.group("rest"), dayfirst=dayfirst)
    if not found:
        return False
    if match.group("label").lower() not in ("updated", "last updated") or header.date.raw is None:
        _set_date(header, found[0].raw, found[0].iso, line, file)
    return True


def _read_byline(line: Line, header: _Header) -> bool:
    match = BYLINE.match(line.text)
    if not match or header.byline.raw is not None or len(line.text.split()) > 16 or line.text.endswith("."):
        return False
    header.byline = Field(raw=line.text, value=match.group("names").strip(" ,"), line=line.number)
    outlet = match.group("outlet")
    if outlet and header.source.raw is None and len(outlet.split()) <= MAX_OUTLET_WORDS:
        header.source = Field(raw=line.text, value=outlet.strip(), line=line.number)
    return True


def _read_outlet_date(line: Line, header: _Header, file: str, dayfirst: bool) -> bool:
    """``ABC News October 20, 2017``, ``Reuters | 20 Oct 2017``, or a date alone on its line."""
    found = [d for d in find_dates(line.text, dayfirst=dayfirst) if d.year_stated]
    if not found:
        return False
    last = found[-1]
    tail = line.text[last.end :].strip(HEADER_SEPARATOR)
    if tail and not re.fullmatch(r"(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}", tail, re.IGNORECASE):
        return False
    prefix = line.text[: found[0].start].strip(HEADER_SEPARATOR)
    prefix = TRAILING_WEEKDAY.sub("", prefix).strip(HEADER_SEPARATOR)
    if len(prefix.split()) > MAX_OUTLET_WORDS or (prefix and not prefix[0].isupper()):
        return False
    _set_date(header, last.raw, last.iso, line, file)
    if prefix and header.source.raw is None:
        header.source = Field(raw=line.text, value=prefix, line=line.number)
    return True


def _is_headline(line: Line) -> bool:
    """A line that can be a headline: short and not a sentence (the caller checks text follows)."""
    text = line.text
    if len(text.split()) > MAX_HEADLINE_WORDS or (FINAL_PUNCTUATION.search(text) and not HEADLINE_END.search(text)):
        return False
    return not (VIDEO_PREFIX.match(text) or RELATED_PREFIX.match(text) or is_credit_line(text))


def _infer_title(paragraphs: list[Paragraph], dateline: Field) -> Field:
    """No headline: the lede's first clause, marked as inferred."""
    if not paragraphs:
        return Field(raw=None, value="Untitled article", inferred=True)
    lede = paragraphs[0].text
    if dateline.raw:
        lede = lede[len(dateline.raw) :].strip(" —–-")
    sentence = split_sentences(lede)[0] if lede else ""
    title = _first_clause(sentence).rstrip(" .,;:")
    return Field(raw=sentence, value=title or "Untitled article", inferred=True, line=paragraphs[0].line)


def _first_clause(sentence: str) -> str:
    tokens = sentence.split()
    if len(tokens) <= MAX_INFERRED_TITLE_WORDS:
        return sentence
    for index, token in enumerate(tokens[5 : MAX_INFERRED_TITLE_WORDS + 4], start=5):
        if token.endswith((",", ";", ":")) or tokens[min(index + 1, len(tokens) - 1)] in ("—", "–"):
            return " ".join(tokens[: index + 1])
    return " ".join(tokens[:MAX_INFERRED_TITLE_WORDS]) + "…"


def _read_dateline(lede: Paragraph) -> Field:
    match = DATELINE.match(lede.text)
    if not match:
        return Field.empty()
    place = ", ".join(
        part.strip().title() if part.strip().isupper() else part.strip() for part in match.group("place").split(",")
    )
    return Field(raw=match.group(0).strip(), value=place, line=lede.line)


# --- body ---------------------------------------------------------------------------------


def _group_blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.text:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


class _BodyBuilder:
    """Numbers anchors as blocks are emitted, so ids are positional and stable."""

    def __init__(self, year: int | None, dayfirst: bool, file: str, images: frozenset[str]) -> None:
        self.blocks: list[Block] = []
        self.year, self.dayfirst, self.file, self.images = year, dayfirst, file, images
        self.heading_anchors: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.paragraphs = self.photos = 0

    def paragraph(self, lines: list[Line]) -> None:
        self.paragraphs += 1
        self.blocks.append(Paragraph(f"p-{self.paragraphs}", " ".join(line.text for line in lines), lines[0].number))

    def subheading(self, line: Line) -> None:
        anchor = base = "h-" + slugify(line.text, max_words=6)
        if anchor in self.heading_anchors:
            # Resume numbering where this base left off: a thousand "Update" lines stay linear.
            suffix = self.next_suffix.get(base, 2)
            while f"{base}-{suffix}" in self.heading_anchors:
                suffix += 1
            anchor, self.next_suffix[base] = f"{base}-{suffix}", suffix + 1
        self.heading_anchors.add(anchor)
        self.blocks.append(Subheading(anchor, line.text, line.number))

    def photo(self, caption: str, credit: str, line: int) -> None:
        self.photos += 1
        number = self.photos
        self.blocks.append(
            Photo(
                anchor=f"photo-{number}",
                caption=caption,
                credit=split_credit(credit),
                place=read_caption_place(caption, self.year),
                date=read_caption_date(caption, self.year, self.dayfirst),
                line=line,
                image=_image_for(self.file, number, self.images),
            )
        )


IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif")


def _image_for(file: str, number: int, images: frozenset[str]) -> str | None:
    """The photo file beside the seed, by path: a namesake in another folder is not its photo."""
    stem = file.rsplit(".", 1)[0]
    for extension in IMAGE_EXTENSIONS:
        name = f"{stem}-photo-{number}{extension}"
        if name in images:
            return name
    return None


def _read_body(
    blocks: list[list[Line]], year: int | None, dayfirst: bool, file: str, images: frozenset[str]
) -> list[Block]:
    builder = _BodyBuilder(year, dayfirst, file, images)
    carried: Line | None = None  # a credit line that closed its block; its caption opens the next
    for block in blocks:
        if carried is not None:
            block = [carried, *block]
            carried = None
        carried = _read_block(block, builder)
    if carried is not None:
        builder.paragraph([carried])
    return builder.blocks


def _read_block(block: list[Line], builder: _BodyBuilder) -> Line | None:
    pending: list[Line] = []  # plain lines of the paragraph being gathered

    def flush() -> None:
        if pending:
            builder.paragraph(pending.copy())
            pending.clear()

    index = 0
    while index < len(block):
        line, following = block[index], block[index + 1] if index + 1 < len(block) else None
        text = line.text
        if (video := VIDEO_PREFIX.match(text)) is not None:
            flush()
            builder.blocks.append(Video(video.group("text").strip(), text, line.number))
        elif (related := RELATED_PREFIX.match(text)) is not None:
            flush()
            builder.blocks.append(RelatedStory(related.group("text").strip(), text, line.number))
        elif is_credit_line(text):
            flush()
            if following is None:
                return line
            builder.photo(following.text, text, line.number)
            index += 1
        elif following is not None and CREDIT_PREFIX.match(following.text) and is_credit_line(following.text):
            flush()
            builder.photo(text, following.text, line.number)
            index += 1
        elif (split := split_trailing_credit(text)) is not None:
            flush()
            builder.photo(split[0], split[1], line.number)
        elif len(block) == 1 and _is_standalone_heading(text):
            _emit_short_line(line, builder)
        else:
            if pending and FINAL_PUNCTUATION.search(pending[-1].text):
                flush()
            pending.append(line)
        index += 1
    flush()
    return None


def _is_standalone_heading(text: str) -> bool:
    return not FINAL_PUNCTUATION.search(text) or (
        HEADLINE_END.search(text) is not None and len(text.split()) <= MAX_SUBHEADING_WORDS
    )


def _emit_short_line(line: Line, builder: _BodyBuilder) -> None:
    """A line alone between paragraphs: a subheading when short, a linked headline when longer."""
    count = len(line.text.split())
    if count <= MAX_SUBHEADING_WORDS:
        builder.subheading(line)
    elif count <= MAX_RELATED_WORDS:
        builder.blocks.append(RelatedStory(line.text, line.text, line.number))
    else:
        builder.paragraph([line])


# --- pull quotes --------------------------------------------------------------------------

QUOTE_CHARS = re.compile(r"[\"'“”‘’«»]")


def _link_pull_quotes(blocks: list[Block]) -> list[Block]:
    """Mark each caption that repeats a body paragraph's words as that paragraph's pull quote.

    Word runs of ``PULL_QUOTE_MIN_WORDS`` are indexed once, so the cost grows with the text,
    not with photos times paragraphs."""
    if not any(isinstance(b, Photo) for b in blocks):
        return blocks
    owner: dict[tuple[str, ...], str] = {}
    for block in blocks:
        if isinstance(block, Paragraph):
            for run in _word_runs(_quote_words(block.text)):
                owner.setdefault(run, block.anchor)
    linked: list[Block] = []
    for block in blocks:
        if isinstance(block, Photo):
            anchor = _quoted_paragraph(_quote_words(block.caption), owner)
            if anchor is not None:
                block = replace(block, pull_quote_of=anchor)
        linked.append(block)
    return linked


def _word_runs(words_: list[str]) -> list[tuple[str, ...]]:
    size = PULL_QUOTE_MIN_WORDS
    return [tuple(words_[i : i + size]) for i in range(len(words_) - size + 1)]


def _quoted_paragraph(caption_words: list[str], owner: dict[tuple[str, ...], str]) -> str | None:
    """The paragraph sharing a run of at least ``PULL_QUOTE_MIN_SHARE`` of the caption's words."""
    if len(caption_words) < PULL_QUOTE_MIN_WORDS:
        return None
    best: tuple[int, str] | None = None
    length, previous = 0, None
    for run in _word_runs(caption_words):
        anchor = owner.get(run)
        length = length + 1 if anchor is not None and anchor == previous else (1 if anchor else 0)
        previous = anchor
        if anchor is not None and (best is None or length > best[0]):
            best = (length, anchor)
    if best is None:
        return None
    shared_words = best[0] + PULL_QUOTE_MIN_WORDS - 1
    return best[1] if shared_words >= PULL_QUOTE_MIN_SHARE * len(caption_words) else None


def _quote_words(text: str) -> list[str]:
    return words(QUOTE_CHARS.sub(" ", fold(text)))
