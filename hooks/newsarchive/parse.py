"""Reading one raw article: every line given a role, then the article assembled from the roles.

The pipeline (each step in ``reader/``): the text's units (``lines``), what each unit's own
words say it may be (``roles``), where the body starts and the header fields above it
(``header``), the photos wherever caption and credit stand (``photos``), then the body's
blocks (``body``). A pull-quote caption is linked to the paragraph it repeats.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import MONTH
from .model import Article, Block, Field, Paragraph, ParseResult, Photo, Problem
from .reader.body import BodyBuilder, read_blocks
from .reader.datelines import LineTime, leading_time
from .reader.fields import uncertain
from .reader.header import read_header
from .reader.inferred import dated_evidence, infer_date, latest_evidence_hint
from .reader.lines import Unit, units_of
from .reader.photos import FoundPhoto, find_photos
from .reader.roles import Role, read_evidence, strip_date_token
from .reader.start import body_start
from .reader.videos import find_videos
from .text import fold, split_sentences, words

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif")
# A wire dateline: a place in capitals, its country, the agency, a dash. Words and their
# separators never share a character, so a word run splits one way only: a line that is not
# a dateline fails in linear time (the old pattern backtracked exponentially on "ABC-Ab-Ab…!").
DATELINE_WORD = r"[A-Z][A-Za-z'’.]*"
DATELINE = re.compile(
    r"^(?P<place>(?=[A-Z][A-Z'’.-]{2})[A-Z][A-Z'’.]*(?:[ -]" + DATELINE_WORD + r")*"
    r"(?:,\s*" + DATELINE_WORD + r"(?:[\s-]" + DATELINE_WORD + r")*)?)"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?\s*(?:[—–-]{1,2}|:)\s+"
)
PLACE_WORD = r"[A-Z][\w'’.-]*"
DATELINE_WITH_AGENCY = re.compile(
    r"^(?P<place>"
    + PLACE_WORD
    + r"(?: "
    + PLACE_WORD
    + r"){0,3}(?:,\s*"
    + PLACE_WORD
    + r"(?: "
    + PLACE_WORD
    + r"){0,2})?)"
    r"(?P<day>,\s*" + MONTH + r"\s+\d{1,2})?\s*\((?P<agency>[A-Z][A-Za-z.&-]{1,20}(?: [A-Z][A-Za-z.&-]*){0,2})\)"
    r"\s*(?(day)(?:[—–-]{1,2}|:|\.-)?|(?:[—–-]{1,2}|:|\.-))\s+(?=[A-Z\"“‘'])"
)
"""A wire's dateline in any case, with the story's day between place and agency: ``LONDON, March 14
(Reuters) -``, ``BEIJING, March 14 (Xinhua) --``, ``Kolkata, Mar 14 (PTI) The state …``,
``Washington (CNN) —``. Without the day a dash or colon must follow the agency: capitalised words
and an acronym in brackets are otherwise a name and its gloss ("The Kalaba Port Authority (KPA)
President said …"). Word runs are bounded, so a line that is none fails in linear time."""
MAX_INFERRED_TITLE_WORDS = 16
UNTITLED = "Untitled article"
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_MIN_SHARE = 0.6
QUOTE_CHARS = re.compile(r"[\"'“”‘’«»]")


def parse_article(
    text: str,
    source_file: str,
    content_hash: str = "",
    dayfirst: bool = False,
    images: frozenset[str] = frozenset(),
) -> ParseResult:
    """Read one article's decoded text. ``images`` are the paths of the photo files in the seeds."""
    units = units_of(text)
    token_problems: list[Problem] = []
    token_date, token_time, units = _date_token(units, source_file, token_problems)
    evidence = [read_evidence(unit, dayfirst) for unit in units]
    videos = find_videos(evidence)
    # A player's title and description are the video's: the header must not read them as its own.
    in_videos = {index for video in videos for index in video.units}
    visible = [ev for ev in evidence if ev.unit.index not in in_videos]
    visible_start = body_start(visible)
    start = visible[visible_start].unit.index if visible_start < len(visible) else len(evidence)
    header = read_header(visible, visible_start, source_file, dayfirst)
    for index, cut in header.trim.items():
        evidence[index] = read_evidence(replace(units[index], text=units[index].text[cut:]), dayfirst)
    if token_date is not None:
        header.date = token_date
        header.time = Field(token_time.raw, token_time.value, line=token_date.line) if token_time else Field.empty()
        header.time_zone = token_time.zone if token_time else None
    year = int(header.date.value[:4]) if header.date.value else None
    builder = BodyBuilder(year, dayfirst, lambda number: _image_for(source_file, number, images))
    photos = find_photos(evidence, {**header.roles, **dict.fromkeys(in_videos, Role.VIDEO)})
    doubts = [
        uncertain(source_file, photo.line, photo.credit, _credit_doubt(photo), "uncertain-credit")
        for photo in photos
        if photo.other_caption_line is not None
    ]
    read_blocks(evidence, header.roles, start, (photos, videos), builder)
    blocks = _link_pull_quotes(builder.blocks)
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    dateline = _read_dateline(paragraphs[0]) if paragraphs else Field.empty()
    if dateline.raw and header.agency.value is None:
        agency = _dateline_match(paragraphs[0].text).group("agency")
        if agency:
            header.agency = Field(raw=dateline.raw, value=agency.strip(), inferred=True, line=dateline.line)
    title = header.title if header.title.value is not None else _infer_title(paragraphs, dateline)
    problems = token_problems + header.problems + doubts
    if header.date.value is None and header.date.raw is None and not header.relative_date:
        evidence = dated_evidence([b for b in blocks if isinstance(b, Photo)], paragraphs)
        inferred = infer_date(evidence, paragraphs[0].text if paragraphs else "")
        if inferred is not None:
            header.date, note = inferred
            problems.append(
                uncertain(source_file, header.date.line or 1, header.date.raw or "", note, "uncertain-date")
            )
        else:
            message = "no publication date found: the article is listed as undated" + latest_evidence_hint(evidence)
            problems.append(Problem(source_file, None, "undated", message))
    if not paragraphs:
        problems.append(
            Problem(
                source_file, None, "no-paragraphs", "no body paragraphs found: the page shows only what could be read"
            )
        )
    # A time goes with a date the text states: none for an undated, impossible or inferred date.
    timed = header.date.value is not None and not header.date.inferred
    article = Article(
        source_file=source_file,
        title=title,
        date=header.date,
        source=header.source,
        byline=header.byline,
        dateline=dateline,
        blocks=tuple(blocks),
        content_hash=content_hash,
        words=sum(len(words(p.text)) for p in paragraphs),
        standfirst=header.standfirst,
        authors=header.authors,
        agency=header.agency,
        time=header.time if timed else Field.empty(),
        time_zone=header.time_zone if timed else None,
    )
    return ParseResult(article, tuple(problems))


def _date_token(
    units: list[Unit], file: str, problems: list[Problem]
) -> tuple[Field | None, LineTime | None, list[Unit]]:
    """``date 2017-10-20 A U.S.-backed …``: the date (and a time after it, ``date 2017-10-20 14:05``)
    is the article's; the rest is its first line."""
    if not units:
        return None, None, units
    raw, rest = strip_date_token(units[0].text)
    if raw is None:
        return None, None, units
    time, rest = leading_time(rest)
    from .dates import find_dates

    found = find_dates(raw)
    field = Field(raw=raw, value=found[0].iso if found else None, line=units[0].line)
    if field.value is None:
        problems.append(
            Problem(
                file, units[0].line, "impossible-date", f"impossible date {raw!r}: the article is listed as undated"
            )
        )
    first = [replace(units[0], text=rest)] if rest else []
    return field, time, first + units[1:]


def _image_for(file: str, number: int, images: frozenset[str]) -> str | None:
    """The photo file beside the seed, by path: a namesake in another folder is not its photo."""
    stem = file.rsplit(".", 1)[0]
    for extension in IMAGE_EXTENSIONS:
        name = f"{stem}-photo-{number}{extension}"
        if name in images:
            return name
    return None


def _infer_title(paragraphs: list[Paragraph], dateline: Field) -> Field:
    """No headline: the lede's first clause, marked as inferred."""
    if not paragraphs:
        return Field(raw=None, value=UNTITLED, inferred=True)
    lede = paragraphs[0].text
    if dateline.raw:
        lede = lede[len(dateline.raw) :].strip(" —–-")
    sentence = split_sentences(lede)[0] if lede else ""
    title = _first_clause(sentence).rstrip(" .,;:")
    return Field(raw=sentence, value=title or UNTITLED, inferred=True, line=paragraphs[0].line)


def _first_clause(sentence: str) -> str:
    tokens = sentence.split()
    if len(tokens) <= MAX_INFERRED_TITLE_WORDS:
        return sentence
    for index, token in enumerate(tokens[5 : MAX_INFERRED_TITLE_WORDS + 4], start=5):
        if token.endswith((",", ";", ":")) or tokens[min(index + 1, len(tokens) - 1)] in ("—", "–"):
            return " ".join(tokens[: index + 1])
    return " ".join(tokens[:MAX_INFERRED_TITLE_WORDS]) + "…"


def _dateline_match(text: str) -> re.Match[str] | None:
    return DATELINE.match(text) or DATELINE_WITH_AGENCY.match(text)


def _read_dateline(lede: Paragraph) -> Field:
    match = _dateline_match(lede.text)
    if not match:
        return Field.empty()
    place = ", ".join(
        part.strip().title() if part.strip().isupper() else part.strip() for part in match.group("place").split(",")
    )
    return Field(raw=match.group(0).strip(), value=place, line=lede.line)


# --- pull quotes --------------------------------------------------------------------------


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


def _credit_doubt(photo: FoundPhoto) -> str:
    return (
        f"read as the credit of the caption on line {photo.line}; it may be the one on line {photo.other_caption_line}"
    )
